"""safety85: a policy page past what the document model reads (document.MAX_PAGE) is refused by its checks (text.size)
and the strict build stops; the build first rendered it with Python-Markdown all the same (a 100 MB page: minutes of
processor time and 1.4 GB of memory before the refusal). The hook no longer hands MkDocs such a page to render."""
from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from helpers import copy_project, policy_in_process
from policysite import document, rendering


def test_a_body_past_the_document_model_s_bound_is_unread():
    assert rendering.unread("x" * (document.MAX_PAGE + 1))
    assert not rendering.unread("x" * document.MAX_PAGE)


def test_the_build_stops_at_a_page_too_long_without_rendering_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root = copy_project(tmp_path / "project")
    page = root / "docs" / "en" / "index.md"
    paragraph = "Data is kept for one year and more. " * 20 + "\n\n"
    page.write_text(page.read_text(encoding="utf-8") + paragraph * (document.MAX_PAGE // len(paragraph) + 1),
                    encoding="utf-8")
    rendered: list[int] = []
    convert = markdown.Markdown.convert

    def counted(self, source):
        rendered.append(len(source))
        return convert(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", counted)
    result = policy_in_process(["--root", str(root), "build", "--site-dir", str(tmp_path / "site")])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "docs/en/index.md:1: [text.size]" in result.stderr, result.stderr
    assert rendered and max(rendered) <= document.MAX_PAGE, rendered
    assert not (tmp_path / "site").exists()
