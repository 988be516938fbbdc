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
