"""review42: the company's vocabulary (docs/<lang>/.vocabulary.txt) is read as the word list is, and judged so: bytes
that are not UTF-8 are a finding at their line, not words lost to the replacement character without a word."""
from __future__ import annotations

import datetime as dt

from policysite import checks, settings, spelling

PAGE = "---\ndate: 2030-01-15\n---\n\n# سیاست\n\nما داده‌های شما را به مدت ۳ سال نگهداری می‌کنیم.\n"
SITE = {"policy": {"company": "نمونه", "authoritative": "fa", "public_url": "https://x.test/", "version_section": "",
                   "languages": [{"code": "fa", "name": "فارسی"}]}}


def test_a_vocabulary_not_in_utf8_is_a_finding_at_its_line(tmp_path):
    (tmp_path / "docs" / "fa").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\ndocs_dir: docs/fa\n", encoding="utf-8")
    (tmp_path / "docs" / "fa" / "index.md").write_text(PAGE, encoding="utf-8")
    # a list saved by an editor in a legacy code page: line 2's word is not UTF-8
    (tmp_path / "docs" / "fa" / spelling.VOCABULARY_FILE).write_bytes(
        b"# words\n" + "été\n".encode("latin-1") + "نگهداری\nکنیم\n".encode())
    found = checks.check_language(root=tmp_path, settings=settings.from_extra(SITE), code="fa",
                                  today=dt.date(2030, 2, 1))
    (finding,) = [f for f in found if f.path == "docs/fa/.vocabulary.txt"]
    assert (finding.key, finding.line, finding.severity) == ("spelling.word-list/encoding", 2, "error")
    assert "line 2 is not UTF-8" in finding.in_language("en").message, finding.in_language("en").message


def test_a_vocabulary_in_utf8_is_no_finding(tmp_path):
    listed = tmp_path / spelling.VOCABULARY_FILE
    listed.write_text("# words\nنگهداری\n", encoding="utf-8")
    assert spelling.lint_vocabulary(listed, display_path="docs/fa/.vocabulary.txt") == []
    assert spelling.lint_vocabulary(tmp_path / "absent.txt", display_path="docs/fa/.vocabulary.txt") == []
