"""A link imported with a title the import removes (one naming another address, or words neither the link nor the page
show) and a scheme in capitals (`HTTPS://…`, `Mailto:`): the import rewrote the link without its title but kept the
scheme as written, so the imported policy was refused at publication (on paper the site prints a link's address for a
lower-case scheme only; safety89, left open by safety89's catalogue at convert/neutralise.py:285)."""
from __future__ import annotations

from pathlib import Path

import pytest

from unit.test_convert import converted_text


@pytest.mark.parametrize("title", ["https://www.example.org/other", "Opens in a new window and we keep it forever"])
@pytest.mark.parametrize(("href", "lower"), [("HTTPS://www.cnil.fr/fr/plaintes", "https://www.cnil.fr/fr/plaintes"),
                                             ("Http://www.cnil.fr/", "http://www.cnil.fr/")])
def test_a_titled_link_loses_its_title_and_its_capitals(tmp_path: Path, title: str, href: str, lower: str):
    page = f'<main><h1>Privacy</h1><p>Read <a href="{href}" title="{title}">the CNIL</a> page.</p></main>'
    converted = converted_text(tmp_path, "privacy-2024-06-01.html", page)
    assert f"[the CNIL]({lower})" in converted.markdown, converted.markdown
    assert href not in converted.markdown and title not in converted.markdown, converted.markdown
    notes = "\n".join(converted.notes)
    assert f"link “the CNIL”: wrote its scheme {href.split(':')[0]}: in lower case" in notes, notes


def test_a_titled_mailto_in_capitals_is_written_in_lower_case(tmp_path: Path):
    page = ('<main><h1>Privacy</h1><p>Please <a href="MAILTO:dpo@example.com" title="Opens your mail program now">'
            'write to us</a>.</p></main>')
    converted = converted_text(tmp_path, "privacy-2024-06-01.html", page)
    assert "[write to us](mailto:dpo@example.com)" in converted.markdown, converted.markdown
    assert "MAILTO" not in converted.markdown
