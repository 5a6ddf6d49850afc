"""Attachments larger than EMN_ATTACHMENT_MAX_MB are refused before their content is read."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.queries.attachments import PDF, check_upload

MB = 1024 * 1024


def pdf_of(size: int) -> SimpleUploadedFile:
    return SimpleUploadedFile("big.pdf", b"%PDF-1.7\n" + b"0" * (size - 9))


def test_a_file_over_the_limit_is_refused(settings):
    settings.EMN_ATTACHMENT_MAX_MB = 1
    with pytest.raises(ValidationError) as error:
        check_upload(pdf_of(MB + 1))
    assert error.value.messages == ["“big.pdf” is 1.0 MB; attachments may be at most 1 MB."]


def test_a_file_at_the_limit_is_accepted(settings):
    settings.EMN_ATTACHMENT_MAX_MB = 1
    assert check_upload(pdf_of(MB)) == PDF


def test_the_limit_defaults_to_twenty_megabytes(settings):
    if hasattr(settings, "EMN_ATTACHMENT_MAX_MB"):
        del settings.EMN_ATTACHMENT_MAX_MB
    assert check_upload(pdf_of(20 * MB)) == PDF
    with pytest.raises(ValidationError, match="at most 20 MB"):
        check_upload(pdf_of(20 * MB + 1))
