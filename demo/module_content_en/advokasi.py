"""The module "Advokasi Kebijakan" in English: each text translates the text in the same place of
its Indonesian dict in demo/module_content.py."""

from ..module_content import CHECK_PASS_MARK, FINAL_QUESTIONS_PER_ATTEMPT
from .common import final_quiz_body, right, scenario, several, single, wrong

MODULE = {
    "topic": "advokasi",
    "title": "Policy Advocacy",
    "slug": "policy-advocacy",
    "summary": (
        "Learn to turn residents' complaints into policy proposals: gather evidence, find out "
        "who has the power to decide, write a letter, meet officials, and follow up through "
        "official channels."
    ),
    "objectives": [
        "Tell the difference between an ordinary complaint and policy advocacy.",
        "Gather evidence and residents' support in an orderly way that respects personal data.",
        "Map the officials and institutions in Jakarta that have power over a problem.",
        "Write a short proposal letter and prepare for a meeting with officials.",
        "Follow up through JAKI, CRM, LAPOR! and the Ombudsman RI (Indonesia's public "
        "service watchdog).",
    ],
    "estimated_minutes": 110,
    "level": "intermediate",
    "requires_attendance": True,
    "lessons": [
        {
            "title": "What Is Policy Advocacy?",
            "slug": "what-is-policy-advocacy",
            "introduction": (
                "A complaint that keeps coming back often shows that a rule or a programme "
                "needs to change. Advocacy is how residents push for that change in an orderly "
                "way."
            ),
            "body": [
                ("heading", {"text": "From complaint to change", "size": "h2"}),
                (
                    "paragraph",
                    "<p>A <b>policy</b> is a government decision about how something is done, "
                    "for example the rubbish collection timetable, where a road crossing goes, "
                    "or who can join an aid programme. <b>Policy advocacy</b> is a planned "
                    "effort by residents to influence that decision so that it is fairer and "
                    "more useful.</p>"
                    "<p>Advocacy is not the same as an ordinary complaint. A complaint solves "
                    "one event, for example one street light that is broken. Advocacy targets "
                    "the cause that keeps coming back, for example that nobody checks the "
                    "lights in the residential alleys on a schedule, so lights stay broken for "
                    "months.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Example: walking to Tanjung Barat Station (an illustration)",
                        "text": "<p><b>Complaint:</b> reporting one hole in the pavement "
                        "through JAKI, the Jakarta government's official app.</p>"
                        "<p><b>Advocacy:</b> residents from several RWs (neighbourhood "
                        "associations) write down that hundreds of people walk to the station "
                        "every morning without a safe path. They then propose a proper "
                        "walkway to the office in charge, with evidence and written "
                        "support.</p>",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "The advocacy cycle",
                        "steps": [
                            {
                                "title": "Choose a problem",
                                "text": "Choose one problem that many people feel, that is "
                                "clear, and that can be changed.",
                            },
                            {
                                "title": "Gather evidence",
                                "text": "Data, photos and residents' stories that show how big "
                                "the problem is.",
                            },
                            {
                                "title": "Map the decision makers",
                                "text": "Find out who has the power to decide and who can "
                                "influence them.",
                            },
                            {
                                "title": "Write your proposal",
                                "text": "Offer a concrete solution, not just a protest.",
                            },
                            {
                                "title": "Deliver it",
                                "text": "Through a letter, a meeting with officials, the "
                                "musrenbang (the yearly planning meeting) or a DPRD recess "
                                "(when members of the regional parliament meet voters).",
                            },
                            {
                                "title": "Follow up and review",
                                "text": "Keep track of the promises made, tell residents how "
                                "things are going, and change your approach if needed.",
                            },
                        ],
                    },
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Decision maker",
                                "definition": "An official or institution with the power to "
                                "change the rules, programmes or budget behind your problem.",
                            },
                            {
                                "term": "Stakeholder",
                                "definition": "Everyone who is affected by a problem or helps "
                                "decide it: residents, RT/RW (neighbourhood unit) leaders, "
                                "traders, schools and officials.",
                            },
                            {
                                "term": "Policy proposal",
                                "definition": "A written solution offered by residents, with "
                                "reasons and evidence.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Start with a problem you can win",
                        "text": "<p>For your first advocacy, choose a small problem with a "
                        "clear person in charge. Small wins build residents' trust for bigger "
                        "struggles.</p>",
                    },
                ),
            ],
            "quiz": [
                single(
                    "How is policy advocacy different from an ordinary complaint?",
                    right(
                        "Advocacy targets a cause that keeps coming back and pushes for a change in rules, programmes or budget",
                        "Correct. A complaint solves one event; advocacy stops the problem from happening again.",
                    ),
                    wrong(
                        "Advocacy uses letters, complaints use an app",
                        "The channel is not the difference. The difference is the target: one event or a cause that keeps coming back.",
                    ),
                    wrong(
                        "Advocacy is always a street protest",
                        "Advocacy can use letters, meetings with officials, the musrenbang or a DPRD recess, in an orderly way.",
                    ),
                    wrong(
                        "Only RW leaders may do advocacy",
                        "Every resident may do advocacy, alone or in a group.",
                    ),
                    explanation="A complaint solves one event. Advocacy looks for a change that stops the problem from happening again.",
                ),
                scenario(
                    "The lights in several alleys in your RW often break and are only replaced months later.",
                    "Which step is policy advocacy?",
                    right(
                        "Proposing regular checks of the alley lights, with data on broken lights from several RWs",
                        "Correct. This proposal targets the cause that keeps coming back and is backed by evidence.",
                    ),
                    wrong(
                        "Reporting one light that broke today through JAKI",
                        "That is a complaint: useful, but it only solves one event.",
                    ),
                    wrong(
                        "Buying a lamp yourself and fixing it to the pole",
                        "This is only a quick patch, and street light poles belong to the government.",
                    ),
                    wrong(
                        "Complaining in the residents' WhatsApp group",
                        "A complaint with no proposal and no target does not change any decision.",
                    ),
                    explanation="Advocacy targets the cause, for example that nobody checks the lights on a schedule, and offers a concrete solution.",
                ),
                single(
                    "For your first advocacy, what kind of problem should you choose?",
                    right(
                        "A small problem with a clear person in charge",
                        "Correct. Small wins build residents' trust for bigger struggles.",
                    ),
                    wrong(
                        "The biggest problem in Jakarta, so the impact is wide",
                        "A big problem takes a lot of time and effort. Start with one you can win.",
                    ),
                    wrong(
                        "A problem that only the proposer's family feels",
                        "Advocacy needs a problem that many people feel.",
                    ),
                    wrong(
                        "A problem where nobody knows yet who is in charge",
                        "Without a clear person in charge, a proposal easily goes round in circles with no result.",
                    ),
                    explanation="Choose one problem that many people feel, that is clear, that can be changed, and that has a clear person in charge.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Gathering Evidence and Support",
            "slug": "gathering-evidence",
            "introduction": (
                "Officials act more easily when they see data, not just hear complaints. This "
                "lesson shows how to gather strong evidence and proper support."
            ),
            "body": [
                ("heading", {"text": "Kinds of evidence", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Good evidence answers three questions: <b>how big</b> the problem is, "
                    "<b>who is affected</b>, and <b>since when</b> it has happened. Combine "
                    "several kinds of evidence so they support each other:</p>"
                    "<ul>"
                    "<li><b>Photos and videos</b> with a clear date and place.</li>"
                    "<li><b>Records of events</b>, for example a notebook of floods or "
                    "accidents at one spot.</li>"
                    "<li><b>A simple survey</b>, for example 10 questions to 50 "
                    "families.</li>"
                    "<li><b>Residents' stories</b> from people who lived through it, written "
                    "down with their permission.</li>"
                    "<li><b>Official data</b> from the kelurahan (the local government "
                    "office), the puskesmas (community health centre) or budget documents, "
                    "which you can request through the PPID (the public information "
                    "office).</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    {
                        "title": "Making a simple survey",
                        "steps": [
                            {
                                "title": "Decide what you want to know",
                                "text": "Example: how many families get water in their house "
                                "when it rains hard.",
                            },
                            {
                                "title": "Write short questions",
                                "text": "Use easy answer options, for example yes/no or a number.",
                            },
                            {
                                "title": "Decide who to ask",
                                "text": "Try to cover every affected RT, not just your close "
                                "neighbours.",
                            },
                            {
                                "title": "Record the answers neatly",
                                "text": "Use a paper form or an online form, then add up the "
                                "answers in a table.",
                            },
                            {
                                "title": "Present the results",
                                "text": "Write them in simple sentences. Example: 38 of 50 "
                                "families (76%) got water in their house at least twice this "
                                "year.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Respect personal data",
                        "text": "<ul>"
                        "<li>Do not share photos of residents' ID cards (KTP), Family Cards "
                        "(KK) or phone numbers.</li>"
                        "<li>Ask permission before you photograph someone's face or house.</li>"
                        "<li>In a report, give only numbers and the RT, not names, unless the "
                        "person agrees.</li>"
                        "</ul>",
                    },
                ),
                ("heading", {"text": "Residents' support", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Besides evidence, show that many people support the proposal. You can "
                    "do this with the minutes of an RW meeting (rembuk RW), a support letter "
                    "from the RT/RW leaders, support from the PKK (the women's family welfare "
                    "group), Karang Taruna (the youth organisation) or religious leaders, and "
                    "a list of residents' signatures.</p>"
                    "<p>On the signature list, write the proposal being supported at the top "
                    "of <b>every sheet</b>, so the signatures cannot be used for something "
                    "else. Do not force anyone to sign.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "",
                        "items": [
                            {
                                "question": "How much evidence is enough?",
                                "answer": "<p>There is no exact number. A good rule: you have "
                                "enough evidence when someone who has never been to the place "
                                "can understand how big the problem is just by reading and "
                                "looking at your evidence.</p>",
                            },
                        ],
                    },
                ),
            ],
            "quiz": [
                several(
                    "Which of these are strong evidence? Choose all that are correct.",
                    right("Photos with a clear date and place", "Correct."),
                    right(
                        "The results of a simple survey of 50 families",
                        "Correct. A survey shows how big the problem is.",
                    ),
                    right("Official data requested through the PPID", "Correct."),
                    wrong(
                        "A forwarded WhatsApp message with no clear source",
                        "News with no source is easy to dismiss. Other people must be able to check your evidence.",
                    ),
                    explanation="Combine several kinds of evidence: photos, records of events, surveys, residents' stories shared with permission, and official data.",
                ),
                scenario(
                    "You are collecting signatures in support of a walkway proposal. The list has three sheets.",
                    "What must be on every sheet?",
                    right(
                        "The proposal being supported, written at the top of the sheet",
                        "Correct. That way the signatures cannot be used for something else.",
                    ),
                    wrong(
                        "A photocopy of each signer's ID card (KTP)",
                        "The KTP is personal data. Do not collect or share it.",
                    ),
                    wrong(
                        "The kelurahan's stamp",
                        "Residents' support does not need a stamp from the kelurahan.",
                    ),
                    wrong(
                        "The proposal only needs to be on the first sheet",
                        "The other sheets can be taken off and used for something else. Write it on every sheet.",
                    ),
                    explanation="Write the proposal at the top of every sheet, and do not force anyone to sign.",
                ),
                single(
                    "A survey shows that 38 of 50 families got water in their house at least twice this year. What percentage is that?",
                    right("76%", "Correct. 38 divided by 50, then times 100, gives 76%."),
                    wrong("38%", "38 is the number of families, not the percentage."),
                    wrong("24%", "24% is the families who did not get water in their house."),
                    wrong("88%", "Check again: 38 divided by 50, then times 100."),
                    explanation="Present survey results in a simple sentence: 38 of 50 families (76%).",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Mapping Who Decides",
            "slug": "mapping-decision-makers",
            "introduction": (
                "A proposal sent to the wrong office goes round in circles with no result. "
                "Learn the levels of authority in Jakarta and how to map the people who have "
                "influence."
            ),
            "body": [
                ("heading", {"text": "Levels of government in Jakarta", "size": "h2"}),
                (
                    "paragraph",
                    "<p>In Jakarta, regional affairs fall under the DKI Jakarta Provincial "
                    "Government (Pemprov DKI), led by the governor. From the level closest to "
                    "residents:</p>"
                    "<ol>"
                    "<li><b>RT and RW</b>: community associations, not government offices, "
                    "but partners of the kelurahan and the first door for residents' "
                    "wishes.</li>"
                    "<li><b>Kelurahan</b>: the urban village office, led by the lurah. It "
                    "handles administrative services, small-scale cleaning and upkeep of the "
                    "neighbourhood, and support for residents' own initiatives.</li>"
                    "<li><b>Kecamatan</b>: the district office, led by the camat. It "
                    "coordinates the kelurahan in its area, for example Kecamatan "
                    "Jagakarsa.</li>"
                    "<li><b>Administrative city</b>: led by the mayor (wali kota). This is "
                    "where the <b>suku dinas</b> work: the city branches of the provincial "
                    "agencies.</li>"
                    "<li><b>Provincial agencies (dinas) and the governor</b>: they set "
                    "programmes and policies for the whole province.</li>"
                    "<li><b>DPRD DKI Jakarta</b>: the regional parliament. It makes regional "
                    "regulations (Perda) with the governor, approves the regional budget "
                    "(APBD), and oversees the government.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Examples of who handles what (check for every case)",
                        "text": "<ul>"
                        "<li>Cleaning small drains in residential areas: the kelurahan, "
                        "through its PPSU public works crew.</li>"
                        "<li>Building or repairing large drains and rivers: usually the South "
                        "Jakarta Water Resources Sub-agency (Suku Dinas Sumber Daya Air).</li>"
                        "<li>Pavements and roads other than neighbourhood lanes: usually the "
                        "South Jakarta Roads Sub-agency (Suku Dinas Bina Marga).</li>"
                        "<li>Posyandu (community health post) services: the puskesmas together "
                        "with volunteers from among the residents.</li>"
                        "<li>Railway tracks and stations: not the provincial government's job, "
                        "but the national government's and the train operator's.</li>"
                        "</ul>",
                    },
                ),
                ("heading", {"text": "Influence map", "size": "h2"}),
                (
                    "paragraph",
                    "<p>Besides the officials who decide, some people can <b>influence</b> the "
                    "decision: members of the LMK (the kelurahan consultative council), who "
                    "bring the RWs' voice to the kelurahan, the Dewan Kota (city council), "
                    "which advises the mayor, DPRD DKI members from the electoral district "
                    "that includes Jagakarsa, local media, and community leaders.</p>"
                    "<p>Draw a simple map on a sheet of paper. For each party, answer two "
                    "questions: <b>How much power does it have over this problem?</b> and "
                    "<b>Does it support, stay neutral, or oppose?</b> Parties with a lot of "
                    "power that are still neutral are the main ones to convince. Parties that "
                    "already support you can help convince the others.</p>",
                ),
                (
                    "key_terms",
                    {
                        "title": "Key terms",
                        "terms": [
                            {
                                "term": "Authority",
                                "definition": "The official right and duty of an institution "
                                "to handle or decide something.",
                            },
                            {
                                "term": "Suku dinas (city sub-agency)",
                                "definition": "A provincial agency's office at the level of an "
                                "administrative city, for example the South Jakarta Water "
                                "Resources Sub-agency.",
                            },
                            {
                                "term": "Electoral district (dapil)",
                                "definition": "The area that elects a DPRD member. The DPRD "
                                "members from your dapil are the right representatives to "
                                "visit.",
                            },
                        ],
                    },
                ),
            ],
            "quiz": [
                scenario(
                    "A large drain that runs through your neighbourhood has burst and needs to be rebuilt.",
                    "Where is the best place to send the repair proposal?",
                    right(
                        "The South Jakarta Water Resources Sub-agency (Suku Dinas Sumber Daya Air)",
                        "Correct. Building or repairing large drains and rivers is usually this sub-agency's job.",
                    ),
                    wrong(
                        "The kelurahan's PPSU crew",
                        "The PPSU cleans small drains in residential areas; it does not build large drains.",
                    ),
                    wrong(
                        "The South Jakarta Roads Sub-agency (Suku Dinas Bina Marga)",
                        "Bina Marga usually handles roads and pavements. Large drains and rivers are usually the Water Resources Sub-agency's job.",
                    ),
                    wrong(
                        "The local RT head",
                        "The RT is a community association; it does not carry out drain works. The RT can help pass on the report.",
                    ),
                    explanation="A suku dinas is a provincial agency's office at the level of an administrative city. Check who has authority in every case.",
                ),
                several(
                    "Which parties can influence a decision even though they do not decide it directly? Choose all that are correct.",
                    right(
                        "LMK members", "Correct. The LMK brings the RWs' voice to the kelurahan."
                    ),
                    right("The Dewan Kota", "Correct. The Dewan Kota advises the mayor."),
                    right("Local media and community leaders", "Correct."),
                    wrong(
                        "The contractor doing the project",
                        "A contractor carries out the work; it does not influence policy for residents.",
                    ),
                    explanation="Besides the officials who decide, the LMK, the Dewan Kota, DPRD members, the media and community leaders can help residents' voices be heard.",
                ),
                single(
                    "On an influence map, which party is the main one to convince?",
                    right(
                        "One with a lot of power that is still neutral",
                        "Correct. This party has the most say in the result and has not made up its mind yet.",
                    ),
                    wrong(
                        "One with little power that already supports you",
                        "This party can help you, but it does not need convincing any more.",
                    ),
                    wrong(
                        "One with little power that opposes you",
                        "Your effort is better spent on parties with a lot of power.",
                    ),
                    wrong(
                        "One with a lot of power that already supports you",
                        "This party is already on your side. Ask it to help convince the others.",
                    ),
                    explanation="For each party, ask how much power it has and whether it supports, stays neutral, or opposes.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Writing a Proposal Letter and Meeting Officials",
            "slug": "proposal-letters-and-meetings",
            "introduction": (
                "A short, tidy letter opens the door to a meeting. A well-prepared meeting "
                "with officials (audiensi) makes sure residents' proposals are understood and "
                "written down."
            ),
            "body": [
                ("heading", {"text": "How to lay out a proposal letter", "size": "h2"}),
                (
                    "paragraph",
                    "<p>A proposal letter should be no longer than two pages. Officials get "
                    "many letters; a short, clear one is more likely to be read to the "
                    "end.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Parts of the letter",
                        "steps": [
                            {
                                "title": "Who is sending it",
                                "text": "The name of the group or the RW board, the address, "
                                "and a contact person. A residents' group without letterhead "
                                "paper can simply write its name and address at the top.",
                            },
                            {
                                "title": "Date, subject and addressee",
                                "text": "Example subject: Proposal for a Walkway to Tanjung "
                                "Barat Station. Address it to the official in charge, for "
                                "example: To the Lurah (head of the kelurahan) of Tanjung "
                                "Barat.",
                            },
                            {
                                "title": "Opening",
                                "text": "Say who you are and who you speak for.",
                            },
                            {
                                "title": "Problem and evidence",
                                "text": "Explain the problem in 3 to 5 sentences and include "
                                "the key numbers from your survey or records.",
                            },
                            {
                                "title": "Proposal",
                                "text": "Write a concrete request, for example putting up 8 "
                                "lights, making a schedule of checks, or adding an activity to "
                                "next year's musrenbang.",
                            },
                            {
                                "title": "Request for a meeting and closing",
                                "text": "Ask for a time to meet, name the contact person, "
                                "then close by saying thank you.",
                            },
                            {
                                "title": "Signature and attachments",
                                "text": "Signed by the residents' representatives. Attach "
                                "photos, survey results and the list of supporters.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Keep proof that you sent it",
                        "text": "<p>Hand the letter to the office's incoming mail desk and ask "
                        "for a <b>receipt</b> or a stamp on your copy. Write down the date. "
                        "This proof matters when you chase a reply and, if needed, when you "
                        "report to a complaints channel.</p>",
                    },
                ),
                ("heading", {"text": "Audiensi: meeting officials", "size": "h2"}),
                (
                    "paragraph",
                    "<p>An <b>audiensi</b> is a formal meeting between residents and an "
                    "official to put forward residents' wishes. Go as a small group of three "
                    "to five people, with clear roles: one speaker, one note-taker, and one "
                    "person who has the data ready. Agree on your main message before you "
                    "go.</p>",
                ),
                (
                    "faq",
                    {
                        "title": "Preparing for the meeting",
                        "items": [
                            {
                                "question": "What should we bring?",
                                "answer": "<p>A copy of the letter, a one-page summary, photos, "
                                "survey results and the list of supporters. Bring copies for "
                                "the official too.</p>",
                            },
                            {
                                "question": "What if the official only makes a general promise?",
                                "answer": "<p>Ask politely: <b>who</b> will follow up, "
                                "<b>what</b> the next step is, and <b>when</b> residents will "
                                "hear back. Repeat what you agreed at the end of the "
                                "meeting.</p>",
                            },
                            {
                                "question": "Do we need minutes?",
                                "answer": "<p>Yes. Write down what the meeting decided and "
                                "send a copy to the official within one or two days, as a "
                                "reminder and a shared record.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Mind your manners",
                        "text": "<p>Stay polite even when you are disappointed. Focus on the "
                        "problem and the proposal, not on attacking people. Never promise or "
                        "give an official any reward: it breaks the law, and it damages the "
                        "residents' cause.</p>",
                    },
                ),
            ],
            "quiz": [
                scenario(
                    "Your group is going to meet the lurah. Ten residents want to come.",
                    "What is the best way to do it?",
                    right(
                        "Send three to five people with clear roles: a speaker, a note-taker and someone who has the data ready",
                        "Correct. A small group with clear roles finds it easier to give one shared message.",
                    ),
                    wrong(
                        "All ten go, to look strong",
                        "A big group is hard to manage and the message can get mixed up.",
                    ),
                    wrong(
                        "The RW head goes alone",
                        "Alone, it is hard to speak, take notes and handle the data at the same time.",
                    ),
                    wrong(
                        "Everyone goes and each person raises their own complaint",
                        "Agree on one main message and one speaker before you go.",
                    ),
                    explanation="Go as a small group of three to five people, and agree on your main message before you go.",
                ),
                several(
                    "What should a proposal letter include? Choose all that are correct.",
                    right("A clear subject and the official it is addressed to", "Correct."),
                    right("The problem in 3 to 5 sentences, with the key numbers", "Correct."),
                    right("A concrete request, for example putting up 8 lights", "Correct."),
                    wrong(
                        "A long history of the neighbourhood, up to five pages",
                        "A letter should be no longer than two pages, so that it is read to the end.",
                    ),
                    explanation="A short, clear letter is more likely to be read to the end.",
                ),
                scenario(
                    "At the end of the meeting, the lurah says: “We will look into it first.”",
                    "What should you do before the meeting ends?",
                    right(
                        "Ask politely who will follow up, what the next step is, and when residents will hear back",
                        "Correct. Repeat what you agreed at the end of the meeting and send the minutes.",
                    ),
                    wrong(
                        "Say thank you, go home and wait for news",
                        "A general promise is easily forgotten. Ask clearly who, what and when.",
                    ),
                    wrong(
                        "Refuse to leave until there is a decision that day",
                        "Stay polite. Pushing too hard damages the relationship.",
                    ),
                    wrong(
                        "Offer a gift so your proposal gets priority",
                        "Giving an official a reward breaks the law and damages the residents' cause.",
                    ),
                    explanation="If the official only makes a general promise, ask who, what and when, then send the minutes within one or two days.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Following Up and Using Complaint Channels",
            "slug": "follow-up-and-complaints",
            "introduction": (
                "A promise that nobody follows up is easily forgotten. Learn how to follow up "
                "a proposal and how to use the official complaint channels the right way."
            ),
            "body": [
                ("heading", {"text": "Keeping track of promises", "size": "h2"}),
                (
                    "paragraph",
                    "<p>After the meeting, make a <b>tracking sheet</b>: what was promised, by "
                    "whom, and by when. Contact the official or their staff again politely on "
                    "the agreed date. Update residents regularly so their support stays "
                    "strong.</p>"
                    "<p>If the proposal needs money, make sure it goes into the RW meeting "
                    "(rembuk RW) and the next musrenbang, then check whether it appears in the "
                    "RKPD (the regional government's yearly work plan) and the APBD (the "
                    "regional budget). LMK members and the Dewan Kota can help you follow it "
                    "up at every stage.</p>",
                ),
                (
                    "key_terms",
                    {
                        "title": "Official complaint channels",
                        "terms": [
                            {
                                "term": "JAKI",
                                "definition": "The official app of the DKI Jakarta Provincial "
                                "Government. With its residents' report feature, you can "
                                "report with a photo and the location, then follow the "
                                "status.",
                            },
                            {
                                "term": "CRM (Cepat Respon Masyarakat, Quick Response to "
                                "Residents)",
                                "definition": "The Jakarta government's system that collects "
                                "reports from many channels, including JAKI, and passes them "
                                "to the lurah, the camat or the agency in charge to act "
                                "on.",
                            },
                            {
                                "term": "LAPOR!",
                                "definition": "Layanan Aspirasi dan Pengaduan Online Rakyat "
                                "(the People's Online Aspiration and Complaint Service): the "
                                "national complaint channel for public services, linked to "
                                "national and regional government offices.",
                            },
                            {
                                "term": "Ombudsman RI",
                                "definition": "The state body that oversees public services and "
                                "receives reports of maladministration. For Jakarta there is "
                                "the Ombudsman RI Greater Jakarta office (Perwakilan Jakarta "
                                "Raya).",
                            },
                            {
                                "term": "Maladministration",
                                "definition": "A public service that goes wrong and harms "
                                "residents, for example endless delays, refusing to serve, not "
                                "following the procedure, or asking for a reward.",
                            },
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Suggested order if nobody responds",
                        "steps": [
                            {
                                "title": "Ask them directly",
                                "text": "Contact the person who received the letter or who "
                                "was at the meeting. Show the receipt and the minutes.",
                            },
                            {
                                "title": "Report through JAKI",
                                "text": "For neighbourhood problems in Jakarta, the report goes "
                                "into the CRM system and on to the officer in charge to act "
                                "on.",
                            },
                            {
                                "title": "Use LAPOR!",
                                "text": "Good for services of national government offices, or "
                                "if you want the report recorded in the national system.",
                            },
                            {
                                "title": "Take it to the DPRD or the Dewan Kota",
                                "text": "Especially for policy and budget problems. Use the "
                                "DPRD recess, when members meet voters.",
                            },
                            {
                                "title": "Report to the Ombudsman RI",
                                "text": "If the office does not respond or its service goes "
                                "wrong. You usually need to show that you reported to that "
                                "office first. Reporting to the Ombudsman is free.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Reports that are easy to act on",
                        "text": "<ul>"
                        "<li>One report for one problem.</li>"
                        "<li>Give the exact location: RT/RW and a landmark.</li>"
                        "<li>Attach a clear photo.</li>"
                        "<li>Write what you expect, for example that the drain is cleaned or "
                        "the lamp is replaced.</li>"
                        "<li>Keep the report number and a screenshot of its status.</li>"
                        "</ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If a report is closed but the problem is not solved",
                        "text": "<p>Sometimes a report's status says it is done, but the "
                        "problem on the ground is not fixed. Take a new photo, then make a new "
                        "report that mentions the old report number. This record becomes "
                        "evidence if you need to report to the Ombudsman RI.</p>",
                    },
                ),
            ],
            "quiz": [
                scenario(
                    "The street light in your alley has been broken for a week.",
                    "What is the best first step?",
                    right(
                        "Report it through JAKI with a photo, the exact location and what you expect",
                        "Correct. The report goes into the CRM system and on to the officer in charge. You can follow its status.",
                    ),
                    wrong(
                        "Report it straight to the Ombudsman RI",
                        "The Ombudsman is for offices that do not respond or whose service goes wrong. Give the office a chance first.",
                    ),
                    wrong(
                        "Write a letter to the governor",
                        "For one broken light, a letter to the governor goes too far and is too slow.",
                    ),
                    wrong(
                        "Collect residents' signatures first",
                        "One broken light only needs a report. Signatures are for policy proposals, not for one event.",
                    ),
                    explanation="A single problem only needs a report through JAKI. The Ombudsman is a later step if the office does not respond.",
                ),
                several(
                    "Which of these are maladministration that you can report to the Ombudsman RI? Choose all that are correct.",
                    right("A service delayed again and again with no clear reason", "Correct."),
                    right(
                        "An officer asks for a reward for a service that should be free",
                        "Correct.",
                    ),
                    right("An officer does not follow the proper procedure", "Correct."),
                    wrong(
                        "A musrenbang proposal loses out on priority after a proper discussion",
                        "A proposal that loses through a proper process is not maladministration. Ask for the reasons so you can improve the proposal.",
                    ),
                    explanation="Maladministration is a public service that goes wrong and harms residents.",
                ),
                scenario(
                    "Your JAKI report about a blocked drain has the status done, but the drain has not been cleaned.",
                    "What should you do about that report?",
                    right(
                        "Photograph how it looks now, then make a new report that mentions the old report number",
                        "Correct. This record also becomes evidence if you need to report to the Ombudsman RI.",
                    ),
                    wrong(
                        "Accept it, because the system has closed it",
                        "The status in the system does not change things on the ground. Report again with evidence.",
                    ),
                    wrong("Report it to the police", "This is a service problem, not a crime."),
                    wrong(
                        "Stop reporting because it is no use",
                        "A new report with evidence often works, and it becomes evidence for the next step.",
                    ),
                    explanation="If a report is closed but the problem is not solved, take a new photo and make a new report that mentions the old report number.",
                ),
            ],
            "pass_mark": CHECK_PASS_MARK,
        },
        {
            "title": "Final Quiz: Policy Advocacy",
            "slug": "final-quiz-policy-advocacy",
            "introduction": "Test what you know about the whole module: advocacy, evidence and support, who decides, letters and meetings, and complaint channels.",
            "body": final_quiz_body(
                [
                    "how advocacy differs from a complaint;",
                    "gathering evidence and respecting personal data;",
                    "who has authority over what in Jakarta;",
                    "proposal letters and meetings with officials;",
                    "JAKI, CRM, SP4N-LAPOR!, the DPRD and the Ombudsman RI.",
                ]
            ),
            "quiz": [
                scenario(
                    "A blocked drain in your RW has been reported through JAKI three times. Each time the report was closed with no action. You kept the report numbers and the photos.",
                    "What is the right step now?",
                    right(
                        "Report it to the Ombudsman RI with the report numbers and photos as evidence",
                        "Correct. You have given the office its chance. Endless delay is maladministration.",
                    ),
                    wrong(
                        "Make a fourth JAKI report, and stop there",
                        "You have already reported three times. It is time for the next step: the Ombudsman RI.",
                    ),
                    wrong(
                        "Pay an officer to clean the drain quickly",
                        "Giving a reward breaks the law and keeps bad practice going.",
                    ),
                    wrong(
                        "Post the officer's name on social media",
                        "Attacking a person does not solve the problem. Use the official channels with evidence.",
                    ),
                    explanation="If the office does not respond, report to the Ombudsman RI with proof that you reported to the office first.",
                ),
                scenario(
                    "Hundreds of residents walk to Tanjung Barat Station every morning without a safe path. Residents agree to campaign for one.",
                    "What is the next step in the advocacy cycle?",
                    right(
                        "Gather evidence: count the people walking, take photos, and write down residents' stories",
                        "Correct. Once the problem is chosen, gather evidence of how big it is.",
                    ),
                    wrong(
                        "Hold a protest in front of the station straight away",
                        "Without evidence and a proposal, officials find it hard to act. Advocacy is done in an orderly way.",
                    ),
                    wrong(
                        "Send a letter straight away without data, to be quick",
                        "A letter without evidence is easy to ignore.",
                    ),
                    wrong(
                        "Wait until there is an accident so people notice the problem",
                        "Do not wait for someone to get hurt. You can gather evidence now.",
                    ),
                    explanation="The advocacy cycle: choose a problem, gather evidence, map the decision makers, write your proposal, deliver it, follow up and review.",
                ),
                scenario(
                    "Residents want the ticket counter at Tanjung Barat Station to open earlier in the morning.",
                    "Who is the best one to send this proposal to?",
                    right(
                        "The train operator and the national government",
                        "Correct. Railway tracks and stations are the job of the national government and the train operator.",
                    ),
                    wrong(
                        "The Lurah of Tanjung Barat",
                        "The station is not the kelurahan's job. The lurah can help pass it on, but does not decide.",
                    ),
                    wrong(
                        "The South Jakarta Roads Sub-agency (Suku Dinas Bina Marga)",
                        "Bina Marga handles roads and pavements, not stations.",
                    ),
                    wrong(
                        "The Governor of DKI Jakarta",
                        "Railway tracks and stations are not the Jakarta provincial government's job.",
                    ),
                    explanation="A proposal sent to the wrong office goes round in circles with no result. Map who has authority first.",
                ),
                scenario(
                    "The pavement on the main road to the station is broken, with holes in many places.",
                    "Who usually has the authority to repair it?",
                    right(
                        "The South Jakarta Roads Sub-agency (Suku Dinas Bina Marga)",
                        "Correct. Pavements and roads other than neighbourhood lanes are usually Bina Marga's job.",
                    ),
                    wrong(
                        "The kelurahan, through its PPSU crew",
                        "The PPSU looks after small-scale upkeep of the neighbourhood. Pavements on main roads are usually Bina Marga's job.",
                    ),
                    wrong(
                        "The South Jakarta Water Resources Sub-agency (Suku Dinas Sumber Daya Air)",
                        "Water Resources handles large drains and rivers, not pavements.",
                    ),
                    wrong(
                        "The local RW board",
                        "The RW is a community association; it does not carry out road works.",
                    ),
                    explanation="Check who has authority in every case; the kelurahan or the LMK can help explain.",
                ),
                scenario(
                    "Service at the office of a national government agency in Jakarta is very slow. You want your report recorded in the national system.",
                    "Which channel fits best?",
                    right(
                        "SP4N-LAPOR!",
                        "Correct. LAPOR! is the national complaint channel, linked to national and regional government offices.",
                    ),
                    wrong(
                        "JAKI",
                        "JAKI is the Jakarta provincial government's app for problems the province handles.",
                    ),
                    wrong(
                        "The RW meeting (rembuk RW)",
                        "The RW meeting is for discussing proposals for neighbourhood activities, not complaints about a national agency's service.",
                    ),
                    wrong(
                        "The Dewan Kota",
                        "The Dewan Kota advises the mayor; it does not deal with national agencies' services.",
                    ),
                    explanation="LAPOR! is good for services of national government offices, or if you want the report recorded in the national system.",
                ),
                scenario(
                    "Your proposal for alley lighting was welcomed at the meeting, but carrying it out needs money from the budget.",
                    "What is the next follow-up step?",
                    right(
                        "Make sure the proposal goes into the RW meeting and the next musrenbang, then check the RKPD and the APBD",
                        "Correct. Activities that need money must go into the planning. The LMK and the Dewan Kota can help you follow it up.",
                    ),
                    wrong(
                        "Wait for the lights to be put up next month",
                        "Without a budget, the lights cannot be put up yet. Follow it through the planning.",
                    ),
                    wrong(
                        "Consider it done because it was welcomed",
                        "A warm welcome is not yet a decision. Follow it up until it appears in the APBD.",
                    ),
                    wrong(
                        "Ask the lurah to pay for it out of their own pocket",
                        "Government activities are paid for from the official budget, not from officials' own money.",
                    ),
                    explanation="If a proposal needs money, make sure it goes into the RW meeting and the musrenbang, then check the RKPD and the APBD.",
                ),
                scenario(
                    "An officer asks for Rp 50,000 of “cigarette money” to finish your certificate letter quickly, but the service is free.",
                    "What is the best thing to do?",
                    right(
                        "Refuse, then report it, for example to the Ombudsman RI",
                        "Correct. Asking for a reward is maladministration. Reporting to the Ombudsman is free.",
                    ),
                    wrong(
                        "Just pay, because it is a small amount",
                        "Whatever the amount, this charge breaks the rules and will keep happening if nobody stops it.",
                    ),
                    wrong(
                        "Pay, then ask for a receipt",
                        "A receipt does not make an illegal charge legal.",
                    ),
                    wrong(
                        "Stay quiet so they do not make things harder for you",
                        "Staying quiet lets this happen to other residents too.",
                    ),
                    explanation="Asking for a reward for a service that should be free is maladministration.",
                ),
                single(
                    "In Jakarta, what is a suku dinas?",
                    right(
                        "A provincial agency's office at the level of an administrative city",
                        "Correct. For example the South Jakarta Roads Sub-agency (Suku Dinas Bina Marga).",
                    ),
                    wrong(
                        "A residents' body at RW level",
                        "No. At RW level there are the RW and RT boards.",
                    ),
                    wrong(
                        "A part of the DPRD DKI Jakarta",
                        "No. The DPRD is the legislature; a suku dinas is part of the provincial government.",
                    ),
                    wrong(
                        "Another name for the kecamatan office",
                        "No. The kecamatan is led by the camat; a suku dinas is a branch of a provincial agency.",
                    ),
                    explanation="A suku dinas carries out a provincial agency's work in each administrative city.",
                ),
                single(
                    "What does the DPRD DKI Jakarta do?",
                    right(
                        "Makes regional regulations (Perda) with the governor, approves the APBD, and oversees the government",
                        "Correct.",
                    ),
                    wrong("Advises the mayor", "That is the Dewan Kota's role."),
                    wrong(
                        "Coordinates the kelurahan in one area",
                        "That is the job of the kecamatan, led by the camat.",
                    ),
                    wrong(
                        "Collects the wishes of residents in each RW for the lurah",
                        "That is the LMK's role at kelurahan level.",
                    ),
                    explanation="The DPRD makes Perda with the governor, approves the APBD, and oversees the government. Make use of its recess.",
                ),
                single(
                    "Before you report to the Ombudsman RI, what do you usually need to have done?",
                    right(
                        "Reported to the office concerned first",
                        "Correct. The Ombudsman usually asks for proof that the office was given a chance to respond.",
                    ),
                    wrong(
                        "Paid a fee to register the report",
                        "Reporting to the Ombudsman is free.",
                    ),
                    wrong(
                        "Got written permission from the lurah",
                        "You do not need anyone's permission to report.",
                    ),
                    wrong(
                        "Collected the signatures of 100 residents",
                        "One person can make a report to the Ombudsman.",
                    ),
                    explanation="Keep proof that you reported to that office: the report number, the receipt and screenshots.",
                ),
                several(
                    "What makes a report easy to act on? Choose all that are correct.",
                    right("One report for one problem", "Correct."),
                    right("The exact location: RT/RW and a landmark", "Correct."),
                    right("Keeping the report number and a screenshot of its status", "Correct."),
                    wrong(
                        "Putting all the RW's problems into one long report",
                        "A combined report is hard to pass on to the right officer. Make one report for one problem.",
                    ),
                    explanation="A good report: one problem, the exact location, a clear photo, a clear request, and the report number kept.",
                ),
                single(
                    "What is CRM (Cepat Respon Masyarakat) in the Jakarta provincial government?",
                    right(
                        "A system that collects reports from many channels, including JAKI, and passes them to whoever is in charge",
                        "Correct.",
                    ),
                    wrong(
                        "The national complaint channel for national government offices",
                        "That is SP4N-LAPOR!.",
                    ),
                    wrong(
                        "The state body that oversees public services",
                        "That is the Ombudsman RI.",
                    ),
                    wrong(
                        "A residents' meeting to draw up development proposals",
                        "That is the RW meeting (rembuk RW) and the musrenbang.",
                    ),
                    explanation="CRM passes residents' reports to the lurah, the camat or the agency in charge to act on.",
                ),
                several(
                    "When you gather evidence, which of these respect personal data? Choose all that are correct.",
                    right(
                        "Asking permission before you photograph someone's face or house",
                        "Correct.",
                    ),
                    right(
                        "Giving numbers and the RT in a report, not names",
                        "Correct, unless the person agrees to be named.",
                    ),
                    wrong(
                        "Attaching photos of affected residents' Family Cards (KK)",
                        "The KK is personal data. Do not share it.",
                    ),
                    wrong(
                        "Giving the phone numbers of residents who complained to an official",
                        "A phone number is personal data. Share it only with the person's permission.",
                    ),
                    explanation="Do not share photos of residents' KTP or KK, or their phone numbers, and ask permission before you take photos.",
                ),
                several(
                    "What should you do at the end of a meeting with officials and afterwards? Choose all that are correct.",
                    right(
                        "Repeat what you agreed: who, what the next step is, and when", "Correct."
                    ),
                    right(
                        "Send the minutes to the official within one or two days",
                        "Correct. The minutes are a reminder and a shared record.",
                    ),
                    wrong(
                        "Give the official a gift so the proposal gets processed",
                        "Giving an official a reward breaks the law.",
                    ),
                    wrong(
                        "Vent your disappointment on social media before you get an answer",
                        "Focus on the problem and the proposal. Give them the agreed time, then follow up politely.",
                    ),
                    explanation="Repeating what you agreed and keeping written minutes make it easier to hold officials to their promises.",
                ),
            ],
            "pass_mark": 70,
            "questions_per_attempt": FINAL_QUESTIONS_PER_ATTEMPT,
        },
    ],
}
