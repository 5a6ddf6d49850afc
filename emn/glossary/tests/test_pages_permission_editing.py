"""Who may edit concepts and take workflow steps: the working group drafts and proposes,
the Commission alone approves, sends back and deprecates; a reader can do none of it and
nothing changes when they try."""

from emn.glossary import services
from emn.glossary.models import ConceptVersion, Label, Stage, Status
from emn.glossary.tests.pages_support import (
    COMMISSION_ONLY,
    DRAFTERS,
    EVERYONE,
    WORKING_READERS,
    GlossaryMatrix,
)

DRAFTERS_POST = {**DRAFTERS, "glossary_editor": 302, "commission": 302}
COMMISSION_POST = {**COMMISSION_ONLY, "commission": 302}


def working_status(concept):
    return ConceptVersion.objects.get(concept=concept, stage=Stage.WORKING).status


class TestCreateForm(GlossaryMatrix):
    expected = DRAFTERS

    def url(self, glossary):
        return "/glossary/new/"


class TestCreatePost(GlossaryMatrix):
    method = "post"
    expected = DRAFTERS_POST

    def url(self, glossary):
        return "/glossary/new/"

    def payload(self, glossary):
        return {
            "labels-TOTAL_FORMS": "1",
            "labels-INITIAL_FORMS": "0",
            "labels-0-kind": "pref",
            "labels-0-language": "en",
            "labels-0-value": "reintegration",
            "definitions-TOTAL_FORMS": "0",
            "definitions-INITIAL_FORMS": "0",
            "notes-TOTAL_FORMS": "0",
            "notes-INITIAL_FORMS": "0",
            "save": "draft",
        }

    def check(self, response, persona, glossary):
        made = Label.objects.filter(value="reintegration").exists()
        assert made == (persona in ("glossary_editor", "commission"))


class TestEditPublishedConcept(GlossaryMatrix):
    # Readers see the concept (so a 403); the anonymous are asked to log in.
    expected = DRAFTERS

    def url(self, glossary):
        return f"/glossary/concept/{glossary.returning.key}/edit/"


class TestEditDraftConcept(GlossaryMatrix):
    # A draft is not announced: a 404 for those who may not read the working copy.
    expected = {**WORKING_READERS, "anonymous": 302}

    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}/edit/"


class TestPropose(GlossaryMatrix):
    method = "post"
    expected = {**DRAFTERS_POST, **dict.fromkeys(("other_country", "reader"), 404)}
    expected |= {"contributor": 404, "coordinator": 404}

    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}/workflow/"

    def payload(self, glossary):
        return {"action": "propose"}

    def check(self, response, persona, glossary):
        proposed = working_status(glossary.draft) == Status.PROPOSED
        assert proposed == (persona in ("glossary_editor", "commission"))


class TestProposePublishedConceptAsReader(GlossaryMatrix):
    # A reader sees the published concept, and still may not propose a change: 403.
    method = "post"
    expected = {**DRAFTERS_POST}

    def url(self, glossary):
        return f"/glossary/concept/{glossary.returning.key}/workflow/"

    def payload(self, glossary):
        return {"action": "propose"}

    def check(self, response, persona, glossary):
        # Approved, so nothing to propose: the editors get a message, nobody changes it.
        assert working_status(glossary.returning) == Status.APPROVED


class TestApprove(GlossaryMatrix):
    method = "post"
    expected = {**COMMISSION_POST, **dict.fromkeys(("other_country", "reader"), 404)}
    expected |= {"contributor": 404, "coordinator": 404}

    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}/workflow/"

    def payload(self, glossary):
        return {"action": "approve"}

    def check(self, response, persona, glossary):
        approved = working_status(glossary.draft) == Status.APPROVED
        assert approved == (persona == "commission")
        assert ConceptVersion.objects.filter(
            concept=glossary.draft, stage=Stage.APPROVED
        ).exists() == (persona == "commission")


class TestSendBack(GlossaryMatrix):
    method = "post"
    expected = {**COMMISSION_POST, **dict.fromkeys(("other_country", "reader"), 404)}
    expected |= {"contributor": 404, "coordinator": 404}

    def prepare(self, glossary, personas):
        services.propose(personas.glossary_editor, glossary.draft)

    def url(self, glossary):
        return f"/glossary/concept/{glossary.draft.key}/workflow/"

    def payload(self, glossary):
        return {"action": "reject", "comment": "Say it in French too."}

    def check(self, response, persona, glossary):
        back = working_status(glossary.draft) == Status.DRAFT
        assert back == (persona == "commission")


class TestDeprecate(GlossaryMatrix):
    method = "post"
    expected = COMMISSION_POST

    def url(self, glossary):
        return f"/glossary/concept/{glossary.voluntary.key}/workflow/"

    def payload(self, glossary):
        return {"action": "deprecate", "replaced_by": glossary.returning.key}

    def check(self, response, persona, glossary):
        deprecated = working_status(glossary.voluntary) == Status.DEPRECATED
        assert deprecated == (persona == "commission")


class TestWorkflowByGet(GlossaryMatrix):
    # Steps are POSTs only.
    expected = {**EVERYONE, **dict.fromkeys(EVERYONE, 405)}

    def url(self, glossary):
        return f"/glossary/concept/{glossary.returning.key}/workflow/"
