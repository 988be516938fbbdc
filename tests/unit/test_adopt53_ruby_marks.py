"""Adopt53: a ruby inside bold or italics (`<b>当社は<ruby>個人情報<rt>こじん</rt></ruby></b>`, a Word run in bold
holding a phonetic guide) kept the mark around its base but not its reading: the page drew `こじん` in bold (a
reading inherits its ruby's weight), the imported site drew it plain. The reading is now in the mark too,
`<rt>**こじん**</rt>`, which the gate passes, the checks read, and the site draws as the page did."""
from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from policysite import document, rendering
from policysite.convert import convert
from unit.test_convert import gate_problems, render


def test_a_bold_rubys_reading_stays_bold(tmp_path: Path):
    source = tmp_path / "privacy-2025-03-01.html"
    source.write_text('<html lang="ja"><body><main><h1>方針</h1><h2>1. 目的</h2><p>当社は<strong><ruby>個人情報<rt>こじん</rt></ruby>'
                      '</strong>を<i>必ず<ruby>適<rt>てき</rt>正<rt>せい</rt></ruby></i>に取り扱います。</p></main></body></html>',
                      encoding="utf-8")
    converted = convert(source, lang="ja")
    assert ("当社は<ruby>**個人情報**<rt>**こじん**</rt></ruby>を*必ず*<ruby>*適*<rt>*てき*</rt>*正*<rt>*せい*</rt></ruby>"
            "に取り扱います。") in converted.markdown, converted.markdown
    shown = LexborHTMLParser(render(converted.markdown))
    assert [node.text() for node in shown.css("rt strong")] == ["こじん"]
    assert [node.text() for node in shown.css("rt em")] == ["てき", "せい"]
    assert gate_problems(converted) == []
    page = f"---\ndate: 2025-03-01\n---\n{converted.markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/ja/index.md", lang="ja")] == []
    policy = document.parse(page, path="docs/ja/index.md", lang="ja")
    assert "当社は個人情報（こじん）を必ず適（てき）正（せい）に取り扱います。" in policy.sections[0].blocks[0].shown, \
        policy.sections[0].blocks[0].shown
