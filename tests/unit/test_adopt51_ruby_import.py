"""Adopt51: an HTML policy's ruby (`<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`: Japanese furigana, Chinese
pinyin) lost its readings on import: the base words were kept and the readings said left out, though the site's text
writes ruby (editorial's raw HTML allows <ruby> and <rt>; the model reads a reading in brackets after its base).
The import now keeps each ruby as the site writes it (no attribute, no <rp>, <rb> unwrapped), which the gate passes;
a ruby the site does not write (a reading without words) still keeps its words and says its readings."""
from __future__ import annotations

from pathlib import Path

from policysite import document
from policysite.convert import convert
from tests.unit.test_convert import gate_problems

PAGE = ('<html lang="ja"><body><main><h1>プライバシーポリシー</h1><h2>1. <ruby>目的<rt>もくてき</rt></ruby></h2>'
        '<p>当社は<ruby class="furigana">個人情報<rp>（</rp><rt style="font-size:50%">こじん じょうほう</rt><rp>）</rp>'
        '</ruby>を<ruby><rb>適</rb><rt>てき</rt><rb>正</rb><rt>せい</rt></ruby>に取り扱います。</p></main></body></html>')


def _converted(tmp_path: Path, page: str):
    source = tmp_path / "privacy-2025-03-01.html"
    source.write_text(page, encoding="utf-8")
    return convert(source, lang="ja")


def test_ruby_is_kept_with_its_readings(tmp_path: Path):
    converted = _converted(tmp_path, PAGE)
    assert "## 1. <ruby>目的<rt>もくてき</rt></ruby>\n" in converted.markdown, converted.markdown
    assert ("当社は<ruby>個人情報<rt>こじん じょうほう</rt></ruby>を<ruby>適<rt>てき</rt>正<rt>せい</rt></ruby>に取り扱います。"
            in converted.markdown), converted.markdown
    assert not [note for note in converted.notes if "ruby" in note], converted.notes
    assert gate_problems(converted) == []
    policy = document.parse(f"---\ndate: 2025-03-01\n---\n{converted.markdown}", path="docs/ja/index.md", lang="ja")
    assert policy.sections[0].title == "目的（もくてき）"
    assert "当社は個人情報（こじん じょうほう）を適（てき）正（せい）に取り扱います。" in policy.sections[0].blocks[0].shown


def test_a_ruby_the_site_does_not_write_keeps_its_words_and_says_its_readings(tmp_path: Path):
    converted = _converted(tmp_path, '<html><body><main><h1>Privacy</h1><p>Texte <ruby>A<rt> </rt></ruby> puis '
                                     '<ruby>B<rt>b</rt><rt>c</rt></ruby>.</p></main></body></html>')
    assert "Texte A puis B.\n" in converted.markdown, converted.markdown
    assert [note for note in converted.notes if "“B (b c)”" in note], converted.notes
