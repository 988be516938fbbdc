"""A ruby's reading (`<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`: Japanese furigana, Chinese pinyin), drawn over its
base on the page, is read in brackets after it wherever the text is drawn on one line: the redline, the PDF,
policy.json. Glued to its base, "個人情報こじんじょうほう" was one word there, and an edited reading a changed word."""
from __future__ import annotations

import pytest

from policysite import document, editorial, inline, redline


def _read(tmp_path, text: str, *, date: str = "2024-04-01", name: str = "index.md") -> document.Policy:
    path = tmp_path / name
    path.write_text(f"---\ndate: {date}\n---\n\n# プライバシーポリシー\n\n{text}", encoding="utf-8")
    return document.read(path, lang="ja")


@pytest.mark.parametrize(("tag", "before", "said"), [
    ("<rt>", "当社は個人情報", "（"), ("<rt>", "personal data", "("), ("<RT class=x>", "氏名 ", "（"),
    ("</rt>", "個人情報（こじん", "）"), ("</rt>", "data (dei", ")"), ("</rt >", "氏名（し", "）"),
    ("<ruby>", "氏名", ""), ("</ruby>", "氏名", ""), ("<rtc>", "氏名", ""), ("<em>", "氏名", ""),
])
def test_a_reading_s_tags_stand_for_its_brackets(tag, before, said):
    assert inline.ruby_bracket(tag, before) == said


def test_the_model_reads_a_reading_in_brackets_after_its_base_in_a_heading_a_paragraph_a_cell_and_a_block(tmp_path):
    policy = _read(tmp_path, "## 1. <ruby>目的<rt>もくてき</rt></ruby>\n\n"
                             "当社は<ruby>個人情報<rt>こじんじょうほう</rt></ruby>を**大切**にします。"
                             "<ruby>Cookie<rt>クッキー</rt></ruby>、<ruby>GDPR<rt>gee-dee</rt></ruby>。\n\n"
                             "| 項目 | 期間 |\n|---|---|\n| <ruby>氏名<rt>しめい</rt></ruby> | 1年 |\n\n"
                             "<div><ruby>開示<rt>かいじ</rt></ruby>を求める。</div>\n")
    section = policy.sections[0]
    assert section.title == "目的（もくてき）"
    paragraph, row, block = section.blocks[0], section.blocks[-2], section.blocks[-1]
    assert paragraph.shown == document.drawn(paragraph) == "当社は個人情報（こじんじょうほう）を大切にします。Cookie(クッキー)、GDPR(gee-dee)。"
    assert row.shown_cells == ("氏名（しめい）", "1年")
    assert block.text == "開示（かいじ）を求める。"
    assert "<ruby>" in paragraph.text  # the checks read it as written


def test_a_reading_edited_is_that_word_changed_not_its_base(tmp_path):
    old = _read(tmp_path, "## 1. 目的\n\n当社は<ruby>個人情報<rt>こじんじょうほう</rt></ruby>を大切にします。\n", name="a.md")
    new = _read(tmp_path, "## 1. 目的\n\n当社は<ruby>個人情報<rt>こじん じょうほう</rt></ruby>を大切にします。\n",
                date="2024-09-01", name="b.md")
    r = redline.diff(old, new)
    (change,) = [b for s in r.sections for b in s.blocks]
    assert redline.apply(old.sections[0].blocks[0].shown, change.ops) == new.sections[0].blocks[0].shown
    assert "個人情報" in "".join(text for op, text in change.ops if op == redline.EQUAL)


def test_a_ruby_and_its_reading_pass_the_allow_list_and_a_fallback_bracket_element_does_not():
    """`<rp>` holds what a browser without ruby draws, hidden by every browser the site serves: words there were the
    PDF's and the redline's, never the page's. The model writes the brackets."""
    assert {"ruby", "rt"} <= set(editorial.ALLOWED_TAGS) and "rp" not in editorial.ALLOWED_TAGS


@pytest.mark.parametrize("markup", ["<sup><ruby>個人情報<rt>こじん</rt></ruby></sup>",
                                    "<ruby>個人情報<rt><sub>こじん</sub></rt></ruby>"])
def test_a_reading_shrunk_again_is_refused_as_a_superscript_in_a_superscript_is(tmp_path, markup):
    """A reading is drawn at half its words' size: in a superscript, or a subscript in it, smaller still."""
    policy = _read(tmp_path, f"## 1. 目的\n\n当社は{markup}を大切にします。\n")
    found = [f for f in editorial.check(policy, brand="Example") if f.rule == editorial.RULE_HTML]
    assert found and all("rt" in f.message or "sup" in f.message or "sub" in f.message for f in found), found


def test_the_table_of_contents_titles_a_heading_s_reading_in_brackets_and_leaves_the_others():
    from mkdocs.structure.toc import get_toc

    from policysite import toc_readings

    toc = get_toc([{"level": 2, "id": "s1", "name": "1. 目的もくてき", "children": [
        {"level": 3, "id": "s1-1", "name": "1.1 範囲", "children": []}]},
        {"level": 2, "id": "s2", "name": "2. 権利", "children": []}])
    content = ('<h2 id="s1">1. <ruby>目的<rt>もくてき</rt></ruby><a class="headerlink" href="#s1">¶</a></h2>'
               '<h3 id="s1-1">1.1 範囲</h3><h2 id="s2">2. 権利</h2>')
    read = toc_readings.with_readings(toc, content)
    assert [(e.title, [c.title for c in e.children]) for e in read] == [("1. 目的（もくてき）", ["1.1 範囲"]),
                                                                         ("2. 権利", [])]
    assert toc_readings.with_readings(toc, "<h2 id='s2'>2. 権利</h2>") is toc
