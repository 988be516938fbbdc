"""Adopt39: leftovers of session 50's imports (convert/notes.py, markdown_source.py, html_source.py), each read
without a build from a sample of tests/data/adoption39/ or a synthetic text."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from policysite.convert import convert
from policysite.convert.notes import Notes
from policysite.messages import Said, said_in

DATA = Path(__file__).parents[1] / "data" / "adoption39"


class _Counted(int):
    """A line number that counts the comparisons made with it: how many a note's lines cost, without a clock."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _Counted.compared += 1
        return int(self) == other

    def __hash__(self) -> int:
        return int.__hash__(self)

    def __radd__(self, other: object) -> _Counted:  # (line + offset: each recorded line is one of these)
        return _Counted(int(self) + int(other))  # type: ignore[call-overload]


def test_one_note_spread_over_many_lines_costs_as_many_steps_as_lines():
    """Notes.add looked for the line among the note's lines with a list's `in`: one note on 20,000 lines (a page of
    `{% set %}` tags) compared each line with every one before it, 5.7 s CPU; a line recorded twice is still one."""
    notes = Notes()
    notes.offset = _Counted(0)
    _Counted.compared = 0
    for line in range(1, 2001):
        notes.add("same", line)
    notes.add("same", 7)
    assert _Counted.compared < 100, _Counted.compared
    said = notes.sentences()[0]
    assert isinstance(said, Said)
    assert said.fields["lines"] == "1, 2, 3, 4, 5, 6, 7, 8"
    assert said.fields["last"] == Said("import.note/more", count=2000 - 8)


def test_lines_a_shift_brings_together_are_named_once():
    """Lines taken out of a text above two lines of one note can bring them to one line: it is named once."""
    notes = Notes()
    notes.add("same", 3)
    notes.add("same", 5)
    notes.shift(after=3, by=-2)
    assert notes.sentences() == [Said("import.note/line", line="3", note="same")]


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def _page_words(path: Path) -> Counter[str]:
    """The words a reader of the page saw: its body's text (no style sheet, no <title>)."""
    tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
    tree.strip_tags(["style", "script"])
    return _words(tree.body.text(separator=" ") if tree.body is not None else "")


def _same_words(path: Path, markdown: str, *, numbers: int = 0) -> None:
    """Every word of the page is in its Markdown, and no other but the section numbers its lists drew (a list item's
    marker is no word)."""
    seen, written = _page_words(path), _words(re.sub(r"(?m)^[ \t]*\d+[.)][ \t]", "", markdown))  # (list markers)
    assert seen - written == Counter(), seen - written
    assert written - seen == Counter(str(n) for n in range(1, numbers + 1)), written - seen


def test_a_google_docs_export_s_bold_numbered_items_are_said_numbered_by_google_docs():
    """A Google Docs export's sections, a list of one bold item each, were said "numbered by Word (… the numbering
    button, no heading styles)": the note names what numbered them."""
    path = DATA / "Privacy Notice - Fernhill Bakery 2024-10-07.html"
    converted = convert(path)
    assert "## 2. What we keep" in converted.markdown, converted.markdown
    notes = "\n".join(str(note) for note in converted.notes)
    assert "3 list items holding only a bold line numbered by Google Docs (sections numbered with its numbered list " \
           "button, no heading styles) became section headings of their numbers" in notes, notes
    assert "Word" not in notes
    _same_words(path, converted.markdown, numbers=3)


def test_an_html_page_s_bold_numbered_items_and_clauses_are_said_numbered_by_its_lists():
    """An HTML page's `<ol start="2"><li><strong>…` sections, and a list of bold lines over their clauses, are the
    page's own lists: no Word, no heading styles in their notes."""
    items = DATA / "cookie-notice-2024-11-04.html"
    converted = convert(items)
    notes = "\n".join(str(note) for note in converted.notes)
    assert "## 2. Cookies we set" in converted.markdown, converted.markdown
    assert "3 list items holding only a bold line numbered by the page's own lists (<ol>: sections numbered as lists, " \
           "no heading elements) became section headings of their numbers" in notes, notes
    assert "Word" not in notes and "styles" not in notes
    _same_words(items, converted.markdown, numbers=3)
    clauses = DATA / "terms-of-privacy-2024-12-02.html"
    converted = convert(clauses)
    notes = "\n".join(said_in(note, "fr") for note in converted.notes)
    assert "## 2. Sharing" in converted.markdown, converted.markdown
    assert "une liste numérotée de la page (<ol>) dont chaque élément commence par une ligne en gras (des clauses " \
           "numérotées en liste, sans éléments de titre)" in notes, notes
    assert "Word" not in notes
    _same_words(clauses, converted.markdown, numbers=2)


def test_the_words_form_controls_showed_are_kept_or_said_never_lost():
    """A <textarea>'s words (a read-only box holding the retention periods), the option a drop-down list shows and a
    text field's value were dropped with the other controls, said only as "removed 1 <textarea> element": readers saw
    them. Each is kept where it stood, said with its words; the options a reader sees only by opening the list are
    said with theirs; a button inside a sentence and a <details>' <summary> keep theirs as before."""
    path = DATA / "data-request-2024-09-23.html"
    converted = convert(path)
    body = converted.markdown
    assert "The table of periods we keep each record for:\n\nInvoices: ten years. Support tickets: two years after " \
           "closing.\n" in body, body
    assert "Choose a region to read where its data is kept: United Kingdom: London\n" in body
    assert "Your reference: Processor agreement PA-7\n" in body
    assert "press Object to processing on" in body and "**Subprocessors**" in body
    notes = "\n".join(str(note) for note in converted.notes)
    assert "2 form fields showing words among the text (a <textarea>, a text field's value) kept as the words they " \
           "showed: “Invoices: ten years. Support tickets: two years after closin…”, “Processor agreement PA-7”" \
           in notes, notes
    assert "1 drop-down list (<select>) kept as the words it shows: “United Kingdom: London”; the other options, " \
           "which a reader reads only by opening it, left out: “Europe: Frankfurt, Germany”" in notes
    assert "removed" not in notes, notes
    # every word a reader saw (the field's value is no text of the page's tree) is written, but the options unopened,
    # said above
    assert _page_words(path) + _words("Processor agreement PA-7") - _words("Europe: Frankfurt, Germany") == \
        _words(body)


def test_a_control_s_words_are_text_and_a_hidden_one_s_or_a_button_s_are_left_out_said(tmp_path: Path):
    """A <textarea>'s markup is words, never markup; a hidden field's value and a hidden <textarea> nobody saw stay
    out; a form's submit button is left out said with its words; a drop-down list of the page's headings (a contents
    menu on a phone) or of addresses stays out as before."""
    page = tmp_path / "privacy-2024-01-02.html"
    page.write_text(
        "<html><body><main><h1>Privacy</h1><h2>Rights</h2><p>Intro.</p>"
        "<textarea><script>alert(1)</script> **not bold**</textarea><textarea hidden>Hidden words</textarea>"
        "<form><input type=hidden name=csrf value=abc123><input type=submit value='Send request'></form>"
        "<select><option>Contents</option><option>Rights</option></select>"
        "<select><option value='/fr/'>Français</option><option value='/en/'>English</option></select>"
        "<select multiple><option>Name</option><option label='E-mail address'>mail</option></select>"
        "</main></body></html>", encoding="utf-8")
    converted = convert(page)
    body = converted.markdown
    assert "&lt;script>alert(1)&lt;/script> \\*\\*not bold\\*\\*" in body, body
    assert "Name  \nE-mail address" in body
    for absent in ("Hidden words", "abc123", "Send request", "Contents", "Français", "mail\n"):
        assert absent not in body, absent
    notes = "\n".join(str(note) for note in converted.notes)
    assert "removed 1 button field (<input type=submit>, a form's) (“Send request”)" in notes, notes
    assert "removed 1 <input> element" in notes and "<select> element" not in notes, notes  # (menus: their words)
    assert "left out 2 drop-down menus of the page's places (its options going to sections or pages, a label before " \
           "it): the old site's navigation, not the policy's words: “Contents · Rights”, “Français · English”" in notes


def test_an_html_page_s_site_settings_and_captures_are_filled_as_a_markdown_page_s():
    """A Jekyll site's HTML page filled `{{ page.title }}` only: its `{{ site.email }}`, `{% capture %}` and
    `{% assign %}` stayed as written (a capture's words where it stood), refused by policy check, where a Markdown
    page's are filled. One resolver (liquid.fill) reads both: the words the old site showed, each said."""
    converted = convert(DATA / "jekyll" / "privacy-2024-05-06.html")
    assert converted.markdown == (
        "# Privacy Policy\n\nLast updated: 6 May 2024\n\n## 1. Who we are\n\nLarchmont Bikes & Repairs Ltd (company "
        "number 08812345) repairs and sells bicycles.\n\n## 2. Your records\n\nWe keep your repair records for three "
        "years, then erase them.\n\n## 3. Contact\n\nWrite to our data protection officer, Ruth Okafor at "
        "[privacy@larchmont.example](mailto:privacy@larchmont.example).\n"), converted.markdown
    notes = "\n".join(str(note) for note in converted.notes)
    assert "wrote {{ site.email }} as the words the old site filled in, its settings' (`_config.yml`) email: " \
           "“privacy@larchmont.example”" in notes, notes
    assert "wrote {{ dpo }} as the words the page set dpo to: “our data protection officer, Ruth Okafor”" in notes


def test_an_html_page_s_filled_words_are_text_and_a_page_without_front_matter_is_not_filled(tmp_path: Path):
    """The words a setting gives are written as text in the page (`<b>` in a setting is no element), in a link's
    address too; a page without front matter, which Jekyll copies as it is, keeps its tags (said as template code)."""
    (tmp_path / "_config.yml").write_text('email: "a@b.example"\nname: "<b>Acme</b> \\"Ltd\\""\n', encoding="utf-8")
    (tmp_path / "privacy-2024-01-02.html").write_text(
        "---\ntitle: Privacy\n---\n<h1>Privacy</h1><p>{{ site.name }} answers at <a href=\"mailto:{{ site.email }}\">"
        "{{ site.email | upcase }}</a>.</p>", encoding="utf-8")
    body = convert(tmp_path / "privacy-2024-01-02.html").markdown
    assert "\n&lt;b>Acme&lt;/b> \"Ltd\" answers at [A@B.EXAMPLE](mailto:a@b.example).\n" in body, body
    (tmp_path / "terms-2024-01-02.html").write_text("<h1>Terms</h1><p>Write to {{ site.email }}.</p>",
                                                    encoding="utf-8")
    terms = convert(tmp_path / "terms-2024-01-02.html").markdown
    assert "Write to \\{\\{ site.email \\}\\}." in terms and "a@b.example" not in terms, terms


def test_a_commit_s_html_page_is_given_its_jekyll_site_s_settings(tmp_path: Path):
    """--git: an HTML page showing `{{ site.email }}` is given the settings its commit's `_config.yml` held, as a
    Markdown page is (they were read for .md pages only)."""
    import git as gitpython

    from policysite import git_sources
    from tests.helpers import git

    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "_config.yml").write_text("email: privacy@larchmont.example\n", encoding="utf-8")
    page = b"---\ntitle: Privacy\n---\n<h1>Privacy</h1><p>Write to {{ site.email }}.</p>\n"
    (tmp_path / "site" / "privacy.html").write_bytes(page)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "one")
    commit = git(tmp_path, "rev-parse", "HEAD").strip()
    params = git_sources._site_params(gitpython.Repo(tmp_path), commit, "site/privacy.html", page)
    assert params.get("_config.email") == "privacy@larchmont.example", params
