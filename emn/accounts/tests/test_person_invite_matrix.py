"""Only the Commission and coordinators invite, and a coordinator only into their own NCP."""

from emn.accounts.models import User
from emn.accounts.tests.support import FormPostMatrix, managers_only
from emn.core.models import AuditEntry
from emn.core.testing.factories import country
from emn.core.testing.matrix import PermissionMatrix

URL = "/accounts/people/invite/"
EMAIL = "new.colleague@example.org"


class TestInviteGet(PermissionMatrix):
    # The French coordinator may invite people to the French NCP.
    expected = {**managers_only(200), "other_country": 200}

    def url(self, target):
        return URL


class TestInvitePost(FormPostMatrix):
    expected = managers_only(302)

    def url(self, target):
        return URL

    def payload(self, target):
        return {
            "full_name": "Nova Kolegica",
            "email": EMAIL,
            "language": "sl",
            "kind": "ncp_contributor",
            "country": country("SI").pk,
        }

    def check(self, response, persona, target):
        invited = User.objects.filter(email=EMAIL).first()
        if self.refused(persona):
            assert invited is None
            assert not AuditEntry.objects.filter(action="accounts.create_user").exists()
            return
        assert invited is not None
        assert list(invited.roles.values_list("kind", "country__code")) == [
            ("ncp_contributor", "SI")
        ]
        assert response["Location"] == f"/accounts/people/{invited.pk}/"
