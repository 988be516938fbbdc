"""Safety hunt 64: a fresh attacker on the gate, each input tried through `policy check` and `policy history` (the
integration side: tests/integration/test_gate_catalogue64_history.py). What reached gh-pages is here, fixed where every entry
meets (the output check on the published page, the character classes every reading shares); what was refused already
is listed in the session's closing note.

1. Words hidden in characters that draw nothing: runs of default-ignorable code points the class of hidden runs did not
   hold (U+206A… the deprecated format characters, U+1D173… music's, U+1BCA0… Duployan's, Khmer's inherent vowels,
   the unassigned U+2065, U+FFF0… and the rest of plane 14), and any run written as named references
   (`&ZeroWidthSpace;&NoBreak;&it;&ic;`), which the source's reading kept as written and the browser decodes.
2. A link whose words show an address with ideographic full stops (`www。cnil。fr`), which a browser reads as
   www.cnil.fr once typed, going to another host unsaid.
3. A link whose words are a domain alone written in capitals (`CNIL.FR`) or capitalised (`Google.com`), read as a name
   where the same words in small letters were read as the address they are, going to another host unsaid.
5. A link whose words name a section by its number (`section 2`, `Article 5`, `§ 3`) going to another numbered
   section of the page: `[section 5](#s1)`. The output check and `policy check` (editorial.link-text) say it; an import
   removes such a link's target (a Word cross-reference not updated since its articles were renumbered), said.
4. An imported page's list counting down (`<ol reversed>`: 3, 2, 1 on its page) imported numbered 1, 2, 3 without a
   note: the archive's version in force said otherwise than its readers read."""
from __future__ import annotations

import pytest

from policysite import characters, safety
from policysite.messages import said_in
from unit.test_safety import THEME, page


def _said(article: str) -> list[str]:
    return [said_in(v.message, "en") for v in safety.check_page(page(article), file="en/2001-01-02/index.html",
                                                                 theme_dirs=THEME)]


# name: characters, written as the page holds them (raw, or as references the browser decodes)
RUNS = {
    "deprecated format characters": "\u206a\u206b\u206c\u206d\u206e\u206f",
    "musical format controls": "\U0001d173\U0001d174\U0001d175\U0001d176",
    "shorthand format controls": "\U0001bca0\U0001bca1\U0001bca2\U0001bca3",
    "Khmer inherent vowels": "\u17b4\u17b5\u17b4\u17b5",
    "unassigned U+2065": "\u2065\u2065\u2065",
    "unassigned specials": "\ufff0\ufff1\ufff2\ufff3",
    "unassigned plane 14": "\U000e0080\U000e0081\U000e01f0\U000e0fff",
    "Mongolian variation selectors": "\u180b\u180c\u180d\u180f",
    "named references": "&ZeroWidthSpace;&NoBreak;&it;&ic;&af;&zwnj;&zwj;",
    "named soft hyphens": "&shy;&shy;&shy;&shy;",
    "numeric references": "&#x206A;&#x206B;&#x206C;",
}


@pytest.mark.parametrize("name", list(RUNS))
def test_a_run_of_characters_that_draw_nothing_is_refused_by_the_output_check(name):
    said = _said(f"<p>We keep your data.{RUNS[name]} Nothing else.</p>")
    assert any(message.startswith("<p> holds") and "draw nothing" in message for message in said), said


@pytest.mark.parametrize("name", list(RUNS))
def test_the_source_names_the_line_of_such_a_run(name):
    found = characters.controls(f"# Policy\n\nWe keep your data.{RUNS[name]} Nothing else.\n", "docs/en/index.md")
    assert [(f.line, f.rule) for f in found] == [(3, "text.control")], found


def test_zero_width_characters_scattered_as_named_references_are_refused_both_ways():
    words = "We&ZeroWidthSpace; keep&zwnj; your&zwj; data&NoBreak; for&ZeroWidthSpace; one year."
    assert any("draw nothing" in message for message in _said(f"<p>{words}</p>"))
    assert [f.line for f in characters.controls(f"# Policy\n\n{words}\n", "x.md")] == [3]


def test_the_output_check_says_a_run_once_where_a_list_item_holds_its_paragraph():
    said = _said("<ul><li><p>We keep your data.\u206a\u206b\u206c\u206d</p></li></ul>")
    assert len([message for message in said if "draw nothing" in message]) == 1, said


@pytest.mark.parametrize("words", [
    "Persian: می\u200cخواهم, and a German Schiff\u00adfahrt.",  # one non-joiner, one soft hyphen
    "A family: 👨\u200d👩\u200d👧, a flag 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f.",
    "Mongolian: ᠮᠣᠩᠭᠣᠯ\u180b ᠪᠢᠴᠢᠭ.",  # one variation selector after a letter
    "Fish &amp; chips, 10&nbsp;%, &laquo;quoted&raquo;, &eacute;t&eacute;.",
])
def test_writing_that_needs_such_characters_passes_both_ways(words):
    assert not [message for message in _said(f"<p>{words}</p>") if "draw nothing" in message]
    assert characters.controls(f"# Policy\n\n{words}\n", "x.md") == []


@pytest.mark.parametrize("shown", ["www。cnil。fr", "www｡cnil｡fr", "https://www。cnil。fr/"])
def test_a_link_showing_an_address_with_ideographic_full_stops_goes_where_it_shows(shown):
    said = _said(f'<p><a href="https://evil.example/">{shown}</a></p>')
    assert any("www.cnil.fr but goes to https://evil.example/" in message for message in said), said
    assert _said(f'<p><a href="https://www.cnil.fr/">{shown}</a></p>') == []


def test_a_japanese_sentence_ending_in_a_full_stop_is_no_address():
    assert safety.shown_address("https://www.cnil.fr/", "CNILのサイトをご覧ください。") == ""
    assert safety.shown_address("https://evil.example/", "プライバシーポリシー。詳細はこちら。") == ""


@pytest.mark.parametrize("shown", ["CNIL.FR", "Google.com", "CNIL.fr/plaintes", "(WWW.CNIL.FR)"])
def test_a_link_showing_a_domain_alone_in_capitals_goes_where_it_shows(shown):
    said = _said(f'<p><a href="https://evil.example/">{shown}</a></p>')
    assert any("but goes to https://evil.example/" in message for message in said), said


@pytest.mark.parametrize(("shown", "href"), [("CNIL.FR", "https://www.cnil.fr/"),
                                             ("Google.com", "https://policies.google.com/privacy"),
                                             ("Socket.IO", "https://example.org/"), ("Node.js", "https://example.org/"),
                                             ("U.S.", "https://example.org/"), ("Article 5.", "https://example.org/")])
def test_a_domain_in_capitals_where_it_goes_or_a_name_passes(shown, href):
    assert safety.shown_address(href, shown) == ""


@pytest.mark.parametrize(("listing", "labels"), [
    ("<ol reversed><li>Three.</li><li>Two.</li><li>One.</li></ol>", ["3. Three.", "2. Two.", "1. One."]),
    ('<ol reversed start="10"><li>Ten.</li><li value="4">Four.</li><li>Three.</li></ol>',
     ["10. Ten.", "4. Four.", "3. Three."]),
    ('<ol reversed type="a"><li>C.</li><li>B.</li><li>A.</li></ol>', ["c. C.", "b. B.", "a. A."]),
])
def test_an_imported_list_counting_down_keeps_the_numbers_its_page_showed(listing, labels):
    from policysite.convert.notes import Notes
    from policysite.convert.to_markdown import html_to_markdown

    notes = Notes()
    written = html_to_markdown(f"<p>Kept in this order:</p>{listing}", notes)
    assert [line.removeprefix("- ").replace("\\.", ".") for line in written.splitlines() if line.startswith("- ")] \
        == labels, written
    assert notes.sentences(), written


@pytest.mark.parametrize(("article", "said"), [
    ("We keep your data.&ZeroWidthSpace;&NoBreak;&it;&ic; Nothing else.", "<article> holds"),
    ("<div>We keep your data.\u206a\u206b\u206c\u206d Nothing else.</div>", "<article> holds"),
    ('<p><abbr title="GDPR&ZeroWidthSpace;&NoBreak;&it;&ic;">GDPR</abbr> applies.</p>', "<abbr title=…> holds"),
    ('<p><img alt="Logo\u206a\u206b\u206c\u206d" src="logo.png"></p>', "<img alt=…> holds"),
    ('<p><a href="#s2" aria-label="Rights\U000e0080\U000e0081\U000e0082">Rights</a></p>', "<a aria-label=…> holds"),
])
def test_such_a_run_outside_a_block_or_in_words_a_reader_hears_is_refused(article, said):
    assert any(message.startswith(said) and "draw nothing" in message for message in _said(article)), _said(article)


_SECTIONS = '<h2 id="s3">3. Rights</h2><p>You may object.</p><h3 id="s3-1">3.1 Access<span class="policy-alias" id="x"></span></h3>'


@pytest.mark.parametrize(("words", "target"), [("section 3", "s2"), ("Article 5", "s3"), ("§ 2", "s3-1"),
                                               ("2", "s3"), ("Section III", "s2"), ("section 2", "x")])
def test_a_link_naming_a_section_by_its_number_goes_to_that_section(words, target):
    said = _said(f'{_SECTIONS}<p>As <a href="#{target}">{words}</a> says.</p>')
    assert any(message.startswith("the link shows section ") and "but goes to the section" in message
               for message in said), said


@pytest.mark.parametrize(("words", "target"), [("section 2", "s2"), ("§ 3", "s3"), ("Article III", "s3"),
                                               ("section 3", "s3-1"), ("3.1", "x"), ("the rights", "s3"),
                                               ("2021", "s3"), ("page 3", "s2")])
def test_a_link_to_the_section_its_words_name_or_naming_none_passes(words, target):
    assert _said(f'{_SECTIONS}<p>As <a href="#{target}">{words}</a> says.</p>') == []


def test_policy_check_names_the_line_of_such_a_link():
    from policysite import document, editorial

    policy = document.parse("# Policy\n\n## 1. Scope\n\nText.\n\n## 2. Rights\n\nAs [section 2](#s1) says, and "
                            "[section 1](#s1).\n", path="docs/en/index.md", lang="en")
    found = [f for f in editorial.check(policy, brand="Example") if f.rule == "editorial.link-text"]
    assert [f.line for f in found] == [9], found


def test_an_import_removes_the_target_of_a_cross_reference_to_another_section_said():
    from policysite import importer
    from policysite.convert.notes import Notes

    notes = Notes()
    written = importer._land_links("# Policy\n\n## 1. Scope\n\nSee [Article 4](#s5).\n\n## 5. Rights\n\n"
                                   "As [Article 5](#s5) says.\n", notes, lang="en")
    assert "See Article 4.\n" in written and "As [Article 5](#s5) says." in written, written
    assert any("the link shows section 4 but goes to the section 5" in n for n in notes.sentences()), notes.sentences()


def test_an_imported_number_drawn_right_to_left_by_an_override_is_written_as_shown(tmp_path):
    """`<bdo dir="rtl">03</bdo> days` is drawn "30 days" (an override draws digits in its order as it does letters):
    the import wrote "03 days" without a word, where it writes letters as shown."""
    from policysite.convert import convert

    source = tmp_path / "privacy-2023-01-01.html"
    source.write_text('<html><body><main><h1>P</h1><h2>1. Keeping</h2><p>We keep it <bdo dir="rtl">03</bdo> days, '
                      '<span style="direction:rtl;unicode-bidi:bidi-override">2.1</span> years at most.</p></main>'
                      "</body></html>", encoding="utf-8")
    converted = convert(source)
    assert "We keep it 30 days, 1.2 years at most." in converted.markdown, converted.markdown
    assert "“30”" in "\n".join(converted.notes), converted.notes
