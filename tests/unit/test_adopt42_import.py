"""Adopt42: leftovers of adopt40's imports of real policies, each said or read as the page shows it (session 51)."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert
from unit.test_convert_odt import odt

_NUMBERED = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-suffix="." '
             'style:num-format="1"/></text:list-style>')


def _line(words: str, *, go_on: bool = False) -> str:
    """A LibreOffice list of one plain line, numbered by the list style `N` (on from the list before: `go_on`)."""
    going_on = ' text:continue-numbering="true"' if go_on else ""
    return f'<text:list text:style-name="N"{going_on}><text:list-item><text:p>{words}</text:p></text:list-item></text:list>'


def test_the_confluence_ids_left_out_are_quoted_as_the_page_wrote_them(tmp_path: Path):
    """The note on the ids Confluence made quoted `PrivacyPolicy-1.Controller` whatever the page's ids were (a French
    page's `Politiquedeconfidentialité-1.Responsable`): it quotes one of the page's own."""
    source = tmp_path / "confidentialite-2022-11-15.html"
    source.write_text(
        '<html><body><div id="main-header"><h1 id="title-heading"><span id="title-text">Juridique : Confidentialité'
        '</span></h1></div><div id="main-content" class="wiki-content"><p>En vigueur le 15 novembre 2022.</p>'
        '<h2 id="Confidentialité-1.Responsable">1. Responsable</h2><p>Fabrikam SAS, voir <a '
        'href="#Confidentialité-2.Vosdroits">article 2</a>.</p><h2 id="Confidentialité-2.Vosdroits">2. Vos droits</h2>'
        '<p>Accès.</p></div></body></html>', encoding="utf-8")
    converted = convert(source, lang="fr")
    assert "voir [article 2](#s2)" in converted.markdown, converted.markdown
    said = [messages.said_in(note, "fr") for note in converted.notes]
    assert any("(Confidentialité-1.Responsable\xa0: un autre dans la page de chaque langue)" in note
               for note in said), said
    assert not any("PrivacyPolicy" in note for note in said), said
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any("2 headings (Confidentialité-1.Responsable: another" in note for note in said), said


def _checked(body: str, lang: str = "en") -> list[tuple[int, str, dict]]:
    policy = document.parse("---\ndate: 2024-01-01\n---\n" + body, path="p.md", lang=lang)
    return [(finding.line, finding.key, dict(finding.fields)) for finding in policy.problems]


def test_a_roman_numeral_skipped_or_repeated_is_named_as_an_arabic_one_is():
    """Sections numbered `I.`, `II.`, `IV.` passed `policy check` silently (the series, counting from I with a gap,
    stayed unnumbered): the gap is named at its line, as with `1.`, `2.`, `4.`, in the reader's language."""
    body = "# Confidentialité\n\n## I. Champ\n\nTexte.\n\n## II. Données\n\nTexte.\n\n## IV. Droits\n\nTexte.\n"
    found = _checked(body, "fr")
    # (each named as the page writes it, §IV: adopt43)
    assert (14, "structure.number-skipped", {"section": "§IV “Droits”", "after": "§II", "missing": "§III"}) in found, \
        found
    repeated = _checked(body.replace("## IV.", "## II."), "fr")
    assert [(line, key) for line, key, _ in repeated] == [(14, "structure.number-repeated")], repeated
    in_order = _checked(body.replace("## IV.", "## III."), "fr")
    assert not [key for _, key, _ in in_order if key.startswith("structure.number")], in_order


def test_a_roman_part_skipped_keeps_its_sections_numbered_under_it():
    """Parts `I.`, `II.`, `IV.` over sections counted from 1 in each: the parts keep their own numbers (IV is §4, its
    first section §4.1), and the gap is named."""
    body = ("# Privacy\n\n## I. General\n\n### 1. Scope\n\nText.\n\n## II. Data\n\n### 1. Kinds\n\nText.\n\n"
            "## IV. Rights\n\n### 1. Access\n\nText.\n")
    policy = document.parse("---\ndate: 2024-01-01\n---\n" + body, path="p.md", lang="en")
    assert [s.numeral for s in policy.sections] == ["1", "1.1", "2", "2.1", "4", "4.1"]
    assert [p.key for p in policy.problems] == ["structure.number-skipped"], policy.problems


def test_a_heading_written_in_a_list_item_is_said_at_its_line():
    """`- ## 2. Data` (a page pasted from an editor's list) passed the checks and was published as a heading inside a
    bullet (or numbered again by an ordered list): an error at its line, naming the marker to remove."""
    body = "# Privacy\n\n## 1. Scope\n\nText.\n\n- ## 2. Data\n\n  Text.\n\n## 3. Rights\n\nText.\n"
    assert _checked(body) == [(10, "structure.heading-in-item", {"heading": "2. Data", "marker": "-"})]
    numbered = _checked("# Privacy\n\n1. ## Scope\n\n   Text.\n\n2. Data\n   ---\n\n   Text.\n")
    assert [(line, fields["marker"]) for line, _, fields in numbered] == [(6, "1."), (10, "2.")], numbered
    said = document.parse("---\ndate: 2024-01-01\n---\n" + body, path="p.md", lang="fr").problems[0].said("fr")
    assert "le titre «\xa02. Data\xa0» est écrit dans un élément de liste (après «\xa0-\xa0»)" in said, said
    assert _checked(body.replace("- ## 2. Data\n\n  Text.", "## 2. Data\n\n- Text.")) == []


def test_a_sidebar_s_and_a_header_s_few_words_beside_the_content_column_are_said(tmp_path: Path):
    """A page's `#content` column between a header's and a sidebar's few words (under 8 each): they were left out
    without a word; each run left out is said, once, in order."""
    source = tmp_path / "privacy-2021-03-01.html"
    source.write_text(
        '<html><body><div class="top">Acme Widgets Ltd</div><div id="wrap"><div id="content"><h1>Privacy policy</h1>'
        '<p>We keep your name to ship your order, and nothing more.</p><h2>1. Contact</h2><p>Write to us at the '
        'shop.</p></div><div class="side">Opening hours: 9 to 5</div></div>'
        '<div class="side">Opening hours: 9 to 5</div></body></html>', encoding="utf-8")
    converted = convert(source, lang="en")
    assert "Acme Widgets" not in converted.markdown and "We keep your name" in converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert ("left out 13 words outside the page's main content, in 2 places (“Acme Widgets Ltd”, “Opening hours: 9 "
            "to 5”): if they are the policy's (a cookie declaration drawn under it), import a copy of the page "
            "holding them inside it") in said, said
    french = [messages.said_in(note, "fr") for note in converted.notes]
    assert any(note.startswith("omis 13 mots hors du contenu principal de la page, à 2 endroits («\xa0Acme Widgets "
                               "Ltd\xa0», ") for note in french), french


def test_a_libreoffice_text_s_plain_numbered_lines_over_paragraphs_are_its_sections(tmp_path: Path):
    """A LibreOffice text's sections numbered with its numbering button in plain type (no bold, no heading style),
    each over paragraphs: they stayed list items (`1. Who we are`), where a Word document's became sections. One rule
    for both: each a section of its number, said as the document's list style numbering them."""
    path = odt(tmp_path / "privacy-2020-01-01.odt", (
        '<text:p text:style-name="Title">Privacy</text:p>' + _line("Who we are")
        + "<text:p>We are Acme Ltd, a shop in Leeds that sells tea.</text:p>" + _line("What we keep", go_on=True)
        + "<text:p>Your name and your address, to ship your order.</text:p>" + _line("Your rights", go_on=True)
        + "<text:p>You may ask us for a copy.</text:p>"), automatic=_NUMBERED)
    converted = convert(path)
    assert ("# Privacy\n\n## 1. Who we are\n\nWe are Acme Ltd, a shop in Leeds that sells tea.\n\n## 2. What we keep\n\n"
            "Your name and your address, to ship your order.\n\n## 3. Your rights\n\nYou may ask us for a copy.") \
        in converted.markdown, converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert ("3 list items holding only a line of a few words numbered 1, 2, 3 … by the document's list style, each "
            "over paragraphs (sections numbered with LibreOffice's numbering button, no heading styles, no bold) "
            "became section headings of their numbers") in said, said
    listed = odt(tmp_path / "list-2020-01-01.odt", (
        '<text:p text:style-name="Title">Privacy</text:p><text:p>We keep:</text:p>' + _line("Your name")
        + _line("Your address", go_on=True) + "<text:p>Nothing else.</text:p>"), automatic=_NUMBERED)
    assert "## " not in convert(listed).markdown  # (a list after a lead-in stays a list)


_CLAUSES = ('<html><body><h1>Privacy notice</h1><p>Effective 1 May 2021.</p><table>'
            '<tr><td>1.</td><td><p><strong>Who we are</strong></p><p>Acme Ltd, 1 High Street, Leeds.</p></td></tr>'
            '<tr><td>2.</td><td><p><b>What we collect</b></p><p>Your name and address.</p><ul><li>Orders</li></ul>'
            '</td></tr><tr><td>3.</td><td><p><strong>Your rights</strong></p><p>Ask us for a copy.</p></td></tr>'
            '</table></body></html>')


def test_a_table_of_numbered_clauses_is_read_as_the_sections_it_shows(tmp_path: Path):
    """A "3." column beside each clause's text, its title in bold (a contract template's layout): it stayed a
    two-column table, the text without a section. Each row is the section it shows, said; a table of which a row is
    no titled clause stays a table."""
    source = tmp_path / "privacy-2021-05-01.html"
    source.write_text(_CLAUSES, encoding="utf-8")
    converted = convert(source, lang="en")
    assert converted.markdown.startswith(
        "# Privacy notice\n\nEffective 1 May 2021.\n\n## 1. Who we are\n\nAcme Ltd, 1 High Street, Leeds.\n\n"
        "## 2. What we collect\n\nYour name and address.\n\n- Orders\n\n## 3. Your rights\n\nAsk us for a copy."), \
        converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert ("a table of 3 numbered clauses (a column of section numbers beside each clause, its title in bold) read "
            "as the sections it shows, each title a section heading of its number") in said, said
    source.write_text(_CLAUSES.replace("<p><b>What we collect</b></p>", "<p>What we collect</p>"), encoding="utf-8")
    kept = convert(source, lang="en").markdown
    assert "| 1. |" in kept.replace("1\\.", "1.") and "## " not in kept, kept
