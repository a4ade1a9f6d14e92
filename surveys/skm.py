"""What the regulation fixes for the Survei Kepuasan Masyarakat (SKM), in one place.

Source: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PermenPANRB)
Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara
Pelayanan Publik. Pasal 1: every public-service unit
runs the SKM at least once a year. Its appendix (Lampiran) fixes:

- the nine elements (unsur, Bab II "Ruang Lingkup": a. Persyaratan … i. Sarana dan prasarana),
  in ELEMENTS below, in that order, with the sample questionnaire's question and its four
  answers scored 1 to 4 (the questionnaire numbers Sarana dan prasarana 8 and Penanganan
  pengaduan 9; we keep the order of Bab II);
- the respondent's details the questionnaire asks for: sex, age, education, occupation;
- the index: the average of every element (nilai rata-rata, NRR), each weighted equally
  (1/9 ≈ 0,111), summed, and multiplied by 25 to read on 25–100 (surveys/ikm.py);
- the quality categories (mutu pelayanan) in CATEGORIES;
- the sample size: Krejcie and Morgan's table by population (surveys/ikm.py).

The question wording is the regulation's, addressed to "Anda" rather than "Saudara"."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

REGULATION = "PermenPANRB No. 14 Tahun 2017"
SCALE = (1, 2, 3, 4)


@dataclass(frozen=True)
class Element:
    code: str  # U1 … U9, the field name of the answer is its lower case
    name: str
    question: str
    answers: tuple[str, str, str, str]  # scored 1, 2, 3, 4

    @property
    def field(self) -> str:
        return self.code.lower()


ELEMENTS = (
    Element(
        "U1",
        _("Requirements"),
        _("How well do the requirements of the service match the kind of service?"),
        (_("Not suitable"), _("Less suitable"), _("Suitable"), _("Very suitable")),
    ),
    Element(
        "U2",
        _("Systems, mechanisms and procedures"),
        _("How easy are the procedures of this service to follow?"),
        (_("Not easy"), _("Less easy"), _("Easy"), _("Very easy")),
    ),
    Element(
        "U3",
        _("Completion time"),
        _("How fast was the service given?"),
        (_("Not fast"), _("Less fast"), _("Fast"), _("Very fast")),
    ),
    Element(
        "U4",
        _("Cost or fee"),
        _("How fair was the cost or fee of the service?"),
        (_("Very expensive"), _("Rather expensive"), _("Cheap"), _("Free")),
    ),
    Element(
        "U5",
        _("Product specification of the service"),
        _("How well does what you received match what the service standard promises?"),
        (_("Not suitable"), _("Less suitable"), _("Suitable"), _("Very suitable")),
    ),
    Element(
        "U6",
        _("Competence of the staff"),
        _("How competent were the staff who served you?"),
        (_("Not competent"), _("Less competent"), _("Competent"), _("Very competent")),
    ),
    Element(
        "U7",
        _("Behaviour of the staff"),
        _("How polite and friendly were the staff who served you?"),
        (
            _("Not polite and friendly"),
            _("Less polite and friendly"),
            _("Polite and friendly"),
            _("Very polite and friendly"),
        ),
    ),
    Element(
        "U8",
        _("Handling of complaints, suggestions and input"),
        _("How are complaints from service users handled?"),
        (
            _("There is no way to complain"),
            _("There is one, but it does not work"),
            _("It works, but not fully"),
            _("Complaints are handled well"),
        ),
    ),
    Element(
        "U9",
        _("Facilities and infrastructure"),
        _("What is the quality of the facilities and infrastructure?"),
        (_("Poor"), _("Fair"), _("Good"), _("Very good")),
    ),
)
ELEMENT_FIELDS = tuple(element.field for element in ELEMENTS)
WEIGHT = Decimal(1) / Decimal(len(ELEMENTS))  # 1/9 ≈ 0,111: every element weighs the same
CONVERSION = 25  # IKM on 1–4 × 25 reads on 25–100


@dataclass(frozen=True)
class Category:
    letter: str  # mutu pelayanan
    name: str  # kinerja unit pelayanan
    lowest: Decimal  # the interval of the converted index (nilai interval konversi)
    highest: Decimal

    @property
    def lowest_on_scale(self) -> Decimal:
        """The interval on the 1–4 scale (nilai interval): the converted one ÷ 25."""
        return self.lowest / CONVERSION

    @property
    def highest_on_scale(self) -> Decimal:
        return self.highest / CONVERSION


def _category(letter: str, name, lowest: str, highest: str) -> Category:
    return Category(letter, name, Decimal(lowest), Decimal(highest))


#: Nilai interval konversi 88,31–100 A Sangat Baik; 76,61–88,30 B Baik; 65,00–76,60 C Kurang
#: Baik; 25,00–64,99 D Tidak Baik (on 1–4: 3,5324–4,00; 3,0644–3,532; 2,60–3,064; 1,00–2,5996).
#: Highest first. The intervals are given to two decimals: the index is rounded to two first.
CATEGORIES = (
    _category("A", _("Very good"), "88.31", "100.00"),
    _category("B", _("Good"), "76.61", "88.30"),
    _category("C", _("Less than good"), "65.00", "76.60"),
    _category("D", _("Not good"), "25.00", "64.99"),
)


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")


class AgeGroup(models.TextChoices):
    # The questionnaire asks the age in years; a group is enough for the report and
    # identifies nobody.
    UNDER_20 = "under_20", _("Under 20")
    FROM_20 = "20_29", _("20–29")
    FROM_30 = "30_39", _("30–39")
    FROM_40 = "40_49", _("40–49")
    FROM_50 = "50_59", _("50–59")
    FROM_60 = "60_plus", _("60 or older")


class Education(models.TextChoices):
    PRIMARY = "sd", _("Primary school or less")
    JUNIOR = "smp", _("Junior secondary school (SMP)")
    SENIOR = "sma", _("Senior secondary school (SMA/SMK)")
    DIPLOMA = "diploma", _("Diploma (D1–D4)")
    BACHELOR = "s1", _("Bachelor's degree (S1)")
    MASTER = "s2", _("Master's degree (S2)")
    DOCTORATE = "s3", _("Doctorate (S3)")


class Occupation(models.TextChoices):
    CIVIL_SERVANT = "pns", _("Civil servant (PNS)")
    MILITARY = "tni", _("Armed forces (TNI)")
    POLICE = "polri", _("Police (POLRI)")
    PRIVATE = "swasta", _("Private sector employee")
    SELF_EMPLOYED = "wirausaha", _("Self-employed")
    OTHER = "other", _("Other")


RESPONDENT_DETAILS = ("age_group", "sex", "education", "occupation")
