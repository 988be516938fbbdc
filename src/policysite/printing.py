"""A dated version's PDF in each language: taken from the branch when the key of what it would be printed
from (pdf.key) is the one its manifest recorded, else printed.

A rebuild (`policy history --rebuild`, `policy verify`) of a version whose text, print template, options
and engine are unchanged would print the same bytes, so it takes them from the branch; bytes whose digest
is not the one the manifest lists (edited on the branch) are never taken: they are printed again.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment

from policysite import (
    glyphs,
    keptfiles,
    manifest as mf,
    messages,
    pdf,
    pdfengine,
    scriptfonts,
    settings as policy_settings,
)


@dataclass(frozen=True)
class Recorded:
    """A published PDF: the key its manifest records, its blob on the branch and the SHA-256 the manifest lists."""

    key: str
    blob: str
    sha256: str


@dataclass(frozen=True)
class Page:
    """What a language's PDF is printed from (template, data, fonts: `source`, worked out when first read), and
    its key (pdf.key)."""

    lang: str
    version: str
    key: str
    make: Callable[[], pdf.Print] = field(repr=False, compare=False)

    @functools.cached_property
    def source(self) -> pdf.Print:
        return self.make()


@dataclass(frozen=True)
class Printed:
    """A language's PDF: its bytes (None: the print engine failed, the version is published without it), the
    key of what it was printed from, whether it was taken from the branch, and what to say about it (the print's,
    then its text layer's, each a `Said` the command says in the site's language)."""

    data: bytes | None
    key: str = ""
    reused: bool = False
    notes: tuple[str, ...] = ()
    missing: str = ""  # without bytes, why (pdf.UNDRAWN, FAILED): what its pages and the history say in their place


def recorded(manifest: mf.VersionManifest | None, listing: dict[str, tuple[str, str]], *,
             version: str, settings: policy_settings.Settings | None = None) -> dict[str, Recorded]:
    """Per language, the PDF of a published version whose manifest records its key, found in the branch's
    `listing` (path -> (mode, blob)) in its document's folder (`settings`: the first document's without);
    none for a version not yet published or published before keys."""
    if manifest is None:
        return {}
    found = {}
    for lang, entry in manifest.languages.items():
        name = pdf.file_name(lang=lang, version=version)
        on_branch = listing.get(f"{settings.base(lang) if settings else lang}/{version}/{name}")
        if entry.pdf_key and name in entry.files and on_branch is not None:
            found[lang] = Recorded(entry.pdf_key, on_branch[1], entry.files[name])
    return found


def environment(root: Path, language: policy_settings.Language) -> Environment:
    """The print template's Jinja environment: the theme's `custom_dir` of the language's configuration,
    where `partials/policy-pdf.typ` lives (the theme's own templates are never printed)."""
    config = policy_settings.load_yaml(root / language.config_file)
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return _environment(str(root / str(custom or "overrides")))


@functools.lru_cache(maxsize=8)
def _environment(folder: str) -> Environment:
    """One loader per folder and process; sandboxed, as the site's (build.sandboxed): the print template is the
    project's own."""
    return SandboxedEnvironment(loader=FileSystemLoader(folder), autoescape=True)


def page_of(source: bytes, *, env: Environment, lang: str, version: str, url: str,
            fonts: Sequence[str | Path] = (), kept_in: Path | None = None) -> Page:
    """What the version's page `source` is printed from, and its key. Raises pdf.PdfError without a date.

    A rebuild (and `policy verify`) works every version's key out again to find its PDF on the branch: the page as
    data (its text's every block, 100 kB of JSON) then its digest, some 3 ms a language. With `kept_in` (the
    repository's `.git/policysite/pdf-keys`), each key is kept there under the digest of all it is worked out from:
    the text's bytes, the print template, the language, version and address, the engine and the digest of each font
    file it is printed with (pdfengine.identity), and this package's code (findingcache.checks_digest); the page's
    data is then worked out only if it is printed."""
    def make() -> pdf.Print:
        return pdf.source(source, env=env, lang=lang, version=version, url=url, fonts=fonts)

    inputs = _key_inputs(source, env=env, lang=lang, version=version, url=url, fonts=fonts) if kept_in else ""
    key = _kept_key(kept_in, inputs)
    if key is not None:
        return Page(lang, version, key, make)
    printed = make()
    page = Page(lang, version, pdf.key(printed), lambda: printed)
    _keep_key(kept_in, inputs, page.key)
    return page


KEPT_KEYS = 8192  # (a file of 96 bytes each: two a version of a bilingual history of 4,000)
_KEY = re.compile(rb"[0-9a-f]{64}")


def _key_inputs(source: bytes, *, env: Environment, lang: str, version: str, url: str,
                fonts: Sequence[str | Path]) -> str:
    from policysite import findingcache

    folders = tuple(str(f) for f in fonts)
    said = json.dumps({"code": findingcache.checks_digest(), "source": hashlib.sha256(source).hexdigest(),
                       "template": hashlib.sha256(pdf.template(env).encode("utf-8", "surrogatepass")).hexdigest(),
                       "lang": lang, "version": version, "url": url,
                       "engine": pdfengine.identity((*folders, *scriptfonts.folders(lang)))}, sort_keys=True)
    return hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()


def _kept_key(folder: Path | None, inputs: str) -> str | None:
    key = keptfiles.read(folder, inputs) if folder is not None and inputs else None
    return key.decode("ascii") if key is not None and _KEY.fullmatch(key) else None


def _keep_key(folder: Path | None, inputs: str, key: str) -> None:
    if inputs:
        keptfiles.write(folder, inputs, key.encode("ascii"), most=KEPT_KEYS)


def kept(page: Page, recorded: Recorded | None, read: Callable[[str], bytes]) -> Printed | None:
    """`recorded`'s bytes (`read` gives a blob's) when its key is `page`'s and its digest the manifest's."""
    if recorded is None or recorded.key != page.key:
        return None
    data = read(recorded.blob)
    return Printed(data, page.key, reused=True) if mf.sha256(data) == recorded.sha256 else None


def printed(page: Page) -> Printed:
    """`page` printed; without bytes, and saying why, when the print engine fails on it."""
    try:
        where = f"{page.lang}/{page.version}"
        data, note = pdf.printed(page.source, where=where)
        misread = glyphs.printed_note(page.source, where=where)
        return Printed(data, page.key, notes=tuple(n for n in (note, misread) if n))
    except pdf.PdfUnavailable as exc:  # a text already public is published all the same, without its PDF
        return Printed(None, notes=(messages.text_of(exc),),
                       missing=pdf.UNDRAWN if isinstance(exc, pdf.PdfUndrawn) else pdf.FAILED)


def version_pdf(source: bytes, *, env: Environment, lang: str, version: str, url: str,
                recorded: Recorded | None, read: Callable[[str], bytes], fonts: Sequence[str | Path] = ()) -> Printed:
    """The PDF of the version's page `source`: kept from the branch if it can be, else printed here."""
    page = page_of(source, env=env, lang=lang, version=version, url=url, fonts=fonts)
    return kept(page, recorded, read) or printed(page)
