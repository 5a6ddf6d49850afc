"""Who may reach each library page, by GET and by POST, for all six personas.

Public publications are for everyone and `emn` ones for EMN members only (a 404 for the
public, as if they did not exist). The Commission edits everything; an NCP (coordinator,
contributor) edits its own country's national publications; readers and other countries
read only; anonymous visitors are sent to log in before any form.
"""

import datetime

import pytest
from django.test.client import MULTIPART_CONTENT
from django.urls import reverse

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import country
from emn.core.testing.matrix import PermissionMatrix
from emn.library import services
from emn.library.models import ArchivePolicy, Publication, PublicationFile
from emn.library.samples import pdf_bytes
from emn.library.tests.library_support import publication, upload

ALL_SEE = dict.fromkeys(
    ("anonymous", "other_country", "reader", "contributor", "coordinator", "commission"), 200
)
MEMBERS_SEE = {**ALL_SEE, "anonymous": 404}
SI_EDITORS = {**ALL_SEE, "anonymous": 302, "other_country": 403, "reader": 403}
SI_EDITORS_POST = {**SI_EDITORS, "contributor": 302, "coordinator": 302, "commission": 302}
COMMISSION_ONLY = {**SI_EDITORS, "contributor": 403, "coordinator": 403}
EMN_TITLE = "Members-only study of detention"


class FormMatrix(PermissionMatrix):
    method = "post"
    content_type = MULTIPART_CONTENT


def texts_payload(*texts):
    data = {
        "texts-TOTAL_FORMS": str(len(texts)),
        "texts-INITIAL_FORMS": "0",
        "texts-MIN_NUM_FORMS": "0",
        "texts-MAX_NUM_FORMS": "1000",
    }
    for index, (language, title, summary) in enumerate(texts):
        data[f"texts-{index}-language"] = language
        data[f"texts-{index}-title"] = title
        data[f"texts-{index}-summary"] = summary
    return data


def publication_payload(title, *, country_code="SI", **extra):
    return {
        "type": "national_report",
        "published_on": "2025-05-01",
        "country": str(country(country_code).pk) if country_code else "",
        "dissemination": "public",
        **texts_payload(("en", title, "")),
        **extra,
    }


@pytest.fixture
def emn_publication(personas):
    made = publication(personas.commission, title=EMN_TITLE, dissemination=DisseminationLevel.EMN)
    services.add_file(
        personas.commission, made, upload("detention.pdf", pdf_bytes("Detention", ["x"])), "en"
    )
    return made


@pytest.fixture
def si_publication(personas):
    return publication(
        personas.commission,
        title="Slovenian national report",
        country_code="SI",
        type="national_report",
    )


class TestList(PermissionMatrix):
    expected = ALL_SEE
    path = "/library/"

    @pytest.fixture
    def target(self, emn_publication):
        return emn_publication

    def url(self, target):
        return self.path

    def check(self, response, persona, target):
        assert (EMN_TITLE in response.content.decode()) == (persona != "anonymous")


class TestCurrent(TestList):
    path = "/library/current/"


class TestArchive(PermissionMatrix):
    expected = ALL_SEE

    @pytest.fixture
    def target(self, personas, emn_publication):
        publication(
            personas.commission,
            title="Newer edition",
            supersedes=emn_publication,
            published_on=datetime.date(2026, 1, 5),
        )
        return emn_publication

    def url(self, target):
        return "/library/archive/"

    def check(self, response, persona, target):
        assert (EMN_TITLE in response.content.decode()) == (persona != "anonymous")


class TestEmnDetail(PermissionMatrix):
    expected = MEMBERS_SEE

    @pytest.fixture
    def target(self, emn_publication):
        return emn_publication

    def url(self, target):
        return reverse("library:publication_detail", args=[target.pk])


class TestPublicDetail(PermissionMatrix):
    expected = ALL_SEE

    @pytest.fixture
    def target(self, si_publication):
        return si_publication

    def url(self, target):
        return reverse("library:publication_detail", args=[target.pk])


class TestEmnFileDownload(PermissionMatrix):
    expected = MEMBERS_SEE

    @pytest.fixture
    def target(self, emn_publication):
        return emn_publication.files.get()

    def url(self, target):
        return reverse("library:file_download", args=[target.pk])

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert b"".join(response.streaming_content).startswith(b"%PDF")


class TestCreateForm(PermissionMatrix):
    # Any NCP coordinator or contributor adds national publications of its own country.
    expected = {**ALL_SEE, "anonymous": 302, "reader": 403}

    def url(self, target):
        return reverse("library:publication_create")


class TestCreateSlovenianPost(FormMatrix):
    # France's coordinator may not name Slovenia: the form refuses the choice (200, not saved).
    expected = {**TestCreateForm.expected, "contributor": 302, "coordinator": 302}
    expected |= {"commission": 302}
    title = "Posted Slovenian report"

    def url(self, target):
        return reverse("library:publication_create")

    def payload(self, target):
        return publication_payload(self.title)

    def check(self, response, persona, target):
        stored = Publication.objects.filter(texts__title=self.title)
        assert stored.exists() == (persona in ("contributor", "coordinator", "commission"))


class TestCreateFrenchPost(TestCreateSlovenianPost):
    title = "Posted French report"

    def payload(self, target):
        return publication_payload(self.title, country_code="FR")

    def check(self, response, persona, target):
        stored = Publication.objects.filter(texts__title=self.title)
        assert stored.exists() == (persona in ("other_country", "commission"))
        if persona == "other_country":
            assert response.status_code == 302


TestCreateFrenchPost.expected = {**TestCreateSlovenianPost.expected, "other_country": 302}
TestCreateFrenchPost.expected |= {"contributor": 200, "coordinator": 200}


class TestCreateWithoutCountryPost(TestCreateSlovenianPost):
    # Only the Commission (and the Service Provider) add non-national publications.
    expected = {**TestCreateForm.expected, "commission": 302}
    title = "Posted synthesis"

    def payload(self, target):
        return publication_payload(self.title, country_code=None, type="synthesis")

    def check(self, response, persona, target):
        stored = Publication.objects.filter(texts__title=self.title)
        assert stored.exists() == (persona == "commission")


class TestEditSlovenianForm(PermissionMatrix):
    expected = SI_EDITORS

    @pytest.fixture
    def target(self, si_publication):
        return si_publication

    def url(self, target):
        return reverse("library:publication_edit", args=[target.pk])


class TestEditSlovenianPost(FormMatrix):
    expected = SI_EDITORS_POST

    @pytest.fixture
    def target(self, si_publication):
        return si_publication

    def url(self, target):
        return reverse("library:publication_edit", args=[target.pk])

    def payload(self, target):
        return publication_payload("Renamed Slovenian report")

    def check(self, response, persona, target):
        changed = target.texts.filter(title="Renamed Slovenian report").exists()
        assert changed == (response.status_code == 302 and persona != "anonymous")


class TestEditFrenchForm(PermissionMatrix):
    # Slovenia's coordinator may not edit France's report; France's coordinator may.
    expected = {**SI_EDITORS, "other_country": 200, "contributor": 403, "coordinator": 403}

    @pytest.fixture
    def target(self, personas):
        return publication(personas.commission, title="French report", country_code="FR")

    def url(self, target):
        return reverse("library:publication_edit", args=[target.pk])


class TestEditEmnForm(PermissionMatrix):
    # A hidden publication is a 404 before any question of permission.
    expected = {**COMMISSION_ONLY, "anonymous": 302}

    @pytest.fixture
    def target(self, emn_publication):
        return emn_publication

    def url(self, target):
        return reverse("library:publication_edit", args=[target.pk])


class TestFileUploadForm(TestEditSlovenianForm):
    def url(self, target):
        return reverse("library:file_upload", args=[target.pk])


class TestFileUploadPost(FormMatrix):
    expected = SI_EDITORS_POST

    @pytest.fixture
    def target(self, si_publication):
        return si_publication

    def url(self, target):
        return reverse("library:file_upload", args=[target.pk])

    def payload(self, target):
        return {"file": upload("report.pdf", pdf_bytes("Report", ["Text."])), "language": "sl"}

    def check(self, response, persona, target):
        stored = PublicationFile.objects.filter(publication=target).exists()
        assert stored == (response.status_code == 302 and persona != "anonymous")


class TestFileDeletePost(FormMatrix):
    expected = {**SI_EDITORS_POST, "anonymous": 302}

    @pytest.fixture
    def target(self, personas, si_publication):
        return services.add_file(
            personas.commission, si_publication, upload("r.pdf", pdf_bytes("R", ["x"])), "en"
        )

    def url(self, target):
        return reverse("library:file_delete", args=[target.pk])

    def check(self, response, persona, target):
        gone = not PublicationFile.objects.filter(pk=target.pk).exists()
        assert gone == (persona in ("contributor", "coordinator", "commission"))


class TestFileDeleteByGet(PermissionMatrix):
    expected = dict.fromkeys(ALL_SEE, 405)

    @pytest.fixture
    def target(self, personas, si_publication):
        return services.add_file(
            personas.commission, si_publication, upload("r.pdf", pdf_bytes("R", ["x"])), "en"
        )

    def url(self, target):
        return reverse("library:file_delete", args=[target.pk])


class TestPublicationDeletePost(FormMatrix):
    expected = {**COMMISSION_ONLY, "commission": 302}

    @pytest.fixture
    def target(self, si_publication):
        return si_publication

    def url(self, target):
        return reverse("library:publication_delete", args=[target.pk])

    def check(self, response, persona, target):
        gone = not Publication.objects.filter(pk=target.pk).exists()
        assert gone == (persona == "commission")


class TestArchiveRulesForm(PermissionMatrix):
    expected = {**COMMISSION_ONLY, "other_country": 403}

    def url(self, target):
        return reverse("library:archive_policies")


class TestArchiveRulesPost(FormMatrix):
    expected = {**COMMISSION_ONLY, "commission": 302}

    def url(self, target):
        return reverse("library:archive_policies")

    def payload(self, target):
        return {"bulletin": "12"}

    def check(self, response, persona, target):
        stored = ArchivePolicy.objects.filter(type="bulletin", months=12).exists()
        assert stored == (persona == "commission")
