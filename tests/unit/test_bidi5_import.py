"""bidi5: an imported Arabic or Hebrew page (HTML, Word, Markdown) whose phone numbers and addresses were bare had
them shown reordered (`+966 11 123 4567` as `4567 123 11 966+`), and editorial.bidi blocked the company's first edit.
The import puts them between the isolates U+2066 … U+2069 exactly where editorial.bidi finds them, and says how many."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policysite import document, editorial, importer, messages
from policysite.convert import Source, isolates
from unit.test_convert import docx_with
from unit.test_convert_word import HEADINGS, paragraph, run

LRI, PDI = "\u2066", "\u2069"


def bidi_findings(markdown: str, lang: str) -> list[str]:
    policy = document.parse(f"---\ndate: 2030-01-15\n---\n\n{markdown}", path=f"docs/{lang}/index.md", lang=lang)
    return [str(f) for f in editorial.check(policy, brand="Mithal") if f.rule == editorial.RULE_BIDI]


AR = ("# سياسة الخصوصية\n\n## 1. التواصل\n\n"
      "اتصل بنا على الرقم +966 11 123 4567 في أي وقت،\n"
      "أو زر https://mithal.example/contact/ أو <https://mithal.example/ar/> أو "
      "[https://mithal.example/a/](https://mithal.example/a/)\n\n"
      "- راسلنا على 123@mithal.example الآن.\n"
      "- Tel. +966 11 123 4567\n"  # after a left-to-right word: shown as written
      "- [موقعنا](https://mithal.example/b/) ثم https://mithal.example/b/\n"
      "- راسلنا على privacy@mithal.example الآن.\n\n"  # shown as written
      "| الهاتف | 011-123-4567 |\n|---|---|\n| الفاكس | \u2066(011) 123 4567\u2069 |\n")


def test_each_number_and_address_editorial_bidi_finds_is_isolated_and_nothing_else() -> None:
    assert len(bidi_findings(AR, "ar")) == 4  # one a block: the paragraph, two items and the row
    out, lines = isolates.isolated(AR, "ar")
    assert bidi_findings(out, "ar") == []
    assert f"الرقم {LRI}+966 11 123 4567{PDI} في" in out
    assert f"زر {LRI}https://mithal.example/contact/{PDI} أو {LRI}<https://mithal.example/ar/>{PDI} أو " \
           f"[{LRI}https://mithal.example/a/{PDI}](https://mithal.example/a/)" in out  # the link's target untouched
    assert f"[موقعنا](https://mithal.example/b/) ثم {LRI}https://mithal.example/b/{PDI}" in out
    assert f"على {LRI}123@mithal.example{PDI} الآن" in out and f"| {LRI}011-123-4567{PDI} |" in out
    assert "- Tel. +966 11 123 4567\n" in out and "على privacy@mithal.example الآن" in out
    assert out.count(LRI) == 8 and out.count(PDI) == 8  # six put in, the fax's two kept
    assert lines == [5, 6, 6, 6, 8, 10, 13]
    assert out.replace(LRI, "").replace(PDI, "") == AR.replace(LRI, "").replace(PDI, "")  # nothing else changed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_text_written_left_to_right_is_left_as_it_is(lang: str) -> None:
    text = "# Policy\n\nAppelez le +966 11 123 4567 ou https://acme.example/contact/\n"
    assert isolates.isolated(text, lang) == (text, [])


def _imported(path: Path, kind: str, lang: str) -> importer.Text:
    return importer._convert(Source(path, dt.date(2024, 1, 1), kind), lang=lang)


def test_an_imported_arabic_web_page_has_its_bare_numbers_isolated_and_says_how_many(tmp_path: Path) -> None:
    page = tmp_path / "privacy-2024-01-01.html"
    page.write_text('<html lang="ar" dir="rtl"><body><main><h1>سياسة الخصوصية</h1><h2>1. التواصل</h2>'
                    "<p>اتصل بنا على الرقم +966 11 123 4567 أو راسلنا على 123@mithal.example الآن.</p>"
                    '<p>الفاكس <span dir="ltr">+966 11 765 4321</span>.</p></main></body></html>', encoding="utf-8")
    text = _imported(page, "html", "ar")
    assert f"الرقم {LRI}+966 11 123 4567{PDI} أو راسلنا على {LRI}123@mithal.example{PDI} الآن." in text.body
    assert f"الفاكس {LRI}+966 11 765 4321{PDI}." in text.body  # marked dir="ltr": isolated by the conversion
    assert text.body.count(LRI) == 3
    assert bidi_findings(text.body, "ar") == []
    (said,) = [note for note in text.notes if "left to right (between" in note]
    assert "2 numbers and addresses isolated so they read left to right" in said, said
    french = messages.said_in(said, "fr")
    assert "2 numéros et adresses isolés pour qu'ils se lisent de gauche à droite (entre U+2066 et U+2069, que le " \
           "site garde)\u00a0: sans eux" in french, french


def test_an_imported_hebrew_word_document_has_its_bare_number_isolated(tmp_path: Path) -> None:
    body = "".join([
        paragraph(run("מדיניות פרטיות", rtl="1"), "Title", bidi="1"),
        paragraph(run("1. יצירת קשר", rtl="1"), "Heading1", bidi="1"),
        paragraph(run("טלפון +972 3 123 4567 בכל עת.", rtl="1"), bidi="1"),
    ])
    text = _imported(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=HEADINGS), "docx", "he")
    assert f"טלפון {LRI}+972 3 123 4567{PDI} בכל עת." in text.body, text.body
    assert bidi_findings(text.body, "he") == []
    assert any("1 number or address isolated so it reads left to right" in note for note in text.notes), text.notes


def test_an_imported_markdown_page_names_the_source_lines_isolated(tmp_path: Path) -> None:
    page = tmp_path / "2024-01-01.md"
    page.write_text("---\ntitle: سياسة الخصوصية\n---\n\n# سياسة الخصوصية\n\n## 1. التواصل\n\n"
                    "زر موقعنا https://mithal.example/contact/\n", encoding="utf-8")
    text = _imported(page, "markdown", "ar")
    assert f"زر موقعنا {LRI}https://mithal.example/contact/{PDI}" in text.body
    assert any(note.startswith("line 9: 1 number or address isolated") for note in text.notes), text.notes


@pytest.mark.parametrize(("line", "isolated"), [
    ("[راسلنا](mailto:123@mithal.example) أو 123@mithal.example الآن.",
     f"[راسلنا](mailto:123@mithal.example) أو {LRI}123@mithal.example{PDI} الآن."),
    ('<a href="https://mithal.example/ar/">موقعنا</a> أو https://mithal.example/ar/',
     f'<a href="https://mithal.example/ar/">موقعنا</a> أو {LRI}https://mithal.example/ar/{PDI}'),
    ("[https://mithal.example/ar/][policy] أو\n\n[policy]: https://mithal.example/ar/",
     f"[{LRI}https://mithal.example/ar/{PDI}][policy] أو\n\n[policy]: https://mithal.example/ar/"),
])
def test_a_links_target_is_never_isolated(line: str, isolated: str) -> None:
    out, _lines = isolates.isolated(f"# سياسة\n\n{line}\n", "ar")
    assert out == f"# سياسة\n\n{isolated}\n"


def test_words_isolated_already_stay_as_they_are_and_a_bare_copy_after_them_is_isolated() -> None:
    text = f"# سياسة\n\nالهاتف {LRI}Tel. +966 11 123 4567{PDI} أو الرقم +966 11 123 4567 دائما.\n"
    out, lines = isolates.isolated(text, "ar")
    assert out == text.replace("الرقم +966 11 123 4567", f"الرقم {LRI}+966 11 123 4567{PDI}"), out
    assert lines == [3] and bidi_findings(out, "ar") == []
