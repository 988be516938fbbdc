"""Paragraphs merged are said by what took them in (redline13): list items merged into a paragraph read "…merged into
this item" in Hebrew and Japanese, whose words name the item ("לפריט זה", "この項目に"), and paragraphs merged into a
list item "…into this paragraph"; each shipped locale has a wording for each kind, and compare.js chooses the key as
render.joined_key does."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from helpers import ROOT
from policysite import redline
from policysite.redline.render import joined_key
from policysite.strings import REDLINE_STRINGS
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body

ITEMS = _body("- We keep your name;", "- your e-mail address;", "- and your postal address.")
PARAGRAPH = _body("We keep your name, your e-mail address and your postal address.")
PARAGRAPHS = _body("We keep your name.", "We keep your e-mail address.", "We keep your postal address.")
ONE_ITEM = _body("- We keep your name. We keep your e-mail address. We keep your postal address.")
ITEM = _body("- We keep your name, your e-mail address and your postal address.")
JOINED = _body("We keep your name. We keep your e-mail address. We keep your postal address.")
MIXED = _body("We keep these:", "- your name;", "- your e-mail address.")
MIXED_ITEM = _body("- We keep these: your name; your e-mail address.")
NEW_KEYS = ("joined_merged_into_item", "joined_merged_items_into_paragraph", "joined_merged_mixed_into_item")


@pytest.mark.parametrize(("old", "new", "key"), [
    (ITEMS, PARAGRAPH, "joined_merged_items_into_paragraph"),
    (PARAGRAPHS, ONE_ITEM, "joined_merged_into_item"),
    (MIXED, MIXED_ITEM, "joined_merged_mixed_into_item"),
    (ITEMS, ITEM, "joined_merged_items"),  # the key's own words name what took them in
    (PARAGRAPHS, JOINED, "joined_merged"),
])
@pytest.mark.parametrize("lang", ["he", "ja", "en", "fr"])
def test_a_merge_is_said_by_what_took_the_paragraphs_in(old, new, key, lang):
    r = redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))
    (block,) = [b for b in _blocks(r) if b.joined_count]
    assert joined_key(block.joined, block.joined_of, block.new.kind) == key
    words = redline.labels(lang)
    said = words[key].format(n=block.joined_count)
    assert said in redline.render_text(r, color=False, lang=lang)
    if key in NEW_KEYS:
        assert said != words[key.rsplit("_into_", 1)[0]].format(n=block.joined_count)


def test_hebrew_and_japanese_name_a_paragraph_where_a_paragraph_took_items_in():
    assert "לפסקה" in redline.labels("he")["joined_merged_items_into_paragraph"]
    assert "段落に" in redline.labels("ja")["joined_merged_items_into_paragraph"]
    assert "לפריט" in redline.labels("he")["joined_merged_into_item"]
    assert "項目に" in redline.labels("ja")["joined_merged_into_item"]


def test_every_locale_has_its_words_for_each_kind():
    english = redline.labels("en")
    for lang in ["en", "fr", *REDLINE_STRINGS]:
        words = redline.labels(lang)
        for key in NEW_KEYS:
            assert "{n}" in words[key] and (lang == "en" or words[key] != english[key]) and words[key] not in {
                words[other] for other in NEW_KEYS if other != key}, (lang, key)


def test_compare_js_chooses_the_key_as_render_does():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    source = (ROOT / "overrides" / "assets" / "javascripts" / "compare.js").read_text(encoding="utf-8")
    found = re.search(r"  var MERGED_INTO = .*?\n  function joinedKey\(b\) \{.*?\n  \}\n", source, re.S)
    assert found is not None
    cases = [{"joined": joined, "joinedOf": of, "new": {"kind": into}} for joined in ("merged", "split")
             for of in ("", "items", "mixed") if not (joined == "split" and of == "mixed")
             for into in ("paragraph", "item")]
    script = found.group() + "console.log(JSON.stringify(JSON.parse(process.argv[1]).map(joinedKey)));"
    got = json.loads(subprocess.run([node, "-e", script, json.dumps(cases)], capture_output=True, text=True,
                                    check=True).stdout)
    assert got == [joined_key(c["joined"], c["joinedOf"], c["new"]["kind"]) for c in cases]
