"""A sparse checkout leaving the English page out of the working tree (`git sparse-checkout set '/*' '!/docs/en/'`):
`policy check` said "the English policy page does not exist: import the English texts … or write the page", which
would give the committed page a second history; it says git keeps it out, and how to bring it back (histories31). The
commands that read the history read it from git, never from the disk: they publish as they would."""
from __future__ import annotations

import os

import pytest

from helpers import copy_project, git, policy_process
from policysite import checks, messages, settings as policy_settings

pytestmark = pytest.mark.usefixtures("fixed_git")


@pytest.fixture
def sparse(tmp_path):
    root = copy_project(tmp_path / "site")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "site")
    git(root, "sparse-checkout", "set", "--no-cone", "/*", "!/docs/en/")
    assert not (root / "docs" / "en" / "index.md").exists()
    return root


def test_a_page_a_sparse_checkout_leaves_out_is_said_so(sparse):
    settings = policy_settings.load(sparse)
    with pytest.raises(policy_settings.SettingsError) as left_out:
        checks.load_policy(sparse, settings, "en")
    said = messages.text_of(left_out.value)
    assert said == ("docs/en/index.md: the English policy page is committed, but git keeps it out of this folder "
                    "(a sparse checkout, `git sparse-checkout`): bring it back (`git sparse-checkout add docs/en`, or "
                    "`git sparse-checkout disable`) and run the command again"), said
    assert messages.said_in(said, "fr").startswith(
        "docs/en/index.md\u00a0: la page de la politique en anglais est enregistrée dans git, mais git la tient hors")


def test_a_page_never_committed_is_still_said_missing(sparse):
    (sparse / "docs" / "fr" / "index.md").unlink()
    git(sparse, "rm", "-q", "--cached", "docs/fr/index.md")
    git(sparse, "commit", "-q", "--amend", "--no-edit")  # (in no commit: one a commit removed names it, histories33)
    with pytest.raises(policy_settings.SettingsError) as missing:
        checks.load_policy(sparse, policy_settings.load(sparse), "fr")
    assert messages.text_of(missing.value).key == "check.page-missing"


def test_policy_check_says_it_in_one_error_line(sparse):
    done = policy_process(["--root", str(sparse), "check"], env={**os.environ, messages.ENVIRONMENT: "en"})
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("error: docs/en/index.md: the English policy page is committed, but git keeps it "
                                  "out of this folder"), done.stderr
    assert git(sparse, "status", "--porcelain") == ""


def test_policy_build_says_it_where_mkdocs_said_its_docs_dir_is_missing(sparse, tmp_path):
    """`policy build` stopped on MkDocs' "Config value 'docs_dir': The path … isn't an existing directory"; it says
    what `policy check` says, and writes nothing."""
    site = tmp_path / "public"
    done = policy_process(["--root", str(sparse), "build", "--site-dir", str(site)],
                          env={**os.environ, messages.ENVIRONMENT: "en"})
    assert done.returncode != 0 and "Traceback" not in done.stderr and "docs_dir" not in done.stderr, done.stderr
    assert done.stderr.startswith("error: docs/en/index.md: the English policy page is committed, but git keeps it "
                                  "out of this folder"), done.stderr
    assert not site.exists() and git(sparse, "status", "--porcelain") == ""
