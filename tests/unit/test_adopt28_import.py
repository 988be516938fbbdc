"""Import's leftovers of session 42 and what a corpus of real shapes found (session 43, adopt28): Jina Reader's header,
ids a heading shares with another element, back-to-top links beside a contents link, malformed fragments; and bold
lines in Roman numerals over lettered ones, numbers beside titles, links naming no host, an older theme's main text."""
from __future__ import annotations

from pathlib import Path

from policysite import anchors, document
from policysite.convert import bold_headings
from unit.test_adopt27_import import _imported


def test_a_page_saved_by_jina_reader_has_its_header_read_as_front_matter_and_its_address_as_its_own(tmp_path: Path):
    """Jina Reader's `Title:`, `URL Source:`, `Published Time:` over `Markdown Content:`: only the Title line was read
    (a blank line ended the metadata), `URL Source: …` and `Markdown Content:` were the text's first paragraphs and the
    page's address unread, so `/terms` lost its target. The header is the page's metadata, its address its own."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "Title: Privacy Policy | Acme\n\nURL Source: https://acme.example/legal/privacy\n\n"
        "Published Time: 2021-05-30T10:00:00Z\n\nMarkdown Content:\n# Privacy Policy\n\nSee our [terms](/terms) and "
        "[rights](https://acme.example/legal/privacy#rights).\n\n## Rights {#rights}\n\nYou have rights.\n"))
    assert text.body.startswith("# Privacy Policy\n\nSee our [terms](https://acme.example/terms) and [rights](#rights)."
                                "\n"), text.body
    assert "URL Source" not in text.body and "Markdown Content" not in text.body, text.body
    assert any("Jina Reader's header" in note for note in text.notes), text.notes


def test_a_text_opening_with_a_line_of_its_own_like_a_key_keeps_it(tmp_path: Path):
    """Lines shaped as keys with no `Markdown Content:` under them are the text's own words, as before."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "Effective: 1 June 2021\n\nScope: this notice.\n\n# Privacy\n\nText.\n"))
    assert "Effective: 1 June 2021" in text.body and "Scope: this notice." in text.body, text.body


def test_every_link_to_a_lost_anchor_goes_where_one_of_them_leads(tmp_path: Path):
    """Termly's `#toc`, its box's id lost: the link whose words name the bold "TABLE OF CONTENTS" went to the top,
    while the others to the same anchor ("Back to top", under a section and in a sentence) were unlinked. One address
    is one place: every link to it goes there, said with their lines."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Notice</h1><p>Read the <a href='#toc'>table of contents</a> below.</p>"
        "<p><strong>TABLE OF CONTENTS</strong></p><p><a href='#s1'>1. WHAT WE COLLECT</a></p><p><a href='#s2'>2. "
        "RIGHTS</a></p><h2 id='s1'>1. WHAT WE COLLECT</h2><p>Data.</p><p><a href='#toc'>Back to top</a></p>"
        "<h2 id='s2'>2. RIGHTS</h2><p>Rights. Go <a href='#toc'>back to top</a> or read on.</p></main></body></html>"))
    assert "Read the [table of contents](#top) below." in text.body, text.body
    assert "\n[Back to top](#top)\n" in text.body and "Go [back to top](#top) or read on." in text.body, text.body
    assert not any("removed the target" in note for note in text.notes), text.notes


def test_links_to_a_contents_box_left_out_go_to_the_top_and_those_standing_alone_go(tmp_path: Path):
    """A contents box with its id (`<div id="toc">`) is left out, the site drawing its own: the links to it were
    unlinked, "Back to top" under each section kept as a line of the text. They go to the top of the page, where the
    box stood, and those standing alone under each section are left out as other links back to the top are."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Notice</h1><p>Read the <a href='#toc'>table of contents</a> below.</p>"
        "<div id='toc'><p><strong>TABLE OF CONTENTS</strong></p><p><a href='#s1'>1. WHAT WE COLLECT</a></p>"
        "<p><a href='#s2'>2. RIGHTS</a></p></div><h2 id='s1'>1. WHAT WE COLLECT</h2><p>Data.</p>"
        "<p><a href='#toc'>Back to top</a></p><h2 id='s2'>2. RIGHTS</h2><p>Rights.</p>"
        "<p><a href='#toc'>Back to top</a></p></main></body></html>"))
    assert "Read the [table of contents](#top) below." in text.body, text.body
    assert "Back to top" not in text.body and "TABLE OF CONTENTS" not in text.body, text.body
    assert "3 links to the table of contents' box left out: to the top of the page (#top), where it stood" in \
        text.notes, text.notes
    assert any(note.startswith("left out 2 links back to the top") for note in text.notes), text.notes


def test_links_standing_alone_under_each_section_to_a_place_above_the_first_are_left_out(tmp_path: Path):
    """"↑ Back to top" under each section, to the id of the introduction above the first section (not the title's,
    not one holding the link): imported as a line of the text after every section. Written twice or more standing
    alone, they are the page's navigation and go; a link to that place in a sentence stays."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Notice</h1><div id='intro'><p>We care. See <a href='#intro'>above</a>.</p>"
        "<p><a href='#s1'>What we collect</a></p></div><h2 id='s1'>1. What we collect</h2><p>Data.</p>"
        "<p><a href='#intro'>↑ Back to top</a></p><h2 id='s2'>2. Rights</h2><p>Rights.</p>"
        "<p><a href='#intro'>↑ Back to top</a></p></main></body></html>"))
    assert "Back to top" not in text.body and "See [above](#intro)." in text.body, text.body
    assert "[What we collect](#s1)" in text.body, text.body


def test_a_link_written_otherwise_than_its_address_reads_has_its_words_and_lands_by_them(tmp_path: Path):
    """`[Your rights](#%ZZ)`: the document model reads the address `#%25ZZ`, the words were looked for after that
    address as written and not found, so the link was unlinked with a note instead of landing on the section its words
    name; `(#données)` is read `#donn%C3%A9es`, its words lost the same way."""
    policy = document.parse("# P\n\nSee [Your rights](#%ZZ), [*the* data](#données) and [x](#s1).\n\n"
                                    "## 1. The data\n\nD.\n\n## 2. Your rights\n\nR.\n", path="p.md", lang="en")
    assert anchors.in_page_links(policy) == [("%ZZ", 3, "Your rights"), ("données", 3, "the data"), ("s1", 3, "x")]
    text = _imported(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy\n\nSee [Your rights](#%ZZ).\n\n## 1. The data\n\nD.\n\n## 2. Your rights\n\nR.\n"))
    assert "See [Your rights](#%ZZ)." in text.body, text.body
    assert not any("removed the target" in note for note in text.notes), text.notes
    assert "%ZZ" in anchors.page_anchors(document.parse(text.body, path="p.md", lang="en")).all()


def test_a_headings_linked_id_another_element_holds_too_is_said(tmp_path: Path):
    """`<div id="rights">` above `<h2 id="rights">`, `<p id="data">` below `<h2 id="data">`: the heading kept the id
    and the other element lost it unsaid, though the old page sent `#rights` to the box above. Both are said; an id the
    heading's own anchor or its wrapping section holds is no other element."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy</h1><p>See <a href='#rights'>your rights</a>, <a href='#data'>data</a> and "
        "<a href='#s3'>contact</a>.</p><div id='rights'><p>Intro box.</p></div><h2 id='data'>1. Data</h2><p>D.</p>"
        "<h2 id='rights'>2. Rights</h2><p>R.</p><p id='data'>Repeated.</p><section id='s3'><a id='s3'></a>"
        "<h2 id='s3'>3. Contact</h2><p>C.</p></section></main></body></html>"))
    assert "## 2. Rights {#rights}" in text.body and "## 1. Data {#data}" in text.body, text.body
    assert ("1 id a heading holds that an element above it held too (“rights”): kept on the heading, where the links "
            "now land (the old page sent them to the element above), and left out there") in text.notes, text.notes
    assert ("left out the id of 1 element that an element above holds too (“data”): a page holds an id once, and the "
            "links to it land on the first, as a browser sends them") in text.notes, text.notes
    assert not any("s3" in note for note in text.notes), text.notes


ROMAN_OVER_LETTERS = ("I. DEFINITIONS", "In this policy, data means data.", "II. WHAT WE COLLECT",
                      "A. Information you give us", "Your name.", "B. Information we collect automatically", "Logs.",
                      "C. Cookies", "Small files.", "III. YOUR RIGHTS", "You may object.")
ROMAN_HEADINGS = ["# Privacy Policy", "## I. DEFINITIONS", "## II. WHAT WE COLLECT", "### A. Information you give us",
                  "### B. Information we collect automatically", "### C. Cookies", "## III. YOUR RIGHTS"]


def test_bold_lines_in_roman_numerals_over_lettered_ones_are_sections_and_their_parts(tmp_path: Path):
    """`**II. WHAT WE COLLECT**` right over `**A. Information you give us**`, in HTML and in Markdown: two bold lines
    in a row were read as a term and its definition, so `II.` stayed a bold line while `A.`, `B.` became sections
    beside `I.` and `III.`. A line labelled otherwise over the first of its parts (`A.`) is a section, its parts one
    level down; `C.` among letters is a letter, not a hundred."""
    bold = "".join(f"<p><strong>{line}</strong></p>" if line[1:3] in (". ", "I.") or line.startswith("III")
                   else f"<p>{line}</p>" for line in ROMAN_OVER_LETTERS)
    html = _imported(tmp_path, "privacy-2021-06-01.html", f"<html><body><main><h1>Privacy Policy</h1>{bold}</main>"
                                                           "</body></html>")
    assert [line for line in html.body.split("\n") if line.startswith("#")] == ROMAN_HEADINGS, html.body
    markdown = _imported(tmp_path, "privacy-2021-06-01.md", "# Privacy Policy\n\n" + "\n\n".join(
        f"**{line}**" if line[1:3] in (". ", "I.") or line.startswith("III") else line
        for line in ROMAN_OVER_LETTERS) + "\n")
    assert [line for line in markdown.body.split("\n") if line.startswith("#")] == ROMAN_HEADINGS, markdown.body


def test_how_bold_lines_count():
    """Roman numerals where one is two letters or more; `I.` after `H.` is a letter; `L.`, `C.` letters."""
    assert bold_headings.label_schemes(["I. A", "A. B", "B. C", "C. D", "II. E", "1. F", "a) G", "Words"]) == \
        ["roman", "upper", "upper", "upper", "roman", "digit", "lower", ""]
    assert bold_headings.label_schemes(["A. x", "H. y", "I. z"]) == ["upper", "upper", "upper"]
    assert bold_headings.label_schemes(["II. x", "H. y", "I. z", "V. w"]) == ["roman", "upper", "upper", "roman"]
    assert bold_headings.over_its_first_part("roman", "upper", "A. Info")
    assert not bold_headings.over_its_first_part("roman", "upper", "B. Info")
    assert not bold_headings.over_its_first_part("", "upper", "A. Info")


def test_a_headings_number_in_an_element_of_its_own_beside_its_title_is_parted_from_it(tmp_path: Path):
    """Webflow's `<h2><span class="num">1</span><span>Who we are</span></h2>`, the two set apart by the page's style:
    imported as `## 1Who we are`, a word nobody saw and a section of no number. A space parts them, said; a number
    with its words in one element, or a text node between, is as written."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy</h1><h2><span class='num'>1</span><span class='t'>Who we are</span></h2>"
        "<p>A.</p><h2><b>2.</b><i>Data</i></h2><p>B.</p><h2><span>3</span> <span>Rights</span></h2><p>C.</p>"
        "<h2><span>Version 4</span><span>2</span></h2><p>D.</p><h2><span>3</span><span>rd parties</span></h2><p>E.</p>"
        "</main></body></html>"))
    headings = [line for line in text.body.split("\n") if line.startswith("## ")]
    assert headings[:3] == ["## 1 Who we are", "## 2. *Data*", "## 3 Rights"], text.body
    assert headings[3].startswith("## Version 42") and headings[4] == "## 3rd parties", text.body
    assert ("2 headings whose number and title the page set side by side by its style alone (“1 Who we are”, “2. "
            "Data”): a space between them") in text.notes, text.notes
    assert document.parse(text.body, path="p.md", lang="en").sections[0].number == "1"


def test_a_link_to_a_web_address_naming_no_host_keeps_its_words_only(tmp_path: Path):
    """WordPress's link dialog left as it opens writes `<a href="http://">`: imported as a link going nowhere (a strict
    build and the gate passed it). Its words stay, unlinked, said with its line; a real address stays linked."""
    html = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy</h1><p>See <a href='http://'>our partners</a>, <a href='https:///'>this</a> "
        "and <a href='https://acme.example/'>Acme</a>.</p></main></body></html>"))
    assert "See our partners, this and [Acme](https://acme.example/)." in html.body, html.body
    assert ("Markdown line 8: the link “our partners” to http://, which names no address (a link dialog left as it "
            "opens): kept its text, removed the target") in html.notes, html.notes
    markdown = _imported(tmp_path, "privacy-2021-06-01.md", "# Privacy\n\nSee [our partners](http://).\n")
    assert "See our partners." in markdown.body, markdown.body


def test_a_page_of_an_older_theme_without_html5_elements_is_its_main_content_marked_by_id(tmp_path: Path):
    """An older WordPress theme's page (Underscores' `#primary.content-area` > `#main.site-main`, no <main>, <article>
    or <header>): the text's headings scattered over the page with the sidebar's, the site's name and tagline, its
    "Recent Posts" and "Proudly powered by WordPress" were the policy's first and last lines. The smallest element of
    such an id or class holding the text is it; the words left beside it are said."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><div class='site-branding'><h1 class='site-title'><a href='https://acme.example/'>Acme</a></h1>"
        "<p class='site-description'>Just another WordPress site</p></div><div id='page' class='site'>"
        "<div id='primary' class='content-area'><div id='main' class='site-main'><div class='page'>"
        "<h2 class='entry-title'>Privacy Policy</h2><div class='entry-content'><h3>Who we are</h3><p>Our website "
        "address is: https://acme.example.</p><h3>Comments</h3><p>When visitors leave comments on the site we collect "
        "the data shown in the comments form.</p></div></div></div></div><div id='secondary' class='widget-area'>"
        "<section class='widget'><h2 class='widget-title'>Recent Posts</h2><ul><li><a href='/hello-world/'>Hello "
        "world!</a></li></ul></section></div><div class='site-info'>Proudly powered by WordPress</div></div>"
        "</body></html>"))
    assert text.body.startswith("# Privacy Policy\n\n## Who we are\n"), text.body
    for words in ("Acme", "WordPress", "Recent Posts", "Hello world"):
        assert words not in text.body, text.body
    assert any(note.startswith("left out 12 words outside the page's main content, in 3 places (“Just another "
                               "WordPress site”, “Recent Posts Hello world!”, “Proudly powered by WordPress”)")
               for note in text.notes), text.notes


def test_a_bold_numbered_line_between_two_breaks_inside_a_paragraph_is_its_sections_heading(tmp_path: Path):
    """A classic editor's one block: `<strong>2. Data</strong><br>Names.<br><strong>2.1 Cookies</strong><br>We use
    …`: 2.1 stayed a bold line inside section 2, no section of its own. It is one, at its number's depth; a bold
    number leading in to its text (`1.1 Note: we …`), or bold words within a line, stay as written."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Policy</h1><p><strong>1. Introduction</strong><br>We are Acme, and "
        "<b>1.5 million</b> people<br>use us.<br><br><strong>2. Data we collect</strong><br>Names and e-mails.<br>"
        "<strong>2.1 Cookies</strong><br>We use cookies.<br><b>2.2 Note: we may share them:</b><br>with partners."
        "<br><br><strong>3. Contact</strong><br>Write to us.</p></main></body></html>"))
    assert [line for line in text.body.split("\n") if line.startswith("#")] == [
        "# Privacy Policy", "## 1. Introduction", "## 2. Data we collect", "### 2.1 Cookies", "## 3. Contact"], text.body
    assert "We are Acme, and **1.5 million** people  \nuse us." in text.body, text.body
    assert "We use cookies.  \n**2.2 Note: we may share them:**  \nwith partners." in text.body, text.body


def test_a_link_with_no_address_is_said_readably(tmp_path: Path):
    """`[a](<>)` and `[b]()`: unlinked, said as "the link to  (a page or file of the site …)", naming nothing."""
    text = _imported(tmp_path, "privacy-2021-06-01.md", "# T\n\nSee [a](<>) and [b]() and [c](https://a.example/).\n")
    assert "See a and b and [c](https://a.example/)." in text.body, text.body
    assert "line 3: a link with no address (`[words]()`, `[words](<>)`): kept its text" in \
        [note.replace("Markdown line", "line") for note in text.notes], text.notes


def test_a_two_column_table_under_header_cells_holding_tables_keeps_its_rows(tmp_path: Path):
    """A cookie table `Category | Cookies` under a row of header cells, each category's cookies a table in its cell:
    undone as a layout table, its headers and categories became paragraphs, unsaid. It is a data table: its rows stay,
    each inner table its cell's text, said; a two-column table of no header row holding a table is still a layout."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Cookies</h1><table><tr><th>Category</th><th>Cookies</th></tr><tr><td>Analytics</td>"
        "<td><table><tr><th>Name</th><th>Expiry</th></tr><tr><td>_ga</td><td>2 years</td></tr></table></td></tr>"
        "<tr><td>Marketing</td><td>None</td></tr></table><table><tr><td>Menu</td><td><table><tr><td>Text of the page"
        "</td></tr></table></td></tr></table></main></body></html>"))
    assert "| Category | Cookies |\n| --- | --- |\n| Analytics | Name – Expiry; \\_ga – 2 years |\n| Marketing | None |" \
        in text.body, text.body
    assert "\n\nMenu\n\nText of the page\n" in text.body, text.body
    # (at the line of its row, the front matter's five above: adopt43)
    assert "Markdown line 10: 1 table inside a table's cell became the cell's text, one row after another" in \
        text.notes, text.notes


def test_a_link_standing_alone_to_a_place_above_inside_a_section_stays(tmp_path: Path):
    """Written twice standing alone, but inside each section, not at its end: the text's own link, kept."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Notice</h1><div id='defs'><p>Definitions.</p></div>"
        "<h2 id='s1'>1. What we collect</h2><p><a href='#defs'>See the definitions</a></p><p>Data.</p>"
        "<h2 id='s2'>2. Rights</h2><p><a href='#defs'>See the definitions</a></p><p>Rights.</p></main></body></html>"))
    assert text.body.count("[See the definitions](#defs)") == 2, text.body


def test_an_annex_after_bold_numbered_articles_is_a_section_of_its_own(tmp_path: Path):
    """`ANNEXE 1 – LISTE DES COOKIES` in bold after bold `Article 1 – …`, `Article 2 – …` (HTML and Markdown): the
    articles became sections, the annex stayed a bold line, its list read as the last article's text. It is a section,
    said; a bold sentence naming an annex stays as written."""
    html = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Politique</h1><p><b>Article 1 – Objet</b></p><p>Un.</p><p><b>Article 2 – Données</b>"
        "</p><p>Deux.</p><p><b>Annex 1 lists our cookies.</b></p><p><b>ANNEXE 1 – LISTE DES COOKIES</b></p>"
        "<p>Liste.</p></main></body></html>"))
    assert [line for line in html.body.split("\n") if line.startswith("#")] == [
        "# Politique", "## Article 1 – Objet", "## Article 2 – Données", "## ANNEXE 1 – LISTE DES COOKIES"], html.body
    assert "**Annex 1 lists our cookies.**" in html.body, html.body
    assert ("1 bold line titling an annex after the numbered sections (“ANNEXE 1 – LISTE DES COOKIES”): a section "
            "each") in html.notes, html.notes
    markdown = _imported(tmp_path, "privacy-2021-06-01.md", (
        "# Politique\n\n**Article 1 – Objet**\n\nUn.\n\n**Article 2 – Données**\n\nDeux.\n\n**Schedule A: "
        "Sub-processors**\n\nListe.\n"))
    assert "\n## Schedule A: Sub-processors\n" in markdown.body, markdown.body


def test_a_section_number_alone_over_its_bold_title_line_is_one_heading(tmp_path: Path):
    """`**Article 1**` centred over `**Objet**`, as French contracts set them: the heading was the number alone, its
    title a bold line under it, the contents listing "Article 1", "Article 2". One heading, as `Article 1<br>Objet`
    is; a bold line followed by another bold line, or a sentence, is no title."""
    text = _imported(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Politique</h1><p><b>Article 1</b></p><p><b>Objet</b></p><p>Un.</p>"
        "<p><b>Article 2</b></p><p><b>Nous traitons vos données.</b></p><p>Deux.</p><p><b>Article 3</b></p>"
        "<p><b>Droits</b></p><p><b>Accès</b></p><p>Trois.</p></main></body></html>"))
    assert [line for line in text.body.split("\n") if line.startswith("#")] == [
        "# Politique", "## Article 1 Objet", "## Article 2", "## Article 3"], text.body
    assert "**Nous traitons vos données.**" in text.body and "**Droits**\n\n**Accès**" in text.body, text.body
    assert ("1 section number standing alone over a bold title line (“Article 1 Objet”): one heading each, number "
            "and title") in text.notes, text.notes
