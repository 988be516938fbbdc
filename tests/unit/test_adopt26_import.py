"""Import leftovers that lost a reader's links (session 42, adopt26): raw HTML's ids each on one element of the page
whatever the source's format, and links to the old site's own pages."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from policysite import editorial, importer, rendering
from policysite.convert import Source

DAY = dt.date(2021, 6, 1)


def _imported(tmp_path: Path, name: str, text: str) -> importer.Text:
    """The import's text of a source file `name` holding `text`, as `policy import` commits it."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    kind = {"md": "markdown", "html": "html"}[name.rsplit(".", 1)[1]]
    return importer._convert(Source(source, DAY, kind), lang="en", authoritative=True)


def _refused(text: importer.Text) -> list[str]:
    """The raw HTML findings the gate would refuse the imported page for."""
    return [str(f) for f in rendering.check(text.page(DAY), path="p.md", lang="en") if f.rule == editorial.RULE_HTML]


def test_two_raw_elements_of_one_id_no_heading_has_the_second_renamed_said_with_the_sources_lines(tmp_path: Path):
    """`<span id="x"></span>` in two sections (a template's anchor, a pasted bookmark): imported as it was, the gate
    refused the build (the id twice on the page). The second is `x-2` (`x-3` where `x-2` is taken), links to `#x`
    still land on the first, as they did; said with the source's lines (its front matter counted); code stays."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "---\ntitle: Privacy\n---\n# Privacy\n\n## 1. Scope\n\nSee <a href=\"#x\">x</a> and [y](#x-2).\n\n"
        "<span id=\"x\"></span>One.\n\n## 2. Data\n\n<span id=\"x\"></span>Two <a id=\"x-2\"></a>.\n\n"
        "## 3. Rights\n\nThree <b id=\"x\">b</b>, `<span id=\"x\"></span>`.\n"))
    assert text.body == (
        "# Privacy\n\n## 1. Scope\n\nSee <a href=\"#x\">x</a> and [y](#x-2).\n\n<span id=\"x\"></span>One.\n\n"
        "## 2. Data\n\n<span id=\"x-3\"></span>Two <a id=\"x-2\"></a>.\n\n## 3. Rights\n\n"
        "Three <strong id=\"x-4\">b</strong>, `<span id=\"x\"></span>`.\n"), text.body
    said = ("gave raw HTML's id x another, {new}: an element of line 10 has it too (a page may hold an id once); the "
            "links to x land on that one, as they did")
    assert f"line 14: {said.format(new='x-3')}" in text.notes, text.notes
    assert f"line 18: {said.format(new='x-4')}" in text.notes, text.notes
    assert _refused(text) == []


def test_an_html_pages_anchor_of_a_headings_generated_id_is_left_out_its_links_landing_on_the_heading(tmp_path: Path):
    """`<a id="cookies"></a>` under `<h2>Cookies</h2>` (the site gives that heading `cookies`) and `<span id="s1">`
    under `<h2>1. Scope</h2>`: the HTML import kept them, and the gate refused the page (an id twice). The heading
    keeps its id, the links to it land there, each anchor said with its line."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy</h1><p>See <a href='#cookies'>cookies</a> and <a href='#s1'>scope</a>.</p>"
        "<h2>1. Scope</h2><p><span id='s1'></span>One.</p><h2>Cookies</h2><p><a id='cookies'></a>We use.</p>"
        "</main></body></html>"))
    assert text.body == ("# Privacy\n\nSee [cookies](#cookies) and [scope](#s1).\n\n## 1. Scope\n\nOne.\n\n"
                         "## Cookies\n\nWe use.\n"), text.body
    said = ("Markdown line {line}: left out raw HTML's id {id}: the page gives that id to the heading of line {heading} "
            "(a page may hold an id once), the links to it lead to that heading")
    assert said.format(line=12, id="s1", heading=10) in text.notes, text.notes
    assert said.format(line=16, id="cookies", heading=14) in text.notes, text.notes
    assert _refused(text) == []


def test_a_path_of_the_old_site_naming_the_text_with_its_anchors_is_a_link_into_the_page(tmp_path: Path):
    """`/privacy-policy#s3` (the text's own page by another path than its canonical one, `privacy.html#cookies`) was
    unlinked as another page of the old site: the path names the text (a word of its title) and its anchors are the
    text's, so it leads to the section. `/terms#s3`, a path naming no word of the title, was unlinked: it is the old
    site's other page, at the address the page says it had there (its canonical link's host), kept and said."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><head><link rel='canonical' href='https://www.company.example/legal/privacy'></head><body><main>"
        "<h1>Privacy Policy</h1><p>See <a href='/privacy-policy#s3'>rights</a>, <a href='privacy.html#cookies'>"
        "cookies</a> and <a href='/terms#s3'>terms</a>.</p><h2>Cookies</h2><p>We use.</p><h2>3. Rights</h2><p>R.</p>"
        "</main></body></html>"))
    assert text.body.startswith("# Privacy Policy\n\nSee [rights](#s3), [cookies](#cookies) and "
                                "[terms](https://www.company.example/terms#s3).\n"), text.body
    assert ("Markdown line 8: the link to https://www.company.example/terms#s3, another page of the site the text was "
            "published on: kept (this site has no such page); the reader who follows it leaves the text") in text.notes
    said = ("Markdown line 8: a link to {address} and a section's anchor, this text's own page on the old site (the "
            "page gives it as its own address, or it names the text, or the text links there to its own sections only): "
            "a link into the page, to that section")
    assert said.format(address="/privacy-policy") in text.notes, text.notes
    assert said.format(address="privacy.html") in text.notes, text.notes


def test_a_link_to_another_page_of_the_old_site_is_kept_and_said_one_to_the_text_itself_is_not(tmp_path: Path):
    """`https://company.example/terms#x` in a text whose own page is `https://company.example/privacy` (its links to
    `…/privacy#cookies` and `#rights` make it so) was kept unsaid: the reader who follows it leaves the text. Said with
    its lines, kept; a link to the text's own page without an anchor, and one to another host, are not said."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "---\ntitle: Privacy Policy\n---\n# Privacy Policy\n\nSee [c](https://company.example/privacy#cookies), "
        "[r](https://company.example/privacy#rights) and [t](https://company.example/terms#x).\n\n## Cookies\n\n"
        "Read [our terms](https://www.company.example/terms#x), [this policy](https://company.example/privacy) and "
        "[theirs](https://other.example/terms).\n\n## Rights\n\nR. [Home](https://company.example/).\n"))
    assert text.body == (
        "# Privacy Policy\n\nSee [c](#cookies), [r](#rights) and [t](https://company.example/terms#x).\n\n## Cookies\n\n"
        "Read [our terms](https://www.company.example/terms#x), [this policy](https://company.example/privacy) and "
        "[theirs](https://other.example/terms).\n\n## Rights\n\nR. [Home](https://company.example/).\n"), text.body
    said = ("the link to {target}, another page of the site the text was published on: kept (this site has no such "
            "page); the reader who follows it leaves the text")
    assert [note for note in text.notes if "another page of the site" in note] == [
        "line 6: " + said.format(target="https://company.example/terms#x"),
        "line 10: " + said.format(target="https://www.company.example/terms#x"),
        "line 14: " + said.format(target="https://company.example/")], text.notes


def test_a_link_to_an_address_with_an_id_word_or_google_drew_for_a_heading_of_the_text_leads_to_that_heading(
        tmp_path: Path):
    """`https://company.example/privacy#_Toc123` and `…#h.abc123` (the ids Word and Google Docs drew for this text's
    headings, at its page on the old site) were kept leading there, to today's text: only `#_Toc123` was led to the
    heading. Each leads to the id the site gives the heading, said; an address with an author's name stays."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy Policy\n\nSee [x](https://company.example/privacy#_Toc123), [y](#_Toc123), "
        "[z](<https://company.example/privacy#h.abc123>) and [w](https://other.example/x#contact).\n\n"
        "## 1. Scope {#_Toc123}\n\nS.\n\n## []{#contact .anchor}2. Data {#h.abc123}\n\nD.\n"))
    assert text.body.startswith("# Privacy Policy\n\nSee [x](#s1), [y](#s1), [z](<#s2>) and "
                                "[w](https://other.example/x#contact).\n"), text.body
    said = ("line 3: the link to https://company.example/privacy#{id}, an id Word or Google Docs drew for a heading of "
            "this text, is a link into the page, to that heading (#{site})")
    assert said.format(id="_Toc123", site="s1") in text.notes, text.notes
    assert said.format(id="h.abc123", site="s2") in text.notes, text.notes


def test_the_texts_own_page_named_by_its_address_leads_into_it_with_an_anchor_the_version_lacks_landed_by_words(
        tmp_path: Path):
    """`https://company.example/privacy#cookies` and `…/privacy#old` (an anchor of another version) from a page saved
    without its canonical address: one anchor the text lacked kept both on the old site's current text. The address
    names the text and one of its anchors is the text's: both are links into the page, `#old` landing on the section
    its words name."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Policy</h1><p>See <a href='https://company.example/privacy#cookies'>cookies</a>"
        " and <a href='https://company.example/privacy#old'>Data we keep</a>.</p><h2>Cookies</h2><p>C.</p>"
        "<h2>Data we keep</h2><p>D.</p></main></body></html>"))
    assert text.body.startswith("# Privacy Policy\n\nSee [cookies](#cookies) and [Data we keep](#data-we-keep).\n"), \
        text.body
    assert ("Markdown line 8: the link to #old (which no heading of the page has) goes to the section its words name, "
            "“Data we keep” (#data-we-keep)") in text.notes, text.notes


def test_a_typed_table_of_contents_above_typed_numbered_section_lines_leaves_them_headings(tmp_path: Path):
    """A generated notice pasted into Word, saved as a web page: no heading style, its contents typed as numbered
    lines (`1. WHAT WE COLLECT`, `2. …`) above the sections' own lines, numbered from 1 again (one entry's words a
    little different), an empty paragraph between each. The contents' last number followed by the first section's
    `1.` ended the pass: the text had no section and no title. The sections' lines are headings, the contents stay."""
    empty = "<p class=x2>&nbsp;</p>"
    lines = ["1. WHAT WE COLLECT", "2. HOW WE USE YOUR PERSONAL DATA", "3. YOUR RIGHTS"]
    sections = ["1. WHAT WE COLLECT", "2. HOW WE USE YOUR DATA", "3. YOUR RIGHTS"]
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><div class=WordSection1><p class=x1>NOTICE OF PRIVACY</p>" + empty + "<p class=x1>Read it.</p>"
        + empty + "<p class=x1>CONTENTS</p>" + "".join(f"<p class=x1>{line}</p>" for line in lines) + empty
        + "".join(f"<p class=x1>{line}</p>{empty}<p class=x1>Text of {line[3:].lower()}.</p>{empty}"
                  for line in sections) + "</div></body></html>"))
    assert [line for line in text.body.split("\n") if line.startswith("#")] == [
        "# NOTICE OF PRIVACY", "## 1. WHAT WE COLLECT", "## 2. HOW WE USE YOUR DATA", "## 3. YOUR RIGHTS"], text.body
    assert "CONTENTS\n\n[1\\. WHAT WE COLLECT](#s1)\n\n[2\\. HOW WE USE YOUR PERSONAL DATA](#s2)\n\n" \
        "[3\\. YOUR RIGHTS](#s3)\n" in text.body
    assert ("the 3 typed numbered lines from “1. WHAT WE COLLECT” on are the text's table of contents (the sections' "
            "own lines repeat them below): each is a link to the heading it names, the lines below became the "
            "headings") in text.notes


def test_a_link_to_a_lost_anchor_whose_words_are_a_bold_line_of_one_section_goes_to_that_section(tmp_path: Path):
    """A generated policy's summary links `#personal` ("Learn more about personal data you give us"), the anchor of a
    bold subheading its copy lost: unlinked at import. It goes to the one section holding the bold line of its words;
    a link whose words no bold line has (`#elsewhere`), or that two sections' lines share (`#short`), is unlinked."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><h1>Privacy</h1><p>See <a href='#personal'>personal data you give us</a>, <a href='#elsewhere'>"
        "data from others</a> and <a href='#short'>in short</a>.</p><p><strong>1. WHAT WE COLLECT</strong></p>"
        "<p><strong>In short</strong></p><p><strong>Personal data you give us</strong></p><p>Your name.</p>"
        "<p><strong>2. YOUR RIGHTS</strong></p><p><strong>In short</strong></p><p>Access.</p></body></html>"))
    assert text.body.startswith("# Privacy\n\nSee [personal data you give us](#s1), data from others and in short.\n"), \
        text.body
    assert ("Markdown line 8: the link to #personal (which no heading of the page has) goes to the section holding the "
            "bold line its words name, “1. WHAT WE COLLECT” (#s1)") in text.notes, text.notes
