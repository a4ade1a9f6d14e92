"""The demo guides in English (demo/guide_content.py has them in Indonesian), by slug, in the
same shape: each text here translates the text in the same place there. demo/english_guides.py
loads them as wagtail-localize translations of the Indonesian guides. Examples are marked
"example"."""

_KELURAHAN_ADDRESS = (
    "Jl. Contoh Raya No. 1, Tanjung Barat, Jagakarsa, South Jakarta 12530 (example)"
)
_KELURAHAN_HOURS = "Monday–Friday 8:00–15:00 (example)"
_KELURAHAN_CONTACT = "Telephone (021) 000-0000, e-mail contoh@akademiwarga.test (example)"
_REVIEWER = "Akademi Warga team (example)"
_JAKARTA_CHANNELS = [("official", key) for key in ("jaki", "crm", "lapor", "ombudsman")]
_BPJS_CARE_CENTER = (
    "other",
    {
        "name": "BPJS Kesehatan Care Center",
        "url": "https://www.bpjs-kesehatan.go.id",
        "phone": "165",
        "email": "",
        "description": "Questions and complaints from BPJS Kesehatan members.",
    },
)

GUIDES_EN = {
    "membuat-ktp-elektronik": {
        "title": "Getting or Renewing an Electronic ID Card (KTP-el)",
        "summary": "This guide explains how to get your first electronic ID card (KTP-el) in "
        "Tanjung Barat. It also explains how to replace a KTP-el that is lost, damaged, or "
        "whose details have changed. All of these services are free.",
        "rights": [
            "You have the right to a KTP-el free of charge, including a replacement for one "
            "that is lost or damaged.",
            "You have the right to equal service, whatever your religion, ethnicity or income.",
            "You have the right to know when your KTP-el will be ready and to get a receipt "
            "for your application.",
            "You have the right to protection of the personal data you give the officer.",
            "You have the right to use your KTP-el for life without renewing it, as long as "
            "your details do not change.",
        ],
        "obligations": [
            "You must have a KTP-el from the age of 17, or from marriage if you marry younger.",
            "You must carry your KTP-el when you travel.",
            "You must give correct details and may hold only one KTP-el.",
            "You must tell Dukcapil if your details change, or if your KTP-el is lost or damaged.",
        ],
        "steps": [
            {
                "title": "Prepare your documents",
                "text": "Bring your Family Card (KK). If your KTP-el is lost, ask the police "
                "for a loss report. If it is damaged, bring the damaged card.",
            },
            {
                "title": "Go to the Dukcapil counter at the kelurahan",
                "text": "Dukcapil is the civil registration service. Its counter is in the "
                "Tanjung Barat Kelurahan Office. Take a queue number and hand your documents "
                "to the officer.",
            },
            {
                "title": "Have your details recorded (first KTP-el only)",
                "text": "The officer takes a photo of your face. The officer also records your "
                "fingerprints, irises and signature. This step is called recording. It is "
                "usually done only once in a lifetime.",
            },
            {
                "title": "Check your details before printing",
                "text": "Read your name, place and date of birth, and address carefully. Ask "
                "for a correction on the spot if anything is wrong.",
            },
            {
                "title": "Collect your KTP-el",
                "text": "Collect your KTP-el at the promised time. If the card cannot be "
                "printed yet, ask for a receipt. Ask when you can collect the card.",
            },
            {
                "title": "Online option for replacements",
                "text": "For a lost or damaged KTP-el, or a change of details, ask about "
                "Dukcapil DKI Jakarta's online service (Alpukat Betawi). You still collect "
                "the finished card at the kelurahan.",
            },
        ],
        "documents": [
            "Original Family Card (KK)",
            "A loss report from the police, if your KTP-el is lost",
            "The damaged old KTP-el, if your KTP-el is damaged",
            "Proof of the change, for example a marriage book, if your details changed",
        ],
        "fee": "",
        "service_time": "Usually done the same day if blank cards are in stock (example)",
        "office_name": "Dukcapil counter, Tanjung Barat Kelurahan Office",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Getting a KTP-el is free under Law 24/2013, Article 79A. If an officer "
        "asks for money, that is an illegal levy (pungli): money asked for without a rule "
        "behind it. Report it through the JAKI app or LAPOR! at lapor.go.id. If nobody "
        "answers, complain to the Ombudsman RI Jakarta Raya office at ombudsman.go.id.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    "mengurus-kartu-keluarga": {
        "title": "Getting a Family Card (KK)",
        "summary": "The Family Card (KK) lists every member of a household. It must be "
        "updated after a birth, a death, a marriage, a divorce or a move. Getting a KK in "
        "Tanjung Barat is free.",
        "rights": [
            "You have the right to a new or updated KK free of charge.",
            "You have the right to a KK with correct details.",
            "You have the right to ask for a correction if your KK has a mistake.",
            "You have the right to protection of the personal data of your whole family.",
        ],
        "obligations": [
            "You must report changes in your family to Dukcapil (civil registration), for "
            "example a birth.",
            "You must report a birth within 60 days of the baby being born.",
            "The family, with the RT head, must report a death within 30 days.",
            "You must give correct details and keep your KK safe.",
        ],
        "steps": [
            {
                "title": "Decide what change needs recording",
                "text": "For example adding a child, making your own KK after marrying, or "
                "moving house. It can also be removing a family member who has died.",
            },
            {
                "title": "Prepare your documents",
                "text": "Bring the old KK and the head of the family's KTP-el. Add the "
                "documents for the change, for example a marriage book or a birth "
                "certificate. See the list of documents below.",
            },
            {
                "title": "Fill in the form at the Dukcapil counter",
                "text": "The officer gives you a family details form. Fill it in honestly "
                "and completely. Ask the officer if anything is unclear.",
            },
            {
                "title": "Check your details before printing",
                "text": "Check the spelling of names, dates of birth, family relationships "
                "and marital status. A small mistake can cause trouble at school or the "
                "bank.",
            },
            {
                "title": "Receive your new KK",
                "text": "A KK is now printed on plain white paper. It is valid because it "
                "has an electronic signature and a QR code. Keep a copy somewhere safe too.",
            },
        ],
        "documents": [
            "The old KK",
            "The head of the family's KTP-el",
            "Marriage book or marriage certificate, for a new KK after marrying",
            "Birth certificate or birth letter, to add a child",
            "Death certificate or death letter, to remove a member who has died",
            "A letter of moving, if you come from another city",
        ],
        "fee": "",
        "service_time": "At most 3 working days if your documents are complete (example)",
        "office_name": "Dukcapil counter, Tanjung Barat Kelurahan Office",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Getting a KK is free under Law 24/2013, Article 79A. If you are asked "
        "for money or your papers are delayed without reason, ask the head of the counter "
        "first. You can report it through the JAKI app or LAPOR! at lapor.go.id. If it is "
        "not resolved, complain to the Ombudsman RI Jakarta Raya office.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    "berobat-di-puskesmas-bpjs": {
        "title": "Seeing a Doctor at the Puskesmas with BPJS Kesehatan",
        "summary": "The puskesmas is the first place of care (first-level facility) for "
        "BPJS Kesehatan members. This guide explains how to get treatment at the Tanjung "
        "Barat puskesmas. It also explains your rights and obligations as a member.",
        "rights": [
            "You have the right to covered services free of charge while your membership is "
            "active.",
            "You have the right to medicines covered by BPJS Kesehatan without paying again.",
            "You have the right to a referral letter to a hospital if the doctor thinks you "
            "need one.",
            "In an emergency, you have the right to be treated at the nearest health "
            "facility without a referral.",
            "You have the right to an explanation of your illness and your treatment.",
            "You have the right to change your first-level facility after at least 3 months "
            "there.",
        ],
        "obligations": [
            "You must pay your contribution by the 10th of every month, unless the "
            "government pays it.",
            "You must go first to the first-level facility where you are registered, except "
            "in an emergency.",
            "You must give correct details and report any change.",
            "You must follow the puskesmas rules, including queueing in order.",
        ],
        "steps": [
            {
                "title": "Make sure your membership is active",
                "text": "Check your status in the Mobile JKN app or with the BPJS Kesehatan "
                "Care Center on 165. Check your first-level facility too. The first-level "
                "facility (FKTP) is the puskesmas or clinic where you are registered.",
            },
            {
                "title": "Go to the puskesmas and take a queue number",
                "text": "Come during opening hours. You can also queue through Mobile JKN if "
                "that feature is available. Older people, pregnant women and people with "
                "disabilities go first.",
            },
            {
                "title": "Register at the counter",
                "text": "Show your KTP-el or give your NIK. The NIK is the national identity "
                "number on your KTP-el and KK. The officer checks your BPJS status.",
            },
            {
                "title": "See the doctor",
                "text": "Describe your complaint clearly. Ask the name of the illness and how "
                "to take your medicine. You may keep asking until you understand.",
            },
            {
                "title": "Collect your medicine or referral",
                "text": "Collect your medicine at the puskesmas pharmacy. If you need a "
                "hospital, the doctor gives you a referral letter. Keep it and take it to the "
                "hospital.",
            },
        ],
        "documents": [
            "The member's KTP-el or NIK",
            "JKN-KIS card or the digital card in the Mobile JKN app, if you have one",
            "A back-referral letter or an old prescription, if you are in regular treatment",
        ],
        "fee": "Free if your BPJS is active and the service is covered. If it is not active, "
        "ask for the price at the counter.",
        "service_time": "Seen the same day, in queue order (example)",
        "office_name": "Tanjung Barat Kelurahan Puskesmas (example)",
        "office_address": "Jl. Contoh Sehat No. 2, Tanjung Barat, Jagakarsa, South Jakarta "
        "12530 (example)",
        "office_hours": "Monday–Friday 7:30–16:00, Saturday 7:30–12:00 (example)",
        "office_contact": "Telephone (021) 000-0000, e-mail contoh@akademiwarga.test (example)",
        "complaint": "If you are asked to pay for a covered service, ask the officer what the "
        "charge is based on. Note the service and the amount asked. Call the BPJS Kesehatan "
        "Care Center on 165 or visit a BPJS Kesehatan branch office. You can also report it "
        "through JAKI or LAPOR! at lapor.go.id. If it is not resolved, complain to the "
        "Ombudsman RI.",
        "complaint_channels": [_BPJS_CARE_CENTER, *_JAKARTA_CHANNELS],
        "reviewer": _REVIEWER,
    },
    "mendaftar-sekolah-ppdb": {
        "title": "Registering a Child for School (PPDB)",
        "summary": "This guide explains how to register a child at a state primary, junior "
        "or senior high school in Jakarta. Since 2025, PPDB has been called SPMB (the new "
        "pupil admission system). Registering at a state school is free.",
        "rights": [
            "Your child has the right to apply to a state school without a registration fee.",
            "You have the right to know the schedule, routes, quotas and requirements before "
            "registration opens.",
            "You have the right to choose the route that fits: residence, affirmation, "
            "achievement or transfer.",
            "Children aged 7 have priority when applying to a state primary school.",
            "You have the right to ask questions and complain if the selection seems unfair.",
        ],
        "obligations": [
            "You must send children aged 7 to 15 to school (compulsory education).",
            "You must give correct details: false details can cancel the registration.",
            "You must follow the published schedule and stages.",
            "You must confirm the place (re-register) on time if your child is accepted.",
        ],
        "steps": [
            {
                "title": "Follow the official announcements",
                "text": "The DKI Jakarta Education Office announces the schedule and rules. "
                "Read them on the official SPMB Jakarta website or the school notice board. "
                "Do not trust brokers or offers of paid places.",
            },
            {
                "title": "Know the registration routes",
                "text": "The residence route (formerly zoning) is for children living near "
                "the school. The affirmation route is for low-income families and children "
                "with disabilities. There are also achievement and transfer routes.",
            },
            {
                "title": "Prepare your documents",
                "text": "Make sure the child's name and date of birth match on the birth "
                "certificate and the KK. For the residence route, the KK usually must have "
                "been issued at least 1 year before registration.",
            },
            {
                "title": "Register and choose schools",
                "text": "Create a registration account as the official instructions say. "
                "Fill in the details, upload the documents, then choose schools. If you need "
                "help, go to the school or an SPMB help desk.",
            },
            {
                "title": "Follow the selection results",
                "text": "Check the results on the official website on the scheduled dates. "
                "Keep a screenshot of your result.",
            },
            {
                "title": "Confirm the place at the school",
                "text": "If your child is accepted, confirm the place on schedule. If you are "
                "late, the place can go to another applicant.",
            },
        ],
        "documents": [
            "The child's birth certificate",
            "Family Card (KK) with the child's name",
            "School report or graduation letter, to apply to junior or senior high school",
            "Proof for the affirmation route, for example a KJP Plus card (the Jakarta "
            "education grant) or a disability letter",
            "Certificates or awards, for the achievement route",
            "A parent's job transfer letter, for the transfer route",
        ],
        "fee": "",
        "service_time": "On the SPMB Jakarta schedule, usually between May and July (example)",
        "office_name": "The nearest state school or the SPMB help desk at the kelurahan (example)",
        "office_address": "Jl. Contoh Pendidikan No. 3, Tanjung Barat, Jagakarsa, South "
        "Jakarta 12530 (example)",
        "office_hours": "Monday–Friday 8:00–14:00 during registration (example)",
        "office_contact": "Telephone (021) 000-0000, e-mail contoh@akademiwarga.test (example)",
        "complaint": "If you are asked for money or your child's details are not processed, "
        "report it to the school's SPMB help desk. You can also complain to the district "
        "Education Office. Reports can go through the JAKI app or LAPOR! at lapor.go.id. If "
        "nobody answers, complain to the Ombudsman RI Jakarta Raya office.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    "melaporkan-masalah-pengaduan": {
        "title": "Reporting a Problem or Complaining about a Service",
        "summary": "You may complain if a public service is slow, unfair, or asks for money "
        "without a rule behind it. This guide explains how to complain in Tanjung Barat. The "
        "channels run from the kelurahan, JAKI and LAPOR! to the Ombudsman RI.",
        "rights": [
            "You have the right to complain if a service does not meet its published service "
            "standard.",
            "You have the right to an answer to your complaint.",
            "You have the right to ask that your name be kept secret when you report.",
            "You have the right to complain free of charge on every official channel.",
            "You have the right to report to the Ombudsman RI if a complaint to the agency "
            "is not resolved.",
        ],
        "obligations": [
            "You must report true facts, not slander or false news.",
            "You must explain what happened, when, where and who was involved.",
            "You must be polite and not use threats or violence.",
            "You must not spread other people's personal data in your report.",
        ],
        "steps": [
            {
                "title": "Write down what happened",
                "text": "Note the date, time, place and the service. Note the officer's name "
                "or appearance if you know it. Keep evidence such as photos, receipts or "
                "queue numbers.",
            },
            {
                "title": "Complain directly at the service office",
                "text": "A service standard is the written rule on a service's requirements, "
                "fee and time. If the service departs from it, tell the complaints officer "
                "or the officer's superior. Ask for a receipt.",
            },
            {
                "title": "Report through JAKI or LAPOR!",
                "text": "JAKI is the DKI Jakarta government's app. Reports go into the CRM "
                "system (Cepat Respon Masyarakat) and on to an officer. LAPOR! is at "
                "lapor.go.id. Choose a confidential report if you need to.",
            },
            {
                "title": "Follow your report",
                "text": "Keep the report number. Check its progress in the app or on the "
                "website. Add details if an officer asks for them.",
            },
            {
                "title": "Report to the Ombudsman RI if it is not resolved",
                "text": "The Ombudsman RI oversees public services. Report if you have "
                "complained to the agency but it was not resolved, and it happened less than "
                "2 years ago. Reporting to the Ombudsman is free.",
            },
        ],
        "documents": [
            "KTP-el or another identity document",
            "Supporting evidence, for example photos, receipts, queue numbers or screenshots",
            "A timeline: dates, places and what happened",
            "Proof that you complained to the agency, if you report to the Ombudsman RI",
        ],
        "fee": "",
        "service_time": "A written complaint must be answered within 14 days (Law 25/2009)",
        "office_name": "Complaints desk, Tanjung Barat Kelurahan Office",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "If your complaint at the kelurahan is ignored, take it to the kecamatan "
        "office or the Inspectorate (the government's internal auditor). You can use the JAKI "
        "app or LAPOR! at lapor.go.id. Maladministration is a service that goes wrong, for "
        "example delayed without reason or asking for money. Report maladministration to the "
        "Ombudsman RI Jakarta Raya office at ombudsman.go.id. If you are threatened for "
        "reporting, write the threat down and report it.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    "ikut-musrenbang-kelurahan": {
        "title": "Taking Part in the Kelurahan Musrenbang",
        "summary": "The musrenbang (development planning meeting) is where residents and "
        "government meet to plan next year's development. This guide explains how Tanjung "
        "Barat residents can propose projects and follow what happens to them.",
        "rights": [
            "You have the right to know the date, place and procedure of the musrenbang "
            "beforehand.",
            "You have the right to propose projects through your RT, RW or the RW meeting.",
            "You have the right to be heard equally, including women, young people, older "
            "people and people with disabilities.",
            "You have the right to ask for the musrenbang's results: they are public information.",
            "You have the right to ask why a proposal was not chosen.",
        ],
        "obligations": [
            "You must make concrete proposals, with the place and who benefits.",
            "You must follow the meeting rules and respect other residents' views.",
            "You must put the common good before your own interest.",
        ],
        "steps": [
            {
                "title": "Find out when it is",
                "text": "Ask your RT head, RW head or the kelurahan office. In Jakarta, the "
                "first stage is the RW meeting (rembuk RW), where residents of an RW meet.",
            },
            {
                "title": "Collect problems with your neighbours",
                "text": "Talk about local problems, for example a blocked drain or a broken "
                "road. Take photos of the place. Choose the most urgent problem.",
            },
            {
                "title": "Put your proposal at the RW meeting",
                "text": "Write a short proposal: the problem, the place and who it helps. "
                "Agreed proposals go into the DKI Jakarta government's e-Musrenbang system.",
            },
            {
                "title": "Attend the kelurahan musrenbang",
                "text": "Here the proposals of every RW are discussed and ranked. You can come "
                "yourself or be represented by your RW's delegate. The LMK (Kelurahan "
                "Consultative Body) also collects residents' views.",
            },
            {
                "title": "Follow the results",
                "text": "Proposals are discussed again at kecamatan, city and province level. "
                "Ask the kelurahan about the results. Check whether the project is in next "
                "year's plan.",
            },
        ],
        "documents": [],
        "fee": "",
        "service_time": "Once a year; RW meetings and the musrenbang are usually "
        "December–February (example)",
        "office_name": "Tanjung Barat Kelurahan Office",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "If you were not invited or your proposal was not recorded, ask the "
        "lurah or the LMK first. You may ask for the minutes and the list of proposals as "
        "public information. Complaints can go through the JAKI app or LAPOR! at "
        "lapor.go.id. If the service went wrong, complain to the Ombudsman RI Jakarta Raya "
        "office.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    "mengurus-akta-kelahiran": {
        "title": "Getting a Child's Birth Certificate",
        "summary": "A birth certificate is the official proof of a child's birth and "
        "identity. Report a birth to Dukcapil (civil registration) within 60 days. Getting a "
        "birth certificate in Tanjung Barat is free.",
        "rights": [
            "Your child has the right to an identity, and the birth certificate proves it.",
            "You have the right to a birth certificate free of charge.",
            "You still have the right to a certificate if you report after 60 days.",
            "You have the right to use an SPTJM (a sworn statement) if you have no birth "
            "letter or marriage book.",
        ],
        "obligations": [
            "You must report your child's birth within 60 days.",
            "You must give correct details: a false statement is a criminal offence.",
            "You must check the spelling of your child's name and keep the certificate safe.",
        ],
        "steps": [
            {
                "title": "Prepare your documents",
                "text": "Ask the hospital, puskesmas or midwife for a birth letter. Bring "
                "your KK, the parents' KTP-el and your marriage book too.",
            },
            {
                "title": "Know what an SPTJM is",
                "text": "An SPTJM is a statement of absolute responsibility: you declare that "
                "the details you give are true. An SPTJM can replace a birth letter or a "
                "marriage book.",
            },
            {
                "title": "Bring two witnesses if you use an SPTJM",
                "text": "A witness is an adult who knows about the child's birth. Bring "
                "copies of both witnesses' KTP-el.",
            },
            {
                "title": "Go to the Dukcapil counter at the kelurahan",
                "text": "Hand in your documents and fill in the birth report form. After 60 "
                "days, the birth can still be recorded with a decision of the head of the "
                "Dukcapil Office.",
            },
            {
                "title": "Check and receive the certificate",
                "text": "Check the spelling of the child's name, the date of birth and the "
                "parents' names. The child is also added to your family's KK.",
            },
        ],
        "documents": [
            "A birth letter from the hospital, puskesmas or midwife",
            "The parents' Family Card (KK)",
            "The parents' KTP-el",
            "The parents' marriage book or marriage certificate",
            "An SPTJM and copies of two witnesses' KTP-el, if there is no birth letter or "
            "marriage book",
        ],
        "fee": "",
        "service_time": "At most 3 working days if your documents are complete (example)",
        "office_name": "Dukcapil counter, Tanjung Barat Kelurahan Office",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Getting a birth certificate is free under Law 24/2013, Article 79A. If "
        "you are asked for money or your papers are delayed without reason, ask the head of "
        "the counter first. You can report it through the JAKI app or LAPOR! at lapor.go.id. "
        "If it is not resolved, complain to the Ombudsman RI Jakarta Raya office.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
}
