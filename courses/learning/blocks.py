"""Blocks used only by lessons: video, key terms and quiz questions."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock

from cms.blocks import BaseStreamBlock


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("For example a YouTube link."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said in the video, for people who cannot play or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        description = _("An embedded video with a caption and an optional transcript.")


class KeyTermsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    terms = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("term", blocks.CharBlock(label=_("Term"), max_length=80)),
                ("definition", blocks.TextBlock(label=_("Meaning"))),
            ],
            icon="tag",
        ),
        label=_("Terms"),
        min_num=1,
    )

    class Meta:
        icon = "tag"
        label = _("Key terms")
        template = "blocks/key_terms_block.html"
        preview_value = {
            "title": "Istilah penting",
            "terms": [
                {"term": "APBD", "definition": "Anggaran Pendapatan dan Belanja Daerah."},
                {"term": "Musrenbang", "definition": "Musyawarah perencanaan pembangunan."},
            ],
        }
        description = _("Words a learner needs to know, each with its meaning.")


class LessonStreamBlock(BaseStreamBlock):
    video = VideoBlock()
    key_terms = KeyTermsBlock()


class QuestionBlock(blocks.StructBlock):
    """A quiz question. A multiple-choice question is right when exactly its correct answers are
    chosen (all or nothing); a scenario question sets out a situation and asks for the one
    best answer."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    SCENARIO = "scenario"
    ONE_ANSWER = (SINGLE, SCENARIO)

    kind = blocks.ChoiceBlock(
        choices=[
            (SINGLE, _("One correct answer")),
            (MULTIPLE, _("One or more correct answers (all that apply)")),
            (SCENARIO, _("A situation with one best answer")),
        ],
        default=SINGLE,
        label=_("Kind"),
    )
    situation = blocks.TextBlock(
        label=_("Situation"),
        required=False,
        max_length=600,
        help_text=_(
            "For a situation question: a few sentences about something that happens in the "
            "neighbourhood, e.g. the street light in your alley has been out for a week."
        ),
    )
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    choices = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("text", blocks.CharBlock(label=_("Answer"), max_length=200)),
                ("correct", blocks.BooleanBlock(label=_("Correct"), required=False)),
                (
                    "feedback",
                    blocks.TextBlock(
                        label=_("Feedback"),
                        required=False,
                        max_length=400,
                        help_text=_(
                            "Optional: why this answer is right or wrong. Shown with the "
                            "correct answers."
                        ),
                    ),
                ),
            ],
            icon="tick",
        ),
        label=_("Answers"),
        min_num=2,
        max_num=8,
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_(
            "Why the right answer is right. Shown when the quiz's settings allow the correct "
            "answers to be shown."
        ),
    )

    class Meta:
        icon = "help"
        label = _("Quiz question")
        template = "blocks/question_block.html"
        preview_value = {
            "kind": "scenario",
            "situation": "Lampu jalan di gang Anda mati sudah seminggu.",
            "question": "Apa langkah pertama yang paling tepat?",
            "choices": [
                {
                    "text": "Melapor lewat JAKI dengan foto dan lokasinya",
                    "correct": True,
                    "feedback": "Laporan dengan foto dan lokasi bisa langsung ditindaklanjuti.",
                },
                {
                    "text": "Menunggu sampai ada petugas yang lewat",
                    "correct": False,
                    "feedback": "Petugas belum tentu tahu lampu itu mati.",
                },
            ],
            "explanation": "Laporan resmi tercatat dan bisa dipantau.",
        }
        description = _("A question with answers to choose from; at least one is correct.")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            message = _("Mark at least one answer as correct.")
        elif value["kind"] in self.ONE_ANSWER and correct > 1:
            message = _("This question has one correct answer: mark only one, or change its kind.")
        elif value["kind"] == self.SCENARIO and not value["situation"].strip():
            message = _("Describe the situation, or change the kind of question.")
        else:
            return value
        raise StructBlockValidationError(non_block_errors=ErrorList([ValidationError(message)]))
