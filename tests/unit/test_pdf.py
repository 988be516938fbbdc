"""A version's PDF: drawn from the document model, the same bytes at every build, tagged in its language."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import FROZEN, ROOT, poppler
from policysite import document, layout, manifest as mf, pdf, pdfengine, printing

URL = "https://example.test/policy/fr/2024-03-01/"
TEXT = """---
date: 2024-03-01
---

# Politique d’essai

Introduction en **gras** ici.

## 1. Données

Nous traitons vos **données** et vos **données** de contact.

- premier point
    - point imbriqué
- second point

| Donnée | Durée |
|---|---|
| nom | 3 ans |
| adresse | 1 an |

## 2. Droits {#droits}

Écrivez à dpo@example.test.
"""


def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)


def test_runs_mark_each_bold_span_in_order():
    assert layout.runs("a b a c", ("a", "a")) == [("a", True), (" b ", False), ("a", True), (" c", False)]
    assert layout.runs("plain", ()) == [("plain", False)]
    assert layout.runs("x", ("missing",)) == [("x", False)]


def test_parts_group_items_into_nested_lists_and_rows_into_a_table_with_its_header():
    policy = document.parse(TEXT, path="fr/index.md", lang="fr")
    parts = layout.parts(policy.sections[0].blocks)
    assert [p.kind for p in parts] == ["paragraph", "list", "table"]
    items = parts[1].items
    assert [i.runs for i in items] == [[("premier point", False)], [("second point", False)]]
    assert [c.runs for c in items[0].children] == [[("point imbriqué", False)]]
    assert parts[2].header == ("Donnée", "Durée") and parts[2].rows == [("nom", "3 ans"), ("adresse", "1 an")]


def test_html_names_the_language_the_date_the_digest_and_each_section_by_its_anchor():
    source = TEXT.encode("utf-8")
    page = pdf.html(source, env=env(), lang="fr", version="2024-03-01", url=URL)
    assert '<html lang="fr">' in page and "<title>Politique d’essai</title>" in page
    assert "Version du 1er mars 2024." in page and URL in page and hashlib.sha256(source).hexdigest() in page
    assert re.findall(r'<h2 id="([^"]+)">([^<]+)</h2>', page) == [("s1", "1 Données"), ("droits", "2 Droits")]
    assert "<strong>gras</strong>" in page
    assert "<link" not in page and "<script" not in page and "src=" not in page  # nothing to fetch


def test_the_same_source_gives_the_same_bytes_and_another_url_other_bytes():
    source = TEXT.encode("utf-8")
    first = pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL)
    assert first.startswith(b"%PDF-1.7")
    assert pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL) == first
    assert pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL + "x") != first


def test_the_frozen_policy_prints_every_section_title(tmp_path):
    source = (FROZEN / "en" / "index.md").read_bytes()
    policy = document.parse(source.decode("utf-8"), path="en/index.md", lang="en")
    path = tmp_path / "policy.pdf"
    path.write_bytes(pdf.render_pdf(source, env=env(), lang="en", version="2021-02-17", url=URL))
    text = " ".join(subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Version of February 17, 2021." in text
    missing = [s.title for s in policy.sections if f"{s.numeral} {s.title}".strip() not in text]
    assert missing == [] and len(policy.sections) > 20


def test_an_undated_page_has_no_pdf():
    with pytest.raises(pdf.PdfError, match="no date"):
        pdf.html(b"# Title\n\n## 1. One\n\nText.\n", env=env(), lang="fr", version="2024-03-01", url=URL)


def test_a_failure_of_the_print_engine_is_said_and_never_a_traceback(monkeypatch):
    import weasyprint

    def fail(*args, **kwargs):
        raise RecursionError("nested too deeply")

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", fail)
    with pytest.raises(pdf.PdfUnavailable, match=r"fr/2024-03-01: no PDF: the print engine failed \(RecursionError"):
        pdf.render_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)


def test_the_key_is_the_same_for_the_same_page_and_changes_with_the_page_options_or_engine(monkeypatch):
    page = pdf.html(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
    key = pdf.key(page)
    assert re.fullmatch(r"[0-9a-f]{64}", key) and pdf.key(page) == key
    assert pdf.key(page.replace("Données", "Donnees")) != key  # the text
    assert pdf.key(page.replace("size: A4", "size: A5")) != key  # the print stylesheet, inside the page
    monkeypatch.setattr(pdf, "OPTIONS", {**pdf.OPTIONS, "hinting": True})
    assert pdf.key(page) != key
    monkeypatch.undo()
    identity = pdfengine.identity(pdf.FONTS)
    monkeypatch.setattr(pdfengine, "identity", lambda fonts: {**identity, "fonts": {"DejaVu Sans": "another"}})
    assert pdf.key(page) != key


def test_the_engine_names_weasyprint_its_libraries_and_the_font_files_of_the_stylesheet():
    identity = pdfengine.identity(pdf.FONTS)
    assert identity["packages"]["weasyprint"] == "70.0" and "pydyf" in identity["packages"]
    assert set(identity["libraries"]) >= {"pango", "harfbuzz", "fontconfig", "freetype", "zlib"}
    dejavu = hashlib.sha256(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").read_bytes()).hexdigest()
    assert identity["fonts"]["DejaVu Sans"] == dejavu and identity["fonts"]["DejaVu Sans:bold"] != dejavu


def printed_by(monkeypatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(pdf, "print_page", lambda page, *, where: calls.append(where) or b"%PDF printed")
    return calls


def version_pdf(recorded: printing.Recorded | None, read=lambda blob: pytest.fail("nothing to read")):
    return printing.version_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL,
                                recorded=recorded, read=read)


def test_a_pdf_recorded_under_todays_key_and_digest_is_taken_from_the_branch(monkeypatch):
    calls = printed_by(monkeypatch)
    key = pdf.key(pdf.html(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL))
    published = b"%PDF as published"
    made = version_pdf(printing.Recorded(key, "b" * 40, mf.sha256(published)),
                       read=lambda blob: published if blob == "b" * 40 else b"")
    assert made == printing.Printed(published, key, reused=True) and calls == []


def test_a_pdf_of_another_key_or_digest_or_none_recorded_is_printed(monkeypatch):
    calls = printed_by(monkeypatch)
    key = pdf.key(pdf.html(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL))
    assert version_pdf(None) == printing.Printed(b"%PDF printed", key)
    assert version_pdf(printing.Recorded("0" * 64, "b" * 40, mf.sha256(b"old"))).data == b"%PDF printed"
    edited = version_pdf(printing.Recorded(key, "b" * 40, mf.sha256(b"as published")), read=lambda blob: b"edited")
    assert edited == printing.Printed(b"%PDF printed", key) and calls == ["fr/2024-03-01"] * 3


def test_a_failure_of_the_print_engine_gives_no_pdf_and_says_so(monkeypatch):
    def fail(page, *, where):
        raise pdf.PdfUnavailable(f"{where}: no PDF: the print engine failed (RecursionError: deep)")

    monkeypatch.setattr(pdf, "print_page", fail)
    made = version_pdf(None)
    assert made.data is None and made.key == "" and made.note.startswith("fr/2024-03-01: no PDF")


def test_recorded_pdfs_are_those_whose_manifest_has_a_key_and_whose_file_is_on_the_branch():
    def entry(key: str, files: dict[str, str]) -> mf.LanguageEntry:
        return mf.LanguageEntry(mf.Source("docs/fr/index.md", "c" * 40, "d" * 64), files, pdf_key=key)

    name = {lang: f"policy-{lang}-2024-03-01.pdf" for lang in ("fr", "en", "de")}
    manifest = mf.VersionManifest("2024-03-01", {"fr": entry("k" * 64, {name["fr"]: "s" * 64}),
                                                 "en": entry("", {name["en"]: "s" * 64}),  # published before keys
                                                 "de": entry("k" * 64, {name["de"]: "s" * 64})})
    listing = {f"fr/2024-03-01/{name['fr']}": ("100644", "b" * 40), f"en/2024-03-01/{name['en']}": ("100644", "e" * 40)}
    assert printing.recorded(manifest, listing, version="2024-03-01") == {
        "fr": printing.Recorded("k" * 64, "b" * 40, "s" * 64)}
    assert printing.recorded(None, listing, version="2024-03-01") == {}
    assert mf.VersionManifest.loads(manifest.dumps()) == manifest
    assert b'"pdf_key"' in manifest.dumps() and manifest.dumps().count(b'"pdf_key"') == 2


def test_a_print_in_a_fresh_process_gives_the_bytes_of_a_print_after_others_in_a_long_one(tmp_path):
    """One font configuration serves every print of a process: its caches must not change a PDF's bytes."""
    source = TEXT.encode("utf-8")
    pdf.render_pdf((FROZEN / "en" / "index.md").read_bytes(), env=env(), lang="en", version="2021-02-17", url=URL)
    here = pdf.render_pdf(source, env=env(), lang="fr", version="2024-03-01", url=URL)
    (tmp_path / "page.md").write_bytes(source)
    code = ("import sys; from pathlib import Path; from jinja2 import Environment, FileSystemLoader; "
            "from policysite import pdf; "
            f"env = Environment(loader=FileSystemLoader({str(ROOT / 'overrides')!r}), autoescape=True); "
            f"sys.stdout.buffer.write(pdf.render_pdf(Path({str(tmp_path / 'page.md')!r}).read_bytes(), env=env, "
            f"lang='fr', version='2024-03-01', url={URL!r}))")
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert fresh == here


def test_a_printer_prints_in_a_fork_the_bytes_this_process_prints(tmp_path):
    """Run in a fresh interpreter: a test runner's worker has threads of its own, where the printer does not fork."""
    (tmp_path / "page.md").write_bytes(TEXT.encode("utf-8"))
    code = f"""
import sys
from pathlib import Path
from jinja2 import Environment, FileSystemLoader
from policysite import pdf, printing
env = Environment(loader=FileSystemLoader({str(ROOT / 'overrides')!r}), autoescape=True)
page = printing.page_of(Path({str(tmp_path / 'page.md')!r}).read_bytes(), env=env, lang='fr', version='2024-03-01',
                        url={URL!r})
printer = printing.Printer([page])
result = printer.result()
assert printer.forked and set(result) == {{'fr'}}, (printer.forked, result)
assert result['fr'] == printing.printed(page) and result['fr'].key == page.key and not result['fr'].reused
print(len(result['fr'].data))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) > 10_000


def test_a_printer_with_nothing_to_print_starts_nothing_and_one_stopped_leaves_nothing_running():
    printer = printing.Printer([])
    assert not printer.forked and printer.result() == {}
    page = printing.page_of(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
    printer = printing.Printer([page])
    printer.cancel()
    printer.cancel()  # twice: nothing left to stop
