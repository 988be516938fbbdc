"""Adopt55: a phonetic guide in a Word document (`w:ruby`) lost its base's own formatting: every word of the base and of
the reading was read into the ruby's run (docx_source._readable), so a base in bold or italics (`<w:b/>` on the base's
run) came out plain, and a ruby's run in bold set its reading in bold though Word drew it plain (adopt54's leftover).
The base's and the reading's runs are now read each with its own formatting (the ruby's run's where it has none),
`<ruby>**個人情報**<rt>こじんじょうほう</rt></ruby>`, as the HTML import keeps one; a plain ruby is as before."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

RUNS = Path(__file__).parents[1] / "data" / "adoption55" / "ruby-runs.xml"


def test_a_rubys_base_keeps_its_own_formatting(tmp_path: Path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("プライバシーポリシー", 1)
    document.element.body.insert(1, parse_xml(RUNS.read_text(encoding="utf-8")))
    source = tmp_path / "privacy-2023-06-01.docx"
    document.save(str(source))
    markdown = convert(source, lang="ja").markdown
    # (a base in bold, its reading in small plain type; a base and its reading in italics; a ruby's run in bold, its
    # base's and reading's runs unformatted; a plain ruby)
    assert "当社は<ruby>**個人情報**<rt>こじんじょうほう</rt></ruby>を大切にし、<ruby>*適切*<rt>*てきせつ*</rt></ruby>に管理" \
           "します。**重要**<ruby>**事項**<rt>**じこう**</rt></ruby>は<ruby>連絡先<rt>れんらくさき</rt></ruby>にお問い合わせ" \
           "ください。" in markdown, markdown
    page = f"---\ndate: 2023-06-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/ja/index.md", lang="ja")] == []
