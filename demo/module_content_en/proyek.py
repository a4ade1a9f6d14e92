"""The module “Manajemen Proyek” in English, place for place as in demo/module_content.py."""

from ..module_content import CHECK_PASS_MARK
from .common import right, scenario, several, single, wrong

MODULE = {
    "topic": "proyek",
    "title": "Project Management",
    "slug": "project-management",
    "summary": (
        "Learn to run residents' projects such as a community work day (kerja bakti), fixing up "
        "the posyandu or starting a waste bank: from setting the goal and making a schedule and "
        "budget to reporting the results to residents."
    ),
    "objectives": [
        "Write a project goal that is clear and can be measured.",
        "Break the work into small tasks and make a simple schedule.",
        "Draw up a cost plan and share out the roles clearly.",
        "Follow how the project is going and deal with problems early.",
        "Report the results and the use of money openly to residents.",
    ],
    "estimated_minutes": 100,
    "level": "beginner",
    "lessons": [
        {
            "title": "From a Problem to a Project Goal",
            "slug": "from-problem-to-goal",
            "introduction": (
                "A successful residents' project always starts with a clear problem and a goal "
                "that everyone agrees on. This lesson helps you write them down."
            ),
            "body": [
                ("heading", {"text": "What is a project?", "size": "h2"}),
                (
                    "paragraph",
                    "<p>A <b>project</b> is work with a start and an end, a set goal, and "
                    "limited resources: time, people and money. A community work day (kerja "
                    "bakti) to clean the drains, fixing up the posyandu room, or starting a "
                    "waste bank in the RW (the neighbourhood association) are projects. Routine "
                    "activities such as the night watch rota are not projects, because they go "
                    "on with no end point.</p>"
                    "<p>Many residents' projects fail not for lack of spirit, but because the "
                    "goal is vague. Everyone agrees that “the neighbourhood must be clean”, but "
                    "nobody knows when the work counts as done.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to write a goal",
                        "steps": [
                            {
                                "title": "Write the problem in one sentence",
                                "text": "Example: plastic waste piles up in the drains of RW 05 "
                                "every week.",
                            },
                            {
                                "title": "Find the main cause",
                                "text": "Ask “why” a few times. Example: residents have no "
                                "place to hand in plastic waste, and waste is not sorted at "
                                "home.",
                            },
                            {
                                "title": "Picture the situation you want",
                                "text": "Example: plastic waste from residents' homes is "
                                "collected and sold, and no longer thrown into the drains.",
                            },
                            {
                                "title": "Turn it into a goal you can measure",
                                "text": "Add a number, a place and a deadline.",
                            },
                            {
                                "title": "Agree on it together",
                                "text": "Take the goal to the RT/RW meeting (RT is the smaller "
                                "unit inside an RW). A goal that people agree on gets help "
                                "with work and money more easily.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Five signs of a good goal",
                        "text": "<ul>"
                        "<li><b>Clear</b>: everyone understands it in the same way.</li>"
                        "<li><b>Measurable</b>: there is a number to judge success or "
                        "failure.</li>"
                        "<li><b>Realistic</b>: it can be reached with the people and money "
                        "you have.</li>"
                        "<li><b>Useful</b>: it answers a problem residents have.</li>"
                        "<li><b>Has a deadline</b>: it is clear when it must be done.</li>"
                        "</ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Example: the RW 05 waste bank",
                        "text": "<p><b>Vague goal:</b> “Make the neighbourhood free of "
                        "waste.”</p>"
                        "<p><b>Clear goal:</b> “Within 3 months, the RW 05 waste bank is open "
                        "every Saturday morning and has at least 60 member families who hand in "
                        "plastic and paper waste.”</p>",
                    },
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Result (output)",
                                "definition": "The thing or service the project produces "
                                "directly, for example the fixed-up posyandu room.",
                            },
                            {
                                "term": "Benefit",
                                "definition": "The change residents feel thanks to that "
                                "result, for example mothers and small children are more "
                                "comfortable at the weighing.",
                            },
                            {
                                "term": "Waste bank",
                                "definition": "A place where residents hand in waste that can "
                                "be recycled. The waste is weighed and recorded as savings, "
                                "then sold to a collector.",
                            },
                            {
                                "term": "Posyandu",
                                "definition": "Pos Pelayanan Terpadu (integrated health post): "
                                "basic health care for mothers and children under five, run by "
                                "resident volunteers (kader) with the puskesmas (community "
                                "health centre).",
                            },
                        ],
                    },
                ),
            ],
            "quiz": [
                single(
                    "Which of these is a project?",
                    right(
                        "Fixing up the posyandu room over two weeks",
                        "Right. It has a start and an end, a set goal and limited resources.",
                    ),
                    wrong(
                        "The weekly night watch rota",
                        "The night watch is a routine that goes on with no end point, so it is "
                        "not a project.",
                    ),
                    wrong(
                        "Monthly weighing of small children at the posyandu",
                        "This is a routine activity, not a project. It has no end point.",
                    ),
                    wrong(
                        "Residents' monthly cleaning fee",
                        "This is a routine. A project has a start, an end and a set goal.",
                    ),
                    explanation="A project has a start and an end, a set goal, and uses limited time, people and money.",
                ),
                single(
                    "Which project goal is the clearest?",
                    right(
                        "Within 3 months, the RW 05 waste bank has at least 60 member families",
                        "Right. It has a number, a place and a deadline.",
                    ),
                    wrong(
                        "Make RW 05 clean",
                        "Everyone agrees, but nobody knows when the work counts as done.",
                    ),
                    wrong(
                        "Make residents more aware of waste",
                        "Awareness is hard to measure, and there is no deadline.",
                    ),
                    wrong(
                        "Start a successful waste bank",
                        "The word “successful” does not mean the same thing to everyone.",
                    ),
                    explanation="A clear goal has a number, a place and a deadline, so everyone knows when the project has succeeded.",
                ),
                several(
                    "Which are signs of a good goal? Choose all that are right.",
                    right("Measurable: there is a number to judge success or failure", "Right."),
                    right("Has a deadline: it is clear when it must be done", "Right."),
                    right(
                        "Realistic: it can be reached with the people and money you have", "Right."
                    ),
                    wrong(
                        "Written by the leader alone to save time",
                        "The goal should be agreed together at the RT/RW meeting so that it gets help with work and money.",
                    ),
                    explanation="A good goal is clear, measurable, realistic, useful and has a deadline, and it is agreed together.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Sharing Out the Work and Making a Schedule",
            "slug": "sharing-work-and-scheduling",
            "introduction": (
                "Big work feels light when it is broken into small tasks, each with a clear "
                "person and a clear date. We learn to make a task list and a simple schedule."
            ),
            "body": [
                ("heading", {"text": "Break the work into small tasks", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Start from the end result and think backwards. Ask: “What has to happen "
                    "for this result to be reached?” Write down all the answers, then break them "
                    "down again until each task can be done by one person or one small team in a "
                    "few days.</p>"
                    "<p>Each task needs at least three details: <b>what</b> is done, <b>who</b> "
                    "is in charge, and <b>when</b> it must be finished. A task with no name "
                    "next to it usually does not get done.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Example task list for a drain clean-up work day (illustration)",
                        "text": "<ul>"
                        "<li>Week 1: check the drains and note the blocked spots (RT 03 "
                        "head).</li>"
                        "<li>Week 1: ask the kelurahan (urban village office) for tools and PPSU "
                        "workers (RW secretary).</li>"
                        "<li>Week 2: announce it in the WhatsApp group and over the musala "
                        "(prayer room) loudspeaker (Karang Taruna, the youth group).</li>"
                        "<li>Week 2: prepare food and drinks for 40 people (PKK, the family "
                        "welfare group, of RT 03).</li>"
                        "<li>Week 3, Sunday morning: the work day itself (all residents).</li>"
                        "<li>Week 3: arrange for the mud and rubbish to be taken away with the "
                        "cleaning staff (RW head).</li>"
                        "</ul>",
                    },
                ),
                ("heading", {"text": "Making a schedule", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Once you have the tasks, put them in order. Some tasks must wait for "
                    "others to finish. For example, painting the posyandu room can only start "
                    "after the leaking roof is fixed. Tasks like this are called <b>dependent "
                    "tasks</b>. Mark them clearly, because if one task is late, every task after "
                    "it moves too.</p>"
                    "<p>The schedule does not need to be complicated. One sheet of paper with a "
                    "table of weeks and tasks, put up at the RW post or shared in the residents' "
                    "group chat, is enough.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Steps to make a simple schedule",
                        "steps": [
                            {
                                "title": "Write down all the tasks",
                                "text": "Use sticky notes or a notebook so they are easy to move "
                                "around.",
                            },
                            {
                                "title": "Put the tasks in order",
                                "text": "Decide which must come first and which can be done at "
                                "the same time.",
                            },
                            {
                                "title": "Estimate how long each task takes",
                                "text": "Ask someone with experience, then add some spare time.",
                            },
                            {
                                "title": "Set the key dates",
                                "text": "For example the meeting date, the date to buy "
                                "materials, and the day of the work.",
                            },
                            {
                                "title": "Share it and keep it up to date",
                                "text": "Tell everyone involved about the schedule and update it "
                                "when something changes.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Mind the residents' calendar",
                        "text": "<p>Plan physical work around the fasting month, the holidays "
                        "and the rainy season. Think about residents' working hours too: "
                        "community work days are usually busiest on Sunday mornings.</p>",
                    },
                ),
                (
                    "key_terms",
                    {
                        "title": "",
                        "terms": [
                            {
                                "term": "PPSU",
                                "definition": "Penanganan Prasarana dan Sarana Umum (public "
                                "facilities upkeep): kelurahan workers in Jakarta known as the "
                                "orange squad. They help clean and look after the "
                                "neighbourhood.",
                            },
                        ],
                    },
                ),
            ],
            "quiz": [
                single(
                    "Painting can only start after the roof is fixed. What are tasks like this called?",
                    right(
                        "Dependent tasks",
                        "Right. If one task is late, the task after it moves too.",
                    ),
                    wrong(
                        "Routine tasks",
                        "Routine tasks repeat again and again. Here one task waits for another to finish.",
                    ),
                    wrong(
                        "Backup tasks",
                        "No. The answer is tasks that must wait for another task.",
                    ),
                    wrong(
                        "Parallel tasks",
                        "Parallel tasks can be done at the same time. The painting must wait for the roof.",
                    ),
                    explanation="Dependent tasks need a clear mark on the schedule.",
                ),
                several(
                    "Which details must every task have at the very least? Choose all that are right.",
                    right("What is done", "Right."),
                    right(
                        "Who is in charge",
                        "Right. A task with no name next to it usually does not get done.",
                    ),
                    right("When it must be finished", "Right."),
                    wrong(
                        "How much the meeting to discuss it costs",
                        "Costs go in the RAB. The minimum details of each task are what, who and when.",
                    ),
                    explanation="Each task needs at least three details: what, who and when.",
                ),
                scenario(
                    "You are planning a community work day to clean the drains. Next month is the fasting month, and the rainy season has just started.",
                    "When is the best time to hold the work day?",
                    right(
                        "A Sunday morning before the fasting month, with a backup date in case of rain",
                        "Right. Sunday mornings are busiest, and a backup date keeps the plan going if it rains.",
                    ),
                    wrong(
                        "Wednesday afternoon, because the streets are quieter",
                        "On working days many residents are at work. Work days are busiest on Sunday mornings.",
                    ),
                    wrong(
                        "Midday in the middle of the fasting month, because residents are at home",
                        "Physical work at midday while fasting is hard on residents. Plan around the residents' calendar.",
                    ),
                    wrong(
                        "Whatever date the leader picks, with no backup",
                        "The rainy season can spoil the plan. Set a backup date and announce it.",
                    ),
                    explanation="Plan the schedule around the fasting month, the holidays, the rainy season and residents' working hours.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "A Simple Budget and Sharing Out Roles",
            "slug": "budget-and-roles",
            "introduction": (
                "Money and responsibility are the two things that most often cause disputes in "
                "residents' projects. Plan both in writing from the start."
            ),
            "body": [
                ("heading", {"text": "Drawing up the RAB", "size": "h2"}),
                (
                    "paragraph",
                    "<p>The <b>RAB</b> (Rencana Anggaran Biaya, the cost plan) is a list of "
                    "everything the project needs and its price. Each line has the name of the "
                    "item or service, the quantity, the unit, the unit price and the total. Get "
                    "prices from at least two shops or workers so the estimate is fair. Add a "
                    "<b>reserve fund</b> of about 10 percent for unexpected needs.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Example RAB for fixing up the posyandu room (sample figures)",
                        "text": "<ul>"
                        "<li>Wall paint: 5 gallons × Rp 250,000 = Rp 1,250,000</li>"
                        "<li>Replacement roof tiles: 20 pieces × Rp 60,000 = Rp 1,200,000</li>"
                        "<li>Builders' pay: 2 people × 4 days × Rp 150,000 = Rp 1,200,000</li>"
                        "<li>Food and drinks for volunteers: Rp 600,000</li>"
                        "<li>Reserve 10%: Rp 425,000</li>"
                        "</ul>"
                        "<p><b>Total: Rp 4,675,000</b></p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>Money for residents' projects can come from many places: fees or "
                    "<b>swadaya</b> (contributions from the residents themselves), the RW fund, "
                    "gifts from local businesses, or activities the kelurahan supports through "
                    "official channels. Each source has its own reporting rules. Government "
                    "money, for example, must be spent as set out in the approved details and "
                    "accounted for with proof.</p>",
                ),
                ("heading", {"text": "Sharing out roles", "size": "h2"}),
                (
                    "key_terms",
                    {
                        "title": "Roles in the project team",
                        "terms": [
                            {
                                "term": "Chair or coordinator",
                                "definition": "Leads meetings, keeps the team on its goal, and "
                                "makes decisions together with the team.",
                            },
                            {
                                "term": "Secretary",
                                "definition": "Writes down what meetings decide (the minutes), "
                                "keeps the attendance list, and stores the documents.",
                            },
                            {
                                "term": "Treasurer",
                                "definition": "Receives and pays out money, records it in the "
                                "cash book, and keeps all the receipts.",
                            },
                            {
                                "term": "Field coordinator",
                                "definition": "Organises the work on site, the tools and the "
                                "volunteers.",
                            },
                            {
                                "term": "Humas (public relations)",
                                "definition": "Shares project news with residents and collects "
                                "their questions or complaints.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Money rules that keep trust",
                        "text": "<ul>"
                        "<li>The treasurer and the chair should not be the same person.</li>"
                        "<li>Every payment needs a receipt. If the shop gives no receipt, write a "
                        "kuitansi (a simple receipt form) and ask the seller to sign it.</li>"
                        "<li>Record money in and out in the cash book on the same "
                        "day.</li>"
                        "<li>If you can, keep the money in an account in the group's name, not "
                        "in a personal account.</li>"
                        "<li>Large payments are approved by at least two committee members.</li>"
                        "</ul>",
                    },
                ),
            ],
            "quiz": [
                single(
                    "In the example RAB, materials, pay and food and drinks add up to Rp 4,250,000. How much is the 10 percent reserve?",
                    right(
                        "Rp 425,000",
                        "Right. 10 percent of Rp 4,250,000 is Rp 425,000, so the total is Rp 4,675,000.",
                    ),
                    wrong("Rp 42,500", "This is 1 percent, not 10 percent."),
                    wrong(
                        "Rp 4,250,000",
                        "This is the cost of the needs themselves, not the reserve.",
                    ),
                    wrong(
                        "Rp 1,000,000",
                        "Too much. Work out 10 percent: Rp 4,250,000 divided by 10.",
                    ),
                    explanation="Add a reserve fund of about 10 percent for unexpected needs.",
                ),
                several(
                    "Which habits help keep residents' trust about project money? Choose all that are right.",
                    right(
                        "Keeping a receipt for every payment",
                        "Right. Receipts mean every payment can be checked.",
                    ),
                    right(
                        "Recording money in and out on the same day",
                        "Right. Records made later are easy to forget or get wrong.",
                    ),
                    wrong(
                        "Letting the chair hold the money too, because it is easier",
                        "The treasurer and the chair should not be the same person.",
                    ),
                    wrong(
                        "Keeping the group's money in the treasurer's personal account",
                        "If you can, use an account in the group's name so there is no misunderstanding.",
                    ),
                    explanation="Receipts, recording every day, a chair who is not the treasurer, and a group account keep trust.",
                ),
                single(
                    "Who writes down what meetings decide and keeps the project documents?",
                    right(
                        "The secretary",
                        "Right. The secretary writes the minutes and the attendance list, and stores the documents.",
                    ),
                    wrong(
                        "The treasurer",
                        "The treasurer looks after the money, the cash book and the receipts.",
                    ),
                    wrong(
                        "The field coordinator",
                        "The field coordinator organises the work on site, the tools and the volunteers.",
                    ),
                    wrong("Humas", "Humas shares project news with residents."),
                    explanation="The secretary writes down what meetings decide (the minutes), keeps the attendance list, and stores the documents.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
    ],
}
