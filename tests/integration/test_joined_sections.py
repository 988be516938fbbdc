"""A section merged into its neighbour, then split off it again, in a bilingual synthetic policy published by
`policy history`: the changes pages and the history say so in each language, and the merged section's old id lands on
the section holding its text."""
from __future__ import annotations

import re

import pytest

from policy_repo import Project, made_once
from policysite import cli

V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-04-10"
TEXTS = {
    "fr": ("Politique de confidentialité de test", {
        "data": ("Données", "Nous collectons le nom, l’adresse postale et le numéro de téléphone de chaque client."),
        "cookies": ("Témoins", "Les témoins retiennent la langue choisie par le lecteur treize mois au plus."),
        "tokens": ("Jetons", "Chaque jeton expire après quatre-vingt-dix jours puis est effacé partout."),
        "both": ("Témoins et jetons", ""),
        "contact": ("Contact", "Écrivez à notre service client pour toute question sur ce texte."),
    }),
    "en": ("Test privacy policy", {
        "data": ("Data", "We collect the name, the postal address and the telephone number of each customer."),
        "cookies": ("Cookies", "Our cookies remember the language the reader chose for thirteen months at most."),
        "tokens": ("Tokens", "Each token expires after ninety days and is then erased everywhere."),
        "both": ("Cookies and tokens", ""),
        "contact": ("Contact", "Write to our customer service for any question about this text."),
    }),
}


def page(lang: str, date: str, sections: list[tuple[str, list[str]]]) -> str:
    title, words = TEXTS[lang]
    body = "".join(f"## {n}. {words[heading][0]}\n\n" + "".join(f"{words[key][1]}\n\n" for key in texts)
                   for n, (heading, texts) in enumerate(sections, start=1))
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


FOUR = [("data", ["data"]), ("cookies", ["cookies"]), ("tokens", ["tokens"]), ("contact", ["contact"])]
# §3's text moved into §2, its heading gone; §4 becomes §3
MERGED = [("data", ["data"]), ("both", ["cookies", "tokens"]), ("contact", ["contact"])]


def commit(project: Project, date: str, sections: list[tuple[str, list[str]]]) -> None:
    for lang in TEXTS:
        (project.root / "docs" / lang / "index.md").write_text(page(lang, date, sections), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all(f"policy {date}")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Project:
    def make(project: Project, _folder) -> None:
        commit(project, V1, FOUR)
        commit(project, V2, MERGED)
        commit(project, V3, FOUR)  # split again: §2's second paragraph is §3 once more
        outcome = project.history()
        assert outcome.published == [V1, V2, V3], "\n".join(outcome.messages)
    return made_once(tmp_path_factory, make)


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


@pytest.mark.parametrize("lang, said, kind", [("fr", "§3 Jetons (fusionnée avec le §2)", "supprimée"),
                                              ("en", "§3 Tokens (merged into §2)", "removed")])
def test_the_changes_page_says_a_section_merged_into_another_not_removed(archive, lang, said, kind):
    changes = text(archive.show(f"{lang}/{V2}/changes/index.html"))
    assert said in changes and f"({kind})" not in changes, changes
    assert {"fr": "1 fusionnée", "en": "1 merged"}[lang] in changes
    # the section renamed in place shows its old title beside the new one
    assert {"fr": "§2 Témoins et jetons (modifiée, anciennement « Témoins »)",  # (no-break spaces read as spaces)
            "en": "§2 Cookies and tokens (changed, formerly “Cookies”)"}[lang] in changes, changes


@pytest.mark.parametrize("lang, said", [("fr", "§3 Jetons (détachée du §2)"), ("en", "§3 Tokens (split off §2)")])
def test_the_changes_page_says_a_section_split_off_another_not_added(archive, lang, said):
    changes = text(archive.show(f"{lang}/{V3}/changes/index.html"))
    assert said in changes and {"fr": "(ajoutée)", "en": "(added)"}[lang] not in changes, changes


@pytest.mark.parametrize("lang, merged, split", [
    ("fr", "Sections fusionnées avec une autre : §3 Jetons (fusionnée avec le §2).",
     "Sections détachées d’une autre : §3 Jetons (détachée du §2)."),
    ("en", "Sections merged into another: §3 Tokens (merged into §2).",
     "Sections split off another: §3 Tokens (split off §2).")])
def test_the_history_names_the_merge_and_the_split(archive, lang, merged, split):
    history = archive.show(f"{lang}/history/index.html")
    said = text(history)
    assert merged.rstrip(".") in said and split.rstrip(".") in said, said
    assert "Sections supprimées" not in said and "Sections removed" not in said
    # the merged section's link goes to the section now holding its text
    assert re.search(rf'href="[^"]*{V2}/#s2"[^>]*>§3 (Jetons|Tokens)', history), history


def test_the_merged_sections_old_id_lands_on_the_section_holding_its_text(archive):
    """As for a renumbered section: #s3 of the version before is §3 Contact now (renumbered), so the merged one's old
    id is kept dated (`2021-02-17.s3`), which the version selector finds it by, on §2."""
    for lang in TEXTS:
        html = archive.show(f"{lang}/{V2}/index.html")
        second = html[html.index('id="s2"'):html.index('id="s3"')]
        assert f'id="{V1}.s3"' in second, second
