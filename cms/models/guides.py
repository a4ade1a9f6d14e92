"""Rights-and-obligations guides: one public service or situation each, in plain language,
online and as a printable brochure."""

from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from ..blocks import OfficialChannelBlock, OtherChannelBlock, StepBlock
from ..localized import children_in_locale, in_locale, source_page
from ..translation_fields import PAGE_FIELDS


class ServiceArea(TranslatableMixin, models.Model):
    """The area of public service a guide belongs to (civil registration, health, …)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")
        ordering = ["name"]
        permissions = [
            ("download_print_pack", _("Can download the print pack of a service area's guides"))
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_service_area_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


def _text_list(label: str, max_length: int) -> StreamField:
    return StreamField(
        [("item", blocks.CharBlock(label=label, max_length=max_length))],
        blank=True,
        verbose_name=label,
    )


class GuideIndexPage(Page):
    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    override_translatable_fields = PAGE_FIELDS
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = children_in_locale(
            self, GuidePage.objects.select_related("service_area", "locale")
        )
        areas = sorted(
            {guide.service_area for guide in guides if guide.service_area}, key=lambda a: a.name
        )
        selected = request.GET.get("layanan", "")
        if selected:
            guides = [g for g in guides if g.service_area and g.service_area.slug == selected]
        context.update({"guides": guides, "service_areas": areas, "selected_area": selected})
        return context


class GuidePage(Page):
    service_area = models.ForeignKey(
        ServiceArea,
        null=True,
        on_delete=models.PROTECT,
        related_name="guides",
        verbose_name=_("service area"),
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One to three short sentences.")
    )
    rights = _text_list(_("Your rights"), 250)
    obligations = _text_list(_("Your obligations"), 250)
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("steps"))
    documents = _text_list(_("Documents to bring"), 200)
    fee = models.CharField(
        _("fee"), max_length=120, blank=True, help_text=_("Leave empty when the service is free.")
    )
    service_time = models.CharField(_("service time standard"), max_length=120, blank=True)
    office_name = models.CharField(_("where to go"), max_length=120, blank=True)
    office_address = models.CharField(_("address"), max_length=250, blank=True)
    office_hours = models.CharField(_("opening hours"), max_length=120, blank=True)
    office_contact = models.CharField(
        _("contact"),
        max_length=160,
        blank=True,
        help_text=_(
            "Telephone numbers (starting with 0 or +) and e-mail addresses become links to call "
            "or write."
        ),
    )
    complaint = models.TextField(
        _("how to complain"),
        max_length=900,
        help_text=_("What to do if the service is not given as promised."),
    )
    complaint_channels = StreamField(
        [("official", OfficialChannelBlock()), ("other", OtherChannelBlock())],
        blank=True,
        verbose_name=_("where to complain"),
        help_text=_("Shown as links under how to complain: the official channels, and others."),
    )
    related_modules = ParentalManyToManyField(
        "courses.ModulePage",
        blank=True,
        related_name="related_guides",
        verbose_name=_("related modules"),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    reviewer = models.CharField(_("reviewed by"), max_length=120, blank=True)

    # In the order of the page: what a resident needs at the counter comes right after the summary.
    content_panels = Page.content_panels + [
        FieldPanel("service_area"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("fee"), FieldPanel("service_time")], heading=_("Fee and time")
        ),
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("office_address"),
                FieldPanel("office_hours"),
                FieldPanel("office_contact"),
            ],
            heading=_("Where to go"),
        ),
        FieldPanel("documents"),
        FieldPanel("rights"),
        FieldPanel("obligations"),
        FieldPanel("steps"),
        FieldPanel("complaint"),
        FieldPanel("complaint_channels"),
        FieldPanel("related_modules"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("reviewer")], heading=_("Review")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("rights"),
        index.SearchField("obligations"),
        index.SearchField("steps"),
        index.SearchField("documents"),
        index.FilterField("service_area"),
    ]

    override_translatable_fields = PAGE_FIELDS
    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A translation made by wagtail-localize does not copy the links to modules: its
        # source's, in this page's language.
        modules = self.related_modules.live().public()
        if not modules.exists():
            modules = source_page(self).related_modules.live().public()
        context["related_modules"] = in_locale(
            list(modules), self.locale, modules.model.objects.all()
        )
        return context


def private_storage():
    """Not MEDIA_ROOT: a brochure is served only by its view, while its guide is live."""
    return storages["brochures"]


class GuideBrochure(models.Model):
    """The rendered brochure of a guide's live revision; rendered again after each publish."""

    guide = models.OneToOneField(GuidePage, on_delete=models.CASCADE, related_name="brochure")
    revision_id = models.PositiveBigIntegerField()
    pdf = models.FileField(upload_to="brochures/", storage=private_storage)
    rendered_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("guide brochure")

    def __str__(self):
        return f"{self.guide_id} @ {self.revision_id}"
