from django_tasks import task

from .brochures import current_brochure
from .models import GuidePage


@task()
def render_guide_brochure(guide_id: int) -> str:
    """Render the brochure of a newly published guide so the first download is instant."""
    guide = GuidePage.objects.live().filter(pk=guide_id).first()
    return current_brochure(guide).pdf.name if guide else ""
