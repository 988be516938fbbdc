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
    assert capsys.readouterr().out == (f"2021-02-17 {URL}/{lang}/2021-02-17/#s3 (in force from 2021-02-17)\n\n"
                                       f"{text}\n")


def test_a_section_the_version_lacks_is_an_error_naming_its_sections_as_written(roman, capsys, monkeypatch):
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert cli.main(["--root", str(roman.root), "at", "2021-06-01", "IV"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "error: the version in force on 2021-06-01, 2021-02-17, has no section 'IV': its sections are I, II, III (give "
        "one as its heading writes its number, or its link's id, s7-3)")
