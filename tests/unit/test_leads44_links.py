"""Leads 44: a link to a web address naming no host (`href="http://"`) is found by the gate and by the checks, as one
no URL parser reads was (session 43)."""
from __future__ import annotations

import pytest

from policysite import document, editorial, safety
from policysite.messages import said_in
from unit.test_safety import THEME, page


@pytest.mark.parametrize("href", ["http://", "https://", "HTTPS://", "//", "https://:443/", "http://?q=1", "http://#a",
                                  "https://user@/", "http:\\\\"])
def test_a_link_to_no_host_is_found_in_a_published_page_and_in_the_text(href):
    """`<a href="http://">` (a link dialog left as it opens) passed the gate: a link a browser cannot follow."""
    found = [v.message for v in safety.check_page(page(f'<p>See <a href="{href}">our site</a>.</p>'),
                                                  file="en/2021-02-17/index.html", theme_dirs=THEME)]
    assert [str(m).split("”")[1] for m in found] == [" names no host a browser can read (between its // and the next /)"
                                                     ": no reader can follow it; write the page's full address"], found
    assert said_in(found[0], "fr").startswith("le lien vers «\u00a0")
    policy = document.parse(f"---\ndate: 2030-01-15\n---\n\n# Synthetic\n\n## 1. One\n\nSee [our site]({href}).\n",
                            path="docs/en/index.md", lang="en")
    checked = [(f.line, str(f.message)) for f in editorial.check(policy, brand="DialOnce")
               if "names no host" in str(f.message)]
    assert [line for line, _message in checked] == [9], checked


@pytest.mark.parametrize("href", ["https://example.test/", "http:///example.test/", "/en/", "#s1", "mailto:a@b.test",
                                  "page//x"])
def test_a_link_with_a_host_or_none_needed_is_no_hostless_link(href):
    """(`http:///example.test/` is `http://example.test/` to a browser: a host.)"""
    assert not any("names no host" in str(m) for m in safety.deceptive_link(href, ""))
