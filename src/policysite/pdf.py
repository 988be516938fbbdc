"""A dated version's text as an accessible PDF, `<lang>/<date>/policy-<lang>-<date>.pdf`.

Rendered from the document model (the text as `document.parse` reads it: title, numbered sections,
paragraphs, list items, table rows) through `partials/policy-pdf.html` and its own print stylesheet,
never from the theme's files (a version's theme moves to a shared folder after its build). WeasyPrint
writes it as PDF/UA-1: tagged, headings as structure, the document language in its catalog.

Built with the version, so its bytes must be the same at every build: it names the version's date
(no build date), its identifier is a digest of its content, fonts are subset by content, and nothing
is fetched (every URL the HTML might name is refused). So a PDF is a function of its HTML (text, what
identifies the version, stylesheet), the options below and the engine (pdfengine): `key` digests them,
and a version whose key is the one its manifest records keeps its PDF instead of printing it again.
"""
from __future__ import annotations

import functools
import hashlib
import json

from jinja2 import Environment

from policysite import document, pdfengine
from policysite.layout import parts
from policysite.strings import long_date, strings

MEDIA_TYPE = "application/pdf"
TEMPLATE = "partials/policy-pdf.html"
VARIANT = "pdf/ua-1"  # WeasyPrint's PDF/UA: tags, Lang, title shown, metadata stream
OPTIONS = {"pdf_variant": VARIANT, "pdf_identifier": True}  # WeasyPrint's write_pdf options
# The faces the print stylesheet uses (fontconfig patterns): their files are part of each PDF's key.
FONTS = ("DejaVu Sans", "DejaVu Sans:bold")


class PdfError(Exception):
    """A version whose PDF cannot be made (no date to state)."""


class PdfUnavailable(PdfError):
    """The print engine failed on a text: the version is published without its PDF, and the build says so."""


def file_name(*, lang: str, version: str) -> str:
    """The name of a version's PDF inside `<lang>/<version>/`."""
    return f"policy-{lang}-{version}.pdf"


def html(source: bytes, *, env: Environment, lang: str, version: str, url: str) -> str:
    """The HTML the PDF is printed from: the text of the version's page `source` and what identifies it."""
    policy = document.parse(document.decode(source, path=f"{lang}/{version}"), path=f"{lang}/{version}", lang=lang)
    if policy.date is None:
        raise PdfError(f"{lang}/{version}: the page has no date to state in its PDF")
    t = strings(lang)
    sections = [{"anchor": s.anchor, "title": f"{s.numeral} {s.title}" if s.numeral else s.title,
                 "level": min(s.level, 6), "parts": parts(s.blocks)} for s in policy.sections]
    context = {"t": t, "lang": lang, "title": policy.title, "date": policy.date,
               "date_text": long_date(policy.date, lang), "url": url,
               "sha256": hashlib.sha256(source).hexdigest(), "preamble": parts(policy.preamble),
               "sections": sections}
    return env.get_template(TEMPLATE).render(context)


def key(page: str) -> str:
    """The digest of what a PDF is printed from: its HTML `page`, the options and the engine."""
    inputs = {"html": hashlib.sha256(page.encode("utf-8")).hexdigest(), "options": OPTIONS,
              "engine": pdfengine.identity(FONTS)}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode("utf-8")).hexdigest()


def render_pdf(source: bytes, *, env: Environment, lang: str, version: str, url: str) -> bytes:
    """The version's page `source` (Markdown, UTF-8) as a PDF/UA-1 document; the same source, the same bytes."""
    return print_page(html(source, env=env, lang=lang, version=version, url=url), where=f"{lang}/{version}")


def print_page(page: str, *, where: str) -> bytes:
    """The HTML `page` printed as PDF/UA-1 (`where`, `fr/2024-03-01`, names it in an error)."""
    from weasyprint import HTML  # imported here: only a print pays its import

    try:
        return HTML(string=page, url_fetcher=_refuse).write_pdf(font_config=font_configuration(), **OPTIONS)
    except Exception as exc:  # the engine's own failure on an unusual text: never the end of a publication
        raise PdfUnavailable(f"{where}: no PDF: the print engine failed ({type(exc).__name__}: "
                             f"{str(exc)[:200]})") from exc


@functools.cache
def font_configuration():
    """WeasyPrint's fontconfig configuration, loaded once per process (5 % of a print when loaded for each):
    its caches hold what fonts give for a style, the same for every print."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _refuse(url: str, *args: object, **kwargs: object) -> dict:
    """Nothing is fetched while printing: the PDF holds only its text and the fonts of the machine."""
    raise ValueError(f"the PDF fetches nothing: {url}")
