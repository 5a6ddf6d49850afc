"""Reading the text of a library file: PDF, DOCX, ODT, HTML, TXT.

Rule: a file whose text cannot be read raises `Unreadable` with the reason a person
understands ("the PDF is encrypted"); the caller keeps the file and records the reason.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from emn.core.files import DOCX, HTML, ODT, PDF, TXT

# Fewer letters than this is no text layer (a scanned PDF yields a few stray characters).
MIN_LETTERS = 20
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class Unreadable(Exception):
    """The file's text cannot be extracted; `str(error)` says why."""


@dataclass(frozen=True)
class Extracted:
    text: str
    pages: int | None = None


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _pdf(content: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            # An empty owner password is common ("printing not allowed"): try it first.
            try:
                if not reader.decrypt(""):
                    raise Unreadable(_("the PDF is encrypted"))
            except (FileNotDecryptedError, NotImplementedError, DependencyError):
                raise Unreadable(_("the PDF is encrypted")) from None
        pages = len(reader.pages)
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except Unreadable:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise Unreadable(_("the PDF is encrypted")) from None
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        AssertionError,
    ):
        raise Unreadable(_("the PDF is damaged or incomplete")) from None
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        raise Unreadable(
            _("the PDF has no text layer (it may be a scanned image); it needs OCR")
            if pages
            else _("the PDF has no pages")
        )
    return Extracted(text, pages)


def _docx(content: bytes) -> Extracted:
    import docx

    try:
        document = docx.Document(io.BytesIO(content))
    except Exception:  # python-docx raises many kinds for a broken package
        raise Unreadable(_("the Word document is damaged")) from None
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                # Merged cells repeat; keep each text once per row.
                if cell.text not in cells:
                    cells.append(cell.text)
            parts.append(" | ".join(cells))
    return Extracted("\n".join(parts))


def _odt(content: bytes) -> Extracted:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    try:
        document = load(io.BytesIO(content))
    except Exception:  # odfpy raises many kinds for a broken package
        raise Unreadable(_("the OpenDocument text is damaged")) from None
    parts = [
        teletype.extractText(element)
        for element in document.text.getElementsByType(P) + document.text.getElementsByType(H)
    ]
    # getElementsByType groups by type; the body order matters less than the words for search.
    return Extracted("\n".join(parts))


def decode(content: bytes) -> str:
    """Text of unknown encoding (UTF-8, Windows-1250, Latin-1 ...), as charset-normalizer reads it."""
    from charset_normalizer import from_bytes

    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(content).best()
    if best is None:
        raise Unreadable(_("the text's character encoding is not recognised"))
    return str(best)


def _html(content: bytes) -> Extracted:
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(decode(content))
    except (ParserError, ValueError):
        raise Unreadable(_("the web page is empty or damaged")) from None
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    return Extracted(root.text_content())


def _txt(content: bytes) -> Extracted:
    return Extracted(decode(content))


_READERS = {PDF: _pdf, DOCX: _docx, ODT: _odt, HTML: _html, TXT: _txt}


def extract(content: bytes, media_type: str) -> Extracted:
    """The text of a file of `media_type`; raises `Unreadable` with the reason."""
    reader = _READERS.get(media_type)
    if reader is None:
        raise Unreadable(_("files of type %s are not read") % media_type)
    if not content:
        raise Unreadable(_("the file is empty"))
    found = reader(content)
    text = _tidy(found.text)
    if not text:
        raise Unreadable(_("the document contains no text"))
    return Extracted(text, found.pages)


def detect_language(text: str) -> str:
    """The language of `text` as the search engine detects it, or "" while it cannot."""
    try:
        from emn.search.analysis import detect_language as detect
    except ImportError:  # the search engine's analysis is not installed in this build
        return ""
    return detect(text[:20000]) or ""
