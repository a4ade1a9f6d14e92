import pytest
from django.contrib.auth.models import Group

from cms.models import User
from demo import roles

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_administrator_adds_a_facilitator_by_email_without_a_username(admin_client, home_page):
    form = admin_client.get("/admin/users/new/").content.decode()
    assert 'name="email"' in form
    assert 'name="username"' not in form

    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "fasilitator.baru@example.test",
            "first_name": "Dewi",
            "last_name": "Lestari",
            "password1": "kopi-tubruk-2026",
            "password2": "kopi-tubruk-2026",
            "groups": [Group.objects.get(name=roles.FACILITATOR).pk],
        },
    )

    assert response.status_code == 302
    user = User.objects.get(email="fasilitator.baru@example.test")
    assert list(user.groups.values_list("name", flat=True)) == [roles.FACILITATOR]
