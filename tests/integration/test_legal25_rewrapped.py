"""legal25: the legal team rewraps the whole text (its paragraphs' lines wrapped anew, a table's columns padded), not
a word changed, under the published date. `policy diff` said "the same French text (3 whitespace changes only)", but
`policy check` failed with [published.changed] "already published with a different text (front matter or formatting
only): give the new text a new date", and `policy publish` refused it likewise: a new version whose changes page says
no change, or a red check for a change nobody sees. A text that reads as the published one (published_texts.reads_alike:
the one parser and the one differ find no word, link, heading or formatting changed) is the published version: check
passes, publish publishes nothing and says why, gh-pages stays as it was. A word in bold is a change readers see, and is
still refused."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from helpers import git
from policysite import cli, published_texts

pytestmark = pytest.mark.usefixtures("fixed_git")

PAGES = {
    "fr": ("Politique de confidentialité", "Qui sommes-nous", "Example SAS vend des outils de jardin. Dans cette "
           "politique, l'« Utilisateur » désigne toute personne qui visite le site et commande en ligne.",
           "| Donnée | Durée |\n|---|---|\n| Nom | 3 ans |\n"),
    "en": ("Privacy policy", "Who we are", "Example SAS sells garden tools. In this policy, the “User” means anyone "
           "who visits the site and orders online.", "| Data | Period |\n|---|---|\n| Name | 3 years |\n"),
}


def _page(lang: str) -> str:
    title, first, text, table = PAGES[lang]
    return f"---\ndate: 2024-05-01\n---\n\n# {title}\n\n## 1. {first}\n\n{text}\n\n## 2. Durée\n\n{table}"


def _rewrapped(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) > 40 and not line.startswith(("#", "|")):
            out.append("\n".join(textwrap.wrap(line, 40)))
        else:
            out.append(line.replace("| Nom | 3 ans |", "| Nom   |   3 ans |"))
    return "\n".join(out)


def _site(folder: Path) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
    for lang in PAGES:
        (site / "docs" / lang / "index.md").write_text(_page(lang), encoding="utf-8")
    (site / "docs" / "en" / ".words.txt").write_text("Durée  # the French heading kept\n", encoding="utf-8")
    assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Politique du 1er mai 2024")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def _edit(site: Path, change) -> None:
    for lang in PAGES:
        page = site / "docs" / lang / "index.md"
        page.write_text(change(page.read_text(encoding="utf-8")), encoding="utf-8")
    git(site, "commit", "-q", "-am", "Mise en forme")


def test_a_rewrapped_text_under_its_published_date_passes_check_and_publishes_nothing(tmp_path, capsys):
    site = _site(tmp_path)
    published = git(site, "rev-parse", "gh-pages").strip()
    _edit(site, _rewrapped)
    assert git(site, "diff", "HEAD~1", "--stat").strip()  # (the bytes did change)
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 0
    said = capsys.readouterr()
    assert "published.changed" not in said.out + said.err, said
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) == 0
    said = capsys.readouterr()
    assert "2024-05-01: the committed pages differ from the published ones in whitespace only" in said.err, said
    assert "nothing to publish" in said.out + said.err, said
    assert git(site, "rev-parse", "gh-pages").strip() == published
    assert cli.main(["--root", str(site), "history", "--messages", "en"]) == 0
    assert git(site, "rev-parse", "gh-pages").strip() == published


def test_a_word_put_in_bold_under_the_published_date_is_still_refused(tmp_path, capsys):
    site = _site(tmp_path)
    published = git(site, "rev-parse", "gh-pages").strip()
    _edit(site, lambda text: text.replace("Example SAS", "**Example SAS**", 1))
    capsys.readouterr()
    assert cli.main(["--root", str(site), "check", "--messages", "en"]) == 1
    assert "[published.changed]" in capsys.readouterr().out
    assert cli.main(["--root", str(site), "publish", "--messages", "en"]) != 0
    assert git(site, "rev-parse", "gh-pages").strip() == published


@pytest.mark.parametrize(("edit", "alike"), [
    (lambda text: text.replace("vend des outils de jardin. Dans", "vend des outils de jardin.\nDans"), True),
    (lambda text: text.replace("| Nom | 3 ans |", "|Nom|3 ans|"), True),
    (lambda text: text.replace("# Politique de confidentialité", "# Politique de confidentialité du site"), False),
    (lambda text: text.replace("vend des outils", "vend des *outils*"), False),
    (lambda text: text.replace("## 1. Qui", "## I. Qui"), False),
    (lambda text: text.replace("date: 2024-05-01", "date: 2024-05-01\nsummary: Mise en forme."), False),
    (lambda text: text.replace("vend des outils de jardin.", "vend des outils de jardin.\n\n"), False),
])
def test_reads_alike_is_whitespace_only(edit, alike):
    page = _page("fr").encode("utf-8")
    assert published_texts.reads_alike(edit(_page("fr")).encode("utf-8"), page, lang="fr") is alike
