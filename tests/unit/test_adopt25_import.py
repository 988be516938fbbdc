"""Import defects adopt24 left (session 41, adopt25): ids an import keeps or makes never clash, and its links land:
Confluence's heading ids by the site's one rule, a Pandoc bookmark named as a heading is, a heading's own anchor."""
from __future__ import annotations

from pathlib import Path

from policysite import editorial, rendering
from policysite.convert import convert, markdown_source


def test_links_to_confluences_ids_of_two_headings_of_one_title_and_of_the_pages_title_land_as_the_page_names_them(
        tmp_path: Path):
    """`document.slugify(words)` per heading sent the link to the second `Data` (Confluence's `…-Data.1`) to the
    first, and the one to a heading titled as the page to the page's title: the page names them `data_1` and
    `privacy-policy_1` (Python-Markdown's toc, document.unique)."""
    source = tmp_path / "privacy-2022-11-15.html"
    source.write_text(
        '<html><body><div id="main-content" class="wiki-content"><h1>Privacy Policy</h1><p>See <a href="'
        '#PrivacyPolicy-PrivacyPolicy">a</a>, <a href="#PrivacyPolicy-Data">b</a> and <a href="#PrivacyPolicy-Data.1">'
        'c</a>.</p><h2 id="PrivacyPolicy-PrivacyPolicy">Privacy Policy</h2><p>X.</p><h2 id="PrivacyPolicy-Data">Data'
        '</h2><p>Y.</p><h2 id="PrivacyPolicy-Data.1">Data</h2><p>Z.</p></div></body></html>', encoding="utf-8")
    converted = convert(source, lang="en")
    assert "See [a](#privacy-policy_1), [b](#data) and [c](#data_1).\n\n## Privacy Policy\n" in converted.markdown, \
        converted.markdown
    assert "\n## Data\n\nY.\n\n## Data\n\nZ.\n" in converted.markdown, converted.markdown


def test_a_headings_own_pandoc_anchor_leads_its_links_to_the_headings_id_said():
    """`## []{#contact .anchor}2. Contact` (a bookmark its author named, Pandoc's Markdown of a .docx): the anchor was
    written as its empty words, the heading's id lost, and the links to `#contact` unlinked at import. They lead to
    the id the page gives the heading (`s2`), their words kept, said with the name; a Word bookmark's as before."""
    converted = markdown_source.convert(
        b"# Privacy\n\n## 1. Scope\n\nWrite as [said below](#contact) or [here](#_Toc5).\n\n"
        b"## []{#contact .anchor}[]{#_Toc5 .anchor}2. Contact\n\nX.\n\n## []{#privacy-data}Data\n\nSee [data](#privacy-data).\n",
        name="privacy-2021-06-01.md")
    assert converted.markdown == (
        "# Privacy\n\n## 1. Scope\n\nWrite as [said below](#s2) or [here](#s2).\n\n## 2. Contact\n\nX.\n\n## Data\n\n"
        "See [data](#data).\n"), converted.markdown
    assert ("line 7: left out the heading's anchor contact (its author's name: the site gives the heading its own id, "
            "s2), the links to it led to s2, their words kept") in converted.notes, converted.notes
    assert any(note.startswith("line 11: left out the heading's anchor privacy-data") for note in converted.notes), \
        converted.notes


def test_an_id_of_raw_html_the_page_gives_a_heading_is_left_out_said_so_the_page_holds_each_id_once():
    """`[]{#s2 .anchor}` and `[]{#privacy-notice .anchor}` (bookmarks their author named, kept as empty `<span id>`)
    over `## 2. Data` and under `# Privacy notice`, and the source's own `<a id="data"></a>` over `## Data`: the page
    held `s2`, `data` and the title's id twice, which the output check refuses as a repeated id. An empty anchor is
    left out, another element keeps its words, each said with the heading's line; an id no heading has stays, and so
    does code."""
    source = (b"---\ntitle: Privacy notice\n---\n# Privacy notice\n\n[]{#privacy-notice .anchor}Intro.\n\n## 1. Scope\n\n"
              b"[]{#s2 .anchor}See [data](#s2) and [the note](#note).\n\n[]{#note .anchor}A note.\n\n## 2. Data\n\n"
              b"X, <a id='data' title=\"t\">raw</a> and `<a id=\"data\"></a>`.\n\n<a id=\"data\"></a>\n## Data\n\nY.\n")
    converted = markdown_source.convert(source, name="privacy-2021-06-01.md")
    assert converted.markdown == (
        "# Privacy notice\n\nIntro.\n\n## 1. Scope\n\nSee [data](#s2) and [the note](#note).\n\n"
        '<span id="note"></span>A note.\n\n## 2. Data\n\nX, <a>raw</a> and `<a id="data"></a>`.\n\n'
        "## Data\n\nY.\n"), converted.markdown  # (its title "t", words the page shows nowhere, goes: safety77)
    said = ("left out raw HTML's id {id}: the page gives that id to the heading of line {line} (a page may hold an id "
            "once), the links to it lead to that heading")
    assert [note for note in converted.notes if "raw HTML's id" in note] == [
        f"line 6: {said.format(id='privacy-notice', line=4)}", f"line 10: {said.format(id='s2', line=14)}",
        f"lines 16 and 18: {said.format(id='data', line=19)}"], converted.notes
    page = "---\ndate: 2021-06-01\n---\n" + converted.markdown
    assert [f for f in rendering.check(page, path="p.md", lang="en") if f.rule == editorial.RULE_HTML] == []


def test_a_definitions_and_raw_htmls_links_to_a_headings_anchor_lead_to_its_id_as_inline_ones_do():
    """heading_ids led inline links only (`](#id)`, nothing after the id): a reference's definition (`[r]: #contact`,
    `<#h.abc123>`), raw HTML's `<a href="#contact">` and a link with a title were left, and unlinked at import. A code
    span shows its words as written."""
    converted = markdown_source.convert(
        b'# P\n\n## 1. Scope\n\nSee [x][r], [y][t], [w](#_Toc9 "t") and <a href="#contact">z</a>, `[c](#contact)`.\n\n'
        b"## []{#contact .anchor}[]{#_Toc9 .anchor}2. Contact\n\n## 3. Data {#h.abc123}\n\nX.\n\n[r]: #contact\n"
        b"[t]: <#h.abc123>\n", name="privacy-2021-06-01.md")
    assert converted.markdown == (
        '# P\n\n## 1. Scope\n\nSee [x][r], [y][t], [w](#s2) and <a href="#s2">z</a>, `[c](#contact)`.\n\n'
        "## 2. Contact\n\n## 3. Data\n\nX.\n\n[r]: #s2\n[t]: <#s3>\n"), converted.markdown  # (title "t": safety77)
