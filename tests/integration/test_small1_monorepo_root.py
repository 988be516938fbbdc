"""`policy verify` run at the top of a monorepo whose site lives in a folder of it (session 55, small1): it said
"mkdocs.yml is not committed at X: commit the project's configuration first", and the team would commit a second one;
it names the folder below that holds the committed configuration and `--root` to give it. Synthetic files in a
temporary repository with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import copy_project, git, policy_process
from policysite import git as policy_git, source

pytestmark = pytest.mark.usefixtures("fixed_git")


def test_verify_at_a_monorepo_s_top_names_the_folder_holding_the_site_and_root(tmp_path):
    top = tmp_path / "mono"
    copy_project(top / "apps" / "legal", docs=None)
    (top / "README.md").write_text("Our monorepo.\n", encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "Monorepo")
    head = git(top, "rev-parse", "--short=7", "HEAD").strip()
    said = policy_process(["verify", "--messages", "en"], cwd=top)
    assert said.returncode != 0 and "Traceback" not in said.stderr, said
    assert (f"error: mkdocs.yml is not committed at {head} in the project's folder, but a folder below it holds one "
            "(apps/legal/): the site lives there; run policy from that folder, or name it (`policy --root apps/legal "
            "…`)") in said.stderr, said.stderr
    french = policy_process(["verify", "--messages", "fr"], cwd=top)
    assert "un dossier en dessous en contient un (apps/legal/)" in french.stderr \
        and "(`policy --root apps/legal …`)" in french.stderr, french.stderr
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "README.md").write_text("No site here.\n", encoding="utf-8")
    git(bare, "init", "-q", "-b", "main")
    git(bare, "add", "-A")
    git(bare, "commit", "-q", "-m", "Nothing")
    alone = policy_process(["verify", "--messages", "en"], cwd=bare)
    assert "commit the project's configuration first" in alone.stderr and "--root" not in alone.stderr, alone.stderr


def test_the_folders_below_holding_a_committed_configuration_shallowest_first():
    file, link = (policy_git.FILE, "0" * 40), (policy_git.SYMLINK, "0" * 40)
    entries = {"tools/docs/site/mkdocs.yml": file, "site/mkdocs.yml": file, "b/mkdocs.yml": file,
               "linked/mkdocs.yml": link, "site/mkdocs.en.yml": file, "notes/old-mkdocs.yml": file}
    assert source.configured_below(entries, "") == ["b", "site", "tools/docs/site"]
    assert source.configured_below({"repo/web/mkdocs.yml": file, "repo/mkdocs.yml.bak": file}, "repo") == ["web"]
    assert source.configured_below({}, "") == []
