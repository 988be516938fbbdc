"""Reader29: a quoted term the French text marks as English (`<span lang="en">session cookie</span>`) keeps its
language on the changes page and on the compare page, which compare.js draws in the browser from the versions'
policy.json (WCAG 3.1.2): the words kept, deleted and inserted inside it, each stretch in a <span lang> nested in its
<del> or <ins>. Two synthetic versions, French only: the second replaces "session" by "persistent" in the term and
adds words after it; its table's row renames its cookie, the row's English cell kept."""
from __future__ import annotations

import pytest
from reader import go

from policy_repo import Served, published_in_languages

DATES = ("2022-02-01", "2023-04-12")
TERMS = ('<span lang="en">session cookie</span>', '<span lang="en">persistent cookie</span> et un témoin')


def policy_page(lang: str, n: int) -> str:
    return (f"---\ndate: {DATES[n]}\n---\n\n# Politique de confidentialité\n\n## 1. Objet\n\nNous protégeons vos "
            f"données.\n\n## 2. Témoins\n\nNous déposons un {TERMS[n]} sur votre appareil.\n\n"
            f'| Nom | Type |\n|---|---|\n| {("identifiant", "jeton")[n]} | <span lang="en">session cookie</span> |\n\n'
            f"## 3. Droits\n\nVous avez des droits ({n}).\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader29")
    return Served(base=serve(published_in_languages(folder, ("fr",), DATES, policy_page)), project=folder / "site")


PARTS = """root => [...root.querySelectorAll('.redline-section span[lang]')].map(e => [e.lang, e.parentElement.tagName,
    e.textContent])"""
WANT = [["en", "DEL", "session"], ["en", "INS", "persistent"], ["en", "P", "cookie"], ["en", "TD", "session cookie"]]


@pytest.mark.parametrize("path", [f"/fr/compare/#{DATES[0]}..{DATES[1]}", f"/fr/{DATES[1]}/changes/"])
def test_the_redlines_words_keep_the_language_the_text_marks(new_context, site, path):
    page = new_context().new_page()
    go(page, site.url(path))
    root = page.locator(".policy-compare-result" if "compare" in path else ".redline")
    root.locator(".redline-section ins").first.wait_for()
    got = root.evaluate(PARTS)
    assert got == WANT
    assert page.evaluate("document.documentElement.lang") == "fr"
