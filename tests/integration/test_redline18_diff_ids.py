"""`policy diff --format json` names each section of a published version by the id its page has it by (session 48,
redline18): 2021-02-17 is published under an older id rule (its pages and manifest say `article-N`, today's rules give
`sN`), 2022-03-01 today. Its `old_anchor`/`new_anchor` are the redline's own (`s3`); `old_id`/`new_id`, where the page
has another id, the record's. Synthetic texts of a fictional company (test_histories20's), in a temporary repository
with fixed identity and dates."""
from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from integration.test_histories20 import _forget, _older_rule, _write
from policy_repo import Project, new_project

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process
OLD, NEW = "2021-02-17", "2022-03-01"


def published_under_an_older_rule(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """OLD published under the older id rule (`article-N` on its pages and in its manifest), then NEW today (`sN`),
    which changes §2 and removes §3 Cookies (tests/e2e/test_redline18_compare_ids.py's site too)."""
    with monkeypatch.context() as older:
        _older_rule(older)
        _write(project, OLD, second=("Nous traitons vos données.", "We process your data."))
        project.history()
    _forget()
    _write(project, NEW, second=("Nous traitons vos données avec soin.", "We process your data with care."),
           cookies=False)
    project.publish()


def test_the_json_redline_names_each_section_by_the_id_its_version_s_page_has(tmp_path, monkeypatch):
    project = new_project(tmp_path / "project")
    published_under_an_older_rule(project, monkeypatch)
    for lang in ("fr", "en"):
        result = project.run("diff", OLD, NEW, "--lang", lang, "--format", "json")
        assert result.returncode == 0, result.stderr
        sections = [s for s in json.loads(result.stdout)["sections"] if s["old_number"] or s["new_number"]]
        assert ("article-3", None) in [(s.get("old_id"), s["new_number"]) for s in sections]  # the removed §3
        for side, version in (("old", OLD), ("new", NEW)):
            page = {node.attributes.get("id") for node in
                    LexborHTMLParser(project.show(f"{lang}/{version}/index.html")).css("[id]")}
            named = [s.get(f"{side}_id") or s[f"{side}_anchor"] for s in sections if s[f"{side}_number"]]
            assert named and [name for name in named if name not in page] == [], (lang, version, named)
        assert all(s["old_anchor"] == (f"s{s['old_number']}" if s["old_number"] else "") for s in sections)
