"""`policy at DAY SECTION` (session 42, reader16) names a section as the version's page does: by a dated id (the "¶"'s
link at latest/, `2021-02-17.s3`) and by an id a section had in an earlier version, read from the branch's manifests."""
from __future__ import annotations

import pytest

from policy_repo import Project, made_once
from policysite import cli

pytestmark = pytest.mark.usefixtures("no_identity")
URL = "https://www.dial-once.com/politique-de-confidentialite/fr"
DATES = ("2021-02-17", "2022-03-01")
# a section inserted before Cookies (§3, then §4); "Données traitées" renamed "Données" (its id, a slug, changes)
SECTIONS = (("1. Objet", "2. Données traitées {#donnees-traitees}", "3. Cookies"),
            ("1. Objet", "2. Données {#donnees}", "3. Sécurité", "4. Cookies"))
EN = {"Objet": "Purpose", "Données traitées": "Data processed", "Données": "Data", "Cookies": "Cookies",
      "Sécurité": "Security"}


def _renumbered(project: Project, _folder) -> None:
    for date, sections in zip(DATES, SECTIONS, strict=True):
        for lang, heading, said in (("fr", "Politique", "{} : texte."), ("en", "Policy", "{}: text.")):
            body = ""
            for title in sections:
                number, name, anchor = title.split(" ")[0], title.split(" ", 1)[1].split(" {")[0], title.split(" {")[1:]
                name = name if lang == "fr" else EN[name]
                body += f"## {number} {name}{' {' + anchor[0] if anchor else ''}\n\n{said.format(name)}\n\n"
            (project.root / "docs" / lang / "index.md").write_text(
                f"---\ndate: {date}\n---\n\n# {heading}\n\n{body}", encoding="utf-8")
        assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
        project.commit_all(f"policy {date}")
    assert project.history().published == list(DATES)


@pytest.fixture(scope="module")
def renumbered(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, _renumbered)


@pytest.mark.parametrize("asked, anchor, title", [
    ("2021-02-17.s3", "s4", "## 4. Cookies"),  # the ¶'s link given while Cookies was §3
    ("s3", "s3", "## 3. Sécurité"),  # today's §3, as the page lands on it
    ("#donnees-traitees", "donnees", "## 2. Données"),  # the id the section had in the version before
])
def test_policy_at_names_a_section_as_its_page_lands_on_it(renumbered, capsys, asked, anchor, title):
    assert cli.main(["--root", str(renumbered.root), "at", "2022-06-01", asked]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{DATES[1]} {URL}/{DATES[1]}/#{anchor} "), out
    assert out.split("\n\n", 1)[1].startswith(f"{title}\n\n"), out


def test_a_dated_id_after_the_version_in_force_names_no_section(renumbered, capsys):
    assert cli.main(["--root", str(renumbered.root), "at", "2021-06-01", "2022-03-01.s3"]) == 1
    assert "has no section '2022-03-01.s3'" in capsys.readouterr().err
