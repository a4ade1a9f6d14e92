"""The module "Advokasi Kebijakan" in English: each text translates the text in the same place of
its Indonesian dict in demo/module_content.py."""

from ..module_content import CHECK_PASS_MARK
from .common import right, scenario, several, single, wrong

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
    ],
}
