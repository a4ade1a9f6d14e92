"""Demo training modules in Bahasa Indonesia for Kelurahan Tanjung Barat (built by demo/modules.py).
Every lesson ends with a short check; each module ends with a final quiz drawn from a bank."""

# A check of three questions passes with two right; the final quiz keeps the default of 70%.
CHECK_PASS_MARK = 60
FINAL_QUESTIONS_PER_ATTEMPT = 8


def right(text: str, feedback: str) -> dict:
    return {"text": text, "correct": True, "feedback": feedback}


def wrong(text: str, feedback: str) -> dict:
    return {"text": text, "correct": False, "feedback": feedback}


def _question(kind: str, situation: str, question: str, choices, explanation: str) -> dict:
    return {
        "kind": kind,
        "situation": situation,
        "question": question,
        "choices": list(choices),
        "explanation": explanation,
    }


def single(question: str, *choices: dict, explanation: str) -> dict:
    return _question("single", "", question, choices, explanation)


def several(question: str, *choices: dict, explanation: str) -> dict:
    """All that apply: right only when exactly the correct answers are chosen."""
    return _question("multiple", "", question, choices, explanation)


def scenario(situation: str, question: str, *choices: dict, explanation: str) -> dict:
    return _question("scenario", situation, question, choices, explanation)


def final_quiz_body(topics: list[str]) -> list[tuple]:
    items = "".join(f"<li>{topic}</li>" for topic in topics)
    return [
        ("paragraph", f"<p>Kuis akhir ini mengulang semua pelajaran modul:</p><ul>{items}</ul>"),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Cara kerja kuis akhir",
                "text": f"<p>Setiap percobaan berisi {FINAL_QUESTIONS_PER_ATTEMPT} soal yang "
                "diambil acak dari bank soal, jadi soal Anda bisa berbeda dengan soal teman. "
                "Banyak soal berupa kejadian sehari-hari: pilih langkah yang paling tepat. Jika "
                "belum lulus, baca lagi pelajarannya sebelum mencoba lagi.</p>",
            },
        ),
    ]


MODULES = [
    # ------------------------------------------------------------------
    # Modul 1: Pengelolaan Anggaran
    # ------------------------------------------------------------------
    {
        "topic": "anggaran",
        "title": "Pengelolaan Anggaran",
        "slug": "pengelolaan-anggaran",
        "summary": (
            "Belajar membaca anggaran kelurahan dan APBD DKI Jakarta, ikut musrenbang, "
            "mengajukan usulan, dan memantau apakah uang publik dipakai sesuai rencana."
        ),
        "objectives": [
            "Menjelaskan hubungan anggaran kelurahan dengan APBD DKI Jakarta.",
            "Mengikuti tahapan perencanaan dari rembuk RW dan musrenbang sampai APBD ditetapkan.",
            "Menyusun usulan kegiatan yang jelas, lengkap, dan mudah dinilai.",
            "Membaca tabel anggaran dan menghitung persentase realisasi.",
            "Meminta dokumen anggaran lewat PPID sesuai UU Keterbukaan Informasi Publik.",
        ],
        "estimated_minutes": 100,
        "level": "beginner",
        "lessons": [
            {
                "title": "Mengenal Anggaran Kelurahan dan APBD DKI",
                "slug": "mengenal-anggaran-kelurahan",
                "introduction": (
                    "Uang untuk memperbaiki saluran, menyalakan lampu jalan, atau membiayai "
                    "pelatihan warga berasal dari anggaran pemerintah. Pelajaran ini menjelaskan "
                    "dari mana uang itu datang dan di mana posisi kelurahan."
                ),
                "body": [
                    ("heading", {"text": "Uang publik adalah uang kita", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Setiap tahun Pemerintah Provinsi DKI Jakarta menyusun <b>APBD</b>, "
                        "yaitu Anggaran Pendapatan dan Belanja Daerah. APBD adalah rencana "
                        "keuangan selama satu tahun: berapa uang yang akan masuk, dan untuk apa "
                        "uang itu dipakai. APBD ditetapkan dengan Peraturan Daerah (Perda) "
                        "setelah dibahas bersama DPRD DKI Jakarta.</p>"
                        "<p>Sebagian besar pendapatan APBD DKI berasal dari pajak daerah, "
                        "misalnya pajak kendaraan bermotor dan pajak bumi dan bangunan. Artinya, "
                        "uang itu berasal dari warga. Karena itu, warga berhak tahu dan ikut "
                        "mengawasi cara uang itu dipakai.</p>",
                    ),
                    ("heading", {"text": "Di mana posisi kelurahan?", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Jakarta berbeda dengan daerah lain. Di Jakarta tidak ada desa, dan "
                        "Jakarta Selatan adalah <b>kota administrasi</b>, bukan daerah otonom "
                        "yang punya APBD sendiri. Jadi Kelurahan Tanjung Barat, Kecamatan "
                        "Jagakarsa, dan Kota Administrasi Jakarta Selatan semuanya dibiayai dari "
                        "APBD DKI.</p>"
                        "<p>Di dalam APBD ada bagian untuk kelurahan. Bagian ini sering disebut "
                        "<b>anggaran kelurahan</b> atau dana kelurahan. Isinya antara lain:</p>"
                        "<ul>"
                        "<li>biaya operasional kantor dan pelayanan kelurahan;</li>"
                        "<li>kegiatan pemberdayaan warga, misalnya pelatihan, serta dukungan "
                        "untuk PKK dan Karang Taruna;</li>"
                        "<li>pemeliharaan lingkungan skala kecil, misalnya perbaikan saluran atau "
                        "jalan lingkungan, sesuai aturan yang berlaku tahun itu.</li>"
                        "</ul>"
                        "<p>Pekerjaan yang lebih besar, seperti perbaikan kali atau jalan raya, "
                        "biasanya dikerjakan suku dinas di tingkat kota atau dinas di tingkat "
                        "provinsi. Uangnya tetap dari APBD, tetapi tidak tercatat di pos "
                        "kelurahan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh sederhana (angka contoh)",
                            "text": "<p>Misalkan sebuah kelurahan mendapat anggaran Rp 4 miliar "
                            "dalam setahun: Rp 2,5 miliar untuk operasional dan pelayanan, Rp 1 "
                            "miliar untuk pemberdayaan warga, dan Rp 500 juta untuk perbaikan "
                            "sarana lingkungan. Angka ini <b>hanya contoh</b>, bukan angka resmi "
                            "Kelurahan Tanjung Barat.</p>",
                        },
                    ),
                    (
                        "image",
                        {
                            # Drawn by demo/images.py when the demo is loaded.
                            "image": "budget_chart",
                            "alt_text": "Grafik batang anggaran contoh Rp 4 miliar: operasional "
                            "dan pelayanan Rp 2,5 miliar, pemberdayaan warga Rp 1 miliar, "
                            "sarana lingkungan Rp 500 juta.",
                            "caption": "Pembagian anggaran kelurahan dalam contoh di atas "
                            "(angka contoh).",
                        },
                    ),
                    (
                        "key_terms",
                        {
                            "title": "Istilah penting",
                            "terms": [
                                {
                                    "term": "APBD",
                                    "definition": "Anggaran Pendapatan dan Belanja Daerah: "
                                    "rencana keuangan pemerintah daerah selama satu tahun, "
                                    "ditetapkan dengan Perda.",
                                },
                                {
                                    "term": "Pendapatan",
                                    "definition": "Uang yang masuk ke kas daerah, misalnya dari "
                                    "pajak daerah, retribusi, dan dana dari pemerintah pusat.",
                                },
                                {
                                    "term": "Belanja",
                                    "definition": "Uang yang dikeluarkan untuk menjalankan "
                                    "pemerintahan, pelayanan, dan pembangunan.",
                                },
                                {
                                    "term": "Pembiayaan",
                                    "definition": "Uang untuk menutup kekurangan atau memakai "
                                    "kelebihan anggaran, misalnya sisa anggaran tahun lalu.",
                                },
                                {
                                    "term": "Kota administrasi",
                                    "definition": "Wilayah kota di Jakarta yang dipimpin wali "
                                    "kota tetapi tidak punya DPRD dan APBD sendiri.",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Apa itu APBD?",
                        right(
                            "Rencana keuangan pemerintah daerah selama satu tahun",
                            "Benar. APBD memuat uang yang akan masuk dan untuk apa uang itu dipakai selama satu tahun. APBD ditetapkan dengan Perda.",
                        ),
                        wrong(
                            "Bantuan dari pemerintah pusat untuk kelurahan",
                            "Bukan. Dana dari pemerintah pusat hanya salah satu sumber pendapatan APBD.",
                        ),
                        wrong(
                            "Daftar pajak yang harus dibayar warga",
                            "Bukan. Pajak daerah adalah sumber pendapatan APBD, tetapi APBD juga memuat belanja.",
                        ),
                        wrong(
                            "Tabungan kas RW untuk kegiatan warga",
                            "Bukan. Kas RW adalah uang warga sendiri. APBD adalah anggaran pemerintah daerah.",
                        ),
                        explanation="APBD adalah Anggaran Pendapatan dan Belanja Daerah: rencana keuangan pemerintah daerah selama satu tahun.",
                    ),
                    single(
                        "Dari mana anggaran Kelurahan Tanjung Barat berasal?",
                        right(
                            "Dari APBD Provinsi DKI Jakarta",
                            "Benar. Kelurahan, kecamatan, dan kota administrasi di Jakarta semuanya dibiayai dari APBD DKI.",
                        ),
                        wrong(
                            "Dari APBD Kota Jakarta Selatan",
                            "Jakarta Selatan adalah kota administrasi. Kota administrasi tidak punya APBD sendiri.",
                        ),
                        wrong(
                            "Dari Dana Desa",
                            "Di Jakarta tidak ada desa, jadi tidak ada Dana Desa.",
                        ),
                        wrong(
                            "Dari iuran warga setiap RW",
                            "Iuran warga masuk ke kas RW, bukan ke anggaran kelurahan.",
                        ),
                        explanation="Di Jakarta hanya provinsi yang punya APBD. Bagian untuk kelurahan ada di dalam APBD DKI.",
                    ),
                    several(
                        "Mana saja yang bisa dibiayai dari anggaran kelurahan? Pilih semua yang benar.",
                        right(
                            "Pelatihan warga dan dukungan untuk PKK",
                            "Benar. Ini termasuk kegiatan pemberdayaan warga.",
                        ),
                        right(
                            "Perbaikan saluran kecil di lingkungan",
                            "Benar. Pemeliharaan lingkungan skala kecil bisa masuk anggaran kelurahan, sesuai aturan tahun itu.",
                        ),
                        right(
                            "Biaya operasional kantor dan pelayanan kelurahan",
                            "Benar. Ini bagian terbesar dalam contoh anggaran kelurahan.",
                        ),
                        wrong(
                            "Perbaikan kali yang melewati beberapa kelurahan",
                            "Pekerjaan sebesar ini biasanya dikerjakan suku dinas atau dinas. Uangnya tetap dari APBD, tetapi tidak tercatat di pos kelurahan.",
                        ),
                        explanation="Anggaran kelurahan membiayai operasional, pemberdayaan warga, dan pemeliharaan lingkungan skala kecil. Pekerjaan besar ada di suku dinas atau dinas.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Siklus Musrenbang: Dari Rembuk RW sampai APBD",
                "slug": "siklus-musrenbang",
                "introduction": (
                    "Musrenbang adalah pintu resmi bagi warga untuk mengusulkan kegiatan "
                    "pembangunan. Kenali tahapannya agar usulan Anda tidak tertinggal jadwal."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p><b>Musrenbang</b> adalah singkatan dari Musyawarah Perencanaan "
                        "Pembangunan. Ini pertemuan resmi tempat pemerintah dan warga membahas "
                        "usulan kegiatan. Ingat satu hal penting: usulan yang dibahas tahun ini "
                        "baru bisa dibiayai <b>tahun depan</b>, setelah masuk APBD.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Tahapan perencanaan setiap tahun (jadwal bisa berubah)",
                            "steps": [
                                {
                                    "title": "Rembuk RW",
                                    "text": "Warga tiap RW berkumpul membahas masalah di "
                                    "lingkungannya dan memilih usulan prioritas. Usulan "
                                    "dimasukkan ke sistem usulan daring Pemprov DKI. Biasanya "
                                    "sekitar akhir tahun sampai awal tahun.",
                                },
                                {
                                    "title": "Musrenbang kelurahan",
                                    "text": "Usulan semua RW dibahas bersama lurah, LMK, pengurus "
                                    "RW, PKK, Karang Taruna, dan tokoh masyarakat, lalu diperiksa "
                                    "dan diurutkan. Biasanya sekitar Januari.",
                                },
                                {
                                    "title": "Musrenbang kecamatan",
                                    "text": "Usulan kelurahan-kelurahan di Kecamatan Jagakarsa "
                                    "dibahas bersama. Usulan yang menjadi urusan suku dinas "
                                    "diteruskan. Biasanya sekitar Februari.",
                                },
                                {
                                    "title": "Musrenbang kota dan provinsi",
                                    "text": "Usulan dibahas di tingkat Kota Administrasi Jakarta "
                                    "Selatan, lalu di tingkat provinsi. Dewan Kota ikut memberi "
                                    "masukan. Biasanya sekitar Maret sampai April.",
                                },
                                {
                                    "title": "RKPD ditetapkan",
                                    "text": "Hasil musrenbang menjadi bahan RKPD, yaitu daftar "
                                    "program dan kegiatan pemerintah daerah untuk tahun "
                                    "berikutnya.",
                                },
                                {
                                    "title": "KUA-PPAS dan pembahasan di DPRD",
                                    "text": "Pemprov dan DPRD menyepakati arah kebijakan dan "
                                    "batas anggaran sementara, lalu membahas rancangan APBD "
                                    "secara rinci.",
                                },
                                {
                                    "title": "APBD ditetapkan dan dijalankan",
                                    "text": "APBD disahkan dengan Perda, biasanya sebelum tahun "
                                    "berganti. Mulai Januari kegiatan dikerjakan, dan warga bisa "
                                    "memantau pelaksanaannya.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Kunci waktunya",
                            "text": "<p>Usulan paling kuat jika sudah masuk sejak <b>rembuk "
                            "RW</b>. Usulan yang baru muncul setelah musrenbang kecamatan "
                            "biasanya sudah terlambat untuk tahun anggaran berikutnya.</p>",
                        },
                    ),
                    (
                        "key_terms",
                        {
                            "title": "Siapa dan apa saja yang terlibat",
                            "terms": [
                                {
                                    "term": "LMK (Lembaga Musyawarah Kelurahan)",
                                    "definition": "Wadah warga di tingkat kelurahan. Anggotanya "
                                    "wakil dari tiap RW. LMK menampung aspirasi warga dan memberi "
                                    "masukan kepada lurah, termasuk dalam musrenbang.",
                                },
                                {
                                    "term": "Dewan Kota",
                                    "definition": "Lembaga di tingkat kota administrasi yang "
                                    "anggotanya wakil dari tiap kecamatan. Dewan Kota memberi "
                                    "masukan kepada wali kota.",
                                },
                                {
                                    "term": "RKPD",
                                    "definition": "Rencana Kerja Pemerintah Daerah: rencana "
                                    "tahunan yang menjadi dasar penyusunan APBD.",
                                },
                                {
                                    "term": "KUA-PPAS",
                                    "definition": "Kebijakan Umum APBD serta Prioritas dan Plafon "
                                    "Anggaran Sementara: kesepakatan awal Pemprov dan DPRD "
                                    "tentang arah dan batas anggaran.",
                                },
                                {
                                    "term": "Reses DPRD",
                                    "definition": "Masa ketika anggota DPRD turun ke daerah "
                                    "pemilihannya untuk mendengar aspirasi warga. Ini jalur "
                                    "tambahan di luar musrenbang.",
                                },
                            ],
                        },
                    ),
                    (
                        "faq",
                        {
                            "title": "Pertanyaan yang sering muncul",
                            "items": [
                                {
                                    "question": "Apakah saya harus jadi pengurus RW untuk "
                                    "mengusulkan kegiatan?",
                                    "answer": "<p>Tidak. Setiap warga boleh menyampaikan usulan "
                                    "lewat rapat RT atau rembuk RW. Peserta musrenbang kelurahan "
                                    "biasanya perwakilan yang diundang, jadi titipkan usulan Anda "
                                    "kepada wakil RW atau anggota LMK dari RW Anda.</p>",
                                },
                                {
                                    "question": "Mengapa usulan saya tidak muncul di APBD?",
                                    "answer": "<p>Bisa karena anggaran terbatas, usulan bukan "
                                    "kewenangan kelurahan, data kurang lengkap, atau kalah "
                                    "prioritas. Tanyakan alasannya kepada kelurahan dan catat "
                                    "jawabannya untuk memperbaiki usulan tahun depan.</p>",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Usulan yang dibahas di musrenbang tahun ini paling cepat dibiayai kapan?",
                        right(
                            "Tahun depan, setelah masuk APBD",
                            "Benar. Musrenbang menyusun rencana untuk tahun anggaran berikutnya.",
                        ),
                        wrong(
                            "Bulan depan, setelah musrenbang kelurahan selesai",
                            "Belum. Usulan masih harus melewati musrenbang kecamatan, kota, dan provinsi, lalu RKPD dan pembahasan APBD.",
                        ),
                        wrong(
                            "Tahun ini juga, jika lurah menyetujuinya",
                            "Lurah tidak menetapkan anggaran. APBD ditetapkan dengan Perda oleh gubernur bersama DPRD.",
                        ),
                        wrong(
                            "Setelah lima tahun, sesuai masa jabatan gubernur",
                            "Bukan. Perencanaan ini berjalan setiap tahun. Usulan tahun ini bisa dibiayai tahun depan.",
                        ),
                        explanation="Usulan tahun ini masuk RKPD dan APBD tahun berikutnya. Karena itu usulan harus masuk tepat waktu.",
                    ),
                    single(
                        "Tahap mana yang paling awal dalam perencanaan setiap tahun?",
                        right(
                            "Rembuk RW",
                            "Benar. Di rembuk RW warga membahas masalah lingkungannya dan memilih usulan prioritas.",
                        ),
                        wrong(
                            "Musrenbang kelurahan",
                            "Musrenbang kelurahan membahas usulan yang sudah disepakati di rembuk RW. Jadi rembuk RW lebih dulu.",
                        ),
                        wrong(
                            "Musrenbang kecamatan",
                            "Usulan yang baru muncul di musrenbang kecamatan biasanya sudah terlambat.",
                        ),
                        wrong(
                            "Pembahasan KUA-PPAS di DPRD",
                            "KUA-PPAS dibahas menjelang akhir siklus, setelah RKPD ditetapkan.",
                        ),
                        explanation="Urutannya: rembuk RW, musrenbang kelurahan, kecamatan, kota dan provinsi, RKPD, KUA-PPAS, lalu APBD.",
                    ),
                    scenario(
                        "Anda punya usulan perbaikan saluran di gang Anda. Anda bukan pengurus RW dan tidak diundang ke musrenbang kelurahan.",
                        "Bagaimana usulan Anda bisa sampai ke musrenbang?",
                        right(
                            "Sampaikan usulan di rapat RT atau rembuk RW, lalu titipkan kepada wakil RW atau anggota LMK",
                            "Benar. Setiap warga boleh mengusulkan lewat rapat RT atau rembuk RW. Wakil RW dan anggota LMK membawanya ke musrenbang kelurahan.",
                        ),
                        wrong(
                            "Tunggu sampai Anda terpilih menjadi pengurus RW",
                            "Tidak perlu. Warga biasa pun boleh mengusulkan kegiatan lewat rapat RT atau rembuk RW.",
                        ),
                        wrong(
                            "Datang ke musrenbang kecamatan dan ajukan di sana",
                            "Usulan yang baru muncul di kecamatan biasanya sudah terlambat. Mulailah dari rembuk RW.",
                        ),
                        wrong(
                            "Kirim usulan langsung ke DPRD saat APBD dibahas",
                            "Saat APBD dibahas, usulan baru sulit masuk. Jalur utama warga adalah rembuk RW dan musrenbang.",
                        ),
                        explanation="Pintu pertama usulan warga adalah rapat RT dan rembuk RW. Peserta musrenbang kelurahan biasanya perwakilan yang diundang.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Menyusun Usulan Kegiatan yang Kuat",
                "slug": "menyusun-usulan-kegiatan",
                "introduction": (
                    "Usulan yang jelas lebih mudah dinilai dan lebih sulit diabaikan. Pelajaran "
                    "ini memberi resep sederhana untuk menulis usulan untuk rembuk RW dan "
                    "musrenbang."
                ),
                "body": [
                    ("heading", {"text": "Apa yang membuat usulan kuat?", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Panitia musrenbang menerima banyak usulan. Usulan yang lolos biasanya "
                        "bukan yang paling keras disuarakan, tetapi yang paling jelas: masalahnya "
                        "nyata, lokasinya tepat, dan manfaatnya terukur.</p>"
                        "<p>Usulan seperti “perbaikan lingkungan RW 05” terlalu umum. Usulan "
                        "seperti “perbaikan saluran air sepanjang 120 meter di gang belakang "
                        "musala RW 05 yang meluap setiap hujan deras” jauh lebih mudah "
                        "dinilai.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Isi usulan yang lengkap",
                            "steps": [
                                {
                                    "title": "Masalah",
                                    "text": "Jelaskan apa yang terjadi, sejak kapan, dan "
                                    "seberapa sering. Contoh: air meluap ke rumah warga 6 sampai "
                                    "8 kali selama musim hujan lalu.",
                                },
                                {
                                    "title": "Lokasi",
                                    "text": "Sebutkan RT/RW, nama jalan atau gang, dan patokan. "
                                    "Jika sistem meminta titik peta, tandai dengan tepat.",
                                },
                                {
                                    "title": "Volume",
                                    "text": "Ukuran pekerjaan: panjang saluran dalam meter, "
                                    "jumlah lampu, atau jumlah peserta pelatihan.",
                                },
                                {
                                    "title": "Penerima manfaat",
                                    "text": "Berapa keluarga atau warga yang terbantu. Contoh: 45 "
                                    "kepala keluarga di RT 03 dan RT 04.",
                                },
                                {
                                    "title": "Perkiraan biaya",
                                    "text": "Jika bisa, tulis perkiraan kasar. Petugas kelurahan "
                                    "atau suku dinas akan menghitung ulang sesuai standar harga "
                                    "yang berlaku.",
                                },
                                {
                                    "title": "Bukti pendukung",
                                    "text": "Foto dengan tanggal, catatan kejadian, dan daftar "
                                    "hadir rembuk RW yang menyepakati usulan.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Cek kewenangan lebih dulu",
                            "text": "<p>Tidak semua masalah bisa dibiayai lewat pos kelurahan. "
                            "Perbaikan jalan raya atau tanggul kali, misalnya, biasanya urusan "
                            "suku dinas atau dinas. Tanyakan kepada petugas kelurahan atau "
                            "anggota LMK agar usulan diarahkan ke pihak yang tepat.</p>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Sebelum mengirim usulan, uji dengan tiga pertanyaan:</p>"
                        "<ol>"
                        "<li>Apakah ini masalah banyak orang, bukan satu rumah saja?</li>"
                        "<li>Apakah ada bukti yang bisa dilihat orang lain?</li>"
                        "<li>Apakah sudah disepakati dalam rembuk RW?</li>"
                        "</ol>"
                        "<p>Jika ketiganya terjawab “ya”, usulan Anda siap diajukan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh usulan singkat (ilustrasi)",
                            "text": "<p><b>Judul:</b> Penambahan 6 lampu penerangan di Gang "
                            "Melati RT 02/RW 05.</p>"
                            "<ul>"
                            "<li><b>Masalah:</b> gang sepanjang 200 meter gelap pada malam hari; "
                            "dua kali terjadi penjambretan tahun lalu.</li>"
                            "<li><b>Manfaat:</b> jalur pejalan kaki menuju stasiun lebih aman "
                            "bagi sekitar 300 warga.</li>"
                            "<li><b>Bukti:</b> 8 foto malam hari, catatan laporan ke RT, dan "
                            "notulen rembuk RW.</li>"
                            "</ul>",
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Usulan mana yang paling mudah dinilai panitia musrenbang?",
                        right(
                            "Perbaikan saluran 120 meter di gang belakang musala RW 05 yang meluap setiap hujan deras",
                            "Benar. Masalah, lokasi, dan ukuran pekerjaannya jelas.",
                        ),
                        wrong(
                            "Perbaikan lingkungan RW 05",
                            "Terlalu umum. Panitia tidak tahu apa yang diperbaiki, di mana, dan seberapa besar.",
                        ),
                        wrong(
                            "Saluran RW 05 harus segera diperbaiki karena warga sudah lama mengeluh",
                            "Ada desakan, tetapi lokasi, ukuran, dan buktinya tidak ada.",
                        ),
                        wrong(
                            "Pembangunan RW 05 yang lebih maju dan sejahtera",
                            "Ini cita-cita, bukan usulan kegiatan. Tidak ada yang bisa diukur.",
                        ),
                        explanation="Usulan yang kuat menyebut masalah, lokasi, volume, penerima manfaat, perkiraan biaya, dan bukti.",
                    ),
                    several(
                        "Apa saja yang sebaiknya ada dalam usulan kegiatan? Pilih semua yang benar.",
                        right(
                            "Lokasi: RT/RW, nama gang, dan patokan",
                            "Benar. Lokasi yang tepat memudahkan petugas memeriksa.",
                        ),
                        right(
                            "Jumlah warga yang terbantu, misalnya 45 kepala keluarga",
                            "Benar. Penerima manfaat menunjukkan seberapa penting usulan itu.",
                        ),
                        right(
                            "Foto bertanggal dan notulen rembuk RW",
                            "Benar. Bukti pendukung membuat usulan sulit diabaikan.",
                        ),
                        wrong(
                            "Nama pejabat yang dikenal pengusul",
                            "Usulan dinilai dari isinya, bukan dari kenalan.",
                        ),
                        explanation="Isi usulan yang lengkap: masalah, lokasi, volume, penerima manfaat, perkiraan biaya, dan bukti pendukung.",
                    ),
                    scenario(
                        "Warga RW Anda ingin jalan raya di depan kompleks diaspal ulang karena banyak lubang.",
                        "Apa langkah pertama sebelum menulis usulan?",
                        right(
                            "Tanyakan kepada petugas kelurahan atau anggota LMK siapa yang berwenang atas jalan itu",
                            "Benar. Jalan raya biasanya urusan suku dinas, bukan pos kelurahan. Cek kewenangan agar usulan sampai ke pihak yang tepat.",
                        ),
                        wrong(
                            "Langsung masukkan ke usulan anggaran kelurahan",
                            "Jalan raya biasanya bukan kewenangan kelurahan. Usulan bisa tersendat karena salah alamat.",
                        ),
                        wrong(
                            "Kumpulkan uang warga untuk mengaspal sendiri",
                            "Jalan raya adalah aset pemerintah. Perbaikannya lewat pihak yang berwenang.",
                        ),
                        wrong(
                            "Tunggu sampai ada kecelakaan agar usulan lebih kuat",
                            "Jangan menunggu celaka. Foto dan catatan lubang hari ini sudah menjadi bukti.",
                        ),
                        explanation="Tidak semua masalah bisa dibiayai lewat pos kelurahan. Cek kewenangan lebih dulu.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Membaca Tabel Anggaran dan Realisasi",
                "slug": "membaca-tabel-anggaran",
                "introduction": (
                    "Tabel anggaran terlihat rumit, padahal intinya sederhana: berapa yang "
                    "direncanakan dan berapa yang sudah dipakai. Mari belajar membacanya."
                ),
                "body": [
                    ("heading", {"text": "Bagian-bagian tabel anggaran", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Dokumen anggaran biasanya berbentuk tabel. Kolom yang paling sering "
                        "muncul adalah:</p>"
                        "<ul>"
                        "<li><b>Kode rekening</b>: nomor untuk mengelompokkan jenis belanja. Anda "
                        "tidak perlu menghafalnya.</li>"
                        "<li><b>Uraian</b>: nama program, kegiatan, atau barang yang dibeli.</li>"
                        "<li><b>Anggaran</b> atau <b>pagu</b>: batas tertinggi uang yang "
                        "disediakan.</li>"
                        "<li><b>Realisasi</b>: uang yang benar-benar sudah dibelanjakan sampai "
                        "tanggal tertentu.</li>"
                        "<li><b>Persentase (%)</b>: realisasi dibagi anggaran, lalu dikali "
                        "100.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh tabel realisasi per 30 September (angka contoh)",
                            "text": "<ul>"
                            "<li>Perbaikan saluran RW 05: anggaran Rp 150.000.000, realisasi "
                            "Rp 148.500.000 (99%).</li>"
                            "<li>Pelatihan kader posyandu: anggaran Rp 20.000.000, realisasi "
                            "Rp 6.000.000 (30%).</li>"
                            "<li>Pengadaan 10 tempat sampah terpilah: anggaran Rp 15.000.000, "
                            "realisasi Rp 0 (0%).</li>"
                            "</ul>"
                            "<p>Semua angka di atas hanya contoh untuk latihan.</p>",
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Cara menghitung dan membaca realisasi",
                            "steps": [
                                {
                                    "title": "Bagi realisasi dengan anggaran",
                                    "text": "Contoh: 6.000.000 dibagi 20.000.000 hasilnya 0,3.",
                                },
                                {
                                    "title": "Kalikan 100",
                                    "text": "0,3 × 100 = 30%. Artinya baru 30% uang pelatihan "
                                    "yang terpakai.",
                                },
                                {
                                    "title": "Lihat tanggal laporan",
                                    "text": "Realisasi 30% pada bulan Maret masih wajar. "
                                    "Realisasi 30% pada akhir September patut ditanyakan.",
                                },
                                {
                                    "title": "Bandingkan dengan keadaan di lapangan",
                                    "text": "Jika tertulis 99% untuk perbaikan saluran, cek "
                                    "apakah salurannya benar-benar sudah diperbaiki dan "
                                    "panjangnya sesuai.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Tanda yang perlu ditanyakan (bukan tuduhan)",
                            "text": "<ul>"
                            "<li>Realisasi 0% padahal tahun anggaran hampir habis.</li>"
                            "<li>Realisasi 100% tetapi pekerjaan di lapangan belum ada atau "
                            "belum selesai.</li>"
                            "<li>Kegiatan yang sama muncul berkali-kali dengan nama berbeda.</li>"
                            "<li>Harga satuan jauh lebih mahal daripada harga pasar.</li>"
                            "</ul>"
                            "<p>Ajukan pertanyaan dengan sopan dan berdasarkan data. Bisa jadi "
                            "ada penjelasan yang wajar, misalnya proses pengadaan yang harus "
                            "diulang.</p>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Realisasi yang rendah tidak selalu buruk. Kadang ada penghematan, "
                        "misalnya harga barang lebih murah dari perkiraan. Yang penting, selisih "
                        "antara anggaran dan realisasi bisa dijelaskan. Uang yang tidak terpakai "
                        "tetap berada di kas daerah dan ikut dihitung sebagai <b>SiLPA</b> (Sisa "
                        "Lebih Pembiayaan Anggaran), yang bisa dipakai lagi pada tahun "
                        "berikutnya.</p>",
                    ),
                ],
                "quiz": [
                    single(
                        "Anggaran sebuah kegiatan Rp 40.000.000 dan realisasinya Rp 30.000.000. Berapa persen realisasinya?",
                        right(
                            "75%",
                            "Benar. 30.000.000 dibagi 40.000.000 hasilnya 0,75. Dikali 100 menjadi 75%.",
                        ),
                        wrong("25%", "25% adalah bagian yang belum terpakai, bukan realisasinya."),
                        wrong(
                            "133%",
                            "Angka ini didapat jika anggaran dibagi realisasi. Yang benar: realisasi dibagi anggaran.",
                        ),
                        wrong("30%", "30 adalah realisasi dalam juta rupiah, bukan persentase."),
                        explanation="Persentase realisasi = realisasi dibagi anggaran, lalu dikali 100.",
                    ),
                    single(
                        "Apa arti “pagu” dalam tabel anggaran?",
                        right(
                            "Batas tertinggi uang yang disediakan untuk suatu kegiatan",
                            "Benar. Pagu adalah batas anggaran.",
                        ),
                        wrong("Uang yang sudah dibelanjakan", "Itu realisasi, bukan pagu."),
                        wrong(
                            "Sisa uang pada akhir tahun",
                            "Sisa uang ikut dihitung sebagai SiLPA, bukan pagu.",
                        ),
                        wrong("Nomor untuk mengelompokkan jenis belanja", "Itu kode rekening."),
                        explanation="Pagu adalah batas anggaran. Uang yang sudah dibelanjakan disebut realisasi.",
                    ),
                    several(
                        "Mana saja yang layak ditanyakan kepada kelurahan? Pilih semua yang benar.",
                        right(
                            "Realisasi 100% tetapi pekerjaan di lapangan belum selesai",
                            "Benar. Angka dan kenyataan tidak cocok.",
                        ),
                        right(
                            "Realisasi 0% padahal sudah bulan November",
                            "Benar. Tahun anggaran hampir habis, tetapi kegiatan belum berjalan.",
                        ),
                        wrong(
                            "Realisasi 20% pada bulan Februari",
                            "Masih wajar. Tahun anggaran baru berjalan dua bulan.",
                        ),
                        wrong(
                            "Realisasi 97% dan pekerjaan selesai sesuai ukuran",
                            "Angka dan kenyataan cocok. Sisa 3% bisa karena penghematan.",
                        ),
                        explanation="Yang perlu ditanyakan adalah angka yang tidak cocok dengan kenyataan, atau realisasi yang sangat rendah di akhir tahun.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Meminta Informasi Anggaran lewat PPID",
                "slug": "meminta-informasi-ppid",
                "introduction": (
                    "Warga berhak mendapat dokumen anggaran. Undang-Undang Keterbukaan Informasi "
                    "Publik memberi jalan resmi untuk memintanya, lengkap dengan batas waktu "
                    "jawaban."
                ),
                "body": [
                    ("heading", {"text": "Hak Anda atas informasi", "size": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
                        "Publik</b> (UU KIP) menjamin hak setiap warga untuk meminta informasi "
                        "dari <b>badan publik</b>, yaitu lembaga yang dibiayai uang negara atau "
                        "daerah. Kelurahan, kecamatan, suku dinas, dan dinas di Pemprov DKI "
                        "termasuk badan publik.</p>"
                        "<p>Setiap badan publik punya <b>PPID</b> (Pejabat Pengelola Informasi "
                        "dan Dokumentasi), yaitu petugas atau unit yang melayani permintaan "
                        "informasi. Anda tidak perlu kenal orang dalam; cukup ikuti "
                        "prosedurnya.</p>"
                        "<p>Informasi anggaran pada umumnya terbuka, misalnya ringkasan APBD, "
                        "rincian kegiatan kelurahan, dan laporan realisasi. Yang boleh ditolak "
                        "hanya informasi yang dikecualikan undang-undang, misalnya data pribadi "
                        "seseorang. Penolakan harus tertulis dan menyebut alasannya.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Cara meminta informasi",
                            "steps": [
                                {
                                    "title": "Cek dulu yang sudah terbuka",
                                    "text": "Banyak dokumen sudah diumumkan di situs resmi "
                                    "Pemprov DKI atau papan pengumuman kelurahan. Jika sudah "
                                    "ada, Anda tidak perlu mengajukan permohonan.",
                                },
                                {
                                    "title": "Isi formulir permohonan",
                                    "text": "Datang ke kantor kelurahan atau gunakan layanan PPID "
                                    "daring. Siapkan KTP, tulis informasi yang diminta sejelas "
                                    "mungkin, dan tujuan penggunaannya.",
                                },
                                {
                                    "title": "Simpan bukti permohonan",
                                    "text": "Minta tanda terima dengan nomor pendaftaran dan "
                                    "tanggal. Tanggal ini menjadi awal hitungan batas waktu.",
                                },
                                {
                                    "title": "Tunggu jawaban",
                                    "text": "Badan publik wajib menjawab paling lambat 10 hari "
                                    "kerja. Waktu ini boleh diperpanjang paling lama 7 hari kerja "
                                    "dengan pemberitahuan tertulis.",
                                },
                                {
                                    "title": "Ajukan keberatan jika perlu",
                                    "text": "Jika permohonan ditolak tanpa alasan yang sah atau "
                                    "tidak dijawab, ajukan keberatan tertulis kepada atasan PPID "
                                    "paling lambat 30 hari kerja. Atasan PPID wajib menanggapi "
                                    "paling lambat 30 hari kerja.",
                                },
                                {
                                    "title": "Bawa ke Komisi Informasi",
                                    "text": "Jika tanggapan atas keberatan tetap tidak memuaskan, "
                                    "ajukan penyelesaian sengketa ke Komisi Informasi Provinsi "
                                    "DKI Jakarta paling lambat 14 hari kerja setelah menerima "
                                    "tanggapan itu.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh kalimat permohonan",
                            "text": "<p><i>“Saya meminta salinan rincian anggaran dan laporan "
                            "realisasi kegiatan pemberdayaan masyarakat dan perbaikan sarana "
                            "lingkungan Kelurahan Tanjung Barat untuk tahun anggaran lalu. "
                            "Informasi ini untuk bahan diskusi warga dalam rembuk RW.”</i></p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Soal biaya",
                            "text": "<p>Permohonan informasi tidak dipungut biaya. Anda paling "
                            "banyak diminta mengganti biaya fotokopi atau cetak. Mintalah "
                            "salinan digital agar lebih murah dan mudah dibagikan kepada "
                            "warga.</p>",
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Tanpa perpanjangan, paling lama berapa hari badan publik harus menjawab permohonan informasi?",
                        right(
                            "10 hari kerja",
                            "Benar. Batas ini bisa diperpanjang paling lama 7 hari kerja dengan pemberitahuan tertulis.",
                        ),
                        wrong("3 hari kerja", "Terlalu singkat. Batasnya 10 hari kerja."),
                        wrong(
                            "30 hari kerja",
                            "30 hari kerja adalah batas untuk mengajukan keberatan, bukan batas jawaban.",
                        ),
                        wrong(
                            "14 hari kerja",
                            "14 hari kerja adalah batas membawa sengketa ke Komisi Informasi, bukan batas jawaban.",
                        ),
                        explanation="Badan publik wajib menjawab paling lambat 10 hari kerja, dan boleh memperpanjang paling lama 7 hari kerja dengan pemberitahuan tertulis.",
                    ),
                    several(
                        "Mana saja langkah yang benar saat meminta informasi lewat PPID? Pilih semua yang benar.",
                        right(
                            "Menulis informasi yang diminta sejelas mungkin",
                            "Benar. Permohonan yang jelas lebih cepat dilayani.",
                        ),
                        right(
                            "Menyimpan tanda terima permohonan",
                            "Benar. Tanggal pada tanda terima menjadi awal hitungan batas waktu.",
                        ),
                        right(
                            "Menyebutkan tujuan penggunaan informasi",
                            "Benar. Formulir permohonan menanyakan tujuannya.",
                        ),
                        wrong(
                            "Memberi uang agar cepat diproses",
                            "Jangan. Layanan informasi tidak dipungut biaya, dan memberi uang pelicin melanggar hukum.",
                        ),
                        explanation="Permohonan yang jelas dan terdokumentasi lebih cepat dilayani. Anda paling banyak mengganti biaya fotokopi atau cetak.",
                    ),
                    scenario(
                        "Sudah 12 hari kerja sejak Anda menyerahkan permohonan informasi ke PPID kelurahan. Belum ada jawaban dan tidak ada pemberitahuan perpanjangan.",
                        "Apa langkah resmi berikutnya?",
                        right(
                            "Ajukan keberatan tertulis kepada atasan PPID",
                            "Benar. Batas 10 hari kerja sudah lewat. Keberatan adalah tahap resmi berikutnya.",
                        ),
                        wrong(
                            "Langsung bawa ke Komisi Informasi",
                            "Belum. Sengketa dibawa ke Komisi Informasi setelah keberatan kepada atasan PPID ditanggapi dan hasilnya tidak memuaskan.",
                        ),
                        wrong(
                            "Ajukan permohonan baru yang sama",
                            "Permohonan baru memulai hitungan dari awal. Keberatan lebih tepat.",
                        ),
                        wrong(
                            "Anggap saja informasinya rahasia",
                            "Informasi anggaran pada umumnya terbuka. Penolakan pun harus tertulis dan menyebut alasannya.",
                        ),
                        explanation="Jika permohonan tidak dijawab, ajukan keberatan tertulis kepada atasan PPID paling lambat 30 hari kerja.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Kuis Akhir: Pengelolaan Anggaran",
                "slug": "kuis-akhir-anggaran",
                "introduction": "Uji pemahaman Anda tentang seluruh modul: APBD, musrenbang, usulan kegiatan, tabel realisasi, dan permintaan informasi lewat PPID.",
                "body": final_quiz_body(
                    [
                        "dari mana anggaran kelurahan berasal;",
                        "tahapan dari rembuk RW sampai APBD;",
                        "isi usulan kegiatan yang kuat;",
                        "cara membaca realisasi anggaran;",
                        "cara meminta informasi lewat PPID.",
                    ]
                ),
                "quiz": [
                    scenario(
                        "Tabel realisasi per 30 September menunjukkan pengadaan 10 tempat sampah terpilah: anggaran Rp 15.000.000, realisasi Rp 0.",
                        "Apa sikap yang paling tepat?",
                        right(
                            "Tanyakan dengan sopan kepada kelurahan apa kendalanya, dengan membawa tabelnya",
                            "Benar. Realisasi 0% menjelang akhir tahun patut ditanyakan. Bisa jadi ada alasan wajar, misalnya pengadaan harus diulang.",
                        ),
                        wrong(
                            "Tulis di grup WhatsApp bahwa uangnya pasti dikorupsi",
                            "Ini tanda yang perlu ditanyakan, bukan bukti kesalahan. Tanyakan dulu dengan data.",
                        ),
                        wrong(
                            "Diamkan saja, realisasi rendah berarti hemat",
                            "Realisasi rendah bisa berarti hemat, tetapi 0% pada akhir September berarti kegiatan belum berjalan.",
                        ),
                        wrong(
                            "Usulkan kegiatan yang sama lagi di musrenbang",
                            "Kegiatan ini sudah dianggarkan. Cari tahu dulu mengapa belum berjalan.",
                        ),
                        explanation="Realisasi 0% saat tahun anggaran hampir habis adalah tanda yang perlu ditanyakan, dengan sopan dan berdasarkan data.",
                    ),
                    scenario(
                        "Laporan menyebut perbaikan saluran RW 05 sudah terealisasi 99%. Saat Anda cek, baru separuh panjang saluran yang diperbaiki.",
                        "Apa langkah yang paling tepat?",
                        right(
                            "Foto dan catat keadaan di lapangan, lalu tanyakan kepada kelurahan dengan sopan",
                            "Benar. Angka di tabel harus cocok dengan keadaan di lapangan. Bawa bukti saat bertanya.",
                        ),
                        wrong(
                            "Anggap beres karena angkanya sudah hampir 100%",
                            "Angka tinggi belum tentu berarti pekerjaan selesai. Ketidakcocokan ini perlu ditanyakan.",
                        ),
                        wrong(
                            "Ajak warga berhenti membayar pajak",
                            "Ini tidak menyelesaikan masalah dan melanggar kewajiban warga. Gunakan jalur bertanya dan melapor.",
                        ),
                        wrong(
                            "Tunggu laporan tahun depan",
                            "Pekerjaan yang belum selesai lebih mudah diperbaiki jika ditanyakan sekarang.",
                        ),
                        explanation="Bandingkan angka realisasi dengan keadaan di lapangan. Jika tidak cocok, tanyakan dengan sopan dan berdasarkan data.",
                    ),
                    scenario(
                        "Bulan Juni Anda ingin mengusulkan lampu penerangan untuk gang Anda. Ternyata musrenbang kecamatan sudah lewat.",
                        "Apa yang paling masuk akal?",
                        right(
                            "Siapkan usulan yang lengkap untuk rembuk RW berikutnya",
                            "Benar. Untuk siklus tahun ini sudah terlambat. Usulan paling kuat jika masuk sejak rembuk RW.",
                        ),
                        wrong(
                            "Minta lurah memasukkan usulan ke APBD tahun ini",
                            "Lurah tidak menetapkan APBD, dan APBD tahun berjalan sudah ditetapkan.",
                        ),
                        wrong(
                            "Ajukan langsung di musrenbang provinsi",
                            "Musrenbang provinsi membahas usulan dari tingkat bawah. Usulan baru tidak masuk lewat sana.",
                        ),
                        wrong(
                            "Lupakan saja, usulan warga tidak pernah didengar",
                            "Usulan yang jelas dan tepat waktu punya peluang. Siapkan untuk siklus berikutnya.",
                        ),
                        explanation="Usulan yang baru muncul setelah musrenbang kecamatan biasanya sudah terlambat untuk tahun anggaran berikutnya.",
                    ),
                    scenario(
                        "Anda ingin tahu rincian anggaran kegiatan pemberdayaan kelurahan tahun lalu. Dokumennya tidak ada di papan pengumuman maupun di situs resmi.",
                        "Bagaimana cara resmi untuk mendapatkan dokumen itu?",
                        right(
                            "Ajukan permohonan informasi ke PPID dengan KTP, lalu simpan tanda terimanya",
                            "Benar. Ini jalur resmi, ada batas waktu jawaban, dan tidak dipungut biaya.",
                        ),
                        wrong(
                            "Minta kenalan di kelurahan mengambilkan dokumennya diam-diam",
                            "Tidak perlu orang dalam. Jalur PPID resmi dan melindungi Anda maupun petugas.",
                        ),
                        wrong(
                            "Langsung melapor ke Ombudsman bahwa informasi ditutup",
                            "Belum ada permohonan, jadi belum ada penolakan. Ajukan dulu ke PPID.",
                        ),
                        wrong(
                            "Bayar biaya permohonan agar cepat diproses",
                            "Permohonan informasi tidak dipungut biaya. Paling banyak Anda mengganti biaya fotokopi.",
                        ),
                        explanation="Setiap badan publik punya PPID yang melayani permintaan informasi. Simpan tanda terima sebagai awal hitungan batas waktu.",
                    ),
                    scenario(
                        "Permohonan informasi Anda ditolak. Surat penolakan hanya berbunyi: “Dokumen tidak dapat diberikan.”",
                        "Apa yang benar?",
                        right(
                            "Penolakan harus menyebut alasannya, jadi ajukan keberatan tertulis kepada atasan PPID",
                            "Benar. Hanya informasi yang dikecualikan undang-undang yang boleh ditolak, dan penolakan harus menyebut alasannya.",
                        ),
                        wrong(
                            "Terima saja, kelurahan berhak menolak tanpa alasan",
                            "Tidak. Penolakan harus tertulis dan menyebut alasan yang sah.",
                        ),
                        wrong(
                            "Sebarkan surat itu di media sosial sebagai bukti korupsi",
                            "Penolakan bukan bukti korupsi. Gunakan jalur keberatan.",
                        ),
                        wrong(
                            "Langsung gugat ke pengadilan",
                            "Ada tahapannya: keberatan kepada atasan PPID, lalu Komisi Informasi.",
                        ),
                        explanation="Urutan jika permohonan ditolak tanpa alasan sah: keberatan kepada atasan PPID, lalu sengketa ke Komisi Informasi Provinsi DKI Jakarta.",
                    ),
                    scenario(
                        "Di rembuk RW, warga sepakat mengusulkan “perbaikan lingkungan RW 05”. Anda diminta merapikan usulan itu sebelum dikirim.",
                        "Apa perbaikan yang paling penting?",
                        right(
                            "Tambahkan masalah, lokasi, volume, penerima manfaat, dan bukti",
                            "Benar. Dengan data ini panitia bisa menilai usulan.",
                        ),
                        wrong(
                            "Tambahkan kata “mendesak” di judulnya",
                            "Kata desakan tidak membantu penilaian. Yang dibutuhkan adalah data.",
                        ),
                        wrong(
                            "Kumpulkan tanda tangan lebih banyak tanpa mengubah isinya",
                            "Dukungan penting, tetapi usulan yang kabur tetap sulit dinilai.",
                        ),
                        wrong(
                            "Biarkan saja, petugas kelurahan akan melengkapinya",
                            "Petugas menghitung ulang biaya, tetapi masalah dan lokasinya hanya warga yang tahu persis.",
                        ),
                        explanation="Usulan yang lolos biasanya bukan yang paling keras disuarakan, tetapi yang paling jelas.",
                    ),
                    single(
                        "Anggaran pelatihan kader posyandu Rp 20.000.000 dan realisasinya Rp 6.000.000. Berapa persen realisasinya?",
                        right(
                            "30%",
                            "Benar. 6.000.000 dibagi 20.000.000 hasilnya 0,3. Dikali 100 menjadi 30%.",
                        ),
                        wrong("70%", "70% adalah bagian yang belum terpakai, bukan realisasinya."),
                        wrong(
                            "14%",
                            "14 adalah selisih dalam juta rupiah (20 − 6), bukan persentase.",
                        ),
                        wrong(
                            "60%", "Periksa lagi: 6.000.000 dibagi 20.000.000, lalu dikali 100."
                        ),
                        explanation="Persentase realisasi = realisasi dibagi anggaran, lalu dikali 100.",
                    ),
                    single(
                        "Siapa yang menetapkan APBD DKI Jakarta?",
                        right(
                            "Gubernur bersama DPRD DKI Jakarta, dengan Perda",
                            "Benar. APBD dibahas bersama DPRD lalu ditetapkan dengan Peraturan Daerah.",
                        ),
                        wrong(
                            "Lurah bersama LMK",
                            "Lurah dan LMK ikut musrenbang, tetapi tidak menetapkan APBD.",
                        ),
                        wrong(
                            "Wali Kota Jakarta Selatan",
                            "Kota administrasi tidak punya APBD sendiri.",
                        ),
                        wrong(
                            "Peserta musrenbang provinsi",
                            "Musrenbang menghasilkan bahan RKPD, bukan APBD yang sah.",
                        ),
                        explanation="APBD ditetapkan dengan Perda setelah dibahas Pemprov bersama DPRD DKI Jakarta.",
                    ),
                    single(
                        "Apa itu SiLPA?",
                        right(
                            "Sisa uang anggaran yang tidak terpakai dan bisa dipakai lagi tahun berikutnya",
                            "Benar. SiLPA adalah Sisa Lebih Pembiayaan Anggaran, dan tetap berada di kas daerah.",
                        ),
                        wrong(
                            "Uang yang hilang karena dikorupsi",
                            "Bukan. SiLPA adalah sisa yang tercatat di kas daerah.",
                        ),
                        wrong(
                            "Denda karena anggaran tidak habis",
                            "Tidak ada denda. Sisa anggaran tetap menjadi uang daerah.",
                        ),
                        wrong(
                            "Pajak tambahan untuk menutup kekurangan anggaran",
                            "Bukan. SiLPA adalah kelebihan, bukan kekurangan.",
                        ),
                        explanation="Uang yang tidak terpakai tetap di kas daerah dan dihitung sebagai SiLPA.",
                    ),
                    several(
                        "Mana saja tanda dalam tabel anggaran yang perlu ditanyakan? Pilih semua yang benar.",
                        right(
                            "Kegiatan yang sama muncul berkali-kali dengan nama berbeda",
                            "Benar. Ini tanda yang perlu ditanyakan, walaupun belum tentu salah.",
                        ),
                        right(
                            "Harga satuan jauh lebih mahal daripada harga pasar",
                            "Benar. Tanyakan bagaimana harga itu dihitung.",
                        ),
                        wrong(
                            "Realisasi 30% pada bulan Maret",
                            "Masih wajar. Tahun anggaran baru berjalan tiga bulan.",
                        ),
                        wrong(
                            "Realisasi 95% dan pekerjaan selesai sesuai ukuran",
                            "Angka dan kenyataan cocok. Sisanya bisa karena penghematan.",
                        ),
                        explanation="Tanda yang perlu ditanyakan bukan tuduhan. Bisa jadi ada penjelasan yang wajar.",
                    ),
                    several(
                        "Tentang siklus anggaran, pernyataan mana saja yang benar? Pilih semua yang benar.",
                        right(
                            "Usulan musrenbang tahun ini dibiayai pada tahun berikutnya",
                            "Benar. Usulan harus masuk APBD tahun berikutnya dulu.",
                        ),
                        right(
                            "Hasil musrenbang menjadi bahan RKPD",
                            "Benar. RKPD adalah rencana tahunan yang menjadi dasar APBD.",
                        ),
                        wrong(
                            "APBD DKI ditetapkan oleh lurah",
                            "Tidak. APBD ditetapkan dengan Perda oleh gubernur bersama DPRD.",
                        ),
                        wrong(
                            "LMK adalah lembaga di tingkat kota",
                            "LMK ada di tingkat kelurahan. Yang di tingkat kota adalah Dewan Kota.",
                        ),
                        explanation="Rembuk RW dan musrenbang menghasilkan bahan RKPD. RKPD menjadi dasar APBD tahun berikutnya.",
                    ),
                    single(
                        "Apa peran LMK (Lembaga Musyawarah Kelurahan)?",
                        right(
                            "Menampung aspirasi warga tiap RW dan memberi masukan kepada lurah",
                            "Benar. Anggota LMK adalah wakil dari tiap RW.",
                        ),
                        wrong(
                            "Menetapkan anggaran kelurahan",
                            "Tidak. Anggaran kelurahan ada di APBD, yang ditetapkan gubernur bersama DPRD.",
                        ),
                        wrong(
                            "Memberi masukan kepada wali kota",
                            "Itu peran Dewan Kota di tingkat kota administrasi.",
                        ),
                        wrong(
                            "Mengerjakan perbaikan saluran dan jalan lingkungan",
                            "Pekerjaan itu dilakukan petugas atau penyedia jasa, bukan LMK.",
                        ),
                        explanation="LMK adalah wadah warga di tingkat kelurahan yang memberi masukan kepada lurah, termasuk dalam musrenbang.",
                    ),
                    single(
                        "Undang-undang mana yang menjamin hak warga meminta informasi anggaran dari kelurahan?",
                        right(
                            "UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                            "Benar. UU KIP mengatur hak meminta informasi, PPID, dan batas waktu jawaban.",
                        ),
                        wrong(
                            "UU Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                            "UU ini mengatur standar pelayanan publik, bukan permintaan informasi.",
                        ),
                        wrong(
                            "UU Nomor 37 Tahun 2008 tentang Ombudsman RI",
                            "UU ini mengatur Ombudsman, lembaga pengawas pelayanan publik.",
                        ),
                        wrong(
                            "UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                            "UU ini mengatur pemerintahan daerah, bukan hak atas informasi.",
                        ),
                        explanation="UU 14/2008 tentang Keterbukaan Informasi Publik menjamin hak warga meminta informasi dari badan publik.",
                    ),
                    single(
                        "Mengapa Kelurahan Tanjung Barat tidak punya APBD sendiri?",
                        right(
                            "Karena di Jakarta hanya provinsi yang punya APBD; kelurahan dibiayai dari APBD DKI",
                            "Benar. Jakarta Selatan pun kota administrasi tanpa APBD sendiri.",
                        ),
                        wrong(
                            "Karena kelurahan dibiayai Dana Desa",
                            "Di Jakarta tidak ada desa, jadi tidak ada Dana Desa.",
                        ),
                        wrong(
                            "Karena kelurahan belum mengajukannya ke DPRD",
                            "Kelurahan adalah bagian dari pemerintah daerah, bukan daerah sendiri, jadi memang tidak punya APBD.",
                        ),
                        wrong(
                            "Karena kelurahan dibiayai sepenuhnya oleh iuran warga",
                            "Kelurahan dibiayai dari APBD DKI, bukan iuran warga.",
                        ),
                        explanation="Kelurahan, kecamatan, dan kota administrasi di Jakarta semuanya dibiayai dari APBD DKI.",
                    ),
                ],
                "pass_mark": 70,
                "questions_per_attempt": FINAL_QUESTIONS_PER_ATTEMPT,
            },
        ],
    },
    # ------------------------------------------------------------------
    # Modul 2: Manajemen Proyek
    # ------------------------------------------------------------------
    {
        "topic": "proyek",
        "title": "Manajemen Proyek",
        "slug": "manajemen-proyek",
        "summary": (
            "Belajar mengelola proyek warga seperti kerja bakti, renovasi posyandu, atau bank "
            "sampah: dari menentukan tujuan, menyusun jadwal dan anggaran, sampai melaporkan "
            "hasil kepada warga."
        ),
        "objectives": [
            "Merumuskan tujuan proyek yang jelas dan bisa diukur.",
            "Memecah pekerjaan menjadi tugas kecil dan menyusun jadwal sederhana.",
            "Menyusun rencana anggaran biaya dan membagi peran dengan jelas.",
            "Memantau jalannya proyek dan mengatasi masalah sejak dini.",
            "Melaporkan hasil dan penggunaan uang secara terbuka kepada warga.",
        ],
        "estimated_minutes": 100,
        "level": "beginner",
        "lessons": [
            {
                "title": "Dari Masalah ke Tujuan Proyek",
                "slug": "dari-masalah-ke-tujuan",
                "introduction": (
                    "Proyek warga yang berhasil selalu dimulai dari masalah yang jelas dan tujuan "
                    "yang disepakati bersama. Pelajaran ini membantu Anda merumuskannya."
                ),
                "body": [
                    ("heading", {"text": "Apa itu proyek?", "size": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Proyek</b> adalah pekerjaan yang punya awal dan akhir, punya "
                        "tujuan tertentu, dan memakai sumber daya yang terbatas: waktu, tenaga, "
                        "dan uang. Kerja bakti membersihkan saluran, renovasi ruang posyandu, "
                        "atau mendirikan bank sampah di RW adalah proyek. Kegiatan rutin seperti "
                        "jadwal ronda bukan proyek, karena berjalan terus tanpa titik akhir.</p>"
                        "<p>Banyak proyek warga gagal bukan karena kurang semangat, tetapi karena "
                        "tujuannya kabur. Semua orang setuju “lingkungan harus bersih”, tetapi "
                        "tidak ada yang tahu kapan pekerjaan dianggap selesai.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Cara merumuskan tujuan",
                            "steps": [
                                {
                                    "title": "Tulis masalahnya dalam satu kalimat",
                                    "text": "Contoh: sampah plastik menumpuk di saluran RW 05 "
                                    "setiap minggu.",
                                },
                                {
                                    "title": "Cari penyebab utamanya",
                                    "text": "Tanyakan “mengapa” beberapa kali. Contoh: warga "
                                    "tidak punya tempat menyetor sampah plastik, dan sampah "
                                    "tidak dipilah di rumah.",
                                },
                                {
                                    "title": "Bayangkan keadaan yang diinginkan",
                                    "text": "Contoh: sampah plastik dari rumah warga terkumpul "
                                    "dan dijual, tidak lagi dibuang ke saluran.",
                                },
                                {
                                    "title": "Ubah menjadi tujuan yang bisa diukur",
                                    "text": "Tambahkan angka, tempat, dan batas waktu.",
                                },
                                {
                                    "title": "Sepakati bersama",
                                    "text": "Bawa rumusan tujuan ke rapat RT/RW. Tujuan yang "
                                    "disepakati lebih mudah mendapat dukungan tenaga dan dana.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Lima ciri tujuan yang baik",
                            "text": "<ul>"
                            "<li><b>Jelas</b>: semua orang memahaminya dengan cara yang sama.</li>"
                            "<li><b>Terukur</b>: ada angka untuk menilai berhasil atau tidak.</li>"
                            "<li><b>Masuk akal</b>: bisa dicapai dengan tenaga dan dana yang "
                            "ada.</li>"
                            "<li><b>Berguna</b>: menjawab masalah warga.</li>"
                            "<li><b>Ada batas waktu</b>: jelas kapan harus selesai.</li>"
                            "</ul>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh: bank sampah RW 05",
                            "text": "<p><b>Tujuan kabur:</b> “Membuat lingkungan bebas "
                            "sampah.”</p>"
                            "<p><b>Tujuan jelas:</b> “Dalam 3 bulan, bank sampah RW 05 buka "
                            "setiap Sabtu pagi dan punya minimal 60 keluarga nasabah yang "
                            "menyetor sampah plastik dan kertas.”</p>",
                        },
                    ),
                    (
                        "key_terms",
                        {
                            "title": "Istilah penting",
                            "terms": [
                                {
                                    "term": "Hasil (keluaran)",
                                    "definition": "Barang atau layanan yang langsung dihasilkan "
                                    "proyek, misalnya ruang posyandu yang sudah direnovasi.",
                                },
                                {
                                    "term": "Manfaat",
                                    "definition": "Perubahan yang dirasakan warga berkat hasil "
                                    "itu, misalnya ibu dan balita lebih nyaman saat penimbangan.",
                                },
                                {
                                    "term": "Bank sampah",
                                    "definition": "Tempat warga menyetor sampah yang bisa didaur "
                                    "ulang. Sampah ditimbang dan dicatat sebagai tabungan, lalu "
                                    "dijual ke pengepul.",
                                },
                                {
                                    "term": "Posyandu",
                                    "definition": "Pos Pelayanan Terpadu: kegiatan kesehatan "
                                    "dasar untuk ibu dan balita yang dijalankan kader warga "
                                    "bersama puskesmas.",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Mana yang termasuk proyek?",
                        right(
                            "Renovasi ruang posyandu selama dua minggu",
                            "Benar. Ada awal dan akhir, tujuan tertentu, dan sumber daya yang terbatas.",
                        ),
                        wrong(
                            "Jadwal ronda malam setiap minggu",
                            "Ronda adalah kegiatan rutin yang berjalan terus tanpa titik akhir, jadi bukan proyek.",
                        ),
                        wrong(
                            "Penimbangan balita di posyandu setiap bulan",
                            "Ini kegiatan rutin, bukan proyek. Tidak ada titik akhirnya.",
                        ),
                        wrong(
                            "Iuran kebersihan bulanan warga",
                            "Ini kegiatan rutin. Proyek punya awal, akhir, dan tujuan tertentu.",
                        ),
                        explanation="Proyek punya awal dan akhir, tujuan tertentu, dan memakai waktu, tenaga, dan uang yang terbatas.",
                    ),
                    single(
                        "Mana tujuan proyek yang paling jelas?",
                        right(
                            "Dalam 3 bulan, bank sampah RW 05 punya minimal 60 keluarga nasabah",
                            "Benar. Ada angka, tempat, dan batas waktu.",
                        ),
                        wrong(
                            "Membuat lingkungan RW 05 bersih",
                            "Semua orang setuju, tetapi tidak ada yang tahu kapan pekerjaan dianggap selesai.",
                        ),
                        wrong(
                            "Meningkatkan kesadaran warga tentang sampah",
                            "Kesadaran sulit diukur, dan tidak ada batas waktunya.",
                        ),
                        wrong(
                            "Mendirikan bank sampah yang sukses",
                            "Kata “sukses” tidak punya ukuran yang sama bagi semua orang.",
                        ),
                        explanation="Tujuan yang jelas punya angka, tempat, dan batas waktu, sehingga semua orang tahu kapan proyek berhasil.",
                    ),
                    several(
                        "Mana saja ciri tujuan yang baik? Pilih semua yang benar.",
                        right("Terukur: ada angka untuk menilai berhasil atau tidak", "Benar."),
                        right("Ada batas waktu: jelas kapan harus selesai", "Benar."),
                        right(
                            "Masuk akal: bisa dicapai dengan tenaga dan dana yang ada", "Benar."
                        ),
                        wrong(
                            "Disusun ketua sendiri agar cepat",
                            "Tujuan perlu disepakati bersama di rapat RT/RW agar mendapat dukungan tenaga dan dana.",
                        ),
                        explanation="Tujuan yang baik itu jelas, terukur, masuk akal, berguna, dan ada batas waktunya, lalu disepakati bersama.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Membagi Pekerjaan dan Menyusun Jadwal",
                "slug": "membagi-pekerjaan-dan-jadwal",
                "introduction": (
                    "Pekerjaan besar terasa ringan jika dipecah menjadi tugas kecil yang jelas "
                    "siapa mengerjakannya dan kapan. Kita belajar membuat daftar tugas dan jadwal "
                    "sederhana."
                ),
                "body": [
                    ("heading", {"text": "Pecah pekerjaan menjadi tugas kecil", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Mulailah dari hasil akhir, lalu berpikir mundur. Tanyakan: “Apa saja "
                        "yang harus terjadi supaya hasil ini tercapai?” Tulis semua jawabannya, "
                        "lalu pecah lagi sampai setiap tugas bisa dikerjakan satu orang atau satu "
                        "tim kecil dalam beberapa hari.</p>"
                        "<p>Setiap tugas minimal punya tiga keterangan: <b>apa</b> yang "
                        "dikerjakan, <b>siapa</b> penanggung jawabnya, dan <b>kapan</b> harus "
                        "selesai. Tugas tanpa nama penanggung jawab biasanya tidak "
                        "dikerjakan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh daftar tugas kerja bakti saluran (ilustrasi)",
                            "text": "<ul>"
                            "<li>Minggu ke-1: survei saluran dan catat titik yang tersumbat "
                            "(Ketua RT 03).</li>"
                            "<li>Minggu ke-1: minta bantuan alat dan petugas PPSU ke kelurahan "
                            "(Sekretaris RW).</li>"
                            "<li>Minggu ke-2: umumkan lewat grup WhatsApp dan pengeras suara "
                            "musala (Karang Taruna).</li>"
                            "<li>Minggu ke-2: siapkan konsumsi untuk 40 orang (PKK RT 03).</li>"
                            "<li>Minggu ke-3, Minggu pagi: pelaksanaan kerja bakti (semua "
                            "warga).</li>"
                            "<li>Minggu ke-3: atur pengangkutan lumpur dan sampah bersama "
                            "petugas kebersihan (Ketua RW).</li>"
                            "</ul>",
                        },
                    ),
                    ("heading", {"text": "Menyusun jadwal", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Setelah tugas terkumpul, susun urutannya. Ada tugas yang harus "
                        "menunggu tugas lain selesai. Misalnya, pengecatan ruang posyandu baru "
                        "bisa dimulai setelah atap yang bocor diperbaiki. Tugas seperti ini "
                        "disebut <b>tugas yang saling bergantung</b>. Beri tanda khusus, karena "
                        "keterlambatan satu tugas akan menggeser semua tugas sesudahnya.</p>"
                        "<p>Jadwal tidak perlu rumit. Selembar kertas berisi tabel minggu dan "
                        "tugas yang ditempel di pos RW atau dibagikan di grup warga sudah "
                        "cukup.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Langkah membuat jadwal sederhana",
                            "steps": [
                                {
                                    "title": "Tulis semua tugas",
                                    "text": "Gunakan kertas tempel atau buku catatan agar mudah "
                                    "dipindah-pindah.",
                                },
                                {
                                    "title": "Urutkan tugas",
                                    "text": "Tentukan mana yang harus lebih dulu dan mana yang "
                                    "bisa dikerjakan bersamaan.",
                                },
                                {
                                    "title": "Perkirakan lama setiap tugas",
                                    "text": "Tanyakan kepada orang yang berpengalaman, lalu "
                                    "tambahkan waktu cadangan.",
                                },
                                {
                                    "title": "Tentukan tanggal penting",
                                    "text": "Misalnya tanggal rapat, tanggal belanja bahan, dan "
                                    "hari pelaksanaan.",
                                },
                                {
                                    "title": "Bagikan dan perbarui",
                                    "text": "Umumkan jadwal kepada semua yang terlibat dan "
                                    "perbarui jika ada perubahan.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Perhatikan kalender warga",
                            "text": "<p>Sesuaikan jadwal dengan bulan puasa, hari raya, dan musim "
                            "hujan untuk pekerjaan fisik. Perhatikan juga jam kerja warga: kerja "
                            "bakti biasanya paling ramai pada Minggu pagi.</p>",
                        },
                    ),
                    (
                        "key_terms",
                        {
                            "title": "",
                            "terms": [
                                {
                                    "term": "PPSU",
                                    "definition": "Penanganan Prasarana dan Sarana Umum: petugas "
                                    "kelurahan di Jakarta yang dikenal sebagai pasukan oranye. "
                                    "Mereka membantu membersihkan dan merawat lingkungan.",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Pengecatan baru bisa dimulai setelah atap diperbaiki. Tugas seperti ini disebut apa?",
                        right(
                            "Tugas yang saling bergantung",
                            "Benar. Keterlambatan satu tugas akan menggeser tugas sesudahnya.",
                        ),
                        wrong(
                            "Tugas rutin",
                            "Tugas rutin berulang terus. Di sini satu tugas menunggu tugas lain selesai.",
                        ),
                        wrong(
                            "Tugas cadangan",
                            "Bukan. Yang dimaksud adalah tugas yang harus menunggu tugas lain.",
                        ),
                        wrong(
                            "Tugas bersamaan",
                            "Tugas bersamaan bisa dikerjakan pada waktu yang sama. Pengecatan harus menunggu atap.",
                        ),
                        explanation="Tugas yang saling bergantung perlu diberi tanda khusus di jadwal.",
                    ),
                    several(
                        "Keterangan apa saja yang minimal harus ada pada setiap tugas? Pilih semua yang benar.",
                        right("Apa yang dikerjakan", "Benar."),
                        right(
                            "Siapa penanggung jawabnya",
                            "Benar. Tugas tanpa nama penanggung jawab biasanya tidak dikerjakan.",
                        ),
                        right("Kapan harus selesai", "Benar."),
                        wrong(
                            "Berapa biaya rapat untuk membahasnya",
                            "Biaya masuk RAB. Keterangan minimal setiap tugas adalah apa, siapa, dan kapan.",
                        ),
                        explanation="Setiap tugas minimal punya tiga keterangan: apa, siapa, dan kapan.",
                    ),
                    scenario(
                        "Anda merencanakan kerja bakti membersihkan saluran. Bulan depan bulan puasa, dan musim hujan baru mulai.",
                        "Kapan kerja bakti sebaiknya dijadwalkan?",
                        right(
                            "Minggu pagi sebelum bulan puasa, dengan tanggal cadangan jika hujan",
                            "Benar. Minggu pagi paling ramai, dan tanggal cadangan menjaga rencana saat hujan.",
                        ),
                        wrong(
                            "Rabu siang, karena jalan lebih sepi",
                            "Pada hari kerja banyak warga bekerja. Kerja bakti paling ramai pada Minggu pagi.",
                        ),
                        wrong(
                            "Siang hari di tengah bulan puasa, karena warga ada di rumah",
                            "Pekerjaan fisik di siang hari saat puasa berat bagi warga. Sesuaikan dengan kalender warga.",
                        ),
                        wrong(
                            "Tanggal yang dipilih ketua saja, tanpa cadangan",
                            "Musim hujan bisa menggagalkan rencana. Siapkan tanggal cadangan dan umumkan.",
                        ),
                        explanation="Sesuaikan jadwal dengan bulan puasa, hari raya, musim hujan, dan jam kerja warga.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Anggaran Sederhana dan Pembagian Peran",
                "slug": "anggaran-dan-peran",
                "introduction": (
                    "Uang dan tanggung jawab adalah dua hal yang paling sering memicu "
                    "perselisihan dalam proyek warga. Rencanakan keduanya sejak awal secara "
                    "tertulis."
                ),
                "body": [
                    ("heading", {"text": "Menyusun RAB", "size": "h2"}),
                    (
                        "paragraph",
                        "<p><b>RAB</b> (Rencana Anggaran Biaya) adalah daftar semua kebutuhan "
                        "proyek beserta harganya. Setiap baris berisi nama barang atau jasa, "
                        "jumlah, satuan, harga satuan, dan total. Cari harga dari minimal dua "
                        "toko atau tukang agar perkiraannya wajar. Tambahkan <b>dana "
                        "cadangan</b> sekitar 10 persen untuk kebutuhan tak terduga.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh RAB renovasi ruang posyandu (angka contoh)",
                            "text": "<ul>"
                            "<li>Cat tembok: 5 galon × Rp 250.000 = Rp 1.250.000</li>"
                            "<li>Genteng pengganti: 20 buah × Rp 60.000 = Rp 1.200.000</li>"
                            "<li>Upah tukang: 2 orang × 4 hari × Rp 150.000 = Rp 1.200.000</li>"
                            "<li>Konsumsi relawan: Rp 600.000</li>"
                            "<li>Cadangan 10%: Rp 425.000</li>"
                            "</ul>"
                            "<p><b>Total: Rp 4.675.000</b></p>",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Sumber dana proyek warga bisa beragam: iuran atau <b>swadaya</b> "
                        "warga (sumbangan dari warga sendiri), kas RW, sumbangan pelaku usaha "
                        "sekitar, atau kegiatan yang didukung kelurahan lewat jalur resmi. Setiap "
                        "sumber punya aturan pelaporan sendiri. Dana dari pemerintah, misalnya, "
                        "harus dipakai sesuai rincian yang disetujui dan dipertanggungjawabkan "
                        "dengan bukti.</p>",
                    ),
                    ("heading", {"text": "Membagi peran", "size": "h2"}),
                    (
                        "key_terms",
                        {
                            "title": "Peran dalam tim proyek",
                            "terms": [
                                {
                                    "term": "Ketua atau koordinator",
                                    "definition": "Memimpin rapat, menjaga agar tim tetap pada "
                                    "tujuan, dan mengambil keputusan bersama tim.",
                                },
                                {
                                    "term": "Sekretaris",
                                    "definition": "Mencatat hasil rapat (notulen), membuat daftar "
                                    "hadir, dan menyimpan dokumen.",
                                },
                                {
                                    "term": "Bendahara",
                                    "definition": "Menerima dan mengeluarkan uang, mencatatnya di "
                                    "buku kas, dan menyimpan semua nota.",
                                },
                                {
                                    "term": "Koordinator lapangan",
                                    "definition": "Mengatur pekerjaan di lokasi, alat, dan "
                                    "relawan.",
                                },
                                {
                                    "term": "Humas (hubungan masyarakat)",
                                    "definition": "Menyampaikan kabar proyek kepada warga dan "
                                    "menampung pertanyaan atau keluhan.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Aturan uang yang menjaga kepercayaan",
                            "text": "<ul>"
                            "<li>Bendahara dan ketua sebaiknya bukan orang yang sama.</li>"
                            "<li>Setiap pengeluaran harus ada nota. Jika toko tidak memberi nota, "
                            "buat kuitansi yang ditandatangani penjual.</li>"
                            "<li>Catat uang masuk dan keluar di buku kas pada hari yang "
                            "sama.</li>"
                            "<li>Bila memungkinkan, simpan uang di rekening atas nama kelompok, "
                            "bukan rekening pribadi.</li>"
                            "<li>Pengeluaran besar disetujui minimal dua pengurus.</li>"
                            "</ul>",
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Dalam contoh RAB, biaya bahan, upah, dan konsumsi berjumlah Rp 4.250.000. Berapa dana cadangan 10 persen?",
                        right(
                            "Rp 425.000",
                            "Benar. 10 persen dari Rp 4.250.000 adalah Rp 425.000, sehingga totalnya Rp 4.675.000.",
                        ),
                        wrong("Rp 42.500", "Ini 1 persen, bukan 10 persen."),
                        wrong(
                            "Rp 4.250.000", "Ini jumlah kebutuhan itu sendiri, bukan cadangannya."
                        ),
                        wrong(
                            "Rp 1.000.000",
                            "Terlalu besar. Hitung 10 persen: Rp 4.250.000 dibagi 10.",
                        ),
                        explanation="Tambahkan dana cadangan sekitar 10 persen untuk kebutuhan tak terduga.",
                    ),
                    several(
                        "Kebiasaan mana saja yang membantu menjaga kepercayaan warga soal uang proyek? Pilih semua yang benar.",
                        right(
                            "Menyimpan nota setiap pengeluaran",
                            "Benar. Nota membuat setiap pengeluaran bisa diperiksa.",
                        ),
                        right(
                            "Mencatat uang masuk dan keluar pada hari yang sama",
                            "Benar. Catatan yang ditunda mudah terlupa atau keliru.",
                        ),
                        wrong(
                            "Ketua sekaligus memegang uang agar praktis",
                            "Bendahara dan ketua sebaiknya bukan orang yang sama.",
                        ),
                        wrong(
                            "Menyimpan uang kelompok di rekening pribadi bendahara",
                            "Bila memungkinkan, pakai rekening atas nama kelompok agar tidak ada salah paham.",
                        ),
                        explanation="Nota, pencatatan harian, pemisahan ketua dan bendahara, serta rekening kelompok menjaga kepercayaan.",
                    ),
                    single(
                        "Siapa yang bertugas mencatat hasil rapat dan menyimpan dokumen proyek?",
                        right(
                            "Sekretaris",
                            "Benar. Sekretaris membuat notulen dan daftar hadir, dan menyimpan dokumen.",
                        ),
                        wrong("Bendahara", "Bendahara mengurus uang, buku kas, dan nota."),
                        wrong(
                            "Koordinator lapangan",
                            "Koordinator lapangan mengatur pekerjaan di lokasi, alat, dan relawan.",
                        ),
                        wrong("Humas", "Humas menyampaikan kabar proyek kepada warga."),
                        explanation="Sekretaris mencatat hasil rapat (notulen), membuat daftar hadir, dan menyimpan dokumen.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Menjalankan dan Memantau Proyek",
                "slug": "menjalankan-dan-memantau",
                "introduction": (
                    "Rencana yang baik tetap bisa meleset. Pemantauan rutin membantu tim melihat "
                    "masalah lebih awal dan memperbaikinya sebelum membesar."
                ),
                "body": [
                    (
                        "heading",
                        {"text": "Memantau: membandingkan rencana dan kenyataan", "size": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p><b>Pemantauan</b> atau monitoring berarti memeriksa secara rutin "
                        "apakah pekerjaan berjalan sesuai rencana. Ada tiga hal yang selalu "
                        "dicek:</p>"
                        "<ul>"
                        "<li><b>Waktu</b>: apakah tugas selesai sesuai jadwal?</li>"
                        "<li><b>Uang</b>: apakah pengeluaran sesuai RAB?</li>"
                        "<li><b>Mutu</b>: apakah hasilnya sesuai yang dijanjikan?</li>"
                        "</ul>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Kebiasaan pemantauan yang sederhana",
                            "steps": [
                                {
                                    "title": "Rapat singkat rutin",
                                    "text": "Cukup 15 sampai 30 menit seminggu sekali. Setiap "
                                    "penanggung jawab menjawab: apa yang sudah selesai, apa yang "
                                    "akan dikerjakan, dan apa hambatannya.",
                                },
                                {
                                    "title": "Daftar periksa",
                                    "text": "Centang tugas yang sudah selesai di jadwal. Tugas "
                                    "yang terlambat diberi tanda agar dibahas.",
                                },
                                {
                                    "title": "Cek buku kas",
                                    "text": "Bandingkan pengeluaran dengan RAB. Jika satu pos "
                                    "hampir habis, putuskan bersama dari mana kekurangannya "
                                    "ditutup.",
                                },
                                {
                                    "title": "Dokumentasi",
                                    "text": "Ambil foto sebelum, selama, dan sesudah pekerjaan "
                                    "dari sudut yang sama. Catat tanggalnya.",
                                },
                                {
                                    "title": "Catat keputusan",
                                    "text": "Setiap perubahan rencana ditulis di notulen, lengkap "
                                    "dengan alasan dan siapa yang menyetujui.",
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Menghadapi masalah", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Masalah di tengah jalan adalah hal biasa: hujan turun pada hari kerja "
                        "bakti, harga bahan naik, atau relawan berkurang. Sebelum proyek mulai, "
                        "buat daftar <b>risiko</b>, yaitu hal buruk yang mungkin terjadi, beserta "
                        "rencana cadangannya. Contoh: jika hujan, kerja bakti diundur ke Minggu "
                        "berikutnya dan pengumuman dikirim Sabtu malam.</p>"
                        "<p>Saat masalah muncul, jangan disembunyikan. Sampaikan di rapat, cari "
                        "pilihan, lalu putuskan bersama. Warga lebih mudah memaklumi "
                        "keterlambatan yang dijelaskan terbuka daripada kabar yang "
                        "ditutup-tutupi.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh: renovasi posyandu (ilustrasi)",
                            "text": "<p>Saat atap dibongkar, ternyata dua kayu penyangga lapuk. "
                            "Biaya kayu tambahan Rp 400.000. Tim memakai dana cadangan, mencatat "
                            "keputusan di notulen, dan mengabarkan perubahan di grup warga hari "
                            "itu juga. Jadwal pengecatan mundur tiga hari, dan kader posyandu "
                            "memindahkan penimbangan balita bulan itu ke rumah Ketua RT untuk "
                            "sementara.</p>",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": "Kabar buruk yang datang cepat lebih berguna daripada kabar "
                            "baik yang datang terlambat.",
                            "attribution": "Prinsip kerja tim proyek",
                        },
                    ),
                ],
                "quiz": [
                    several(
                        "Apa saja yang selalu dicek dalam pemantauan proyek? Pilih semua yang benar.",
                        right("Waktu: apakah tugas selesai sesuai jadwal", "Benar."),
                        right("Uang: apakah pengeluaran sesuai RAB", "Benar."),
                        right("Mutu: apakah hasilnya sesuai yang dijanjikan", "Benar."),
                        wrong(
                            "Jumlah orang yang menyukai unggahan proyek di media sosial",
                            "Ini tidak menunjukkan kemajuan proyek.",
                        ),
                        explanation="Waktu, uang, dan mutu adalah tiga hal pokok pemantauan.",
                    ),
                    scenario(
                        "Saat atap posyandu dibongkar, ternyata dua kayu penyangga lapuk. Biaya kayu tambahan Rp 400.000 tidak ada di RAB.",
                        "Apa langkah terbaik?",
                        right(
                            "Bahas di tim, pakai dana cadangan, catat di notulen, dan kabarkan kepada warga",
                            "Benar. Perubahan diputuskan bersama, dicatat, dan diumumkan.",
                        ),
                        wrong(
                            "Bendahara menutupnya dengan uang pribadi tanpa dicatat",
                            "Pengeluaran yang tidak tercatat membuat buku kas tidak cocok dengan kenyataan.",
                        ),
                        wrong(
                            "Ganti dengan kayu bekas yang lebih murah diam-diam",
                            "Mutu bisa turun dan keputusan diam-diam merusak kepercayaan.",
                        ),
                        wrong(
                            "Hentikan renovasi sampai ada rapat RW bulan depan",
                            "Terlalu lama. Dana cadangan ada untuk hal seperti ini; tim bisa memutuskan hari itu.",
                        ),
                        explanation="Dana cadangan dipakai untuk kebutuhan tak terduga. Keputusannya dicatat dan dikabarkan hari itu juga.",
                    ),
                    scenario(
                        "Pagi hari kerja bakti, hujan deras turun. Sebagian warga sudah berkumpul membawa alat.",
                        "Apa yang sebaiknya dilakukan tim?",
                        right(
                            "Jalankan rencana cadangan: undur ke Minggu berikutnya dan umumkan segera",
                            "Benar. Rencana cadangan yang disiapkan sejak awal membuat keputusan cepat dan jelas.",
                        ),
                        wrong(
                            "Tetap bekerja di saluran agar jadwal tidak mundur",
                            "Bekerja di saluran saat hujan deras berbahaya. Keselamatan lebih penting daripada jadwal.",
                        ),
                        wrong(
                            "Batalkan kerja bakti tanpa menentukan tanggal baru",
                            "Tanpa tanggal baru, semangat warga bisa hilang.",
                        ),
                        wrong(
                            "Pulangkan warga tanpa penjelasan",
                            "Warga lebih mudah memaklumi perubahan yang dijelaskan terbuka.",
                        ),
                        explanation="Sebelum proyek mulai, buat daftar risiko beserta rencana cadangannya.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Melaporkan Hasil kepada Warga",
                "slug": "melaporkan-hasil",
                "introduction": (
                    "Proyek belum selesai sebelum hasil dan penggunaan uangnya dilaporkan. "
                    "Laporan yang terbuka menjaga kepercayaan dan memudahkan proyek berikutnya."
                ),
                "body": [
                    ("heading", {"text": "Mengapa laporan penting?", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Warga yang menyumbang tenaga dan uang berhak tahu hasilnya. Laporan "
                        "yang jelas adalah bentuk <b>akuntabilitas</b>, yaitu kesediaan pengurus "
                        "mempertanggungjawabkan apa yang sudah dikerjakan. Laporan yang baik juga "
                        "menjadi bukti kuat saat mengajukan usulan ke musrenbang atau meminta "
                        "dukungan kelurahan untuk proyek berikutnya.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Isi laporan proyek",
                            "steps": [
                                {
                                    "title": "Ringkasan",
                                    "text": "Apa proyeknya, kapan dikerjakan, dan siapa saja yang "
                                    "terlibat.",
                                },
                                {
                                    "title": "Hasil dibanding tujuan",
                                    "text": "Tulis tujuan awal dan hasil nyata. Contoh: target 60 "
                                    "keluarga nasabah bank sampah, tercapai 48 keluarga.",
                                },
                                {
                                    "title": "Laporan keuangan",
                                    "text": "Uang masuk per sumber, uang keluar per pos RAB, dan "
                                    "sisa dana. Lampirkan salinan nota.",
                                },
                                {
                                    "title": "Foto sebelum dan sesudah",
                                    "text": "Gunakan foto dari sudut yang sama agar perbedaannya "
                                    "terlihat jelas.",
                                },
                                {
                                    "title": "Kendala dan pelajaran",
                                    "text": "Apa yang tidak berjalan baik, dan apa yang akan "
                                    "dilakukan berbeda lain kali.",
                                },
                                {
                                    "title": "Terima kasih dan rencana perawatan",
                                    "text": "Sebut pihak yang membantu, dan siapa yang merawat "
                                    "hasil proyek ke depan.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Cara menyampaikan laporan",
                            "text": "<ul>"
                            "<li>Tempel ringkasan di papan pengumuman RT/RW atau pos ronda.</li>"
                            "<li>Kirim versi singkat dengan foto di grup WhatsApp warga.</li>"
                            "<li>Bacakan dalam pertemuan RW atau pertemuan PKK, lalu buka sesi "
                            "tanya jawab.</li>"
                            "<li>Serahkan salinan kepada kelurahan jika proyek mendapat "
                            "dukungan kelurahan.</li>"
                            "</ul>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Sisa dana harus jelas",
                            "text": "<p>Jika ada sisa uang, umumkan jumlahnya dan sepakati "
                            "penggunaannya: dikembalikan, masuk kas RW, atau dipakai untuk "
                            "perawatan. Jangan biarkan sisa dana tanpa keputusan.</p>",
                        },
                    ),
                    (
                        "faq",
                        {
                            "title": "Pertanyaan yang sering muncul",
                            "items": [
                                {
                                    "question": "Bagaimana jika target proyek tidak tercapai?",
                                    "answer": "<p>Tulis apa adanya beserta alasannya. Laporan "
                                    "yang jujur tentang kekurangan justru <b>menambah</b> "
                                    "kepercayaan warga.</p>",
                                },
                                {
                                    "question": "Berapa lama nota dan buku kas harus disimpan?",
                                    "answer": "<p>Simpan setidaknya sampai laporan diterima warga "
                                    "dan tidak ada pertanyaan lagi. Untuk dana dari pemerintah "
                                    "atau donatur, ikuti ketentuan mereka, yang bisa meminta "
                                    "penyimpanan lebih lama.</p>",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    several(
                        "Apa saja yang sebaiknya ada dalam laporan proyek kepada warga? Pilih semua yang benar.",
                        right("Hasil nyata dibandingkan tujuan awal", "Benar."),
                        right(
                            "Uang masuk, uang keluar, dan sisa dana",
                            "Benar. Lampirkan juga salinan nota.",
                        ),
                        right("Kendala dan pelajaran", "Benar. Ini membantu proyek berikutnya."),
                        wrong(
                            "Foto kegiatan saja, tanpa angka",
                            "Foto penting, tetapi tidak cukup untuk mempertanggungjawabkan uang.",
                        ),
                        explanation="Laporan yang lengkap memuat ringkasan, hasil dibanding tujuan, keuangan, foto, kendala, dan rencana perawatan.",
                    ),
                    scenario(
                        "Target proyek bank sampah adalah 60 keluarga nasabah. Yang tercapai 48 keluarga.",
                        "Bagaimana menuliskannya dalam laporan?",
                        right(
                            "Tulis apa adanya, 48 dari 60 keluarga, beserta alasannya",
                            "Benar. Laporan yang jujur tentang kekurangan justru menambah kepercayaan warga.",
                        ),
                        wrong(
                            "Tulis 60 keluarga agar warga tidak kecewa",
                            "Angka yang dipalsukan merusak kepercayaan jika ketahuan.",
                        ),
                        wrong(
                            "Cukup tulis 48 keluarga tanpa menyebut target",
                            "Hasil harus dibandingkan dengan tujuan awal agar warga bisa menilai.",
                        ),
                        wrong(
                            "Tunda laporan sampai target tercapai",
                            "Laporan tetap dibuat. Kekurangan ditulis sebagai pelajaran.",
                        ),
                        explanation="Bandingkan hasil dengan tujuan awal, dan tulis alasannya jika target tidak tercapai.",
                    ),
                    scenario(
                        "Renovasi posyandu sudah selesai. Masih ada sisa uang Rp 350.000.",
                        "Apa yang sebaiknya dilakukan?",
                        right(
                            "Umumkan jumlahnya dan sepakati bersama penggunaannya",
                            "Benar. Sisa dana bisa dikembalikan, masuk kas RW, atau dipakai untuk perawatan.",
                        ),
                        wrong(
                            "Bendahara menyimpannya untuk keperluan mendadak tanpa diumumkan",
                            "Sisa dana tanpa keputusan bersama menimbulkan curiga.",
                        ),
                        wrong(
                            "Bagikan sebagai uang lelah pengurus",
                            "Penggunaan sisa dana disepakati bersama warga, bukan diputuskan pengurus sendiri.",
                        ),
                        wrong(
                            "Belanjakan segera agar sisa dana menjadi nol",
                            "Belanja tanpa kebutuhan memboroskan uang warga. Sisa dana boleh ada, asal jelas.",
                        ),
                        explanation="Jangan biarkan sisa dana tanpa keputusan. Umumkan jumlahnya dan sepakati penggunaannya.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Kuis Akhir: Manajemen Proyek",
                "slug": "kuis-akhir-proyek",
                "introduction": "Uji pemahaman Anda tentang seluruh modul: tujuan, jadwal, anggaran dan peran, pemantauan, dan laporan kepada warga.",
                "body": final_quiz_body(
                    [
                        "merumuskan tujuan yang jelas dan terukur;",
                        "membagi tugas dan menyusun jadwal;",
                        "menyusun RAB dan membagi peran;",
                        "memantau proyek dan menghadapi masalah;",
                        "melaporkan hasil dan uang kepada warga.",
                    ]
                ),
                "quiz": [
                    scenario(
                        "Anda menyusun RAB pengecatan pos RW. Satu toko menawarkan cat Rp 250.000 per galon.",
                        "Apa yang sebaiknya dilakukan sebelum angka itu masuk RAB?",
                        right(
                            "Bandingkan dengan harga dari minimal satu toko lain",
                            "Benar. Harga dari minimal dua toko membuat perkiraan lebih wajar.",
                        ),
                        wrong(
                            "Langsung pakai, karena toko itu milik salah satu pengurus",
                            "Justru karena milik pengurus, harga perlu dibandingkan agar tidak menimbulkan curiga.",
                        ),
                        wrong(
                            "Naikkan harganya 50 persen agar aman",
                            "Kebutuhan tak terduga ditutup dana cadangan sekitar 10 persen, bukan dengan menaikkan harga barang.",
                        ),
                        wrong(
                            "Cukup tulis jumlah galon tanpa harga",
                            "Setiap baris RAB perlu jumlah, satuan, harga satuan, dan total.",
                        ),
                        explanation="Cari harga dari minimal dua toko atau tukang agar perkiraan RAB wajar.",
                    ),
                    scenario(
                        "Ketua panitia menawarkan diri untuk sekaligus memegang uang proyek agar praktis.",
                        "Apa tanggapan yang paling tepat?",
                        right(
                            "Usulkan orang lain menjadi bendahara, dan pengeluaran besar disetujui dua pengurus",
                            "Benar. Pemisahan tugas melindungi ketua dan menjaga kepercayaan warga.",
                        ),
                        wrong(
                            "Setuju, karena ketua paling dipercaya warga",
                            "Kepercayaan tetap perlu dijaga dengan aturan. Ketua dan bendahara sebaiknya orang berbeda.",
                        ),
                        wrong(
                            "Setuju, asal uangnya disimpan di rekening pribadi ketua",
                            "Uang kelompok sebaiknya di rekening atas nama kelompok, bukan rekening pribadi.",
                        ),
                        wrong(
                            "Biarkan uang dipegang bergantian oleh siapa saja yang sempat",
                            "Tanpa satu penanggung jawab dan buku kas, uang sulit diperiksa.",
                        ),
                        explanation="Bendahara dan ketua sebaiknya bukan orang yang sama, dan pengeluaran besar disetujui minimal dua pengurus.",
                    ),
                    scenario(
                        "Toko bangunan tidak memberi nota untuk pembelian semen proyek.",
                        "Apa yang sebaiknya dilakukan bendahara?",
                        right(
                            "Buat kuitansi dan minta penjual menandatanganinya",
                            "Benar. Kuitansi bertanda tangan menggantikan nota.",
                        ),
                        wrong(
                            "Tidak perlu dicatat karena jumlahnya kecil",
                            "Setiap pengeluaran harus tercatat, berapa pun jumlahnya.",
                        ),
                        wrong(
                            "Catat di buku kas tanpa bukti apa pun",
                            "Catatan tanpa bukti sulit diperiksa warga.",
                        ),
                        wrong(
                            "Minta nota kosong untuk diisi sendiri nanti",
                            "Nota kosong yang diisi sendiri mudah disalahgunakan dan merusak kepercayaan.",
                        ),
                        explanation="Setiap pengeluaran harus ada nota. Jika toko tidak memberi nota, buat kuitansi yang ditandatangani penjual.",
                    ),
                    scenario(
                        "Tiga minggu sebelum kerja bakti, belum ada yang mengurus konsumsi karena tugas itu dianggap “tugas bersama”.",
                        "Apa perbaikannya?",
                        right(
                            "Tunjuk satu penanggung jawab dengan batas waktu, misalnya PKK RT 03",
                            "Benar. Setiap tugas perlu apa, siapa, dan kapan.",
                        ),
                        wrong(
                            "Biarkan saja, nanti pasti ada yang berinisiatif",
                            "Tugas tanpa nama penanggung jawab biasanya tidak dikerjakan.",
                        ),
                        wrong(
                            "Hapus konsumsi dari daftar tugas",
                            "Konsumsi tetap dibutuhkan untuk 40 relawan. Masalahnya ada pada penanggung jawab.",
                        ),
                        wrong(
                            "Ketua mengerjakan semua tugas yang belum ada penanggung jawabnya",
                            "Ketua akan kewalahan. Bagi tugas agar beban merata dan jelas.",
                        ),
                        explanation="Setiap tugas minimal punya tiga keterangan: apa, siapa penanggung jawabnya, dan kapan harus selesai.",
                    ),
                    scenario(
                        "Dalam rapat mingguan, koordinator lapangan melapor bahwa perbaikan atap terlambat tiga hari.",
                        "Apa yang harus langsung diperiksa tim?",
                        right(
                            "Tugas sesudahnya yang bergantung pada atap, seperti pengecatan, dan menggeser jadwalnya",
                            "Benar. Keterlambatan satu tugas menggeser semua tugas yang bergantung padanya.",
                        ),
                        wrong(
                            "Tidak ada, karena tiga hari itu singkat",
                            "Tiga hari bisa menggeser pengecatan dan jadwal posyandu. Periksa dampaknya.",
                        ),
                        wrong(
                            "Siapa yang harus disalahkan",
                            "Cari jalan keluar, bukan kesalahan. Warga lebih memaklumi masalah yang dibahas terbuka.",
                        ),
                        wrong(
                            "Tambahkan upah tukang tiga hari ke RAB tanpa rapat",
                            "Perubahan biaya diputuskan bersama dan dicatat di notulen.",
                        ),
                        explanation="Tugas yang saling bergantung diberi tanda di jadwal, karena keterlambatan satu tugas menggeser tugas sesudahnya.",
                    ),
                    scenario(
                        "Harga genteng naik. Pos genteng di RAB hampir habis, padahal masih perlu lima buah lagi.",
                        "Apa langkah yang tepat?",
                        right(
                            "Bahas di rapat tim, putuskan bersama dari mana kekurangannya ditutup, lalu catat",
                            "Benar. Jika satu pos hampir habis, tim memutuskan bersama dan mencatatnya.",
                        ),
                        wrong(
                            "Beli genteng bekas yang lebih murah tanpa memberi tahu tim",
                            "Keputusan diam-diam soal mutu dan uang merusak kepercayaan.",
                        ),
                        wrong(
                            "Tunda pemasangan genteng sampai tahun depan tanpa kabar",
                            "Atap yang belum selesai mengganggu posyandu. Bahas dan kabarkan.",
                        ),
                        wrong(
                            "Ambil dari uang konsumsi tanpa dicatat",
                            "Memindahkan uang antarpos boleh jika disepakati, tetapi harus dicatat.",
                        ),
                        explanation="Cek buku kas dibanding RAB. Jika satu pos hampir habis, putuskan bersama dari mana kekurangannya ditutup.",
                    ),
                    single(
                        "Ruang posyandu yang sudah direnovasi termasuk apa?",
                        right(
                            "Hasil (keluaran) proyek",
                            "Benar. Hasil adalah barang atau layanan yang langsung dihasilkan proyek.",
                        ),
                        wrong(
                            "Manfaat proyek",
                            "Manfaat adalah perubahan yang dirasakan warga, misalnya ibu dan balita lebih nyaman.",
                        ),
                        wrong(
                            "Tujuan proyek",
                            "Tujuan adalah keadaan yang ingin dicapai, dirumuskan sebelum proyek mulai.",
                        ),
                        wrong("Risiko proyek", "Risiko adalah hal buruk yang mungkin terjadi."),
                        explanation="Hasil adalah yang langsung dihasilkan proyek; manfaat adalah perubahan yang dirasakan warga berkat hasil itu.",
                    ),
                    single(
                        "Semua kebutuhan proyek berjumlah Rp 2.000.000. Berapa total RAB dengan dana cadangan 10 persen?",
                        right("Rp 2.200.000", "Benar. Cadangannya Rp 200.000."),
                        wrong(
                            "Rp 2.010.000",
                            "10 persen dari Rp 2.000.000 adalah Rp 200.000, bukan Rp 10.000.",
                        ),
                        wrong("Rp 2.000.000", "Angka ini belum termasuk dana cadangan."),
                        wrong(
                            "Rp 3.000.000",
                            "Ini menambah 50 persen, jauh lebih besar dari cadangan yang dianjurkan.",
                        ),
                        explanation="Dana cadangan sekitar 10 persen ditambahkan untuk kebutuhan tak terduga.",
                    ),
                    several(
                        "Kebiasaan pemantauan mana saja yang dianjurkan? Pilih semua yang benar.",
                        right("Rapat singkat 15 sampai 30 menit seminggu sekali", "Benar."),
                        right(
                            "Foto sebelum, selama, dan sesudah dari sudut yang sama",
                            "Benar. Catat juga tanggalnya.",
                        ),
                        right(
                            "Perubahan rencana dicatat di notulen beserta alasannya",
                            "Benar. Catat juga siapa yang menyetujui.",
                        ),
                        wrong(
                            "Satu rapat panjang di akhir proyek saja",
                            "Di akhir proyek, masalah sudah terlambat diatasi. Pantau secara rutin.",
                        ),
                        explanation="Pemantauan rutin membantu tim melihat masalah lebih awal.",
                    ),
                    single(
                        "Apa tugas humas dalam tim proyek?",
                        right(
                            "Menyampaikan kabar proyek kepada warga dan menampung pertanyaan atau keluhan",
                            "Benar.",
                        ),
                        wrong("Menyimpan nota dan mencatat buku kas", "Itu tugas bendahara."),
                        wrong(
                            "Mengatur alat dan relawan di lokasi",
                            "Itu tugas koordinator lapangan.",
                        ),
                        wrong("Membuat notulen dan daftar hadir rapat", "Itu tugas sekretaris."),
                        explanation="Humas (hubungan masyarakat) menjadi jembatan antara tim proyek dan warga.",
                    ),
                    single(
                        "Apa arti akuntabilitas dalam proyek warga?",
                        right(
                            "Kesediaan pengurus mempertanggungjawabkan apa yang sudah dikerjakan",
                            "Benar. Laporan yang jelas adalah bentuk akuntabilitas.",
                        ),
                        wrong(
                            "Kemampuan menghitung anggaran dengan cepat",
                            "Itu keterampilan berhitung, bukan akuntabilitas.",
                        ),
                        wrong(
                            "Hak pengurus memutuskan sendiri penggunaan dana",
                            "Justru sebaliknya: pengurus bertanggung jawab kepada warga.",
                        ),
                        wrong(
                            "Laporan yang hanya dibaca pengurus",
                            "Laporan untuk akuntabilitas disampaikan kepada warga.",
                        ),
                        explanation="Warga yang menyumbang tenaga dan uang berhak tahu hasilnya.",
                    ),
                    several(
                        "Cara mana saja yang tepat untuk menyampaikan laporan proyek kepada warga? Pilih semua yang benar.",
                        right("Menempel ringkasan di papan pengumuman RT/RW", "Benar."),
                        right("Membacakannya di pertemuan RW, lalu membuka tanya jawab", "Benar."),
                        right(
                            "Menyerahkan salinan ke kelurahan jika proyek didukung kelurahan",
                            "Benar.",
                        ),
                        wrong(
                            "Menyimpan laporan di rumah bendahara dan menunjukkannya jika ada yang bertanya",
                            "Laporan disampaikan secara aktif, bukan menunggu ditanya.",
                        ),
                        explanation="Sampaikan laporan lewat beberapa cara agar semua warga bisa membacanya.",
                    ),
                    single(
                        "Menurut pelajaran, mengapa banyak proyek warga gagal?",
                        right(
                            "Tujuannya kabur, sehingga tidak jelas kapan pekerjaan dianggap selesai",
                            "Benar.",
                        ),
                        wrong(
                            "Warga kurang semangat",
                            "Pelajaran ini menyebut banyak proyek gagal bukan karena kurang semangat.",
                        ),
                        wrong(
                            "Dananya selalu kurang",
                            "Dana bisa direncanakan dengan RAB. Masalah yang paling sering adalah tujuan yang kabur.",
                        ),
                        wrong(
                            "Terlalu banyak rapat",
                            "Rapat singkat yang rutin justru membantu proyek berjalan.",
                        ),
                        explanation="Semua orang setuju “lingkungan harus bersih”, tetapi tanpa tujuan yang jelas tidak ada yang tahu kapan pekerjaan selesai.",
                    ),
                    single(
                        "Sampai kapan nota dan buku kas proyek sebaiknya disimpan?",
                        right(
                            "Setidaknya sampai laporan diterima warga dan tidak ada pertanyaan lagi",
                            "Benar. Untuk dana pemerintah atau donatur, ikuti ketentuan mereka.",
                        ),
                        wrong(
                            "Sampai barang selesai dibeli",
                            "Nota masih diperlukan untuk laporan keuangan kepada warga.",
                        ),
                        wrong(
                            "Sampai pekerjaan fisik selesai",
                            "Laporan disampaikan sesudah pekerjaan selesai, dan nota diperlukan untuk itu.",
                        ),
                        wrong(
                            "Hanya untuk pengeluaran yang besar",
                            "Semua nota disimpan, berapa pun jumlahnya.",
                        ),
                        explanation="Simpan nota dan buku kas setidaknya sampai laporan diterima warga; pemberi dana bisa meminta lebih lama.",
                    ),
                ],
                "pass_mark": 70,
                "questions_per_attempt": FINAL_QUESTIONS_PER_ATTEMPT,
            },
        ],
    },
    # ------------------------------------------------------------------
    # Modul 3: Advokasi Kebijakan
    # ------------------------------------------------------------------
    {
        "topic": "advokasi",
        "title": "Advokasi Kebijakan",
        "slug": "advokasi-kebijakan",
        "summary": (
            "Belajar mengubah keluhan warga menjadi usulan kebijakan: mengumpulkan bukti, "
            "menemukan siapa yang berwenang, menulis surat, beraudiensi, dan mengawal tindak "
            "lanjutnya lewat kanal resmi."
        ),
        "objectives": [
            "Membedakan pengaduan biasa dengan advokasi kebijakan.",
            "Mengumpulkan bukti dan dukungan warga secara tertib dan menghormati data pribadi.",
            "Memetakan pejabat dan lembaga yang berwenang atas suatu masalah di Jakarta.",
            "Menulis surat usulan singkat dan mempersiapkan audiensi dengan pejabat.",
            "Mengawal tindak lanjut lewat JAKI, CRM, LAPOR!, dan Ombudsman RI.",
        ],
        "estimated_minutes": 110,
        "level": "intermediate",
        # Blended: writing a proposal and rehearsing an audience are practised in the room.
        "requires_attendance": True,
        "lessons": [
            {
                "title": "Apa Itu Advokasi Kebijakan?",
                "slug": "apa-itu-advokasi",
                "introduction": (
                    "Keluhan yang berulang sering menandakan ada aturan atau program yang perlu "
                    "diubah. Advokasi adalah cara warga mendorong perubahan itu secara tertib."
                ),
                "body": [
                    ("heading", {"text": "Dari keluhan ke perubahan", "size": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Kebijakan</b> adalah keputusan pemerintah yang mengatur cara "
                        "sesuatu dikerjakan, misalnya jadwal pengangkutan sampah, letak "
                        "penyeberangan jalan, atau syarat program bantuan. <b>Advokasi "
                        "kebijakan</b> adalah upaya terencana warga untuk memengaruhi keputusan "
                        "itu agar lebih adil dan bermanfaat.</p>"
                        "<p>Advokasi berbeda dengan pengaduan biasa. Pengaduan menyelesaikan satu "
                        "kejadian, misalnya satu lampu jalan yang mati. Advokasi menyasar "
                        "penyebab yang berulang, misalnya tidak ada jadwal pemeriksaan lampu di "
                        "gang-gang permukiman sehingga lampu mati berbulan-bulan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh: berjalan kaki ke Stasiun Tanjung Barat (ilustrasi)",
                            "text": "<p><b>Pengaduan:</b> melaporkan satu lubang di trotoar "
                            "lewat JAKI.</p>"
                            "<p><b>Advokasi:</b> warga dari beberapa RW mencatat bahwa ratusan "
                            "orang berjalan kaki ke stasiun setiap pagi tanpa jalur yang aman. "
                            "Mereka lalu mengusulkan penataan jalur pejalan kaki kepada pihak "
                            "yang berwenang, dengan bukti dan dukungan tertulis.</p>",
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Siklus advokasi",
                            "steps": [
                                {
                                    "title": "Pilih masalah",
                                    "text": "Pilih satu masalah yang dirasakan banyak orang, "
                                    "jelas, dan mungkin diubah.",
                                },
                                {
                                    "title": "Kumpulkan bukti",
                                    "text": "Data, foto, dan cerita warga yang menunjukkan "
                                    "besarnya masalah.",
                                },
                                {
                                    "title": "Petakan pengambil keputusan",
                                    "text": "Cari tahu siapa yang berwenang dan siapa yang bisa "
                                    "memengaruhinya.",
                                },
                                {
                                    "title": "Rumuskan usulan",
                                    "text": "Tawarkan jalan keluar yang konkret, bukan sekadar "
                                    "protes.",
                                },
                                {
                                    "title": "Sampaikan",
                                    "text": "Lewat surat, audiensi, musrenbang, atau reses DPRD.",
                                },
                                {
                                    "title": "Kawal dan nilai",
                                    "text": "Pantau janji yang diberikan, kabarkan perkembangan "
                                    "kepada warga, dan perbaiki cara jika perlu.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_terms",
                        {
                            "title": "Istilah penting",
                            "terms": [
                                {
                                    "term": "Pengambil keputusan",
                                    "definition": "Pejabat atau lembaga yang berwenang mengubah "
                                    "aturan, program, atau anggaran terkait masalah Anda.",
                                },
                                {
                                    "term": "Pemangku kepentingan",
                                    "definition": "Semua pihak yang terkena dampak atau ikut "
                                    "menentukan suatu masalah: warga, pengurus RT/RW, pedagang, "
                                    "sekolah, dan pejabat.",
                                },
                                {
                                    "term": "Usulan kebijakan",
                                    "definition": "Jalan keluar tertulis yang ditawarkan warga, "
                                    "lengkap dengan alasan dan bukti.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Mulai dari masalah yang bisa dimenangkan",
                            "text": "<p>Untuk advokasi pertama, pilih masalah yang cakupannya "
                            "kecil dan jelas penanggung jawabnya. Keberhasilan kecil membangun "
                            "kepercayaan warga untuk perjuangan yang lebih besar.</p>",
                        },
                    ),
                ],
                "quiz": [
                    single(
                        "Apa bedanya advokasi kebijakan dengan pengaduan biasa?",
                        right(
                            "Advokasi menyasar penyebab yang berulang dan mendorong perubahan aturan, program, atau anggaran",
                            "Benar. Pengaduan menyelesaikan satu kejadian; advokasi mencegah masalah terulang.",
                        ),
                        wrong(
                            "Advokasi dilakukan lewat surat, pengaduan lewat aplikasi",
                            "Kanalnya bukan pembedanya. Yang membedakan adalah sasarannya: satu kejadian atau penyebab yang berulang.",
                        ),
                        wrong(
                            "Advokasi selalu berupa unjuk rasa",
                            "Advokasi bisa lewat surat, audiensi, musrenbang, atau reses DPRD, dengan cara tertib.",
                        ),
                        wrong(
                            "Advokasi hanya boleh dilakukan pengurus RW",
                            "Setiap warga boleh melakukan advokasi, sendiri atau bersama kelompok.",
                        ),
                        explanation="Pengaduan menyelesaikan satu kejadian. Advokasi mencari perubahan yang mencegah masalah terulang.",
                    ),
                    scenario(
                        "Lampu di beberapa gang di RW Anda sering mati dan baru diganti berbulan-bulan kemudian.",
                        "Langkah mana yang termasuk advokasi kebijakan?",
                        right(
                            "Mengusulkan jadwal pemeriksaan lampu gang yang rutin, dengan data lampu mati dari beberapa RW",
                            "Benar. Usulan ini menyasar penyebab yang berulang dan didukung bukti.",
                        ),
                        wrong(
                            "Melaporkan satu lampu yang mati hari ini lewat JAKI",
                            "Itu pengaduan: berguna, tetapi hanya menyelesaikan satu kejadian.",
                        ),
                        wrong(
                            "Membeli lampu sendiri dan memasangnya di tiang",
                            "Ini hanya menambal sementara, dan tiang lampu jalan adalah aset pemerintah.",
                        ),
                        wrong(
                            "Mengeluh di grup WhatsApp warga",
                            "Keluhan tanpa usulan dan tanpa sasaran tidak mengubah keputusan.",
                        ),
                        explanation="Advokasi menyasar penyebab, misalnya tidak ada jadwal pemeriksaan lampu, dan menawarkan jalan keluar yang konkret.",
                    ),
                    single(
                        "Untuk advokasi pertama, masalah seperti apa yang sebaiknya dipilih?",
                        right(
                            "Masalah yang cakupannya kecil dan jelas penanggung jawabnya",
                            "Benar. Keberhasilan kecil membangun kepercayaan warga untuk perjuangan yang lebih besar.",
                        ),
                        wrong(
                            "Masalah terbesar di Jakarta agar dampaknya luas",
                            "Masalah besar butuh waktu dan tenaga lama. Mulailah dari yang bisa dimenangkan.",
                        ),
                        wrong(
                            "Masalah yang hanya dirasakan keluarga pengusul",
                            "Advokasi perlu masalah yang dirasakan banyak orang.",
                        ),
                        wrong(
                            "Masalah yang belum jelas siapa yang berwenang",
                            "Tanpa penanggung jawab yang jelas, usulan mudah berputar-putar tanpa hasil.",
                        ),
                        explanation="Pilih satu masalah yang dirasakan banyak orang, jelas, mungkin diubah, dan jelas penanggung jawabnya.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Mengumpulkan Bukti dan Dukungan",
                "slug": "mengumpulkan-bukti",
                "introduction": (
                    "Pejabat lebih mudah bergerak jika melihat data, bukan hanya mendengar "
                    "keluhan. Pelajaran ini membahas cara mengumpulkan bukti yang kuat dan "
                    "dukungan yang sah."
                ),
                "body": [
                    ("heading", {"text": "Jenis bukti", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Bukti yang baik menjawab tiga pertanyaan: <b>seberapa besar</b> "
                        "masalahnya, <b>siapa yang terdampak</b>, dan <b>sejak kapan</b> terjadi. "
                        "Gabungkan beberapa jenis bukti agar saling menguatkan:</p>"
                        "<ul>"
                        "<li><b>Foto dan video</b> dengan tanggal dan lokasi yang jelas.</li>"
                        "<li><b>Catatan kejadian</b>, misalnya buku catatan banjir atau "
                        "kecelakaan di satu titik.</li>"
                        "<li><b>Survei sederhana</b>, misalnya 10 pertanyaan kepada 50 "
                        "keluarga.</li>"
                        "<li><b>Cerita warga</b> yang mengalami langsung, ditulis dengan izin "
                        "mereka.</li>"
                        "<li><b>Data resmi</b> dari kelurahan, puskesmas, atau dokumen anggaran "
                        "yang bisa diminta lewat PPID.</li>"
                        "</ul>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Membuat survei sederhana",
                            "steps": [
                                {
                                    "title": "Tentukan apa yang ingin diketahui",
                                    "text": "Contoh: berapa keluarga yang rumahnya kemasukan air "
                                    "saat hujan deras.",
                                },
                                {
                                    "title": "Buat pertanyaan singkat",
                                    "text": "Gunakan pilihan jawaban yang mudah, misalnya "
                                    "ya/tidak atau angka.",
                                },
                                {
                                    "title": "Tentukan siapa yang ditanya",
                                    "text": "Usahakan mewakili semua RT yang terdampak, bukan "
                                    "hanya tetangga dekat.",
                                },
                                {
                                    "title": "Catat dengan rapi",
                                    "text": "Gunakan formulir kertas atau formulir daring, lalu "
                                    "rekap dalam tabel.",
                                },
                                {
                                    "title": "Sajikan hasilnya",
                                    "text": "Tulis dalam kalimat sederhana. Contoh: 38 dari 50 "
                                    "keluarga (76%) kemasukan air minimal dua kali tahun ini.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Hormati data pribadi",
                            "text": "<ul>"
                            "<li>Jangan menyebarkan foto KTP, KK, atau nomor telepon warga.</li>"
                            "<li>Minta izin sebelum memotret wajah atau rumah seseorang.</li>"
                            "<li>Dalam laporan, cukup sebut jumlah dan RT, bukan nama, kecuali "
                            "orangnya setuju.</li>"
                            "</ul>",
                        },
                    ),
                    ("heading", {"text": "Dukungan warga", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Selain bukti, tunjukkan bahwa usulan didukung banyak orang. Caranya "
                        "bisa lewat berita acara rembuk RW, surat dukungan pengurus RT/RW, "
                        "dukungan PKK, Karang Taruna, atau tokoh agama, dan daftar tanda tangan "
                        "warga.</p>"
                        "<p>Pada daftar tanda tangan, tulis usulan yang didukung di bagian atas "
                        "<b>setiap lembar</b>, agar tanda tangan tidak bisa dipakai untuk hal "
                        "lain. Jangan memaksa siapa pun untuk ikut menandatangani.</p>",
                    ),
                    (
                        "faq",
                        {
                            "title": "",
                            "items": [
                                {
                                    "question": "Berapa banyak bukti yang cukup?",
                                    "answer": "<p>Tidak ada angka pasti. Pegangannya: bukti cukup "
                                    "jika orang yang belum pernah datang ke lokasi bisa "
                                    "memahami besarnya masalah hanya dengan membaca dan melihat "
                                    "bukti Anda.</p>",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    several(
                        "Mana saja yang termasuk bukti yang kuat? Pilih semua yang benar.",
                        right("Foto dengan tanggal dan lokasi yang jelas", "Benar."),
                        right(
                            "Hasil survei sederhana kepada 50 keluarga",
                            "Benar. Survei menunjukkan seberapa besar masalahnya.",
                        ),
                        right("Data resmi yang diminta lewat PPID", "Benar."),
                        wrong(
                            "Pesan berantai di grup WhatsApp yang tidak jelas sumbernya",
                            "Kabar tanpa sumber mudah dibantah. Bukti harus bisa diperiksa orang lain.",
                        ),
                        explanation="Gabungkan beberapa jenis bukti: foto, catatan kejadian, survei, cerita warga dengan izin, dan data resmi.",
                    ),
                    scenario(
                        "Anda mengumpulkan tanda tangan dukungan untuk usulan jalur pejalan kaki. Daftarnya ada tiga lembar.",
                        "Apa yang harus ada di setiap lembar?",
                        right(
                            "Tulisan usulan yang didukung, di bagian atas lembar",
                            "Benar. Dengan begitu tanda tangan tidak bisa dipakai untuk hal lain.",
                        ),
                        wrong(
                            "Fotokopi KTP setiap penanda tangan",
                            "KTP adalah data pribadi. Jangan dikumpulkan atau disebarkan.",
                        ),
                        wrong(
                            "Stempel kelurahan", "Dukungan warga tidak perlu stempel kelurahan."
                        ),
                        wrong(
                            "Tulisan usulan cukup di lembar pertama saja",
                            "Lembar lain bisa dilepas dan dipakai untuk hal lain. Tulis di setiap lembar.",
                        ),
                        explanation="Tulis usulan di bagian atas setiap lembar, dan jangan memaksa siapa pun untuk menandatangani.",
                    ),
                    single(
                        "Survei menunjukkan 38 dari 50 keluarga kemasukan air minimal dua kali tahun ini. Berapa persen itu?",
                        right("76%", "Benar. 38 dibagi 50, lalu dikali 100, hasilnya 76%."),
                        wrong("38%", "38 adalah jumlah keluarga, bukan persentase."),
                        wrong("24%", "24% adalah keluarga yang tidak kemasukan air."),
                        wrong("88%", "Periksa lagi: 38 dibagi 50, lalu dikali 100."),
                        explanation="Sajikan hasil survei dalam kalimat sederhana: 38 dari 50 keluarga (76%).",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Memetakan Siapa yang Memutuskan",
                "slug": "memetakan-pengambil-keputusan",
                "introduction": (
                    "Usulan yang dikirim ke pihak yang salah akan berputar-putar tanpa hasil. "
                    "Pelajari jenjang kewenangan di Jakarta dan cara memetakan pihak yang "
                    "berpengaruh."
                ),
                "body": [
                    ("heading", {"text": "Jenjang pemerintahan di Jakarta", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Di Jakarta, urusan daerah berada di bawah Pemerintah Provinsi DKI "
                        "Jakarta yang dipimpin gubernur. Susunannya, dari yang paling dekat "
                        "dengan warga:</p>"
                        "<ol>"
                        "<li><b>RT dan RW</b>: lembaga kemasyarakatan, bukan kantor pemerintah, "
                        "tetapi mitra kelurahan dan pintu pertama aspirasi warga.</li>"
                        "<li><b>Kelurahan</b>: dipimpin lurah. Mengurus pelayanan administrasi, "
                        "kebersihan dan perawatan lingkungan skala kecil, serta pemberdayaan "
                        "warga.</li>"
                        "<li><b>Kecamatan</b>: dipimpin camat, mengoordinasikan kelurahan di "
                        "wilayahnya, misalnya Kecamatan Jagakarsa.</li>"
                        "<li><b>Kota administrasi</b>: dipimpin wali kota. Di sini ada <b>suku "
                        "dinas</b>, yaitu perpanjangan dinas provinsi di tingkat kota.</li>"
                        "<li><b>Dinas dan gubernur</b>: menetapkan program dan kebijakan tingkat "
                        "provinsi.</li>"
                        "<li><b>DPRD DKI Jakarta</b>: membuat Perda bersama gubernur, menyetujui "
                        "APBD, dan mengawasi pemerintah.</li>"
                        "</ol>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "example",
                            "title": "Contoh siapa mengurus apa (pastikan untuk setiap kasus)",
                            "text": "<ul>"
                            "<li>Membersihkan saluran kecil di permukiman: kelurahan, lewat "
                            "petugas PPSU.</li>"
                            "<li>Membangun atau memperbaiki saluran besar dan kali: biasanya "
                            "Suku Dinas Sumber Daya Air Jakarta Selatan.</li>"
                            "<li>Trotoar dan jalan di luar jalan lingkungan: biasanya Suku Dinas "
                            "Bina Marga Jakarta Selatan.</li>"
                            "<li>Layanan posyandu: puskesmas bersama kader dari warga.</li>"
                            "<li>Rel dan stasiun kereta: bukan urusan Pemprov, melainkan "
                            "pemerintah pusat dan operator kereta.</li>"
                            "</ul>",
                        },
                    ),
                    ("heading", {"text": "Peta pengaruh", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Selain pejabat yang berwenang, ada pihak yang bisa <b>memengaruhi</b> "
                        "keputusan: anggota LMK yang membawa suara RW ke kelurahan, Dewan Kota "
                        "yang memberi masukan kepada wali kota, anggota DPRD DKI dari daerah "
                        "pemilihan yang mencakup Jagakarsa, media lokal, dan tokoh "
                        "masyarakat.</p>"
                        "<p>Buat peta sederhana di selembar kertas. Untuk setiap pihak, jawab dua "
                        "pertanyaan: <b>Seberapa besar kuasanya atas masalah ini?</b> dan "
                        "<b>Apakah ia mendukung, netral, atau menolak?</b> Pihak yang kuasanya "
                        "besar tetapi masih netral adalah sasaran utama untuk diyakinkan. Pihak "
                        "yang sudah mendukung bisa diajak membantu meyakinkan yang lain.</p>",
                    ),
                    (
                        "key_terms",
                        {
                            "title": "Istilah penting",
                            "terms": [
                                {
                                    "term": "Kewenangan",
                                    "definition": "Hak dan tanggung jawab resmi sebuah lembaga "
                                    "untuk mengurus atau memutuskan suatu hal.",
                                },
                                {
                                    "term": "Suku dinas",
                                    "definition": "Kantor dinas provinsi di tingkat kota "
                                    "administrasi, misalnya Suku Dinas Sumber Daya Air Jakarta "
                                    "Selatan.",
                                },
                                {
                                    "term": "Daerah pemilihan (dapil)",
                                    "definition": "Wilayah asal suara anggota DPRD. Anggota DPRD "
                                    "dari dapil Anda adalah wakil yang paling tepat untuk "
                                    "didatangi.",
                                },
                            ],
                        },
                    ),
                ],
                "quiz": [
                    scenario(
                        "Saluran besar yang melewati permukiman Anda jebol dan perlu dibangun ulang.",
                        "Ke mana usulan perbaikannya paling tepat ditujukan?",
                        right(
                            "Suku Dinas Sumber Daya Air Jakarta Selatan",
                            "Benar. Membangun atau memperbaiki saluran besar dan kali biasanya urusan suku dinas ini.",
                        ),
                        wrong(
                            "Petugas PPSU kelurahan",
                            "PPSU membersihkan saluran kecil di permukiman, bukan membangun saluran besar.",
                        ),
                        wrong(
                            "Suku Dinas Bina Marga Jakarta Selatan",
                            "Bina Marga biasanya mengurus jalan dan trotoar. Saluran besar dan kali biasanya urusan Suku Dinas Sumber Daya Air.",
                        ),
                        wrong(
                            "Ketua RT setempat",
                            "RT adalah lembaga kemasyarakatan, bukan pelaksana pekerjaan saluran. RT bisa membantu meneruskan laporan.",
                        ),
                        explanation="Suku dinas adalah kantor dinas provinsi di tingkat kota administrasi. Pastikan kewenangan untuk setiap kasus.",
                    ),
                    several(
                        "Pihak mana saja yang bisa memengaruhi keputusan walaupun tidak langsung memutuskan? Pilih semua yang benar.",
                        right("Anggota LMK", "Benar. LMK membawa suara RW ke kelurahan."),
                        right("Dewan Kota", "Benar. Dewan Kota memberi masukan kepada wali kota."),
                        right("Media lokal dan tokoh masyarakat", "Benar."),
                        wrong(
                            "Penyedia jasa yang mengerjakan proyek",
                            "Penyedia jasa menjalankan pekerjaan, bukan memengaruhi kebijakan untuk warga.",
                        ),
                        explanation="Selain pejabat yang berwenang, LMK, Dewan Kota, anggota DPRD, media, dan tokoh masyarakat bisa membantu suara warga didengar.",
                    ),
                    single(
                        "Dalam peta pengaruh, pihak mana yang menjadi sasaran utama untuk diyakinkan?",
                        right(
                            "Yang kuasanya besar tetapi masih netral",
                            "Benar. Pihak ini paling menentukan hasil dan belum menentukan sikap.",
                        ),
                        wrong(
                            "Yang kuasanya kecil dan sudah mendukung",
                            "Pihak ini bisa diajak membantu, tetapi tidak perlu diyakinkan lagi.",
                        ),
                        wrong(
                            "Yang kuasanya kecil dan menolak",
                            "Tenaga lebih berguna untuk pihak yang kuasanya besar.",
                        ),
                        wrong(
                            "Yang kuasanya besar dan sudah mendukung",
                            "Pihak ini sudah di pihak Anda. Ajak ia membantu meyakinkan yang lain.",
                        ),
                        explanation="Untuk setiap pihak, tanyakan seberapa besar kuasanya dan apakah ia mendukung, netral, atau menolak.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Menulis Surat Usulan dan Beraudiensi",
                "slug": "surat-usulan-dan-audiensi",
                "introduction": (
                    "Surat yang singkat dan rapi membuka pintu pertemuan. Audiensi yang "
                    "dipersiapkan dengan baik membuat usulan warga dipahami dan dicatat."
                ),
                "body": [
                    ("heading", {"text": "Susunan surat usulan", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Surat usulan sebaiknya tidak lebih dari dua halaman. Pejabat menerima "
                        "banyak surat; yang singkat dan jelas lebih mungkin dibaca sampai "
                        "habis.</p>",
                    ),
                    (
                        "steps",
                        {
                            "title": "Bagian-bagian surat",
                            "steps": [
                                {
                                    "title": "Identitas pengirim",
                                    "text": "Nama kelompok atau pengurus RW, alamat, dan "
                                    "narahubung. Kelompok warga tanpa kop surat cukup menulis "
                                    "nama dan alamat di bagian atas.",
                                },
                                {
                                    "title": "Tanggal, perihal, dan tujuan surat",
                                    "text": "Contoh perihal: Usulan Penataan Jalur Pejalan Kaki "
                                    "menuju Stasiun Tanjung Barat. Tujukan kepada pejabat yang "
                                    "berwenang, misalnya Yth. Lurah Tanjung Barat.",
                                },
                                {
                                    "title": "Pembuka",
                                    "text": "Perkenalkan siapa Anda dan mewakili siapa.",
                                },
                                {
                                    "title": "Masalah dan bukti",
                                    "text": "Jelaskan masalah dalam 3 sampai 5 kalimat, sertakan "
                                    "angka penting dari survei atau catatan.",
                                },
                                {
                                    "title": "Usulan",
                                    "text": "Tulis permintaan yang konkret, misalnya memasang 8 "
                                    "lampu, membuat jadwal pemeriksaan, atau memasukkan kegiatan "
                                    "ke musrenbang tahun depan.",
                                },
                                {
                                    "title": "Permohonan audiensi dan penutup",
                                    "text": "Minta waktu bertemu, sebutkan narahubung, lalu "
                                    "tutup dengan ucapan terima kasih.",
                                },
                                {
                                    "title": "Tanda tangan dan lampiran",
                                    "text": "Ditandatangani perwakilan warga. Lampirkan foto, "
                                    "hasil survei, dan daftar dukungan.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Simpan bukti pengiriman",
                            "text": "<p>Serahkan surat ke bagian penerimaan surat dan minta "
                            "<b>tanda terima</b> atau stempel pada salinan Anda. Catat "
                            "tanggalnya. Bukti ini penting untuk menagih jawaban dan, jika "
                            "perlu, untuk melapor ke kanal pengaduan.</p>",
                        },
                    ),
                    ("heading", {"text": "Audiensi: bertemu pejabat", "size": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Audiensi</b> adalah pertemuan resmi antara warga dan pejabat untuk "
                        "menyampaikan aspirasi. Datanglah dalam kelompok kecil, tiga sampai lima "
                        "orang, dengan pembagian tugas: satu juru bicara, satu pencatat, dan "
                        "satu yang menyiapkan data. Sepakati pesan utama sebelum berangkat.</p>",
                    ),
                    (
                        "faq",
                        {
                            "title": "Persiapan audiensi",
                            "items": [
                                {
                                    "question": "Apa saja yang perlu dibawa?",
                                    "answer": "<p>Salinan surat, ringkasan satu halaman, foto, "
                                    "hasil survei, dan daftar dukungan. Siapkan juga salinan "
                                    "untuk pejabat.</p>",
                                },
                                {
                                    "question": "Bagaimana jika pejabat hanya berjanji secara "
                                    "umum?",
                                    "answer": "<p>Tanyakan dengan sopan: <b>siapa</b> yang akan "
                                    "menindaklanjuti, <b>apa</b> langkahnya, dan <b>kapan</b> "
                                    "warga bisa mendapat kabar. Ulangi kesepakatan itu di akhir "
                                    "pertemuan.</p>",
                                },
                                {
                                    "question": "Perlukah notulen?",
                                    "answer": "<p>Perlu. Tulis hasil pertemuan dan kirim "
                                    "salinannya kepada pejabat dalam satu atau dua hari, sebagai "
                                    "pengingat dan catatan bersama.</p>",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Jaga sikap",
                            "text": "<p>Tetap sopan walaupun kecewa. Fokus pada masalah dan "
                            "usulan, bukan menyerang pribadi. Jangan menjanjikan atau memberi "
                            "imbalan apa pun kepada pejabat: selain melanggar hukum, hal itu "
                            "merusak perjuangan warga.</p>",
                        },
                    ),
                ],
                "quiz": [
                    scenario(
                        "Kelompok Anda akan beraudiensi dengan lurah. Sepuluh warga ingin ikut.",
                        "Bagaimana sebaiknya?",
                        right(
                            "Kirim tiga sampai lima orang dengan tugas jelas: juru bicara, pencatat, dan penyiap data",
                            "Benar. Kelompok kecil dengan pembagian tugas lebih mudah menyampaikan pesan yang sama.",
                        ),
                        wrong(
                            "Semua sepuluh orang ikut agar terlihat kuat",
                            "Kelompok besar sulit diatur dan pesannya bisa simpang siur.",
                        ),
                        wrong(
                            "Cukup ketua RW datang sendirian",
                            "Sendirian sulit berbicara sekaligus mencatat dan menyiapkan data.",
                        ),
                        wrong(
                            "Semua ikut dan masing-masing menyampaikan keluhannya sendiri",
                            "Sepakati satu pesan utama dan satu juru bicara sebelum berangkat.",
                        ),
                        explanation="Datanglah dalam kelompok kecil, tiga sampai lima orang, dan sepakati pesan utama sebelum berangkat.",
                    ),
                    several(
                        "Apa saja yang sebaiknya ada dalam surat usulan? Pilih semua yang benar.",
                        right("Perihal yang jelas dan pejabat yang dituju", "Benar."),
                        right("Masalah dalam 3 sampai 5 kalimat, dengan angka penting", "Benar."),
                        right("Permintaan yang konkret, misalnya memasang 8 lampu", "Benar."),
                        wrong(
                            "Sejarah kampung yang panjang, sampai lima halaman",
                            "Surat sebaiknya tidak lebih dari dua halaman agar dibaca sampai habis.",
                        ),
                        explanation="Surat yang singkat dan jelas lebih mungkin dibaca sampai habis.",
                    ),
                    scenario(
                        "Di akhir audiensi, lurah berkata: “Nanti kami pelajari dulu.”",
                        "Apa yang sebaiknya Anda lakukan sebelum pertemuan ditutup?",
                        right(
                            "Tanyakan dengan sopan siapa yang menindaklanjuti, apa langkahnya, dan kapan warga mendapat kabar",
                            "Benar. Ulangi kesepakatan itu di akhir pertemuan dan kirim notulennya.",
                        ),
                        wrong(
                            "Berterima kasih, pulang, dan menunggu kabar",
                            "Janji yang umum mudah terlupakan. Mintalah kejelasan siapa, apa, dan kapan.",
                        ),
                        wrong(
                            "Menolak pulang sampai ada keputusan hari itu",
                            "Tetap sopan. Memaksa merusak hubungan.",
                        ),
                        wrong(
                            "Menawarkan bingkisan agar usulan didahulukan",
                            "Memberi imbalan kepada pejabat melanggar hukum dan merusak perjuangan warga.",
                        ),
                        explanation="Jika pejabat hanya berjanji secara umum, tanyakan siapa, apa, dan kapan, lalu kirim notulen dalam satu atau dua hari.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Mengawal Tindak Lanjut dan Kanal Pengaduan",
                "slug": "tindak-lanjut-dan-pengaduan",
                "introduction": (
                    "Janji yang tidak dikawal mudah terlupakan. Pelajari cara menindaklanjuti "
                    "usulan dan memakai kanal pengaduan resmi secara tepat."
                ),
                "body": [
                    ("heading", {"text": "Mengawal janji", "size": "h2"}),
                    (
                        "paragraph",
                        "<p>Setelah audiensi, buat <b>lembar pemantauan</b>: apa yang dijanjikan, "
                        "oleh siapa, dan kapan. Hubungi kembali pejabat atau stafnya dengan sopan "
                        "pada tanggal yang disepakati. Kabarkan perkembangan kepada warga secara "
                        "rutin agar dukungan tetap terjaga.</p>"
                        "<p>Jika usulan membutuhkan anggaran, pastikan usulan masuk rembuk RW dan "
                        "musrenbang berikutnya, lalu pantau apakah muncul di RKPD dan APBD. "
                        "Anggota LMK dan Dewan Kota bisa membantu mengawal di setiap tahap.</p>",
                    ),
                    (
                        "key_terms",
                        {
                            "title": "Kanal pengaduan resmi",
                            "terms": [
                                {
                                    "term": "JAKI",
                                    "definition": "Aplikasi resmi Pemprov DKI Jakarta. Lewat "
                                    "fitur laporan warga, Anda bisa melapor dengan foto dan "
                                    "lokasi, lalu memantau statusnya.",
                                },
                                {
                                    "term": "CRM (Cepat Respon Masyarakat)",
                                    "definition": "Sistem Pemprov DKI yang mengumpulkan laporan "
                                    "dari berbagai kanal, termasuk JAKI, lalu meneruskannya ke "
                                    "lurah, camat, atau dinas yang berwenang untuk "
                                    "ditindaklanjuti.",
                                },
                                {
                                    "term": "LAPOR!",
                                    "definition": "Layanan Aspirasi dan Pengaduan Online Rakyat: "
                                    "kanal pengaduan pelayanan publik nasional yang terhubung ke "
                                    "instansi pusat dan daerah.",
                                },
                                {
                                    "term": "Ombudsman RI",
                                    "definition": "Lembaga negara yang mengawasi pelayanan publik "
                                    "dan menerima laporan maladministrasi. Untuk wilayah Jakarta "
                                    "ada Ombudsman RI Perwakilan Jakarta Raya.",
                                },
                                {
                                    "term": "Maladministrasi",
                                    "definition": "Pelayanan publik yang menyimpang dan merugikan "
                                    "warga, misalnya penundaan berlarut, tidak memberi "
                                    "pelayanan, menyimpang dari prosedur, atau meminta imbalan.",
                                },
                            ],
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": "Urutan yang disarankan jika tidak ada tanggapan",
                            "steps": [
                                {
                                    "title": "Tagih langsung",
                                    "text": "Hubungi pihak yang menerima surat atau yang hadir "
                                    "di audiensi. Tunjukkan tanda terima dan notulen.",
                                },
                                {
                                    "title": "Laporkan lewat JAKI",
                                    "text": "Untuk masalah lingkungan di Jakarta, laporan masuk "
                                    "ke sistem CRM dan diteruskan ke petugas yang berwenang "
                                    "untuk ditindaklanjuti.",
                                },
                                {
                                    "title": "Gunakan LAPOR!",
                                    "text": "Cocok untuk layanan instansi pemerintah pusat, atau "
                                    "jika Anda ingin laporan tercatat di sistem nasional.",
                                },
                                {
                                    "title": "Sampaikan ke DPRD atau Dewan Kota",
                                    "text": "Terutama untuk masalah kebijakan dan anggaran. "
                                    "Manfaatkan masa reses DPRD.",
                                },
                                {
                                    "title": "Laporkan ke Ombudsman RI",
                                    "text": "Jika instansi tidak menanggapi atau pelayanannya "
                                    "menyimpang. Biasanya Anda perlu menunjukkan bahwa sudah "
                                    "lebih dulu melapor ke instansi itu. Melapor ke Ombudsman "
                                    "tidak dipungut biaya.",
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Laporan yang mudah ditindaklanjuti",
                            "text": "<ul>"
                            "<li>Satu laporan untuk satu masalah.</li>"
                            "<li>Sebut lokasi yang tepat: RT/RW dan patokan.</li>"
                            "<li>Lampirkan foto yang jelas.</li>"
                            "<li>Tulis apa yang diharapkan, misalnya saluran dibersihkan atau "
                            "lampu diganti.</li>"
                            "<li>Simpan nomor laporan dan tangkapan layar statusnya.</li>"
                            "</ul>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Jika laporan ditutup padahal belum selesai",
                            "text": "<p>Kadang status laporan tertulis selesai, padahal masalah "
                            "di lapangan belum beres. Ambil foto terbaru, lalu buat laporan baru "
                            "yang menyebut nomor laporan lama. Catatan ini menjadi bukti jika "
                            "Anda perlu melapor ke Ombudsman RI.</p>",
                        },
                    ),
                ],
                "quiz": [
                    scenario(
                        "Lampu jalan di gang Anda mati sudah seminggu.",
                        "Apa langkah pertama yang paling tepat?",
                        right(
                            "Melapor lewat JAKI dengan foto, lokasi yang tepat, dan apa yang diharapkan",
                            "Benar. Laporan masuk ke sistem CRM dan diteruskan ke petugas yang berwenang. Statusnya bisa dipantau.",
                        ),
                        wrong(
                            "Langsung melapor ke Ombudsman RI",
                            "Ombudsman untuk instansi yang tidak menanggapi atau menyimpang. Beri kesempatan instansi lebih dulu.",
                        ),
                        wrong(
                            "Menulis surat kepada gubernur",
                            "Untuk satu lampu mati, surat ke gubernur terlalu jauh dan lambat.",
                        ),
                        wrong(
                            "Mengumpulkan tanda tangan warga lebih dulu",
                            "Satu lampu mati cukup dilaporkan. Tanda tangan untuk usulan kebijakan, bukan untuk satu kejadian.",
                        ),
                        explanation="Masalah tunggal cukup dilaporkan lewat JAKI. Ombudsman adalah langkah lanjutan jika instansi tidak menanggapi.",
                    ),
                    several(
                        "Mana saja yang termasuk maladministrasi yang bisa dilaporkan ke Ombudsman RI? Pilih semua yang benar.",
                        right("Layanan ditunda berlarut-larut tanpa alasan jelas", "Benar."),
                        right(
                            "Petugas meminta imbalan untuk layanan yang seharusnya gratis",
                            "Benar.",
                        ),
                        right("Petugas tidak mengikuti prosedur yang berlaku", "Benar."),
                        wrong(
                            "Usulan musrenbang kalah prioritas setelah dibahas sesuai prosedur",
                            "Usulan yang kalah lewat proses yang benar bukan maladministrasi. Tanyakan alasannya untuk memperbaiki usulan.",
                        ),
                        explanation="Maladministrasi adalah pelayanan publik yang menyimpang dan merugikan warga.",
                    ),
                    scenario(
                        "Laporan JAKI Anda tentang saluran tersumbat berstatus selesai, padahal saluran belum dibersihkan.",
                        "Apa yang sebaiknya Anda lakukan dengan laporan itu?",
                        right(
                            "Foto keadaan terbaru, lalu buat laporan baru yang menyebut nomor laporan lama",
                            "Benar. Catatan ini juga menjadi bukti jika Anda perlu melapor ke Ombudsman RI.",
                        ),
                        wrong(
                            "Terima saja, karena sistem sudah menutupnya",
                            "Status di sistem tidak mengubah keadaan di lapangan. Laporkan lagi dengan bukti.",
                        ),
                        wrong("Melapor ke polisi", "Ini masalah pelayanan, bukan pidana."),
                        wrong(
                            "Berhenti melapor karena percuma",
                            "Laporan ulang dengan bukti sering berhasil, dan menjadi bukti untuk langkah berikutnya.",
                        ),
                        explanation="Jika laporan ditutup padahal belum selesai, ambil foto terbaru dan buat laporan baru yang menyebut nomor laporan lama.",
                    ),
                ],
                "pass_mark": CHECK_PASS_MARK,
            },
            {
                "title": "Kuis Akhir: Advokasi Kebijakan",
                "slug": "kuis-akhir-advokasi",
                "introduction": "Uji pemahaman Anda tentang seluruh modul: advokasi, bukti dan dukungan, siapa yang memutuskan, surat dan audiensi, serta kanal pengaduan.",
                "body": final_quiz_body(
                    [
                        "beda advokasi dan pengaduan;",
                        "mengumpulkan bukti dan menghormati data pribadi;",
                        "siapa berwenang atas apa di Jakarta;",
                        "surat usulan dan audiensi;",
                        "JAKI, CRM, SP4N-LAPOR!, DPRD, dan Ombudsman RI.",
                    ]
                ),
                "quiz": [
                    scenario(
                        "Saluran tersumbat di RW Anda sudah tiga kali dilaporkan lewat JAKI. Setiap kali laporan ditutup tanpa tindakan. Anda menyimpan nomor laporan dan fotonya.",
                        "Apa langkah yang tepat sekarang?",
                        right(
                            "Laporkan ke Ombudsman RI dengan nomor laporan dan foto sebagai bukti",
                            "Benar. Anda sudah memberi instansi kesempatan. Penundaan berlarut adalah maladministrasi.",
                        ),
                        wrong(
                            "Buat laporan JAKI keempat, lalu berhenti di situ",
                            "Anda sudah tiga kali melapor. Saatnya langkah berikutnya: Ombudsman RI.",
                        ),
                        wrong(
                            "Bayar petugas agar saluran segera dibersihkan",
                            "Memberi imbalan melanggar hukum dan membuat praktik buruk terus terjadi.",
                        ),
                        wrong(
                            "Sebarkan nama petugasnya di media sosial",
                            "Menyerang pribadi tidak menyelesaikan masalah. Gunakan kanal resmi dengan bukti.",
                        ),
                        explanation="Jika instansi tidak menanggapi, laporkan ke Ombudsman RI dengan bukti bahwa Anda sudah melapor lebih dulu.",
                    ),
                    scenario(
                        "Ratusan warga berjalan kaki ke Stasiun Tanjung Barat setiap pagi tanpa jalur yang aman. Warga sepakat memperjuangkannya.",
                        "Apa langkah berikutnya dalam siklus advokasi?",
                        right(
                            "Kumpulkan bukti: hitung pejalan kaki, ambil foto, dan catat cerita warga",
                            "Benar. Setelah masalah dipilih, kumpulkan bukti tentang besarnya masalah.",
                        ),
                        wrong(
                            "Langsung berunjuk rasa di depan stasiun",
                            "Tanpa bukti dan usulan, pejabat sulit bergerak. Advokasi dilakukan secara tertib.",
                        ),
                        wrong(
                            "Kirim surat segera tanpa data agar cepat",
                            "Surat tanpa bukti mudah diabaikan.",
                        ),
                        wrong(
                            "Tunggu sampai ada kecelakaan agar masalahnya diperhatikan",
                            "Jangan menunggu celaka. Bukti bisa dikumpulkan sekarang.",
                        ),
                        explanation="Siklus advokasi: pilih masalah, kumpulkan bukti, petakan pengambil keputusan, rumuskan usulan, sampaikan, kawal dan nilai.",
                    ),
                    scenario(
                        "Warga ingin loket Stasiun Tanjung Barat dibuka lebih pagi.",
                        "Kepada siapa usulan itu paling tepat ditujukan?",
                        right(
                            "Operator kereta dan pemerintah pusat",
                            "Benar. Rel dan stasiun kereta adalah urusan pemerintah pusat dan operator kereta.",
                        ),
                        wrong(
                            "Lurah Tanjung Barat",
                            "Stasiun bukan urusan kelurahan. Lurah bisa membantu meneruskan, tetapi tidak memutuskan.",
                        ),
                        wrong(
                            "Suku Dinas Bina Marga Jakarta Selatan",
                            "Bina Marga mengurus jalan dan trotoar, bukan stasiun.",
                        ),
                        wrong(
                            "Gubernur DKI Jakarta",
                            "Rel dan stasiun kereta bukan urusan Pemprov DKI.",
                        ),
                        explanation="Usulan yang dikirim ke pihak yang salah akan berputar-putar tanpa hasil. Petakan kewenangannya lebih dulu.",
                    ),
                    scenario(
                        "Trotoar di jalan besar menuju stasiun rusak dan berlubang di banyak titik.",
                        "Pihak mana yang biasanya berwenang memperbaikinya?",
                        right(
                            "Suku Dinas Bina Marga Jakarta Selatan",
                            "Benar. Trotoar dan jalan di luar jalan lingkungan biasanya urusan Bina Marga.",
                        ),
                        wrong(
                            "Kelurahan, lewat petugas PPSU",
                            "PPSU merawat lingkungan skala kecil. Trotoar jalan besar biasanya urusan Bina Marga.",
                        ),
                        wrong(
                            "Suku Dinas Sumber Daya Air Jakarta Selatan",
                            "SDA mengurus saluran besar dan kali, bukan trotoar.",
                        ),
                        wrong(
                            "Pengurus RW setempat",
                            "RW adalah lembaga kemasyarakatan, bukan pelaksana pekerjaan jalan.",
                        ),
                        explanation="Pastikan kewenangan untuk setiap kasus; kelurahan atau LMK bisa membantu menjelaskan.",
                    ),
                    scenario(
                        "Pelayanan di kantor sebuah instansi pemerintah pusat di Jakarta sangat lambat. Anda ingin laporan Anda tercatat di sistem nasional.",
                        "Kanal mana yang paling cocok?",
                        right(
                            "SP4N-LAPOR!",
                            "Benar. LAPOR! adalah kanal pengaduan nasional yang terhubung ke instansi pusat dan daerah.",
                        ),
                        wrong(
                            "JAKI",
                            "JAKI adalah aplikasi Pemprov DKI untuk masalah yang ditangani Pemprov.",
                        ),
                        wrong(
                            "Rembuk RW",
                            "Rembuk RW untuk membahas usulan kegiatan lingkungan, bukan pengaduan layanan instansi pusat.",
                        ),
                        wrong(
                            "Dewan Kota",
                            "Dewan Kota memberi masukan kepada wali kota, bukan menangani layanan instansi pusat.",
                        ),
                        explanation="LAPOR! cocok untuk layanan instansi pemerintah pusat, atau jika Anda ingin laporan tercatat di sistem nasional.",
                    ),
                    scenario(
                        "Usulan penerangan gang disambut baik saat audiensi, tetapi pelaksanaannya membutuhkan anggaran.",
                        "Apa langkah mengawal berikutnya?",
                        right(
                            "Pastikan usulan masuk rembuk RW dan musrenbang berikutnya, lalu pantau di RKPD dan APBD",
                            "Benar. Kegiatan yang butuh anggaran harus masuk perencanaan. LMK dan Dewan Kota bisa membantu mengawal.",
                        ),
                        wrong(
                            "Tunggu lampu dipasang bulan depan",
                            "Tanpa anggaran, lampu belum bisa dipasang. Kawal lewat perencanaan.",
                        ),
                        wrong(
                            "Anggap selesai karena sudah disambut baik",
                            "Sambutan baik belum berarti keputusan. Kawal sampai muncul di APBD.",
                        ),
                        wrong(
                            "Minta lurah membiayainya dari uang pribadi",
                            "Kegiatan pemerintah dibiayai anggaran resmi, bukan uang pribadi pejabat.",
                        ),
                        explanation="Jika usulan membutuhkan anggaran, pastikan masuk rembuk RW dan musrenbang, lalu pantau di RKPD dan APBD.",
                    ),
                    scenario(
                        "Petugas meminta “uang rokok” Rp 50.000 agar surat keterangan Anda cepat selesai, padahal layanan itu gratis.",
                        "Apa yang paling tepat?",
                        right(
                            "Tolak, lalu laporkan, misalnya ke Ombudsman RI",
                            "Benar. Meminta imbalan termasuk maladministrasi. Melapor ke Ombudsman tidak dipungut biaya.",
                        ),
                        wrong(
                            "Bayar saja karena jumlahnya kecil",
                            "Berapa pun jumlahnya, pungutan ini melanggar aturan dan akan terus terjadi jika dibiarkan.",
                        ),
                        wrong(
                            "Bayar, lalu minta kuitansi",
                            "Kuitansi tidak membuat pungutan liar menjadi sah.",
                        ),
                        wrong(
                            "Diam saja agar urusan tidak dipersulit",
                            "Diam membuat praktik ini menimpa warga lain juga.",
                        ),
                        explanation="Meminta imbalan untuk layanan yang seharusnya gratis adalah maladministrasi.",
                    ),
                    single(
                        "Di Jakarta, apa yang dimaksud dengan suku dinas?",
                        right(
                            "Kantor dinas provinsi di tingkat kota administrasi",
                            "Benar. Contohnya Suku Dinas Bina Marga Jakarta Selatan.",
                        ),
                        wrong(
                            "Lembaga warga di tingkat RW",
                            "Bukan. Di tingkat RW ada pengurus RW dan RT.",
                        ),
                        wrong(
                            "Bagian dari DPRD DKI Jakarta",
                            "Bukan. DPRD adalah lembaga legislatif; suku dinas bagian dari Pemprov.",
                        ),
                        wrong(
                            "Nama lain kantor kecamatan",
                            "Bukan. Kecamatan dipimpin camat; suku dinas adalah perpanjangan dinas provinsi.",
                        ),
                        explanation="Suku dinas menjalankan urusan dinas provinsi di setiap kota administrasi.",
                    ),
                    single(
                        "Apa tugas DPRD DKI Jakarta?",
                        right(
                            "Membuat Perda bersama gubernur, menyetujui APBD, dan mengawasi pemerintah",
                            "Benar.",
                        ),
                        wrong("Memberi masukan kepada wali kota", "Itu peran Dewan Kota."),
                        wrong(
                            "Mengoordinasikan kelurahan di satu wilayah",
                            "Itu tugas kecamatan, yang dipimpin camat.",
                        ),
                        wrong(
                            "Menampung aspirasi warga tiap RW untuk lurah",
                            "Itu peran LMK di tingkat kelurahan.",
                        ),
                        explanation="DPRD membuat Perda bersama gubernur, menyetujui APBD, dan mengawasi pemerintah. Manfaatkan masa resesnya.",
                    ),
                    single(
                        "Sebelum melapor ke Ombudsman RI, apa yang biasanya sudah perlu Anda lakukan?",
                        right(
                            "Melapor lebih dulu kepada instansi yang bersangkutan",
                            "Benar. Ombudsman biasanya meminta bukti bahwa instansi sudah diberi kesempatan menanggapi.",
                        ),
                        wrong(
                            "Membayar biaya pendaftaran laporan",
                            "Melapor ke Ombudsman tidak dipungut biaya.",
                        ),
                        wrong(
                            "Meminta izin tertulis dari lurah",
                            "Tidak perlu izin siapa pun untuk melapor.",
                        ),
                        wrong(
                            "Mengumpulkan tanda tangan 100 warga",
                            "Laporan ke Ombudsman bisa dibuat satu orang.",
                        ),
                        explanation="Simpan bukti bahwa Anda sudah melapor ke instansi itu: nomor laporan, tanda terima, dan tangkapan layar.",
                    ),
                    several(
                        "Mana saja yang membuat laporan mudah ditindaklanjuti? Pilih semua yang benar.",
                        right("Satu laporan untuk satu masalah", "Benar."),
                        right("Lokasi yang tepat: RT/RW dan patokan", "Benar."),
                        right("Menyimpan nomor laporan dan tangkapan layar statusnya", "Benar."),
                        wrong(
                            "Menggabungkan semua masalah RW dalam satu laporan panjang",
                            "Laporan gabungan sulit diteruskan ke petugas yang tepat. Buat satu laporan untuk satu masalah.",
                        ),
                        explanation="Laporan yang baik: satu masalah, lokasi tepat, foto jelas, harapan yang jelas, dan nomor laporan disimpan.",
                    ),
                    single(
                        "Apa itu CRM (Cepat Respon Masyarakat) di Pemprov DKI Jakarta?",
                        right(
                            "Sistem yang mengumpulkan laporan dari berbagai kanal, termasuk JAKI, lalu meneruskannya ke pihak yang berwenang",
                            "Benar.",
                        ),
                        wrong("Kanal pengaduan nasional untuk instansi pusat", "Itu SP4N-LAPOR!."),
                        wrong(
                            "Lembaga negara yang mengawasi pelayanan publik", "Itu Ombudsman RI."
                        ),
                        wrong(
                            "Rapat warga untuk menyusun usulan pembangunan",
                            "Itu rembuk RW dan musrenbang.",
                        ),
                        explanation="CRM meneruskan laporan warga ke lurah, camat, atau dinas yang berwenang untuk ditindaklanjuti.",
                    ),
                    several(
                        "Saat mengumpulkan bukti, mana saja yang menghormati data pribadi? Pilih semua yang benar.",
                        right(
                            "Meminta izin sebelum memotret wajah atau rumah seseorang", "Benar."
                        ),
                        right(
                            "Menyebut jumlah dan RT dalam laporan, bukan nama",
                            "Benar, kecuali orangnya setuju namanya disebut.",
                        ),
                        wrong(
                            "Melampirkan foto KK warga yang terdampak",
                            "KK adalah data pribadi. Jangan disebarkan.",
                        ),
                        wrong(
                            "Membagikan nomor telepon warga yang mengeluh kepada pejabat",
                            "Nomor telepon adalah data pribadi. Bagikan hanya dengan izin orangnya.",
                        ),
                        explanation="Jangan menyebarkan foto KTP, KK, atau nomor telepon warga, dan minta izin sebelum memotret.",
                    ),
                    several(
                        "Apa saja yang sebaiknya dilakukan pada akhir dan sesudah audiensi? Pilih semua yang benar.",
                        right("Mengulang kesepakatan: siapa, apa langkahnya, dan kapan", "Benar."),
                        right(
                            "Mengirim notulen kepada pejabat dalam satu atau dua hari",
                            "Benar. Notulen menjadi pengingat dan catatan bersama.",
                        ),
                        wrong(
                            "Memberi bingkisan kepada pejabat agar usulan diproses",
                            "Memberi imbalan kepada pejabat melanggar hukum.",
                        ),
                        wrong(
                            "Meluapkan kekecewaan di media sosial sebelum ada jawaban",
                            "Fokus pada masalah dan usulan. Beri waktu sesuai kesepakatan, lalu tagih dengan sopan.",
                        ),
                        explanation="Kesepakatan yang diulang dan notulen tertulis memudahkan penagihan janji.",
                    ),
                ],
                "pass_mark": 70,
                "questions_per_attempt": FINAL_QUESTIONS_PER_ATTEMPT,
            },
        ],
    },
]
