"""company13: a US company keeping its texts in `legal/` (docs_dir: legal/en) instead of docs/. What refuses to write
among the policy's texts knows their folder from the settings, not docs/ alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

PRIVACY = ("---\ndate: 2022-01-15\n---\n\n# Privacy Policy\n\n## 1. Who we are\n\nTrailhead Outfitters, Inc. sells "
           "outdoor gear.\n\n## 2. Contact\n\nWrite to us.\n")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A one-language site whose texts are in legal/en, its first version published on gh-pages."""
    root = tmp_path_factory.mktemp("legal") / "site"
    assert cli.main(["init", str(root), "--company", "Trailhead Outfitters, Inc.", "--languages", "en"]) == 0
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/en", "docs_dir: legal/en"),
                      encoding="utf-8")
    git(root, "mv", "docs", "legal")
    (root / "legal" / "en" / "index.md").write_text(PRIVACY, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Privacy policy in legal/", date="2022-01-15T09:00:00+00:00")
    assert cli.main(["--root", str(root), "history"]) == 0
    return root


@pytest.mark.parametrize("folder", ["legal/en/public", "legal/site"])
def test_export_refuses_a_folder_among_the_texts_naming_their_folder(published, folder, capsys):
    capsys.readouterr()
    assert cli.main(["--root", str(published), "export", "--site-dir", str(published / folder)]) != 0
    err = capsys.readouterr().err
    assert "not a folder to export into (it is in the repository's .git or the policy's texts, legal/)" in err, err
    assert not (published / folder).exists()
    assert git(published, "status", "--porcelain") == ""


def test_export_into_public_is_still_written(published, tmp_path, capsys):
    assert cli.main(["--root", str(published), "export", "--site-dir", str(tmp_path / "public")]) == 0
    assert (tmp_path / "public" / "en" / "2022-01-15" / "index.html").is_file()
