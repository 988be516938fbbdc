"""Adopt54: Jekyll's `{% raw %}` … `{% endraw %}` shows what is between as written (a policy naming an e-mail
template's placeholders, `{{ order_id }}`). The import removed the markers and left the braces (one right before
`{% endraw %}` also said as a kramdown attribute list), which `policy check` refused as template code the old site had
filled in, and `{{ page.email }}` inside was filled in, which the old site had not done. Each piece of template code
inside is now written as code, the markers left out, said at its line; fenced code stays as written; the page's
`{{ page.email }}` outside the region is still its front matter's words."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "jekyll-raw-2021-08-09.md"


def test_template_code_inside_raw_is_shown_as_written_and_passes_the_check():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert markdown.count("raw %}") == 2, markdown  # (the fence's)
    assert "placeholders such as `{{ first_name }}` and `{{ order_id }}`. We store" in markdown, markdown
    assert "In a template, `{{ unsubscribe_link }}` is replaced by your own link, and `{{ page.email }}` by your" \
           in markdown, markdown
    assert "```\n{% raw %}Hello {{ first_name }},{% endraw %}\n```" in markdown, markdown
    assert "Write to privacy@copperkettle.example." in markdown, markdown
    notes = [str(note) for note in converted.notes]
    assert not any("attribute list" in note for note in notes), notes
    assert any(note.startswith("line 11: ") and "“{{ order_id }}”" in note and "written as code" in note
               for note in notes), notes
    assert any(note.startswith("line 13: ") and "“{{ unsubscribe_link }}”, “{{ page.email }}”" in note
               for note in notes), notes
    page = f"---\ndate: 2021-08-09\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
