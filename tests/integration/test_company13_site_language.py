"""company13: what `policy init` and `policy import` write into a new site's history and files, in the language of the
site's history (messages.of_site: its setting, else its authoritative language's catalogue, else English), as import's
commits already were (leads47): the init commit said "Policy site for …" and the word list's block of the imported
text's words was English on a French site whose every other line was French."""
from __future__ import annotations

from helpers import git
from policysite import cli


def policy(*args: str) -> int:
    return cli.main(list(args))


def test_a_french_site_s_first_commit_and_imported_word_list_are_in_french(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("POLICY_MESSAGES", "en")  # one user's language: not the site's history's
    site = tmp_path / "acme"
    assert policy("init", str(site), "--company", "Acme SAS", "--languages", "fr,en") == 0
    subject = "Site de la politique de confidentialité d’Acme SAS"
    assert git(site, "log", "--format=%s").splitlines() == [subject]
    commit = git(site, "rev-parse", "--short=7", "HEAD").strip()
    assert f"one commit {commit} “{subject}”" in capsys.readouterr().out  # quoted as written, in the user's language
    (tmp_path / "politique-2023-01-10.md").write_text(
        "# Politique de confidentialité\n\n## 1. Qui sommes-nous\n\nAcme SAS vend des outils Zorblaxiens par "
        "Quuxly.\n", encoding="utf-8")
    assert policy("--root", str(site), "import", "--lang", "fr", str(tmp_path / "politique-2023-01-10.md")) == 0
    listed = (site / "docs/fr/.words.txt").read_text(encoding="utf-8")
    assert "# Mots du texte importé par `policy import` absents du dictionnaire français\u00a0: chacun était public " \
           "dans ce texte.\n# Relisez-les\u00a0: une faute d'orthographe parmi eux" in listed, listed
    assert "Quuxly  # dans le texte importé, absent du dictionnaire français\n" in listed, listed
    assert "imported text" not in listed and "dictionary" not in listed.partition("Mots du texte")[2]


def test_a_german_site_s_history_is_in_english_where_there_are_no_german_messages(tmp_path, capsys):
    site = tmp_path / "broetchenwerk"
    assert policy("init", str(site), "--company", "Brötchenwerk GmbH", "--languages", "de,pl") == 0
    assert git(site, "log", "--format=%s").splitlines() == ["Policy site for Brötchenwerk GmbH"]
    assert "“Policy site for Brötchenwerk GmbH”" in capsys.readouterr().out
