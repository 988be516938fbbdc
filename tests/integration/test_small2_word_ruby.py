"""small2: a Word document's phonetic guides (w:ruby: Japanese furigana, Chinese pinyin) lost their readings on
import: mammoth skips w:ruby, and the import read its base (w:rubyBase) as text, leaving the reading (w:rt) out.
The Word import now keeps each as the site writes ruby, `<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`, as the HTML
import does (adopt51): the gate passes it, the model reads the reading in brackets after its base, and `policy
check` passes the imported text. A guide without a reading keeps its base alone; a document holding the
private-use characters the import marks a ruby with keeps its words as they are."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from policysite import document, rendering
from policysite.convert import convert
from tests.helpers import policy_in_process
from unit.test_convert import gate_problems

pytestmark = pytest.mark.usefixtures("fixed_git")


def _ruby(base: str, reading: str, *, bold: bool = False):
    """A run holding a phonetic guide as Word writes it (Home › Phonetic Guide)."""
    marks = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return parse_xml(f'<w:r {nsdecls("w")}>{marks}<w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/>'
                     '<w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/>'
                     f'</w:rubyPr><w:rt><w:r><w:rPr><w:sz w:val="10"/></w:rPr><w:t>{reading}</w:t></w:r></w:rt>'
                     f'<w:rubyBase><w:r>{marks}<w:t>{base}</w:t></w:r></w:rubyBase></w:ruby></w:r>')


def _policy(path: Path, *, also: str = "") -> Path:
    made = docx.Document()
    made.add_heading("プライバシーポリシー", 0)
    made.add_heading("1. ", 1)._p.append(_ruby("目的", "もくてき"))
    paragraph = made.add_paragraph("当社は")
    paragraph._p.append(_ruby("個人情報", "こじん じょうほう"))
    paragraph.add_run("を")
    paragraph._p.append(_ruby("適", "てき"))
    paragraph.add_run("必ず").bold = True  # bold, with the ruby after it (one <strong> to mammoth)
    paragraph._p.append(_ruby("正", "せい", bold=True))
    paragraph.add_run("に取り扱います。")
    paragraph = made.add_paragraph("お問い合わせは")
    paragraph._p.append(_ruby("窓口", " "))  # a guide without a reading: its base alone
    paragraph.add_run(f"までご連絡ください。{also}")
    made.save(str(path))
    return path


def test_a_word_documents_ruby_keeps_its_readings(tmp_path: Path):
    converted = convert(_policy(tmp_path / "privacy-2025-03-01.docx"), lang="ja")
    assert "## 1. <ruby>目的<rt>もくてき</rt></ruby>\n" in converted.markdown, converted.markdown
    # the bold around the ruby's base (adopt53): `**<ruby>…</ruby>**に` closed no bold, its asterisks
    # shown; its reading's run is in small plain type, as Word draws it (adopt55: each run's own formatting)
    assert ("当社は<ruby>個人情報<rt>こじん じょうほう</rt></ruby>を<ruby>適<rt>てき</rt></ruby>**必ず**<ruby>**正**<rt>せい"
            "</rt></ruby>に取り扱います。\n" in converted.markdown), converted.markdown
    assert "お問い合わせは窓口までご連絡ください。\n" in converted.markdown, converted.markdown
    assert "\ue000" not in converted.markdown and "\ue001" not in converted.markdown
    assert not [note for note in converted.notes if "ruby" in note or "phonetic" in note], converted.notes
    assert gate_problems(converted) == []
    page = f"---\ndate: 2025-03-01\n---\n{converted.markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/ja/index.md", lang="ja")] == []
    policy = document.parse(f"---\ndate: 2025-03-01\n---\n{converted.markdown}", path="docs/ja/index.md", lang="ja")
    assert policy.sections[0].title == "目的（もくてき）"
    assert "当社は個人情報（こじん じょうほう）を適（てき）必ず正（せい）に取り扱います。" in policy.sections[0].blocks[0].shown


def test_a_document_holding_the_marks_itself_keeps_its_words(tmp_path: Path):
    """The marks the import carries a ruby through mammoth with are characters of Unicode's private use: a document
    that holds them itself (a symbol font's glyphs) keeps them, and its guides' bases, as before."""
    converted = convert(_policy(tmp_path / "privacy-2025-03-01.docx", also="\ue001\ue000"), lang="ja")
    assert "当社は個人情報を適**必ず正**に取り扱います。\n" in converted.markdown, converted.markdown
    assert "までご連絡ください。\ue001\ue000\n" in converted.markdown, converted.markdown
    assert "<ruby>" not in converted.markdown


def test_an_html_pages_bold_ruby_is_read_as_the_page_shows_it(tmp_path: Path):
    """The same for a page's ruby in bold (the HTML import: adopt51), at the mark's end or as all of it."""
    source = tmp_path / "privacy-2025-03-01.html"
    source.write_text('<html lang="ja"><body><main><h1>方針</h1><p><b>当社は<ruby>個人情報<rt>こじん</rt></ruby></b>を'
                      '<em><ruby>適<rt>てき</rt>正<rt>せい</rt></ruby></em>に取り扱います。</p></main></body></html>',
                      encoding="utf-8")
    converted = convert(source, lang="ja")
    assert ("**当社は**<ruby>**個人情報**<rt>**こじん**</rt></ruby>を<ruby>*適*<rt>*てき*</rt>*正*<rt>*せい*</rt></ruby>"
            "に取り扱います。"
            in converted.markdown), converted.markdown
    page = f"---\ndate: 2025-03-01\n---\n{converted.markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/ja/index.md", lang="ja")] == []
    assert gate_problems(converted) == []


def test_policy_import_keeps_the_readings_and_policy_check_passes(tmp_path: Path, initialized):
    site = initialized(tmp_path / "site", "--company", "Acme", "--languages", "ja")
    archive = tmp_path / "archive"
    archive.mkdir()
    _policy(archive / "プライバシーポリシー 2025-03-01.docx")
    for argv in (["import", "--messages", "en", "--lang", "ja", str(archive)], ["check"]):
        done = policy_in_process(["--root", str(site), *argv])
        assert done.returncode == 0, (argv, done.stdout + done.stderr)
    text = (site / "docs" / "ja" / "index.md").read_text(encoding="utf-8")
    assert "当社は<ruby>個人情報<rt>こじん じょうほう</rt></ruby>を" in text, text
