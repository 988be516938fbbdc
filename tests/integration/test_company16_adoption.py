"""company16: new companies following the README's adoption guide as typed, in their own languages: a Swiss bank
writing German as Switzerland writes it (ss, never ß) beside its French."""
from __future__ import annotations

from helpers import policy_in_process
from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)

URL = "https://datenschutz.alpenbank.example/"
SWISS_DAYS = ("2028-03-01", "2029-06-15")


def _swiss(day: str) -> str:
    kept = "zehn" if day == SWISS_DAYS[1] else "fünf"
    return ("# Datenschutzerklärung\n\n## 1. Verantwortliche Stelle\n\nVerantwortlich ist die Alpenbank AG, "
            "Bahnhofstrasse 1, 8001 Zürich. Wir bearbeiten Ihre Personendaten gemäss dem Datenschutzgesetz und "
            "ausschliesslich für die genannten Zwecke.\n\n## 2. Aufbewahrung\n\nWir treffen angemessene "
            f"Massnahmen und bewahren Ihre Daten während {kept} Jahren auf; danach schliessen wir sie ab.\n")


def _french(day: str) -> str:
    kept = "dix" if day == SWISS_DAYS[1] else "cinq"
    return ("# Déclaration de protection des données\n\n## 1. Responsable\n\nLe responsable est Alpenbank SA, "
            "à Zurich.\n\n## 2. Conservation\n\nNous conservons vos données pendant " + kept + " ans.\n")


def test_a_swiss_german_site_reads_and_writes_ss_where_germany_writes_sz(tmp_path) -> None:
    """Switzerland writes no ß (gemäss, Massnahmen, schliessen, Strasse): a de-CH policy's import listed each such
    word as unknown to the German dictionary (which writes ß) for the team to review, and the site's own German words
    on its pages wrote ß (“bis einschließlich”, “maßgeblich”), a spelling its readers never use. Its words are read as
    the dictionary's with ß, and its pages write ss; German German and Swiss French are as they were."""
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Alpenbank AG", "--languages", "de-CH,fr-CH", "--url", URL,
          "--time-zone", "Europe/Zurich"])
    said = ""
    for code, text in (("de-CH", _swiss), ("fr-CH", _french)):
        archive = tmp_path / "archive" / code
        archive.mkdir(parents=True)
        for day in SWISS_DAYS:
            (archive / f"policy-{day}.md").write_text(text(day), encoding="utf-8")
        said += _run(["import", "--lang", code, str(archive)], site)
    assert "docs/de-CH/.words.txt" not in said, said
    listed = (site / "docs" / "de-CH" / ".words.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in listed if line.strip() and not line.startswith("#")] == [], listed
    assert "spelling.unknown-word" not in _run(["check"], site)
    _run(["history"], site)
    public = tmp_path / "public"
    _run(["export", "--site-dir", str(public)], site)
    history = (public / "de-CH" / "history" / "index.html").read_text(encoding="utf-8")
    assert "bis einschliesslich" in history and "ß" not in history.replace("Datenschutzerklärung", ""), history
    page = site / "docs" / "de-CH" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("gemäss", "gemäsz"), encoding="utf-8")
    checked = policy_in_process(["--root", str(site), "check"])
    assert checked.returncode == 1 and "[spelling.unknown-word] §1: “gemäsz”" in checked.stdout, checked

