import pytest

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.testing.factories import UserFactory, country


@pytest.mark.django_db
def test_changes_are_shown_with_labels_and_names(client, personas):
    person = UserFactory(full_name="Old Name")
    services.grant_role(personas.commission, person, Role.Kind.NCP_READER, country=country("SI"))
    services.update_user(personas.commission, person, full_name="New Name")
    client.force_login(personas.commission)
    response = client.get("/audit/")
    content = response.content.decode()
    assert "<del>Old Name</del>" in content
    assert "<ins>New Name</ins>" in content
    # The role's kind and country read as words, not codes and ids.
    assert "<ins>NCP reader</ins>" in content
    assert "<ins>Slovenia</ins>" in content
    update = next(
        item
        for group in response.context["groups"]
        for item in group.items
        if item.entry.action == "accounts.update_user"
    )
    assert [(c.label, c.before, c.after) for c in update.changes] == [
        ("Full name", "Old Name", "New Name")
    ]
