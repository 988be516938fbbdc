"""A list item numbered anew, its words the same (an item inserted or removed before it), is shown with its number
changed by every redline (redline19): the Word and PDF redlines revise its number ("[−1.] [+2.]"), and the changes
page, `policy diff`'s text and Markdown left it out among the unchanged blocks, the text citing "item 3" of a list
whose item 3 was now another."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite import redline
from unit.test_redline import policy
from unit.test_redline9 import _body

ITEMS = ["Premier élément de la liste", "Deuxième élément de la liste", "Troisième élément de la liste"]


def _list(items: list[str], *, start: int = 1) -> str:
    return "\n".join(f"{start + k}. {item}" for k, item in enumerate(items))


@pytest.fixture(scope="module")
def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01"))


def _numbers(html: str) -> list[tuple[str, str]]:
    """Each item the changes page shows: its number as the page reads it (deleted words "-n", inserted "+n"), and
    its words."""
    tree = LexborHTMLParser(html)
    for node in tree.css(".redline-sr"):
        node.decompose()
    out = []
    for item in tree.css(".redline-item"):
        number = item.css_first(".redline-number")
        said = " ".join(("-" if n.tag == "del" else "+" if n.tag == "ins" else "") + n.text().strip()
                        for n in number.iter(include_text=True) if n.text().strip()) if number else ""
        words = item.css_first("p").text().removeprefix(number.text() if number else "").strip()
        out.append((said, words))
    return out


def test_the_changes_page_shows_each_item_numbered_anew_with_its_number_changed(env):
    r = _diff(_list(ITEMS), _list(["Un élément inséré au début", *ITEMS]))
    assert _numbers(redline.render_html(r, env=env, lang="fr")) == [
        ("1.", "Un élément inséré au début"), ("-1. +2.", ITEMS[0]), ("-2. +3.", ITEMS[1]), ("-3. +4.", ITEMS[2])]


def test_an_item_removed_renumbers_those_after_it_on_the_changes_page(env):
    r = _diff(_list(["Un élément retiré", *ITEMS]), _list(ITEMS))
    assert _numbers(redline.render_html(r, env=env, lang="fr"))[1:] == [
        ("-2. +1.", ITEMS[0]), ("-3. +2.", ITEMS[1]), ("-4. +3.", ITEMS[2])]


def test_items_whose_number_did_not_change_are_still_left_out(env):
    r = _diff(_list(ITEMS), _list([*ITEMS, "Un élément ajouté à la fin"]))
    assert _numbers(redline.render_html(r, env=env, lang="fr")) == [("4.", "Un élément ajouté à la fin")]


def test_policy_diffs_text_and_markdown_show_them_too():
    r = _diff(_list(ITEMS), _list(["Un élément inséré au début", *ITEMS]))
    text = redline.render_text(r, color=False, lang="fr")
    assert f"  [-1.-] {{+2.+}} {ITEMS[0]}" in text.splitlines()
    assert f"  [-3.-] {{+4.+}} {ITEMS[2]}" in text.splitlines()
    markdown = redline.render_markdown(r, lang="fr")
    assert f"- <del>2.</del> <ins>3.</ins> {ITEMS[1]}" in markdown.splitlines()
    assert "- 1\\. <ins>Un élément inséré au début</ins>" in markdown.splitlines()  # (a number kept, as before)
