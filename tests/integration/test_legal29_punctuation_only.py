"""legal29: a comma added, a full stop made a semicolon, with no word changed, was said by `policy diff` as
"1 modifiée", the sign to find among the words; legal28 left it unsaid, as a comma can change what a legal sentence
obliges (an enumeration, a condition), so it must not be called editorial. `policy diff` now says punctuation alone
changed, each sign with the words around it as written, and, where the version is not marked editorial, that the team
reads each in its sentence and decides (redline.punctuation; cli._punctuation_only). A word changed too: nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli, document, redline
from policysite.redline import punctuation

pytestmark = pytest.mark.usefixtures("fixed_git")

BODY = ("## 1. Données\n\nNous collectons le nom puis nous le gardons. Fin du traitement.\n\n"
        "- le nom ;\n- l'adresse.\n\n| Donnée | Durée |\n|---|---|\n| Nom | 3 ans |\n\n## 2. Contact\n\nÉcrivez-nous.\n")
TEXT = f"---\ndate: 2024-05-01\n---\n\n# Politique de confidentialité\n\n{BODY}"
SIGNS = (TEXT.replace("puis nous", "puis, nous").replace("gardons. Fin", "gardons ; fin")
         .replace("- le nom ;", "- le nom,").replace("| 3 ans |", "| 3 ans. |"))


def _diff(old: str, new: str) -> redline.Redline:
    return redline.diff(document.parse(old, path="a", lang="fr"),
                        document.parse(new.replace("2024-05-01", "2024-06-01"), path="b", lang="fr"))


def test_each_sign_changed_is_named_with_the_words_around_it_as_written():
    assert punctuation.changed(_diff(TEXT, SIGNS)) == [
        ("1", "puis nous", "puis, nous"), ("1", "gardons. Fin du", "gardons ; fin du"), ("1", "nom ;", "nom,"),
        ("1", "ans", "ans.")]


def test_a_word_changed_added_or_a_link_is_no_punctuation_only():
    assert punctuation.changed(_diff(TEXT, SIGNS.replace("le nom puis", "le prénom puis"))) == []
    assert punctuation.changed(_diff(TEXT, SIGNS + "\n## 3. Autre\n\nNouveau.\n")) == []
    assert punctuation.changed(_diff(TEXT, TEXT.replace("3 ans", "5 ans"))) == []
    assert punctuation.changed(_diff(TEXT, TEXT)) == []
    # a symbol is no punctuation: an emoji, a currency, a per cent
    assert punctuation.changed(_diff(TEXT, TEXT.replace("Écrivez-nous.", "Écrivez-nous 🙂."))) == []
    assert punctuation.changed(_diff(TEXT, TEXT.replace("| 3 ans |", "| 3 ans % |"))) == []


def _site(folder: Path) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr"]) == 0
    (site / "docs" / "fr" / "index.md").write_text(TEXT, encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Politique du 1er mai 2024")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


@pytest.mark.parametrize(("lang", "said", "advice"), [
    ("fr", "seule la ponctuation change, aucun mot\u00a0: «\u00a0puis nous\u00a0» devient «\u00a0puis, nous\u00a0» (§1)",
     "relisez chacun dans sa phrase"),
    ("en", "only punctuation changed, no word: “puis nous” becomes “puis, nous” (§1)", "read each in its sentence"),
])
def test_policy_diff_says_it_in_the_messages_language_and_never_calls_it_editorial(tmp_path, capsys, lang, said,
                                                                                   advice):
    site = _site(tmp_path)
    (site / "docs" / "fr" / "index.md").write_text(SIGNS, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--messages", lang]) == 0
    err = capsys.readouterr().err
    assert said in err and advice in err, err
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--messages", lang, "--format",
                     "markdown"]) == 0
    assert said in capsys.readouterr().out
    # marked editorial by the team: said, without the advice
    (site / "docs" / "fr" / "index.md").write_text(SIGNS.replace("date: 2024-05-01", "date: 2024-05-01\n"
                                                                 "change: editorial"), encoding="utf-8")
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--messages", lang]) == 0
    err = capsys.readouterr().err
    assert said in err and advice not in err, err
