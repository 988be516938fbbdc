"""The history page's rows kept between commands (archive.rows_kept_in): the same page, byte for byte, as rendered
whole; only the rows whose inputs changed rendered again; a template whose rows cannot be rendered apart rendered
whole."""
from __future__ import annotations

import datetime as dt

import pytest
from jinja2 import DictLoader, Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from policysite import archive

OLD = synthetic_policy("2030-01-15", sections=("## 1. Scope\n\nAlpha.\n\n## 2. Rights\n\nYou may ask.\n"))
NEW = synthetic_policy("2030-03-01", sections=("## 1. Scope\n\nAlpha, edited.\n\n## 2. Added\n\nNew.\n\n"
                                               "## 3. Rights\n\nYou may ask.\n"))


def listing(count: int, *, today: str = "2031-01-01") -> list[archive.Entry]:
    """`count` versions a week apart from 2030-01-06, each naming the sections that changed, one in three with a
    note, one in four editorial, the newest two upcoming where `today` is before them; the first has no changes page."""
    change = archive.changes_of(NEW, previous_text=OLD, lang="en")
    raw = []
    for n in range(count):
        version = (dt.date(2030, 1, 6) + dt.timedelta(weeks=n)).isoformat()
        notice = {"change": "editorial" if n % 4 == 3 else "material", **({"note": f"Note {n} <b>"} if n % 3 else {})}
        changes = None if n == 0 else archive.summary(change, previous=raw[-1]["version"], notice=notice)
        raw.append({"version": version, "changes": changes, "pdf": f"policy-{version}.pdf" if n % 2 else ""})
    found = archive.entries_from_extra({"policy": {"archive": {"entries": raw, "today": today}}})
    assert found is not None
    return found


@pytest.fixture
def env() -> Environment:
    """As MkDocs' theme environment: no autoescape; the partials escape every value themselves."""
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def whole(env: Environment, lang: str, entries: list[archive.Entry], **options) -> str:
    with archive.rows_kept_in(None):
        return archive.history_page(env=env, lang=lang, entries=entries, **options)


@pytest.mark.parametrize("lang", ["fr", "en", "hu"])
def test_rows_kept_give_the_page_rendered_whole_and_only_changed_rows_are_rendered_again(env, lang, tmp_path,
                                                                                            monkeypatch):
    rendered = []
    row = archive._history_row
    monkeypatch.setattr(archive, "_history_row", lambda e, **kw: rendered.append(e.version) or row(e, **kw))
    earlier = archive.Earlier("../fr", "2030-01-06")
    for count, today in ((5, "2031-01-01"), (5, "2031-01-01"), (6, "2031-01-01"), (6, "2030-02-01")):
        entries = listing(count, today=today)
        expected = whole(env, lang, entries, earlier=earlier)
        rendered.clear()
        with archive.rows_kept_in(tmp_path):
            assert archive.history_page(env=env, lang=lang, entries=entries, earlier=earlier) == expected
        if count == 6 and today == "2031-01-01":
            # one version more: it, and the one it follows (no longer in force, its period ended)
            assert sorted(rendered) == ["2030-02-03", "2030-02-10"]
        elif count == 6:  # another day: the two versions now upcoming, and the one in force
            assert sorted(rendered) == ["2030-01-27", "2030-02-03", "2030-02-10"]
    assert "policy-history-upcoming" in expected and "policy-history-current" in expected


def test_the_second_rendering_of_the_same_page_renders_no_row(env, tmp_path, monkeypatch):
    entries = listing(4)
    expected = whole(env, "en", entries)
    with archive.rows_kept_in(tmp_path):
        assert archive.history_page(env=env, lang="en", entries=entries) == expected
        monkeypatch.setattr(archive, "_history_row", lambda e, **kw: pytest.fail(f"{e.version} rendered again"))
        assert archive.history_page(env=env, lang="en", entries=entries) == expected
    assert expected.count('<h2 id="v') == 4


def test_a_kept_file_cut_short_or_forged_is_not_read(env, tmp_path):
    entries = listing(3)
    with archive.rows_kept_in(tmp_path):
        expected = archive.history_page(env=env, lang="en", entries=entries)
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(kept.read_bytes()[:-5])
    with archive.rows_kept_in(tmp_path):
        assert archive.history_page(env=env, lang="en", entries=entries) == expected


BODY = ('<ul>{%- for row in rows %}<li>{{ row.entry.version }}{{ EXTRA }}</li>{%- endfor %}</ul>')


@pytest.mark.parametrize("extra, apart, by_equality", [
    ("{% if row.entry.version == latest %} now{% endif %}", True, True),
    ("{% set v = row.entry.version %}{% if latest != v %} then{% endif %}", True, True),
    ("{{ latest }}", True, False),  # read otherwise: kept under the version in force
    ("{{ loop.index }}", False, False),  # the loop's place: rendered whole
    ("{% for x in [1, 2] %}{{ loop.index }}{% endfor %}", True, True),  # an inner loop's own
    ("{% set ns = namespace(n=0) %}{% set ns.n = ns.n + 1 %}", False, False),
    ("{{ t.update({}) }}", False, False),  # a method: it could change what the next row reads
    ("{% include 'other.html' %}", False, False),
])
def test_only_a_template_whose_rows_are_rendered_alike_apart_is_split(tmp_path, extra, apart, by_equality):
    env = Environment(loader=DictLoader({archive.HISTORY_TEMPLATE: BODY.replace("{{ EXTRA }}", extra),
                                         "other.html": "[other]"}))
    split = archive._rows_apart(env, archive._source_of(env, archive.HISTORY_TEMPLATE))
    assert (split is not None) == apart
    if split is not None:
        assert split.by_equality == by_equality
    for count in (3, 4):
        entries = listing(count)
        with archive.rows_kept_in(tmp_path):
            assert archive.history_page(env=env, lang="en", entries=entries) == whole(env, "en", entries)
