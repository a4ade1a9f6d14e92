from datetime import timedelta

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.models import (
    GuideIndexPage,
    GuidePage,
    HomePage,
    Profile,
    ServiceArea,
    StandardPage,
    User,
)
from courses.models import LessonPage, ModuleIndexPage, ModulePage, Topic, WorkshopSession
from surveys.models import SurveyPeriod, SurveyResponse

DEFAULT_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"warga{n}@example.test")
    first_name = factory.Faker("first_name")
    password = factory.django.Password(DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.groups.add(Group.objects.get(name=extracted))


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Faker("name")
    rw = 5
    rt = 3


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Beranda"
    hero_title = "Belajar bersama untuk pelayanan publik yang lebih baik"
    hero_text = "Pelatihan gratis untuk warga."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Halaman {n}")
    introduction = "Pengantar halaman."


class ModuleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModuleIndexPage

    title = "Modul Pelatihan"
    slug = "modul"


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Modul {n}")
    summary = "Ringkasan modul."
    topic = factory.LazyFunction(
        lambda: Topic.objects.get(slug="anggaran", locale__language_code="id")
    )
    estimated_minutes = 45


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Pelajaran {n}")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Isi pelajaran.</p>")])


def quiz_question(
    question="Siapa yang boleh ikut musrenbang?",
    kind="single",
    answers=None,
    explanation="",
    situation="",
):
    """A quiz question block value; answers are (text, correct) pairs."""
    answers = answers or [
        ("Semua warga", True),
        ("Hanya pengurus RW", False),
        ("Hanya lurah", False),
    ]
    return (
        "question",
        {
            "question": question,
            "kind": kind,
            "situation": situation,
            "choices": [
                {"text": text, "correct": correct, "feedback": ""} for text, correct in answers
            ],
            "explanation": explanation or "Musrenbang terbuka untuk semua warga.",
        },
    )


def site_home_page() -> HomePage:
    """The site's Indonesian home page, with an English translation, as the demo builds it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="beranda", hero_title="Belajar bersama warga")
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    english = Locale.objects.get_or_create(language_code="en")[0]
    HomePageFactory(
        parent=root,
        slug="home",
        locale=english,
        translation_key=home.translation_key,
        title="Home",
        hero_title="Learning together",
    )
    return home


def module_with_lessons(catalogue, lessons=3, quiz=True, **fields) -> ModulePage:
    """A module with `lessons` lessons; the last one has a two-question quiz when `quiz`."""
    module = ModulePageFactory(parent=catalogue, **fields)
    for number in range(1, lessons + 1):
        extra = {}
        if quiz and number == lessons:
            extra["quiz"] = [
                quiz_question(),
                quiz_question(
                    "Mana yang termasuk dokumen anggaran?",
                    kind="multiple",
                    answers=[("APBD", True), ("RKPD", True), ("KTP", False)],
                    explanation="KTP adalah kartu identitas, bukan dokumen anggaran.",
                ),
            ]
        LessonPageFactory(
            parent=module, title=f"Pelajaran {number}", slug=f"pelajaran-{number}", **extra
        )
    return module


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Hak dan Kewajiban"
    slug = "hak-dan-kewajiban"


class GuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidePage

    title = factory.Sequence(lambda n: f"Panduan {n}")
    service_area = factory.LazyFunction(
        lambda: ServiceArea.objects.get_or_create(
            slug="kependudukan", locale=Locale.get_default(), defaults={"name": "Kependudukan"}
        )[0]
    )
    summary = "Ringkasan panduan."
    rights = factory.LazyFunction(lambda: [("item", "Anda berhak dilayani dengan ramah.")])
    obligations = factory.LazyFunction(lambda: [("item", "Anda wajib membawa dokumen asli.")])
    steps = factory.LazyFunction(
        lambda: [("step", {"title": "Datang ke kantor", "text": "Ambil nomor antrean."})]
    )
    documents = factory.LazyFunction(lambda: [("item", "Kartu Keluarga asli")])
    complaint = "Laporkan lewat LAPOR! jika layanan tidak diberikan."


class WorkshopSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkshopSession

    title = factory.Sequence(lambda n: f"Lokakarya {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=2))
    venue = "Aula Kantor Kelurahan"
    capacity = 20

    class Params:
        # Started half an hour ago, ends in an hour and a half: people can check in.
        in_progress = factory.Trait(
            starts_at=factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=30))
        )


def service_area(slug="kependudukan", name="Kependudukan") -> ServiceArea:
    """A service area in the default language, as the guides and the survey use them."""
    return ServiceArea.objects.get_or_create(
        slug=slug, locale=Locale.get_default(), defaults={"name": name}
    )[0]


class SurveyPeriodFactory(factory.django.DjangoModelFactory):
    """An SKM period that is open today (from 30 days ago to 30 days ahead)."""

    class Meta:
        model = SurveyPeriod

    name = factory.Sequence(lambda n: f"SKM {2026 + n} Semester II")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    ends_on = factory.LazyAttribute(lambda period: period.starts_on + timedelta(days=60))


class SurveyResponseFactory(factory.django.DjangoModelFactory):
    """A paper answer of 3 ("good") to every element, for the training programme."""

    class Meta:
        model = SurveyResponse

    period = factory.SubFactory(SurveyPeriodFactory)
    service_area = None
    channel = SurveyResponse.Channel.PAPER
    u1 = u2 = u3 = u4 = u5 = u6 = u7 = u8 = u9 = 3
