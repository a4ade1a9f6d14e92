"""Demo rights-and-obligations guides for Kelurahan Tanjung Barat (examples marked "contoh")."""

SERVICE_AREAS = [  # slug, Indonesian name, English name
    ("kependudukan", "Kependudukan", "Civil registration"),
    ("kesehatan", "Kesehatan", "Health"),
    ("pendidikan", "Pendidikan", "Education"),
    ("pengaduan", "Pengaduan", "Complaints"),
    ("partisipasi", "Partisipasi Warga", "Civic participation"),
]

_KELURAHAN_ADDRESS = (
    "Jl. Contoh Raya No. 1, Tanjung Barat, Jagakarsa, Jakarta Selatan 12530 (contoh)"
)
_KELURAHAN_HOURS = "Senin–Jumat 08.00–15.00 (contoh)"
_KELURAHAN_CONTACT = "Telepon (021) 000-0000, e-mail contoh@akademiwarga.test (contoh)"
_REVIEWER = "Tim Akademi Warga (contoh)"
# Where to complain, shown as links (cms/complaint_channels.py has the official addresses).
_JAKARTA_CHANNELS = [("official", key) for key in ("jaki", "crm", "lapor", "ombudsman")]
_BPJS_CARE_CENTER = (
    "other",
    {
        "name": "BPJS Kesehatan Care Center",
        "url": "https://www.bpjs-kesehatan.go.id",
        "phone": "165",
        "email": "",
        "description": "Pertanyaan dan pengaduan peserta BPJS Kesehatan.",
    },
)

GUIDES = [
    {
        "title": "Membuat atau Memperbarui KTP Elektronik",
        "slug": "membuat-ktp-elektronik",
        "service_area": "kependudukan",
        "summary": "Panduan ini menjelaskan cara membuat KTP elektronik (KTP-el) untuk pertama "
        "kali di Tanjung Barat. Anda juga bisa membaca cara mengganti KTP-el yang hilang, rusak, "
        "atau datanya berubah. Semua layanan ini gratis.",
        "rights": [
            "Anda berhak mendapat KTP-el tanpa biaya, termasuk pengganti KTP-el yang hilang "
            "atau rusak.",
            "Anda berhak dilayani sama rata, tanpa dibedakan karena agama, suku, atau keadaan "
            "ekonomi.",
            "Anda berhak tahu kapan KTP-el selesai dan mendapat bukti pengajuan.",
            "Anda berhak atas perlindungan data pribadi yang Anda berikan kepada petugas.",
            "Anda berhak memakai KTP-el seumur hidup tanpa perpanjangan, selama datanya tidak "
            "berubah.",
        ],
        "obligations": [
            "Anda wajib memiliki KTP-el sejak berumur 17 tahun, atau sejak menikah jika lebih "
            "muda.",
            "Anda wajib membawa KTP-el saat bepergian.",
            "Anda wajib memberi data yang benar dan hanya boleh memiliki satu KTP-el.",
            "Anda wajib melapor ke Dukcapil jika data berubah, atau jika KTP-el hilang atau "
            "rusak.",
        ],
        "steps": [
            {
                "title": "Siapkan dokumen",
                "text": "Bawa Kartu Keluarga (KK). Jika KTP-el hilang, minta surat keterangan "
                "hilang di kantor polisi. Jika KTP-el rusak, bawa kartu yang rusak itu.",
            },
            {
                "title": "Datang ke loket Dukcapil kelurahan",
                "text": "Dukcapil adalah layanan Kependudukan dan Pencatatan Sipil. Loketnya ada "
                "di Kantor Kelurahan Tanjung Barat. Ambil nomor antrean dan serahkan dokumen "
                "kepada petugas.",
            },
            {
                "title": "Rekam data diri (khusus KTP-el pertama)",
                "text": "Petugas memotret wajah Anda. Petugas juga merekam sidik jari, iris mata, "
                "dan tanda tangan. Langkah ini disebut perekaman. Biasanya perekaman cukup "
                "sekali seumur hidup.",
            },
            {
                "title": "Periksa data sebelum dicetak",
                "text": "Baca nama, tempat dan tanggal lahir, serta alamat dengan teliti. Minta "
                "perbaikan saat itu juga jika ada yang salah.",
            },
            {
                "title": "Ambil KTP-el Anda",
                "text": "Ambil KTP-el sesuai waktu yang dijanjikan. Jika kartu belum bisa "
                "dicetak, minta bukti pengajuan. Tanyakan juga kapan kartu bisa diambil.",
            },
            {
                "title": "Pilihan daring untuk penggantian",
                "text": "Untuk KTP-el hilang, rusak, atau ganti data, tanyakan layanan daring "
                "Dukcapil DKI Jakarta (Alpukat Betawi). Kartu yang sudah jadi tetap diambil di "
                "kelurahan.",
            },
        ],
        "documents": [
            "Kartu Keluarga (KK) asli",
            "Surat keterangan hilang dari kepolisian, jika KTP-el hilang",
            "KTP-el lama yang rusak, jika KTP-el rusak",
            "Dokumen bukti perubahan data, misalnya buku nikah, jika data Anda berubah",
        ],
        "fee": "",
        "service_time": "Biasanya selesai di hari yang sama jika blangko (kartu kosong) "
        "tersedia (contoh)",
        "office_name": "Loket Dukcapil Kantor Kelurahan Tanjung Barat",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Mengurus KTP-el tidak dipungut biaya menurut UU 24/2013, Pasal 79A. "
        "Jika petugas meminta uang, itu pungutan liar (pungli). Pungli adalah uang yang diminta "
        "tanpa dasar aturan. Laporkan lewat aplikasi JAKI atau LAPOR! di lapor.go.id. Jika tidak "
        "ditanggapi, adukan ke Ombudsman RI Perwakilan Jakarta Raya lewat ombudsman.go.id.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    {
        "title": "Mengurus Kartu Keluarga (KK)",
        "slug": "mengurus-kartu-keluarga",
        "service_area": "kependudukan",
        "summary": "Kartu Keluarga (KK) mencatat semua anggota satu keluarga. KK perlu "
        "diperbarui jika ada kelahiran, kematian, pernikahan, perceraian, atau pindah rumah. "
        "Mengurus KK di Tanjung Barat gratis.",
        "rights": [
            "Anda berhak mendapat KK baru atau KK yang diperbarui tanpa biaya.",
            "Anda berhak mendapat KK dengan data yang benar.",
            "Anda berhak meminta perbaikan jika ada salah tulis di KK.",
            "Anda berhak atas perlindungan data pribadi semua anggota keluarga Anda.",
        ],
        "obligations": [
            "Anda wajib melaporkan perubahan keluarga ke Dukcapil (layanan kependudukan), "
            "misalnya kelahiran.",
            "Anda wajib melaporkan kelahiran paling lambat 60 hari sejak bayi lahir.",
            "Keluarga bersama ketua RT wajib melaporkan kematian paling lambat 30 hari.",
            "Anda wajib memberi data yang benar dan menyimpan KK dengan baik.",
        ],
        "steps": [
            {
                "title": "Tentukan perubahan yang perlu dicatat",
                "text": "Contohnya menambah anak, membuat KK sendiri setelah menikah, atau pindah "
                "alamat. Bisa juga menghapus anggota keluarga yang meninggal.",
            },
            {
                "title": "Siapkan dokumen",
                "text": "Bawa KK lama dan KTP-el kepala keluarga. Tambahkan dokumen sesuai "
                "perubahan, misalnya buku nikah atau akta kelahiran. Lihat daftar dokumen di "
                "bawah.",
            },
            {
                "title": "Isi formulir di loket Dukcapil kelurahan",
                "text": "Petugas memberi formulir biodata keluarga. Isi dengan jujur dan lengkap. "
                "Tanyakan kepada petugas jika ada isian yang tidak jelas.",
            },
            {
                "title": "Periksa data sebelum dicetak",
                "text": "Periksa ejaan nama, tanggal lahir, hubungan keluarga, dan status "
                "perkawinan. Kesalahan kecil bisa menyulitkan urusan sekolah atau bank.",
            },
            {
                "title": "Terima KK baru",
                "text": "KK kini dicetak di kertas putih biasa. KK itu sah karena memakai tanda "
                "tangan elektronik dan kode QR. Simpan juga salinannya di tempat aman.",
            },
        ],
        "documents": [
            "KK lama",
            "KTP-el kepala keluarga",
            "Buku nikah atau akta perkawinan, untuk KK baru setelah menikah",
            "Akta kelahiran atau surat keterangan lahir, untuk menambah anak",
            "Akta kematian atau surat keterangan kematian, untuk menghapus anggota yang meninggal",
            "Surat keterangan pindah, jika Anda datang dari kota lain",
        ],
        "fee": "",
        "service_time": "Paling lama 3 hari kerja jika berkas lengkap (contoh)",
        "office_name": "Loket Dukcapil Kantor Kelurahan Tanjung Barat",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Mengurus KK tidak dipungut biaya menurut UU 24/2013, Pasal 79A. Jika "
        "diminta uang atau berkas ditunda tanpa alasan, tanyakan dulu ke kepala loket. Anda bisa "
        "melapor lewat aplikasi JAKI atau LAPOR! di lapor.go.id. Jika tidak selesai, adukan ke "
        "Ombudsman RI Perwakilan Jakarta Raya.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    {
        "title": "Berobat di Puskesmas dengan BPJS Kesehatan",
        "slug": "berobat-di-puskesmas-bpjs",
        "service_area": "kesehatan",
        "summary": "Puskesmas adalah tempat berobat pertama (faskes pertama) bagi peserta BPJS "
        "Kesehatan. Panduan ini menjelaskan cara berobat di puskesmas Tanjung Barat. Anda juga "
        "bisa membaca hak dan kewajiban sebagai peserta.",
        "rights": [
            "Anda berhak dilayani tanpa biaya untuk layanan yang ditanggung, selama kepesertaan "
            "aktif.",
            "Anda berhak mendapat obat yang ditanggung BPJS Kesehatan tanpa membayar lagi.",
            "Anda berhak mendapat surat rujukan ke rumah sakit jika dokter menilai perlu.",
            "Dalam keadaan gawat darurat, Anda berhak ditolong di fasilitas kesehatan terdekat "
            "tanpa rujukan.",
            "Anda berhak mendapat penjelasan tentang penyakit dan pengobatan Anda.",
            "Anda berhak pindah faskes pertama setelah terdaftar paling sedikit 3 bulan.",
        ],
        "obligations": [
            "Anda wajib membayar iuran paling lambat tanggal 10 setiap bulan, kecuali iuran "
            "dibayar pemerintah.",
            "Anda wajib berobat dulu ke faskes pertama tempat Anda terdaftar, kecuali gawat "
            "darurat.",
            "Anda wajib memberi data yang benar dan melapor jika data berubah.",
            "Anda wajib mengikuti aturan puskesmas, termasuk antre dengan tertib.",
        ],
        "steps": [
            {
                "title": "Pastikan kepesertaan Anda aktif",
                "text": "Cek status lewat aplikasi Mobile JKN atau BPJS Kesehatan Care Center "
                "165. Lihat juga faskes pertama Anda. Faskes pertama (FKTP) adalah puskesmas atau "
                "klinik tempat Anda terdaftar.",
            },
            {
                "title": "Datang ke puskesmas dan ambil antrean",
                "text": "Datang pada jam layanan. Anda juga bisa mengambil antrean lewat Mobile "
                "JKN jika fitur itu tersedia. Dahulukan lansia, ibu hamil, dan penyandang "
                "disabilitas.",
            },
            {
                "title": "Daftar di loket",
                "text": "Tunjukkan KTP-el atau sebutkan NIK Anda. NIK adalah nomor induk "
                "kependudukan di KTP-el dan KK. Petugas akan memeriksa status BPJS Anda.",
            },
            {
                "title": "Diperiksa dokter",
                "text": "Ceritakan keluhan Anda dengan jelas. Tanyakan nama penyakit dan cara "
                "minum obat. Anda boleh bertanya sampai paham.",
            },
            {
                "title": "Ambil obat atau rujukan",
                "text": "Ambil obat di apotek puskesmas. Jika perlu ke rumah sakit, dokter "
                "memberi surat rujukan. Simpan surat itu dan bawa ke rumah sakit.",
            },
        ],
        "documents": [
            "KTP-el atau NIK peserta",
            "Kartu JKN-KIS atau kartu digital di aplikasi Mobile JKN, jika ada",
            "Surat rujukan balik atau resep lama, jika sedang berobat rutin",
        ],
        "fee": "Tanpa biaya bila BPJS aktif dan layanan ditanggung. Jika tidak aktif, tanyakan "
        "tarif di loket.",
        "service_time": "Dilayani di hari yang sama sesuai nomor antrean (contoh)",
        "office_name": "Puskesmas Kelurahan Tanjung Barat (contoh)",
        "office_address": "Jl. Contoh Sehat No. 2, Tanjung Barat, Jagakarsa, Jakarta Selatan "
        "12530 (contoh)",
        "office_hours": "Senin–Jumat 07.30–16.00, Sabtu 07.30–12.00 (contoh)",
        "office_contact": "Telepon (021) 000-0000, e-mail contoh@akademiwarga.test (contoh)",
        "complaint": "Jika diminta membayar untuk layanan yang ditanggung, tanyakan dasar "
        "biayanya kepada petugas. Catat jenis layanan dan jumlah uang yang diminta. Hubungi BPJS "
        "Kesehatan Care Center 165 atau kantor cabang BPJS Kesehatan. Anda juga bisa melapor "
        "lewat JAKI atau LAPOR! di lapor.go.id. Jika tidak selesai, adukan ke Ombudsman RI.",
        "complaint_channels": [_BPJS_CARE_CENTER, *_JAKARTA_CHANNELS],
        "reviewer": _REVIEWER,
    },
    {
        "title": "Mendaftarkan Anak Sekolah (PPDB)",
        "slug": "mendaftar-sekolah-ppdb",
        "service_area": "pendidikan",
        "summary": "Panduan ini menjelaskan cara mendaftarkan anak ke SD, SMP, atau SMA negeri "
        "di Jakarta. Sejak 2025, PPDB berganti nama menjadi SPMB (Sistem Penerimaan Murid "
        "Baru). Pendaftaran di sekolah negeri gratis.",
        "rights": [
            "Anak Anda berhak mendaftar ke sekolah negeri tanpa biaya pendaftaran.",
            "Anda berhak mendapat informasi jadwal, jalur, kuota, dan syarat sebelum pendaftaran "
            "dibuka.",
            "Anda berhak memilih jalur yang sesuai: domisili, afirmasi, prestasi, atau mutasi.",
            "Anak berusia 7 tahun berhak diutamakan saat mendaftar ke SD negeri.",
            "Anda berhak bertanya dan mengadu jika hasil seleksi terasa tidak adil.",
        ],
        "obligations": [
            "Anda wajib menyekolahkan anak usia 7 sampai 15 tahun (wajib belajar).",
            "Anda wajib mengisi data yang benar, karena data palsu bisa membatalkan pendaftaran.",
            "Anda wajib mengikuti jadwal dan tahapan yang diumumkan.",
            "Anda wajib melakukan lapor diri (daftar ulang) tepat waktu jika anak diterima.",
        ],
        "steps": [
            {
                "title": "Pantau pengumuman resmi",
                "text": "Jadwal dan aturan diumumkan Dinas Pendidikan DKI Jakarta. Baca di situs "
                "resmi SPMB Jakarta atau di papan pengumuman sekolah. Jangan percaya calo atau "
                "tawaran kursi berbayar.",
            },
            {
                "title": "Kenali jalur pendaftaran",
                "text": "Jalur domisili (dulu zonasi) untuk anak yang tinggal dekat sekolah. "
                "Jalur afirmasi untuk keluarga kurang mampu dan anak penyandang disabilitas. "
                "Ada juga jalur prestasi dan jalur mutasi.",
            },
            {
                "title": "Siapkan dokumen",
                "text": "Pastikan nama dan tanggal lahir anak sama di akta dan KK. Untuk jalur "
                "domisili, KK biasanya harus terbit paling singkat 1 tahun sebelum pendaftaran.",
            },
            {
                "title": "Daftar dan pilih sekolah",
                "text": "Buat akun pendaftaran sesuai petunjuk resmi. Isi data, unggah dokumen, "
                "lalu pilih sekolah. Jika butuh bantuan, datang ke sekolah atau posko SPMB.",
            },
            {
                "title": "Pantau hasil seleksi",
                "text": "Cek hasil di situs resmi sesuai jadwal. Simpan tangkapan layar hasil "
                "seleksi Anda.",
            },
            {
                "title": "Lapor diri di sekolah",
                "text": "Jika anak diterima, lakukan lapor diri sesuai jadwal. Jika terlambat, "
                "kursi anak bisa diberikan kepada pendaftar lain.",
            },
        ],
        "documents": [
            "Akta kelahiran anak",
            "Kartu Keluarga (KK) yang memuat nama anak",
            "Rapor atau surat keterangan lulus, untuk mendaftar SMP atau SMA",
            "Bukti jalur afirmasi, misalnya kartu KJP Plus (bantuan pendidikan Pemprov DKI) atau "
            "surat keterangan disabilitas",
            "Sertifikat atau piagam, jika memakai jalur prestasi",
            "Surat penugasan orang tua, jika memakai jalur mutasi",
        ],
        "fee": "",
        "service_time": "Sesuai jadwal SPMB Jakarta, biasanya antara Mei dan Juli (contoh)",
        "office_name": "Sekolah negeri terdekat atau posko SPMB di kelurahan (contoh)",
        "office_address": "Jl. Contoh Pendidikan No. 3, Tanjung Barat, Jagakarsa, Jakarta "
        "Selatan 12530 (contoh)",
        "office_hours": "Senin–Jumat 08.00–14.00 selama masa pendaftaran (contoh)",
        "office_contact": "Telepon (021) 000-0000, e-mail contoh@akademiwarga.test (contoh)",
        "complaint": "Jika diminta uang atau data anak tidak diproses, lapor ke posko SPMB "
        "sekolah. Anda juga bisa mengadu ke Suku Dinas Pendidikan. Laporan bisa dikirim lewat "
        "aplikasi JAKI atau LAPOR! di lapor.go.id. Jika tidak ditanggapi, adukan ke Ombudsman RI "
        "Perwakilan Jakarta Raya.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    {
        "title": "Melaporkan Masalah atau Mengadu tentang Layanan",
        "slug": "melaporkan-masalah-pengaduan",
        "service_area": "pengaduan",
        "summary": "Anda boleh mengadu jika layanan publik lambat, tidak adil, atau meminta uang "
        "tanpa aturan. Panduan ini menjelaskan cara mengadu di Tanjung Barat. Salurannya mulai "
        "dari kelurahan, JAKI, LAPOR!, sampai Ombudsman RI.",
        "rights": [
            "Anda berhak mengadu jika layanan tidak sesuai standar pelayanan yang diumumkan.",
            "Anda berhak mendapat tanggapan atas pengaduan Anda.",
            "Anda berhak meminta agar nama Anda dirahasiakan saat melapor.",
            "Anda berhak mengadu tanpa biaya di semua saluran resmi.",
            "Anda berhak melapor ke Ombudsman RI jika aduan ke instansi tidak selesai.",
        ],
        "obligations": [
            "Anda wajib menyampaikan fakta yang benar, bukan fitnah atau kabar bohong.",
            "Anda wajib menjelaskan apa yang terjadi, kapan, di mana, dan siapa yang terlibat.",
            "Anda wajib bersikap sopan dan tidak memakai ancaman atau kekerasan.",
            "Anda wajib tidak menyebarkan data pribadi orang lain dalam laporan.",
        ],
        "steps": [
            {
                "title": "Catat kejadiannya",
                "text": "Tulis tanggal, jam, tempat, dan jenis layanan. Catat nama atau ciri "
                "petugas jika tahu. Simpan bukti seperti foto, kuitansi, atau nomor antrean.",
            },
            {
                "title": "Adukan langsung ke kantor layanan",
                "text": "Standar pelayanan adalah aturan tertulis tentang syarat, biaya, dan "
                "waktu layanan. Jika layanan menyimpang, sampaikan ke petugas pengaduan atau "
                "atasan petugas. Minta tanda terima.",
            },
            {
                "title": "Lapor lewat JAKI atau LAPOR!",
                "text": "JAKI adalah aplikasi Pemprov DKI Jakarta. Laporan masuk ke sistem CRM "
                "(Cepat Respon Masyarakat), lalu diteruskan ke petugas. LAPOR! bisa diakses di "
                "lapor.go.id. Pilih laporan rahasia jika perlu.",
            },
            {
                "title": "Pantau laporan Anda",
                "text": "Simpan nomor laporan. Cek perkembangannya di aplikasi atau situs. "
                "Tambahkan keterangan jika petugas memintanya.",
            },
            {
                "title": "Lapor ke Ombudsman RI jika tidak selesai",
                "text": "Ombudsman RI mengawasi pelayanan publik. Lapor jika Anda sudah mengadu "
                "ke instansi, tetapi tidak selesai. Kejadiannya juga belum lewat 2 tahun. "
                "Lapor ke Ombudsman gratis.",
            },
        ],
        "documents": [
            "KTP-el atau identitas lain",
            "Bukti pendukung, misalnya foto, kuitansi, nomor antrean, atau tangkapan layar",
            "Catatan kronologi: tanggal, tempat, dan apa yang terjadi",
            "Bukti sudah mengadu ke instansi, jika melapor ke Ombudsman RI",
        ],
        "fee": "",
        "service_time": "Pengaduan tertulis wajib ditanggapi paling lambat 14 hari (UU 25/2009)",
        "office_name": "Meja Pengaduan Kantor Kelurahan Tanjung Barat",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Jika aduan di kelurahan diabaikan, sampaikan ke kantor kecamatan atau "
        "Inspektorat (pengawas internal pemerintah). Anda bisa memakai aplikasi JAKI atau "
        "LAPOR! di lapor.go.id. Maladministrasi adalah layanan yang menyimpang, misalnya ditunda "
        "tanpa alasan atau diminta uang. Laporkan maladministrasi ke Ombudsman RI Perwakilan "
        "Jakarta Raya lewat ombudsman.go.id. "
        "Jika Anda diancam karena melapor, catat ancamannya dan laporkan.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    {
        "title": "Ikut Serta dalam Musrenbang Kelurahan",
        "slug": "ikut-musrenbang-kelurahan",
        "service_area": "partisipasi",
        "summary": "Musrenbang (Musyawarah Perencanaan Pembangunan) adalah musyawarah warga dan "
        "pemerintah. Isinya menyusun rencana pembangunan tahun depan. Panduan ini menjelaskan "
        "cara warga Tanjung Barat mengusulkan kegiatan dan mengawal hasilnya.",
        "rights": [
            "Anda berhak tahu jadwal, tempat, dan tata cara musrenbang sebelum acara.",
            "Anda berhak mengusulkan kegiatan lewat RT, RW, atau rembuk RW.",
            "Anda berhak didengar tanpa dibedakan, termasuk perempuan, pemuda, lansia, dan "
            "penyandang disabilitas.",
            "Anda berhak meminta hasil musrenbang, karena hasil itu informasi publik.",
            "Anda berhak bertanya mengapa sebuah usulan tidak dipilih.",
        ],
        "obligations": [
            "Anda wajib menyampaikan usulan yang nyata, lengkap dengan lokasi dan manfaatnya.",
            "Anda wajib mengikuti tata tertib dan menghormati pendapat warga lain.",
            "Anda wajib mengutamakan kepentingan bersama, bukan kepentingan pribadi.",
        ],
        "steps": [
            {
                "title": "Cari tahu jadwalnya",
                "text": "Tanyakan ke ketua RT, RW, atau kantor kelurahan. Di Jakarta, tahap "
                "awalnya adalah rembuk RW. Rembuk RW adalah musyawarah warga di tingkat RW.",
            },
            {
                "title": "Kumpulkan masalah bersama tetangga",
                "text": "Bicarakan masalah lingkungan, misalnya saluran air tersumbat atau jalan "
                "rusak. Foto lokasinya. Pilih masalah yang paling mendesak.",
            },
            {
                "title": "Sampaikan usulan di rembuk RW",
                "text": "Tulis usulan singkat: masalah, lokasi, dan siapa yang terbantu. Usulan "
                "yang disepakati dimasukkan ke sistem e-Musrenbang Pemprov DKI Jakarta.",
            },
            {
                "title": "Hadiri musrenbang kelurahan",
                "text": "Di sini usulan semua RW dibahas dan diurutkan. Anda bisa datang atau "
                "diwakili utusan RW. LMK (Lembaga Musyawarah Kelurahan) juga menampung aspirasi "
                "warga.",
            },
            {
                "title": "Kawal hasilnya",
                "text": "Usulan dibahas lagi di tingkat kecamatan, kota, dan provinsi. Tanyakan "
                "hasilnya ke kelurahan. Pantau apakah kegiatan masuk rencana tahun depan.",
            },
        ],
        "documents": [],
        "fee": "",
        "service_time": "Sekali setahun; rembuk RW dan musrenbang biasanya Desember–Februari "
        "(contoh)",
        "office_name": "Kantor Kelurahan Tanjung Barat",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Jika Anda tidak diundang atau usulan tidak dicatat, tanyakan dulu ke lurah "
        "atau LMK. Anda boleh meminta notulen dan daftar usulan sebagai informasi publik. "
        "Keluhan bisa dikirim lewat aplikasi JAKI atau LAPOR! di lapor.go.id. Jika ada "
        "penyimpangan layanan, adukan ke Ombudsman RI Perwakilan Jakarta Raya.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
    {
        "title": "Mengurus Akta Kelahiran Anak",
        "slug": "mengurus-akta-kelahiran",
        "service_area": "kependudukan",
        "summary": "Akta kelahiran adalah bukti resmi kelahiran dan identitas anak. Laporkan "
        "kelahiran ke Dukcapil (layanan kependudukan) paling lambat 60 hari. Membuat akta "
        "kelahiran di Tanjung Barat gratis.",
        "rights": [
            "Anak Anda berhak atas identitas diri, dan akta kelahiran adalah buktinya.",
            "Anda berhak mendapat akta kelahiran tanpa biaya.",
            "Anda tetap berhak membuat akta walaupun pelaporan lewat dari 60 hari.",
            "Anda berhak memakai SPTJM (surat pernyataan) jika tidak punya surat keterangan lahir "
            "atau buku nikah.",
        ],
        "obligations": [
            "Anda wajib melaporkan kelahiran anak paling lambat 60 hari sejak lahir.",
            "Anda wajib memberi data yang benar, karena keterangan palsu dapat dipidana.",
            "Anda wajib memeriksa ejaan nama anak dan menyimpan akta dengan baik.",
        ],
        "steps": [
            {
                "title": "Siapkan dokumen",
                "text": "Minta surat keterangan lahir dari rumah sakit, puskesmas, atau bidan. "
                "Siapkan juga KK, KTP-el orang tua, dan buku nikah.",
            },
            {
                "title": "Kenali SPTJM",
                "text": "SPTJM adalah Surat Pernyataan Tanggung Jawab Mutlak. Isinya pernyataan "
                "Anda bahwa data yang diberikan benar. SPTJM bisa mengganti surat keterangan "
                "lahir atau buku nikah.",
            },
            {
                "title": "Siapkan dua saksi jika memakai SPTJM",
                "text": "Saksi adalah orang dewasa yang mengetahui kelahiran anak. Bawa fotokopi "
                "KTP-el kedua saksi.",
            },
            {
                "title": "Datang ke loket Dukcapil kelurahan",
                "text": "Serahkan dokumen dan isi formulir pelaporan kelahiran. Jika lewat 60 "
                "hari, pencatatan tetap bisa dilakukan dengan keputusan kepala Dinas Dukcapil.",
            },
            {
                "title": "Periksa dan terima akta",
                "text": "Periksa ejaan nama anak, tanggal lahir, dan nama orang tua. Nama anak "
                "juga dimasukkan ke KK keluarga Anda.",
            },
        ],
        "documents": [
            "Surat keterangan lahir dari rumah sakit, puskesmas, atau bidan",
            "Kartu Keluarga (KK) orang tua",
            "KTP-el orang tua",
            "Buku nikah atau akta perkawinan orang tua",
            "SPTJM dan fotokopi KTP-el dua saksi, jika surat keterangan lahir atau buku nikah "
            "tidak ada",
        ],
        "fee": "",
        "service_time": "Paling lama 3 hari kerja jika berkas lengkap (contoh)",
        "office_name": "Loket Dukcapil Kantor Kelurahan Tanjung Barat",
        "office_address": _KELURAHAN_ADDRESS,
        "office_hours": _KELURAHAN_HOURS,
        "office_contact": _KELURAHAN_CONTACT,
        "complaint": "Membuat akta kelahiran tidak dipungut biaya menurut UU 24/2013, Pasal 79A. "
        "Jika diminta uang atau berkas ditunda tanpa alasan, tanyakan dulu ke kepala loket. Anda "
        "bisa melapor lewat aplikasi JAKI atau LAPOR! di lapor.go.id. Jika tidak selesai, "
        "adukan ke Ombudsman RI Perwakilan Jakarta Raya.",
        "complaint_channels": _JAKARTA_CHANNELS,
        "reviewer": _REVIEWER,
    },
]
