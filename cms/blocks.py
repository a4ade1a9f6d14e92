"""StreamField blocks shared by every page type: standard pages, lessons and guides."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .complaint_channels import OFFICIAL_CHANNELS
from .contact_links import tel_href


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    size = blocks.ChoiceBlock(
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        label=_("Size"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Hak Anda sebagai warga", "size": "h2"}
        description = _("A section heading that also appears in the page outline.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with alternative text and an optional caption.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))],
        default="tip",
        label=_("Kind"),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "blocks/callout_block.html"
        preview_value = {
            "kind": "tip",
            "title": "Tips",
            "text": "<p>Bawa fotokopi KK saat datang ke kantor kelurahan.</p>",
        }
        description = _("A highlighted tip, warning or example.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Pelayanan publik yang baik dibangun bersama warga.",
            "attribution": "Lurah Tanjung Barat",
        }
        description = _("A quotation with the name of the person who said it.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_block.html"
        description = _("A link to download a document, with its type and size.")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/step_block.html"
        preview_value = {"title": "Datang ke kantor kelurahan", "text": "Bawa KTP dan KK asli."}
        description = _("One step: what to do, and the details.")


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps_block.html"
        preview_value = {
            "title": "Cara mendaftar",
            "steps": [
                {"title": "Buat akun", "text": "Isi alamat e-mail dan kata sandi."},
                {"title": "Lengkapi profil", "text": "Tulis nama lengkap, RW dan RT."},
            ],
        }
        description = _("A numbered list of steps to follow, in order.")


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("question", blocks.CharBlock(label=_("Question"), max_length=250)),
                ("answer", blocks.RichTextBlock(label=_("Answer"), features=["bold", "link"])),
            ],
            icon="help",
        ),
        label=_("Questions"),
        min_num=1,
    )

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq_block.html"
        preview_value = {
            "title": "Pertanyaan umum",
            "items": [
                {"question": "Apakah pelatihan ini gratis?", "answer": "<p>Ya, gratis.</p>"},
            ],
        }
        description = _("Frequently asked questions; each answer opens under its question.")


class HowItWorksStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=240)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/how_it_works_step_block.html"
        preview_value = {"title": "Daftar", "text": "Buat akun dengan alamat e-mail Anda."}
        description = _("One step of the 'how it works' strip on the home page.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        features=["h3", "bold", "italic", "link", "ol", "ul", "document-link"],
        preview_value="<p>Setiap warga berhak mendapat pelayanan yang jelas dan cepat.</p>",
        description=_("Text with simple formatting and links."),
    )
    image = ImageBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    steps = StepsBlock()
    faq = FAQBlock()


class OfficialChannelBlock(blocks.ChoiceBlock):
    choices = [(key, channel.name) for key, channel in OFFICIAL_CHANNELS.items()]

    class Meta:
        icon = "link-external"
        label = _("Official complaint channel")
        template = "blocks/complaint_channel_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        channel = OFFICIAL_CHANNELS.get(value)
        if channel:  # a channel taken out of the list since the page was saved shows nothing
            context.update(
                {"name": channel.name, "url": channel.url, "description": channel.description}
            )
        return context


class OtherChannelBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    url = blocks.URLBlock(label=_("Web address"), required=False)
    phone = blocks.CharBlock(label=_("Telephone"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    description = blocks.CharBlock(label=_("What it is for"), required=False, max_length=160)

    class Meta:
        icon = "link"
        label = _("Other complaint channel")
        template = "blocks/complaint_channel_block.html"
        preview_value = {"name": "BPJS Kesehatan Care Center", "phone": "165"}

    def clean(self, value):
        value = super().clean(value)
        if value["phone"] and not tel_href(value["phone"]):
            raise StructBlockValidationError(
                block_errors={
                    "phone": ValidationError(
                        _("Write only the number: digits, spaces, dashes, a leading +.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.update(
            {key: value[key] for key in ("name", "url", "phone", "email", "description")}
        )
        return context
