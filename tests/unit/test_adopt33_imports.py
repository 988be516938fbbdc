"""Adopt33: an imported policy nobody here wrote, read as its author meant it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policysite import strings
from tests.helpers import imported_text

# MkDocs Material's kinds of note box besides those GitHub's alerts share, with their other names
_MATERIAL_KINDS = {"abstract": "summary", "summary": "summary", "tldr": "summary", "todo": "todo",
                   "success": "success", "check": "success", "done": "success", "question": "question",
                   "help": "question", "faq": "question", "failure": "failure", "fail": "failure",
                   "missing": "failure", "bug": "bug", "example": "example", "quote": "quote", "cite": "quote",
                   "info": "info", "danger": "danger"}


@pytest.mark.parametrize("lang", ["fr", "de", "it", "pl", "ja", "ar"])
def test_materials_other_note_boxes_are_titled_in_the_pages_language(tmp_path: Path, lang):
    """`!!! abstract`, `!!! example`, `!!! tldr`… with no title on a French page were titled by their kind's English
    word ("**Abstract**", "**Tldr**"): each is its kind's word in the page's language; a title written stays."""
    boxes = "".join(f"!!! {kind}\n    Words {n}.\n\n" for n, kind in enumerate(_MATERIAL_KINDS))
    text = imported_text(tmp_path, "privacy-2021-06-01.md", f"# Privacy\n\n## 1. Scope\n\n{boxes}"
                                                            "!!! example \"Own words\"\n    Words last.\n", lang=lang)
    words = strings.strings(lang)
    for n, word in enumerate(_MATERIAL_KINDS.values()):
        assert f"**{words['callout_' + word]}**\n\nWords {n}." in text.body, text.body
    assert "**Own words**\n\nWords last." in text.body, text.body



def test_a_headings_id_starting_with_a_digit_is_its_sections_alias():
    """`{#1-purpose}`, `{#3.1}` (ids an old page gave its headings, a table of contents plugin's) were read as no id:
    the section had its number's id and nothing answered the old one. It lands on the section now, as an alias; an
    id no HTML element can have (`{#§1}`) is none still, and a dated id (`{#2021-02-17.s4}`: the history's, which the
    output check refuses on a heading) no alias."""
    from policysite import anchors, document

    policy = document.parse("# Privacy\n\nSee [the data](#2).\n\n## 1. Purpose {#1-purpose}\n\nWords.\n\n"
                            "## 2. Data {#2 .x}\n\nMore.\n\n### 2.1 Keeping {#3.1}\n\nYears.\n\n## 3. Rights {#§1}\n\n"
                            "Ask.\n\n## 4. Contact {#2021-02-17.s4}\n\nWrite.\n", path="privacy.md", lang="en")
    assert [(s.anchor, s.former) for s in policy.sections] == [
        ("s1", ("1-purpose",)), ("s2", ("2",)), ("s2-1", ("3.1",)), ("s3", ()), ("s4", ())]
    page = anchors.own_anchors(policy)
    assert anchors.alias_map(page) == {"s1": ["1-purpose"], "s2": ["2"], "s2-1": ["3.1"]}
    assert anchors.dead_links(policy, page) == []


_EN = ("## 1. Who we are\n\nMaple Co. Inc. operates the website and the shop, and decides why and how your personal "
       "data is processed.\n\n## 2. What we collect {#h.zz12ab}\n\nYour name and email address when you create an "
       "account, and the orders you place with us.\n\n## 3. Contact\n\nWrite to our privacy team by email at any time; "
       "we answer within one month.\n")
_FR = ("## 1. Qui nous sommes\n\nMaple Co. Inc. exploite le site et la boutique, et décide pourquoi et comment vos "
       "données personnelles sont traitées.\n\n## 2. Ce que nous recueillons\n\nVotre nom et votre adresse courriel "
       "lorsque vous créez un compte, et les commandes que vous passez.\n\n## 3. Nous joindre {#h.y1abcd}\n\nÉcrivez à "
       "notre équipe par courriel à tout moment ; nous répondons dans un délai d'un mois.\n")


def _named_line(notes: tuple[str, ...], words: str) -> list[int]:
    """The lines the note holding `words` names (`Markdown line 18: …`, `lines 3 and 7: …`)."""
    import re

    said = [str(note) for note in notes if words in str(note)]
    assert len(said) == 1, notes
    return [int(n) for n in re.findall(r"\d+", said[0].split(": ", 1)[0])]


@pytest.mark.parametrize("lang, heading", [("fr", "## 3. Nous joindre"), ("en", "## 2. What we collect")])
def test_a_note_after_the_other_languages_part_names_the_committed_pages_line(tmp_path: Path, lang, heading):
    """A page in two languages one after the other (English, then French): the French import leaves the English part
    out, and its converter's note on the French heading's Google id named "Markdown line 38", a line of the text before
    the cut (the committed page's is 18); a note on a line left out (the English heading's) named it too."""
    import markdown

    page = ("# Privacy Policy / Politique de confidentialité\n\n## English\n\nLast updated: May 1, 2023\n\n" + _EN +
            "\n---\n\n## Français\n\nDernière mise à jour : 1er mai 2023\n\n" + _FR)
    text = imported_text(tmp_path, "privacy-2023-05-01.html", "<html><body><main>" + markdown.markdown(
        page, extensions=["attr_list"]) + "</main></body></html>", day="2023-05-01", lang=lang)
    lines = text.page(dt.date(2023, 5, 1)).split("\n")
    named = _named_line(text.notes, "left out Google Docs' id of the heading")
    assert [lines[n - 1] for n in named] == [heading], (named, lines)


def test_a_note_of_a_part_titled_as_another_document_names_its_source_line(tmp_path: Path):
    """A page holding two documents (`# Privacy Policy` … `# Cookie Policy`): the note of the part left out named a
    line of the converted text ("Markdown line 7"), in no file: a Markdown import's names the line of the file
    imported (its front matter above), a converted one's none; the notes under the part kept name their lines still."""
    from policysite import importer
    from policysite.convert import Source

    named = {"privacy": ("privacy", "index", "Privacy policy"), "cookies": ("cookies", "cookies", "Cookie policy")}
    source = tmp_path / "privacy-2023-05-01.md"
    source.write_text("---\nlayout: page\n---\n\n# Privacy Policy\n\n## 1. Who\n\nUs.\n\n"
                      "# Cookie Policy\n\n## 1. What\n\nFiles.\n\n# Annex\n\n## 2. Keeping {#h.abcd12}\n\nYears.\n",
                      encoding="utf-8")
    text = importer._convert(Source(source, dt.date(2023, 5, 1), "markdown"), lang="en", authoritative=True,
                             named=named, own="privacy")
    assert "left out the part titled “Cookie Policy” (line 11 of the file imported, 6 lines): the cookies document's " \
           "text: import this file with --document cookies for it" in text.notes, text.notes
    assert source.read_text(encoding="utf-8").split("\n")[10] == "# Cookie Policy"
    assert _named_line(text.notes, "left out Google Docs' id of the heading") == [19]
    import markdown

    page = tmp_path / "privacy-2023-05-02.html"
    page.write_text(markdown.markdown(source.read_text(encoding="utf-8").split("---\n", 2)[2], extensions=[
        "attr_list"]), encoding="utf-8")
    html = importer._convert(Source(page, dt.date(2023, 5, 2), "html"), lang="en", authoritative=True, named=named,
                             own="privacy")
    assert "left out the part titled “Cookie Policy” (6 lines of its text converted to Markdown): the cookies " \
           "document's text: import this file with --document cookies for it" in html.notes, html.notes
    lines = html.page(dt.date(2023, 5, 2)).split("\n")
    assert [lines[n - 1] for n in _named_line(html.notes, "left out Google Docs' id")] == ["## 2. Keeping"], lines


def test_a_heading_over_a_table_of_contents_is_a_bold_line():
    """A heading naming a table of contents over lines of links to the page's headings, nothing else (Termly's
    `TABLE OF CONTENTS`, a `## Sommaire`) was a section of the policy, unnumbered among numbered ones: it is a bold
    line over the contents, as a Word document's `**Índice**` is, said at its line, a link to its id led to the top.
    One with words of its own under it, and a bold line already, stay as they are."""
    from policysite.convert import contents
    from policysite.convert.notes import Notes

    notes = Notes("Markdown line")
    body = ("# P\n\n## Sommaire :\n\n- [1. Qui](#s1)\n- [2. Quoi](#s2)\n\n## 1. Qui {#s1}\n\nNous.\n\n"
            "## 2. Quoi {#s2}\n\nVos données. [Haut](#toc)\n\n### TABLE OF CONTENTS {#toc}\n\n[1. Qui](#s1) | [2](#s2)\n\n"
            "## 3. Fin\n\nFin.\n")
    assert contents.unsectioned(body, notes) == body.replace("## Sommaire :", "**Sommaire :**").replace(
        "### TABLE OF CONTENTS {#toc}", "**TABLE OF CONTENTS**").replace("(#toc)", "(#top)")
    assert [str(note) for note in notes.sentences()] == [
        "Markdown line 3: the heading “Sommaire :” over a table of contents (links to the page's headings, nothing "
        "else) became a bold line over it: no section of the policy",
        "Markdown line 16: the heading “TABLE OF CONTENTS” over a table of contents (links to the page's headings, "
        "nothing else) became a bold line over it: no section of the policy",
        "Markdown line 14: a link to the heading over the table of contents, now a bold line, goes to the top of the "
        "page (#top), above it"]
    kept = ("# P\n\n## Contents\n\nThis policy has [two parts](#s1) and [an annex](#s2).\n\n## 1. A {#s1}\n\nA.\n\n"
            "**Índice**\n\n[1. A](#s1)\n\n[2. B](#s2)\n\n## 2. B {#s2}\n\nB.\n")
    assert contents.unsectioned(kept, Notes("Markdown line")) == kept


def test_a_markdown_policys_table_of_contents_under_a_heading_is_no_section(tmp_path: Path):
    """A Markdown policy's `## Table of Contents` over a list of links to its sections (as READMEs and GitHub pages
    write one) was a section of the policy, unnumbered among numbered ones: its heading is a bold line, said with the
    source's line. Its numbered entries were taken for a first copy of the sections, and the sections themselves, the
    whole text, left out as a stale second copy (scraped._stale_copy)."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "---\nlayout: page\n---\n# Privacy\n\n## Table of Contents\n\n1. [Who we are](#1-who-we-are)\n"
        "2. [Your rights](#2-your-rights)\n\n## 1. Who we are\n\nUs.\n\n## 2. Your rights\n\nMany.\n"), lang="en")
    assert "**Table of Contents**\n\n1. [Who we are](#1-who-we-are)\n" in text.body, text.body
    assert "## 1. Who we are\n\nUs.\n\n## 2. Your rights\n\nMany.\n" in text.body, text.body  # (not a second copy)
    assert _named_line(text.notes, "over a table of contents") == [6]
