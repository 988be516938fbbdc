"""The punctuation of a Japanese page whose PDF has no font (。「」、（）：) is named with the family that draws its
letters (company8: `policy check` named the signs with no family, where it named IPAGothic for the letters); an emoji
beside them is still named with none (no CJK font draws it)."""
from __future__ import annotations

from policysite import document, glyphs


def test_japanese_signs_are_named_with_the_family_of_the_japanese_letters():
    text = "---\ndate: 2024-03-01\n---\n\n# データ\n\n## 1. 利用\n\n当社は「情報」を保存します。（例：氏名）🙂\n"
    found = [f for f in glyphs.check(document.parse(text, path="docs/ja/index.md", lang="ja"), text)
             if f.key == "pdf.glyph/letters"]
    signs = [f.message for f in found if "these signs" in f.message]
    assert len(signs) == 2, [f.message for f in found]
    cjk = next(m for m in signs if "「" in m)
    assert "(such as IPAGothic)" in cjk and "。" in cjk and "（" in cjk and "🙂" not in cjk, cjk
    other = next(m for m in signs if "🙂" in m)
    assert "such as" not in other, other
