"""The module “Manajemen Proyek” in English, place for place as in demo/module_content.py."""

from ..module_content import CHECK_PASS_MARK, FINAL_QUESTIONS_PER_ATTEMPT
from .common import final_quiz_body, right, scenario, several, single, wrong

MODULE = {
    "topic": "proyek",
    "title": "Project Management",
    "slug": "project-management",
    "summary": (
        "Learn to run residents' projects such as a community work day (kerja bakti), fixing up "
        "the posyandu (neighbourhood health post) or starting a waste bank: from setting the "
        "goal and making a schedule and budget to reporting the results to residents."
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
        {
            "title": "Running and Monitoring the Project",
            "slug": "running-and-monitoring",
            "introduction": (
                "Even a good plan can go off track. Regular monitoring helps the team see "
                "problems early and fix them before they grow."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Monitoring: comparing the plan with what really happens",
                        "size": "h2",
                    },
                ),
                (
                    "paragraph",
                    "<p><b>Monitoring</b> means checking regularly whether the work is going to "
                    "plan. There are three things to check every time:</p>"
                    "<ul>"
                    "<li><b>Time</b>: are tasks finished on schedule?</li>"
                    "<li><b>Money</b>: does the spending match the RAB?</li>"
                    "<li><b>Quality</b>: is the result what was promised?</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    {
                        "title": "Simple monitoring habits",
                        "steps": [
                            {
                                "title": "A short regular meeting",
                                "text": "15 to 30 minutes once a week is enough. Each person in "
                                "charge answers: what is done, what comes next, and what is in "
                                "the way.",
                            },
                            {
                                "title": "A checklist",
                                "text": "Tick off finished tasks on the schedule. Mark late "
                                "tasks so they get discussed.",
                            },
                            {
                                "title": "Check the cash book",
                                "text": "Compare the spending with the RAB. If one budget line "
                                "is nearly used up, decide together where the rest will come "
                                "from.",
                            },
                            {
                                "title": "Photos and records",
                                "text": "Take photos before, during and after the work from the "
                                "same spot. Note the date.",
                            },
                            {
                                "title": "Write down decisions",
                                "text": "Every change to the plan goes in the minutes, with the "
                                "reason and who approved it.",
                            },
                        ],
                    },
                ),
                ("heading", {"text": "Dealing with problems", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Problems along the way are normal: rain on the day of the work day, "
                    "prices of materials going up, or fewer volunteers. Before the project "
                    "starts, make a list of <b>risks</b>, the bad things that might happen, "
                    "each with a backup plan. Example: if it rains, the work day moves to the "
                    "next Sunday and the announcement goes out on Saturday evening.</p>"
                    "<p>When a problem comes up, do not hide it. Raise it at the meeting, look "
                    "at the options, then decide together. Residents accept a delay that is "
                    "explained openly more easily than news that is kept quiet.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Example: fixing up the posyandu (illustration)",
                        "text": "<p>When the roof was taken apart, two wooden beams turned out "
                        "to be rotten. The extra wood cost Rp 400,000. The team used the reserve "
                        "fund, wrote the decision in the minutes, and told residents about the "
                        "change in the residents' group chat the same day. The painting moved "
                        "back three days, and the posyandu volunteers held that month's weighing "
                        "of small children at the RT head's house for the time being.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Bad news that comes quickly is more useful than good news that "
                        "comes late.",
                        "attribution": "A working rule of project teams",
                    },
                ),
            ],
            "quiz": [
                several(
                    "What do you always check when monitoring a project? Choose all that are right.",
                    right("Time: are tasks finished on schedule", "Right."),
                    right("Money: does the spending match the RAB", "Right."),
                    right("Quality: is the result what was promised", "Right."),
                    wrong(
                        "The number of people who like the project's posts on social media",
                        "This does not show how far the project has come.",
                    ),
                    explanation="Time, money and quality are the three main things to monitor.",
                ),
                scenario(
                    "When the posyandu roof is taken apart, two wooden beams turn out to be rotten. The extra wood costs Rp 400,000, which is not in the RAB.",
                    "What is the best step?",
                    right(
                        "Discuss it in the team, use the reserve fund, write it in the minutes, and tell residents",
                        "Right. The change is decided together, written down and announced.",
                    ),
                    wrong(
                        "The treasurer pays with their own money and does not record it",
                        "Spending that is not recorded makes the cash book differ from what really happened.",
                    ),
                    wrong(
                        "Quietly use cheaper second-hand wood instead",
                        "The quality may drop, and decisions made in secret damage trust.",
                    ),
                    wrong(
                        "Stop the work until the RW meeting next month",
                        "That is too long. The reserve fund is there for cases like this; the team can decide the same day.",
                    ),
                    explanation="The reserve fund is for unexpected needs. The decision is written down and shared the same day.",
                ),
                scenario(
                    "On the morning of the work day, heavy rain starts. Some residents have already gathered with their tools.",
                    "What should the team do?",
                    right(
                        "Use the backup plan: move it to the next Sunday and announce this at once",
                        "Right. A backup plan made at the start makes the decision quick and clear.",
                    ),
                    wrong(
                        "Keep working in the drains so the schedule does not slip",
                        "Working in the drains in heavy rain is dangerous. Safety comes before the schedule.",
                    ),
                    wrong(
                        "Cancel the work day without setting a new date",
                        "Without a new date, residents may lose their enthusiasm.",
                    ),
                    wrong(
                        "Send residents home with no explanation",
                        "Residents accept a change more easily when it is explained openly.",
                    ),
                    explanation="Before the project starts, make a list of risks, each with a backup plan.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Reporting the Results to Residents",
            "slug": "reporting-results",
            "introduction": (
                "A project is not finished until its results and the use of its money have been "
                "reported. An open report keeps trust and makes the next project easier."
            ),
            "body": [
                ("heading", {"text": "Why does a report matter?", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Residents who gave their time and money have a right to know the "
                    "results. A clear report is a form of <b>accountability</b>: the committee's "
                    "willingness to answer for what it has done. A good report is also strong "
                    "evidence when you put a proposal to the musrenbang (the yearly development "
                    "planning meeting) or ask the kelurahan to support your next project.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "What goes in a project report",
                        "steps": [
                            {
                                "title": "Summary",
                                "text": "What the project was, when it was done, and who took "
                                "part.",
                            },
                            {
                                "title": "Results compared with the goal",
                                "text": "Write the original goal and the real result. Example: "
                                "target of 60 member families for the waste bank, 48 families "
                                "reached.",
                            },
                            {
                                "title": "Financial report",
                                "text": "Money in by source, money out by RAB line, and what is "
                                "left. Attach copies of the receipts.",
                            },
                            {
                                "title": "Before and after photos",
                                "text": "Use photos from the same spot so the difference is easy "
                                "to see.",
                            },
                            {
                                "title": "Problems and lessons",
                                "text": "What did not go well, and what you would do "
                                "differently next time.",
                            },
                            {
                                "title": "Thanks and a care plan",
                                "text": "Name those who helped, and who will look after the "
                                "project's results from now on.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "How to share the report",
                        "text": "<ul>"
                        "<li>Put up a summary on the RT/RW notice board or at the night watch "
                        "post.</li>"
                        "<li>Send a short version with photos to the residents' WhatsApp "
                        "group.</li>"
                        "<li>Read it out at an RW meeting or a PKK meeting, then open the floor "
                        "for questions.</li>"
                        "<li>Give a copy to the kelurahan if the project had the kelurahan's "
                        "support.</li>"
                        "</ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Leftover money must be clear",
                        "text": "<p>If money is left over, announce the amount and agree on "
                        "how to use it: give it back, put it in the RW fund, or use it for "
                        "upkeep. Do not leave leftover money without a decision.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Common questions",
                        "items": [
                            {
                                "question": "What if the project did not reach its target?",
                                "answer": "<p>Write it as it is, with the reasons. An honest "
                                "report about what fell short actually <b>increases</b> "
                                "residents' trust.</p>",
                            },
                            {
                                "question": "How long must receipts and the cash book be kept?",
                                "answer": "<p>Keep them at least until residents have accepted "
                                "the report and there are no more questions. For money from the "
                                "government or donors, follow their rules, which may ask you to "
                                "keep them longer.</p>",
                            },
                        ],
                    },
                ),
            ],
            "quiz": [
                several(
                    "What should a project report to residents include? Choose all that are right.",
                    right("The real results compared with the original goal", "Right."),
                    right(
                        "Money in, money out and what is left",
                        "Right. Attach copies of the receipts too.",
                    ),
                    right("Problems and lessons", "Right. This helps the next project."),
                    wrong(
                        "Photos of the activity only, with no figures",
                        "Photos matter, but they are not enough to account for the money.",
                    ),
                    explanation="A full report has a summary, results compared with the goal, the finances, photos, problems and a care plan.",
                ),
                scenario(
                    "The waste bank project's target was 60 member families. It reached 48 families.",
                    "How should this be written in the report?",
                    right(
                        "Write it as it is, 48 of 60 families, with the reasons",
                        "Right. An honest report about what fell short actually increases residents' trust.",
                    ),
                    wrong(
                        "Write 60 families so residents are not disappointed",
                        "False figures damage trust when they come to light.",
                    ),
                    wrong(
                        "Just write 48 families without mentioning the target",
                        "Results must be compared with the original goal so residents can judge them.",
                    ),
                    wrong(
                        "Put off the report until the target is reached",
                        "The report is still made. What fell short is written down as a lesson.",
                    ),
                    explanation="Compare the results with the original goal, and write the reasons if the target was not reached.",
                ),
                scenario(
                    "The posyandu work is finished. There is Rp 350,000 left over.",
                    "What should be done?",
                    right(
                        "Announce the amount and agree together on how to use it",
                        "Right. Leftover money can be given back, put in the RW fund, or used for upkeep.",
                    ),
                    wrong(
                        "The treasurer keeps it for emergencies without announcing it",
                        "Leftover money with no shared decision causes suspicion.",
                    ),
                    wrong(
                        "Share it out to the committee as a thank-you payment",
                        "How to use leftover money is agreed with residents, not decided by the committee alone.",
                    ),
                    wrong(
                        "Spend it quickly so nothing is left",
                        "Spending with no need wastes residents' money. Some money may be left, as long as it is clear.",
                    ),
                    explanation="Do not leave leftover money without a decision. Announce the amount and agree on how to use it.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Final Quiz: Project Management",
            "slug": "project-management-final-quiz",
            "introduction": "Test what you understand of the whole module: goals, schedules, budget and roles, monitoring, and reporting to residents.",
            "body": final_quiz_body(
                [
                    "writing a goal that is clear and measurable;",
                    "sharing out tasks and making a schedule;",
                    "drawing up the RAB and sharing out roles;",
                    "monitoring the project and dealing with problems;",
                    "reporting the results and the money to residents.",
                ]
            ),
            "quiz": [
                scenario(
                    "You are drawing up the RAB for painting the RW post. One shop offers paint at Rp 250,000 per gallon.",
                    "What should you do before this figure goes into the RAB?",
                    right(
                        "Compare it with the price from at least one other shop",
                        "Right. Prices from at least two shops make the estimate fairer.",
                    ),
                    wrong(
                        "Use it straight away, because the shop belongs to one of the committee members",
                        "Exactly because it belongs to a committee member, the price should be compared so it does not cause suspicion.",
                    ),
                    wrong(
                        "Raise the price by 50 percent to be safe",
                        "Unexpected needs are covered by a reserve fund of about 10 percent, not by raising the price of items.",
                    ),
                    wrong(
                        "Just write the number of gallons without the price",
                        "Every RAB line needs the quantity, the unit, the unit price and the total.",
                    ),
                    explanation="Get prices from at least two shops or workers so the RAB estimate is fair.",
                ),
                scenario(
                    "The committee chair offers to hold the project money too, because it is easier.",
                    "What is the best reply?",
                    right(
                        "Suggest someone else as treasurer, and have large payments approved by two committee members",
                        "Right. Splitting the jobs protects the chair and keeps residents' trust.",
                    ),
                    wrong(
                        "Agree, because residents trust the chair most",
                        "Trust still needs rules to protect it. The chair and the treasurer should be different people.",
                    ),
                    wrong(
                        "Agree, as long as the money is kept in the chair's personal account",
                        "The group's money should be in an account in the group's name, not a personal account.",
                    ),
                    wrong(
                        "Let whoever has time hold the money in turns",
                        "Without one person in charge and a cash book, the money is hard to check.",
                    ),
                    explanation="The treasurer and the chair should not be the same person, and large payments are approved by at least two committee members.",
                ),
                scenario(
                    "The building supplies shop gives no receipt for the cement bought for the project.",
                    "What should the treasurer do?",
                    right(
                        "Write a kuitansi and ask the seller to sign it",
                        "Right. A signed kuitansi takes the place of the receipt.",
                    ),
                    wrong(
                        "No need to record it because the amount is small",
                        "Every payment must be recorded, whatever the amount.",
                    ),
                    wrong(
                        "Record it in the cash book without any proof",
                        "A record without proof is hard for residents to check.",
                    ),
                    wrong(
                        "Ask for a blank receipt to fill in later",
                        "A blank receipt filled in by yourself is easy to misuse and damages trust.",
                    ),
                    explanation="Every payment needs a receipt. If the shop gives no receipt, write a kuitansi and ask the seller to sign it.",
                ),
                scenario(
                    "Three weeks before the work day, nobody has arranged the food and drinks because it was seen as “everyone's job”.",
                    "How do you fix this?",
                    right(
                        "Name one person or group in charge with a deadline, for example the PKK of RT 03",
                        "Right. Every task needs a what, a who and a when.",
                    ),
                    wrong(
                        "Leave it, someone will surely take it on",
                        "A task with no name next to it usually does not get done.",
                    ),
                    wrong(
                        "Remove food and drinks from the task list",
                        "The 40 volunteers still need food and drinks. The problem is that nobody is in charge.",
                    ),
                    wrong(
                        "The chair does every task that has nobody in charge",
                        "The chair will be overloaded. Share out the tasks so the load is even and clear.",
                    ),
                    explanation="Each task needs at least three details: what, who is in charge, and when it must be finished.",
                ),
                scenario(
                    "At the weekly meeting, the field coordinator reports that the roof repair is three days late.",
                    "What must the team check straight away?",
                    right(
                        "The later tasks that depend on the roof, such as the painting, and move their dates",
                        "Right. If one task is late, every task that depends on it moves too.",
                    ),
                    wrong(
                        "Nothing, because three days is short",
                        "Three days can push back the painting and the posyandu schedule. Check the effect.",
                    ),
                    wrong(
                        "Who is to blame",
                        "Look for a way forward, not for someone to blame. Residents accept problems more easily when they are discussed openly.",
                    ),
                    wrong(
                        "Add three days of builders' pay to the RAB without a meeting",
                        "Changes to costs are decided together and written in the minutes.",
                    ),
                    explanation="Dependent tasks are marked on the schedule, because if one task is late, the tasks after it move too.",
                ),
                scenario(
                    "The price of roof tiles has gone up. The roof tile line in the RAB is nearly used up, but five more tiles are still needed.",
                    "What is the right step?",
                    right(
                        "Discuss it at a team meeting, decide together where the rest will come from, then write it down",
                        "Right. If one budget line is nearly used up, the team decides together and writes it down.",
                    ),
                    wrong(
                        "Buy cheaper second-hand tiles without telling the team",
                        "Secret decisions about quality and money damage trust.",
                    ),
                    wrong(
                        "Put off laying the tiles until next year without telling anyone",
                        "An unfinished roof gets in the way of the posyandu. Discuss it and share the news.",
                    ),
                    wrong(
                        "Take it from the food and drinks money without recording it",
                        "Moving money between budget lines is allowed if it is agreed, but it must be recorded.",
                    ),
                    explanation="Check the cash book against the RAB. If one budget line is nearly used up, decide together where the rest will come from.",
                ),
                single(
                    "What is the fixed-up posyandu room?",
                    right(
                        "The project's result (output)",
                        "Right. The result is the thing or service the project produces directly.",
                    ),
                    wrong(
                        "The project's benefit",
                        "The benefit is the change residents feel, for example mothers and small children are more comfortable.",
                    ),
                    wrong(
                        "The project's goal",
                        "The goal is the situation you want to reach, written down before the project starts.",
                    ),
                    wrong("A project risk", "A risk is a bad thing that might happen."),
                    explanation="The result is what the project produces directly; the benefit is the change residents feel thanks to that result.",
                ),
                single(
                    "All the project's needs add up to Rp 2,000,000. What is the RAB total with a 10 percent reserve fund?",
                    right("Rp 2,200,000", "Right. The reserve is Rp 200,000."),
                    wrong(
                        "Rp 2,010,000",
                        "10 percent of Rp 2,000,000 is Rp 200,000, not Rp 10,000.",
                    ),
                    wrong("Rp 2,000,000", "This figure does not include the reserve fund yet."),
                    wrong(
                        "Rp 3,000,000",
                        "This adds 50 percent, much more than the reserve we suggest.",
                    ),
                    explanation="A reserve fund of about 10 percent is added for unexpected needs.",
                ),
                several(
                    "Which monitoring habits are recommended? Choose all that are right.",
                    right("A short meeting of 15 to 30 minutes once a week", "Right."),
                    right(
                        "Photos before, during and after from the same spot",
                        "Right. Note the date too.",
                    ),
                    right(
                        "Changes to the plan written in the minutes with the reasons",
                        "Right. Note who approved them too.",
                    ),
                    wrong(
                        "Just one long meeting at the end of the project",
                        "At the end of the project it is too late to fix problems. Monitor regularly.",
                    ),
                    explanation="Regular monitoring helps the team see problems early.",
                ),
                single(
                    "What does humas do in the project team?",
                    right(
                        "Shares project news with residents and collects their questions or complaints",
                        "Right.",
                    ),
                    wrong(
                        "Keeps the receipts and writes up the cash book",
                        "That is the treasurer's job.",
                    ),
                    wrong(
                        "Organises the tools and volunteers on site",
                        "That is the field coordinator's job.",
                    ),
                    wrong(
                        "Writes the minutes and the meeting attendance list",
                        "That is the secretary's job.",
                    ),
                    explanation="Humas (public relations) is the bridge between the project team and residents.",
                ),
                single(
                    "What does accountability mean in a residents' project?",
                    right(
                        "The committee's willingness to answer for what it has done",
                        "Right. A clear report is a form of accountability.",
                    ),
                    wrong(
                        "Being able to work out a budget quickly",
                        "That is a maths skill, not accountability.",
                    ),
                    wrong(
                        "The committee's right to decide alone how the money is used",
                        "It is the other way round: the committee answers to residents.",
                    ),
                    wrong(
                        "A report that only the committee reads",
                        "A report for accountability is shared with residents.",
                    ),
                    explanation="Residents who gave their time and money have a right to know the results.",
                ),
                several(
                    "Which are good ways to share the project report with residents? Choose all that are right.",
                    right("Putting up a summary on the RT/RW notice board", "Right."),
                    right(
                        "Reading it out at an RW meeting, then opening the floor for questions",
                        "Right.",
                    ),
                    right(
                        "Giving a copy to the kelurahan if the kelurahan supported the project",
                        "Right.",
                    ),
                    wrong(
                        "Keeping the report at the treasurer's house and showing it if someone asks",
                        "The report is shared actively, not kept until someone asks.",
                    ),
                    explanation="Share the report in several ways so that every resident can read it.",
                ),
                single(
                    "According to the lesson, why do many residents' projects fail?",
                    right(
                        "The goal is vague, so it is not clear when the work counts as done",
                        "Right.",
                    ),
                    wrong(
                        "Residents lack spirit",
                        "The lesson says many projects fail not for lack of spirit.",
                    ),
                    wrong(
                        "There is never enough money",
                        "Money can be planned with the RAB. The most common problem is a vague goal.",
                    ),
                    wrong(
                        "Too many meetings",
                        "Short regular meetings actually help the project run.",
                    ),
                    explanation="Everyone agrees that “the neighbourhood must be clean”, but without a clear goal nobody knows when the work is done.",
                ),
                single(
                    "How long should the project's receipts and cash book be kept?",
                    right(
                        "At least until residents have accepted the report and there are no more questions",
                        "Right. For government or donor money, follow their rules.",
                    ),
                    wrong(
                        "Until everything has been bought",
                        "The receipts are still needed for the financial report to residents.",
                    ),
                    wrong(
                        "Until the physical work is finished",
                        "The report comes after the work is finished, and the receipts are needed for it.",
                    ),
                    wrong(
                        "Only for large payments",
                        "All receipts are kept, whatever the amount.",
                    ),
                    explanation="Keep the receipts and the cash book at least until residents have accepted the report; those who gave the money may ask for longer.",
                ),
            ],
            "pass_mark": 70,
            "questions_per_attempt": FINAL_QUESTIONS_PER_ATTEMPT,
        },
    ],
}
