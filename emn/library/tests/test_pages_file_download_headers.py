"""A file is served under its stored name, as an attachment of its real type, never sniffed."""

from django.urls import reverse

from emn.library import services
from emn.library.samples import pdf_bytes
from emn.library.tests.library_support import publication, upload


def test_the_download_names_the_file_and_its_type(client, personas):
    made = publication(personas.commission)
    content = pdf_bytes("Vračanje", ["Besedilo."])
    file = services.add_file(
        personas.commission, made, upload("Poročilo o vračanju.pdf", content), "sl"
    )
    response = client.get(reverse("library:file_download", args=[file.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Poro%C4%8Dilo%20o%20vra%C4%8Danju.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == content


def test_an_unknown_file_is_a_404(client, personas):
    assert client.get(reverse("library:file_download", args=[999999])).status_code == 404
