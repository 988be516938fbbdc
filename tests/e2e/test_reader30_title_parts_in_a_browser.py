"""Reader30: a part a section's heading marks as written in another language (`## 2. Les <span lang="en">cookies
</span> de session`) keeps its language on the changes page and on the compare page (which compare.js draws from the
versions' policy.json): the heading, the summary's link and the renamed title's line, each stretch of the part in a
<span lang>, nested in its <del> or <ins>. Two synthetic French versions; the second renames §2, its part kept and
grown."""
from __future__ import annotations

import pytest
from reader import go

from policy_repo import Served, published_in_languages

DATES = ("2022-02-01", "2023-04-12")
TITLES = ('Les <span lang="en">cookies</span> de session', 'Les <span lang="en">tracking cookies</span> persistants')


def policy_page(lang: str, n: int) -> str:
    return (f"---\ndate: {DATES[n]}\n---\n\n# Politique de confidentialité\n\n## 1. Objet\n\nNous protégeons vos "
            f"données.\n\n## 2. {TITLES[n]}\n\nNous déposons des témoins sur votre appareil.\n\n"
            f"## 3. Droits\n\nVous avez des droits ({n}).\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader30-titles")
    return Served(base=serve(published_in_languages(folder, ("fr",), DATES, policy_page)), project=folder / "site")


PARTS = """(root, selector) => [...root.querySelectorAll(selector)].map(e => [e.lang, e.parentElement.tagName,
    e.textContent.trim()])"""


@pytest.mark.parametrize("path", [f"/fr/compare/#{DATES[0]}..{DATES[1]}", f"/fr/{DATES[1]}/changes/"])
def test_a_titles_part_keeps_its_language_in_the_redline(new_context, site, path):
    page = new_context().new_page()
    go(page, site.url(path))
    root = page.locator(".policy-compare-result" if "compare" in path else ".redline")
    root.locator(".redline-section ins").first.wait_for()
    assert page.evaluate(PARTS.replace("(root, selector)", "(selector)").replace("root.", "document."),
                         ".redline-section h2 span[lang]") == [["en", "H2", "tracking cookies"]]
    assert root.evaluate(f"root => ({PARTS})(root, '.redline-title span[lang]')") == [
        ["en", "INS", "tracking"], ["en", "P", "cookies"]]
    assert root.evaluate(f"root => ({PARTS})(root, '.redline-summary a span[lang]')") == [
        ["en", "A", "tracking cookies"]]
    assert page.evaluate("document.documentElement.lang") == "fr"
