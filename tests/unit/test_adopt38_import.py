"""Adopt38: what `policy import` makes of a page's own template variables (liquid.py) and the other shapes of
tests/data/adoption38/, read without a build."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert


def test_a_variable_the_page_does_not_set_stays_said_and_one_set_to_unknown_words_too(tmp_path: Path):
    """A variable neither the page nor its site sets stays as written, said with its line (policy check refuses it
    until its words are written); a capture holding a condition sets words not known here, said so; Jinja's and
    Nunjucks' `{% set %}` set words as Liquid's `assign` does; code shows its tags as written."""
    source = tmp_path / "privacy-2024-01-02.md"
    source.write_text("# Privacy\n\n{% capture who %}{% if x %}Ann{% endif %}{% endcapture %}\n"
                      "{% set team = 'the privacy team' %}\n\nWrite to {{ team | capitalize }}, {{ who }} or "
                      "{{ newsletter }}.\n\n```\n{% assign a = \"b\" %}{{ team }}\n```\n", encoding="utf-8")
    converted = convert(source)
    assert "Write to The privacy team, {{ who }} or {{ newsletter }}." in converted.markdown, converted.markdown
    assert "```\n{% assign a = \"b\" %}{{ team }}\n```" in converted.markdown
    assert "if x" not in converted.markdown and "{% set" not in converted.markdown
    notes = "\n".join(converted.notes)
    assert ("line 3: left out a template tag setting who to words the import cannot know (“{% if x %}Ann{% endif "
            "%}”)") in notes, notes
    assert "line 6: template code {{ newsletter }} was left as it is" in notes, notes
    assert "line 6: wrote {{ team | capitalize }} as the words the page set team to: “The privacy team”" in notes


def test_word_s_ordinal_numbers_are_written_as_each_language_writes_them():
    """Word's `ordinal` number format outside English was drawn in bare digits (`Article 1`), said as a format the
    import cannot draw: each language's readers write an ordinal with its own ending."""
    from policysite.convert.word_numbering import _worded

    assert {lang: [_worded(n, "ordinal", lang) for n in (1, 2, 3, 21)] for lang in (
        "fr", "de", "es", "pt", "pt-br", "it", "nl", "sv", "ca", "pl", "en", "ja")} == {
        "fr": ["1er", "2e", "3e", "21e"], "de": ["1.", "2.", "3.", "21."], "es": ["1.º", "2.º", "3.º", "21.º"],
        "pt": ["1.º", "2.º", "3.º", "21.º"], "pt-br": ["1º", "2º", "3º", "21º"], "it": ["1°", "2°", "3°", "21°"],
        "nl": ["1e", "2e", "3e", "21e"], "sv": ["1:a", "2:a", "3:e", "21:a"], "ca": ["1r", "2n", "3r", "21è"],
        "pl": ["1.", "2.", "3.", "21."], "en": ["1st", "2nd", "3rd", "21st"], "ja": [None, None, None, None]}


def test_a_french_or_dutch_ordinal_numbers_its_heading_and_an_inserted_letter_still_inserts():
    from policysite.heading_numbers import heading_number

    assert heading_number("Article 2e – Données") == ("2", "Données")
    assert heading_number("Article 2ème – Données") == ("2", "Données")
    assert heading_number("Partie 1 – Généralités") == ("1", "Généralités")
    assert heading_number("Article 2a – Collection") == ("2bis", "Collection")
    assert heading_number("Article 2 sexies – Transferts") == ("2sexies", "Transferts")


def test_a_capture_never_closed_stays_and_the_variables_after_it_are_still_filled(tmp_path: Path):
    """A capture's opening tag with no closing one sets nothing (it stays, said as template code); the tags after it
    are read as before (found apart from its closing tag: a page of such openings is read once, not once each)."""
    source = tmp_path / "privacy-2024-01-02.md"
    source.write_text("# Privacy\n\n{% capture draft %}Not finished.\n\n{% assign team = \"the privacy team\" %}\n\n"
                      "Write to {{ team }}.\n", encoding="utf-8")
    converted = convert(source)
    assert "Write to the privacy team." in converted.markdown, converted.markdown
    assert "Not finished." in converted.markdown
