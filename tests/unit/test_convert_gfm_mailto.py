"""GFM's extended protocol autolink (session 39's lead, adoption hunt 20): `mailto:dpo@example.org` written bare is one
link on GitHub, Docusaurus and Hugo, its words `mailto:` included; it was imported as "mailto:" then a link."""
from __future__ import annotations

import markdown

from policysite.convert import markdown_source


def test_a_bare_mailto_address_is_one_link_as_gfm_showed_it():
    text = "# Privacy\n\n## 1. Contact\n\nWrite to mailto:dpo@example.org. Or to privacy@example.org.\n"
    body = markdown_source.convert(text.encode("utf-8"), name="privacy-2021-07-12.md").markdown
    assert "Write to [mailto:dpo@example.org](mailto:dpo@example.org). Or to <privacy@example.org>.\n" in body, body
    html = markdown.Markdown().convert(body)
    assert '<a href="mailto:dpo@example.org">mailto:dpo@example.org</a>.' in html, html
