"""A new company's adoption walked as it would be, from scratch: `policy init` in a temporary folder (a fresh git
repository), its policy in Word with three past versions (three .docx files, each dated in its name and in its
text), import, check, publish the history, a fourth version edited in Markdown and announced ahead of its date,
publish, export, verify. Every command ends without a traceback, says what it did in words, every date is right,
every version is browsable and comparable."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import GIT_ENV, git, policy_in_process
from policysite import clock, strings

TODAY = dt.datetime(2030, 6, 1, 9, 0, tzinfo=dt.UTC)
VERSIONS = {"2028-03-01": "1. März 2028", "2029-06-15": "15. Juni 2029", "2030-01-20": "20. Januar 2030"}
ADDED = ["", " Zusätzlich verarbeiten wir Ihre Telefonnummer.",
         " Zusätzlich verarbeiten wir Ihre Telefonnummer und Ihre Anschrift."]


def _word(path: Path, said: str, extra: str) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Datenschutzerklärung", level=0)
    document.add_paragraph(f"Stand: {said}")
    document.add_heading("1. Verantwortlicher", level=1)
    document.add_paragraph("Verantwortlich ist die Beispiel GmbH, Hauptstraße 1, 79098 Freiburg i. Br. Die "
                           "Kontaktadresse lautet datenschutz@beispiel.example.")
    document.add_heading("2. Erhobene Daten", level=1)
    document.add_paragraph("Wir verarbeiten Ihren Namen und Ihre E-Mail-Adresse nach Art. 6 Abs. 1 lit. b DSGVO."
                           + extra)
    document.add_heading("3. Speicherdauer", level=1)
    document.add_paragraph("Wir speichern die Daten, solange es für die Zwecke nach Abschn. 2 erforderlich ist.")
    document.save(str(path))


def _run(argv: list[str], site: Path) -> tuple[str, str]:
    done = policy_in_process(["--root", str(site), *argv])
    said = done.stdout + done.stderr
    assert "Traceback" not in said and "Error" not in said.replace("error:", ""), said
    assert done.returncode == 0, f"policy {' '.join(argv)}: {said}"
    return done.stdout, done.stderr


def test_a_german_company_adopts_the_generator_from_word_files(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(clock, "now", lambda: TODAY)
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("POLICY_MESSAGES", raising=False)
    archive = tmp_path / "archive"
    archive.mkdir()
    for (day, said), extra in zip(VERSIONS.items(), ADDED, strict=True):
        _word(archive / f"datenschutz-{day}.docx", said, extra)
    site = tmp_path / "site"
    made = policy_in_process(["init", str(site), "--company", "Beispiel GmbH", "--languages", "de",
                              "--time-zone", "Europe/Berlin"])
    assert made.returncode == 0 and "Traceback" not in made.stderr, made.stderr

    out, err = _run(["import", "--lang", "de", *(str(p) for p in sorted(archive.iterdir()))], site)
    for day in VERSIONS:  # (the day in words: company13)
        assert f"in force from {strings.long_date(dt.date.fromisoformat(day), 'en')}" in out, out
    # the spelling check judges neither `Abschn. 2` nor `Freiburg i. Br.`: only DSGVO is listed for review
    assert "(DSGVO)" in out and "Abschn" not in out and "Br)" not in out, out

    _out, err = _run(["check"], site)
    assert "no findings" in err, err  # (a clean check said nothing: silence read as a command that did not run)
    assert "aucun problème" in _run(["check", "--messages", "fr"], site)[1]
    out, err = _run(["history"], site)
    assert "2028-03-01, 2029-06-15, 2030-01-20" in out, out

    page = site / "docs" / "de" / "index.md"
    text = page.read_text(encoding="utf-8").replace("date: 2030-01-20", "date: 2030-07-01\nannounced: 2030-06-01")
    text = text.replace("Stand: 20. Januar 2030", "Stand: 1. Juli 2030").replace(
        "erforderlich ist.", "erforderlich ist, höchstens jedoch drei Jahre.")
    page.write_text(text + "\n## 4. Ihre Rechte\n\nSie haben das Recht auf Auskunft nach Art. 15 DSGVO.\n",
                    encoding="utf-8")
    git(site, "commit", "-q", "-am", "Fassung vom 1. Juli 2030", date="2030-06-01T10:00:00+00:00")
    out, err = _run(["diff", "latest", "worktree", "--messages", "en"], site)
    assert "§\u00a04 Ihre Rechte" in out and "höchstens jedoch drei Jahre" in out, out
    out, err = _run(["publish"], site)
    assert "2030-07-01" in out + err and "upcoming" in out + err, out + err

    out, _err = _run(["at", "2029-01-01"], site)
    assert out.startswith("2028-03-01 ") and "to June 14, 2029 inclusive" in out, out
    out, _err = _run(["at", "2030-06-30"], site)
    assert out.startswith("2030-01-20 ") and "to June 30, 2030 inclusive" in out, out
    out, _err = _run(["diff", "2028-03-01", "2030-07-01"], site)
    assert "Anschrift" in out and "Ihre Rechte" in out, out

    public = tmp_path / "public"
    _run(["export", "--site-dir", str(public)], site)
    for day in [*VERSIONS, "2030-07-01"]:
        assert (public / "de" / day / "index.html").is_file(), day
    assert (public / "de" / "compare" / "index.html").is_file()
    out, _err = _run(["verify"], site)
    assert "4 versions" in out, out
