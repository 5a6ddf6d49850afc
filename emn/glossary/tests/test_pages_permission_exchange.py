"""Who may export, translate, import, publish and compare: everyone downloads the published
edition (and never a draft in it), the working copy is for the working group and the
Commission, translation uploads for the working group, imports and publishing for the
Commission alone."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.glossary.models import Edition, VocabularyImport
from emn.glossary.tests.pages_support import (
    COMMISSION_ONLY,
    DRAFTERS,
    EVERYONE,
    WORKING_READERS,
    GlossaryMatrix,
)

COMMISSION_POST = {**COMMISSION_ONLY, "commission": 302}
TURTLE = b"""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/s> a skos:ConceptScheme .
<http://example.org/c1> a skos:Concept ; skos:inScheme <http://example.org/s> ;
  skos:prefLabel "one"@en .
"""


class TestExportDefault(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return "/glossary/export/?format=ttl"

    def check(self, response, persona, glossary):
        body = response.content.decode()
        assert glossary.returning.uri in body
        # The default selection of the public is edition 1; the working group's is the
        # working copy, drafts included.
        assert (glossary.draft.uri in body) == (persona in ("glossary_editor", "commission"))


class TestExportEdition(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return "/glossary/export/?edition=1&format=jsonld"

    def check(self, response, persona, glossary):
        assert glossary.draft.uri not in response.content.decode()
        assert "emn-glossary-edition-1.jsonld" in response["Content-Disposition"]


class TestExportWorkingCopy(GlossaryMatrix):
    expected = WORKING_READERS

    def url(self, glossary):
        return "/glossary/export/?edition=working&format=nt"


class TestTranslationsPage(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return "/glossary/translations/"

    def check(self, response, persona, glossary):
        upload = "Upload a filled-in spreadsheet" in response.content.decode()
        assert upload == (persona in ("glossary_editor", "commission"))


class TestTranslationsDownload(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return "/glossary/translations/?download=csv&languages=en&languages=sl"

    def check(self, response, persona, glossary):
        body = response.content.decode("utf-8-sig")
        assert "vračanje" in body
        assert ("entry ban" in body) == (persona in ("glossary_editor", "commission"))


class TestTranslationsUpload(GlossaryMatrix):
    method = "post"
    expected = {**DRAFTERS}

    def url(self, glossary):
        return "/glossary/translations/"

    def payload(self, glossary):
        sheet = f"concept,en,lt\n{glossary.protection.uri},international protection,tarptautinė apsauga\n"
        return {"file": SimpleUploadedFile("round.csv", sheet.encode()), "dry_run": "on"}

    def check(self, response, persona, glossary):
        if response.status_code == 200:
            assert "Report" in response.content.decode()


class TestImportForm(GlossaryMatrix):
    expected = COMMISSION_ONLY

    def url(self, glossary):
        return "/glossary/import/"


@pytest.mark.usefixtures("immediate_tasks")
class TestImportPost(GlossaryMatrix):
    method = "post"
    expected = COMMISSION_POST

    def url(self, glossary):
        return "/glossary/import/"

    def payload(self, glossary):
        return {"file": SimpleUploadedFile("one.ttl", TURTLE), "mode": "refuse"}

    def check(self, response, persona, glossary):
        assert VocabularyImport.objects.exists() == (persona == "commission")


class TestImportStatus(GlossaryMatrix):
    expected = COMMISSION_ONLY

    def prepare(self, glossary, personas):
        VocabularyImport.objects.create(
            file=SimpleUploadedFile("one.ttl", TURTLE),
            filename="one.ttl",
            created_by=personas.commission,
        )

    def url(self, glossary):
        return f"/glossary/imports/{VocabularyImport.objects.get().pk}/"


class TestEditionList(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return "/glossary/editions/"

    def check(self, response, persona, glossary):
        publish = "Publish edition 2" in response.content.decode()
        assert publish == (persona == "commission")


class TestPublish(GlossaryMatrix):
    method = "post"
    expected = COMMISSION_POST

    def url(self, glossary):
        return "/glossary/editions/publish/"

    def payload(self, glossary):
        return {"published_on": "2026-01-15", "notes": "Second."}

    def check(self, response, persona, glossary):
        assert Edition.objects.filter(number=2).exists() == (persona == "commission")


class TestDiffOfEditions(GlossaryMatrix):
    expected = EVERYONE

    def url(self, glossary):
        return "/glossary/editions/diff/?from=1&to=1"


class TestDiffWithTheWorkingCopy(GlossaryMatrix):
    expected = WORKING_READERS

    def url(self, glossary):
        return "/glossary/editions/diff/?from=1&to=working"

    def check(self, response, persona, glossary):
        if response.status_code == 200:
            assert "entry ban" in response.content.decode()
