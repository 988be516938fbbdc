"""Reader31: the parts the document's title marks as written in another language (`# Politique de <span lang="en">
cookies</span>`) keep their language on the compare page and the changes page, in the preamble's title line, each
stretch in a <span lang> inside its <del> or <ins>; also against a version published before policy.json said them
(format 11, its policy.json as then written), whose title's parts the compare page reads from its page's <h1>, as it
reads a format 10 version's sections' titles' from its headings."""
from __future__ import annotations

import json

import pytest
from reader import go

from policy_repo import Served, published_in_languages

DATES = ("2022-02-01", "2023-04-12")
TITLES = ('Politique de <span lang="en">session cookies</span>', 'Politique des <span lang="en">tracking cookies</span>')
HEADINGS = ('Les <span lang="en">session cookies</span> de session', 'Les <span lang="en">tracking cookies</span> persistants')


def policy_page(lang: str, n: int) -> str:
    return (f"---\ndate: {DATES[n]}\n---\n\n# {TITLES[n]}\n\n## 1. Objet\n\nNous protégeons vos données.\n\n"
            f"## 2. {HEADINGS[n]}\n\nNous déposons des témoins sur votre appareil.\n\n## 3. Droits\n\nVous avez des "
            f"droits ({n}).\n")


def _as_published_before(public, form: int) -> None:
    """The first version's policy.json as a format `form` export wrote it: no `title_parts`, before 11 no `parts`."""
    path = public / "fr" / DATES[0] / "policy.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["format"] = form
    doc.pop("title_parts")
    for section in doc["sections"] if form < 11 else ():
        section.pop("parts", None)
        for block in section["blocks"]:
            block.pop("parts", None)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module", params=[12, 11, 10])
def site(tmp_path_factory, serve, request) -> Served:
    folder = tmp_path_factory.mktemp(f"reader31-titles-{request.param}")
    public = published_in_languages(folder, ("fr",), DATES, policy_page)
    if request.param < 12:
        _as_published_before(public, request.param)
    return Served(base=serve(public), project=folder / "site")


PARTS = """(root, selector) => [...root.querySelectorAll(selector)].map(e => [e.lang, e.parentElement.tagName,
    e.textContent.trim()])"""


@pytest.mark.parametrize("path", [f"/fr/compare/#{DATES[0]}..{DATES[1]}", f"/fr/{DATES[1]}/changes/"])
def test_the_documents_title_parts_keep_their_language_in_the_redline(new_context, site, path):
    page = new_context().new_page()
    go(page, site.url(path))
    root = page.locator(".policy-compare-result" if "compare" in path else ".redline")
    root.locator(".redline-section ins").first.wait_for()
    titles = root.evaluate(f"root => [...root.querySelectorAll('.redline-title')].map(e => ({PARTS})(e, 'span[lang]'))")
    said = [["en", "DEL", "session"], ["en", "INS", "tracking"], ["en", "P", "cookies"]]  # (the old side's deleted)
    assert titles == [said, said], titles  # the document's, then §2's
    assert root.evaluate(f"root => ({PARTS})(root, '.redline-summary a span[lang]')") == [
        ["en", "A", "tracking cookies"]]
    page.close()
