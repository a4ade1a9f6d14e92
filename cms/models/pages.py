from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock, HowItWorksStepBlock
from ..routing import route_by_path


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
        [("page", blocks.PageChooserBlock(label=_("Guide"), page_type="cms.GuidePage"))],
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
    subpage_types = ["cms.StandardPage", "courses.ModuleIndexPage", "cms.GuideIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if path_components:
            return route_by_path(self, request, path_components)
        return super().route(request, path_components)

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
    with_pictures = [page for page in pages.values() if getattr(page, "cover_image_id", None)]
    prefetch_related_objects(with_pictures, "cover_image")
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
