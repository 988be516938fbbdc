"""A version's PDF: drawn from the document model, the same bytes at every build, tagged in its language."""
from __future__ import annotations

import contextlib
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import FROZEN, ROOT, poppler, until
from policysite import document, layout, manifest as mf, messages, pdf, pdfengine, printing, scriptfonts

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


def test_runs_mark_each_bold_span_and_link_where_the_text_has_them():
    def drawn(markdown: str) -> list:
        policy = document.parse(f"---\ndate: 2024-01-01\n---\n# T\n\n## 1. A\n\n{markdown}\n", path="p.md", lang="en")
        return layout.parts(policy.sections[0].blocks)[0].runs

    assert drawn("**a** b **a** c") == [("a", True, ""), (" b ", False, ""), ("a", True, ""), (" c", False, "")]
    assert drawn("plain") == [("plain", False, "")]
    # links, bold inside or around them: each run carries its link's target
    assert drawn("Write to [the **DPO**](mailto:dpo@example.test) **or** the [CNIL](https://www.cnil.fr/).") == [
        ("Write to ", False, ""), ("the ", False, "mailto:dpo@example.test"), ("DPO", True, "mailto:dpo@example.test"),
        (" ", False, ""), ("or", True, ""), (" the ", False, ""), ("CNIL", False, "https://www.cnil.fr/"),
        (".", False, "")]
    # security hunt 19b, finding 2: a link's words written earlier in the paragraph (inside the DPO's address) took its
    # target there, in the PDF and on the side-by-side page
    assert drawn("Write to contact@acme.example. To complain, use this [contact](mailto:collecte@evil.example).") == [
        ("Write to contact@acme.example. To complain, use this ", False, ""),
        ("contact", False, "mailto:collecte@evil.example"), (".", False, "")]
    # a line break: the marks stay on their words once each line is trimmed
    assert drawn("Acme Ltd  \n  [**London**](https://acme.example/)") == [
        ("Acme Ltd\n", False, ""), ("London", True, "https://acme.example/")]
    # security hunt 20, findings 3 and 4: a paragraph with a line break was parsed again on its own, without its
    # reference definitions (the label's words printed) and an item's paragraphs as one (a link across them)
    assert drawn("Write to [us][dpo].  \nOr by post.\n\n[dpo]: mailto:dpo@acme.example") == [
        ("Write to ", False, ""), ("us", False, "mailto:dpo@acme.example"), (".\nOr by post.", False, "")]
    policy = document.parse("---\ndate: 2024-01-01\n---\n# T\n\n## 1. A\n\n- Write to dpo@acme.example.  \n  [Or\n\n"
                            "  us](mailto:dpo@evil.example)\n", path="p.md", lang="en")
    assert layout.parts(policy.sections[0].blocks)[0].items[0].runs == [
        ("Write to dpo@acme.example.\n[Or\nus](mailto:dpo@evil.example)", False, "")]  # as the page shows it: no link


def test_parts_group_items_into_nested_lists_and_rows_into_a_table_with_its_header():
    policy = document.parse(TEXT, path="fr/index.md", lang="fr")
    parts = layout.parts(policy.sections[0].blocks)
    assert [p.kind for p in parts] == ["paragraph", "list", "table"]
    items = parts[1].items
    assert [i.runs for i in items] == [[("premier point", False, "")], [("second point", False, "")]]
    assert [c.runs for c in items[0].children] == [[("point imbriqué", False, "")]]
    assert parts[2].header == ("Donnée", "Durée") and parts[2].rows == [("nom", "3 ans"), ("adresse", "1 an")]

    # two tables apart by a blank line are two, each with its own header (they were drawn as one in the PDF and on
    # the side-by-side page, the second's header a row of the first)
    policy = document.parse("---\ndate: 2024-01-01\n---\n# T\n\n## 1. A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                            "| c | d |\n|---|---|\n| 3 | 4 |\n", path="p.md", lang="en")
    parts = layout.parts(policy.sections[0].blocks)
    assert [(p.kind, p.header, p.rows) for p in parts] == [("table", ("a", "b"), [("1", "2")]),
                                                           ("table", ("c", "d"), [("3", "4")])]


def test_the_print_data_names_the_language_the_date_the_digest_and_each_section_by_its_anchor():
    source = TEXT.encode("utf-8")
    page = pdf.source(source, env=env(), lang="fr", version="2024-03-01", url=URL)
    data = json.loads(page.data)
    assert page.template == (ROOT / "overrides" / pdf.TEMPLATE).read_text(encoding="utf-8")
    assert data["lang"] == "fr" and data["region"] is None and data["title"] == "Politique d’essai"
    assert data["version_text"] == "Version du 1er mars 2024." and data["url"] == URL and data["date"] == [2024, 3, 1]
    assert data["sha256"] == hashlib.sha256(source).hexdigest()
    assert [(s["anchor"], s["title"], s["level"]) for s in data["sections"]] == [("s1", "1. Données", 2),
                                                                                  ("droits", "2. Droits", 2)]
    assert data["preamble"][0]["runs"] == [["Introduction en ", False, ""], ["gras", True, ""], [" ici.", False, ""]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_print_data_of_each_part_is_its_fields_as_asdict_gives_them(lang):
    """The parts are read without `dataclasses.asdict`'s deep copy (more than half of a PDF's key, session 30): the same
    JSON, so every PDF's key and bytes stay as published: lists nested three deep, numbered items, tables, links."""
    import dataclasses

    text = (FROZEN / lang / "index.md").read_text(encoding="utf-8") + (
        "\n## 99. Extra\n\n1. un\n    - deux [lien](https://example.test/)\n        - **trois**\n2. quatre\n\n"
        "| a | b | c |\n|---|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |\n")
    policy = document.parse(text, path="p", lang=lang)
    found = [part for section in policy.sections for part in layout.parts(section.blocks)]
    assert {"paragraph", "list", "table"} <= {part.kind for part in found}
    assert any(child.children for part in found for item in part.items for child in item.children)
    for part in found:
        expected = dataclasses.asdict(part)
        if part.kind == "table":  # cut or filled to the header's width, as before
            expected["header"] = pdf._part(part)["header"]
            expected["rows"] = pdf._part(part)["rows"]
        assert json.dumps(pdf._part(part), sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_a_text_titled_in_its_front_matter_is_printed_under_that_title():
    """Adoption hunt 11, f_frontmatter_title_not_shown: a Hugo page's `title:` (no `# ` heading)."""
    source = "---\ndate: 2024-03-01\ntitle: Datenschutz & Cookies\n---\n\n## 1. Daten\n\nWir schützen Daten.\n"
    page = pdf.source(source.encode("utf-8"), env=env(), lang="de", version="2024-03-01", url=URL)
    assert json.loads(page.data)["title"] == "Datenschutz & Cookies"


def test_headings_never_skip_a_level_and_table_rows_take_their_headers_width():
    text = ("---\ndate: 2024-03-01\n---\n\n# T\n\n#### 1. Deep\n\nx\n\n##### 1.1. Deeper\n\ny\n\n"
            "## 2. Two\n\n| a | b |\n|---|---|\n| 1 |\n| 1 | 2 |\n")
    data = json.loads(pdf.source(text.encode(), env=env(), lang="pt-BR", version="2024-03-01", url=URL).data)
    assert [s["level"] for s in data["sections"]] == [2, 3, 2]
    assert data["lang"] == "pt" and data["region"] == "BR"
    table = data["sections"][2]["parts"][0]
    assert table["header"] == ["a", "b"] and all(len(row) == 2 for row in table["rows"])
    printed = pdf.print_page(pdf.source(text.encode(), env=env(), lang="pt-BR", version="2024-03-01", url=URL),
                             where="pt-BR/2024-03-01")
    assert printed.startswith(b"%PDF-1.7")


def test_no_text_is_read_as_typst_markup(tmp_path):
    hostile = ('#import "/etc/passwd" #read("/etc/passwd") = heading *bold* $x$ <label> @ref '
               '] ) } #{panic("no")} \\ // comment /* block')
    text = f"---\ndate: 2024-03-01\n---\n\n# {hostile}\n\n## 1. {hostile}\n\n{hostile}\n\n- {hostile}\n"
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf.render_pdf(text.encode(), env=env(), lang="fr", version="2024-03-01", url=URL))
    printed = " ".join(subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True,
                                      check=True).stdout.split())
    assert printed.count('#read("/etc/passwd")') == 4 and "root:" not in printed


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
    missing = [s.title for s in policy.sections if " ".join(s.written.split()) not in text]  # as the text writes it
    assert missing == [] and len(policy.sections) > 20


def test_an_undated_page_has_no_pdf():
    with pytest.raises(pdf.PdfError, match="no date"):
        pdf.source(b"# Title\n\n## 1. One\n\nText.\n", env=env(), lang="fr", version="2024-03-01", url=URL)


def test_a_text_the_fonts_cannot_draw_is_said_and_never_a_traceback_nor_a_blank():
    """The print engine carries no Chinese, Japanese or Korean font (nor any fallback): no PDF, and the message names
    the language, the script, a family that draws it and how to give its files (company5: it quoted the engine)."""
    text = "---\ndate: 2024-03-01\n---\n\n# 隐私政策\n\n## 1. 数据\n\n我们处理您的数据。\n"
    with pytest.raises(pdf.PdfUnavailable) as refused:
        pdf.render_pdf(text.encode(), env=env(), lang="zh", version="2024-03-01", url=URL)
    english = messages.said_in(messages.text_of(refused.value), "en")
    assert re.fullmatch(r"zh/2024-03-01: no PDF: no font of the Chinese PDF draws Chinese or Japanese \(Han\) letters "
                        r"\(隐\); .* such as Noto Sans CJK SC, to a folder of the project \(fonts/\) and name it in "
                        r"mkdocs.yml, `extra.policy.pdf_fonts: \[fonts\]`, then run `policy history --rebuild`: it "
                        r"prints the PDFs the versions already published lack", english, re.S), english
    french = messages.said_in(messages.text_of(refused.value), "fr")  # words 29: said in English on a French site
    assert re.fullmatch(r"zh/2024-03-01\u00a0: pas de PDF\u00a0: aucune police du PDF en chinois ne dessine les lettres "
                        r"chinoises ou japonaises \(han\) \(隐\)\u202f; .* comme Noto Sans CJK SC, .*"
                        r"`extra.policy.pdf_fonts: \[fonts\]`, puis lancez `policy history --rebuild`\u00a0: il "
                        r"imprime les PDF qui manquent aux versions déjà publiées", french, re.S), french


def test_a_symbol_no_font_draws_is_drawn_as_a_box_and_named_and_the_pdf_stays_pdf_ua(tmp_path):
    text = "---\ndate: 2024-03-01\n---\n\n# Cookies 🍪\n\n## 1. Données 👍🏽\n\nNous aimons 🍪 et ✓.\n"
    page = pdf.source(text.encode(), env=env(), lang="fr", version="2024-03-01", url=URL)
    data, note = pdf.printed(page, where="fr/2024-03-01")
    assert note.startswith("fr/2024-03-01: its PDF draws □ for 🍪 (U+1F36A), 👍🏽 (U+1F44D U+1F3FD): no font")
    assert "extra.policy.pdf_fonts" in note
    # words 29: said in English on a French site
    assert messages.said_in(note, "fr") == ("fr/2024-03-01\u00a0: son PDF dessine □ pour 🍪 (U+1F36A), 👍🏽 (U+1F44D "
                                            "U+1F3FD)\u00a0: aucune police du PDF ne l'a (ajoutez-en une dans un dossier du "
                                            "projet indiqué comme dossier des polices des PDF (`extra.policy.pdf_fonts`))")
    (tmp_path / "p.pdf").write_bytes(data)
    printed = " ".join(subprocess.run([poppler("pdftotext"), str(tmp_path / "p.pdf"), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())
    assert "Nous aimons □ et ✓." in printed and "1. Données □" in printed and "Cookies □" in printed
    assert pdf.printed(pdf.source(TEXT.encode(), env=env(), lang="fr", version="2024-03-01", url=URL),
                       where="fr/2024-03-01")[1] == ""


def test_a_control_character_or_a_codepoint_the_engine_refuses_is_drawn_as_a_box_and_named(tmp_path):
    """The engine names what it cannot set in Rust's escapes (`"\\u{7}"`) and refuses a BOM inside a text in other words:
    neither matched, so a BEL, an ESC, a noncharacter or a U+FEFF left a version without its PDF."""
    text = ("---\ndate: 2024-03-01\n---\n\n# Politique\x1b d’essai\n\n## 1. Données\n\nUne cloche \x07 et \x07, un "
            "\x1f perdu, un \ufffe.\n\n| Donnée | Durée |\n|---|---|\n| nom\x1b | 3 ans 😀 |\n")
    page = pdf.source(text.encode(), env=env(), lang="fr", version="2024-03-01", url=URL)
    data, note = pdf.printed(page, where="fr/2024-03-01")
    assert note.startswith("fr/2024-03-01: its PDF draws □ for (U+0007), (U+001B), (U+001F), \ufffe (U+FFFE), 😀 "
                           "(U+1F600): no font"), note  # the controls at once, then each as the engine names it
    (tmp_path / "p.pdf").write_bytes(data)
    printed = " ".join(subprocess.run([poppler("pdftotext"), str(tmp_path / "p.pdf"), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())
    assert "Une cloche □ et □, un □ perdu, un □." in printed and "Politique□ d’essai" in printed
    assert "nom□" in printed and "3 ans □" in printed
    assert json.loads(page.data)["sections"][0]["parts"][0]["runs"][0][0].startswith("Une cloche \x07")  # the key's data
    # a byte order mark inside a text (the parse drops it from a page's own text): "contains the disallowed codepoint"
    bom = pdf.Print('#let data = json(bytes(sys.inputs.data))\n#set document(title: "T")\n#data.t\n',
                    json.dumps({"t": "a\ufeffb"}, ensure_ascii=False))
    assert pdf.printed(bom, where="x")[1].startswith("x: its PDF draws □ for \ufeff (U+FEFF): no font")


def test_the_key_is_the_same_for_the_same_page_and_changes_with_the_text_template_options_or_engine(monkeypatch):
    page = pdf.source(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
    key = pdf.key(page)
    assert re.fullmatch(r"[0-9a-f]{64}", key) and pdf.key(page) == key
    assert pdf.key(pdf.Print(page.template, page.data.replace("Données", "Donnees"))) != key  # the text
    assert pdf.key(pdf.Print(page.template.replace('paper: "a4"', 'paper: "a5"'), page.data)) != key  # the template
    monkeypatch.setattr(pdf, "OPTIONS", {**pdf.OPTIONS, "pdf_standards": ["a-2b"]})
    assert pdf.key(page) != key
    monkeypatch.undo()
    installed = pdfengine.packages()
    monkeypatch.setattr(pdfengine, "packages", lambda: {**installed, "typst": "0.99"})
    assert pdf.key(page) != key


def test_the_engine_names_typst_pikepdf_qpdf_and_the_font_files_a_project_adds(tmp_path):
    identity = pdfengine.identity()
    assert identity["packages"]["typst"] == "0.15.2" and identity["packages"]["pikepdf"] == "10.18.0"
    assert identity["packages"]["deflate"] == "0.9.0"  # (its libdeflate deflates the streams pdfpack writes)
    assert identity["packages"]["qpdf"] != pdfengine.UNKNOWN and identity["fonts"] == {}
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "Face.otf").write_bytes(b"font one")
    (tmp_path / "notes.txt").write_text("not a font")
    fonts = pdfengine.identity([str(tmp_path)])["fonts"]
    assert fonts == {"0/sub/Face.otf": hashlib.sha256(b"font one").hexdigest()}


def test_a_font_folder_of_the_project_is_drawn_with_after_the_engines_own_fonts(tmp_path):
    """A glyph only the folder's font has (OpenSymbol's, which LibreOffice brings) is drawn with it; the
    text the engine's fonts have keeps them."""
    font = Path("/usr/share/fonts/truetype/libreoffice/opens___.ttf")
    if not font.is_file():
        pytest.skip("no OpenSymbol font (Debian's fonts-opensymbol) on this machine to put in a font folder")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / font.name).write_bytes(font.read_bytes())
    text = "---\ndate: 2024-03-01\n---\n\n# Politique\n\n## 1. Données\n\nUn symbole \ue080 ici.\n"

    def fonts_of(data: bytes) -> str:
        (tmp_path / "p.pdf").write_bytes(data)
        return subprocess.run([poppler("pdffonts"), str(tmp_path / "p.pdf")], capture_output=True, text=True,
                              check=True).stdout

    without = fonts_of(pdf.render_pdf(text.encode(), env=env(), lang="fr", version="2024-03-01", url=URL))
    with_folder = fonts_of(pdf.render_pdf(text.encode(), env=env(), lang="fr", version="2024-03-01", url=URL,
                                          fonts=[tmp_path / "fonts"]))
    assert "OpenSymbol" not in without and "OpenSymbol" in with_folder and "LibertinusSerif" in with_folder


def printed_by(monkeypatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(pdf, "printed", lambda page, *, where: (calls.append(where) or b"%PDF printed", ""))
    return calls


def version_pdf(recorded: printing.Recorded | None, read=lambda blob: pytest.fail("nothing to read")):
    return printing.version_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL,
                                recorded=recorded, read=read)


def test_a_pdf_recorded_under_todays_key_and_digest_is_taken_from_the_branch(monkeypatch):
    calls = printed_by(monkeypatch)
    key = pdf.key(pdf.source(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL))
    published = b"%PDF as published"
    made = version_pdf(printing.Recorded(key, "b" * 40, mf.sha256(published)),
                       read=lambda blob: published if blob == "b" * 40 else b"")
    assert made == printing.Printed(published, key, reused=True) and calls == []


def test_a_pdf_of_another_key_or_digest_or_none_recorded_is_printed(monkeypatch):
    calls = printed_by(monkeypatch)
    key = pdf.key(pdf.source(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL))
    assert version_pdf(None) == printing.Printed(b"%PDF printed", key)
    assert version_pdf(printing.Recorded("0" * 64, "b" * 40, mf.sha256(b"old"))).data == b"%PDF printed"
    edited = version_pdf(printing.Recorded(key, "b" * 40, mf.sha256(b"as published")), read=lambda blob: b"edited")
    assert edited == printing.Printed(b"%PDF printed", key) and calls == ["fr/2024-03-01"] * 3


def test_a_failure_of_the_print_engine_gives_no_pdf_and_says_so(monkeypatch):
    def fail(page, *, where):
        raise pdf.PdfUnavailable(f"{where}: no PDF: the print engine failed (RecursionError: deep)")

    monkeypatch.setattr(pdf, "printed", fail)
    made = version_pdf(None)
    assert made.data is None and made.key == "" and made.notes[0].startswith("fr/2024-03-01: no PDF")


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
    """Typst's caches and pikepdf's must not change a PDF's bytes."""
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


def test_a_fork_of_a_process_that_has_printed_prints_too():
    """The engine keeps threads once it has printed: it runs in a server process, so that a fork (the build's
    pool of workers) never inherits them dead and waits for them forever."""
    import os
    import signal

    here = pdf.render_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
    pid = os.fork()
    if pid == 0:  # the child: print the same page, say by its exit status whether it got the same bytes
        same = False  # (a print that raises ends the fork too: it never goes on with the tests)
        try:
            same = pdf.render_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL) == here
        finally:
            os._exit(0 if same else 1)
    status = {}

    def finished() -> bool:
        done, status["code"] = os.waitpid(pid, os.WNOHANG)
        return done != 0

    try:  # the fork starts a server of its own, then prints: on a busy machine, in its own time
        until(finished, what="the fork's print finished")
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    assert os.waitstatus_to_exitcode(status["code"]) == 0


def test_a_failure_of_the_engines_process_is_said_and_the_next_print_starts_another(monkeypatch):
    from policysite import typeset

    pdf.render_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
    assert typeset._server is not None
    typeset._server.process.kill()
    typeset._server.process.wait()
    assert pdf.render_pdf(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL).startswith(b"%PDF")


def test_font_folders_are_a_setting_of_folders_inside_the_project():
    from policysite.settings import SettingsError, from_extra

    base = {"company": "Acme", "languages": [{"code": "ja", "name": "日本語"}], "authoritative": "ja",
            "public_url": "https://example.test/"}
    assert from_extra({"policy": base}).pdf_fonts == ()
    assert from_extra({"policy": {**base, "pdf_fonts": ["fonts", "assets/fonts"]}}).pdf_fonts == ("fonts", "assets/fonts")
    for bad in (["/usr/share/fonts"], ["../fonts"], "fonts", [3], ["fonts\x00"]):  # a NUL: security hunt 23
        with pytest.raises(SettingsError, match="extra.policy.pdf_fonts"):
            from_extra({"policy": {**base, "pdf_fonts": bad}})


def test_a_numbered_list_keeps_the_numbers_the_site_shows_and_a_cell_no_tag(tmp_path):
    """"Right 3" of the text refers to item 3: printed as bullets, nothing was item 3 (an adoption hunt)."""
    text = ("---\ndate: 2024-03-01\n---\n\n# T\n\n## 1. Rights\n\n1. Access.\n2. Correction.\n\nThen:\n\n3. Erasure.\n"
            "    - of copies\n\nRight 3 does not apply.\n\n| Purpose | Basis |\n|---|---|\n| Orders | Contract<br>Law |\n")
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf.render_pdf(text.encode(), env=env(), lang="en", version="2024-03-01", url=URL))
    printed = " ".join(subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True,
                                      check=True).stdout.split())
    assert "1. Access. 2. Correction. Then: 3. Erasure. • of copies Right 3" in printed, printed
    assert "<br>" not in printed and "Contract Law" in printed


def test_a_line_break_in_the_text_is_one_in_the_pdf():
    """A manual line break (two spaces or a backslash at a line's end, `<br>`), as in a postal address."""
    text = ("---\ndate: 2024-03-01\n---\n\n# T\n\n## 1. Contact\n\nExample Ltd  \n1 Main **Street**\\\nParis\n\n"
            "- Post<br>Mail\n- one line\nstill one\n")
    policy = document.parse(text, path="en/index.md", lang="en")
    drawn = layout.parts(policy.sections[0].blocks)
    assert drawn[0].runs == [("Example Ltd\n1 Main ", False, ""), ("Street", True, ""), ("\nParis", False, "")]
    assert [item.runs for item in drawn[1].items] == [[("Post\nMail", False, "")], [("one line still one", False, "")]]
    assert policy.sections[0].blocks[0].text == "Example Ltd 1 Main Street Paris"  # what the checks read


def test_the_print_template_reads_nothing_from_the_working_directory(tmp_path, monkeypatch):
    """A project's print template read `secret.env` and `.git/config` into the published PDF: its root is empty."""
    import pytest

    from policysite import typeset

    (tmp_path / "secret.env").write_text("API_TOKEN=never-committed\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Exception, match="secret.env|not found|file"):
        typeset.typeset('#raw(read("secret.env"))', "{}", fonts=[], standards=[])
    assert typeset.typeset("Text.", "{}", fonts=[], standards=[]).startswith(b"%PDF")


def test_the_pdf_writes_each_heading_as_the_text_does():
    """The page shows `II. Allgemeines`, `Article 2 – Objet`: so does the PDF (it printed `2 Allgemeines`)."""
    text = ("---\ndate: 2024-03-01\n---\n\n# Datenschutzerklärung\n\n## I. Name\n\nA.\n\n## II. Allgemeines\n\n"
            "### 1. Umfang\n\nB.\n\n### 2. Rechtsgrundlage\n\nC.\n")
    data = json.loads(pdf.source(text.encode(), env=env(), lang="de", version="2024-03-01", url=URL).data)
    assert [(s["anchor"], s["title"]) for s in data["sections"]] == [
        ("s1", "I. Name"), ("s2", "II. Allgemeines"), ("s2-1", "1. Umfang"), ("s2-2", "2. Rechtsgrundlage")]


def test_the_print_server_imports_nothing_from_the_working_folder(tmp_path, monkeypatch):
    """`python -m` puts the working folder first on the path: a project's `pikepdf.py` ran in the print server
    (hunt 9: f_typeset_cwd_import)."""
    from policysite import typeset

    marker = tmp_path / "ran"
    (tmp_path / "pikepdf.py").write_text(f"open({str(marker)!r}, 'w').close()\nraise ImportError('not this one')\n",
                                         encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    server = typeset._Server()
    try:
        printed = server.ask(("#set page(width: 5cm, height: 5cm)\nHello", "{}", (), ()))
    finally:
        server.close()
    assert not marker.exists() and printed.startswith(b"%PDF")


def test_a_build_worker_ends_with_the_process_that_forked_it():
    """`kill -9` of `policy history` left its workers alive, holding the publication's lock: every later run waited
    for ever (history hunt 9: f_kill9_orphan_lock)."""
    import os
    import signal
    import time

    from policysite import building

    def alive(pid: int) -> bool:  # a zombie (ended, not yet reaped by its new parent) is not alive
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return False
        return "\nState:\tZ" not in status

    read_fd, write_fd = os.pipe()
    middle = os.fork()
    if middle == 0:  # the command's process: forks a worker, says its pid, waits
        os.close(read_fd)
        building._WORKER["parent"] = os.getpid()
        worker = os.fork()
        if worker == 0:
            building._die_with_parent()
            time.sleep(30)
            os._exit(0)
        os.write(write_fd, str(worker).encode())
        time.sleep(30)
        os._exit(0)
    os.close(write_fd)
    worker = int(os.read(read_fd, 32).decode())
    os.close(read_fd)
    os.kill(middle, signal.SIGKILL)
    os.waitpid(middle, 0)
    try:  # the kernel ends it at once; it is scheduled to die when a busy machine gets to it
        until(lambda: not alive(worker), what="the worker outlived the process that forked it")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker, signal.SIGKILL)


def test_a_link_to_an_address_is_a_link_in_the_pdf():
    """Reader audit 13, finding 23: the PDF had no link annotation, and "le site de la CNIL" lost its target."""
    import pikepdf

    text = TEXT + "\nVoir [le site de la CNIL](https://www.cnil.fr/) ou [§1](#s1).\n"
    data = pdf.render_pdf(text.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL)
    with pikepdf.open(__import__("io").BytesIO(data)) as document_pdf:
        uris = [str(annotation.A.URI) for page in document_pdf.pages for annotation in page.get("/Annots", [])
                if annotation.get("/Subtype") == "/Link" and "/A" in annotation and "/URI" in annotation.A]
    assert uris == ["https://www.cnil.fr/"], uris
    from policysite import pdfactions

    assert pdfactions.pdf_action(data) == ""  # its links, to an address and to a section, do nothing else


def test_the_same_print_asked_again_is_answered_without_the_engine_and_a_new_font_file_prints_again(
        tmp_path: Path, monkeypatch):
    from policysite import typeset

    asked = []

    class Engine:
        def usable(self) -> bool:
            return True

        def ask(self, request: tuple) -> bytes:
            asked.append(request)
            return f"%PDF {len(asked)}".encode()

    monkeypatch.setattr(typeset, "_server", Engine())
    monkeypatch.setattr(typeset, "_printed", {})
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    one = typeset.print_pdf("#x", '{"a": 1}', fonts=[str(fonts)], standards=["ua-1"])
    assert typeset.print_pdf("#x", '{"a": 1}', fonts=[str(fonts)], standards=["ua-1"]) == one and len(asked) == 1
    assert typeset.print_pdf("#x", '{"a": 2}', fonts=[str(fonts)], standards=["ua-1"]) != one and len(asked) == 2
    (fonts / "brand.ttf").write_bytes(b"a font")
    typeset.print_pdf("#x", '{"a": 1}', fonts=[str(fonts)], standards=["ua-1"])
    assert len(asked) == 3
    for n in range(typeset.PRINTED + 4):
        typeset.print_pdf("#x", json.dumps({"n": n}), fonts=[], standards=["ua-1"])
    assert len(typeset._printed) == typeset.PRINTED


def test_a_right_to_left_pdf_draws_its_address_and_digest_left_to_right(tmp_path):
    """Adoption hunt 18, Low: a Hebrew version's PDF drew "/Online: http://…/he/2026-11-02", the address's trailing
    slash moved to its front."""
    text = "---\ndate: 2024-03-01\n---\n\n# מדיניות פרטיות\n\n## 1. כללי\n\nאנו מעבדים את המידע שלך.\n"
    path = tmp_path / "he.pdf"
    url = "https://example.test/policy/he/2024-03-01/"
    path.write_bytes(pdf.render_pdf(text.encode(), env=env(), lang="he", version="2024-03-01", url=url))
    printed = subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert url in printed and hashlib.sha256(text.encode()).hexdigest() in printed, printed


def test_the_sites_english_words_in_a_pdf_of_a_right_to_left_language_it_has_no_words_for_read_left_to_right(
        tmp_path):
    """Hunt 41: a Persian version's PDF (the site has no Persian words: English) drew its version line, address and
    digest lines right to left: "https://…/ :Online", ".2024 مارس Version of 1". Now English, left to right, the
    date in Persian inside; a language the site has words for prints the data it printed."""
    text = "---\ndate: 2024-03-01\n---\n\n# سیاست حفظ حریم خصوصی\n\n## ۱. مقدمه\n\nما داده‌های شما را پردازش می‌کنیم.\n"
    url = "https://example.test/policy/ur/2024-03-01/"
    page = pdf.source(text.encode(), env=env(), lang="ur", version="2024-03-01", url=url)
    assert '"ui": "en"' in page.data and '"version_line": ["Version of ", "1 مارچ، 2024", "."]' in page.data
    path = tmp_path / "ur.pdf"
    path.write_bytes(pdf.print_page(page, where="ur/2024-03-01"))
    printed = subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    digest = hashlib.sha256(text.encode()).hexdigest()
    assert f"Online: {url}" in printed and f"SHA-256 of the source text: {digest}" in printed, printed
    french = pdf.source(b"---\ndate: 2024-03-01\n---\n\n# Politique\n\nTexte.\n", env=env(), lang="fr",
                        version="2024-03-01", url=url)
    assert '"ui"' not in french.data and '"version_line"' not in french.data


def test_a_word_longer_than_a_line_or_a_column_is_printed_whole(tmp_path):
    """Reader hunt 37: a word with no place to break (a compound, a code, a cookie's name) ran past the page's edge
    and the PDF lost its end; in a table of many columns, each cell's end. newco3: the break marks that let it end a
    line (U+200B between every letter) were in the text layer: a German table's "Rechtsgrundlage", a cookie's name,
    copied or searched, were a letter at a time; none is now."""
    word = "Datenschutzgrundverordnungsdurchführungsbestimmungenergänzungsgesetzesentwurf" * 2
    cookie = "_policy_consent_preference_identifier"
    text = ("---\ndate: 2024-03-01\n---\n\n# T\n\n## 1. Cookies\n\nSee " + word + " for details.\n\n"
            + "| " + " | ".join(f"Column {n}" for n in range(7)) + " |\n|" + "---|" * 7 + "\n"
            + "| " + " | ".join([cookie] * 7) + " |\n")
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf.render_pdf(text.encode(), env=env(), lang="en", version="2024-03-01", url=URL))
    layer = subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "\u200b" not in layer
    printed = "".join(layer.split())
    assert word in printed
    assert printed.count(cookie) == 7, printed
    table = "| Datenkategorie | Rechtsgrundlage |\n| --- | --- |\n| Kontaktdaten | Vertragserfüllung |\n"
    path.write_bytes(pdf.render_pdf(text.replace("See ", table + "\nSee ").encode(), env=env(), lang="de",
                                    version="2024-03-01", url=URL))
    layer = subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert {"Datenkategorie", "Rechtsgrundlage", "Vertragserfüllung"} <= set(layer.split()), layer


def test_a_font_the_project_adds_is_drawn_with_first(tmp_path):
    """Scripts task, finding 2: a project's font filled in only after the engine's (its Latin letters never drawn, a
    house font never used); its family now leads the PDF's font list, the engine's after it."""
    (amiri,) = scriptfonts.folders("ar")  # a font with Latin letters of its own, standing in for a house font
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "House-Regular.ttf").write_bytes((Path(amiri) / "Amiri-Regular.ttf").read_bytes())
    page = pdf.source(TEXT.encode(), env=env(), lang="fr", version="2024-03-01", url=URL, fonts=[tmp_path / "fonts"])
    assert json.loads(page.data)["fonts"] == ["Amiri", "Libertinus Serif"]
    (tmp_path / "p.pdf").write_bytes(pdf.print_page(page, where="fr/2024-03-01"))
    used = subprocess.run([poppler("pdffonts"), str(tmp_path / "p.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert "Amiri-Regular" in used
    assert "fonts" not in json.loads(pdf.source(TEXT.encode(), env=env(), lang="fr", version="2024-03-01", url=URL,
                                                fonts=[tmp_path / "none"]).data)


def test_a_version_whose_pdf_text_layer_misreads_words_is_printed_and_said_so():
    """A version's PDF whose text layer writes letters twice (pointed Hebrew in the engine's font) was published with no
    word: `policy check` reads the working tree only, never an imported version's text."""
    text = "---\ndate: 2024-03-01\n---\n\n# מדיניות\n\n## 1. כללי\n\nבְּרֵאשִׁית היה הטקסט.\n"
    page = printing.page_of(text.encode(), env=env(), lang="he", version="2024-03-01", url=URL)
    made = printing.printed(page)
    assert made.data and made.notes[0].startswith("he/2024-03-01: its PDF draws בְּרֵאשִׁית right, but its text layer")
    plain = printing.page_of(text.replace("בְּרֵאשִׁית", "בראשית").encode(), env=env(), lang="he", version="2024-03-01",
                             url=URL)
    assert printing.printed(plain).notes == ()
    signed = printing.page_of(text.replace("בְּרֵאשִׁית", "בראשית✅").encode(), env=env(), lang="he",
                              version="2024-03-01", url=URL)
    assert printing.printed(signed).notes[0].startswith("he/2024-03-01: its PDF draws □ for ✅ (U+2705)")
    assert "text layer" not in "".join(printing.printed(signed).notes)  # the □ it draws for it is no misread letter


def test_a_pages_key_is_kept_by_all_it_is_worked_out_from_and_its_data_made_only_to_print(tmp_path, monkeypatch):
    """A rebuild works every version's PDF key out again to find it on the branch: with `kept_in`, the key is read
    back, the page's data worked out only when read (to print it); another text, template, address or code works
    the key out again."""
    from policysite import findingcache

    def page(text: str = TEXT, template: Environment | None = None, url: str = URL, kept_in=None) -> printing.Page:
        return printing.page_of(text.encode("utf-8"), env=template or env(), lang="fr", version="2024-03-01", url=url,
                                kept_in=kept_in)

    fresh = page()
    kept = tmp_path / "git" / "policysite" / "pdf-keys"
    (tmp_path / "git").mkdir()
    assert page(kept_in=kept) == fresh and fresh.key == pdf.key(fresh.source)
    assert len(list(kept.iterdir())) == 1
    made, real = [], pdf.source
    monkeypatch.setattr(pdf, "source", lambda *a, **k: made.append(k["url"]) or real(*a, **k))
    again = page(kept_in=kept)
    assert again.key == fresh.key and made == []  # read back: no data worked out
    assert again.source == fresh.source and made == [URL]  # until it is printed
    own = tmp_path / "overrides" / "partials"
    own.mkdir(parents=True)
    (own / "policy-pdf.typ").write_text(pdf.template(env()) + "\n// another template\n", encoding="utf-8")
    for other in (page(TEXT.replace("2024-03-01", "2024-03-02", 1), kept_in=kept),
                  page(template=Environment(loader=FileSystemLoader(str(tmp_path / "overrides"))), kept_in=kept),
                  page(url=URL + "other/", kept_in=kept)):
        assert other.key != fresh.key and other.key == pdf.key(other.source)
    assert len(made) == 4 and len(list(kept.iterdir())) == 4
    monkeypatch.setattr(findingcache, "checks_digest", lambda: "another generator")
    assert page(kept_in=kept).key == fresh.key and len(made) == 5  # other code: worked out again


def test_a_kept_key_that_is_no_key_is_worked_out_again(tmp_path):
    kept = tmp_path / "pdf-keys"
    first = printing.page_of(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL, kept_in=kept)
    (path,) = kept.iterdir()
    for written in ("", "x" * 64, first.key[:-1], first.key.upper()):
        path.write_text(written, encoding="ascii")
        again = printing.page_of(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL,
                                 kept_in=kept)
        assert again.key == first.key and path.read_bytes()[32:] == first.key.encode()
    gone = tmp_path / "no-git-folder" / "policysite" / "pdf-keys"
    assert printing.page_of(TEXT.encode("utf-8"), env=env(), lang="fr", version="2024-03-01", url=URL,
                            kept_in=gone).key == first.key
    assert not gone.parent.exists()
