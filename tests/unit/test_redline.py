"""The redline: section matching, word ops checked against git's word diff, and its renderers."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import FROZEN, GIT_ENV, ROOT, synthetic_policy
from policysite import document, redline
from policysite.redline import DELETE, EQUAL, INSERT

GOLDEN = Path(__file__).parent / "golden"

BASE = (
    "## 1. Scope of the fake policy\n\n"
    "Zephyr Widgets keeps fictional records for exactly 30 days before deletion.\n\n"
    "Write to [the desk](mailto:desk@example.test) or visit [our site](https://example.test/help).\n\n"
    "### 1.1 Sample list\n\n"
    "- alpha item about quokkas\n"
    "- bravo item about narwhals\n"
    "  - nested charlie item about axolotls\n\n"
    "## 2. Imaginary rights\n\n"
    "You may ask for l'accès to invented data. Requests are answered promptly. Nothing here is real.\n\n"
    "Le responsable du traitement fictif répond en français, « sans délai ».\n\n"
    "## 3. Made-up table\n\n"
    "| Purpose | Duration |\n|---|---|\n| testing | 12 months |\n| demo | 3 weeks |\n\n"
    "## 4. Closing words\n\n"
    "This synthetic text ends here with a final sentence.\n"
)


def policy(body: str, *, date: str = "2030-01-15", lang: str = "en",
           title: str = "Synthetic policy") -> document.Policy:
    return document.parse(synthetic_policy(date, sections=body, title=title), path=f"{lang}/index.md", lang=lang)


def edit(body: str, old: str, new: str, count: int = 1) -> str:
    assert body.count(old) >= count, old
    return body.replace(old, new, count)


def renumber(body: str, *, start: int, by: int = 1) -> str:
    """Shift top-level numbers >= start (and their subsections) by `by`."""
    def shift(m: re.Match) -> str:
        first = int(m.group(2))
        return f"{m.group(1)} {first + by if first >= start else first}{m.group(3)}"
    return re.sub(r"^(#{2,6}) (\d+)((?:\.\d+)*\.?) ", lambda m: shift(m) + " ", body, flags=re.M)


def changed(r: redline.Redline) -> list[tuple[str, str | None, str | None]]:
    return [(s.kind, s.old_number, s.new_number) for s in r.sections if s.shown]


def marked_words(r: redline.Redline) -> tuple[Counter, Counter]:
    deleted, inserted = Counter(), Counter()
    for section in r.sections:
        for block_ops, tokens in [(section.title_ops, redline.word_tokens)] + [
                (ops, tokens) for b in section.blocks
                for ops, tokens in ((b.ops, redline.word_tokens), (b.link_ops, redline.target_tokens))]:
            for tag, text in block_ops:
                if tag == DELETE:
                    deleted.update(k for k, _ in tokens(text))
                elif tag == INSERT:
                    inserted.update(k for k, _ in tokens(text))
    return deleted, inserted


# --- words ----------------------------------------------------------------------------


def test_tokens_carry_their_following_whitespace_and_compare_without_it():
    assert redline.word_tokens("Zephyr  keeps\nrecords.") == [("Zephyr", "Zephyr  "), ("keeps", "keeps\n"),
                                                             ("records", "records"), (".", ".")]
    assert redline.word_ops("a  b c", "a b c") == ((EQUAL, "a b c"),)


@pytest.mark.parametrize("text, tokens", [
    ("Allemagne et aux Pays-Bas.", ["Allemagne", "et", "aux", "Pays-Bas", "."]),
    # compared with a typographic apostrophe folded: `l’accès` for `l'accès` is no word changed (hunt 8)
    ("l’accès, l'accès; aujourd’hui !", ["l'accès", ",", "l'accès", ";", "aujourd'hui", "!"]),
    # guillemets compared as quotes, as curly quotes are (redline12)
    ("« sans délai » (voir §12.3)", ['"', "sans", "délai", '"', "(", "voir", "§", "12.3", ")"]),
    ("1,5 Mo à 10:30, ⟨https://example.test/help⟩ et desk@example.test.",
     ["1,5", "Mo", "à", "10:30", ",", "⟨", "https://example.test/help", "⟩", "et", "desk@example.test", "."]),
    # an ellipsis one token, as `…` is (redline12); a dash typed as hyphens one, compared as `—` is (redline15)
    ("et/ou -- fin...", ["et/ou", "-", "fin", "..."]),
    ("fin… ou fin.", ["fin", "...", "ou", "fin", "."]),
])
def test_punctuation_is_its_own_token_and_words_keep_their_joiners(text, tokens):
    assert [k for k, _ in redline.word_tokens(text)] == tokens
    assert "".join(t for _, t in redline.word_tokens(text)) == text


def test_word_ops_replace_insert_delete_and_apply():
    old, new = "Zephyr keeps fictional records for 30 days.", "Zephyr keeps invented records for 45 days now."
    ops = redline.word_ops(old, new)
    assert ops == ((EQUAL, "Zephyr keeps "), (DELETE, "fictional "), (INSERT, "invented "), (EQUAL, "records for "),
                   (DELETE, "30 "), (INSERT, "45 "), (EQUAL, "days "), (INSERT, "now"), (EQUAL, "."))
    assert redline.apply(old, ops) == new
    with pytest.raises(ValueError):
        redline.apply("something else entirely", ops)


def test_segments_keep_spaces_outside_the_marks():
    ops = redline.word_ops("keep this word", "keep")
    assert ops == ((EQUAL, "keep"), (DELETE, " this word"))
    assert redline.segments(ops) == [(EQUAL, "keep", " "), (DELETE, "this word", "")]


@pytest.mark.parametrize("old, new, marked", [
    # the example: a lawyer's compare tool marks only the added words, not "Allemagne." twice
    ("Les données sont hébergées en Allemagne.", "Les données sont hébergées en Allemagne et aux Pays-Bas.",
     "Les données sont hébergées en Allemagne {+et aux Pays-Bas+}."),
    ("Les données, hébergées en Allemagne.", "Les données hébergées en Allemagne.",
     "Les données[-,-] hébergées en Allemagne."),  # (the comma against the word before, as written: redline24)
    ("répond en français, « sans délai ».", "répond en français, « dans un délai d’un mois ».",
     "répond en français, « [-sans-] {+dans un+} délai {+d’un mois+} »."),
    ("30 jours (voir l’article 5).", "30 jours.", "30 jours [-(voir l’article 5)-]."),
    ("for 30 days.", "for 45 days.", "for [-30-] {+45+} days."),
    ("answered promptly.", "answered promptly;", "answered promptly[-.-]{+;+}"),  # no space between signs (legal27)
    # scripts written without spaces: no space between the deleted and the inserted letters, which neither version has
    ("เราเก็บข้อมูลเป็นเวลาสามปี", "เราเก็บข้อมูลเป็นเวลาห้าปี", "เราเก็บข้อมูลเป็นเวลา[-สาม-]{+ห้า+}ปี"),  # whole (adopt50)
    ("当社は個人情報を３年間保存します。", "当社は個人情報を５年間保存します。", "当社は個人情報を[-３-]{+５+}年間保存します。"),
    ("我们将您的信息保存三年。", "我们将您的信息保存五年。", "我们将您的信息保存[-三-]{+五+}年。"),
    ("最終更新日：2023年4月1日", "最終更新日：2023年10月1日", "最終更新日：2023年[-4-]{+10+}月1日"),  # among them
    ("Contact: a@example.test まで", "Contact: b@example.test まで", "Contact: [-a@example.test-] {+b@example.test+} まで"),
])
def test_punctuation_next_to_an_edit_marks_only_the_changed_words(old, new, marked):
    ops = redline.word_ops(old, new)
    assert redline.apply(old, ops) == new
    shown = "".join(f"{dict(_MARKS)[tag][0]}{core}{dict(_MARKS)[tag][1]}{tail}" for tag, core, tail in
                    redline.segments(ops))
    assert shown == marked
    text = redline.render_text(redline.diff(policy(f"## 1. Scope\n\n{old}\n"), policy(f"## 1. Scope\n\n{new}\n")),
                               color=False)
    assert f"  {marked}\n" in text


_MARKS = ((EQUAL, ("", "")), (DELETE, ("[-", "-]")), (INSERT, ("{+", "+}")))


# --- blocks ---------------------------------------------------------------------------


def test_changed_word_is_a_changed_block_in_a_changed_section():
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))
    assert changed(r) == [("changed", "1", "1")]
    (block,) = [b for b in r.sections[1].blocks if b.kind != "unchanged"]
    assert block.ops == ((EQUAL, "Zephyr Widgets keeps fictional records for exactly "), (DELETE, "30 "),
                         (INSERT, "45 "), (EQUAL, "days before deletion."))
    assert (block.old.line, block.new.line) == (9, 9)
    assert r.summary.counts == {"changed": 1, "added": 0, "removed": 0, "renumbered": 0, "moved": 0}
    assert (r.old_date, r.new_date) == (dt.date(2030, 1, 15), dt.date(2030, 2, 1))


@pytest.mark.parametrize("lang, heading", [
    ("en", "Changes from the version of January 15, 2030 to the version of February 1, 2030"),
    ("fr", "Modifications de la version du 15 janvier 2030 à la version du 1er février 2030"),
])
def test_the_text_and_markdown_redlines_write_their_dates_in_words_as_the_word_file_does(lang, heading):
    """Round 11: the text and Markdown redlines' headings said "Cambios de la versión del 2023-09-15" where the Word
    file and the changes page write "15 de septiembre de 2023"."""
    r = redline.diff(policy(BASE, lang=lang), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01", lang=lang))
    assert redline.render_text(r, color=False).splitlines()[0] == heading
    assert redline.render_markdown(r).splitlines()[0] == f"### {heading}"


@pytest.mark.parametrize("old, new", [
    ("(https://example.test/help)", "(https://example.test/aide)"),
    ("(mailto:desk@example.test)", "(mailto:help@example.test)"),
])
def test_link_target_or_email_change_is_shown_though_the_words_stay(old, new):
    r = redline.diff(policy(BASE), policy(edit(BASE, old, new)))
    (block,) = [b for b in r.sections[1].blocks if b.kind != "unchanged"]
    assert block.kind == "changed"
    assert block.ops == ((EQUAL, block.new.text),)
    before, after = old[1:-1], new[1:-1]
    marks = [(tag, text.strip()) for tag, text in block.link_ops]
    assert (DELETE, f"⟨{before}⟩") in marks and (INSERT, f"⟨{after}⟩") in marks
    assert r.summary.counts["changed"] == 1


@pytest.mark.parametrize("new_body, note", [
    (edit(BASE, "for exactly 30 days", "for exactly\n30 days"), "whitespace"),
    (edit(BASE, "for exactly 30 days", "for  exactly 30 days"), "whitespace"),
    (edit(BASE, "keeps fictional records", "keeps *fictional* records"), "formatting"),
    (edit(BASE, "keeps fictional records", "keeps **fictional** records"), "formatting"),
    (edit(BASE, "Zephyr Widgets keeps", "Zephyr Widgets `keeps`"), "formatting"),
    (edit(BASE, "  - nested charlie", "- nested charlie"), "formatting"),
])
def test_whitespace_and_formatting_only_edits_are_counted_not_shown(new_body, note):
    r = redline.diff(policy(BASE), policy(new_body))
    assert not r.changed and changed(r) == []
    assert r.notes == redline.Notes(**{note: 1})
    assert r.summary.counts == dict.fromkeys(("changed", "added", "removed", "renumbered", "moved"), 0)
    assert r.notes.whitespace + r.notes.formatting == 1


def test_paragraph_turned_into_list_item_is_formatting_or_an_edit():
    new = edit(BASE, "This synthetic text ends here", "- This synthetic text ends here")
    r = redline.diff(policy(BASE), policy(new))
    assert not r.changed and r.notes == redline.Notes(formatting=1)
    r = redline.diff(policy(BASE), policy(edit(new, "final sentence", "last sentence")))
    (block,) = r.sections[-1].blocks
    assert (block.kind, block.old.kind, block.new.kind) == ("changed", "paragraph", "item")
    assert [op for op in block.ops if op[0] != EQUAL] == [(DELETE, "final "), (INSERT, "last ")]


def test_space_inside_a_number_is_a_change_not_whitespace():
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "3 0 days")))
    assert r.notes == redline.Notes() and changed(r) == [("changed", "1", "1")]


def test_added_and_removed_list_items_and_paragraphs():
    new = edit(BASE, "- bravo item about narwhals\n", "- bravo item about narwhals\n- delta item about okapis\n")
    new = edit(new, "Le responsable du traitement fictif répond en français, « sans délai ».\n\n", "")
    r = redline.diff(policy(BASE), policy(new))
    assert changed(r) == [("changed", "1.1", "1.1"), ("changed", "2", "2")]
    kinds = {s.number: [(b.kind, b.block_kind, b.depth) for b in s.blocks if b.kind != "unchanged"] for s in r.sections}
    assert kinds["1.1"] == [("added", "item", 0)]
    assert kinds["2"] == [("removed", "paragraph", 0)]


def test_table_cells_are_diffed_cell_by_cell():
    r = redline.diff(policy(BASE), policy(edit(BASE, "| testing | 12 months |", "| testing | 18 months |")))
    (block,) = [b for b in r.sections[4].blocks if b.kind != "unchanged"]
    assert block.ops == ((EQUAL, "testing | "), (DELETE, "12 "), (INSERT, "18 "), (EQUAL, "months"))


def test_a_rewritten_paragraph_is_removed_and_added_not_paired():
    new = edit(BASE, "This synthetic text ends here with a final sentence.", "Entirely different prose about kiwis.")
    r = redline.diff(policy(BASE), policy(new))
    assert [b.kind for b in r.sections[-1].blocks] == ["removed", "added"]


def test_a_long_run_of_edited_paragraphs_is_paired_each_paragraph_one_change():
    """Security hunt 28, f_redline_cubic: each paragraph of a section of 300 edited by a word held `publish` for
    minutes (the pairing searched its run again on each side of each pair: the cube of its blocks). Within the
    bounds each pair is scored once; beyond them the run is paired in order; either way each paragraph is one
    change of one word."""

    from policysite.redline import engine

    for n in (40, 300):
        old = "## 1. Scope\n\n" + "\n\n".join(f"Paragraph {i} about quokkas." for i in range(n)) + "\n"
        r = redline.diff(policy(old), policy(old.replace("quokkas", "narwhals")))
        blocks = r.sections[1].blocks
        assert [b.kind for b in blocks] == ["changed"] * n
        assert all(b.ops[-2:] == ((DELETE, "quokkas"), (INSERT, "narwhals")) or
                   [t for t, _ in b.ops if t != EQUAL] == [DELETE, INSERT] for b in blocks)
    assert 40 * 40 <= engine.MAX_RUN_BLOCKS < 300 * 300



# --- sections -------------------------------------------------------------------------


NEW_SECTION = "## 2. Inserted fake section\n\nA brand new paragraph about pangolins.\n\n"


def test_section_inserted_renumbers_the_following_ones_without_deleting_them():
    new = renumber(BASE, start=2).replace("## 3. Imaginary rights", NEW_SECTION + "## 3. Imaginary rights")
    r = redline.diff(policy(BASE), policy(new))
    assert changed(r) == [("added", None, "2"), ("renumbered", "2", "3"), ("renumbered", "3", "4"),
                          ("renumbered", "4", "5")]
    assert not any(s.changed for s in r.summary.renumbered)
    assert [s.number for s in r.summary.added] == ["2"] and r.summary.removed == () and r.summary.changed == ()
    assert [(s.old_anchor, s.new_anchor) for s in r.summary.renumbered][0] == ("s2", "s3")


def test_section_removed_renumbers_the_following_ones():
    new = re.sub(r"## 2\. Imaginary rights.*?(?=## 3\.)", "", BASE, flags=re.S)
    r = redline.diff(policy(BASE), policy(renumber(new, start=3, by=-1)))
    assert changed(r) == [("removed", "2", None), ("renumbered", "3", "2"), ("renumbered", "4", "3")]
    removed = r.sections[3]
    assert removed.title_ops == ((DELETE, "Imaginary rights"),)
    assert all(b.kind == "removed" for b in removed.blocks)


def test_section_moved_is_said_as_such():
    section2 = re.search(r"## 2\. Imaginary rights.*?(?=## 3\.)", BASE, flags=re.S).group()
    body = BASE.replace(section2, "").replace("## 3. Made-up", "## 2. Made-up")
    body = body.replace("## 4. Closing", "## 3. Closing")
    body += "\n" + section2.replace("## 2.", "## 4.")
    r = redline.diff(policy(BASE), policy(body))
    assert changed(r) == [("renumbered", "3", "2"), ("renumbered", "4", "3"), ("moved", "2", "4")]
    assert [(s.old_number, s.new_number) for s in r.summary.moved] == [("2", "4")]
    assert r.summary.changed == ()


def test_renumbered_and_edited_section_is_both():
    new = renumber(BASE, start=2).replace("## 3. Imaginary rights", NEW_SECTION + "## 3. Imaginary rights")
    new = edit(new, "answered promptly", "answered within a week")
    r = redline.diff(policy(BASE), policy(new))
    section = next(s for s in r.sections if s.old_number == "2")
    assert (section.kind, section.new_number, section.changed) == ("renumbered", "3", True)
    assert [s.number for s in r.summary.changed] == ["3"]


def test_title_change_keeps_the_section_and_marks_the_title_words():
    r = redline.diff(policy(BASE), policy(edit(BASE, "## 4. Closing words", "## 4. Closing remarks")))
    assert changed(r) == [("changed", "4", "4")]
    assert r.sections[-1].title_ops == ((EQUAL, "Closing "), (DELETE, "words"), (INSERT, "remarks"))


def test_title_and_introduction_are_the_first_pseudo_section():
    old = policy("Intro paragraph about lemurs.\n\n" + BASE)
    new = policy("Intro paragraph about tapirs.\n\n" + BASE, title="Synthetic policy v2")
    first = redline.diff(old, new).sections[0]
    assert (first.kind, first.number, first.id, first.anchor) == ("changed", "", "preamble", "")
    assert first.title_ops == ((EQUAL, "Synthetic policy "), (INSERT, "v2"))


def test_identical_versions_have_nothing_to_show():
    r = redline.diff(policy(BASE), policy(BASE, date="2030-02-01"))
    assert not r.changed and r.notes == redline.Notes()
    assert all(s.kind == "unchanged" for s in r.sections)
    assert "No change in the text." in redline.render_text(r, color=False)


# --- reference: git's own word diff ---------------------------------------------------


def visible_text(p: document.Policy) -> str:
    """What the redline compares, one line per title or block, link targets after the block's words; its
    tokens (words and punctuation marks; link targets whole) spaced apart, so that git's word diff splits
    them where we do."""
    def spaced(text: str) -> str:
        return " ".join(k for k, _ in redline.word_tokens(text))

    def line(b: document.Block) -> str:
        return " ".join([spaced(b.text)] + [f"⟨{href}⟩" for href in b.links])
    lines = [spaced(p.title)] + [line(b) for b in p.preamble]
    for s in p.sections:
        lines += [spaced(s.title)] + [line(b) for b in s.blocks]
    return "\n".join(lines) + "\n"


def git_word_diff(old: str, new: str, tmp_path: Path) -> tuple[Counter, Counter]:
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    result = subprocess.run(
        ["git", "diff", "--no-index", "--no-color", "--word-diff=porcelain", "--word-diff-regex=[^[:space:]]+",
         "old.txt", "new.txt"],
        cwd=tmp_path, env={**os.environ, **GIT_ENV}, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode in (0, 1), result.stderr
    deleted, inserted = Counter(), Counter()
    in_hunk = False
    for out_line in result.stdout.splitlines():
        if out_line.startswith("@@"):
            in_hunk = True
        elif in_hunk and out_line[:1] == "-":
            deleted.update(out_line[1:].split())
        elif in_hunk and out_line[:1] == "+":
            inserted.update(out_line[1:].split())
    return deleted, inserted


REFERENCE_EDITS = {
    "word inserted": edit(BASE, "keeps fictional", "keeps only fictional"),
    "word deleted": edit(BASE, "for exactly 30", "for 30"),
    "word replaced": edit(BASE, "answered promptly", "answered slowly"),
    "punctuation": edit(BASE, "answered promptly.", "answered promptly;"),
    "accent": edit(BASE, "répond en français", "repond en francais"),
    # a typographic apostrophe is no word changed (hunt 8): the word added beside it is
    "apostrophe": edit(BASE, "for l'accès to", "for l’accès to all"),
    # (guillemets written as curly quotes are a formatting-only edit: test_redline12_noise)
    "guillemets": edit(BASE, "« sans délai »", "« sans aucun délai »"),
    "number": edit(BASE, "| 3 weeks |", "| 4 weeks |"),
    "moved sentence": edit(BASE, "You may ask for l'accès to invented data. Requests are answered promptly.",
                           "Requests are answered promptly. You may ask for l'accès to invented data."),
    "several edits in one paragraph": edit(BASE, "Zephyr Widgets keeps fictional records for exactly 30 days",
                                           "Zephyr Gadgets keeps fictional logs for exactly 31 days"),
    "paragraph added": edit(BASE, "## 4. Closing words\n\n", "## 4. Closing words\n\nAn added paragraph on emus.\n\n"),
    "paragraph removed": edit(BASE, "Le responsable du traitement fictif répond en français, « sans délai ».\n\n",
                              ""),
    "list item added": edit(BASE, "- bravo item about narwhals\n",
                            "- bravo item about narwhals\n- delta item about okapis\n"),
    "list item removed": edit(BASE, "- alpha item about quokkas\n", ""),
    "nested item edited": edit(BASE, "nested charlie item about axolotls", "nested charlie item about salamanders"),
    "link target": edit(BASE, "https://example.test/help", "https://example.test/support"),
    "e-mail address": edit(BASE, "[the desk](mailto:desk@example.test)",
                           "[help@example.test](mailto:help@example.test)"),
    "title words": edit(BASE, "## 2. Imaginary rights", "## 2. Imaginary and fictional rights"),
    "table cell": edit(BASE, "| demo | 3 weeks |", "| demonstration | 3 weeks |"),
    "edits in two sections": edit(edit(BASE, "final sentence", "last sentence"), "alpha item", "first item"),
    "section added": edit(renumber(BASE, start=4), "## 5. Closing",
                          "## 4. Extra fake clause\n\nHedgehogs only.\n\n## 5. Closing"),
    "section removed": renumber(re.sub(r"## 3\. Made-up table.*?(?=## 4\.)", "", BASE, flags=re.S), start=4, by=-1),
    # no full stop in common: a rewritten paragraph is removed and added whole, where git would keep the stop
    "rewritten paragraph": edit(BASE, "This synthetic text ends here with a final sentence.",
                                "Entirely different prose about kiwis!"),
}


@pytest.mark.parametrize("name", list(REFERENCE_EDITS))
def test_marked_words_are_those_of_git_word_diff(name, tmp_path):
    old, new = policy(BASE), policy(REFERENCE_EDITS[name])
    r = redline.diff(old, new)
    assert r.changed
    assert marked_words(r) == git_word_diff(visible_text(old), visible_text(new), tmp_path)


def random_edits(seed: int) -> str:
    """One to four random word insertions, deletions or replacements in the words of BASE (not its markup)."""
    rng = random.Random(seed)
    vocab = "zeta theta kappa lambda omicron sigma upsilon omega 7 42 l’accès « » , .".split()
    lines = BASE.split("\n")
    prose = [i for i, line in enumerate(lines) if line and not line.startswith(("#", "|---"))]
    for _ in range(rng.randint(1, 4)):
        i = rng.choice(prose)
        words = lines[i].split(" ")
        k = rng.choice([k for k, w in enumerate(words) if w not in ("-", "|", "")])
        action = rng.choice("idr")
        if action == "i":
            words.insert(k + rng.randint(0, 1), rng.choice(vocab))
        elif action == "d":
            del words[k]
        else:
            words[k] = rng.choice(vocab)
        lines[i] = " ".join(words)
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(40))
def test_random_word_edits_match_git_and_apply(seed, tmp_path):
    old, new = policy(BASE), policy(random_edits(seed))
    r = redline.diff(old, new)
    assert marked_words(r) == git_word_diff(visible_text(old), visible_text(new), tmp_path)
    assert rebuilt(r) == expected(new)


def rebuilt(r: redline.Redline) -> list[str]:
    """The new version's titles and blocks, obtained by applying every op to the old version's text."""
    def targets(block: document.Block | None) -> str:
        return " ".join(f"⟨{href}⟩" for href in block.links) if block else ""

    out = []
    for section in r.sections:
        if section.kind != "removed":
            out.append(redline.apply(section.old_title, section.title_ops) if section.title_ops else section.new_title)
        for block in section.blocks:
            if block.kind != "removed":
                out.append(redline.apply(block.old.text if block.old else "", block.ops))
                if block.link_ops:
                    assert redline.apply(targets(block.old), block.link_ops) == targets(block.new)
                else:
                    assert targets(block.old) == targets(block.new)
    return out


def expected(p: document.Policy) -> list[str]:
    return [p.title] + [b.text for b in p.preamble] + [
        text for s in p.sections for text in [s.title] + [b.text for b in s.blocks]]


@pytest.mark.parametrize("name", list(REFERENCE_EDITS))
def test_applying_the_redline_to_the_old_text_gives_the_new_one(name):
    old, new = policy(BASE), policy(REFERENCE_EDITS[name])
    assert rebuilt(redline.diff(old, new)) == expected(new)


# --- real content: the policy against a mutated copy of itself ------------------------


def mutated_policy(text: str) -> str:
    """The French policy with an added §3, a changed number, a changed link, a reflowed paragraph."""
    text = text.replace("date: 2021-02-17", "date: 2030-06-30")
    text = renumber(text, start=3)
    text = text.replace("## 4. Préambule",
                        "## 3. Section synthétique de test\n\nTexte fictif ajouté.\n\n## 4. Préambule")
    text = text.replace("58 avenue de Wagram", "60 avenue de Wagram")
    text = text.replace("(https://www.cnil.fr)", "(https://www.cnil.fr/fr)")
    return text.replace("à la protéger. Il est", "à la protéger.\nIl est")


def test_real_policy_against_a_mutated_copy():
    source = (FROZEN / "fr" / "index.md").read_text(encoding="utf-8")
    old = document.parse(source, path="fr/index.md", lang="fr")
    new = document.parse(mutated_policy(source), path="fr/index.md", lang="fr")
    r = redline.diff(old, new)
    summary = r.summary
    assert [s.number for s in summary.added] == ["3"] and summary.removed == () and summary.moved == ()
    assert len(summary.renumbered) == 46
    assert [(s.old_number, s.new_number) for s in summary.changed] == [("6.1", "7.1"), ("11", "12")]
    assert r.notes == redline.Notes(whitespace=1)
    number = next(s for s in summary.changed if s.new_number == "7.1")
    assert [op for b in number.blocks for op in b.ops if op[0] != EQUAL] == [(DELETE, "58 "), (INSERT, "60 ")]
    assert rebuilt(r) == expected(new)
    json.dumps(redline.to_json(r))


# --- renderers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def everything() -> tuple[document.Policy, document.Policy]:
    new = renumber(BASE, start=2).replace("## 3. Imaginary rights", NEW_SECTION + "## 3. Imaginary rights")
    new = edit(new, "answered promptly", "answered &lt;within&gt; a week")  # words the page shows
    new = edit(new, "https://example.test/help", "https://example.test/support")
    new = edit(new, "keeps fictional", "keeps *fictional*")
    new = re.sub(r"## 5\. Closing words.*", "", new, flags=re.S)
    return policy(BASE, date="2030-01-15"), policy(new, date="2030-03-01")


def test_render_text_plain_is_git_style_and_colour_is_ansi():
    r = redline.diff(*everything())
    plain = redline.render_text(r, color=False)
    assert "\x1b[" not in plain
    assert "answered [-promptly-] {+<within> a week+}. Nothing" in plain
    assert "§2 → §3 Imaginary rights (renumbered, text changed)" in plain
    assert "Link targets: ⟨mailto:desk@example.test⟩ [-⟨https://example.test/help⟩-] " \
           "{+⟨https://example.test/support⟩+}" in plain
    assert "Not shown as changes of text: 1 formatting-only edit.\n" in plain
    colour = redline.render_text(r, color=True)
    assert "\x1b[9;31mpromptly\x1b[0m \x1b[4;32m<within> a week\x1b[0m." in colour and "[-" not in colour



def test_a_renumbered_section_whose_title_alone_changed_says_so(env):
    """Reader hunt 44: §2 "Imaginary rights" became §3 "Imaginary rights of readers" under a new §2: the changes page
    said "(renumbered, text changed)" over its text shown unchanged ("…unchanged paragraphs not shown")."""
    new = renumber(BASE, start=2).replace("## 3. Imaginary rights", NEW_SECTION + "## 3. Imaginary rights of readers")
    new = new.replace("## 4. Made-up table", "## 4. Made-up table of durations")
    r = redline.diff(policy(BASE), policy(new.replace("exactly 30 days", "exactly 31 days")
                                          .replace("| demo | 3 weeks |", "| demo | 4 weeks |"), date="2030-03-01"))
    plain = redline.render_text(r, color=False)
    # ... and its old title beside the new one (texts 31)
    assert "§2 → §3 Imaginary rights of readers (renumbered, title changed, formerly “Imaginary rights”)" in plain
    assert "§3 → §4 Made-up table of durations (renumbered, text changed, formerly “Made-up table”)" in plain
    assert "§4 → §5 Closing words (renumbered, text unchanged)" in plain
    french = redline.render_text(redline.diff(policy(BASE, lang="fr"), policy(new, date="2030-03-01", lang="fr")),
                                 color=False)
    assert "§2 → §3 Imaginary rights of readers (renumérotée, titre modifié, anciennement «\u00a0Imaginary rights\u00a0»)" \
        in french
    assert "(renumbered, title changed, formerly “Imaginary rights”)" in redline.render_html(r, env=env, lang="en")


def test_the_texts_control_characters_are_shown_not_obeyed_by_the_terminal():
    """Security hunt 30: ESC [8m in a pull request's text hid the words after it in `policy diff`, ESC [2J in a
    heading cleared the reviewer's screen (the checks refuse the text, but the reviewer reads the redline first)."""
    old = policy("## 1. Scope\n\nWe keep data.\n")
    new = policy("## 1. Scope\x1b[2J\n\nWe keep data \x1b[8mfor ever\x1b[0m and \x9b1m.\n")
    for color in (False, True):
        shown = redline.render_text(redline.diff(old, new), color=color)
        assert "\\x1b[8mfor" in shown and "\\x1b[2J" in shown and "\\x9b1m" in shown, shown
        assert [part for part in ("\x1b[8m", "\x1b[2J", "\x9b") if part in shown] == []


@pytest.mark.parametrize("tty, environ, expected", [
    (True, {"TERM": "xterm-256color"}, True), (False, {}, False), (True, {"NO_COLOR": "1"}, False),
    (True, {"TERM": "dumb"}, False)])
def test_colour_only_on_a_terminal(tty, environ, expected):
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty
    assert redline.wants_color(Stream(), environ=environ) is expected


@pytest.mark.parametrize("lang, said", [
    ("en", "1 changed, 1 added, 1 removed, 1 renumbered and changed, 1 renumbered"),
    ("fr", "1 modifiée, 1 ajoutée, 1 supprimée, 1 renumérotée et modifiée, 1 renumérotée")])
def test_the_summary_counts_each_section_once(lang, said):
    """Words 24: a section renumbered and changed was counted as changed and as renumbered: "2 modifiée(s), 1
    ajoutée(s), 1 supprimée(s), 2 renumérotée(s)" said of five sections. Each is now in one kind, the counts adding up
    to the sections shown, in every renderer."""
    from policysite.redline import render

    r = redline.diff(*everything())
    counts = render.section_counts(r)
    assert sum(counts.values()) == sum(1 for s in r.sections if s.shown and s.number) == 5
    assert counts["renumbered_changed"] == 1 and counts["changed"] == 1
    assert redline.render_text(r, color=False, lang=lang).splitlines()[1] == said
    assert f"**{said}**" in redline.render_markdown(r, lang=lang)


@pytest.mark.parametrize("lang, whitespace, formatting, said", [
    ("en", 0, 1, "Not shown as changes of text: 1 formatting-only edit."),
    ("en", 2, 3, "Not shown as changes of text: 2 whitespace-only edits, 3 formatting-only edits."),
    ("fr", 0, 1, "Non montrées comme modifications du texte\u00a0: 1 modification de mise en forme seule."),
    ("fr", 2, 0, "Non montrées comme modifications du texte\u00a0: 2 modifications d’espacement seul."),
    ("ja", 1, 2, "本文の変更として表示していないもの：空白のみの変更1件、書式のみの変更2件。"),
    ("en", 0, 0, "")])
def test_the_notes_name_only_the_edits_there_are_each_in_its_numbers_form(lang, whitespace, formatting, said):
    """Words 24: "Non montrées comme modifications du texte : 0 d’espacement seul, 1 de mise en forme seule." named
    an edit that did not happen and glued a count to an adjective."""
    from policysite.redline import render
    from policysite.redline.model import Notes

    r = redline.diff(policy(BASE), policy(BASE))
    r.notes = Notes(whitespace=whitespace, formatting=formatting)
    assert render._notes_line(r, redline.labels(lang), lang) == said


def test_render_markdown_for_a_pull_request(tmp_path):
    r = redline.diff(*everything())
    md = redline.render_markdown(r, old_url="https://policy.example.test/en/2030-01-15/",
                                 new_url="https://policy.example.test/en/2030-03-01/")
    assert "**1 changed, 1 added, 1 removed, 1 renumbered and changed, 1 renumbered**" in md and "0 moved" not in md
    assert "answered <del>promptly</del> <ins>&lt;within&gt; a week</ins>. Nothing" in md
    assert "<del>`⟨https://example.test/help⟩`</del> <ins>`⟨https://example.test/support⟩`</ins>" in md
    assert "- §2 → §3 Imaginary rights (renumbered, text changed): " \
           "[previous version](https://policy.example.test/" \
           "en/2030-01-15/#s2) · [new version](https://policy.example.test/en/2030-03-01/#s3)" in md
    assert "- §4 Closing words (removed): [previous version](https://policy.example.test/en/2030-01-15/#s4)" in md
    short = redline.render_markdown(r, max_chars=700)
    assert len(short) < 900 and "\n5 more sections not shown here: see the full redline." in short


def test_render_markdown_in_french_escapes_markdown():
    old = policy("## 1. Un\n\nTexte *fictif* ici.\n", lang="fr")
    new = policy("## 1. Un\n\nTexte *fictif* ici avec 2 * 3 [crochets] et #dièse.\n", lang="fr")
    md = redline.render_markdown(redline.diff(old, new))
    assert "Texte fictif ici <ins>avec 2 \\* 3 \\[crochets\\] et \\#dièse</ins>." in md
    assert "Légende\u00a0: <del>supprimé</del>" in md and "**0 ajoutée(s)" not in md


def test_to_json_is_plain_data():
    data = redline.to_json(redline.diff(*everything()))
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["summary"]["renumbered"] == [{"old": "2", "new": "3"}, {"old": "3", "new": "4"}]
    assert data["summary"]["removed"] == ["4"] and data["notes"] == {"whitespace": 0, "formatting": 1}
    first = data["sections"][0]
    assert (first["kind"], first["new_number"], first["blocks"][0]["link_ops"]) == \
        ("changed", "1", [["equal", "⟨mailto:desk@example.test⟩ "], ["delete", "⟨https://example.test/help⟩"],
                          ["insert", "⟨https://example.test/support⟩"]])


def normalise(html: str) -> str:
    return re.sub(r'<time datetime="[^"]*">[^<]*</time>', "<time>DATE</time>", html)


@pytest.mark.parametrize("name, lang", [("everything", "en"), ("everything", "fr"), ("words-and-links", "en"),
                                        ("nothing", "fr")])
def test_render_html_matches_golden(name, lang, env):
    if name == "everything":
        old, new = everything()
    elif name == "words-and-links":
        old, new = policy(BASE), policy(REFERENCE_EDITS["e-mail address"].replace("30 days", "45 days"))
    else:
        old, new = policy(BASE), policy(edit(BASE, "for exactly 30", "for exactly\n30"))
    html = normalise(redline.render_html(redline.diff(old, new), env=env, lang=lang,
                                         old_url="../2030-01-15/", new_url="../2030-03-01/"))
    golden = GOLDEN / f"redline-{name}-{lang}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8")


def test_render_html_is_accessible_and_escaped(env):
    html = redline.render_html(redline.diff(*everything()), env=env, lang="en",
                               old_url="../2030-01-15/", new_url="../2030-03-01/")
    assert '<time datetime="2030-01-15">January 15, 2030</time>' in html
    assert "<del class=\"redline-del\"><span class=\"redline-sr\">deleted: </span>promptly</del>" in html
    assert "<ins class=\"redline-ins\"><span class=\"redline-sr\">inserted: </span>&lt;within&gt; a week</ins>." in html
    assert "<within>" not in html
    assert 'class="redline-legend"' in html and "struck through" in html and "underlined" in html
    # each named with its section too, after the words shown (reader7, session 36)
    assert re.search(r'<a href="\.\./2030-01-15/#s2">previous version<span class="policy-unseen"> \(§2[^<]*\)</span>'
                     r'</a> · <a href="\.\./2030-03-01/#s3">new version<span class="policy-unseen"> \(§2[^<]*\)</span></a>',
                     html), html
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids)) and "redline-old-s4" in ids
    assert all(f'href="#{i}"' in html for i in ids if i != "redline-summary")



@pytest.mark.parametrize("titles", [["Summary"], ["Summary", "Summary 2"], ["Overview"]])
def test_a_section_titled_summary_keeps_an_id_of_its_own_on_the_changes_page(env, titles):
    """Adoption 27: GitHub's privacy statement has a section titled "Summary" (unnumbered, anchored `summary`): its
    redline section's id was `redline-summary`, the changes page's own summary heading's, and every version after the
    first was refused by the output check ("the id “redline-summary” is on two elements of the text")."""
    sections = "".join(f"## {title}\n\nWe keep data {{days}} days.\n\n" for title in titles) + \
        "## Contact\n\nWrite to us.\n"
    html = redline.render_html(redline.diff(policy(sections.format(days=30)), policy(sections.format(days=45),
                                                                                     date="2030-03-01")),
                               env=env, lang="en", old_url="../2030-01-15/", new_url="../2030-03-01/")
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids)) and "redline-summary" in ids
    assert all(target in ids for target in re.findall(r'href="#([^"]+)"', html))  # each link lands on its own
    summary = re.search(r'<h2 id="([^"]+)"[^>]*>Summary</h2>', html)
    assert summary is not None and summary.group(1) not in {f"redline-{t.lower().replace(' ', '-')}" for t in titles}

def test_render_html_words_fall_back_to_english(env):
    html = redline.render_html(redline.diff(*everything()), env=env, lang="de")
    assert "Legend" in html and 'lang="de"' in html and "previous version" not in html


def test_stylesheet_marks_changes_without_colour():
    css = (ROOT / "overrides" / "assets" / "stylesheets" / "redline.css").read_text(encoding="utf-8")
    assert "line-through" in css and "underline" in css
    assert 'content: "[−"' in css and 'content: "[+"' in css and "@media print" in css


NUMBERED = "## 1. Purposes\n\nWe use your data:\n\n1. for the contract;\n2. for the law;\n3. for marketing.\n"


def test_a_numbered_lists_items_are_shown_with_their_numbers_and_a_number_change_is_a_formatting_note():
    """Legal hunt 36: an item removed from a numbered list was shown as a bullet ("- [-for the law;-]"), and a list
    renumbered (its start changed, or made a bulleted list) was "no change to the text" with nothing said, while the
    site showed other numbers and the text may cite them ("the purposes of item 3")."""
    removed = redline.diff(policy(NUMBERED), policy(edit(NUMBERED, "2. for the law;\n3.", "2.")))
    text = redline.render_text(removed, color=False)
    assert "  2. [-for the law;-]" in text and "- [-" not in text
    assert removed.notes.formatting == 1  # "for marketing." is item 2 now
    assert "- 2\\. <del>" in redline.render_markdown(removed)
    restarted = redline.diff(policy(NUMBERED), policy(NUMBERED.replace("1. for", "4. for")))
    assert not restarted.changed and restarted.notes.formatting == 3
    bullets = redline.diff(policy(NUMBERED), policy(re.sub(r"^\d\. ", "- ", NUMBERED, flags=re.M)))
    assert not bullets.changed and bullets.notes.formatting == 3


def test_a_change_of_the_title_or_introduction_alone_is_counted_not_said_to_change_no_section():
    """Legal hunt 36: a redline whose only change was the title (or the text above §1) opened with "no section
    changed", then showed "Title and introduction (changed)"."""
    body = "## 1. Scope\n\nAlpha.\n"
    r = redline.diff(policy(body), policy(body, title="Synthetic policy, revised"))
    text = redline.render_text(r, color=False)
    assert text.splitlines()[1] == "no section changed; the title and introduction changed"
    assert text.splitlines()[3] == "Title and introduction (changed)"
    both = redline.diff(policy(body), policy(body.replace("Alpha.", "Beta."), title="Synthetic policy, revised"))
    assert redline.render_text(both, color=False).splitlines()[1] == "1 changed; the title and introduction changed"


def test_the_title_and_introduction_changed_are_a_clause_of_the_summary_not_one_more_count():
    """Reader audit 35: "1 changed, 47 added, 2 removed, Title and introduction (changed)" read the title as a fourth
    count of sections. Every language says the counts, then the title and introduction changed in words of its own
    (compare.js: countsLine, held to the same line by test_archive_pages)."""
    from policysite.strings import REDLINE_STRINGS, aside, counted

    body = "## 1. Scope\n\nAlpha.\n\n## 2. Rights\n\nAsk.\n"
    both = redline.diff(policy(body), policy(body.replace("Alpha.", "Beta.").replace("Ask.", "Ask us."),
                                              title="Synthetic policy, revised"))
    said = {lang: redline.render_text(both, color=False, lang=lang).splitlines()[1] for lang in ("en", "fr", "de", "ja")}
    assert said == {"en": "2 changed; the title and introduction changed",
                    "fr": "2 modifiées\u202f; le titre et l’introduction ont été modifiés",
                    "de": "2 geändert; Titel und Einleitung wurden geändert",
                    "ja": "変更2件。タイトルと前文が変更されました"}
    for lang, own in REDLINE_STRINGS.items():
        t = redline.labels(lang)
        line = redline.render_text(both, color=False, lang=lang).splitlines()[1]
        assert "preamble" not in own or "counts_preamble" in own, f"{lang} says the title changed in English"
        before, after = t["counts_preamble"].split("{counts}")
        assert line == before + counted(t, "count_changed", 2, lang, n=2) + after, lang
        assert t["preamble"] + aside(t["preamble_changed"], lang) not in line


def test_an_html_redline_of_a_right_to_left_language_says_its_direction_itself():
    """Hunt 41: `policy diff … --lang ar --format html` gave `<div class="redline" lang="ar">`: pasted into another
    tool or page, the Arabic redline was laid out left to right."""
    from jinja2 import Environment, FileSystemLoader

    from helpers import ROOT

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days"), date="2030-02-01"))
    assert redline.render_html(r, env=env, lang="ar").startswith('<div class="redline" lang="ar" dir="rtl">')
    assert redline.render_html(r, env=env, lang="fr").startswith('<div class="redline" lang="fr">')


def test_a_words_combining_marks_are_part_of_it_and_thai_is_compared_letter_by_letter():
    """Scripts task, finding 9: Python's \\w has no combining marks, so a Hindi word was cut at each vowel sign (डेटा
    read as ड े ट ा: a change marked half a word, a vowel sign alone), an Arabic or Hebrew one at each vowel point;
    and Thai, written without spaces, was cut at its marks (a change marked from the middle of one word to the middle
    of another). Marks now belong to their word; Thai, Lao, Myanmar, Khmer letters are words of their own with their
    marks, as Chinese characters are."""
    import unicodedata

    from policysite import marks as unicode_marks
    from policysite.redline import engine

    assert unicodedata.unidata_version == unicode_marks.MARKS_UNICODE
    marks = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")}
    assert {c for c in marks if re.fullmatch(f"[{unicode_marks.MARKS}]", c)} == marks
    assert not re.search(f"[{unicode_marks.MARKS}]", "".join(chr(c) for c in range(0x3000) if chr(c) not in marks))
    hindi = "हम आपके डेटा को तीन वर्षों तक रखते हैं।"
    assert [t for t, _ in engine.word_tokens(hindi)] == ["हम", "आपके", "डेटा", "को", "तीन", "वर्षों", "तक", "रखते",
                                                        "हैं", "।"]
    ops = engine.word_ops(hindi, hindi.replace("तीन", "पाँच"))
    assert [(tag, text) for tag, text in ops if tag != EQUAL] == [(DELETE, "तीन "), (INSERT, "पाँच ")]
    assert engine.word_ops("مَحْمُود جَمِيل", "مَحْمُود جَمِيلٌ")[1:] == ((DELETE, "جَمِيل"), (INSERT, "جَمِيلٌ"))
    thai = "เราเก็บข้อมูลของคุณเป็นเวลาสามปี"
    tokens = [t for t, _ in engine.word_tokens(thai)]
    assert "".join(tokens) == thai and "ก็" in tokens and "ข้" in tokens and "ปี" in tokens
    assert not any(unicodedata.category(t[0]).startswith("M") for t in tokens)  # no vowel sign parted from its letter
    changed = [text for tag, text in engine.word_ops(thai, thai.replace("สาม", "ห้า")) if tag != EQUAL]
    assert changed == ["สาม", "ห้า"]  # the words whole, not their letters around the า they share (adopt50)


def test_the_title_and_introduction_changed_agree_with_both_in_each_language(env):
    """Words 25: a French redline said "Titre et introduction (modifiée)", the feminine singular of a section said of a
    title and an introduction (so did es, it, pt, pl, cs, he, ar, el, sv): their own word now agrees with both, in the
    summary's counts and beside their heading (compare.js: statusOf, countsLine)."""
    body = "## 1. Scope\n\nAlpha.\n"
    r = redline.diff(policy(body), policy(body, title="Synthetic policy, revised"))
    said = {lang: redline.render_text(r, color=False, lang=lang).splitlines()[3]
            for lang in ("fr", "es", "it", "pt", "pl", "cs", "he", "el", "sv", "en")}
    assert said == {"fr": "Titre et introduction (modifiés)", "es": "Título e introducción (modificados)",
                    "it": "Titolo e introduzione (modificati)", "pt": "Título e introdução (alterados)",
                    "pl": "Tytuł i wstęp (zmienione)", "cs": "Název a úvod (změněny)", "he": "כותרת ומבוא (שונו)",
                    "el": "Τίτλος και εισαγωγή (τροποποιήθηκαν)", "sv": "Titel och inledning (ändrade)",
                    "en": "Title and introduction (changed)"}
    html = redline.render_html(r, env=env, lang="fr")
    assert "(modifiés)" in html and "(modifiée)" not in html
