"""legal30: `policy at` asked of a day still to come while a change is announced (published on 1 June, in force on 15
July). Asked on 2 June of 10 June, it named the text in force today alone, though the site already shows the
announced one (at.py said "the site also showed" of days past only); asked of 20 July, it named 2024-07-15 "upcoming"
and not that it is announced, nor which text is in force until then. Now a day to come before the effect says the
announced version the site will show beside it that day (at.announced/to-come), and one after it that the answer is
announced, not in force yet, and the text in force today (at.announced/upcoming), in the messages' language and for
the English text too; nothing of the kind without an announcement, nor once the day is past."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policysite import at, cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")

FR = "## 1. Données\n\nNous collectons le nom.\n\n## 2. Durée\n\nNous gardons les données 3 ans.\n"
EN = "## 1. Data\n\nWe collect the name.\n\n## 2. Retention\n\nWe keep the data for 3 years.\n"


def _page(date: str, body: str, extra: str = "", title: str = "Politique de confidentialité") -> str:
    return f"---\ndate: {date}\n{extra}---\n\n# {title}\n\n{body}"


def _publish(site: Path, fr: str, en: str, day: str, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    (site / "docs" / "fr" / "index.md").write_text(fr, encoding="utf-8")
    (site / "docs" / "en" / "index.md").write_text(en, encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", f"Politique du {day}", date=f"{day}T10:00:00+00:00")
    assert cli.main(["--root", str(site), "publish"]) == 0


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    with pytest.MonkeyPatch.context() as monkeypatch:
        site = tmp_path_factory.mktemp("legal30") / "example"
        assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr,en"]) == 0
        (site / "docs" / "en" / "index.md").write_text(_page("2024-05-01", EN, title="Privacy policy"),
                                                       encoding="utf-8")
        (site / "docs" / "fr" / "index.md").write_text(_page("2024-05-01", FR), encoding="utf-8")
        assert cli.main(["--root", str(site), "sync-mark", "en", "--all"]) == 0
        _publish(site, _page("2024-05-01", FR), _page("2024-05-01", EN, title="Privacy policy"), "2024-05-01",
                 monkeypatch)
        _publish(site, _page("2024-07-15", FR.replace("3 ans", "5 ans"), "announced: 2024-06-01\nsummary: 5 ans.\n"),
                 _page("2024-07-15", EN.replace("3 years", "5 years"), "announced: 2024-06-01\nsummary: 5 years.\n",
                       title="Privacy policy"), "2024-06-01", monkeypatch)
    return site


def _at(site: Path, capsys, monkeypatch, today: str, *argv: str) -> list[str]:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(today))
    capsys.readouterr()
    assert cli.main(["--root", str(site), "at", *argv]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "June 10, 2024 is still to come: that day the site will also show 2024-07-15, announced ahead: published "
           "on June 1, 2024, it takes effect on July 15, 2024; readers have been told of it since June 1, 2024"),
    ("fr", "le 10 juin 2024 est encore à venir : ce jour-là, le site montrera aussi la version 2024-07-15, annoncée à "
           "l'avance : publiée le 1er juin 2024, elle entre en vigueur le 15 juillet 2024 ; les lecteurs en sont "
           "informés depuis le 1er juin 2024"),
])
def test_a_day_to_come_before_the_effect_names_the_announced_version_too(site, capsys, monkeypatch, lang, said):
    for text in ("fr", "en"):
        out = _at(site, capsys, monkeypatch, "2024-06-02", "2024-06-10", "--lang", text, "--messages", lang)
        assert out[0].startswith(f"2024-05-01 http://127.0.0.1:8000/{text}/2024-05-01/ "), out
        assert [" ".join(line.replace("\u2019", "'").split()) for line in out[1:]] == [said], out


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "2024-07-15 is announced ahead: published on June 1, 2024, it is not in force yet; the text in force "
           "today, June 2, 2024, is 2024-05-01"),
    ("fr", "la version 2024-07-15 est annoncée à l'avance : publiée le 1er juin 2024, elle n'est pas encore en "
           "vigueur ; le texte en vigueur aujourd'hui, le 2 juin 2024, est la version 2024-05-01"),
])
def test_a_day_to_come_after_the_effect_says_the_answer_is_announced_and_what_is_in_force_today(
        site, capsys, monkeypatch, lang, said):
    for day in ("2024-07-15", "2024-07-20"):
        out = _at(site, capsys, monkeypatch, "2024-06-02", day, "--lang", "en", "--messages", lang)
        assert out[0].startswith("2024-07-15 http://127.0.0.1:8000/en/2024-07-15/ "), out
        assert [" ".join(line.replace("\u2019", "'").split()) for line in out[1:]] == [said], out


def test_once_past_or_in_force_nothing_to_come_is_said(site, capsys, monkeypatch):
    out = _at(site, capsys, monkeypatch, "2024-07-20", "2024-07-20", "--messages", "en")
    assert out == ["2024-07-15 http://127.0.0.1:8000/fr/2024-07-15/ (in force from July 15, 2024)"], out
    out = _at(site, capsys, monkeypatch, "2024-07-20", "2024-06-10", "--messages", "en")
    assert out[0].startswith("2024-05-01 ") and "still to come" not in "\n".join(out), out
    # before the announcement reached the site, a day to come is answered with today's text alone
    assert at.to_come(dt.date(2024, 6, 10), "2024-05-01", ["2024-05-01", "2024-07-15"],
                      {"2024-05-01": dt.date(2024, 5, 1), "2024-07-15": dt.date(2024, 6, 1)},
                      today=dt.date(2024, 5, 20)) == ()
