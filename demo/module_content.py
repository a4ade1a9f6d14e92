"""Demo training modules in Bahasa Indonesia for Kelurahan Tanjung Barat (see courses/demo.py)."""

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
                "quiz": [],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                    {
                        "question": "Anggaran sebuah kegiatan Rp 40.000.000 dan realisasinya "
                        "Rp 30.000.000. Berapa persen realisasinya?",
                        "kind": "single",
                        "choices": [
                            {"text": "75%", "correct": True},
                            {"text": "30%", "correct": False},
                            {"text": "133%", "correct": False},
                            {"text": "10%", "correct": False},
                        ],
                        "explanation": "30.000.000 dibagi 40.000.000 hasilnya 0,75. Dikali 100 "
                        "menjadi 75%.",
                    },
                    {
                        "question": "Apa arti “pagu” dalam tabel anggaran?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Batas tertinggi uang yang disediakan untuk suatu "
                                "kegiatan",
                                "correct": True,
                            },
                            {"text": "Uang yang sudah dibelanjakan", "correct": False},
                            {"text": "Pajak yang dibayar warga", "correct": False},
                            {"text": "Sisa uang pada akhir tahun", "correct": False},
                        ],
                        "explanation": "Pagu adalah batas anggaran. Uang yang sudah dibelanjakan "
                        "disebut realisasi.",
                    },
                    {
                        "question": "Mana saja yang layak ditanyakan kepada kelurahan? Pilih "
                        "semua yang benar.",
                        "kind": "multiple",
                        "choices": [
                            {
                                "text": "Realisasi 100% tetapi pekerjaan di lapangan belum "
                                "selesai",
                                "correct": True,
                            },
                            {
                                "text": "Realisasi 0% padahal sudah bulan November",
                                "correct": True,
                            },
                            {"text": "Realisasi 20% pada bulan Februari", "correct": False},
                            {
                                "text": "Realisasi 97% dan pekerjaan selesai sesuai ukuran",
                                "correct": False,
                            },
                        ],
                        "explanation": "Yang perlu ditanyakan adalah ketidakcocokan antara angka "
                        "dan kenyataan, atau realisasi yang sangat rendah di akhir tahun. "
                        "Realisasi rendah di awal tahun masih wajar.",
                    },
                ],
                "pass_mark": 70,
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
                    {
                        "question": "Undang-undang mana yang menjamin hak warga meminta "
                        "informasi anggaran dari kelurahan?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
                                "Publik",
                                "correct": True,
                            },
                            {
                                "text": "UU Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                                "correct": False,
                            },
                            {
                                "text": "UU Nomor 37 Tahun 2008 tentang Ombudsman RI",
                                "correct": False,
                            },
                        ],
                        "explanation": "UU KIP (UU 14/2008) mengatur hak meminta informasi, "
                        "kewajiban badan publik, PPID, dan batas waktu jawaban.",
                    },
                    {
                        "question": "Tanpa perpanjangan, paling lama berapa hari badan publik "
                        "harus menjawab permohonan informasi?",
                        "kind": "single",
                        "choices": [
                            {"text": "10 hari kerja", "correct": True},
                            {"text": "3 hari kerja", "correct": False},
                            {"text": "30 hari kerja", "correct": False},
                            {"text": "Tidak ada batas waktu", "correct": False},
                        ],
                        "explanation": "Batasnya 10 hari kerja, dan bisa diperpanjang paling lama "
                        "7 hari kerja dengan pemberitahuan tertulis.",
                    },
                    {
                        "question": "Mana saja langkah yang benar saat meminta informasi lewat "
                        "PPID? Pilih semua yang benar.",
                        "kind": "multiple",
                        "choices": [
                            {
                                "text": "Menulis informasi yang diminta sejelas mungkin",
                                "correct": True,
                            },
                            {"text": "Menyimpan tanda terima permohonan", "correct": True},
                            {
                                "text": "Membayar uang pelicin agar cepat diproses",
                                "correct": False,
                            },
                            {
                                "text": "Menyebutkan tujuan penggunaan informasi",
                                "correct": True,
                            },
                        ],
                        "explanation": "Permohonan yang jelas dan terdokumentasi lebih cepat "
                        "dilayani. Layanan informasi tidak dipungut biaya, dan memberi uang "
                        "pelicin melanggar hukum.",
                    },
                    {
                        "question": "Permohonan Anda tidak dijawab sampai batas waktu habis. Apa "
                        "langkah resmi berikutnya?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Mengajukan keberatan tertulis kepada atasan PPID",
                                "correct": True,
                            },
                            {"text": "Menunggu sampai tahun depan", "correct": False},
                            {
                                "text": "Mengirim permohonan yang sama setiap hari",
                                "correct": False,
                            },
                        ],
                        "explanation": "Keberatan kepada atasan PPID adalah tahap resmi sebelum "
                        "membawa sengketa ke Komisi Informasi.",
                    },
                    {
                        "question": "Tentang siklus anggaran, pernyataan mana saja yang benar?",
                        "kind": "multiple",
                        "choices": [
                            {
                                "text": "Usulan musrenbang tahun ini dibiayai pada tahun "
                                "berikutnya",
                                "correct": True,
                            },
                            {"text": "Hasil musrenbang menjadi bahan RKPD", "correct": True},
                            {"text": "APBD DKI ditetapkan oleh lurah", "correct": False},
                            {"text": "LMK adalah lembaga di tingkat kota", "correct": False},
                        ],
                        "explanation": "APBD ditetapkan dengan Perda oleh gubernur bersama DPRD. "
                        "LMK berada di tingkat kelurahan; yang di tingkat kota adalah Dewan "
                        "Kota.",
                    },
                ],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                    {
                        "question": "Dalam contoh RAB, biaya bahan, upah, dan konsumsi berjumlah "
                        "Rp 4.250.000. Berapa dana cadangan 10 persen?",
                        "kind": "single",
                        "choices": [
                            {"text": "Rp 425.000", "correct": True},
                            {"text": "Rp 42.500", "correct": False},
                            {"text": "Rp 4.250.000", "correct": False},
                            {"text": "Rp 1.000.000", "correct": False},
                        ],
                        "explanation": "10 persen dari Rp 4.250.000 adalah Rp 425.000, sehingga "
                        "totalnya menjadi Rp 4.675.000.",
                    },
                    {
                        "question": "Kebiasaan mana saja yang membantu menjaga kepercayaan warga "
                        "soal uang proyek?",
                        "kind": "multiple",
                        "choices": [
                            {"text": "Menyimpan nota setiap pengeluaran", "correct": True},
                            {
                                "text": "Ketua sekaligus memegang uang agar praktis",
                                "correct": False,
                            },
                            {
                                "text": "Mencatat uang masuk dan keluar pada hari yang sama",
                                "correct": True,
                            },
                            {
                                "text": "Menyimpan uang kelompok di rekening pribadi bendahara",
                                "correct": False,
                            },
                        ],
                        "explanation": "Nota dan pencatatan harian membuat uang bisa diperiksa. "
                        "Memisahkan ketua dan bendahara serta memakai rekening kelompok mencegah "
                        "salah paham.",
                    },
                    {
                        "question": "Siapa yang bertugas mencatat hasil rapat dan menyimpan "
                        "dokumen proyek?",
                        "kind": "single",
                        "choices": [
                            {"text": "Sekretaris", "correct": True},
                            {"text": "Bendahara", "correct": False},
                            {"text": "Koordinator lapangan", "correct": False},
                        ],
                        "explanation": "Sekretaris membuat notulen, daftar hadir, dan menyimpan "
                        "dokumen. Bendahara mengurus uang.",
                    },
                ],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                    {
                        "question": "Mana tujuan proyek yang paling jelas?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Dalam 3 bulan, bank sampah RW 05 punya minimal 60 "
                                "keluarga nasabah",
                                "correct": True,
                            },
                            {"text": "Membuat lingkungan RW 05 bersih", "correct": False},
                            {
                                "text": "Meningkatkan kesadaran warga tentang sampah",
                                "correct": False,
                            },
                            {"text": "Mendirikan bank sampah yang sukses", "correct": False},
                        ],
                        "explanation": "Tujuan yang jelas punya angka, tempat, dan batas waktu, "
                        "sehingga semua orang tahu kapan proyek dianggap berhasil.",
                    },
                    {
                        "question": "Apa saja yang sebaiknya ada dalam laporan proyek kepada "
                        "warga? Pilih semua yang benar.",
                        "kind": "multiple",
                        "choices": [
                            {"text": "Hasil nyata dibandingkan tujuan awal", "correct": True},
                            {"text": "Uang masuk, uang keluar, dan sisa dana", "correct": True},
                            {"text": "Kendala dan pelajaran", "correct": True},
                            {"text": "Hanya foto kegiatan tanpa angka", "correct": False},
                        ],
                        "explanation": "Laporan yang lengkap memuat hasil, keuangan, dan "
                        "pelajaran. Foto saja tidak cukup untuk mempertanggungjawabkan uang.",
                    },
                    {
                        "question": "Di tengah renovasi muncul biaya tambahan yang tidak ada di "
                        "RAB. Apa langkah terbaik?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Bahas di tim, pakai dana cadangan, catat di notulen, "
                                "dan kabarkan kepada warga",
                                "correct": True,
                            },
                            {
                                "text": "Bendahara menutupnya dengan uang pribadi tanpa dicatat",
                                "correct": False,
                            },
                            {
                                "text": "Mengganti bahan dengan yang lebih murah diam-diam",
                                "correct": False,
                            },
                            {
                                "text": "Menghentikan proyek tanpa pemberitahuan",
                                "correct": False,
                            },
                        ],
                        "explanation": "Perubahan diputuskan bersama, dicatat, dan diumumkan. "
                        "Pengeluaran yang tidak tercatat atau disembunyikan merusak "
                        "kepercayaan.",
                    },
                    {
                        "question": "Pengecatan baru bisa dimulai setelah atap diperbaiki. Tugas "
                        "seperti ini disebut apa?",
                        "kind": "single",
                        "choices": [
                            {"text": "Tugas yang saling bergantung", "correct": True},
                            {"text": "Tugas rutin", "correct": False},
                            {"text": "Tugas pilihan", "correct": False},
                        ],
                        "explanation": "Tugas yang saling bergantung harus diberi tanda, karena "
                        "keterlambatan satu tugas menggeser tugas sesudahnya.",
                    },
                    {
                        "question": "Apa saja yang selalu dicek dalam pemantauan proyek?",
                        "kind": "multiple",
                        "choices": [
                            {"text": "Waktu: apakah sesuai jadwal", "correct": True},
                            {"text": "Uang: apakah sesuai RAB", "correct": True},
                            {"text": "Mutu: apakah hasil sesuai janji", "correct": True},
                            {"text": "Jumlah pengikut akun media sosial RW", "correct": False},
                        ],
                        "explanation": "Waktu, uang, dan mutu adalah tiga hal pokok pemantauan. "
                        "Jumlah pengikut media sosial tidak menunjukkan kemajuan proyek.",
                    },
                ],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                    {
                        "question": "Di Jakarta, apa yang dimaksud dengan suku dinas?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Perpanjangan dinas provinsi di tingkat kota administrasi",
                                "correct": True,
                            },
                            {"text": "Lembaga warga di tingkat RW", "correct": False},
                            {"text": "Bagian dari DPRD DKI Jakarta", "correct": False},
                            {"text": "Nama lain kantor kelurahan", "correct": False},
                        ],
                        "explanation": "Suku dinas menjalankan urusan dinas provinsi di setiap "
                        "kota administrasi, misalnya Suku Dinas Bina Marga Jakarta Selatan.",
                    },
                    {
                        "question": "Pihak mana saja yang bisa memengaruhi keputusan meski tidak "
                        "langsung memutuskan?",
                        "kind": "multiple",
                        "choices": [
                            {"text": "Anggota LMK", "correct": True},
                            {"text": "Dewan Kota", "correct": True},
                            {"text": "Media lokal dan tokoh masyarakat", "correct": True},
                            {
                                "text": "Tidak ada; cukup mendekati pejabat yang berwenang",
                                "correct": False,
                            },
                        ],
                        "explanation": "LMK, Dewan Kota, media, dan tokoh masyarakat bisa "
                        "membantu agar suara warga didengar oleh pengambil keputusan.",
                    },
                    {
                        "question": "Dalam peta pengaruh, pihak mana yang menjadi sasaran utama "
                        "untuk diyakinkan?",
                        "kind": "single",
                        "choices": [
                            {"text": "Yang kuasanya besar tetapi masih netral", "correct": True},
                            {"text": "Yang kuasanya kecil dan sudah mendukung", "correct": False},
                            {"text": "Yang kuasanya kecil dan menolak", "correct": False},
                        ],
                        "explanation": "Pihak berkuasa besar yang belum menentukan sikap paling "
                        "menentukan hasil, jadi tenaga paling baik dipusatkan di sana.",
                    },
                ],
                "pass_mark": 70,
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
                "quiz": [],
                "pass_mark": 70,
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
                    {
                        "question": "Satu lampu jalan di gang Anda mati sejak kemarin. Langkah "
                        "paling tepat adalah apa?",
                        "kind": "single",
                        "choices": [
                            {"text": "Melapor lewat JAKI dengan foto dan lokasi", "correct": True},
                            {"text": "Langsung melapor ke Ombudsman RI", "correct": False},
                            {"text": "Mengirim surat kepada gubernur", "correct": False},
                            {"text": "Mengumpulkan 500 tanda tangan lebih dulu", "correct": False},
                        ],
                        "explanation": "Masalah tunggal seperti satu lampu mati cukup dilaporkan "
                        "lewat JAKI, yang diteruskan sistem CRM ke petugas yang berwenang. "
                        "Ombudsman adalah langkah lanjutan jika instansi tidak menanggapi.",
                    },
                    {
                        "question": "Mana saja yang termasuk maladministrasi yang bisa "
                        "dilaporkan ke Ombudsman RI?",
                        "kind": "multiple",
                        "choices": [
                            {
                                "text": "Layanan ditunda berlarut-larut tanpa alasan jelas",
                                "correct": True,
                            },
                            {
                                "text": "Petugas meminta imbalan untuk layanan yang seharusnya "
                                "gratis",
                                "correct": True,
                            },
                            {
                                "text": "Usulan musrenbang kalah prioritas setelah dibahas "
                                "sesuai prosedur",
                                "correct": False,
                            },
                            {
                                "text": "Petugas tidak mengikuti prosedur yang berlaku",
                                "correct": True,
                            },
                        ],
                        "explanation": "Penundaan berlarut, permintaan imbalan, dan penyimpangan "
                        "prosedur adalah maladministrasi. Usulan yang kalah prioritas lewat "
                        "proses yang benar bukan maladministrasi.",
                    },
                    {
                        "question": "Apa bedanya advokasi kebijakan dengan pengaduan biasa?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Advokasi menyasar penyebab yang berulang dan mendorong "
                                "perubahan aturan, program, atau anggaran",
                                "correct": True,
                            },
                            {"text": "Advokasi selalu berupa unjuk rasa", "correct": False},
                            {"text": "Tidak ada bedanya", "correct": False},
                        ],
                        "explanation": "Pengaduan menyelesaikan satu kejadian. Advokasi mencari "
                        "perubahan yang mencegah masalah terulang, dengan cara yang tertib.",
                    },
                    {
                        "question": "Apa saja yang sebaiknya dilakukan pada akhir dan sesudah "
                        "audiensi?",
                        "kind": "multiple",
                        "choices": [
                            {
                                "text": "Mengulang kesepakatan: siapa, apa langkahnya, dan kapan",
                                "correct": True,
                            },
                            {
                                "text": "Mengirim notulen kepada pejabat dalam satu atau dua hari",
                                "correct": True,
                            },
                            {
                                "text": "Memberi bingkisan kepada pejabat agar usulan diproses",
                                "correct": False,
                            },
                            {
                                "text": "Meluapkan kekecewaan di media sosial tanpa data",
                                "correct": False,
                            },
                        ],
                        "explanation": "Kesepakatan yang diulang dan notulen tertulis memudahkan "
                        "penagihan janji. Memberi imbalan kepada pejabat melanggar hukum.",
                    },
                    {
                        "question": "Sebelum melapor ke Ombudsman RI, apa yang biasanya sudah "
                        "perlu Anda lakukan?",
                        "kind": "single",
                        "choices": [
                            {
                                "text": "Melapor lebih dulu kepada instansi yang bersangkutan",
                                "correct": True,
                            },
                            {"text": "Membayar biaya pendaftaran laporan", "correct": False},
                            {"text": "Meminta izin tertulis dari lurah", "correct": False},
                        ],
                        "explanation": "Ombudsman biasanya meminta bukti bahwa instansi sudah "
                        "diberi kesempatan menanggapi. Melapor ke Ombudsman tidak dipungut biaya "
                        "dan tidak perlu izin siapa pun.",
                    },
                ],
                "pass_mark": 70,
            },
        ],
    },
]
