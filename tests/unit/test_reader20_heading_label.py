"""Reader20, session 45: a changes page's section heading marks its number's label, in its language's words
(`Madde 2`, `סעיף 2 → סעיף 3`, `第2条`), apart from its title: the version selector (policy.js) finds a section in
another version by its title alone. The label and the rest are the heading the other renderers print."""
from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from policysite import document, strings
from policysite.build import sandboxed
from policysite.redline import engine, render

ROOT = Path(__file__).resolve().parents[2]


def _policy(titles: list[str], said: str, *, lang: str, date: str) -> document.Policy:
    body = "".join(f"## {n}. {t}\n\n{said if t == 'Droits' else t + '.'}\n\n" for n, t in enumerate(titles, 1))
    return document.parse(f"---\ndate: {date}\n---\n# T\n\n{body}", path=f"{lang}/index.md", lang=lang)


@pytest.mark.parametrize("lang", sorted(strings.REDLINE_STRINGS))
def test_each_heading_marks_its_label_and_reads_as_the_other_renderers_name_it(lang: str) -> None:
    old = _policy(["Objet", "Droits", "Fin"], "Un.", lang=lang, date="2021-02-17")
    new = _policy(["Objet", "Cookies", "Droits", "Fin"], "Deux.", lang=lang, date="2022-03-01")
    redline = engine.diff(old, new)
    env = sandboxed(Environment(loader=FileSystemLoader(str(ROOT / "overrides"))))
    tree = LexborHTMLParser(render.render_html(redline, env=env, lang=lang))
    t = strings.redline_labels(lang)
    word = t["section"]
    shown = {s.new_title: s for s in redline.sections if s.kind != "unchanged"}
    headings = {h.css_first(".redline-label").text(): h for h in tree.css(".redline-section h2")}
    added = document.label_of("2", word=word)
    moved = f"{document.label_of('2', word=word)} → {document.label_of('3', word=word)}"
    assert added in headings and moved in headings, list(headings)
    for label, title in ((added, "Cookies"), (moved, "Droits")):
        parts = render.heading_parts(shown[title], t)
        assert parts[0] == label and parts[1].strip() == title, parts
        assert "".join(parts) == render._heading(shown[title], t)  # the summary's, the PDF's and Word's
        status = headings[label].css_first(".redline-status").text()
        assert headings[label].text() == label + parts[1] + strings.aside_marks(lang)[0] + status


def test_a_heading_without_a_number_has_no_label() -> None:
    old = document.parse("---\ndate: 2021-02-17\n---\n# T\n\n## Objet\n\nUn.\n", path="en/index.md", lang="en")
    new = document.parse("---\ndate: 2022-03-01\n---\n# T\n\n## Objet\n\nDeux.\n", path="en/index.md", lang="en")
    section = next(s for s in engine.diff(old, new).sections if s.kind != "unchanged")
    assert render.heading_parts(section, strings.redline_labels("en")) == ("", "Objet")
