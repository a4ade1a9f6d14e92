"""The demo site that `make run` loads: a home page, a few pages in Indonesian and English,
the kelurahan's settings and one account per role. Loading it twice changes nothing."""

import secrets
from dataclasses import dataclass
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.models import HomePage, KelurahanSettings, Profile, StandardPage, User

from . import roles
from .english_guides import ensure_english_guides
from .guides import ensure_guides
from .history import ensure_history
from .indicators import ensure_indicators
from .modules import assign_facilitator, complete_first_module, ensure_catalogue
from .pages import brochures_left_for_first_download, publish_child
from .sessions import ensure_sessions
from .surveys import ensure_survey_answers

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".demo-credentials"

ADMIN = "admin"
RESIDENT = None
DEMO_ACCOUNTS = [
    ("admin@akademiwarga.test", "Admin Demo", ADMIN),
    ("fasilitator@akademiwarga.test", "Siti Fasilitator", roles.FACILITATOR),
    ("koordinator@akademiwarga.test", "Budi Koordinator", roles.COORDINATOR),
    ("pejabat@akademiwarga.test", "Rina Pejabat Kelurahan", roles.OFFICIAL),
    ("warga@akademiwarga.test", "Dewi Lestari", RESIDENT),
]

HOME = {
    "id": {
        "title": "Beranda",
        "hero_title": "Belajar bersama untuk pelayanan publik yang lebih baik",
        "hero_text": "Pelatihan gratis dan panduan hak dan kewajiban warga, dari Kelurahan Tanjung "
        "Barat bersama warganya.",
        "hero_link_text": "Kenali Akademi Warga",
        "introduction": "<p>Akademi Warga adalah tempat warga dan pengurus RW belajar mengelola "
        "anggaran, menjalankan kegiatan, dan menyuarakan usulan. Semua materi memakai bahasa yang "
        "sederhana dan bisa dibuka dari ponsel.</p>",
        "how_it_works_heading": "Cara kerjanya",
        "steps": [
            ("Daftar", "Buat akun dengan alamat e-mail Anda. Gratis."),
            (
                "Pilih modul",
                "Pilih pelatihan yang Anda perlukan, lalu pelajari sesuai waktu Anda.",
            ),
            ("Ikuti sesi", "Datang ke sesi tatap muka di kantor kelurahan atau balai RW."),
            (
                "Dapat sertifikat",
                "Selesaikan modul dan unduh sertifikat yang bisa diperiksa siapa saja.",
            ),
        ],
    },
    "en": {
        "title": "Home",
        "hero_title": "Learning together for better public services",
        "hero_text": "Free training and guides to residents' rights and obligations, from Kelurahan "
        "Tanjung Barat and its residents.",
        "hero_link_text": "About Akademi Warga",
        "introduction": "<p>Akademi Warga is where residents and neighbourhood (RW) boards learn to "
        "manage budgets, run projects and put their proposals forward. Everything is written in "
        "plain language and works on a phone.</p>",
        "how_it_works_heading": "How it works",
        "steps": [
            ("Sign up", "Create an account with your e-mail address. It is free."),
            ("Choose a module", "Pick the training you need and learn at your own pace."),
            (
                "Attend a session",
                "Come to an in-person session at the kelurahan office or RW hall.",
            ),
            (
                "Get a certificate",
                "Complete the module and download a certificate anyone can verify.",
            ),
        ],
    },
}

ABOUT = {
    "id": {
        "title": "Tentang Akademi Warga",
        "slug": "tentang",
        "introduction": "Akademi Warga lahir dari kemitraan pemerintah kelurahan dan warga untuk "
        "pelayanan publik yang lebih baik.",
        "paragraph": "<p>Kami percaya pelayanan publik menjadi lebih baik ketika warga tahu hak dan "
        "kewajibannya, dan ketika pengurus RW punya keterampilan untuk merencanakan dan mengawasi "
        "kegiatan. Semua pelatihan di sini gratis.</p>",
        "callout": "Butuh bantuan? Datang ke kantor kelurahan pada jam kerja, petugas kami siap "
        "membantu Anda mendaftar.",
        "faq_question": "Apakah saya perlu membayar?",
        "faq_answer": "<p>Tidak. Semua modul, sesi dan sertifikat gratis.</p>",
    },
    "en": {
        "title": "About Akademi Warga",
        "slug": "about",
        "introduction": "Akademi Warga grew out of a partnership between the kelurahan government "
        "and its residents for better public services.",
        "paragraph": "<p>We believe public services improve when residents know their rights and "
        "obligations, and when RW boards have the skills to plan and oversee projects. All training "
        "here is free.</p>",
        "callout": "Need help? Visit the kelurahan office during office hours and our staff will "
        "help you sign up.",
        "faq_question": "Do I have to pay?",
        "faq_answer": "<p>No. All modules, sessions and certificates are free.</p>",
    },
}


@dataclass(frozen=True)
class DemoResult:
    password: str
    accounts: list[str]
    created_site: bool


@transaction.atomic
def load_demo() -> DemoResult:
    indonesian = Locale.objects.get_or_create(language_code="id")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    site = Site.objects.get(is_default_site=True)
    created_site = not isinstance(site.root_page.specific, HomePage)
    if created_site:
        _build_site(site, indonesian, english)
    _configure_kelurahan(site)
    _ensure_catalogue(site)
    _ensure_guides(site)
    with brochures_left_for_first_download():
        ensure_english_guides()
    _ensure_english_home(site)
    password = _load_or_create_password()
    accounts = [
        _ensure_account(email, name, role, password) for email, name, role in DEMO_ACCOUNTS
    ]
    assign_facilitator(User.objects.get(email="fasilitator@akademiwarga.test"))
    _ensure_learning_history(User.objects.get(email="warga@akademiwarga.test"))
    _ensure_sessions(
        User.objects.get(email="fasilitator@akademiwarga.test"),
        User.objects.get(email="warga@akademiwarga.test"),
    )
    ensure_survey_answers()
    ensure_indicators()
    ensure_history()
    return DemoResult(password=password, accounts=accounts, created_site=created_site)


def _build_site(site: Site, indonesian: Locale, english: Locale) -> None:
    root = Page.get_first_root_node()
    welcome = site.root_page
    home_id = publish_child(root, _home_page(HOME["id"], indonesian))
    site.root_page = home_id
    site.site_name = "Akademi Warga"
    site.save()
    if welcome.depth == 2 and not welcome.get_children().exists():
        welcome.delete()
    home_en = publish_child(root, _home_page(HOME["en"], english, translation_of=home_id))
    about_id = publish_child(home_id, _about_page(ABOUT["id"], indonesian))
    about_en = publish_child(home_en, _about_page(ABOUT["en"], english, translation_of=about_id))
    for home, about in ((home_id, about_id), (home_en, about_en)):
        home.hero_link = about
        home.save_revision().publish()


def _ensure_catalogue(site: Site) -> None:
    home = site.root_page.specific
    english = Locale.objects.get(language_code="en")
    index, created = ensure_catalogue(home, home.get_translation_or_none(english))
    if created:
        home.hero_link = index
        home.hero_link_text = "Lihat modul pelatihan"
        home.featured_modules_heading = "Mulai belajar"
        home.featured_modules = [("page", module) for module in index.get_children().live()]
        home.save_revision().publish()


def _ensure_guides(site: Site) -> None:
    home = site.root_page.specific
    english = Locale.objects.get(language_code="en")
    with brochures_left_for_first_download():
        index, created = ensure_guides(home, home.get_translation_or_none(english))
    if created:
        home.featured_guides_heading = "Kenali hak dan kewajiban Anda"
        home.featured_guides = [("page", guide) for guide in index.get_children().live()[:3]]
        home.save_revision().publish()


ENGLISH_HOME = {
    "hero_link_text": "See the training modules",
    "featured_modules_heading": "Start learning",
    "featured_guides_heading": "Know your rights and obligations",
}


def _ensure_english_home(site: Site) -> None:
    """The English home shows the same modules and guides as the Indonesian one (each in
    English where it is translated; cms/localized.py) under English headings."""
    home = site.root_page.specific
    english = home.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is None or english.specific.featured_modules or not home.featured_modules:
        return
    english = english.specific
    english.featured_modules = [("page", block.value) for block in home.featured_modules]
    english.featured_guides = [("page", block.value) for block in home.featured_guides]
    catalogue = home.hero_link and home.hero_link.get_translation_or_none(english.locale)
    if catalogue is not None:
        english.hero_link = catalogue
    for field, text in ENGLISH_HOME.items():
        setattr(english, field, text)
    english.save_revision().publish()


def _ensure_learning_history(resident: User) -> None:
    """The demo resident has completed the first module, so a certificate exists to look at."""
    complete_first_module(resident)


def _ensure_sessions(facilitator: User, resident: User) -> None:
    ensure_sessions(facilitator, resident)


def _home_page(content: dict, locale: Locale, translation_of: Page | None = None) -> HomePage:
    return HomePage(
        title=content["title"],
        slug="beranda" if locale.language_code == "id" else "home",
        locale=locale,
        hero_title=content["hero_title"],
        hero_text=content["hero_text"],
        hero_link_text=content["hero_link_text"],
        introduction=content["introduction"],
        how_it_works_heading=content["how_it_works_heading"],
        how_it_works=[
            ("step", {"title": title, "text": text}) for title, text in content["steps"]
        ],
        **_translation_key(translation_of),
    )


def _about_page(content: dict, locale: Locale, translation_of: Page | None = None) -> StandardPage:
    return StandardPage(
        title=content["title"],
        slug=content["slug"],
        locale=locale,
        show_in_menus=True,
        introduction=content["introduction"],
        body=[
            ("paragraph", content["paragraph"]),
            ("callout", {"kind": "tip", "title": "", "text": f"<p>{content['callout']}</p>"}),
            (
                "faq",
                {
                    "title": "",
                    "items": [
                        {"question": content["faq_question"], "answer": content["faq_answer"]}
                    ],
                },
            ),
        ],
        **_translation_key(translation_of),
    )


def _translation_key(translation_of: Page | None) -> dict:
    return {"translation_key": translation_of.translation_key} if translation_of else {}


def _configure_kelurahan(site: Site) -> None:
    kelurahan = KelurahanSettings.for_site(site)
    if kelurahan.address:
        return
    kelurahan.address = "Jl. Contoh Raya No. 1, Tanjung Barat\nJakarta Selatan 12530"
    kelurahan.phone = "(021) 000-0000"
    kelurahan.email = "kelurahan@akademiwarga.test"
    kelurahan.office_hours = "Senin–Jumat 08.00–16.00 (contoh)"
    kelurahan.office_hours_en = "Monday–Friday 8:00–16:00 (example)"
    kelurahan.save()


def _load_or_create_password() -> str:
    if CREDENTIALS_FILE.exists():
        return CREDENTIALS_FILE.read_text().strip()
    password = secrets.token_urlsafe(12)
    CREDENTIALS_FILE.write_text(password + "\n")
    CREDENTIALS_FILE.chmod(0o600)
    return password


def _ensure_account(email: str, full_name: str, role: str | None, password: str) -> str:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(email=email, first_name=full_name)
    user.is_staff = user.is_superuser = role == ADMIN
    if not user.check_password(password):
        user.set_password(password)
    user.save()
    if role in roles.STAFF_ROLES:
        user.groups.add(Group.objects.get(name=role))
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    Profile.objects.update_or_create(
        user=user, defaults={"full_name": full_name, "rw": 5, "rt": 3}
    )
    return email
