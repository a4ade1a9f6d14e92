"""Create the data the load benchmark needs, on the database that DATABASE_URL names.

Run after `manage.py migrate` (and, optionally, `manage.py load_demo`):

    python bench/setup_data.py --learners 20 --lessons 10 --out /tmp/bench/data.json

It makes sure the site has its Indonesian home page and module catalogue (reusing the demo's
when `load_demo` ran), then adds a module dedicated to the benchmark (so the scenario
does not depend on demo content) with LESSONS lessons and no quiz, and LEARNERS learner accounts
that can sign in straight away: verified e-mail address, complete profile. It writes what the
locustfile needs (URLs, ids, e-mail addresses and their password) to --out, readable only by the
owner. Meant for a fresh, throwaway database: it refuses to run twice on the same one.
"""

import argparse
import json
import os
import secrets
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
MODULE_SLUG = "uji-beban-bench"
LEARNER_EMAIL = "bench-learner-{:03d}@bench.akademiwarga.test"

PARAGRAPHS = [
    "<p>Musyawarah rencana pembangunan (musrenbang) kelurahan adalah forum tempat warga, "
    "pengurus RW dan pemerintah kelurahan menyepakati usulan kegiatan untuk tahun berikutnya. "
    "Usulan yang baik menyebut <b>masalahnya</b>, <b>siapa yang terdampak</b> dan "
    "<b>berapa biayanya</b>.</p>",
    "<p>Sebelum musrenbang, kumpulkan data sederhana: jumlah rumah yang terdampak, foto "
    "kondisi saat ini, dan perkiraan biaya dari dua toko bangunan. Data ini membantu usulan "
    "Anda bersaing dengan usulan dari RW lain.</p>",
    "<ul><li>Tulis usulan dalam satu kalimat.</li><li>Lampirkan data dan foto.</li>"
    "<li>Tunjuk satu orang yang akan mempresentasikan.</li></ul>",
]


def _setup_django() -> None:
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def _home():
    """The site's Indonesian home page: the demo's if `load_demo` ran, else a minimal one that
    replaces Wagtail's welcome page, as the demo does."""
    from wagtail.models import Locale, Page, Site

    from cms.models import HomePage

    site = Site.objects.get(is_default_site=True)
    current = site.root_page.specific
    if isinstance(current, HomePage):
        return current
    home = HomePage(
        title="Beranda",
        slug="beranda",
        locale=Locale.objects.get(language_code="id"),
        hero_title="Belajar bersama untuk pelayanan publik yang lebih baik",
    )
    _publish(Page.get_first_root_node(), home)
    site.root_page = home
    site.site_name = "Akademi Warga"
    site.save()
    if current.depth == 2 and not current.get_children().exists():
        current.delete()
    return home


def _module_index(home):
    from courses.models import ModuleIndexPage

    index = ModuleIndexPage.objects.child_of(home).first()
    if index is None:
        index = ModuleIndexPage(title="Modul", slug="modul", introduction="Semua modul pelatihan.")
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def create_module(lessons: int):
    from courses.models import LessonPage, ModulePage, Topic

    index = _module_index(_home())
    if ModulePage.objects.filter(slug=MODULE_SLUG).exists():
        raise SystemExit(
            f"The benchmark module {MODULE_SLUG!r} already exists: use a fresh database."
        )
    topic = Topic.objects.filter(locale__language_code="id").first()
    if topic is None:
        raise SystemExit("No Indonesian topic: did the migrations run?")
    module = _publish(
        index,
        ModulePage(
            title="Modul uji beban: menyusun usulan musrenbang",
            slug=MODULE_SLUG,
            summary="Modul khusus untuk uji beban (benchmark); tidak untuk warga.",
            topic=topic,
            learning_objectives=[("objective", "Menyusun usulan kegiatan yang lengkap")],
            estimated_minutes=60,
        ),
    )
    pages = [
        _publish(
            module,
            LessonPage(
                title=f"Pelajaran {number}: langkah {number}",
                slug=f"pelajaran-{number}",
                introduction=f"Bagian {number} dari {lessons}.",
                body=[("paragraph", paragraph) for paragraph in PARAGRAPHS],
            ),
        )
        for number in range(1, lessons + 1)
    ]
    return module, pages


def create_learners(count: int, password: str) -> list[str]:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password

    from cms.models import Profile, User

    # One hash for every learner: hashing is deliberately slow and the accounts are identical.
    hashed = make_password(password)
    emails = [LEARNER_EMAIL.format(number) for number in range(1, count + 1)]
    User.objects.bulk_create(
        [
            User(email=email, password=hashed, first_name=f"Peserta {n}")
            for n, email in enumerate(emails, 1)
        ]
    )
    users = list(User.objects.filter(email__in=emails).order_by("email"))
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
    )
    Profile.objects.bulk_create(
        [Profile(user=user, full_name=f"Peserta Uji {user.pk}", rw=5, rt=3) for user in users]
    )
    return emails


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    _setup_django()

    from django.db import transaction

    password = secrets.token_urlsafe(16)
    with transaction.atomic():
        module, lessons = create_module(args.lessons)
        learners = create_learners(args.learners, password)
    data = {
        "module": {"id": module.pk, "url": module.url},
        "lessons": [{"id": lesson.pk, "url": lesson.url} for lesson in lessons],
        "learners": learners,
        "password": password,
    }
    args.out.touch(mode=0o600)
    args.out.write_text(json.dumps(data, indent=2))
    sys.stdout.write(
        f"Benchmark data: module {module.pk} at {module.url} with {len(lessons)} lessons, "
        f"{len(learners)} learners.\n"
    )


if __name__ == "__main__":
    main()
