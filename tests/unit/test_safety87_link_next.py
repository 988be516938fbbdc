"""Safety hunt 87: a `<link rel="next">` of another host. Firefox prefetches the page a `next` link names, as it does a
`prefetch` one (network.prefetch-next, on by default): a request to that host on every visit, which the output check
passed as an inert link (INERT_LINKS), protocol-relative (`//evil.example/x`) or not. Material's own, naming the
site's next page, passes; `prev`, `canonical` and `alternate`, which no browser fetches, pass wherever they go."""
from __future__ import annotations

import pytest

from policysite import safety
from unit.test_safety import THEME, page


def _keys(head: str) -> list[str]:
    return [v.message.key for v in safety.check_page(page(head=head), file="en/2024-05-01/index.html",
                                                     theme_dirs=THEME)]


@pytest.mark.parametrize("href", ["//evil.example/x", "https://evil.example/x", "/\t/evil.example/x"])
def test_a_next_link_to_another_host_is_refused(href):
    assert "output.link-loads" in _keys(f'<link rel="next" href="{href}">')


@pytest.mark.parametrize("link", ['<link rel="next" href="../2024-06-01/">', '<link rel="prev" href="//evil.example/x">',
                                  '<link rel="canonical" href="https://example.test/privacy/en/latest/">',
                                  '<link rel="alternate" hreflang="fr" href="https://example.test/privacy/fr/">'])
def test_a_link_no_browser_fetches_off_the_site_passes(link):
    assert _keys(link) == []
