"""Residents (accounts with a complete profile) and the facilitators who run sessions."""

import random
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from cms.models import Profile, User
from demo import roles

from . import content
from .base import Picker, Timeline, write_all

DOMAIN = "data.akademiwarga.test"


def email(label: str, kind: str, number: int) -> str:
    return f"{label}.{kind}{number:06d}@{DOMAIN}"


def run_label(run: int) -> str:
    return f"r{run}"


def labelled(label: str) -> bool:
    """Whether a data set with this label was generated in this database."""
    return User.objects.filter(email__startswith=f"{label}.", email__endswith=DOMAIN).exists()


def existing_runs() -> int:
    """How many numbered data sets were generated in this database already."""
    run = 0
    while labelled(run_label(run + 1)):
        run += 1
    return run


def random_name(rng: random.Random, gender: str = "") -> str:
    gender = gender or rng.choice(("female", "male"))
    given = rng.choice(content.FEMALE_NAMES if gender == "female" else content.MALE_NAMES)
    return given if rng.random() < 0.15 else f"{given} {rng.choice(content.FAMILY_NAMES)}"


@dataclass
class People:
    """Residents in the order they joined (index = position in these lists)."""

    ids: list[int] = field(default_factory=list)
    rws: list[int] = field(default_factory=list)
    joined: list[datetime] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    by_rw: dict[int, list[int]] = field(default_factory=dict)


def create_residents(
    count: int, *, label: str, rw_count: int, timeline: Timeline, rng: random.Random
) -> People:
    people = People()
    password = make_password(None)  # unusable: these accounts cannot sign in
    rw_picker = Picker(
        range(1, rw_count + 1), [rng.uniform(0.4, 2.0) for _ in range(rw_count)], rng
    )
    age_picker = Picker(*zip(*content.AGE_BANDS, strict=True), rng)
    gender_picker = Picker(*zip(*content.GENDERS, strict=True), rng)
    users, profiles = [], []
    for number, joined in enumerate(sorted(timeline.moment() for _ in range(count)), start=1):
        gender = gender_picker()
        name = random_name(rng, gender)
        given, _space, family = name.partition(" ")
        users.append(
            User(
                email=email(label, "warga", number),
                first_name=given,
                last_name=family,
                password=password,
                date_joined=joined,
            )
        )
        consent = rng.random() < 0.6
        rw = rw_picker()
        profiles.append(
            Profile(
                full_name=name,
                rw=rw,
                rt=rng.randint(1, 12),
                demographics_consent=consent,
                demographics_consent_at=joined if consent else None,
                age_band=age_picker() if consent else "",
                gender=gender if consent else "",
                preferred_language="en" if rng.random() < 0.04 else "id",
                updated_at=joined,
            )
        )
        people.rws.append(rw)
        people.joined.append(joined)
        people.names.append(name)
    for user, profile in zip(write_all(User, users), profiles, strict=True):
        profile.user_id = user.pk
        people.ids.append(user.pk)
    write_all(Profile, profiles)
    for index, rw in enumerate(people.rws):
        people.by_rw.setdefault(rw, []).append(index)
    return people


def create_facilitators(count: int, *, label: str, timeline: Timeline, rng: random.Random) -> list:
    password = make_password(None)
    names = [random_name(rng).partition(" ") for _number in range(count)]
    users = write_all(
        User,
        [
            User(
                email=email(label, "fasilitator", number),
                first_name=given,
                last_name=family,
                password=password,
                date_joined=timeline.start,
            )
            for number, (given, _space, family) in enumerate(names, start=1)
        ],
    )
    write_all(
        Profile,
        [
            Profile(
                user=user, full_name=user.get_full_name(), rw=1, rt=1, updated_at=timeline.start
            )
            for user in users
        ],
    )
    Group.objects.get(name=roles.FACILITATOR).user_set.add(*users)
    return [user.pk for user in users]
