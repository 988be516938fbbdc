"""safety98: a mail link to a mailbox under an internationalised domain (`[datenschutz@bücher.de](mailto:datenschutz@
bücher.de)`, as `policy import` writes a German page's `<a href="mailto:datenschutz@bücher.de">`) failed `policy
check` with render.read-apart, "which the checks do not read as a link": the model writes the domain in punycode
(`mailto:datenschutz@xn--bcher-kva.de`), the page as written, and rendering._address undid punycode only in a URL's
host, which a mailto: address has none of. Its domain is now read as the browser shows it too."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import rendering
from policysite.convert import convert


def _read_apart(body: str) -> list[str]:
    raw = f"---\ndate: 2024-04-01\n---\n\n# Datenschutz\n\n## 1. Kontakt\n\n{body}\n"
    return [str(f) for f in rendering.check(raw, path="docs/de/index.md", lang="de", script_globals=frozenset())
            if f.rule == rendering.RULE_READ]


@pytest.mark.parametrize("body", [
    "E-Mail: [datenschutz@bücher.de](mailto:datenschutz@bücher.de)",
    "Почта: [privacy@пример.рф](mailto:privacy@пример.рф)",
    "Mail: [uns](mailto:datenschutz@bücher.de?subject=Auskunft) schreiben.",
    "E-Mail: [datenschutz@bücher.de](mailto:datenschutz@xn--bcher-kva.de)",
])
def test_a_mail_link_to_an_internationalised_domain_is_read_as_the_page_links_it(body) -> None:
    assert _read_apart(body) == []


def test_an_imported_page_s_mail_link_to_an_internationalised_domain_passes(tmp_path: Path) -> None:
    source = tmp_path / "datenschutz-2024-04-01.html"
    source.write_text("<main><h1>Datenschutz</h1><h2>1. Kontakt</h2><p>E-Mail: <a href='mailto:datenschutz@bücher.de'>"
                      "datenschutz@bücher.de</a></p></main>", encoding="utf-8")
    converted = convert(source)
    assert "(mailto:datenschutz@bücher.de)" in converted.markdown
    raw = f"---\ndate: 2024-04-01\n---\n\n{converted.markdown}"
    assert [f for f in rendering.check(raw, path="docs/de/index.md", lang="de", script_globals=frozenset())
            if f.rule == rendering.RULE_READ] == []
