import pytest

from certificates import services
from courses.learning import services as learning

from ..helpers import lessons_of


@pytest.fixture
def completed_module(make_module, resident):
    """A one-lesson module the resident has completed."""
    module = make_module(lessons=1, quiz=False, title="Pengelolaan Anggaran")
    learning.complete_lesson(resident, module, lessons_of(module)[0])
    return module


@pytest.fixture
def certificate(completed_module, resident):
    return services.issue_for_completion(resident, completed_module)
