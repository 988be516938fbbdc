"""safety83: a site of several documents' home page (`en/index.html`, home.page_body) is no redirect, yet it sends
readers on to each document's text: its text's links lead to each document's `latest/`, its history, its version in
force and the feed only. A hand commit pointing its privacy policy's "in force since" at a withdrawn version passed
the output check and verify (rootdoor.doors judged every further document's root, not the home page)."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import home, rootdoor, servedpages
from unit.test_safety81_rootdoor import _SEVERAL, _SITE, _settings

_SERVED = ["index.html", "en/index.html", "en/2000-01-01/index.html", "en/2001-01-01/index.html", "en/2002-01-01/index.html",
           "en/2030-01-01/index.html", "en/latest/index.html", "en/terms/index.html", "en/terms/2001-06-01/index.html",
           "en/terms/2001-06-01/changes/index.html", "fr/index.html", "fr/2001-01-01/index.html"]
_TODAY = dt.date(2003, 1, 1)


def _doors(document: str = "") -> dict[str, rootdoor.Door]:
    project = types.SimpleNamespace(settings=_settings(*_SEVERAL).for_document(document))
    return rootdoor.doors(project, _SERVED, today=_TODAY)  # type: ignore[arg-type]


def _home(lang: str) -> str:
    """The home page publishing writes for `lang` (its text as home.page_body renders it), the theme's links around."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    versions = {"en": (["2000-01-01", "2001-01-01", "2002-01-01", "2030-01-01"], ["2001-06-01"], []),
                "fr": (["2001-01-01"], [], [])}[lang]
    documents = [home.listed(title, doc_id=doc_id, folder=folder, versions=dict.fromkeys(dates), today=_TODAY)
                 for (doc_id, folder, title), dates in zip((("", "", "Privacy"), ("terms", "terms/", "Terms"),
                                                           ("cookies", "cookies/", "Cookies")), versions, strict=True)]
    body = home.page_body(env=env, lang=lang, documents=documents)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><link rel="stylesheet" '
            f'href="../assets/stylesheets/main.css"></head><body><nav><a href="../fr/">Français</a>'
            f'<a href="search/">Search</a></nav><article class="md-content__inner md-typeset">'
            f'<h1 id="legal">Legal <a class="headerlink" href="#legal">¶</a></h1>{body}</article></body></html>')


@pytest.mark.parametrize("document", ["", "terms"])
def test_the_home_page_is_judged_whichever_document_asks(document):
    found = _doors(document)
    assert {"en/index.html", "fr/index.html", "en/terms/index.html", "index.html"} <= set(found)
    door = found["en/index.html"]
    assert door.within == rootdoor.HOME_TEXT
    assert door.targets == frozenset({f"{_SITE}en/", f"{_SITE}en/updates.xml", f"{_SITE}en/latest/",
                                      f"{_SITE}en/history/", f"{_SITE}en/terms/latest/", f"{_SITE}en/terms/history/",
                                      f"{_SITE}en/cookies/latest/", f"{_SITE}en/cookies/history/"})
    # a document's dated versions, but those two later ones replaced by the day (one publishing is writing is not on
    # the branch yet; the home page naming the one it replaces is written after it)
    assert door.dated == frozenset({f"{_SITE}en/", f"{_SITE}en/terms/", f"{_SITE}en/cookies/"})
    assert door.withdrawn == frozenset({f"{_SITE}en/2000-01-01/"})


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_home_page_publishing_writes_passes(lang):
    html = _home(lang)
    assert 'href="2002-01-01/"' in html if lang == "en" else 'href="2001-01-01/"' in html
    assert servedpages.door_judged(html.encode("utf-8"), [], door=_doors()[f"{lang}/index.html"]) is None


@pytest.mark.parametrize(("old", "new"), [
    ('href="2002-01-01/"', 'href="2000-01-01/"'),  # its text in force: a withdrawn version
    ('href="terms/latest/"', 'href="terms/2001-06-01/changes/"'),
    ('href="latest/"', 'href="https://evil.example/privacy/"'),
    ("</dl>", '</dl><a href="2002-01-01/changes/">the changes</a>'),  # (a version's pages: not its text)
    ('<div class="policy-home"', '<div class="policy-home"><a href="../fr/2001-01-01/">x</a></div><div'),
])
def test_a_home_page_whose_text_leads_elsewhere_is_refused(old, new):
    html = _home("en")
    assert old in html
    said = servedpages.door_judged(html.replace(old, new, 1).encode("utf-8"), [], door=_doors()["en/index.html"])
    assert said is not None and said.key == "publish.root-elsewhere", said
    assert said.fields["target"] == "en/latest/, en/terms/latest/, en/cookies/latest/"


def test_a_home_page_without_its_text_is_refused():
    html = _home("en").replace('class="md-content__inner md-typeset"', 'class="other"')
    assert servedpages.door_judged(html.encode("utf-8"), [], door=_doors()["en/index.html"]) is not None
