from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, HowItWorksStepBlock


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. Residents never see a username: they sign in by e-mail."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email


class Profile(models.Model):
    class AgeBand(models.TextChoices):
        UNDER_18 = "under_18", _("Under 18")
        FROM_18 = "18_24", _("18–24")
        FROM_25 = "25_34", _("25–34")
        FROM_35 = "35_44", _("35–44")
        FROM_45 = "45_54", _("45–54")
        FROM_55 = "55_64", _("55–64")
        FROM_65 = "65_plus", _("65 or older")

    class Gender(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    full_name = models.CharField(
        _("full name"),
        max_length=150,
        blank=True,
        help_text=_("Your name exactly as it should be printed on certificates."),
    )
    rw = models.PositiveSmallIntegerField(
        "RW", null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    rt = models.PositiveSmallIntegerField(
        "RT", null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    demographics_consent = models.BooleanField(
        _("agrees to share age band and gender"), default=False
    )
    demographics_consent_at = models.DateTimeField(null=True, blank=True)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=[("id", "Bahasa Indonesia"), ("en", "English")],
        default="id",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(
                name="profile_demographics_need_consent",
                condition=models.Q(demographics_consent=True) | models.Q(age_band="", gender=""),
            )
        ]

    def __str__(self):
        return self.full_name or str(self.user)

    @property
    def is_complete(self) -> bool:
        return bool(self.full_name.strip() and self.rw and self.rt)


@register_setting(icon="site")
class KelurahanSettings(BaseSiteSetting):
    kelurahan_name = models.CharField(
        _("kelurahan name"), max_length=120, default="Kelurahan Tanjung Barat"
    )
    region = models.CharField(
        _("district and city"),
        max_length=160,
        blank=True,
        default="Kecamatan Jagakarsa, Jakarta Selatan",
    )
    address = models.TextField(_("office address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=160, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rw_count = models.PositiveSmallIntegerField(
        _("number of RWs"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("Residents choose their RW from 1 up to this number."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("kelurahan_name"),
                FieldPanel("region"),
                FieldPanel("logo"),
                FieldPanel("rw_count"),
            ],
            heading=_("Kelurahan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("kelurahan settings")


class HomePage(Page):
    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=300, blank=True)
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero button links to"),
    )
    hero_link_text = models.CharField(_("hero button text"), max_length=40, blank=True)
    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    featured_modules_heading = models.CharField(
        _("featured modules heading"), max_length=80, blank=True
    )
    featured_modules = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Module"), page_type="courses.ModulePage"))],
        blank=True,
        max_num=6,
        verbose_name=_("featured modules"),
    )
    featured_guides_heading = models.CharField(
        _("featured guides heading"), max_length=80, blank=True
    )
    featured_guides = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Guide")))],
        blank=True,
        max_num=6,
        verbose_name=_("featured guides"),
    )
    how_it_works_heading = models.CharField(_("'how it works' heading"), max_length=80, blank=True)
    how_it_works = StreamField(
        [("step", HowItWorksStepBlock())],
        blank=True,
        max_num=4,
        verbose_name=_("'how it works' steps"),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_text"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("featured_modules_heading"), FieldPanel("featured_modules")],
            heading=_("Featured modules"),
        ),
        MultiFieldPanel(
            [FieldPanel("featured_guides_heading"), FieldPanel("featured_guides")],
            heading=_("Featured guides"),
        ),
        MultiFieldPanel(
            [FieldPanel("how_it_works_heading"), FieldPanel("how_it_works")],
            heading=_("How it works"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.StandardPage", "courses.ModuleIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = [
            (
                self.featured_modules_heading or _("Featured modules"),
                self.featured_modules,
                "featured-modules",
            ),
            (
                self.featured_guides_heading or _("Featured guides"),
                self.featured_guides,
                "featured-guides",
            ),
        ]
        context["featured_sections"] = [
            (heading, pages, section_id)
            for heading, stream, section_id in sections
            if (pages := _live_pages_in_order(stream))
        ]
        return context


def _live_pages_in_order(stream) -> list[Page]:
    ids = [block.value.pk for block in stream if block.value]
    pages = Page.objects.live().public().filter(pk__in=ids).specific().in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


class StandardPage(Page):
    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
