"""Tags after a text that do not date it (session 42, histories13): said in both languages."""
from __future__ import annotations

import datetime as dt

from policysite import git_sources, history, messages


def _tag(name: str, day: dt.date | None, problem: str = "") -> history.TagDay:
    return history.TagDay(name, "c" * 40, day, problem, (name,) if problem else ())


def test_a_release_tagged_commits_after_a_text_is_said_not_its_day():
    said = git_sources._tag_passed([_tag("v2021-06-01", dt.date(2021, 6, 1))], "a" * 40, 2)
    assert str(said) == "; tag v2021-06-01 at aaaaaaa, 2 commits after it, names June 1, 2021, not read as its day: a " \
        "release between them, untagged, may have shown it first"
    assert messages.said_in(said, "fr") == "\u202f; l'étiquette v2021-06-01 au commit aaaaaaa, 2 commits après lui, " \
        "nomme le 1er juin 2021, non retenu comme son jour\u00a0: une publication entre les deux, sans étiquette, a pu " \
        "le montrer avant"


def test_a_release_tag_naming_no_day_after_a_text_is_said_unread():
    said = git_sources._tag_passed([_tag("17-02-2021", None, "not-a-day")], "b" * 40, 0)
    assert str(said) == "; tag 17-02-2021 (17-02-2021) at bbbbbbb, after it, names no one day: not read as its day " \
        "(a release's tag, not its text's)"
    assert messages.said_in(said, "fr") == "\u202f; l'étiquette 17-02-2021 (17-02-2021) au commit bbbbbbb, après " \
        "lui, ne nomme aucun jour unique\u00a0: non retenue comme son jour (l'étiquette d'une publication, pas celle " \
        "de son texte)"
