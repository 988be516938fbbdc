"""legal20: `policy publish` with edits not committed said "2021-02-17: non publiée", HEAD's date, while the edited
page said 2021-03-01: it now says that nothing was published because the edits to those files are not committed, in
the user's language, and names no date."""
from __future__ import annotations

import pytest

from policy_repo import copy_of, made_once

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process


def _first(project, _folder):
    project.commit("2021-02-17")


@pytest.fixture(scope="module")
def committed(tmp_path_factory):
    return made_once(tmp_path_factory, _first)


def test_edits_not_committed_are_named_by_their_files_and_no_date(committed, tmp_path):
    project = copy_of(committed, tmp_path / "project")
    project.write("2021-03-01", fr="Nous traitons vos données avec le plus grand soin.")
    french = project.run("publish", "--messages", "fr")
    assert french.returncode == 1
    assert french.stderr == (
        "error: rien n'a été publié\u00a0: les modifications de docs/en/.translated-from.yml, docs/en/index.md, "
        "docs/fr/index.md ne sont pas enregistrées dans un commit, et seul le texte enregistré est publié\u00a0: "
        "enregistrez-les d'abord (ou mettez-les de côté\u00a0: git stash)\n"), french.stderr
    english = project.run("publish", "--messages", "en")
    assert english.returncode == 1 and english.stderr.startswith(
        "error: nothing was published: the edits to docs/en/.translated-from.yml, docs/en/index.md, docs/fr/index.md "
        "are not committed"), english.stderr
    assert "2021-02-17" not in french.stderr + english.stderr and project.branch() is None
