"""`policy at DAY SECTION` (session 42, reader15): the section's text in force that day, read from the branch; a clear
`error:` naming the day, the version and the section where that version had none."""
from __future__ import annotations

import pytest

from policy_repo import Project, made_for_the_run, publish_two
from policysite import cli, messages

pytestmark = pytest.mark.usefixtures("no_identity")
URL = "https://www.dial-once.com/politique-de-confidentialite"


@pytest.fixture(scope="module")
def two(tmp_path_factory) -> Project:
    """2021-02-17 (§2 "Nous traitons vos données avec soin.") and 2022-03-01 (§2 "Texte deux."), read, never changed."""
    return made_for_the_run(tmp_path_factory, publish_two)


@pytest.mark.parametrize("argv, version, said", [
    (["2021-06-01", "s2"], "2021-02-17", "## 2. Données traitées\n\nNous traitons vos données avec soin.\n\n"
                                         "### 2.1 Durée de conservation\n\nLes données sont conservées un an."),
    (["2022-03-01", "--section", "2"], "2022-03-01", "## 2. Données traitées\n\nTexte deux.\n\n"
                                                     "### 2.1 Durée de conservation\n\nLes données sont conservées un an."),
    (["2022-03-01", "§2.1", "--lang", "en"], "2022-03-01", "### 2.1 Retention period\n\nData is kept for one year."),
])
def test_policy_at_a_day_and_a_section_prints_that_sections_text_in_force_that_day(two, capsys, argv, version, said):
    assert cli.main(["--root", str(two.root), "at", *argv]) == 0
    lang = "en" if "en" in argv else "fr"
    anchor = "s2-1" if "2.1" in argv[1] else "s2"
    period = "(in force from February 17, 2021 to February 28, 2022 inclusive)" if version == "2021-02-17" else \
        "(in force from March 1, 2022)"
    assert capsys.readouterr().out == f"{version} {URL}/{lang}/{version}/#{anchor} {period}\n\n{said}\n"


@pytest.mark.parametrize("told, said", [
    ("en", "error: the version in force on June 1, 2021, 2021-02-17, has no section 's24': its sections are 1, 2, 2.1 "
           "(give one as its heading writes its number, or its link's id, s7-3)"),
    ("fr", "error: la version en vigueur le 1er juin 2021, 2021-02-17, n'a pas de section «\u00a0s24\u00a0»\u00a0: ses "
           "sections sont 1, 2, 2.1 (donnez-en une comme son titre écrit son numéro, ou l'identifiant de son lien, "
           "s7-3)"),
])
def test_a_section_the_version_in_force_lacked_is_an_error_naming_the_day_and_section(two, capsys, monkeypatch, told,
                                                                                      said):
    monkeypatch.setenv(messages.ENVIRONMENT, told)
    assert cli.main(["--root", str(two.root), "at", "2021-06-01", "s24"]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err.strip()) == ("", said)


def test_a_section_before_the_first_version_is_the_days_error(two, capsys):
    assert cli.main(["--root", str(two.root), "at", "2020-01-01", "s2"]) == 1
    assert capsys.readouterr().err.strip() == ("error: no version was in force on January 1, 2020: the first published, "
                                               "2021-02-17, took effect on February 17, 2021")


def test_a_section_given_twice_is_refused_by_the_parser(two):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--root", str(two.root), "at", "2021-06-01", "s2", "--section", "s3"])
    assert exit_.value.code == 2
