"""The words of the generated data set: Indonesian names, venues, session titles, comments and
the extra modules. Data, not logic."""

FEMALE_NAMES = [
    "Siti", "Dewi", "Sri", "Nur", "Rina", "Wati", "Yuni", "Fitri", "Ani", "Lestari", "Endang",
    "Ratna", "Indah", "Putri", "Ayu", "Rahma", "Nurul", "Kartini", "Mega", "Rini", "Sari",
    "Maya", "Dian", "Eka", "Fatimah", "Aisyah", "Lina", "Tuti", "Yanti", "Ningsih",
]  # fmt: skip
MALE_NAMES = [
    "Budi", "Agus", "Ahmad", "Andi", "Bambang", "Dedi", "Eko", "Hendra", "Iwan", "Joko",
    "Rudi", "Slamet", "Wahyu", "Yusuf", "Rizky", "Fajar", "Arif", "Bayu", "Hadi", "Imam",
    "Irfan", "Dimas", "Teguh", "Supriyadi", "Sutrisno", "Hasan", "Rahmat", "Taufik", "Ilham",
    "Gilang",
]  # fmt: skip
FAMILY_NAMES = [
    "Santoso", "Wibowo", "Saputra", "Hidayat", "Susanto", "Kurniawan", "Setiawan", "Pratama",
    "Nugroho", "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitorus", "Rahman",
    "Hakim", "Maulana", "Permana", "Gunawan", "Purnomo", "Suryadi", "Wijaya", "Halim",
    "Hutapea", "Manurung", "Tanjung", "Daulay", "Syahputra", "Firmansyah", "Lestari",
    "Anggraini", "Handayani", "Rahmawati", "Puspitasari", "Kusuma",
]  # fmt: skip

# (value, weight): the shape of who signs up in a Jakarta kelurahan, not census data.
AGE_BANDS = [
    ("under_18", 3), ("18_24", 14), ("25_34", 22), ("35_44", 24), ("45_54", 19),
    ("55_64", 12), ("65_plus", 6),
]  # fmt: skip
GENDERS = [("female", 56), ("male", 44)]

VENUE_HALL = "Aula Kantor Kelurahan"
OTHER_VENUES = [
    ("Ruang Rapat Kantor Kelurahan", 30),
    ("Gedung Serbaguna Kecamatan Jagakarsa", 80),
    ("Ruang PKK Kelurahan", 25),
]
#: Sessions without a module: (title, type of event).
GENERAL_SESSIONS = [
    ("Sosialisasi Musrenbang Kelurahan", "sosialisasi"),
    ("Sosialisasi Pengaduan lewat JAKI dan SP4N-LAPOR!", "sosialisasi"),
    ("Klinik Konsultasi Proposal Kegiatan RW", "pelatihan"),
    ("Temu Warga: Transparansi Anggaran", "forum_warga"),
    ("Pelatihan Pengurus RT/RW Baru", "pelatihan"),
    ("Diskusi Warga: Layanan Publik di Kelurahan", "forum_warga"),
    ("Seminar Hak Warga atas Pelayanan Publik", "seminar"),
    ("Rembuk RW: Prioritas Usulan Musrenbang", "rembuk_rw"),
    ("Rembuk RW: Kebersihan dan Saluran Air", "rembuk_rw"),
    ("Lokakarya Pelaporan Kegiatan RW", "pelatihan"),
    ("Bazar dan Pameran Hasil Pelatihan Warga", "lainnya"),
]
MODULE_SESSION_PREFIXES = ["Lokakarya", "Kelas Tatap Muka", "Sesi Praktik"]
SESSION_START_HOURS = [(9, 0), (10, 0), (13, 0), (15, 30), (19, 0), (19, 30)]
CAPACITIES = [20, 25, 30, 30, 40, 50]

COMMENTS = [
    "Materinya jelas dan mudah dipahami.",
    "Sangat bermanfaat untuk kegiatan RW kami.",
    "Contoh-contohnya dekat dengan keadaan di lingkungan kami.",
    "Mohon ditambah contoh tabel anggaran yang lebih banyak.",
    "Videonya kurang jelas kalau dibuka dari ponsel.",
    "Fasilitatornya sabar menjelaskan, terima kasih.",
    "Waktunya terlalu singkat, semoga ada sesi lanjutan.",
    "Kuisnya membantu saya mengulang materi.",
    "Tolong jadwal sesi malam hari diperbanyak untuk warga yang bekerja.",
    "Saya jadi berani ikut musrenbang tahun ini.",
    "Ruangannya panas, mohon disediakan kipas.",
    "Bahasanya sederhana, cocok untuk warga awam.",
    "Perlu materi khusus untuk bendahara RT.",
    "Sertifikatnya bisa dipakai untuk melamar kerja, terima kasih.",
    "Suara pembicara kurang terdengar dari belakang.",
]

# Modules added when the site has fewer than asked for: (topic slug, title, lesson titles,
# blended). The last lesson of each has a one-question quiz.
EXTRA_MODULES = [
    ("proyek", "Pengadaan Barang dan Jasa Sederhana", [
        "Apa itu pengadaan", "Menyusun kebutuhan barang", "Meminta penawaran harga",
        "Membandingkan penawaran", "Serah terima barang", "Menyimpan bukti pembelian",
    ], False),
    ("anggaran", "Membaca Laporan Keuangan RW", [
        "Kas masuk dan kas keluar", "Buku kas umum", "Bukti transaksi",
        "Saldo dan selisih", "Menyampaikan laporan kepada warga",
    ], False),
    ("advokasi", "Praktik Musrenbang Kelurahan", [
        "Peran warga dalam musrenbang", "Menyiapkan usulan prioritas",
        "Berbicara di forum", "Mengawal usulan setelah musrenbang",
    ], True),
    ("proyek", "Menulis Proposal Kegiatan Warga", [
        "Latar belakang masalah", "Tujuan dan sasaran", "Rencana kegiatan", "Jadwal",
        "Rencana anggaran biaya", "Penanggung jawab", "Lampiran dan foto",
    ], False),
    ("advokasi", "Keterbukaan Informasi Publik", [
        "Hak atas informasi", "Informasi yang wajib diumumkan", "Mengajukan permohonan ke PPID",
        "Keberatan dan sengketa informasi", "Menggunakan informasi untuk advokasi",
    ], False),
    ("anggaran", "Mengelola Kas dan Iuran Warga", [
        "Menetapkan iuran bersama", "Mencatat iuran", "Menyimpan uang kas",
        "Pengeluaran yang disepakati", "Audit sederhana oleh warga", "Laporan tahunan RW",
    ], False),
    ("proyek", "Pemantauan Proyek oleh Warga", [
        "Mengapa warga memantau", "Membaca papan proyek", "Membuat daftar periksa",
        "Mendokumentasikan kemajuan", "Menemukan masalah mutu", "Melapor lewat kanal resmi",
        "Menindaklanjuti laporan", "Berbagi hasil pemantauan",
    ], False),
]  # fmt: skip
LESSON_TEXT = (
    "<p>Pelajaran ini menjelaskan {topic} dengan contoh dari kegiatan RW di Tanjung Barat. "
    "Bacalah contohnya, lalu coba terapkan di lingkungan Anda.</p>"
)
QUIZ_QUESTION = {
    "question": "Siapa yang berhak ikut mengawasi kegiatan yang dibiayai uang publik?",
    "kind": "single",
    "choices": [
        {"text": "Semua warga", "correct": True},
        {"text": "Hanya pengurus RW", "correct": False},
        {"text": "Hanya pegawai kelurahan", "correct": False},
    ],
    "explanation": "Uang publik adalah uang bersama: setiap warga boleh ikut mengawasi.",
}
