"""company13: a US company wanting its texts in `legal/` rather than docs/ found no way in the adoption guide (only
editing each mkdocs*.yml's docs_dir and moving the folder by hand, which no guide said). `policy init --docs-dir
legal` writes the site with its texts there: settings, word lists, its README, what init says; import, check and
publishing read them there."""
from __future__ import annotations

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

COOKIES = "# Cookie Policy\n\nLast updated: January 15, 2022\n\n## 1. What cookies are\n\nSmall text files.\n"
PRIVACY = ("# Privacy Policy\n\nLast updated: January 15, 2022\n\n## 1. Who we are\n\nTrailhead Outfitters, Inc. sells "
           "outdoor gear. See our [Cookie Policy](cookie-policy.md).\n")


def test_a_site_made_with_its_texts_in_legal_is_imported_checked_and_published_there(tmp_path, capsys):
    root = tmp_path / "trailhead-legal"
    assert cli.main(["init", str(root), "--company", "Trailhead Outfitters, Inc.", "--languages", "en,es",
                     "--docs-dir", "legal"]) == 0
    out = capsys.readouterr().out
    assert "legal/en/, legal/es/: where the policy goes (en: legal/en/index.md)" in out, out
    assert "or write legal/en/index.md as README.md says" in out, out
    assert (root / "legal/en/.words.txt").is_file() and (root / "legal/es/.words.txt").is_file()
    assert not (root / "docs").exists()
    assert "\ndocs_dir: legal/en\n" in (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\ndocs_dir: legal/es\n" in (root / "mkdocs.es.yml").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "`legal/en/index.md`" in readme and "docs/" not in readme
    for name, text in (("cookies", COOKIES), ("privacy", PRIVACY)):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}-2022-01-15.md").write_text(text, encoding="utf-8")
    assert cli.main(["--root", str(root), "import", "--lang", "en", "--document", "cookies", "--new-document",
                     str(tmp_path / "cookies")]) == 0
    assert cli.main(["--root", str(root), "import", "--lang", "en", "--document", "privacy",
                     str(tmp_path / "privacy")]) == 0
    assert (root / "legal/en/cookies.md").is_file() and (root / "legal/en/index.md").is_file()
    assert git(root, "status", "--porcelain") == ""
    capsys.readouterr()
    assert cli.main(["--root", str(root), "check", "--lang", "en"]) == 0, capsys.readouterr()


@pytest.mark.parametrize("docs", ["../legal", "/srv/legal", "hooks", "public/en", ".legal", "legal texts", "", "a/../b"])
def test_a_folder_that_cannot_hold_the_texts_is_refused_before_anything_is_written(tmp_path, capsys, docs):
    root = tmp_path / "site"
    assert cli.main(["init", str(root), "--company", "Acme", "--languages", "en", "--docs-dir", docs]) == 2
    err = capsys.readouterr().err
    assert err.startswith(("error: --docs-dir: “", "error: --docs-dir: (empty)")), err
    assert "is not a folder for the texts: a relative path of plain names" in err, err
    assert not root.exists()
