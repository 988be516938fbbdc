"""`policy diff` of a translation says the version editorial where its authoritative page marks it so (redline23):
the translation's page without `change:` was read as material, where the history, the feed, policy.json and the
changes page say editorial (engine.diff's `source_change`, given by sides.compare as archive.changes_of gives it)."""
from __future__ import annotations

import pytest

from policy_repo import new_project
from policysite import strings

pytestmark = pytest.mark.usefixtures("commands_in_process")  # no test here is about the process itself


@pytest.mark.parametrize("new", ["2030-03-01", "worktree"])
def test_a_translation_s_diff_says_the_authoritative_class(tmp_path, new):
    project = new_project(tmp_path / "project")
    project.commit("2030-01-10")
    project.write("2030-03-01", fr="Nous traitons vos données avec un soin constant.",
                  en="We process your data with constant care.")
    french = project.root / "docs" / "fr" / "index.md"
    french.write_text(french.read_text(encoding="utf-8").replace("date: 2030-03-01",
                                                                 "date: 2030-03-01\nchange: editorial"),
                      encoding="utf-8")
    if new != "worktree":
        project.commit_all("policy 2030-03-01")
    for lang in ("en", "fr"):
        result = project.run("diff", "2030-01-10", new, "--lang", lang)
        assert result.returncode == 0, result.stderr
        assert strings.redline_labels(lang)["editorial_version"] in result.stdout, lang
