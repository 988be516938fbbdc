"""The compare page says what every other redline format says under its title (redline22, redline21's leftover): a
version announced ahead of its date is not in force before it, a version marked `change: editorial` is so marked. Its
policy.json carries them (export.notice: `announced`, its ISO date and that date in the text's words, a translation's
from the authoritative page as engine.diff reads it; `editorial`), absent where not (most versions' export is no
byte longer), and compare.js writes them in the reader's language with the words render.notice_lines gives."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from helpers import ROOT, synthetic_policy
from policysite import archive, document, export, redline
from policysite.redline.render import notice_lines
from policysite.strings import long_date, redline_labels

OLD = synthetic_policy("2030-01-15")
ANNOUNCED = OLD.replace("date: 2030-01-15", "date: 2030-03-01\nannounced: 2030-02-01")
EDITORIAL = OLD.replace("date: 2030-01-15", "date: 2030-03-01\nchange: editorial")


def _export(text: str, lang: str = "en", source_text: str = "") -> dict:
    return json.loads(export.policy_json(text.encode("utf-8"), lang=lang, version="2030-03-01", url="",
                                         previous="2030-01-15", source_text=source_text))


@pytest.mark.parametrize("lang", ["en", "fr", "fa"])
def test_policy_json_carries_the_announcement_in_the_text_s_words(lang):
    data = _export(ANNOUNCED, lang)
    assert data["announced"] == ["2030-02-01", long_date(dt.date(2030, 2, 1), lang)]
    assert "editorial" not in data
    # what the compare page writes of it is the redline's own line, word for word
    change = redline.diff(document.parse(OLD, path="old.md", lang=lang), document.parse(ANNOUNCED, path="new.md",
                                                                                       lang=lang))
    t = redline_labels(lang)
    assert notice_lines(change, t, lang) == [t["announced"].format(announced=data["announced"][1],
                                                                   date=long_date(dt.date(2030, 3, 1), lang))]


def test_a_translation_carries_the_authoritative_announcement_whatever_its_own():
    assert _export(EDITORIAL.replace("change: editorial\n", ""), "en", source_text=ANNOUNCED)["announced"][0] \
        == "2030-02-01"
    own = ANNOUNCED.replace("announced: 2030-02-01", "announced: 2030-02-15")
    assert _export(own, "en", source_text=ANNOUNCED)["announced"][0] == "2030-02-01"  # (redline24: one rule)


def test_policy_json_carries_an_editorial_change():
    data = _export(EDITORIAL)
    assert data["editorial"] is True and "announced" not in data


@pytest.mark.parametrize("text", [OLD, ANNOUNCED.replace("announced: 2030-02-01", "announced: 2030-03-01")])
def test_a_version_neither_announced_ahead_nor_editorial_says_nothing(text):
    plain = export.policy_json(text.encode("utf-8"), lang="en", version="2030-03-01", url="", previous=None)
    assert '"announced"' not in plain and '"editorial"' not in plain


def test_the_compare_page_has_the_words():
    import re

    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    for lang in ("en", "fr", "ar"):
        page = archive.compare_page(env=env, lang=lang)
        words = json.loads(re.search(r'class="policy-compare-strings">(.*?)</script>', page, re.S).group(1))
        t = redline_labels(lang)
        assert (words["announced"], words["editorial_version"]) == (t["announced"], t["editorial_version"])
