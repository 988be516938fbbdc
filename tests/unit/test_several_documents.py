"""Several documents: the setting, where a link to another document lands, its rewriting, the home page's lines."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from policysite import crosslinks, document, home
from policysite.settings import SettingsError, from_extra

BASE = {"company": "Example", "public_url": "https://example.test/legal/", "authoritative": "en",
        "languages": [{"code": "en", "name": "English"}, {"code": "fr", "name": "Français"}]}
DOCS = [{"id": "privacy", "page": "index.md"}, {"id": "cookies", "page": "cookies.md",
                                                 "title": {"en": "Cookie policy", "fr": "Politique cookies"}},
        {"id": "terms", "page": "terms.md", "title": "Terms"}]


def settings(**policy):
    return from_extra({"policy": {**BASE, **policy}})


def test_one_document_without_the_setting():
    site = settings()
    assert [d.page for d in site.all_documents] == ["index.md"]
    assert site.base("en") == "en" and site.manifest_dir == "manifest" and site.depth == 1


def test_documents_and_each_ones_settings():
    site = settings(documents=DOCS)
    assert site.page == "index.md" and site.others == {"cookies", "terms"}
    cookies = site.for_document("cookies")
    assert (cookies.page, cookies.base("fr"), cookies.manifest_dir, cookies.depth, cookies.others) == \
        ("cookies.md", "fr/cookies", "manifest/cookies", 2, frozenset())
    assert site.for_document("privacy") == site.for_document("") == site
    assert site.all_documents[2].titles == {"en": "Terms", "fr": "Terms"}
    # A build of another document says which in extra.policy.document.
    assert from_extra({"policy": {**BASE, "documents": DOCS, "document": "terms"}}).page == "terms.md"
    with pytest.raises(SettingsError, match="no document 'faq'"):
        site.for_document("faq")


@pytest.mark.parametrize("documents,message", [
    ([{"id": "latest", "page": "a.md"}], "id 'latest'"),
    ([{"id": "privacy", "page": "index.md"}, {"id": "2021-02-17", "page": "a.md"}], "id '2021-02-17'"),
    ([{"id": "privacy", "page": "index.md"}, {"id": "Cookies", "page": "c.md"}], "id 'Cookies'"),
    ([{"id": "privacy", "page": "index.md"}, {"id": "cookies", "page": "../c.md"}], "page must be"),
    ([{"id": "privacy", "page": "index.md"}, {"id": "privacy", "page": "c.md"}], "the id privacy"),
    ([{"id": "privacy", "page": "index.md"}, {"id": "c", "page": "index.md"}], "the page index.md"),
    ([{"id": "privacy", "page": "privacy.md"}], "the first document is the site's page"),
    ([{"id": "privacy", "page": "index.md", "title": {"de": "X"}}], "title must be a text per language"),
    ("privacy", "must be a list"),
    ([{"page": "index.md"}], "needs an id and a page"),
])
def test_a_wrong_setting_says_what(documents, message):
    with pytest.raises(SettingsError, match=message):
        settings(page="index.md", documents=documents)


def test_a_link_lands_on_the_version_in_force_on_the_date_or_the_first():
    site = settings(documents=DOCS)
    versions = {"": ["2021-02-17", "2022-03-01"], "cookies": ["2021-01-10", "2021-06-01"], "terms": []}
    assert crosslinks.pinned(site, versions, version="2021-02-17") == {
        "cookies.md": crosslinks.Target("cookies", "2021-01-10")}
    assert crosslinks.pinned(site, versions, version="2021-06-01")["cookies.md"].version == "2021-06-01"
    # From a younger document to an older one's first version; to itself, never.
    pinned = crosslinks.pinned(site.for_document("cookies"), versions, version="2020-01-01")
    assert pinned == {"index.md": crosslinks.Target("", "2021-02-17")}
    assert crosslinks.url(site, crosslinks.Target("cookies", "2021-01-10"), lang="fr") == \
        "../../fr/cookies/2021-01-10/"
    assert crosslinks.url(site.for_document("cookies"), crosslinks.Target("", "2021-02-17"), lang="en") == \
        "../../../en/2021-02-17/"


def test_rewrite_changes_links_to_documents_only():
    markdown = ("See [cookies](cookies.md#s3 \"title\"), [all of it](<cookies.md>), [faq](faq.md) and "
                "[web](https://example.test/cookies.md).\n\n[ref]: cookies.md#s2\n`[code](cookies.md)` stays code\n")
    out = crosslinks.rewrite(markdown, {"cookies.md": "../../en/cookies/2021-01-10/"})
    assert "](../../en/cookies/2021-01-10/#s3 \"title\")" in out
    assert "](<../../en/cookies/2021-01-10/>)" in out
    assert "[faq](faq.md)" in out and "https://example.test/cookies.md" in out
    assert "[ref]: ../../en/cookies/2021-01-10/#s2" in out
    html = crosslinks.mark('<a href="../../en/cookies/2021-01-10/#s3">x</a> <a href="faq/">y</a>',
                           {"cookies.md": "../../en/cookies/2021-01-10/"})
    assert html == '<a href="../../en/cookies/2021-01-10/#s3" data-policy-document>x</a> <a href="faq/">y</a>'


def test_check_names_a_missing_document_or_anchor():
    site = settings(documents=DOCS)
    policy = document.parse("---\ndate: 2021-02-17\n---\n\n# P\n\n## 1. One\n\nSee [c](cookies.md#s9), "
                            "[t](terms.md), [x](faq.md#s1) and [ok](cookies.md#s2).\n", path="docs/en/index.md",
                            lang="en")
    findings = crosslinks.check(policy, site, {"cookies.md": {"s1", "s2"}, "terms.md": None})
    assert [(f.rule, f.line) for f in findings] == [("links.document", 9)] * 2
    assert "cookies.md#s9" in findings[0].message and "faq.md names no document" in findings[1].message


def test_home_lines_say_what_is_in_force_and_what_comes():
    listed = home.listed("Cookie policy", doc_id="cookies", folder="cookies/", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None, "2021-06-01": {"note": "Shorter."}, "2021-09-01": None})
    assert listed.in_force.version == "2021-06-01" and listed.upcoming.version == "2021-09-01"
    assert home.from_extra({"policy": {"archive": {"documents": home.to_extra([listed])}}}) == [listed]


def test_the_home_page_of_a_language_the_site_has_no_words_for_marks_its_english():
    """Hunt 41 (as the history, 4fa58a1): a Persian home page said "In force since 1 ژوئن 2021" and "A new version
    applies from …" in paragraphs marked Persian, right to left: shown reordered. The English is marked, each date
    and title in Persian; a language the site has words for is as it was."""
    from jinja2 import Environment, FileSystemLoader

    from helpers import ROOT

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    listed = home.listed("سیاست کوکی", doc_id="cookies", folder="cookies/", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None, "2021-06-01": {"note": "کوتاه‌تر."}, "2021-09-01": None})
    html = home.page_body(env=env, lang="ur", documents=[listed])
    assert html.startswith('<div class="policy-home" lang="en" dir="ltr">')
    assert '<a href="cookies/latest/" lang="ur" dir="auto">سیاست کوکی</a>' in html
    assert re.search(r'<p>In force since <a href="cookies/2021-06-01/"><time datetime="2021-06-01">'
                     r'<span lang="ur" dir="auto">1 جون، 2021</span></time></a></p>', html), html
    assert re.search(r'A new version applies from <span lang="ur" dir="auto">[^<]+</span>\.</p>', html)
    english = home.page_body(env=env, lang="en", documents=[listed])
    assert ' lang="' not in english and "<p>In force since <a href" in english


@pytest.mark.parametrize("lang, said, date", [("fr", "En vigueur depuis le 1er juin 2021", "1er juin 2021"),
                                              ("en", "In force since June 1, 2021", "June 1, 2021")])
def test_the_home_page_says_the_date_in_force_once_its_machine_date_in_a_time_element(lang, said, date):
    """Reader audit 35: the home page said "En vigueur depuis le 1er juin 2021 (2021-06-01)", the date twice. Its words
    are read once, linked to the version; the machine date is the <time>'s datetime."""
    from jinja2 import Environment, FileSystemLoader
    from selectolax.lexbor import LexborHTMLParser

    from helpers import ROOT

    listed = home.listed("Politique", doc_id="privacy", folder="", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None, "2021-06-01": None})
    body = LexborHTMLParser(home.page_body(env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))),
                                           lang=lang, documents=[listed]))
    since = body.css_first(".policy-home-document p")
    assert since.text() == said and "2021-06-01" not in since.text()
    time = since.css_first("a[href='2021-06-01/'] > time")
    assert time is not None and time.attributes["datetime"] == "2021-06-01" and time.text() == date


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("note", [None, "Nous conservons les données deux ans."])
def test_the_home_page_gives_a_documents_last_change_under_its_label_not_after_a_second_colon(lang, note):
    """Reader5, session 35: the home page said "Dernière modification : Sections modifiées : §2 Données traitées.", two
    labels chained on one line. The change (the legal team's note, the sections named by kind) is read under its
    label, and no line of the page holds more than one label and its colon."""
    from jinja2 import Environment, FileSystemLoader
    from selectolax.lexbor import LexborHTMLParser

    from helpers import ROOT
    from policysite.strings import strings

    changes = {"previous": "2021-01-10", "preamble": False, **({"note": note} if note else {}),
               "sections": [{"kind": "changed", "old": "2", "new": "2", "title": "Données", "changed": True}]}
    listed = home.listed("Politique", doc_id="privacy", folder="", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None, "2021-06-01": changes})
    body = LexborHTMLParser(home.page_body(env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))),
                                           lang=lang, documents=[listed]))
    t = strings(lang)
    lines = [node.text() for node in body.css("p, dt, dd, li")]
    assert [line for line in lines if line.count(t["colon"].strip()) > 1] == []
    change = body.css_first(".policy-home-change")
    assert change is not None and change.css_first("dt").text() == t["home_change"]
    assert "§2" in change.css_first("dd").text() and (note is None or note in change.css_first("dd").text())


@pytest.mark.parametrize("codes", [["en", "fr", "fr"], ["en", "pt-BR", "pt-br"]])
def test_a_language_listed_twice_whatever_its_case_is_refused(codes):
    """Security hunt 19b (notes): `fr` twice, or `pt-BR` and `pt-br` (one folder on macOS and Windows), were taken."""
    with pytest.raises(SettingsError, match="is listed twice"):
        settings(languages=[{"code": code, "name": code} for code in codes])


@pytest.mark.parametrize("url", ["http://[::1", "http://example.test:99999/", "javascript:alert(1)//", "https://e.test/?a",
                                 # security hunt 25: the 404 page's links went to //evil.example/fr/latest/
                                 "https://example.com//evil.example/", "https://example.com/a/../b/",
                                 # security hunt 30: a host passing for the company's (a Cyrillic і), as punycode too
                                 "https://www.d\u0456al-once.com/politique/", "https://www.xn--dal-once-thh.com/p/",
                                 # safety hunt 35: the host a reader reads is not the one a browser goes to; a
                                 # password published; `..` written as a browser decodes it
                                 "https://www.dial-once.com@evil.example/p/", "https://admin:pw@www.dial-once.com/p/",
                                 "https://example.com/%2e%2E/p/", "https://example.com/.%2e/p/",
                                 "https://www.d%D1%96al-once.com/p/"])
def test_a_public_url_that_is_no_web_address_is_refused_naming_the_setting(url):
    """Security hunt 23, finding 4: `http://[::1` passed `policy check`; `policy publish` then ended with
    "error: Invalid IPv6 URL", naming no file nor setting."""
    with pytest.raises(SettingsError, match=r"^mkdocs\.yml: extra\.policy\.public_url: "):
        from_extra({"policy": {"company": "Acme", "languages": [{"code": "en", "name": "English"}],
                               "authoritative": "en", "public_url": url}})


def test_a_public_url_on_an_internationalised_host_of_one_script_is_taken():
    found = from_extra({"policy": {"company": "Acme", "languages": [{"code": "en", "name": "English"}],
                                   "authoritative": "en", "public_url": "https://www.bücher.example/datenschutz/"}})
    assert found.public_url == "https://www.bücher.example/datenschutz/"


def test_the_settings_read_again_read_the_public_url_once_and_still_refuse_a_bad_one(monkeypatch):
    """The hooks read the settings at each event of each page (some 20 times a version in a rebuild), and each time
    the public address's host was read as a browser reads it (0.1 ms): an address is judged once."""
    from policysite import addresses

    read: list[str] = []
    real = addresses.browser_host
    monkeypatch.setattr(addresses, "browser_host", lambda host: read.append(host) or real(host))
    for _ in range(3):
        assert settings(public_url="https://read-once.example/legal/").public_url == "https://read-once.example/legal/"
        with pytest.raises(SettingsError, match="public_url"):
            settings(public_url="https://admin:pw@read-once.example/legal/")
    assert read == ["read-once.example"] * 2



def test_a_document_asked_of_a_site_of_one_document_is_said_to_be_none_of_its():
    """History hunt 27: `policy at --document nope` on a one-document site said "(known: none)"."""
    with pytest.raises(SettingsError) as raised:
        settings().for_document("nope")
    assert str(raised.value) == ("--document 'nope': this site has one document (its list of documents, "
                                 "`extra.policy.documents`, is not set): leave the option out")
    assert settings().for_document("") == settings()


def test_a_link_overtaken_by_a_later_publication_is_said_in_the_site_s_language():
    """`policy publish` said it in English on a French site."""
    from policysite import messages

    site = settings(documents=DOCS)
    recorded = {"terms": {"2021-03-01": {"cookies.md": ["cookies", "2021-01-10"]}}}
    (line,) = crosslinks.overtaken(site, recorded, {"cookies": ["2021-01-10", "2021-02-01"]})
    assert line == ("terms 2021-03-01 links cookies.md as in force on its date, 2021-01-10; cookies 2021-02-01, "
                    "published since, took effect before it: 2021-03-01 keeps its links (a published version never "
                    "changes; a new version of it would link the newer text)")
    assert messages.said_in(line, "fr") == (
        "terms 2021-03-01 renvoie à cookies.md comme en vigueur à sa date, 2021-01-10\u202f; cookies 2021-02-01, publiée "
        "depuis, est entrée en vigueur avant\u00a0: 2021-03-01 garde ses liens (une version publiée ne change jamais\u202f; "
        "une nouvelle version de celle-ci renverrait au texte plus récent)")


@pytest.mark.parametrize(("url", "said"), [
    ("http://[::1/p/", "ne se lit pas comme une adresse\u00a0: un crochet [ ] sans son pendant"),
    ("https://example.com:99999/p/", "a un port qui n'est pas un nombre de 0 à 65535"),
    ("https://example.com:abc/p/", "a un port qui n'est pas un nombre de 0 à 65535"),
])
def test_a_public_url_python_cannot_split_is_said_in_the_catalogue_not_in_urllibs_english(url, said):
    """Words9: "ne se lit pas comme une adresse (Port out of range 0-65535)", urllib's English in a French line."""
    from policysite import messages
    from policysite.settings import url_problem

    problem = messages.said_in(url_problem(url), "fr")
    assert problem.startswith(said) and "Port" not in problem and "IPv6" not in problem
