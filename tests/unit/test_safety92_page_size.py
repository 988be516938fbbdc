"""safety92: a page over the size a policy can have (document.MAX_PAGE) is not read, and nothing else is said of it
nor of its translation against it: a 5 MB English page was said "not numbering its headings as French does" besides
its size, and `policy sync-mark` marked its sections. Synthetic pages in a temporary project (the frozen fixture's
configuration)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers import copy_project, git
from policysite import checks, document, settings as policy_settings


@pytest.fixture
def project(tmp_path):
    root = copy_project(tmp_path / "site")
    git(root, "init", "-q", "-b", "main")
    return root


def _oversized(root, lang):
    page = root / "docs" / lang / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n" + "word " * (document.MAX_PAGE // 5 + 10) + "\n", encoding="utf-8")
    return f"docs/{lang}/index.md"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_oversized_page_is_said_too_long_and_nothing_else_of_it_or_against_it(project, lang):
    path = _oversized(project, lang)
    found = checks.check_project(root=project, today=dt.date(2030, 1, 1))
    mine = [f.rule for f in found if f.path == path]
    assert mine == ["text.size"], mine
    assert not [f for f in found if f.rule.startswith("sync.")], [f.said() for f in found if f.rule.startswith("sync.")]


def test_sync_mark_refuses_an_oversized_translation(project):
    _oversized(project, "en")
    with pytest.raises(policy_settings.SettingsError) as refused:
        checks.mark_in_line(root=project, lang="en", numbers=None)
    assert "text.size" in str(refused.value) or "1 048 576" in str(refused.value) or "1,048,576" in str(refused.value)
