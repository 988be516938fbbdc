"""review2: `policy verify` judges the history pages on the branch by rendering them whole, not from the rows kept in
.git/policysite/history-rows: a kept row that says something false (an input its key lacks, a file left by another
generator) was rebuilt as the branch's page and the page verified."""
from __future__ import annotations

import hashlib
import json
import os

import pytest

from policy_repo import commit_on_branch, copy_of, made_once, publish_two
from policysite import archive, verify

FALSE = 'policy-history-period">'  # where each row says its period: a row kept with words before it


@pytest.fixture(autouse=True)
def environment(monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def test_verify_renders_the_history_page_whole_not_from_the_rows_kept(tmp_path_factory, tmp_path):
    project = copy_of(made_once(tmp_path_factory, publish_two), tmp_path / "project")
    kept = archive.rows_folder(project.root / ".git")
    files = [path for path in kept.iterdir() if not path.name.startswith(".")]
    assert files  # publishing kept the rows of each language's page
    for path in files:  # each row's period said otherwise, its file whole (its digest right)
        rows = json.loads(path.read_bytes()[32:])
        data = json.dumps({key: row.replace(FALSE, FALSE + "Never in force. ") for key, row in rows.items()},
                          ensure_ascii=False).encode("utf-8")
        path.write_bytes(hashlib.sha256(data).digest() + data)
    page = project.show("fr/history/index.html")
    assert page.count(FALSE) == 2
    commit_on_branch(project, {"fr/history/index.html": page.replace(FALSE, FALSE + "Never in force. ")})
    problems = verify.verify(root=project.root).problems
    assert any("fr/history/index.html" in str(problem) and "differs" in str(problem) for problem in problems), \
        problems
    assert not any("en/history/index.html" in str(problem) for problem in problems), problems
