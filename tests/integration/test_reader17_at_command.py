"""`policy at DAY SECTION` of a policy numbered in Roman numerals (reader17, session 43): the section asked as its
heading writes it (`III`, `Chapitre II`) is found, published and read back from the branch; one it lacks is an
`error:` naming the sections it has, as written."""
from __future__ import annotations

import pytest

from policy_repo import Project, made_for_the_run
from policysite import cli, messages

pytestmark = pytest.mark.usefixtures("no_identity")
URL = "https://www.dial-once.com/politique-de-confidentialite"


def _page(title: str, headings: tuple[str, ...]) -> str:
    body = "".join(f"## {heading}\n\n{heading.split(' ', 1)[1]}.\n\n" for heading in headings)
    return f"---\ndate: 2021-02-17\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


def _roman(project: Project, _folder) -> None:
    """2021-02-17, its sections numbered `I.`, `II.`, `III.` in French and in English, published."""
    (project.root / "docs" / "fr" / "index.md").write_text(
        _page("Politique de test", ("I. Objet", "II. Données traitées", "III. Vos droits")), encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(
        _page("Test policy", ("I. Purpose", "II. Data processed", "III. Your rights")), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("policy 2021-02-17")
    project.publish()


@pytest.fixture(scope="module")
def roman(tmp_path_factory) -> Project:
    return made_for_the_run(tmp_path_factory, _roman)


@pytest.mark.parametrize("asked, lang", [("III", "fr"), ("iii", "fr"), ("III.", "en"), ("Section III", "en")])
def test_a_section_asked_in_roman_numerals_is_the_versions(roman, capsys, asked, lang):
    """`policy at 2021-06-01 III` said the version had no section 'III' (only `3` or `s3` were heard)."""
    assert cli.main(["--root", str(roman.root), "at", "2021-06-01", asked, "--lang", lang]) == 0
    text = "## III. Vos droits\n\nVos droits." if lang == "fr" else "## III. Your rights\n\nYour rights."
    assert capsys.readouterr().out == (f"2021-02-17 {URL}/{lang}/2021-02-17/#s3 (in force from February 17, 2021)\n\n"
                                       f"{text}\n")


def test_a_section_the_version_lacks_is_an_error_naming_its_sections_as_written(roman, capsys, monkeypatch):
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert cli.main(["--root", str(roman.root), "at", "2021-06-01", "IV"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "error: the version in force on June 1, 2021, 2021-02-17, has no section 'IV': its sections are I, II, III (give "
        "one as its heading writes its number, or its link's id, s7-3)")


def _texts(project: Project, date: str, sections: tuple[tuple[str, str, str, str], ...]) -> None:
    """`sections`: (French heading, French text, English heading, English text) of each, numbered in order."""
    for lang, title, at in (("fr", "Politique de test", 0), ("en", "Test policy", 2)):
        body = "".join(f"## {n}. {section[at]}\n\n{section[at + 1]}.\n\n" for n, section in enumerate(sections, 1))
        (project.root / "docs" / lang / "index.md").write_text(f"---\ndate: {date}\n---\n\n# {title}\n\n{body}",
                                                               encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all(f"policy {date}")


def _removed(project: Project, _folder) -> None:
    """2021-02-17: §3 Cookies; 2022-03-01: Cookies removed; 2023-05-10: a new §3, Security (its id s3 again)."""
    scope = ("Objet", "Ce texte décrit le traitement", "Purpose", "This text describes the processing")
    data = ("Données", "Nous traitons des données", "Data", "We process data")
    cookies = ("Cookies", "Nous déposons des cookies de mesure", "Cookies", "We set measurement cookies")
    security = ("Sécurité", "Les serveurs sont chiffrés et surveillés", "Security", "The servers are encrypted")
    _texts(project, "2021-02-17", (scope, data, cookies))
    _texts(project, "2022-03-01", (scope, data))
    _texts(project, "2023-05-10", (scope, data, security))
    outcome = project.history()
    assert outcome.published == ["2021-02-17", "2022-03-01", "2023-05-10"], [str(f) for r in outcome.refused
                                                                             for f in r.findings]


@pytest.fixture(scope="module")
def removed(tmp_path_factory) -> Project:
    return made_for_the_run(tmp_path_factory, _removed)


def test_a_dated_id_of_a_section_removed_since_names_no_later_section_of_that_id(removed, capsys, monkeypatch):
    """`policy at 2023-06-01 2021-02-17.s3` (Cookies' ¶ link, copied at latest/ in 2021) answered 2023-05-10's §3,
    Security, which took its id after Cookies was removed: it says Cookies was removed and where it is as it was."""
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert cli.main(["--root", str(removed.root), "at", "2023-06-01", "2021-02-17.s3"]) == 1
    said = capsys.readouterr().err.splitlines()[0]
    assert said == (f"error: section 2021-02-17.s3, “3. Cookies” in the version of 2021-02-17, is not in the version "
                    f"in force on June 1, 2023, 2023-05-10: it was removed (its text as it was: {URL}/fr/2021-02-17/#s3)")


def test_a_dated_id_read_on_a_day_its_section_was_in_force_is_that_section(removed, capsys):
    assert cli.main(["--root", str(removed.root), "at", "2021-06-01", "2021-02-17.s3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"2021-02-17 {URL}/fr/2021-02-17/#s3 "), out
    assert out.split("\n\n", 1)[1].startswith("## 3. Cookies\n\n"), out


def test_a_dated_id_of_a_section_kept_since_is_that_section_today(removed, capsys):
    """§2 kept its id from 2021-02-17 to today: its dated id names it, in the version in force."""
    assert cli.main(["--root", str(removed.root), "at", "2023-06-01", "2021-02-17.s2"]) == 0
    assert capsys.readouterr().out.startswith(f"2023-05-10 {URL}/fr/2023-05-10/#s2 ")
