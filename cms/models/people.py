from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


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


def site_languages() -> list[tuple[str, str]]:
    """The site's languages, read when asked: adding one is a settings change, no migration."""
    return list(settings.LANGUAGES)


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
        choices=site_languages,
        default="id",
    )
    workshop_emails = models.BooleanField(
        _("e-mails about workshops and certificates"), default=True
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
