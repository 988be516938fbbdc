"""A link whose scheme is written in capitals (`HTTPS://…`): the output check refuses it at publish (safety89: on paper
the site prints a link's address for a lower-case scheme only). `policy check` says it first, at the link's line, for
a Markdown link and a raw <a>; `policy import` writes the scheme in lower case, said, so an imported policy publishes."""
from __future__ import annotations

from pathlib import Path

import pytest

from unit.test_convert import converted_text
from unit.test_editorial import BODY_LINE, found


@pytest.mark.parametrize("link", ["[our partner](HTTPS://partner.example/privacy)",
                                  '<a href="HTTPS://partner.example/privacy">our partner</a>',
                                  "[our partner](Mailto:dpo@partner.example)"])
def test_check_says_a_scheme_in_capitals_at_the_links_line(link):
    findings = found(f"Une première ligne.\n\nRead {link}.")
    assert [(line, rule) for line, rule, _message in findings] == [(BODY_LINE + 2, "editorial.link-target")], findings
    assert "writes its scheme in capitals" in findings[0][2] and "no address" in findings[0][2]


def test_check_is_silent_on_a_lower_case_scheme():
    assert found("Une première ligne.\n\nRead [our partner](https://partner.example/PATH) or "
                 '<a href="mailto:DPO@partner.example">write</a>.') == []


def test_import_writes_a_scheme_in_lower_case_and_says_so(tmp_path: Path):
    page = ('<main><h1>Privacy</h1><p>Read <a href="HTTPS://www.cnil.fr/fr/plaintes">the CNIL\'s page</a> or '
            '<a href="Mailto:dpo@example.com">write to us</a>.</p></main>')
    converted = converted_text(tmp_path, "privacy-2024-06-01.html", page)
    assert "[the CNIL's page](https://www.cnil.fr/fr/plaintes)" in converted.markdown, converted.markdown
    assert "[write to us](mailto:dpo@example.com)" in converted.markdown, converted.markdown
    notes = "\n".join(converted.notes)
    assert "link “the CNIL's page”: wrote its scheme HTTPS: in lower case, https:, as the site publishes it" in notes, \
        notes
    assert "HTTPS" not in converted.markdown and "Mailto" not in converted.markdown
