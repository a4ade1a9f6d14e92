import pytest

from certificates import services
from certificates.models import Certificate
from courses.models import Enrolment

from ..helpers import run_concurrently

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_fifty_concurrent_issues_give_one_certificate_and_no_error(make_module, resident):
    module = make_module(lessons=1, quiz=False)
    Enrolment.objects.create(user=resident, module=module)
    codes = []

    errors = run_concurrently(
        lambda: codes.append(services.issue_for_completion(resident, module).code), threads=50
    )

    assert errors == []
    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1
    assert len(set(codes)) == 1
