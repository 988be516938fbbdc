"""Histories nobody here wrote (session 41, histories10): CI shapes, history shapes and remote gh-pages shapes."""
from __future__ import annotations

import os
import subprocess

import pytest

from helpers import GIT_ENV, git
from policy_repo import new_project
from policysite import messages, publish

pytestmark = pytest.mark.usefixtures("no_identity")


def test_a_commit_message_in_another_encoding_is_named_in_its_words(tmp_path):
    """A repository committing in Latin-1 (`i18n.commitEncoding`, which git also prints its messages in unless told
    otherwise): the commit that removed the page was named "Supprim\ufffde la page \ufffdt\ufffd"."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "config", "i18n.commitEncoding", "ISO-8859-1")
    git(project.root, "rm", "-q", "docs/fr/index.md")
    subprocess.run(["git", "commit", "-q", "-F", "-"], cwd=project.root, check=True, capture_output=True,
                   input="Supprimée la page été".encode("latin-1"),
                   env={**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": "2024-01-02T12:00:00+00:00",
                        "GIT_COMMITTER_DATE": "2024-01-02T12:00:00+00:00"})
    removal = git(project.root, "rev-parse", "--short=7", "HEAD").strip()
    for run in (project.history, project.publish):
        with pytest.raises(publish.PublishError) as raised:
            run()
        assert f"removed by commit {removal} “Supprimée la page été” of 2024-01-02" in messages.text_of(raised.value)
    assert project.branch() is None
