"""Adopt44: real policies' shapes imported without rewording, each failure fixed in the converter (session 52)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert
from policysite.convert.language_runs import one_language

DATA = Path(__file__).parents[1] / "data" / "adoption44"


def _read(source: Path, lang: str) -> tuple[str, list[str]]:
    """The text `policy import --lang lang` reads of `source`, and what it says of the part it reads."""
    markdown, _title, notes = one_language(convert(source, lang=lang).markdown, lang)
    return markdown, [messages.said_in(note, lang) for note in notes]


def test_each_language_s_part_keeps_its_own_title_and_date_line_on_a_page_in_two_languages():
    """A bilingual page (`# Politique de confidentialité / Privacy Policy`, then the French part under its own
    `## Politique de confidentialité` over sections 1, 2, 3, then the English part under `## Privacy Policy`, numbered
    again): the cut fell at the English `1.`, so the French text ended with the English title and date line ("In force
    from October 3, 2022") and the English import lost them. Each import reads its part, its date line in it, the
    part's title under the title kept left out, said."""
    source = DATA / "politique-privacy-2022-10-03.html"
    french, said = _read(source, "fr")
    assert french.startswith("# Politique de confidentialité\n\nEn vigueur le 3 octobre 2022\n\n## 1. Qui "
                                      "sommes-nous\n"), french
    assert "Privacy" not in french and "In force" not in french, french
    assert "omis le titre «\u00a0Politique de confidentialité\u00a0» au-dessus de la partie lue\u00a0: le titre gardé " \
           "au-dessus d'elle, répété" in said, said
    english, said = _read(source, "en")
    assert english.startswith("# Privacy Policy\n\nIn force from October 3, 2022\n\n## 1. Who we are\n"), english
    assert "Qui sommes" not in english and "En vigueur" not in english, english
    assert any(note.startswith("the page sets its text in two languages one after the other, unmarked: read the 4 "
                               "sections in English (“Privacy Policy” …); left out the 4 sections") for note in said), said
    assert "left out the heading “Privacy Policy” over the part read: the title kept above it, again" in said, said


def test_a_jump_menu_s_label_goes_with_it_and_both_are_said():
    """A WordPress page's `Jump to: <select onchange=…>` over sections: the menu was removed, said only as "removed 1
    <select> element", and its label "Jump to:" stayed alone as the policy's first paragraph. The paragraph holding
    only the menu and its label is left out, said with their words; a menu inside a sentence leaves the sentence."""
    converted = convert(DATA / "privacy-policy-2020-02-10.html", lang="en")
    assert "Jump to" not in converted.markdown and "Choose a section" not in converted.markdown, converted.markdown
    assert converted.markdown.startswith("# Privacy Policy\n\n*This policy was last changed on 10 February 2020.*\n\n"
                                         "## 1. Definitions\n"), converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert ("left out 1 drop-down menu of the page's places (its options going to sections or pages, a label before "
            "it): the old site's navigation, not the policy's words: “Jump to: Choose a section… · Definitions · Data we "
            "hold · Children”") in said, said
    assert not any("<select>" in note for note in said), said


def test_a_menu_inside_a_longer_paragraph_leaves_the_paragraph(tmp_path: Path):
    source = tmp_path / "privacy-2020-01-01.html"
    source.write_text('<html><body><h1>Privacy</h1><p>Our notice for your country is below, or choose another one '
                      'here: <select><option value="/fr/privacy">France</option><option value="/de/privacy">Germany'
                      '</option></select></p><h2>1. Data</h2><p>Your name.</p></body></html>', encoding="utf-8")
    converted = convert(source, lang="en")
    assert "Our notice for your country is below, or choose another one here:" in converted.markdown
    assert "Germany" not in converted.markdown, converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.endswith("not the policy's words: “France · Germany”") for note in said), said


def test_a_notion_export_s_own_date_line_under_its_title_is_kept(tmp_path: Path):
    """A Notion page exported as Markdown (its id in its name) whose text opens on its date line, `Last updated: May
    2, 2024`, alone under its title: it was left out as the page's properties, the text losing its date line. A line
    alone, no name Notion gives a property, saying a year, is the text's; Notion's own (`Last edited time: …`) and a
    block of properties still go."""
    name = "Privacy 2024-05-02 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md"
    source = tmp_path / name
    source.write_text("# Privacy\n\nLast updated: May 2, 2024\n\n## 1. Data\n\nYour e-mail address.\n", encoding="utf-8")
    assert convert(source, lang="en").markdown.startswith("# Privacy\n\nLast updated: May 2, 2024\n\n## 1. Data")
    for properties in ("Last edited time: May 2, 2024 3:04 PM", "Owner: Legal\nEffective date: May 2, 2024"):
        source.write_text(f"# Privacy\n\n{properties}\n\n## 1. Data\n\nYour e-mail address.\n", encoding="utf-8")
        converted = convert(source, lang="en")
        assert converted.markdown.startswith("# Privacy\n\n## 1. Data"), converted.markdown


def test_a_consent_tool_s_cookies_listed_as_label_and_value_pairs_are_a_table():
    """CookieYes writes each cookie as a list of label and value pairs (`<li><div>Cookie</div><div>_ga</div></li>`),
    drawn side by side by its stylesheet: each label and value was a bullet's paragraphs, "Cookie" over "_ga", for every
    cookie. Lists of the same labels one after the other are the table they list, and a category's single cookie
    under those labels a table too, said."""
    converted = convert(DATA / "cookie-policy-2024-04-15.html", lang="en")
    assert ("| Cookie | Duration | Description |\n| --- | --- | --- |\n| \\_ga | 1 year 1 month 4 days | Set by an "
            "analytics service to count visits and sessions. |\n| \\_gid | 1 day | Stores a unique value for each page "
            "visited. |\n\n### Necessary\n\n| Cookie | Duration | Description |\n| --- | --- | --- |\n| "
            "cookieyes-consent | 1 year | Remembers your consent preferences. |") in converted.markdown, \
        converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("3 lists one after the other, each item a label and its value in the same labels "
                               "(Cookie · Duration · Description") for note in said), said


def test_a_list_of_label_and_value_pairs_alone_stays_a_list(tmp_path: Path):
    source = tmp_path / "privacy-2020-01-01.html"
    source.write_text("<html><body><h1>Privacy</h1><ul><li><b>Controller</b><span>Acme Ltd</span></li><li><b>DPO</b>"
                      "<span>dpo@acme.example</span></li></ul><h2>1. Data</h2><p>Your name.</p></body></html>",
                      encoding="utf-8")
    assert "|" not in convert(source, lang="en").markdown
