"""One answer per pair of versions: the compare page's engine (redline.js, run here in Node) gives exactly
what `policy diff OLD NEW --format json` gives (the redline package), on every pair of a synthetic history
and of the reference edits, on random word edits both ways, and on a real policy against an edited copy."""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess

import pytest

from helpers import FROZEN, ROOT, synthetic_policy
from policysite import document, export, redline

ENGINE = ROOT / "overrides" / "assets" / "javascripts" / "redline.js"
RUNNER = """
const engine = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const pairs = JSON.parse(input);
  process.stdout.write(JSON.stringify(pairs.map(([a, b]) => {
    const data = engine.toJson(engine.diff(a, b));
    // how each list of ops is spaced for display (engine.segments), beside the ops themselves
    data.segments = data.sections.map((s) => [s.title_ops].concat(s.numbering_ops ? [s.numbering_ops] : [],
      ...s.blocks.map((b) => [b.ops, b.link_ops])).map(engine.segments));
    return data;
  })));
});
"""

# A synthetic history: each version edits the one before, so that consecutive pairs and distant pairs
# cover link changes, moved, renumbered, split and merged sections, tables, lists and formatting.
V0 = (
    "## 1. Scope of the fake policy\n\n"
    "Zephyr Widgets keeps fictional records for exactly 30 days before deletion.\n\n"
    "Write to [the desk](mailto:desk@example.test) or visit [our site](https://example.test/help).\n\n"
    "## 2. Imaginary rights\n\n"
    "You may ask for access to invented data. Requests are answered promptly. Nothing here is real.\n\n"
    "- alpha item about quokkas\n- bravo item about narwhals\n    - nested charlie item about axolotls\n\n"
    "## 3. Made-up table\n\n"
    "| Purpose | Duration |\n|---|---|\n| testing | 12 months |\n| demo | 3 weeks |\n\n"
    "## 4. Security of the pretend data\n\n"
    "Pretend data is stored on imaginary servers in a fictional country.\n\n"
    "Backups of the pretend data are kept for seven fictional days.\n\n"
    "## 5. Closing words\n\n"
    "This synthetic text ends here with a final sentence.\n"
)


def _history() -> list[str]:
    v1 = V0.replace("https://example.test/help", "https://example.test/support")  # link target only
    v2 = v1.replace("testing | 12 months", "testing | 18 months").replace("**", "")  # a table cell
    # §4 moved before §2 (numbers follow the new order)
    sec2 = v2[v2.index("## 2."):v2.index("## 3.")]
    sec4 = v2[v2.index("## 4."):v2.index("## 5.")]
    v3 = v2.replace(sec2, "").replace(sec4, "")
    v3 = v3.replace("## 3. Made-up table", sec4.replace("## 4.", "## 2.") + sec2.replace("## 2.", "## 3.")
                    + "## 4. Made-up table")
    # a section inserted at the start: everything after it renumbered
    v4 = re.sub(r"^## (\d+)\.", lambda m: f"## {int(m.group(1)) + 1}.", v3, flags=re.M)
    v4 = v4.replace("## 2. Scope", "## 1. Definitions of fake words\n\nA quokka is a small marsupial.\n\n## 2. Scope")
    # §3 (security) split in two sections
    v5 = v4.replace("Backups of the pretend data", "## 4. Backups\n\nBackups of the pretend data")
    v5 = re.sub(r"^## (\d+)\. (Imaginary|Made-up|Closing)",
                lambda m: f"## {int(m.group(1)) + 1}. {m.group(2)}", v5, flags=re.M)
    # the two halves merged again, and a paragraph rewritten
    v6 = v5.replace("## 4. Backups\n\n", "")
    v6 = re.sub(r"^## (\d+)\. (Imaginary|Made-up|Closing)",
                lambda m: f"## {int(m.group(1)) - 1}. {m.group(2)}", v6, flags=re.M)
    v6 = v6.replace("This synthetic text ends here with a final sentence.", "Entirely different prose about kiwis.")
    # formatting and whitespace only, an item added, a title changed
    v7 = v6.replace("fictional records", "**fictional** records").replace("answered promptly.", "answered  promptly.")
    v7 = v7.replace("- bravo item about narwhals\n", "- bravo item about narwhals\n- delta item about okapis\n")
    v8 = v7.replace("Imaginary rights", "Imaginary and fictional rights").replace("[the desk]", "[the help desk]")
    return [V0, v1, v2, v3, v4, v5, v6, v7, v8]


def _python(old: str, new: str) -> dict:
    a = document.parse(old, path="old.md", lang="en")
    b = document.parse(new, path="new.md", lang="en")
    data = redline.to_json(redline.diff(a, b))
    data["segments"] = [[redline.segments([tuple(op) for op in ops])
                         for ops in [s["title_ops"], *([s["numbering_ops"]] if "numbering_ops" in s else []),
                                     *(ops for b in s["blocks"] for ops in (b["ops"], b["link_ops"]))]]
                        for s in data["sections"]]
    return data


def _doc(text: str, version: str) -> dict:
    return json.loads(export.policy_json(text.encode("utf-8"), lang="en", version=version, url="", previous=None))


def engine_blocks(old: str, new: str, *, keep: str, show: str) -> list:
    """The compare page's engine (redline.js) between two synthetic texts (sections' Markdown, synthetic_policy's),
    section by section: `show` (a function of a block, in JavaScript: `engine.shownOps(x)`) of the blocks that `keep`
    (an expression of a block `x`: `x.moved`) holds true of."""
    node = shutil.which("node") or pytest.skip("node not found")
    script = ("const engine = require(process.argv[1]);"
              "const [a, b] = JSON.parse(require('fs').readFileSync(0, 'utf-8'));"
              "process.stdout.write(JSON.stringify(engine.diff(a, b).sections.map((s) => s.blocks"
              f".filter((x) => {keep}).map((x) => {show}))));")
    docs = [_doc(synthetic_policy("2030-01-15", sections=old), "2030-01-15"),
            _doc(synthetic_policy("2030-02-01", sections=new), "2030-02-01")]
    return json.loads(subprocess.run([node, "-e", script, str(ENGINE)], input=json.dumps(docs), capture_output=True,
                                     text=True, check=True).stdout)


def _javascript(pairs: list[tuple[str, str]], *, docs: list[list[dict]] | None = None) -> list[dict]:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true: node is needed for the compare page's engine (install Node.js)")
        pytest.skip("node not found: install Node.js to compare the compare page's engine with redline.py")
    docs = docs or [[_doc(a, "2030-01-01"), _doc(b, "2030-01-02")] for a, b in pairs]
    result = subprocess.run([node, "-e", RUNNER, str(ENGINE)], input=json.dumps(docs), capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout)


def _check(pairs: list[tuple[str, str]]) -> None:
    got = _javascript(pairs)
    assert len(got) == len(pairs)
    for (old, new), js in zip(pairs, got):
        py = json.loads(json.dumps(_python(old, new)))
        if js != py:
            for key in py:
                assert js.get(key) == py[key], f"{key} differs for\n--- old\n{old}\n--- new\n{new}"


def test_every_pair_of_a_synthetic_history():
    texts = [synthetic_policy(f"2030-01-{n + 10:02d}", sections=body) for n, body in enumerate(_history())]
    assert len(texts) >= 8
    pairs = list(itertools.permutations(texts, 2))
    assert len(pairs) == len(texts) * (len(texts) - 1)
    _check(pairs)


def test_every_pair_of_the_reference_edits():
    from unit.test_redline import BASE, REFERENCE_EDITS, random_edits

    texts = [synthetic_policy("2030-01-15", sections=body) for body in [BASE, *REFERENCE_EDITS.values()]]
    base = texts[0]
    randomised = [synthetic_policy("2030-01-15", sections=random_edits(seed)) for seed in range(40)]
    _check(list(itertools.permutations(texts, 2)) + [(base, r) for r in randomised] + [(r, base) for r in randomised])


def test_a_real_policy_against_an_edited_copy():
    from unit.test_redline import mutated_policy

    for lang in ("fr", "en"):
        text = (FROZEN / lang / "index.md").read_text(encoding="utf-8")
        edited = mutated_policy(text) if lang == "fr" else text.replace("## 5.", "## 5. Edited:", 1)
        _check([(text, edited), (edited, text)])


def test_punctuation_and_unicode_tokens():
    """Both tokenizers split words from punctuation alike, Python's \\w and \\s included (accents, combining
    marks, other scripts' digits, no-break spaces)."""
    base = ("## 1. Hébergement\n\n"
            "Les données sont hébergées en Allemagne. Le délai est de 30\u00a0jours (voir §12.3) ; "
            "contact\u202f: desk@example.test, « sans délai ».\n\n"
            "Pays\u2011Bas. Unités : 5\u00a0m², ¼ d’heure, ٣ jours, 10:30, et/ou — fin…\n")
    edited = (base.replace("Allemagne.", "Allemagne et aux Pays-Bas.").replace("(voir §12.3) ;", ";")
              .replace("« sans délai »", "“sans délai”").replace("5\u00a0m²", "6\u00a0m²")
              .replace("fin…", "fin.").replace("Pays\u2011Bas", "Pays\u2011Haut").replace("hébergées", "he\u0301bergées"))
    texts = [synthetic_policy("2030-01-15", sections=base), synthetic_policy("2030-01-16", sections=edited)]
    _check(list(itertools.permutations(texts, 2)))


def test_chinese_and_japanese_are_compared_character_by_character_alike():
    """Adoption hunt 11, f_cjk_redline_whole_clause: a two-character change marked the whole clause (words were cut
    at spaces only, and Chinese writes none)."""
    base = ("## 1. 重要提示\n\n在使用本网站前，请您仔细阅读本政策。未获得您的明确同意前，我们不会收集您的个人信息。\n\n"
            "## 2. 目的\n\n当社はお客様の個人情報を適切に管理します。最終更新日：2023年4月1日\n")
    # (a replacement among them has no space between its deleted and inserted words: scripts task, finding 8)
    edited = base.replace("我们不会", "本网站不会").replace("適切に", "厳重に").replace("4月", "10月") + \
        "\n本网站使用统计服务。\n"
    texts = [synthetic_policy("2030-01-15", sections=base), synthetic_policy("2030-01-16", sections=edited)]
    _check(list(itertools.permutations(texts, 2)))
    from policysite.redline import engine
    ops = engine.word_ops("未获得您的明确同意前，我们不会收集。", "未获得您的明确同意前，本网站不会收集。")
    assert [text for tag, text in ops if tag != engine.EQUAL] == ["我们", "本网站"]


def test_words_with_combining_marks_and_thai_are_compared_alike():
    """Scripts task, finding 9: a word's vowel signs and points are part of it (Hindi, Arabic, Hebrew), Thai letters
    words of their own with their marks, in the compare page as in `policy diff`."""
    base = ("## 1. डेटा\n\nहम आपके डेटा को तीन वर्षों तक रखते हैं।\n\n"
            "## 2. ข้อมูล\n\nเราเก็บข้อมูลของคุณเป็นเวลาสามปี\n\n"
            "## 3. البيانات\n\nمَحْمُود جَمِيل، שָׁלוֹם עוֹלָם.\n")
    edited = base.replace("तीन", "पाँच").replace("สาม", "ห้า").replace("جَمِيل", "جَمِيلٌ").replace("עוֹלָם", "עוֹלָמִי")
    texts = [synthetic_policy("2030-01-15", sections=base), synthetic_policy("2030-01-16", sections=edited)]
    _check(list(itertools.permutations(texts, 2)))


def test_a_long_paragraph_of_repeated_words_is_compared_in_bounded_time_alike():
    """Security hunt 13, f_dos_redline_cubic: SequenceMatcher's time grows with the cube of repeated tokens (a
    rewritten paragraph of "le la le la…" held `policy diff` and `publish` for hours). Beyond engine.MAX_PAIRS
    pairs of tokens, the words both ends share are kept and the rest is compared only if small enough again,
    alike in Python and in the compare page; an edit in the middle of a long paragraph is still one word."""
    from policysite.redline import engine

    base = "## 1. Objet\n\n" + "le la " * 1500 + "fin.\n\n## 2. Durée\n\n" + "Nous gardons " * 700 + "un an.\n"
    edited = (base.replace("le la " * 1500, "la le les " * 1500)
              .replace("Nous gardons " * 700, "Nous gardons " * 350 + "encore " + "Nous gardons " * 350))
    texts = [synthetic_policy("2030-01-15", sections=base), synthetic_policy("2030-01-16", sections=edited)]
    _check(list(itertools.permutations(texts, 2)))
    ops = engine.word_ops("Nous gardons " * 700 + "un an.", "Nous gardons " * 350 + "encore " + "Nous gardons " * 350 + "un an.")
    assert [text for tag, text in ops if tag != engine.EQUAL] == ["encore "]


def test_every_pair_of_a_history_whose_headings_have_no_numbers():
    """Adoption hunt 13, f_compare_unnumbered_slugs: on headings without numbers (most real policies), the compare
    page called a renamed section "renumbered" where `policy diff` says changed."""
    bodies = [
        "## Who we are\n\nZephyr Widgets is fictional.\n\n## What we collect\n\nYour invented name.\n\n"
        "## Your rights\n\nAsk us anything.\n\n## Contact\n\nWrite to the desk.\n",
        "## Who we are\n\nZephyr Widgets is fictional.\n\n## What we collect and why\n\nYour invented name.\n\n"
        "## Your rights\n\nAsk us anything.\n\n## Contact\n\nWrite to the desk.\n",
        "## Who we are\n\nZephyr Widgets is fictional.\n\n## Your rights\n\nAsk us anything, at any time.\n\n"
        "## What we collect and why\n\nYour invented name and address.\n\n## Cookies\n\nNone at all.\n",
        "## About us\n\nZephyr Widgets is fictional.\n\n## Your rights\n\nAsk us anything, at any time.\n\n"
        "## Cookies\n\nNone at all.\n",
    ]
    texts = [synthetic_policy(f"2030-02-{n + 10:02d}", sections=body) for n, body in enumerate(bodies)]
    pairs = list(itertools.permutations(texts, 2))
    _check(pairs)
    renamed = _python(texts[0], texts[1])
    assert [s["kind"] for s in renamed["sections"] if s["kind"] != "unchanged"] == ["changed"], renamed["sections"]


def test_a_long_run_of_edited_blocks_is_paired_alike_within_and_beyond_the_bounds():
    """Security hunt 28, f_redline_cubic: a replaced run of blocks is searched with each pair scored once, or,
    beyond engine.MAX_RUN_BLOCKS pairs, paired in order, alike in Python and in the compare page (some paragraphs
    rewritten whole, some removed, so that pairing has choices to make)."""
    def section(n: int, edited: bool) -> str:
        paragraphs = [f"Paragraph {i} keeps quokkas for {i} days." for i in range(n)]
        if edited:
            paragraphs = [p.replace("quokkas", "narwhals") if i % 3 else "Entirely new prose about kiwis."
                          for i, p in enumerate(paragraphs) if i % 7 != 5]
        return "## 1. Scope\n\n" + "\n\n".join(paragraphs) + "\n"

    for n in (30, 120):
        texts = [synthetic_policy("2030-01-15", sections=section(n, False)),
                 synthetic_policy("2030-01-16", sections=section(n, True))]
        _check(list(itertools.permutations(texts, 2)))


def test_a_numbered_lists_numbers_count_alike():
    """Legal hunt 36: an item's number changed (an item removed before it, the list restarted or made bulleted) is a
    formatting note in both engines."""
    base = "## 1. Purposes\n\nWe use your data:\n\n1. for the contract;\n2. for the law;\n3. for marketing.\n"
    texts = [synthetic_policy("2030-01-15", sections=base),
             synthetic_policy("2030-01-16", sections=base.replace("2. for the law;\n3.", "2.")),
             synthetic_policy("2030-01-17", sections=base.replace("1. for", "4. for")),
             synthetic_policy("2030-01-18", sections=re.sub(r"^\d\. ", "- ", base, flags=re.M))]
    _check(list(itertools.permutations(texts, 2)))


def test_a_title_of_the_front_matter_changed_alone_is_a_change_alike():
    """Archive hunt 22, finding 1: a page whose title is the front matter's `title:` (no `# ` heading, as imported
    pages have it) with only that title changed was "no change" in `policy diff`, the changes page and the compare
    page (policy.json format 3 did not carry it)."""
    body = "## 1. Scope\n\nZephyr Widgets keeps fictional records.\n"
    old = f"---\ndate: 2030-01-15\ntitle: Privacy notice\n---\n\n{body}"
    new = f"---\ndate: 2030-01-16\ntitle: Privacy and cookies notice\n---\n\n{body}"
    _check([(old, new), (new, old)])
    preamble = _python(old, new)["sections"][0]
    assert (preamble["kind"], preamble["old_title"], preamble["new_title"], preamble["new_line"]) == (
        "changed", "Privacy notice", "Privacy and cookies notice", 3)


def test_an_inserted_article_added_renumbered_and_removed_is_anchored_alike():
    """`Article 2 bis` is `#s2-bis` (`2.1a` `#s2-1-bis`) on both sides: inserted, then folded into the numbering."""
    plain = ("## Article 1 – Scope\n\nZephyr Widgets keeps fictional records.\n\n"
             "## Article 2 – Rights\n\nYou may ask for access to invented data.\n\n"
             "### 2.1 Access\n\nAsk the desk.\n\n## Article 3 – Closing\n\nThis synthetic text ends here.\n")
    inserted = plain.replace("## Article 3", "### 2.1a Copies\n\nAsk for a copy of invented data.\n\n"
                                            "## Article 2 bis – Backups\n\nBackups are kept seven days.\n\n## Article 3")
    folded = inserted.replace("## Article 3 – Closing", "## Article 4 – Closing").replace(
        "Article 2 bis – Backups", "Article 3 – Backups")
    texts = [synthetic_policy(f"2030-01-{n + 10:02d}", sections=body) for n, body in enumerate([plain, inserted, folded])]
    assert "s2-bis" in json.dumps(_python(texts[0], texts[1]))
    _check(list(itertools.permutations(texts, 2)))


NAMED = """
const engine = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map(([number, title, mark]) => engine.named(number, title, mark))));
});
"""


def test_a_section_is_named_as_its_heading_writes_its_number_alike():
    """The compare page names `Article 2a` `§2a`, `第３条（保存期間）` itself, as the changes page does: the marks
    reach redline.js through policy.json, and `named` joins them to the title as document.named does."""
    english = ("## Article 1 – Scope\n\nZephyr Widgets keeps fictional records.\n\n"
               "## Article 2 – Rights\n\nYou may ask for access to invented data.\n\n"
               "## Article 3 – Closing\n\nThis synthetic text ends here.\n")
    inserted = english.replace("## Article 3", "## Article 2a – Backups\n\nBackups are kept seven days.\n\n## Article 3")
    folded = inserted.replace("Article 3 – Closing", "Article 4 – Closing").replace("Article 2a – Backups",
                                                                                 "Article 3 – Backups")
    japanese = "## 第1条（目的）\n\n本文です。\n\n## 第2条（定義）\n\n定義です。\n\n## 第３条（保存期間）\n\n一年です。\n"
    renumbered = japanese.replace("## 第３条", "## 第3条（利用）\n\n利用です。\n\n## 第4条")
    texts = [synthetic_policy(f"2030-01-{n + 10:02d}", sections=body)
             for n, body in enumerate([english, inserted, folded, japanese, renumbered])]
    assert [s["new_mark"] for s in _python(texts[0], texts[1])["sections"]] == ["§2a"]
    _check(list(itertools.permutations(texts[:3], 2)) + [(texts[3], texts[4]), (texts[4], texts[3])])
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: install Node.js to compare the compare page's engine with redline.py")
    cases = [[number, title, mark] for number, title, mark in (
        ("2bis", "Backups", "§2a"), ("2bis", "Collecte", ""), ("3", "（保存期間）", "第３条"), ("3", "(보존기간)", "제3조"),
        ("3", "目的", "第3条"), ("2bis", "جمع", "§2 مكرر"), ("7.3", "Objectifs", ""), ("retention", "Retention", ""),
        ("3", "[Draft] Rights", "§3a"))]
    result = subprocess.run([node, "-e", NAMED, str(ENGINE)], input=json.dumps(cases), capture_output=True, text=True,
                            check=True)
    assert json.loads(result.stdout) == [document.named(*case) for case in cases]


RESTYLED = ("## 1. Scope\n\nZephyr Widgets keeps fictional records.\n\n"
            "## 2. Rights\n\nYou may ask for access to invented data.\n\n"
            "## 3. Closing\n\nThis synthetic text ends here.\n")


def test_a_headings_numbering_written_otherwise_is_shown_alike():
    """Texts 28: `1.` become `I.`, `1)`, `Article 1 –`, the number and the words the same, was warned of at publish
    but the redline (changes page, compare page, Word) showed nothing; both engines now show each heading whose
    numbering changed, with its ops, a word change beside it, and nothing for a renumbering."""
    roman = re.sub(r"^## (\d)\. ", lambda m: f"## {'I' * int(m.group(1))}. ", RESTYLED, flags=re.M)
    parens = re.sub(r"^## (\d)\. ", r"## \1) ", RESTYLED, flags=re.M)
    articles = re.sub(r"^## (\d)\. ", r"## Article \1 – ", RESTYLED, flags=re.M)
    worded = roman.replace("fictional records", "invented records")
    renumbered = RESTYLED.replace("## 1. Scope", "## 1. Terms\n\nA quokka is a marsupial.\n\n## 2. Scope").replace(
        "## 2. Rights", "## 3. Rights").replace("## 3. Closing", "## 4. Closing")
    texts = [synthetic_policy(f"2030-01-{n + 10:02d}", sections=body)
             for n, body in enumerate([RESTYLED, roman, parens, articles, worded, renumbered])]
    _check(list(itertools.permutations(texts, 2)))
    data = _python(texts[0], texts[1])
    assert [(s["kind"], s["new_number"], s.get("numbering_ops")) for s in data["sections"]] == [
        ("unchanged", "1", [["delete", "1"], ["insert", "I"], ["equal", ". Scope"]]),
        ("unchanged", "2", [["delete", "2"], ["insert", "II"], ["equal", ". Rights"]]),
        ("unchanged", "3", [["delete", "3"], ["insert", "III"], ["equal", ". Closing"]])]
    assert data["summary"]["counts"] == {"changed": 0, "added": 0, "removed": 0, "renumbered": 0, "moved": 0}
    both = _python(texts[0], texts[4])["sections"][0]
    assert (both["kind"], both["numbering_ops"][:2]) == ("changed", [["delete", "1"], ["insert", "I"]])
    assert not any("numbering_ops" in s for s in _python(texts[0], texts[5])["sections"])  # renumbered: its number
    assert _python(texts[0], texts[2])["sections"][0]["numbering_ops"] == [
        ["equal", "1"], ["delete", "."], ["insert", ")"], ["equal", " Scope"]]


def test_a_policy_json_written_before_the_numbering_field_still_compares():
    """A version published before policy.json carried `numbering` is compared as before, its headings' numbering
    not compared (the compare page may not say a numbering changed that it cannot read), everything else alike."""
    roman = re.sub(r"^## (\d)\. ", lambda m: f"## {'I' * int(m.group(1))}. ", RESTYLED, flags=re.M).replace(
        "fictional records", "invented records")
    old, new = synthetic_policy("2030-01-10", sections=RESTYLED), synthetic_policy("2030-01-11", sections=roman)
    earlier = _doc(old, "2030-01-01")
    assert [s["numbering"] for s in earlier["sections"]] == ["1.", "2.", "3."]
    for section in earlier["sections"]:
        del section["numbering"]
    got = _javascript([(old, new)], docs=[[earlier, _doc(new, "2030-01-02")]])[0]
    expected = _python(old, new)
    assert [s["kind"] for s in expected["sections"]] == ["changed", "unchanged", "unchanged"]  # shown: restyled
    expected["sections"] = [{k: v for k, v in section.items() if k != "numbering_ops"}
                            for section in expected["sections"] if section["kind"] != "unchanged"]
    assert got["sections"] == expected["sections"] and got["summary"] == expected["summary"]
    assert [s["kind"] for s in got["sections"]] == ["changed"]


def test_sections_lettered_in_place_of_numbers_are_compared_alike():
    """Texts 28: `## A.`, `## B.`, `## C.` sections are numbered by their letters (`#s2` for B) and named so (`§B`):
    a section inserted before them renumbers the rest, `§A → §B`, in both engines."""
    lettered = ("## A. Scope\n\nZephyr Widgets keeps fictional records.\n\n## B. Rights\n\nYou may ask for access.\n\n"
                "### Details\n\nAsk the desk.\n\n## C. Closing\n\nThis synthetic text ends here.\n")
    inserted = lettered.replace("## C. Closing", "## D. Closing").replace(
        "## B. Rights", "## C. Rights").replace("## A. Scope", "## A. Terms\n\nA quokka is a marsupial.\n\n## B. Scope")
    texts = [synthetic_policy(f"2030-01-{n + 10:02d}", sections=body) for n, body in enumerate([lettered, inserted])]
    _check(list(itertools.permutations(texts, 2)))
    shifted = [(s["kind"], s["old_mark"], s["new_mark"]) for s in _python(texts[0], texts[1])["sections"]]
    assert ("renumbered", "§A", "§B") in shifted and ("renumbered", "§B", "§C") in shifted, shifted


def test_a_page_that_stops_numbering_its_headings_is_compared_alike():
    """A page whose plain headings outnumber its numbered ones (four added) gives its numbered headings their titles'
    ids (`2.1 Gamma` is `#gamma`): redline.py says their numbers stayed, the compare page said "renumbered" of each
    (it compared identities, policy.json carrying no numeral); policy.json now gives the numeral where the identity
    does not say it, and both say the same, both ways."""
    old = synthetic_policy("2030-01-10", sections="## 1. Alpha\n\nOne.\n\n## 2. Beta\n\nTwo.\n\n### 2.1 Gamma\n\nThree.\n")
    new = synthetic_policy("2030-01-11", sections="## 1. Alpha\n\nOne.\n\n" + "".join(
        f"## Plain {word}\n\nWords.\n\n" for word in ("one", "two", "three", "four")) +
        "## 2. Beta\n\nTwo.\n\n### 2.1 Gamma\n\nThree.\n")
    assert [s["kind"] for s in _python(old, new)["sections"]] == ["added"] * 4
    assert [s.get("numeral") for s in _doc(new, "2030-01-02")["sections"]][-1] == "2.1"
    _check([(old, new), (new, old)])


def test_a_policy_json_written_with_two_digests_a_block_compares_with_one_written_with_one():
    """policy.json's format 5 writes one `md` digest where the Markdown's and its whitespace-collapsed one agree, format
    4 always both (issue 16): a version published before compared with one after says "whitespace" and "formatting"
    where redline.py does, both ways."""
    spaced = RESTYLED.replace("fictional records", "fictional  records")
    bolder = RESTYLED.replace("fictional records", "**fictional** records")
    for old, new, notes in ((RESTYLED, spaced, {"whitespace": 1, "formatting": 0}),
                            (spaced, RESTYLED, {"whitespace": 1, "formatting": 0}),
                            (RESTYLED, bolder, {"whitespace": 0, "formatting": 1})):
        old, new = synthetic_policy("2030-01-10", sections=old), synthetic_policy("2030-01-11", sections=new)
        earlier = _doc(old, "2030-01-01")
        blocks = [b for s in earlier["sections"] for b in s["blocks"]]
        assert any(len(b["md"]) == 1 for b in blocks)
        earlier["format"] = 4
        for block in blocks:
            block["md"] = block["md"] * 2 if len(block["md"]) == 1 else block["md"]
        for docs in ([earlier, _doc(new, "2030-01-02")], [_doc(old, "2030-01-01"), _doc(new, "2030-01-02")]):
            got = _javascript([(old, new)], docs=[docs])[0]
            expected = json.loads(json.dumps(_python(old, new)))
            assert expected["notes"] == notes
            assert (got["notes"], got["sections"], got["summary"]) == (notes, expected["sections"], expected["summary"])


def test_tables_columns_rows_and_boundaries_alike():
    """A table's columns and rows paired by content, and two tables apart by a blank line two, alike in the compare
    page (which reads where a table starts from its rows' lines: policy.json has no header flag) and in `policy diff`:
    a column removed in the middle, a column added, a header renamed, a row inserted, a table of its header alone,
    a table replaced by another, rows of empty cells."""
    base = ("| Intro | Note |\n|---|---|\n| a | b |\n\n"
            "## 1. Retention\n\n| Data | Kept | Why | Where |\n|---|---|---|---|\n| logs | 30 days | security | FR |\n"
            "| invoices | 10 years | law | FR |\n|  |  |  |  |\n\n| Alone | Header |\n|---|---|\n\n"
            "| Processor | Country |\n|---|---|\n| Acme | France |\n\n## 2. Other\n\n| Cookie | Purpose |\n|---|---|\n"
            "| sid | login |\n")
    edited = (base.replace("| Data | Kept | Why | Where |\n|---|---|---|---|", "| Data | Why | Where | Review |\n"
                           "|---|---|---|---|")
              .replace("| logs | 30 days | security | FR |", "| logs | security | FR | yearly |\n"
                       "| cookies | consent | IE | monthly |")
              .replace("| invoices | 10 years | law | FR |", "| invoices | legal duty | FR | never |")
              .replace("|  |  |  |  |", "|  |  |  |  |")
              .replace("| Processor | Country |", "| Processor | Location |").replace("France", "Germany")
              .replace("| Cookie | Purpose |\n|---|---|\n| sid | login |", "| Vendor | Region |\n|---|---|\n| Zeta | EU |"))
    texts = [synthetic_policy("2030-01-15", sections=base), synthetic_policy("2030-01-16", sections=edited)]
    py = _python(*texts)
    assert sorted({b["table"] for s in py["sections"] for b in s["blocks"] if "table" in b}) == [1, 2, 3]
    # a long table, each row a cell edited: past MAX_RUN_BLOCKS, each row against the one in its place
    long = ["## 1. Long\n\n| Data | Date |\n|---|---|\n" + "".join(f"| item {k} | {year}-01-{k % 28 + 1:02d} |\n"
                                                                  for k in range(60 + extra))
            for year, extra in (("2030", 0), ("2031", 3))]
    texts += [synthetic_policy("2030-01-15", sections=long[0]), synthetic_policy("2030-01-16", sections=long[1])]
    _check(list(itertools.permutations(texts[:2], 2)) + list(itertools.permutations(texts[2:], 2)))


def test_inline_html_is_compared_as_the_page_shows_it_alike():
    """Reader12, session 39: `policy diff` compared a block's text with its inline HTML (`<sup>1</sup>` said as words),
    the compare page policy.json's text, the words the page shows: an edit inside a tag, a tag put around unchanged
    words, a footnote call, a table cell and sections paired by their words give one answer in both."""
    from unit.test_redline_inline import EMPHASISED, FOOTNOTED, FOOTNOTED_EDITED, TABLE, TAGS, TOKENS, body, wrapped

    bodies = [FOOTNOTED, FOOTNOTED_EDITED, FOOTNOTED.replace("<sup>1</sup>", "1").replace("<br>", " "),
              FOOTNOTED.replace("compris.", "compris.\n\n" + TABLE.split("\n\n", 1)[1]),
              FOOTNOTED.replace("compris.", "compris.\n\n" + TABLE.split("\n\n", 1)[1].replace(
                  "Invoices<sup>1</sup>", "Invoices<sup>2</sup>").replace("one<br>month", "two<br>month")),
              EMPHASISED.format(words=" ".join(f"<em>{w}</em>" for w in TOKENS.split())),
              EMPHASISED.replace("## 2. Tokens", "## 2. Cookies\n\nQuokka cookies remember a language.\n\n"
                                 "## 3. Narwhal tokens").replace("## 3. Contact", "## 4. Contact").format(words=TOKENS)]
    texts = [synthetic_policy("2030-01-15", sections=b) for b in bodies]
    # each tag of the allow-list: words edited inside it, and it put around unchanged words, both ways
    tagged = [[synthetic_policy("2030-01-15", sections=body(words)) for words in
               ("thirty full", f"thirty {wrapped(tag, 'full')}", f"thirty {wrapped(tag, 'whole')}")] for tag in TAGS]
    _check(list(itertools.permutations(texts, 2)) + [pair for three in tagged for pair in itertools.permutations(three, 2)])


def test_a_block_showing_no_word_is_a_formatting_edit_alike():
    """A paragraph of markup alone (an empty `<span>`, an HTML image without words) added or removed: a
    formatting-only edit in both, not a block added with nothing marked (engine._wordless)."""
    from unit.test_redline_said import BASE

    texts = [synthetic_policy("2030-01-15", sections=BASE.replace("We keep data.\n", f"We keep data.\n\n{markup}\n"))
             for markup in ("<span></span>", '<img src="logo.png" alt="">', "Words.")] + \
        [synthetic_policy("2030-01-15", sections=BASE)]
    _check(list(itertools.permutations(texts, 2)))


def test_an_abbreviations_title_edited_is_a_change_of_words_alike():
    """An `<abbr title="…">`'s title (policy.json's `tips`, format 6) edited, in a paragraph and a table's row: the
    words shown on hover said changed in both (engine._tip_ops), not a formatting-only edit."""
    from unit.test_redline_said import ABBR, RETITLED

    texts = [synthetic_policy("2030-01-15", sections=b) for b in (ABBR, RETITLED, ABBR.replace(' title="General Data '
                                                                                              'Protection Regulation"', ""))]
    _check(list(itertools.permutations(texts, 2)))
