"""legal31: `policy at` asked of a day the site showed two changes announced ahead (the version of 15 July published
on 1 June, that of 1 September on 10 June) named the first alone (announced_note took the next version only), though
readers had been told of both. Each announced change is now said with its dates, of a day past and of one to come, in
the messages' language; a day before the second announcement still names the first alone."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")

FR = "## 1. Données\n\nNous collectons le nom.\n\n## 2. Durée\n\nNous gardons les données 3 ans.\n"
EN = "## 1. Data\n\nWe collect the name.\n\n## 2. Retention\n\nWe keep the data for 3 years.\n"


def _page(date: str, body: str, extra: str = "", title: str = "Politique de confidentialité") -> str:
    return f"---\ndate: {date}\n{extra}---\n\n# {title}\n\n{body}"


def _publish(site: Path, monkeypatch, day: str, date: str, years: int, announced: str = "") -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    extra = f"announced: {announced}\nsummary: {years} ans.\n" if announced else ""
    (site / "docs" / "fr" / "index.md").write_text(_page(date, FR.replace("3 ans", f"{years} ans"), extra),
                                                   encoding="utf-8")
    (site / "docs" / "en" / "index.md").write_text(_page(
        date, EN.replace("3 years", f"{years} years"), extra.replace(" ans.", " years."), "Privacy policy"),
        encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", f"Politique du {date}", date=f"{day}T10:00:00+00:00")
    assert cli.main(["--root", str(site), "publish"]) == 0


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    with pytest.MonkeyPatch.context() as monkeypatch:
        site = tmp_path_factory.mktemp("legal31") / "example"
        assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
        (site / "docs" / "en" / "index.md").write_text(_page("2024-05-01", EN, title="Privacy policy"),
                                                       encoding="utf-8")
        (site / "docs" / "fr" / "index.md").write_text(_page("2024-05-01", FR), encoding="utf-8")
        assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
        _publish(site, monkeypatch, "2024-05-01", "2024-05-01", 3)
        _publish(site, monkeypatch, "2024-06-01", "2024-07-15", 5, announced="2024-06-01")
        _publish(site, monkeypatch, "2024-06-10", "2024-09-01", 4, announced="2024-06-10")
    return site


def _at(site: Path, capsys, monkeypatch, today: str, *argv: str) -> list[str]:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(today))
    capsys.readouterr()
    assert cli.main(["--root", str(site), "at", *argv]) == 0
    return [" ".join(line.replace("\u2019", "'").split()) for line in capsys.readouterr().out.splitlines()]


def test_a_day_past_names_each_change_announced_with_its_dates(site, capsys, monkeypatch):
    out = _at(site, capsys, monkeypatch, "2024-10-01", "2024-06-20", "--messages", "en")
    assert out[0].startswith("2024-05-01 http://127.0.0.1:8000/fr/2024-05-01/ "), out
    assert out[1:] == [
        "on June 20, 2024 the site also showed 2024-07-15, announced ahead: published on June 1, 2024, it takes "
        "effect on July 15, 2024; readers had been told of it since June 1, 2024",
        "on June 20, 2024 the site also showed 2024-09-01, announced ahead: published on June 10, 2024, it takes "
        "effect on September 1, 2024; readers had been told of it since June 10, 2024"], out


def test_a_day_before_the_second_announcement_names_the_first_alone(site, capsys, monkeypatch):
    out = _at(site, capsys, monkeypatch, "2024-10-01", "2024-06-05", "--messages", "en")
    assert [line for line in out if "announced ahead" in line] == [
        "on June 5, 2024 the site also showed 2024-07-15, announced ahead: published on June 1, 2024, it takes "
        "effect on July 15, 2024; readers had been told of it since June 1, 2024"], out


def test_a_day_to_come_names_each_change_announced_in_the_messages_language(site, capsys, monkeypatch):
    out = _at(site, capsys, monkeypatch, "2024-06-12", "2024-06-20", "--lang", "en", "--messages", "fr")
    assert out[0].startswith("2024-05-01 http://127.0.0.1:8000/en/2024-05-01/ "), out
    assert out[1:] == [
        "le 20 juin 2024 est encore à venir : ce jour-là, le site montrera aussi la version 2024-07-15, annoncée à "
        "l'avance : publiée le 1er juin 2024, elle entre en vigueur le 15 juillet 2024 ; les lecteurs en sont "
        "informés depuis le 1er juin 2024",
        "le 20 juin 2024 est encore à venir : ce jour-là, le site montrera aussi la version 2024-09-01, annoncée à "
        "l'avance : publiée le 10 juin 2024, elle entre en vigueur le 1er septembre 2024 ; les lecteurs en sont "
        "informés depuis le 10 juin 2024"], out


def test_an_announced_answer_names_the_change_announced_after_it(site, capsys, monkeypatch):
    out = _at(site, capsys, monkeypatch, "2024-06-12", "2024-08-01", "--messages", "en")
    assert out[0].startswith("2024-07-15 http://127.0.0.1:8000/fr/2024-07-15/ "), out
    assert out[1:] == [
        "2024-07-15 is announced ahead: published on June 1, 2024, it is not in force yet; the text in force today, "
        "June 12, 2024, is 2024-05-01",
        "August 1, 2024 is still to come: that day the site will also show 2024-09-01, announced ahead: published on "
        "June 10, 2024, it takes effect on September 1, 2024; readers have been told of it since June 10, 2024"], out
