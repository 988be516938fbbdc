"""Adopt40: a company's policy as its site or its office suite kept it, imported without rewording (session 51)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert, dated_sources
from unit.test_convert_odt import odt

_BOLD = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
_NUMBERED = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-suffix="." '
             'style:num-format="1"/></text:list-style>')


def _item(words: str, *, more: str = "", go_on: bool = False) -> str:
    going_on = ' text:continue-numbering="true"' if go_on else ""
    return (f'<text:list text:style-name="N"{going_on}><text:list-item>'
            f'<text:p><text:span text:style-name="T1">{words}</text:span></text:p>{more}</text:list-item></text:list>')


def test_sections_numbered_by_an_opendocument_list_are_said_numbered_by_its_list_style(tmp_path: Path):
    """A LibreOffice text's sections, bold lines its numbering button numbered, were said "numbered by the page's own
    lists (<ol>: … no heading elements)", an HTML page's words: the note names the document's list style."""
    items = odt(tmp_path / "privacy-2020-01-01.odt", (
        '<text:p text:style-name="Title">Privacy</text:p>' + _item("Who we are") + "<text:p>We are Acme.</text:p>"
        + _item("What we keep", go_on=True) + "<text:p>Your name.</text:p>"), automatic=_BOLD + _NUMBERED)
    converted = convert(items)
    assert "## 1. Who we are\n\nWe are Acme.\n\n## 2. What we keep\n\nYour name." in converted.markdown
    notes = [messages.said_in(note, "en") for note in converted.notes]
    assert "2 list items holding only a bold line numbered by the document's list style (sections numbered with " \
           "LibreOffice's numbering button, no heading styles) became section headings of their numbers" in notes, notes
    assert not any("<ol>" in note or "Word" in note for note in notes), notes
    clauses = odt(tmp_path / "privacy-2020-02-01.odt", (
        '<text:p text:style-name="Title">Privacy</text:p><text:list text:style-name="N">'
        '<text:list-item><text:p><text:span text:style-name="T1">Who we are</text:span></text:p>'
        "<text:p>We are Acme.</text:p></text:list-item><text:list-item><text:p><text:span text:style-name=\"T1\">"
        "What we keep</text:span></text:p><text:p>Your name.</text:p></text:list-item></text:list>"),
        automatic=_BOLD + _NUMBERED)
    converted = convert(clauses)
    assert "## 1. Who we are\n\nWe are Acme.\n\n## 2. What we keep\n\nYour name." in converted.markdown
    notes = [messages.said_in(note, "fr") for note in converted.notes]
    assert any("(des clauses numérotées par le style de liste du document, comme LibreOffice les numérote" in note
               for note in notes), notes
    assert not any("<ol>" in note or "Word" in note for note in notes), notes


def test_a_file_left_out_names_every_kind_of_file_the_import_reads(tmp_path: Path):
    """`import.skipped/format` named four kinds (.md, .html, .docx, .odt) where the readers read more: a company whose
    archive held a logo beside dated `.txt` and `.yml` texts was told those were not read. Each kind of the readers'
    table is named, with its extensions."""
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    skipped: list[str] = []
    assert dated_sources([tmp_path], skipped=skipped) == []
    said = messages.said_in(skipped[0], "en")
    assert said.startswith(f"{tmp_path / 'logo.png'}: skipped: not a kind of file import reads (Markdown (.md, "), said
    for named in ("HTML (.html, .htm", ".mhtml", ".php", "Word (.docx", "OpenDocument (.odt, .fodt)",
                  "plain text (.txt)", "a site's data file (.yml, .yaml, .json, .toml)"):
        assert named in said, (named, said)


DATA = Path(__file__).parents[1] / "data" / "adoption40"


def _shown(markdown: str) -> list[str]:
    """The words a reader of the built page sees, as a browser parts them (at white space only: `concerns?Reading`
    is one word), each block of the page apart."""
    import markdown as python_markdown
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(python_markdown.markdown(markdown, extensions=["tables", "attr_list"])).body
    return [word for block in (body.css("p, li, h1, h2, h3, td, th") if body is not None else [])
            for word in block.text().split()]


def test_a_no_break_space_closing_a_bold_run_or_a_link_still_parts_two_words():
    """Termly's `<strong>Questions or concerns?&nbsp;</strong>Reading …` (and `…user.&nbsp;</strong>We may`, in every
    list of purposes) was written `**Questions or concerns?**Reading`: markdownify's chomp strips the no-break space
    and writes back an ordinary one only. So did a link or code ending or starting with one. Each keeps it outside."""
    from policysite.convert.notes import Notes
    from policysite.convert.to_markdown import html_to_markdown

    for html, words in (
            ("<p><strong>Questions or concerns?&nbsp;</strong>Reading this notice helps.</p>",
             ["Questions", "or", "concerns?", "Reading", "this", "notice", "helps."]),
            ("<p>See <em>our page&#8201;</em>now, or<a href='https://a.example/'>&nbsp;the form</a>.</p>",
             ["See", "our", "page", "now,", "or", "the", "form."]),
            ("<p>Run <code>opt-out&nbsp;</code>then wait.</p>", ["Run", "opt-out", "then", "wait."])):
        assert _shown(html_to_markdown(html, Notes())) == words, html


def test_a_termly_notice_keeps_every_word_apart_and_in_order():
    """A Termly notice (its `<bdt>` placeholders, `data-custom-class` spans, a `<div>` per line, a list per bullet,
    its table of contents linking to the sections' ids, the generator's credit) reads with every word of its
    `<main>` and none glued to the next; the site's header, footer and cookie banner are left out, the banner said."""
    path = DATA / "Privacy Notice (Termly) 2024-02-01.html"
    converted = convert(path)
    from selectolax.lexbor import LexborHTMLParser

    main = LexborHTMLParser(path.read_text(encoding="utf-8")).css_first("main")
    assert main is not None
    assert _shown(converted.markdown) == main.text().split(), converted.markdown
    assert "## 1. WHAT INFORMATION DO WE COLLECT?" in converted.markdown
    assert "[2\\. HOW DO WE PROCESS YOUR INFORMATION?](#infouse)" in converted.markdown
    assert any("consent banner" in messages.said_in(note, "en") for note in converted.notes), converted.notes


def test_bootstrap_s_accordions_and_tabs_wired_by_data_attributes_read_as_their_aria_kin():
    """A Bootstrap 3 page (its own examples' markup: `<a data-toggle="collapse" href="#collapseTwo">` in a panel's
    `<h4>`, `<ul class="nav nav-tabs">` of `<a href="#eu" data-toggle="tab">`, no ARIA on them) had a section heading
    that was a link to the text under it, `## [2. Who we share it with](#collapseTwo)`, and its tabs' titles a list of
    links above both panels. Each control is read as the ARIA pattern's: a title above the panel it opens."""
    path = DATA / "privacy-policy-2019-05-20.html"
    converted = convert(path)
    assert "## 1. What we collect\n\nYour name, passport number and travel dates.\n\n## 2. Who we share it with\n\n" \
           "Hotels and airlines, only as needed for your booking.\n\n**EU travellers**\n\nYou have the rights the GDPR " \
           "gives you.\n\n**Other travellers**\n\nYou have the rights your country's law gives you.\n\n## 3. Contact" \
           in converted.markdown, converted.markdown
    assert "](#" not in converted.markdown and "<span id=" not in converted.markdown, converted.markdown
    notes = [messages.said_in(note, "en") for note in converted.notes]
    assert "1 accordion title (a <button> that opens a panel) kept above its text: a heading where numbered as a " \
           "section, else in bold" in notes, notes
    from policysite.convert.notes import Notes
    from policysite.convert.to_markdown import html_to_markdown

    # (Bootstrap 5's attributes; a toggle naming no panel of the page, or a link of the text, stays a link)
    assert html_to_markdown('<button data-bs-toggle="collapse" data-bs-target="#more">Retention</button>'
                            '<div id="more" class="collapse"><p>Two years.</p></div>', Notes()) == \
        "**Retention**\n\nTwo years.\n"
    assert html_to_markdown('<p><a data-toggle="collapse" href="#gone">Details</a> and '
                            '<a href="#more">more</a>.</p><p id="more">Two years.</p>', Notes()) == \
        '[Details](#gone) and [more](#more).\n\n<span id="more"></span>Two years.\n'


def test_an_address_a_script_writes_keeps_the_words_its_noscript_gives_in_the_sentence():
    """A solicitors' page writes its DPO's address with `document.write`, hidden from harvesters, its `<noscript>`
    giving `dpo [at] tarnlegal [dot] example` to readers without scripts: both were removed, the sentence read "Our
    DPO: , or by post.". The `<noscript>`'s words stay in their sentence, said; one standing alone (asking to turn
    scripts on) or holding only a tracking pixel stays out."""
    converted = convert(DATA / "privacy-2020-10-05.html")
    assert "Our DPO: dpo \\[at\\] tarnlegal \\[dot\\] example, or by post." in converted.markdown, converted.markdown
    notes = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("kept the words of 1 <noscript> element inside a sentence") and
               "“dpo [at] tarnlegal [dot] example”" in note for note in notes), notes
    assert "removed 1 <noscript> element" not in notes
    from policysite.convert import html_source

    page = (DATA / "privacy-2020-10-05.html").read_text(encoding="utf-8").replace(  # (its noscripts alone in blocks)
        '</div>\n<div id="footer">', "<noscript><p>Turn on JavaScript to see this site.</p></noscript>"
        '<div><noscript><img src="https://px.example/t.gif" alt=""></noscript></div></div>\n<div id="footer">')
    converted = html_source.convert(page.encode("utf-8"), name="privacy-2020-10-05.html")
    assert "Turn on JavaScript" not in converted.markdown and "px.example" not in converted.markdown
    assert "removed 2 <noscript> elements" in [messages.said_in(note, "en") for note in converted.notes]


def test_a_page_in_two_languages_titles_each_text_by_its_own_part_s_heading():
    """A Quebec page in French then English, each part marked (`<div lang="fr"><h1>Politique de confidentialité` …
    `<div lang="en"><h1>Privacy Policy` …): imported as English, the text was titled by the page's first <h1>, the
    French part's, its own title made a section (`## Privacy Policy`, that `policy check` finds missing from the
    French text). Each language's text is its part, under its part's title."""
    path = DATA / "confidentialite-privacy-2023-02-01.html"
    english = convert(path, lang="en")
    assert english.markdown.startswith("# Privacy Policy\n\nEffective February 1, 2023\n\n## 1. Who we are\n"), \
        english.markdown
    assert "Politique" not in english.markdown and english.meta == {"title": "Privacy Policy"}
    french = convert(path, lang="fr")
    assert french.markdown.startswith("# Politique de confidentialité\n\nEn vigueur le 1<sup>er</sup> février 2023\n"
                                      "\n## 1. Qui sommes-nous\n"), french.markdown
    assert "Privacy" not in french.markdown


def test_an_xhtml_page_labelled_only_by_its_xml_declaration_is_read_in_that_character_set(tmp_path: Path):
    """An XHTML 1.0 page whose only label is its XML declaration (`<?xml version="1.0" encoding="iso-8859-15"?>`, no
    <meta>), served as XML, whose parser reads it: its bytes were read as Windows-1252, "5 €" imported "5 ¤" and
    "Œuvre" "¼uvre", said only as "not UTF-8". Read in its declared character set."""
    page = ('<?xml version="1.0" encoding="iso-8859-15"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'xml:lang="fr"><head><title>Confidentialité</title></head><body><h1>Confidentialité</h1><p>Mise à jour '
            ": 3 mai 2018</p><h2>1. Tarifs</h2><p>Coût : 5 €. Œuvre, œil, Š.</p></body></html>")
    path = tmp_path / "confidentialite-2018-05-03.xhtml"
    path.write_bytes(page.encode("iso-8859-15"))
    converted = convert(path)
    assert "Coût : 5 €. Œuvre, œil, Š." in converted.markdown, converted.markdown
    assert converted.notes == []
    # (a <meta> label, where the page has one, is read first, as browsers read it)
    path.write_bytes(page.replace("<title>", '<meta http-equiv="Content-Type" content="text/html; '
                                             'charset=windows-1252" /><title>').encode("iso-8859-15"))
    assert "Coût : 5 ¤. ¼uvre, ½il, ¦." in convert(path).markdown


def test_a_cookie_table_naming_a_cookie_with_angle_brackets_in_code_passes_the_checks():
    """A cookie table's `<code>_ga_&lt;id&gt;</code>` (Google Analytics 4's cookie, its property's id in brackets, as
    cookie lists write it) was imported as `` `_ga_<id>` ``, which the page shows, but `policy check` refused the row
    ("shows other words on the page than the checks read"): its comparison read `<id>` as an inline tag on the text's
    side only. The build refused the import. A code span holding `|` is still found."""
    from policysite import rendering

    converted = convert(DATA.parent / "adoption40" / "cookies-2024-01-10.html")
    assert "| Analytics | `_ga`<br>`_ga_<id>` |" in converted.markdown, converted.markdown
    found = [f for f in rendering.check(converted.markdown, path="docs/en/index.md", lang="en")
             if f.rule == rendering.RULE_READ]
    assert found == [], found
    piped = converted.markdown.replace("`csrf_token`", "`csrf | token`")
    assert [f.line for f in rendering.check(piped, path="docs/en/index.md", lang="en")
            if f.rule == rendering.RULE_READ] == [piped.split("\n").index(
                next(line for line in piped.split("\n") if "csrf | token" in line)) + 1]


def test_squarespace_s_accordion_items_opening_with_a_divider_are_the_page_s_sections():
    """Squarespace's accordion block is a `<ul>` (no bullets drawn) of items each opening with an empty divider, then
    its title (`<h4>` around the button) and its panel: the list was kept, the page published with each section an
    `<h2>` inside a bulleted `<li>` (`- ## 1. What we collect`), which the checks passed. An empty element before a
    list item's heading draws nothing: the list is the page's sections."""
    converted = convert(DATA / "squarespace-2022-08-15.html")
    assert "\n## 1. What we collect\n\nYour name and address when you order.  \nYour email if you join the list.\n\n" \
           "## 2. Who sees it\n\nSquarespace hosts the shop; Stripe takes payments.\n" in converted.markdown, \
        converted.markdown
    assert "- " not in converted.markdown
    assert "1 list of sections (each item starting with a heading): each heading became a section heading" in [
        messages.said_in(note, "en") for note in converted.notes]


def test_a_page_of_the_2000s_without_paragraph_elements_has_its_paragraphs_and_sections():
    """A 2009 page written without `<p>`: its text straight in the body inside `<FONT>`, parts between `<BR><BR>`, its
    title in `<CENTER>`, each section an `<A NAME="s1"></A><B>1. …</B><BR>` over its text. It was one block of line
    breaks, the title run into the next line, no section: `policy check` refused the `s1` and `s2` anchors (the ids the
    site gives numbered sections), and the build the import. Each part is a paragraph, the centred bold line the title,
    each numbered bold line its section, under the anchor's id; every word kept, in order."""
    path = DATA / "privacy-statement-2009-06-30.html"
    converted = convert(path)
    body = converted.markdown
    assert body.startswith("# PRIVACY STATEMENT\n\nEffective date: June 30, 2009\n\n"), body
    assert "\n## 1. Information we collect {#s1}\n\nWhen you order from Acme Widgets Inc. we collect:  \n" in body, body
    assert "\n## 2. Use of information {#s2}\n\nWe use it to ship your order." in body, body
    from selectolax.lexbor import LexborHTMLParser

    page = LexborHTMLParser(path.read_text(encoding="latin-1")).body
    assert page is not None
    assert "".join(_shown(body)) == "".join(page.text().split()), body  # (every word, in order; cells run together)
    from policysite import rendering
    from policysite.findings import WARNING

    assert [f for f in rendering.check(body, path="docs/en/index.md", lang="en") if f.severity != WARNING] == []


def test_a_roman_numbered_bold_line_over_a_bold_lead_in_is_its_section_s_heading():
    """A Mexican notice's sections are bold lines numbered I. to IV.; section III's is right over a bold lead-in to its
    list (`**III. FINALIDADES**` over `**Finalidades primarias:**`). Two bold lines in a row were read as a term over
    its definition: III stayed a bold line, its text read as section II's, and the checks said nothing."""
    converted = convert(DATA / "aviso-de-privacidad-2022-02-22.html")
    assert [line for line in converted.markdown.split("\n") if line.startswith("#")] == [
        "# AVISO DE PRIVACIDAD INTEGRAL", "## I. IDENTIDAD DEL RESPONSABLE", "## II. DATOS PERSONALES QUE RECABAMOS",
        "## III. FINALIDADES", "## IV. DERECHOS ARCO"], converted.markdown
    assert "## III. FINALIDADES\n\n**Finalidades primarias:**\n\n1. Procesar sus pedidos.\n" in converted.markdown


def test_a_closed_panel_hidden_by_its_style_is_said_once_as_a_panel_a_reader_opens():
    """Elementor's closed toggle is `hidden` and `style="display:none"`: its text was kept as a closed panel a reader
    opens, and said a second time as words the page's style hid, "remove what is no text of the policy": the policy's
    own retention period. Said once, as the panel it is; one hidden by its style alone is that panel too."""
    path = DATA / "privacy-policy-2022-03-01.html"
    for page in (path.read_text(encoding="utf-8"),
                 path.read_text(encoding="utf-8").replace(' hidden="hidden"', "")):
        from policysite.convert import html_source

        converted = html_source.convert(page.encode("utf-8"), name=path.name)
        assert "## 2. How long we keep it\n\nWe keep dental records for 11 years" in converted.markdown
        notes = [messages.said_in(note, "en") for note in converted.notes]
        assert "kept 1 panel closed when the page was saved, which a reader opens with its tab or button: “We keep " \
               "dental records for 11 years, or …”" in notes, notes
        assert not any("remove what is no text of the policy" in note for note in notes), notes


def test_text_boxes_a_page_places_at_heights_are_read_top_to_bottom():
    """A Wix page lays out its text boxes with `position: absolute; top: …px`, the box added last (its contact
    section, at the foot of the page) written first in the HTML: the text was imported with `## 3. Contact` above its
    title. The boxes are read in the order the page shows them, and said; boxes in the page's flow stay as written."""
    converted = convert(DATA / "privacy-2021-09-09.html")
    assert [line for line in converted.markdown.split("\n") if line.startswith("#")] == [
        "# Privacy Policy", "## 1. Who we are", "## 2. What we keep", "## 3. Contact"], converted.markdown
    assert converted.markdown.endswith("## 3. Contact\n\nhello@mossyoga.example\n")
    notes = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("read 1 block of boxes the page's CSS places at a height of the page") and
               note.endswith("“Privacy Policy Last updated 9 September ” before “3. Contact hello@mossyoga.example”")
               for note in notes), notes
    from policysite.convert import html_source

    flowing = '<main><div><h1>T</h1><p>Second.</p></div><p style="position:absolute;top:0">Badge</p></main>'
    assert html_source.convert(flowing.encode(), name="t.html").markdown == "# T\n\nSecond.\n\nBadge\n"
