"""Import of a new company's policy without rewriting it (session 45, adopt30): a Roman series written two ways read
as one numbering, chapters over titles over articles, findings' lines after a definition list, anchors an earlier
version of the tool published kept landing, and the shapes real companies' exports take."""
from __future__ import annotations

from pathlib import Path

from docx import Document

from policysite import document
from tests.helpers import imported_text


def _sections(text: str) -> list[tuple[int, str, str]]:
    """(level, number, title) of each section of `text`, as the document model reads it."""
    return [(s.level, s.numeral, s.title) for s in document.parse(text, path="x.md", lang="en").sections]


def test_a_roman_series_written_with_a_full_stop_then_a_dash_is_one_numbering():
    """`## I.` then `## II – Data`, `## III – Rights`: a numeral and a dash numbered its heading, a numeral and a full
    stop only in a series of its own, so `I.` stayed a section titled "I." (its id a slug, "has no section number")
    beside §2 and §3. One series, one numbering, whichever of the two is alone."""
    assert _sections("# P\n\n## I.\n\nA.\n\n## II – Data\n\nB.\n\n## III – Rights\n\nC.\n") == [
        (2, "1", ""), (2, "2", "Data"), (2, "3", "Rights")]
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## II – Data\n\nB.\n\n## III – Rights\n\nC.\n") == [
        (2, "1", "Scope"), (2, "2", "Data"), (2, "3", "Rights")]
    assert _sections("# P\n\n## I – Scope\n\nA.\n\n## II.\n\nB.\n\n## III – Rights\n\nC.\n") == [
        (2, "1", "Scope"), (2, "2", ""), (2, "3", "Rights")]
    policy = document.parse("---\ndate: 2021-06-01\n---\n# P\n\n## I.\n\nA.\n\n## II – Data\n\nB.\n", path="x.md",
                            lang="en")
    assert [s.anchor for s in policy.sections] == ["s1", "s2"]
    assert not [f for f in policy.problems if f.rule == "structure.unnumbered-heading"], policy.problems
    # parts whose sections count from 1 again in each, in a series written either way: II then 1 is §2.1 (each was a
    # number repeated, the page refused)
    for first in ("I.", "I – Scope"):
        policy = _read(f"# P\n\n## {first}\n\nA.\n\n### 1. Who\n\nw\n\n## II – Data\n\nB.\n\n### 1. Types\n\nx\n\n"
                       "## III – Rights\n\nC.\n\n### 1. Access\n\ny\n\n### 2. Erasure\n\nz\n")
        assert [(s.numeral, s.anchor) for s in policy.sections] == [
            ("1", "s1"), ("1.1", "s1-1"), ("2", "s2"), ("2.1", "s2-1"), ("3", "s3"), ("3.1", "s3-1"), ("3.2", "s3-2")]
        assert not [f for f in policy.problems if f.rule.startswith("structure.")], policy.problems
    # not a series: out of order, or beside a heading of another kind, they stay as written
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## III – Data\n\nB.\n")[0] == (2, "", "I. Scope")
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## II – Data\n\nB.\n\n## Contact\n\nC.\n")[0] == (2, "", "I. Scope")


_TITLES = ("# P\n\n## TITRE I – DISPOSITIONS GÉNÉRALES\n\n### Chapitre 1 – Objet\n\n#### Article 1 – Définitions\n\nA.\n\n"
           "#### Article 2 – Champ\n\nB.\n\n### Chapitre 2 – Données\n\n#### Article 3 – Collecte\n\nC.\n\n"
           "## TITRE II – DROITS\n\n### Chapitre 3 – Accès\n\n#### Article 4 – Accès\n\nD.\n")


def _headings(body: str) -> list[str]:
    return [line for line in body.split("\n") if line.startswith("#")]


def _read(text: str) -> document.Policy:
    return document.parse(f"---\ndate: 2021-06-01\n---\n{text}", path="x.md", lang="fr")


def test_titles_over_chapters_over_articles_keep_their_levels_and_the_articles_their_numbers():
    """`TITRE I` > `Chapitre 1` > `Article 1`, German `Abschnitt 1` > `§ 1`, Spanish `Título I` > `Capítulo I` >
    `Artículo 1`, the articles numbered on across them: only one level of chapters was read, so each title, chapter
    and article was a number repeated (§1 three times) and every article at the wrong level (publishing refused). The
    articles keep their numbers and ids, one level under each grouping above them; the groupings need no number."""
    policy = _read(_TITLES)
    assert [(s.level, s.numeral, s.anchor) for s in policy.sections] == [
        (2, "", "dispositions-générales"), (3, "", "objet"), (4, "1", "s1"), (4, "2", "s2"), (3, "", "données"),
        (4, "3", "s3"), (2, "", "droits"), (3, "", "accès"), (4, "4", "s4")]
    assert not [f for f in policy.problems if f.rule.startswith("structure.")], policy.problems
    german = _read("# D\n\n## Abschnitt 1 – Allgemeines\n\n### § 1 Geltung\n\nA.\n\n### § 2 Begriffe\n\nB.\n\n"
                   "## Abschnitt 2 – Rechte\n\n### § 3 Auskunft\n\nC.\n")
    assert [(s.level, s.numeral) for s in german.sections] == [(2, ""), (3, "1"), (3, "2"), (2, ""), (3, "3")]
    assert not [f for f in german.problems if f.rule.startswith("structure.")], german.problems
    spanish = _read("# E\n\n## Título I. Disposiciones generales\n\n### Capítulo I. Objeto\n\n#### Artículo 1. Objeto\n\n"
                    "A.\n\n#### Artículo 2. Ámbito\n\nB.\n\n### Capítulo II. Datos\n\n#### Artículo 3. Datos\n\nC.\n\n"
                    "## Título II. Derechos\n\n### Capítulo III. Derechos\n\n#### Artículo 4. Acceso\n\nD.\n")
    # parts in Roman numerals with a dash over articles numbered on across them: the parts group, as chapters do (each
    # article was a number repeated beside its part's, at the wrong level), the ids published so still landing
    parts = _read("# P\n\n## I – Scope\n\nA.\n\n### 1. Who\n\nw\n\n### 2. What\n\nw\n\n## II – Data\n\nB.\n\n"
                  "### 3. Types\n\nx\n")
    assert [(s.level, s.numeral) for s in parts.sections] == [(2, ""), (3, "1"), (3, "2"), (2, ""), (3, "3")]
    assert not [f for f in parts.problems if f.rule.startswith("structure.")], parts.problems
    assert [s.former for s in parts.sections] == [("s1",), ("s1_1",), (), ("s2_1",), ()]  # (`#s1`: §1 lands)
    # (five groupings over four articles: the text numbers its headings all the same, its articles' ids `#s1`…)
    assert [(s.numeral, s.anchor) for s in spanish.sections if s.numeral] == [
        ("1", "s1"), ("2", "s2"), ("3", "s3"), ("4", "s4")]
    assert not [f for f in spanish.problems if f.rule.startswith("structure.")], spanish.problems


def test_an_html_or_word_page_of_chapters_over_articles_keeps_its_levels(tmp_path: Path):
    """An HTML or Word page's headings were each moved to its number's depth (`TITRE I`, `Chapitre 1` and `Article 1`
    all `##`): the levels were lost, the chapters numbers repeated. Kept as written where the checks read them so."""
    html = ("<html><body><main><h1>Politique</h1><h2>TITRE I – DISPOSITIONS GÉNÉRALES</h2><h3>Chapitre 1 – Objet</h3>"
            "<h4>Article 1 – Définitions</h4><p>A.</p><h4>Article 2 – Champ</h4><p>B.</p><h3>Chapitre 2 – Données</h3>"
            "<h4>Article 3 – Collecte</h4><p>C.</p><h2>TITRE II – DROITS</h2><h3>Chapitre 3 – Accès</h3>"
            "<h4>Article 4 – Accès</h4><p>D.</p></main></body></html>")
    expected = ["# Politique", "## TITRE I – DISPOSITIONS GÉNÉRALES", "### Chapitre 1 – Objet",
                "#### Article 1 – Définitions", "#### Article 2 – Champ", "### Chapitre 2 – Données",
                "#### Article 3 – Collecte", "## TITRE II – DROITS", "### Chapitre 3 – Accès", "#### Article 4 – Accès"]
    text = imported_text(tmp_path / "html", "privacy-2021-06-01.html", html)
    assert _headings(text.body) == expected, text.body
    german = imported_text(tmp_path / "de", "privacy-2021-06-01.html", (
        "<html><body><main><h1>Datenschutz</h1><h2>Abschnitt 1 – Allgemeines</h2><h3>§ 1 Geltung</h3><p>A.</p>"
        "<h3>§ 2 Begriffe</h3><p>B.</p><h2>Abschnitt 2 – Rechte</h2><h3>§ 3 Auskunft</h3><p>C.</p></main></body>"
        "</html>"))
    assert "## Abschnitt 2 – Rechte\n\n### § 3 Auskunft" in german.body, german.body
    word = Document()
    word.add_paragraph("Politique", style="Title")
    for line in expected[1:]:
        marks, title = line.split(" ", 1)
        word.add_heading(title, level=len(marks) - 1)
        word.add_paragraph("Texte.")
    word.save(str(tmp_path / "w.docx"))
    docx = imported_text(tmp_path / "docx", "privacy-2021-06-01.docx", (tmp_path / "w.docx").read_bytes())
    assert _headings(docx.body) == expected, docx.body
    assert not [f for f in _read(docx.body).problems if f.rule.startswith("structure.")], docx.body


def test_a_notes_line_after_a_definition_list_or_an_alert_is_the_line_of_the_fileimported_text(tmp_path: Path):
    """A definition list's term written on a line of its own (and a GitHub alert's title) moved every line under it:
    the notes of the passes after them named the line of the converted text, not the one the lawyer opens (`line 17:
    raw HTML <span>: removed onclick=` for line 14), while others named the file's. Each names the file's line."""
    source = ("---\ntitle: Privacy\n---\n\n## 1. Definitions\n\nPersonal data\n:   Any information.\n\n    It includes ids."
              "\n\n    Sensitive\n    :   Health.\n\nProcessing\n:   Any operation.\n:   Or a set.\n\n## 2. Rights\n\n"
              "See <span onclick='x'>here</span>.\n\n> [!NOTE]\n> Read <i onclick='z'>this</i>.\n\n"
              "::: {.callout-warning}\n## Careful\nText <u>u</u>.\n:::\n\nEnd <s onclick='w'>s</s>.\n")
    lines = source.split("\n")
    text = imported_text(tmp_path, "privacy-2021-06-01.md", source)
    said = {note.split(": ", 1)[1].split(" (")[0]: note.split(": ", 1)[0] for note in text.notes}
    for note, words in (("raw HTML <span>", "<span onclick"), ("raw HTML <i> became <em>", "<i onclick"),
                        ("raw HTML <u> is not on the allow-list", "<u>"),
                        ("raw HTML <s> is not on the allow-list", "<s onclick")):
        found = next(key for key in said if key.startswith(note))
        assert said[found] == f"line {next(n for n, line in enumerate(lines, 1) if words in line)}", (note, text.notes)


# Texts imported and published before session 44 (adopt29) and the ids that generator gave their sections, in order
# (measured by building them with the commit before adopt29's first, d174380c): its series rules read `## II.`,
# `## C.`, `### i.`, `1°) Titolare` as no number, and the page's other headings as slugs around them.
_PUBLISHED_BEFORE = {
    "# P\n\n## I. Scope\n\nA.\n\n## II.\n\nB.\n\n## III. Rights\n\nC.\n": ["i-scope", "ii", "iii-rights"],
    "# P\n\n## A.\n\nA.\n\n## B.\n\nB.\n\n## C – Rights\n\nC.\n": ["a", "b", "rights"],
    "# P\n\n## 1. Scope\n\nA.\n\n### i.\n\nx\n\n### ii.\n\ny\n\n### iii.\n\nz\n\n## 2. Data\n\nB.\n": [
        "scope", "i", "ii", "iii", "data"],
    "# P\n\n## I – Scope\n\nA.\n\n## II.\n\nB.\n\n## III – Rights\n\nC.\n": ["s1", "ii", "s3"],
    "# P\n\n## 1°) Titolare\n\nA.\n\n## 2°) Finalità\n\nB.\n": ["1-titolare", "2-finalità"],
}


def test_the_ids_a_text_was_published_with_before_its_labels_were_read_still_land_on_its_sections():
    """`## II.` is §2 now, `#s2`: a text imported and published before (its page's `#ii`, and `#i-scope`, `#scope` of
    the headings around it, read otherwise once the series is) built again, or the next version built over it, lost
    every id a reader saved. Each lands on its section still, as an alias on the page; a page whose ids no new rule
    changed carries none (no byte more on a first visit)."""
    from policysite import anchors

    for text, published in _PUBLISHED_BEFORE.items():
        found = anchors.of_texts(f"---\ndate: 2021-06-01\n---\n{text}", lang="en")
        for index, old in enumerate(published):
            assert old == found.ids[index] or old in found.aliases.get(index, []), (text, old, found)
        html = anchors.with_aliases("".join(f'<h2 id="{anchor}">T</h2>' for anchor in found.ids), found)
        assert all(f'id="{old}"' in html for old in published), html
    # and the ids this session's reading changed, measured with 2946c125: parts whose sections count from 1 again,
    # titles over chapters over articles (numbers repeated, published from an import, their findings warnings)
    for text, published in ((
            "# P\n\n## I – Scope\n\nA.\n\n### 1. Who\n\nw\n\n## II – Data\n\nB.\n\n### 1. Types\n\nx\n\n"
            "## III – Rights\n\nC.\n\n### 1. Access\n\ny\n", ["s1", "s1_1", "s2", "s1_2", "s3", "s1_3"]),
            (_TITLES, ["s1", "s1_1", "s1_2", "s2", "s2_1", "s3", "s2_2", "s3_1", "s4"])):
        found = anchors.of_texts(f"---\ndate: 2021-06-01\n---\n{text}", lang="fr")
        for index, old in enumerate(published):
            if old in found.ids and found.ids.index(old) != index:
                continue  # (`#s1` of `TITRE I` is Article 1's now, the first article under it)
            assert old == found.ids[index] or old in found.aliases.get(index, []), (text, old, found)
    numbered = anchors.of_texts("---\ndate: 2021-06-01\n---\n# P\n\n## 1. Scope\n\nA.\n\n### 1.1 Who\n\nB.\n\n"
                                "## 2. Data\n\nC.\n", lang="en")
    assert numbered.aliases == {}, numbered


def test_a_toggle_showing_more_of_a_text_is_no_title(tmp_path: Path):
    """CookieYes' cookie list (and many themes') puts a "Show more" button, `aria-expanded`, under a category's title,
    over the table it opens: it became a bold line, "**Show more**", in the policy's text. A toggle's words (in the
    languages policies come in) or marks alone are the page's chrome: left out and said; a button titling its panel
    stays its title."""
    text = imported_text(tmp_path, "cookies-2021-06-01.html", (
        "<html><body><main><h1>Cookie Policy</h1><h2>Types of cookies</h2><h3>Necessary</h3><p>Required.</p>"
        "<button class='cky-accordion-btn' aria-expanded='false'>Show more</button><table><tr><th>Cookie</th>"
        "<th>Domain</th><th>Duration</th><th>Description</th><th>Type</th><th>Provider</th></tr><tr><td>consent</td>"
        "<td>acme.com</td><td>1 year</td><td>Remembers consent.</td><td>HTTP</td><td>Acme</td></tr></table>"
        "<button aria-expanded='false'>Voir plus…</button><p>Texte.</p><button aria-expanded='true'>+</button>"
        "<button class='accordion' aria-controls='p1'>Analytics</button><div id='p1'><p>Counts visits.</p></div>"
        "</main></body></html>"))
    assert "Show more" not in text.body and "Voir plus" not in text.body and "**+**" not in text.body, text.body
    assert "**Analytics**\n\nCounts visits." in text.body, text.body
    assert "| consent | acme.com | 1 year | Remembers consent. | HTTP | Acme |" in text.body, text.body
    assert any("<button>" in note and "“Show more”" in note for note in text.notes), text.notes


def test_a_button_a_sentence_names_keeps_its_words(tmp_path: Path):
    """OneTrust's cookie notice writes `Use the <button id="ot-sdk-btn">Cookie Settings</button> button to change your
    choices.`: the button was left out, and the sentence read "Use the button to change your choices.", words lost.
    Inside a sentence, its words stay, said; a button on its own (a form's "Send") still goes."""
    text = imported_text(tmp_path, "cookies-2021-06-01.html", (
        "<html><body><main><h1>Cookie Notice</h1><h2>1. Managing cookies</h2><p>Use the <button id='ot-sdk-btn' "
        "class='ot-sdk-show-settings'>Cookie Settings</button> button to change your choices.</p><p><button>Send"
        "</button></p><p>Clique sur <button>Gérer</button>.</p></main></body></html>"))
    assert "Use the Cookie Settings button to change your choices." in text.body, text.body
    assert "Clique sur Gérer." in text.body and "Send" not in text.body, text.body
    assert any("2 <button> elements inside a sentence" in note and "“Cookie Settings”" in note for note in text.notes), \
        text.notes


def test_bold_lines_numbered_up_to_the_first_heading_are_its_sections(tmp_path: Path):
    """A site builder's page (Wix, Squarespace) whose first sections are bold lines (`<span style="font-weight:700">1.
    Introduction</span>`, `**2. Data**`) and whose later ones were given a heading style (`<h2>3. Cookies</h2>`): bold
    lines are headings only on a page without headings, or after a numbered one, so §1 and §2 were bold lines, missing
    from the sections (structure.number-skipped). Numbered from 1 up to the heading, they are its sections."""
    html = ('<html><body><main><div class="wixui-rich-text"><h1>Privacy Policy</h1><p class="font_8"><span style="font-'
            'weight:bold;">1. Introduction</span></p><p>We respect your privacy.</p><p><b>1.1 Scope</b></p><p>All.</p>'
            '<p class="font_8"><span style="font-weight:700;">2. Data</span></p><p>We collect data.</p></div><div class='
            '"w-richtext"><p>\u200d</p><h2>3. Cookies</h2><p>We use cookies.</p></div></main></body></html>')
    markdown = ("# Privacy Policy\n\n**1. Introduction**\n\nWe respect your privacy.\n\n**1.1 Scope**\n\nAll.\n\n"
                "**2. Data**\n\nWe collect data.\n\n## 3. Cookies\n\nWe use cookies.\n")
    for name, source in (("privacy-2021-06-01.html", html), ("privacy-2021-06-01.md", markdown)):
        text = imported_text(tmp_path / name.rsplit(".", 1)[1], name, source)
        assert _headings(text.body) == [
            "# Privacy Policy", "## 1. Introduction", "### 1.1 Scope", "## 2. Data", "## 3. Cookies"], text.body
        assert any("3 bold paragraphs numbered from 1 up to the first section heading (“3. Cookies”)" in note
                   for note in text.notes), text.notes
    # (not counted from 1, or not up to the heading's number: bold lines as written)
    kept = imported_text(tmp_path / "kept", "privacy-2021-06-01.md", markdown.replace("## 3. Cookies", "## 5. Cookies"))
    assert "**1. Introduction**" in kept.body, kept.body


def test_a_typed_number_opening_its_paragraph_over_its_text_is_a_heading(tmp_path: Path):
    """A site builder's text typed without headings nor bold, each section's number and title on the first line of its
    paragraph and its text on the lines under it (`1. Who we are<br>Acme Ltd.`, Shift+Enter): no section was read, the
    policy unnumbered. Each such line numbered 1, 2, 3 is its section's heading; a typed list stays a list."""
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy Policy</h1><div><p>1. Who we are<br>Acme Ltd.</p><p>2. What we collect<br>Your "
        "name.<br>Your address.</p><p>We collect:<br>1. Name<br>2. Email</p><p>3. Rights<br>You can ask.</p></div>"
        "</main></body></html>"))
    assert _headings(text.body) == [
        "# Privacy Policy", "## 1. Who we are", "## 2. What we collect", "## 3. Rights"], text.body
    assert "## 1. Who we are\n\nAcme Ltd." in text.body and "Your name.  \nYour address." in text.body, text.body
    assert "We collect:  \n1\\. Name  \n2\\. Email" in text.body, text.body


def test_a_notion_pages_to_do_boxes_are_the_boxes_it_showed(tmp_path: Path):
    """Notion's HTML export draws a to-do list's boxes with CSS (`<div class="checkbox checkbox-on">`): the list of what
    is collected (ticked) and what is not (empty) was read as one list of what is collected, as a task list's inputs
    were before they became ☑ and ☐."""
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        '<html><body><article class="page sans"><header><h1 class="page-title">Privacy Policy</h1></header><div class='
        '"page-body"><h2>1. Data</h2><ul class="to-do-list"><li><div class="checkbox checkbox-on"></div> <span class='
        '"to-do-children-checked">Name</span></li></ul><ul class="to-do-list"><li><div class="checkbox checkbox-off">'
        '</div> <span class="to-do-children-unchecked">Health</span></li></ul></div></article></body></html>'))
    assert "- ☑ Name" in text.body and "- ☐ Health" in text.body, text.body
