"""Who may read each browsing page and concept page: the public reads the published
edition, the working group and the Commission also the working copy; a draft concept is a
404 for everyone else and is in none of their lists."""

from emn.glossary.tests.pages_support import EVERYONE, WORKING_READERS, GlossaryMatrix


def _sees_draft(response):
    return "entry ban" in response.content.decode()


class TestHome(GlossaryMatrix):
    expected = EVERYONE
    path = "/glossary/"

    def url(self, glossary):
        return self.path

    def check(self, response, persona, glossary):
        assert "readmission agreement" in response.content.decode()
        assert _sees_draft(response) == (persona in ("glossary_editor", "commission"))


class TestHierarchy(TestHome):
    path = "/glossary/hierarchy/"


class TestThemes(TestHome):
    path = "/glossary/themes/"


class TestHomeOfTheFirstEdition(TestHome):
    path = "/glossary/?edition=1"

    def check(self, response, persona, glossary):
        assert not _sees_draft(response)


class TestWorkingCopyChosen(GlossaryMatrix):
    expected = WORKING_READERS

    def url(self, glossary):
        return "/glossary/?edition=working"


class TestPublishedConcept(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return f"/glossary/concept/{glossary.returning.key}"


class TestDraftConcept(GlossaryMatrix):
    expected = WORKING_READERS

    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}"


class TestDraftConceptAsTurtle(TestDraftConcept):
    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}?format=ttl"


class TestDraftConceptInTheEdition(GlossaryMatrix):
    # Not in edition 1, whoever asks.
    expected = dict.fromkeys(EVERYONE, 404)

    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}?edition=1"
