"""Import's last lost links (session 42, adopt27): reference definitions to the old site's pages, a Markdown page's own
address read from its front matter or a Wayback capture's header, ids the HTML converter dropped, a bold line in the
preamble, a typed table of contents."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from policysite import importer
from policysite.convert import Source, bold_headings, to_markdown, urls
from policysite.convert.notes import Notes

DAY = dt.date(2021, 6, 1)
OWN_PAGE = ("Markdown line {line}: a link to {address} and a section's anchor, this text's own page on the old site (the "
            "page gives it as its own address, or it names the text, or the text links there to its own sections "
            "only): a link into the page, to that section")
OLD_SITE = ("Markdown line {line}: the link to {target}, another page of the site the text was published on: kept (this "
            "site has no such page); the reader who follows it leaves the text")


def _imported(tmp_path: Path, name: str, text: str) -> importer.Text:
    """The import's text of a source file `name` holding `text`, as `policy import` commits it."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    kind = {"md": "markdown", "html": "html"}[name.rsplit(".", 1)[1]]
    return importer._convert(Source(source, DAY, kind), lang="en", authoritative=True)


def test_a_markdown_pages_reference_definitions_to_the_old_site_are_kept_at_its_address_or_lead_into_the_page(
        tmp_path: Path):
    """A Markdown page whose front matter gives the Wayback Machine's copy of its address (`source:`, as a clipper
    writes it): `[t]: /terms` was removed (its words left unlinked) and `[o]: https://…/about` kept unsaid, the page's
    own address unknown. `/terms` is the old site's page, at its address there, kept and said, as `/about` is; a
    definition and an inline link to the page's own address (with or without `www.`) and an anchor it has lead to the
    section, though the address names no word of the title."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "---\ntitle: Data Notice\nsource: https://web.archive.org/web/20210301093012/https://www.company.example/legal/"
        "notice\n---\n# Data Notice\n\nSee [terms][t], [other][o], [rights][r] and [inline]("
        "https://www.company.example/legal/notice#s3).\n\n## 3. Rights {#s3}\n\nR.\n\n[t]: /terms \"Terms\"\n"
        "[o]: https://www.company.example/about\n[r]: https://company.example/legal/notice#s3\n"))
    assert text.body == (
        "# Data Notice\n\nSee [terms][t], [other][o], [rights][r] and [inline](#s3).\n\n## 3. Rights {#s3}\n\nR.\n\n"
        "[t]: https://www.company.example/terms \"Terms\"\n[o]: https://www.company.example/about\n[r]: #s3\n"), text.body
    notes = [note.replace("Markdown line", "line") for note in text.notes]
    for line, target in ((13, "https://www.company.example/terms"), (14, "https://www.company.example/about")):
        assert OLD_SITE.format(line=line, target=target).replace("Markdown line", "line") in notes, notes
    for line, address in ((7, "https://www.company.example/legal/notice"), (15, "https://company.example/legal/notice")):
        assert OWN_PAGE.format(line=line, address=address).replace("Markdown line", "line") in notes, notes


def test_an_html_capture_without_a_canonical_link_has_the_address_its_wayback_toolbar_names(tmp_path: Path):
    """A page saved from the Wayback Machine with no canonical link: its relative link to `/terms` was unlinked and
    its link to its own address with an anchor kept sending the reader to the old site. The toolbar's script names
    the page captured: its address is the page's own."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><head><script>__wm.wombat(\"https://company.example/legal/notice\",\"20210301093012\","
        "\"https://web.archive.org/\",\"web\",\"/_static/\",\"1614590000\");</script></head><body><main>"
        "<h1>Data Notice</h1><p>See <a href='/terms'>terms</a> and <a href='https://company.example/legal/notice#s3'>"
        "rights</a>.</p><h2 id='s3'>3. Rights</h2><p>R.</p></main></body></html>"))
    assert "See [terms](https://company.example/terms) and [rights](#s3)." in text.body, text.body
    assert OLD_SITE.format(line=8, target="https://company.example/terms") in text.notes, text.notes


def test_the_page_a_markdown_text_states_as_its_own():
    """Its front matter's address, a web archive's copy unwrapped; a path is no address; else a capture's header."""
    assert urls.stated_page({"canonical_url": "https://a.example/p"}) == "https://a.example/p"
    assert urls.stated_page({"url": "/legal/privacy"}) == ""
    assert urls.stated_page({"wayback": "https://web.archive.org/web/20200101000000id_/https://a.example/p"}) == \
        "https://a.example/p"
    assert urls.stated_page({}, "The Wayback Machine - https://web.archive.org/web/20200101000000/http://a.example/p\n"
                            "# Privacy") == "http://a.example/p"
    assert urls.stated_page({}, "# Privacy\n\nSee https://a.example/p.") == ""


def test_a_link_to_a_bold_line_before_the_first_section_goes_to_the_top_of_the_page(tmp_path: Path):
    """Termly's `<a href="#toc">table of contents</a>` to its bold "TABLE OF CONTENTS" line above the list, before
    the first section: the anchor lost, `_section_of_line` looked in the sections only and the link was unlinked. It
    goes to the page's top, said; so does another link to `#toc` whose words name no bold line ("Back"): one address,
    one place (session 43, adopt28; it was unlinked while the other landed)."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Notice</h1><p><strong>TABLE OF CONTENTS</strong></p><p><a href='#s1'>1. "
        "Scope</a></p><h2>1. Scope</h2><p>One. <a href='#toc'>Back</a></p><p>See the <a href='#toc'>table of "
        "contents</a>.</p></main></body></html>"))
    assert "\n\nOne. [Back](#top)\n\nSee the [table of contents](#top).\n" in text.body, text.body
    assert ("Markdown lines 14 and 16: the link to #toc (which no heading of the page has) goes to the top of the page (#top):"
            " the bold line its words name, “TABLE OF CONTENTS”, stands there, before the first section") in text.notes


def test_a_bold_line_of_the_preamble_named_as_a_sections_own_is_no_place_for_the_link():
    """The same bold words before the first section and in one: the link's place cannot be told, the top is not it."""
    policy = importer.document.parse("# P\n\n**Contacts**\n\n## 1. A\n\n**Contacts**\n\nx\n", path="p.md", lang="en")
    assert importer._preamble_line(policy, "contacts") == ""
    alone = importer.document.parse("# P\n\n**Contacts**\n\n## 1. A\n\nx\n", path="p.md", lang="en")
    assert importer._preamble_line(alone, "Contacts") == "Contacts"


def test_a_linked_id_on_words_the_conversion_rewrote_is_kept_on_their_block():
    """`<strong><span id="a2">2. Data</span></strong>`, a bold line made the section's heading, and `<u id="a6">`,
    underlined words made italics: the passes rebuilt the elements and the ids went with them unsaid, the links to
    them unlinked. The heading takes the id; the italics' paragraph starts with it."""
    notes = Notes()
    markdown = to_markdown.html_to_markdown(
        "<p>See <a href='#a2'>data</a> and <a href='#a6'>this</a>.</p><h2>1. Scope</h2><p>One.</p>"
        "<p><strong><span id='a2'>2. Data</span></strong></p><p>Two <u id='a6'>underlined</u> words.</p>", notes)
    assert "\n## 2. Data {#a2}\n" in markdown, markdown
    assert "\n<span id=\"a6\"></span>Two *underlined* words.\n" in markdown, markdown


def test_a_second_element_of_a_linked_id_is_left_out_and_said():
    """`<a id="x"></a>` twice: the second was left out unsaid. The links land on the first, as a browser sends them."""
    notes = Notes()
    markdown = to_markdown.html_to_markdown(
        "<p>See <a href='#x'>x</a>.</p><p>One <a id='x'></a>first.</p><p>Two <a id='x'></a>second.</p>", notes)
    assert markdown == "See [x](#x).\n\nOne <span id=\"x\"></span>first.\n\nTwo second.\n", markdown
    assert ("left out the id of 1 element that an element above holds too (“x”): a page holds an id once, and the "
            "links to it land on the first, as a browser sends them") in notes.sentences(), notes.sentences()


def test_a_typed_table_of_contents_links_each_entry_to_the_heading_it_names(tmp_path: Path):
    """A Word notice's contents typed as numbered lines above the sections' own (`2.1` among them, one entry's words
    a little different): the sections' lines became headings, the contents stayed plain text. Each entry is a link
    to its heading, by the id the site gives a numbered heading, and lands there (the import unlinks none)."""
    entries = ["1. WHAT WE COLLECT", "2. HOW WE USE YOUR PERSONAL DATA", "2.1 SHARING", "3. YOUR RIGHTS"]
    sections = ["1. WHAT WE COLLECT", "2. HOW WE USE YOUR DATA", "2.1 SHARING", "3. YOUR RIGHTS"]
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><div class=WordSection1><p>NOTICE OF PRIVACY</p><p>Read it.</p><p>CONTENTS</p>"
        + "".join(f"<p>{line}</p>" for line in entries)
        + "".join(f"<p>{line}</p><p>Text of {line[3:].lower()}.</p>" for line in sections) + "</div></body></html>"))
    assert "CONTENTS\n\n[1\\. WHAT WE COLLECT](#s1)\n\n[2\\. HOW WE USE YOUR PERSONAL DATA](#s2)\n\n[2.1 SHARING](#s2-1)" \
        "\n\n[3\\. YOUR RIGHTS](#s3)\n\n## 1. WHAT WE COLLECT\n" in text.body, text.body
    assert "\n### 2.1 SHARING\n" in text.body, text.body
    assert not [note for note in text.notes if "removed the target" in note], text.notes


def test_a_contents_entry_naming_no_one_heading_leaves_the_contents_as_text():
    """The targets of a typed table of contents, else the entry that names no heading or several."""
    entries = [(None, "1. Scope", (1,)), (None, "2. Data we hold", (2,))]
    assert bold_headings._contents_targets(entries, [(None, "1. Scope", (1,)), (None, "2. Data we hold", (2,))]) == \
        ["#s1", "#s2"]
    assert bold_headings._contents_targets(entries, [(None, "1. Scope", (1,)), (None, "2. Cookies", (2,))]) == \
        "2. Data we hold"
    assert bold_headings._contents_targets(entries, [(None, "1. Scope", (1,)), (None, "1. Scope", (1,))]) == \
        "1. Scope"
