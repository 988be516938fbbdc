"""The archive's pages without MkDocs: summaries, the Atom feed, the JSON export, history and compare bodies."""
from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET

import markupsafe
import pytest
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from helpers import ROOT, synthetic_policy
from policysite import archive, export, feed, home, manifest as mf, publish
from policysite.strings import html_format

A = "{http://www.w3.org/2005/Atom}"
OLD = synthetic_policy("2030-01-15", sections=(
    "## 1. Scope\n\nAlpha paragraph.\n\n## 2. Rights\n\nYou may ask.\n\n### 2.1 Detail\n\nGone soon.\n\n"
    "## 3. Closing\n\nThe end.\n"))
NEW = synthetic_policy("2030-03-01", sections=(
    "## 1. Scope\n\nAlpha paragraph, edited.\n\n## 2. Added\n\nBrand new.\n\n## 3. Rights\n\nYou may ask.\n\n"
    "## 4. Closing\n\nThe end, edited.\n"))


@pytest.fixture
def env() -> Environment:
    """As MkDocs' theme environment: no autoescape; the partials escape every value themselves."""
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def entries() -> list[archive.Entry]:
    change = archive.changes_of(NEW, previous_text=OLD, lang="en")
    return [archive.Entry("2029-06-01", None),  # published before changes pages existed
            archive.Entry("2030-01-15", archive.summary(None, previous=None)),
            archive.Entry("2030-03-01", archive.summary(change, previous="2030-01-15"))]


def test_summary_records_each_shown_section_once_and_the_counts():
    data = entries()[2].changes
    assert data["previous"] == "2030-01-15" and data["preamble"] is False
    assert data["counts"] == {"changed": 2, "added": 1, "removed": 1, "renumbered": 2, "moved": 0}
    assert [(s["kind"], s["old"], s["new"], s["changed"]) for s in data["sections"]] == [
        ("changed", "1", "1", True), ("added", None, "2", True), ("renumbered", "2", "3", False),
        ("removed", "2.1", None, True), ("renumbered", "3", "4", True)]
    assert json.loads(json.dumps(data)) == data  # kept as is in the manifest
    assert archive.summary(None, previous=None) == {"previous": None}


def test_groups_link_each_section_into_the_version_that_has_it():
    groups = dict(archive.groups(entries()[2], lang="en", base="../"))
    assert groups["Sections changed"] == [("§1 Scope", "../2030-03-01/#s1", "March 1, 2030"),
                                          ("§3 → §4 Closing", "../2030-03-01/#s4", "March 1, 2030")]
    assert groups["Sections added"] == [("§2 Added", "../2030-03-01/#s2", "March 1, 2030")]
    assert groups["Sections removed"] == [("§2.1 Detail", "../2030-01-15/#s2-1", "January 15, 2030")]
    assert [link.label for link in groups["Sections renumbered"]] == ["§2 → §3 Rights"]  # §4 once, changed
    assert archive.groups(entries()[1], lang="en", base="../") == []


@pytest.mark.parametrize("n, lang, line", [
    (0, "en", "Published before changes pages existed: no summary recorded."),
    (1, "fr", "Première version publiée."),
    (2, "en", "Sections changed: §1 Scope, §3 → §4 Closing. Sections added: §2 Added. Sections removed: "
              "§2.1 Detail. Sections renumbered: §2 → §3 Rights."),
    (2, "fr", "Sections modifiées\u00a0: §1 Scope, §3 → §4 Closing. Sections ajoutées\u00a0: §2 Added. Sections supprimées\u00a0: "
              "§2.1 Detail. Sections renumérotées\u00a0: §2 → §3 Rights."),
])
def test_without_a_note_the_description_names_the_sections_in_words_never_counts(n, lang, line):
    assert archive.description(entries()[n], lang=lang) == line
    assert "0 " not in archive.description(entries()[n], lang=lang)


def test_the_legal_teams_note_is_the_description_and_is_recorded_with_the_class_and_announcement():
    text = NEW.replace("date: 2030-03-01\n", "date: 2030-03-01\nsummary: We now   keep data for two years.\n"
                       "change: editorial\nannounced: 2030-01-20\n")
    notice = archive.notice_of(text, lang="en")
    assert notice == {"change": "editorial", "note": "We now keep data for two years.", "announced": "2030-01-20"}
    assert archive.notice_of(NEW, lang="en") == {"change": "material"}
    change = archive.changes_of(NEW, previous_text=OLD, lang="en")
    entry = archive.Entry("2030-03-01", archive.summary(change, previous="2030-01-15", notice=notice))
    assert (entry.note, entry.change, entry.announced) == ("We now keep data for two years.", "editorial", "2030-01-20")
    assert archive.description(entry, lang="en") == "We now keep data for two years."
    assert archive.summary_text(entry, lang="en").startswith("We now keep data for two years. Sections changed: §1 Scope")
    assert archive.summary_text(entry, lang="en", announcement=True).startswith(
        "Takes effect on March 1, 2030 (announced on January 20, 2030). We now keep data for two years.")


def test_each_period_in_words():
    first = archive.Entry("2030-01-15", {"previous": None}, until="2030-02-28")
    upcoming = archive.Entry("2030-03-01", {"previous": "2030-01-15", "announced": "2030-01-20"}, upcoming=True)
    assert archive.period_text(first, lang="fr") == "En vigueur du 15 janvier 2030 au 28 février 2030 inclus."
    assert archive.period_text(first, lang="en") == "In force from January 15, 2030 to February 28, 2030 inclusive."
    assert archive.period_text(upcoming, lang="fr") == "Entre en vigueur le 1er mars 2030 (annoncée le 20 janvier 2030)."
    assert archive.period_text(archive.Entry("2030-03-01", None), lang="en") == "In force since March 1, 2030."


def test_a_version_that_changes_only_the_date_says_no_change():
    same = archive.summary(archive.changes_of(OLD.replace("2030-01-15", "2030-02-01"), previous_text=OLD,
                                              lang="fr"), previous="2030-01-15")
    assert archive.counts_line(archive.Entry("2030-02-01", same), lang="fr") == "Aucune modification du texte."


def parse_feed(data: bytes) -> ET.Element:
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"")
    return ET.fromstring(data)


def test_feed_is_atom_with_every_required_element_newest_first():
    data = feed.atom(entries(), lang="en", site_name="Example Policy", base_url="https://example.test/p/en/",
                     author="Example Co")
    root = parse_feed(data)
    assert root.tag == f"{A}feed" and root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert root.findtext(f"{A}id") == "https://example.test/p/en/feed.xml"
    assert root.findtext(f"{A}title") == "Example Policy: versions"
    assert root.findtext(f"{A}updated") == "2030-03-01T00:00:00Z"  # the newest version, never the clock
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
    assert links == {"self": "https://example.test/p/en/feed.xml", "alternate": "https://example.test/p/en/history/"}
    assert root.findtext(f"{A}author/{A}name") == "Example Co"
    items = root.findall(f"{A}entry")
    assert [e.findtext(f"{A}id") for e in items] == [f"https://example.test/p/en/{v}/"
                                                     for v in ("2030-03-01", "2030-01-15", "2029-06-01")]
    for item in items:
        for name in ("id", "title", "updated", "summary"):
            assert item.findtext(f"{A}{name}"), name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00Z", item.findtext(f"{A}updated"))
    newest = items[0]
    assert newest.findtext(f"{A}title") == "Version of March 1, 2030"
    assert newest.find(f"{A}link[@rel='alternate']").get("href") == "https://example.test/p/en/2030-03-01/changes/"
    assert newest.find(f"{A}summary").get("type") == "text"
    assert newest.findtext(f"{A}summary").startswith("Sections changed: §1 Scope, ")
    assert "Sections removed: §2.1 Detail." in newest.findtext(f"{A}summary")
    # a version published before changes pages: its entry links the version itself
    assert items[2].find(f"{A}link[@rel='alternate']").get("href") == "https://example.test/p/en/2029-06-01/"
    again = feed.atom(list(reversed(entries())), lang="en", site_name="Example Policy",
                      base_url="https://example.test/p/en/", author="Example Co")
    assert again == data  # reproducible, whatever the order given


def test_a_version_announced_ahead_has_its_announcement_then_from_its_date_its_taking_effect():
    old = archive.Entry("2022-03-01", {"previous": None}, until="2027-02-28")
    announced = {"previous": "2022-03-01", "announced": "2027-01-20"}
    before = [old, archive.Entry("2027-03-01", announced, upcoming=True)]
    assert [(day, kind) for day, kind, _ in feed.items(before)] == [("2027-01-20", "announced"),
                                                                     ("2022-03-01", "in-force")]
    after = [old, archive.Entry("2027-03-01", announced)]
    assert [(day, kind) for day, kind, _ in feed.items(after)] == [
        ("2027-03-01", "in-force"), ("2027-01-20", "announced"), ("2022-03-01", "in-force")]
    root = parse_feed(feed.atom(after, lang="fr", site_name="Essai", base_url="https://example.test/fr/",
                                author="Société"))
    assert [(e.findtext(f"{A}id"), e.findtext(f"{A}title")) for e in root.findall(f"{A}entry")][:2] == [
        ("https://example.test/fr/2027-03-01/", "Version du 1er mars 2027"),
        ("https://example.test/fr/2027-03-01/#announced", "Nouvelle version annoncée, en vigueur le 1er mars 2027")]


def test_feed_holds_the_newest_versions_only_and_links_the_full_history():
    many = [archive.Entry(f"20{n:02d}-01-01", archive.summary(None, previous=None)) for n in range(10, 40)]
    root = parse_feed(feed.atom(many, lang="en", site_name="Example", base_url="https://example.test/en/",
                                author="Example Co"))
    ids = [e.findtext(f"{A}id") for e in root.findall(f"{A}entry")]
    assert len(ids) == feed.MAX_ENTRIES == 20
    assert ids[0] == "https://example.test/en/2039-01-01/" and ids[-1] == "https://example.test/en/2020-01-01/"
    assert root.find(f"{A}link[@rel='alternate']").get("href") == "https://example.test/en/history/"


def test_feed_in_french_escapes_and_keeps_accents():
    data = feed.atom(entries(), lang="fr", site_name="Politique <d’essai> & co", base_url="https://example.test/fr/",
                     author="Société")
    root = parse_feed(data)
    assert root.findtext(f"{A}title") == "Politique <d’essai> & co\u00a0: versions"
    assert "&lt;d’essai&gt; &amp; co" in data.decode("utf-8")
    assert root.findall(f"{A}entry")[1].findtext(f"{A}title") == "Version du 15 janvier 2030"


def test_json_export_has_the_sections_as_the_document_model_reads_them():
    source = NEW.encode("utf-8")
    data = json.loads(export.policy_json(source, lang="en", version="2030-03-01",
                                         url="https://example.test/en/2030-03-01/", previous="2030-01-15"))
    assert {k: data[k] for k in ("format", "version", "date", "lang", "url", "previous", "title")} == {
        "format": export.FORMAT, "version": "2030-03-01", "date": "2030-03-01", "lang": "en",
        "url": "https://example.test/en/2030-03-01/", "previous": "2030-01-15", "title": "Synthetic policy"}
    assert data["source"] == {"sha256": hashlib.sha256(source).hexdigest()}
    assert [(s["number"], s["anchor"], s["title"], s["level"]) for s in data["sections"]] == [
        ("1", "s1", "Scope", 2), ("2", "s2", "Added", 2), ("3", "s3", "Rights", 2), ("4", "s4", "Closing", 2)]
    assert "text" not in data["sections"][0]  # the blocks carry it, once
    block = data["sections"][0]["blocks"][0]
    assert {k: block[k] for k in ("kind", "text")} == {"kind": "paragraph", "text": "Alpha paragraph, edited."}
    assert set(block) == {"kind", "text", "line", "md"}  # md: digests of its Markdown, for the compare page
    digest = hashlib.sha256(b"Alpha paragraph, edited.").hexdigest()[:16]
    assert block["md"] == [digest]  # one where collapsing its whitespace changes nothing (issue 16: 0.4 KB gzip)
    spaced = json.loads(export.policy_json(source.replace(b"Alpha paragraph,", b"Alpha  paragraph,"), lang="en",
                                           version="2030-03-01", url="", previous=None))
    assert spaced["sections"][0]["blocks"][0]["md"] == [
        hashlib.sha256(b"Alpha  paragraph, edited.").hexdigest()[:16], digest]  # written, then whitespace collapsed
    nested = json.loads(export.policy_json(synthetic_policy().encode("utf-8"), lang="en", version="2030-01-15",
                                           url="", previous=None))
    assert [(b["kind"], b["text"]) for b in nested["sections"][1]["blocks"]] == [("item", "item one"),
                                                                                 ("item", "item two")]
    assert nested["sections"][2]["blocks"][0]["links"] == ["https://example.test/"]


def test_history_body_lists_every_version_newest_first_with_its_links(env):
    html = archive.history_page(env=env, lang="en", entries=entries())
    assert re.findall(r'<h2 id="v([\d-]+)">', html) == ["2030-03-01", "2030-01-15", "2029-06-01"]
    assert '<a href="../compare/">Compare two versions</a>' in html
    assert '<a href="../feed.xml" type="application/atom+xml">Atom feed of new versions</a>' in html
    assert '(in force)' in html.split('id="v2030-01-15"')[0]
    assert '<a href="../2030-03-01/changes/">Changes since January 15, 2030</a>' in html
    assert ('<a href="../2030-03-01/policy.json" type="application/json">Text as JSON<span class="policy-unseen"> '
            '(March 1, 2030)</span></a>') in html
    assert '<a href="../2030-01-15/#s2-1"\n        aria-label="§2.1 Detail (January 15, 2030)">§2.1 Detail</a>' in html
    oldest = html.split('id="v2029-06-01"')[1]
    assert "no summary recorded" in oldest and "changes/" not in oldest and "policy.json" not in oldest


@pytest.mark.parametrize("lang, removed, changed", [
    ("en", "§2.1 Detail (January 15, 2030)", "§1 Scope (March 1, 2030)"),
    ("fr", "§2.1 Detail (15 janvier 2030)", "§1 Scope (1er mars 2030)"),
])
def test_each_changed_sections_link_is_named_with_the_date_of_the_version_it_opens(env, lang, removed, changed):
    """Reader8, session 36: a section's link on the history page was named by its label alone ("§2 Data"), alike in
    every version's summary: a screen reader's list of links could not tell them apart, and a removed section's link,
    which opens the version before, read as the others. Each is named with the date of the version it opens, after
    the words shown (WCAG 2.4.9, 2.5.3)."""
    html = archive.history_page(env=env, lang=lang, entries=entries())
    links = re.findall(r'<a href="(\.\./[\d-]+/#[^"]+)"[^>]*aria-label="([^"]*)"[^>]*>([^<]*)</a>', html)
    names = {href: (name, shown) for href, name, shown in links}
    assert names["../2030-01-15/#s2-1"] == (removed, "§2.1 Detail")
    assert names["../2030-03-01/#s1"] == (changed, "§1 Scope")
    lists = re.findall(r'<ul class="policy-history-sections">.*?</ul>', html, re.S)
    assert len(links) == sum(part.count("<a ") for part in lists) == 5  # every section's link once, none but them
    assert all(name.startswith(shown) for _, name, shown in links)


def test_the_history_page_formats_its_rows_without_markupsafes_formatter(env, monkeypatch):
    """Issue 16: each row's period and "changes since" went through Markup.format, whose escaping formatter costs
    some 9 us a call, two a row and language: the history page is rebuilt by every publication, so its cost grows
    with the archive. Formatted by str.format over the escaped words (html_format), with the same bytes."""
    calls = []
    formatter = markupsafe.EscapeFormatter.vformat
    monkeypatch.setattr(markupsafe.EscapeFormatter, "vformat",
                        lambda self, *args: calls.append(args[0]) or formatter(self, *args))
    for lang in ("en", "ur"):  # a language the site has words for, and one whose dates are marked
        html = archive.history_page(env=env, lang=lang, entries=entries())
        assert "In force since" in html and "Changes since" in html
    assert calls == []


@pytest.mark.parametrize(("template", "values"), [
    ("In force from {start} until {until}.", {"start": Markup("<span lang=\"fa\">1</span>"), "until": "a<b"}),
    ("Tom & Jerry's <{date}>", {"date": "\"quoted\" & <b>"}),
    ("{{braces}} {date}", {"date": Markup("<time>x</time>")}),
    ("{date!r} {date:9}", {"date": "<x>"}),  # a conversion, a format spec: markupsafe's formatter, as before
])
def test_html_format_gives_what_markup_format_gives(template, values):
    formatted = html_format(template, **values)
    assert formatted == markupsafe.escape(template).format(**values) and isinstance(formatted, Markup)


def test_the_history_at_and_compare_pages_of_a_language_the_site_has_no_words_for_mark_their_english(env):
    """Hunt 41 (after the banners, 28ae0a6): on a Persian site the history said "In force from 1 مارس 2024 until 28
    فوریهٔ 2025." in a paragraph marked Persian, right to left: shown reordered. Its English is now marked and left to
    right, each date, note and section title inside in Persian; the at and compare pages' forms too, the compare
    page's redline right to left in Persian. A language the site has words for is as it was."""
    html = archive.history_page(env=env, lang="ur", entries=entries())
    assert html.startswith('<div class="policy-history" lang="en" dir="ltr">')
    assert '<time datetime="2030-03-01" lang="ur" dir="auto">' in html
    assert re.search(r'>In force since <span lang="ur" dir="auto">[^<]+</span>\.</p>', html)
    assert re.search(r'<a href="../2030-01-15/#s2-1" lang="ur" dir="auto"\s+aria-label="§2.1 Detail \([^)]+\)">§2.1 Detail</a>', html)
    assert re.search(r'>Changes since <span lang="ur" dir="auto">[^<]+</span></a>', html)
    at = archive.at_page(env=env, lang="ur")
    assert at.startswith('<div class="policy-at" lang="en" dir="ltr">')
    compare = archive.compare_page(env=env, lang="ur")
    assert '<div class="policy-compare" lang="en" dir="ltr">' in compare
    assert '<div class="policy-compare-result redline" lang="ur" dir="rtl">' in compare
    # reader9: compare.js marks its words with these, as the changes page's are (test_archive_pages: marked_as_english)
    given = json.loads(re.search(r'class="policy-compare-strings">(.*?)</script>', compare).group(1))
    assert given["ui"] == {"lang": "en", "dir": "ltr"} and given["text_lang"] == "ur"
    french = json.loads(re.search(r'class="policy-compare-strings">(.*?)</script>',
                                  archive.compare_page(env=env, lang="fr")).group(1))
    assert french["ui"] is None and french["text_lang"] == "fr"
    english = archive.history_page(env=env, lang="en", entries=entries())
    assert ' lang="' not in english and ' lang="' not in archive.at_page(env=env, lang="fr")
    assert '<div class="policy-compare-result redline" lang="fr"></div>' in archive.compare_page(env=env, lang="fr")


def test_the_changes_page_of_a_language_the_site_has_no_words_for_marks_its_english(env):
    """Hunt 41: a Persian changes page said "What changed in the version of 1 مارس 2025 from …", "Legend", "Summary",
    "(changed)", "deleted:" in paragraphs marked Persian, right to left: shown reordered, and read by a screen reader as
    Persian. They are now English, left to right, each date in Persian; the text's words as they were. A language the
    site has words for: nothing marked."""
    old, new = synthetic_policy("2030-01-15"), synthetic_policy("2030-03-01").replace("Alpha", "Gamma")
    change = archive.changes_of(new, lang="ur", previous_text=old)
    html = archive.changes_page(env=env, lang="ur", version="2030-03-01", previous="2030-01-15", change=change,
                                note="", pdf=False)
    assert re.search(r'<p class="policy-changes-intro" lang="en" dir="ltr">What changed in the version of <a href="'
                     r'\.\./"><time datetime="2030-03-01" lang="ur" dir="auto">', html), html
    assert '<div class="redline-legend" role="note" lang="en" dir="ltr">' in html
    assert '<h2 id="redline-summary" lang="en" dir="ltr">' in html
    assert '<span class="redline-status" lang="en" dir="ltr">(changed)</span>' in html
    assert '<span class="redline-sr" lang="en" dir="ltr">deleted: </span>' in html
    # reader9: the line standing for unchanged paragraphs is English too
    kept = "## 1. First section\n\nKept paragraph.\n\n{}\n"
    skipping = archive.changes_page(
        env=env, lang="ur", version="2030-03-01", previous="2030-01-15", note="", pdf=False,
        change=archive.changes_of(synthetic_policy("2030-03-01", sections=kept.format("Gamma paragraph.")), lang="ur",
                                  previous_text=synthetic_policy("2030-01-15", sections=kept.format("Alpha paragraph."))))
    assert '<p class="redline-skip" title="unchanged paragraphs not shown" lang="en" dir="ltr">' in skipping, skipping
    # the section a version's link leads to said unseen, in the text's language (no aria-label mixing both)
    assert re.search(r'<a href="\.\./\.\./2030-01-15/#s1" lang="en" dir="ltr">previous version<span '
                     r'class="policy-unseen" lang="ur" dir="auto"> \([^<]+\)</span></a>', html), html
    french = archive.changes_page(env=env, lang="fr", version="2030-03-01", previous="2030-01-15",
                                  change=archive.changes_of(new, lang="fr", previous_text=old), note="", pdf=False)
    assert ' lang="en"' not in french and 'dir="' not in french


def test_compare_body_is_a_form_its_script_fills_and_lists_no_version(env):
    html = archive.compare_page(env=env, lang="fr")
    for side in ("old", "new"):
        assert f'<label for="policy-compare-{side}">' in html
        assert f'<select id="policy-compare-{side}" name="{side}"></select>' in html
    assert "<option" not in html and "2030" not in html  # the same page at every publication
    assert "<noscript><p>La comparaison de deux versions quelconques" in html
    assert '<form class="policy-compare-form" hidden>' in html and 'role="status"' in html
    strings = json.loads(re.search(r'<script type="application/json" class="policy-compare-strings">(.*?)</script>',
                                   html).group(1))
    assert strings["sr_deleted"] == "suppression\u00a0:" and strings["version_of"] == "version du {date}"
    assert strings["compare_one"].startswith("Il faut au moins deux versions")
    assert strings["compare_list_error"] == "Impossible de charger la liste des versions\u00a0: {error}"
    assert re.search(r'<p class="policy-compare-each">[^<]+<a href="\.\./history/">Historique des versions</a></p>',
                     html)
    css = (ROOT / "overrides" / "assets" / "stylesheets" / "redline.css").read_text(encoding="utf-8")
    assert ".policy-compare-form:not([hidden])" in css  # its display must not show the form without JavaScript


def test_versions_published_before_changes_pages_are_named():
    entry = mf.LanguageEntry(mf.Source("docs/fr/index.md", "a" * 40, "b" * 64), {"index.html": "1" * 64})
    legacy = mf.VersionManifest("2021-02-17", {"fr": entry})
    assert mf.VersionManifest.loads(legacy.dumps()) == legacy and b"changes" not in legacy.dumps()
    recorded = mf.VersionManifest("2022-03-01", {"fr": mf.LanguageEntry(entry.source, entry.files, {"previous": None})})
    assert mf.VersionManifest.loads(recorded.dumps()) == recorded
    assert publish._legacy({"2021-02-17": legacy, "2022-03-01": recorded}) == [
        "1 version published before changes pages and JSON exports existed (2021-02-17): "
        "`policy history --rebuild` adds it"]


@pytest.mark.parametrize("lang, comma, stop, between", [("en", ", ", ".", " "), ("ja", "、", "。", ""),
                                                         ("zh", "、", "。", ""), ("ar", "، ", ".", " ")])
def test_what_changed_is_written_with_the_languages_own_list_separator_and_full_stop(lang, comma, stop, between):
    """Japanese and Chinese list with 、 and end a sentence with 。 (no space between sentences); Arabic lists with
    ،: the history's and the feed's words, the redline's counts and a moved section's status."""
    from policysite import redline
    from policysite.redline import render
    from policysite.strings import strings

    change = archive.changes_of(NEW, previous_text=OLD, lang="en")
    entry = archive.Entry("2030-03-01", archive.summary(change, previous="2030-01-15"))
    t = strings(lang)
    text = archive.sections_text(entry, lang=lang)
    named = [f"{heading}{t['colon']}{comma.join(link.label for link in items)}{stop}"
             for heading, items in archive.groups(entry, lang=lang, base="")]
    assert len(named) > 1 and any(comma in sentence for sentence in named)
    assert text == between.join(named)
    words = redline.labels(lang)
    counts = render._counts_line(change, words, lang)
    assert comma in counts and (comma == ", " or ", " not in counts), counts


def test_each_element_of_a_feed_says_the_language_its_words_are_in():
    """Hunt 41, finding 11: a Persian site's feed was `xml:lang="fa"` while its titles and the sections it names are the
    site's English words; then reader12: a Latvian feed was `xml:lang="en"` while its notes are the legal team's
    Latvian. The feed (site name, author, notes) is in its language, the site's English words say so element by
    element, in the document feed and the site's; a language the site speaks keeps its own (the same bytes as before)."""
    lang_of = "{http://www.w3.org/XML/1998/namespace}lang"
    with_note = archive.Entry("2030-05-01", {**entries()[2].changes, "note": "Datus glabājam desmit gadus."})
    listed = [*entries(), with_note]
    documents = [home.Listed("privacy", "Datu aizsardzība", "", tuple(listed))]
    for built in (feed.atom(listed, lang="lv", site_name="Piemērs", base_url="https://example.test/lv/",
                            author="Piemērs SIA"),
                  home.atom(documents, lang="lv", site_name="Piemērs", base_url="https://example.test/lv/",
                            author="Piemērs SIA")):
        latvian = parse_feed(built)
        assert latvian.get(lang_of) == "lv" and latvian.find(f"{A}author").get(lang_of) is None
        title = latvian.find(f"{A}title")
        assert title.text == "Piemērs: versions" and title.get(lang_of) == "en"
        noted, *others = latvian.findall(f"{A}entry")
        assert noted.find(f"{A}title").get(lang_of) == "en"
        summary = noted.find(f"{A}summary")
        assert summary.text.startswith("Datus glabājam desmit gadus.") and summary.get(lang_of) is None
        assert others and all(e.find(f"{A}title").get(lang_of) == "en" and e.find(f"{A}summary").get(lang_of) == "en"
                              for e in others)
    urdu = parse_feed(feed.atom(entries(), lang="ur", site_name="Example", base_url="https://example.test/ur/",
                                   author="Example Co"))
    assert urdu.get(lang_of) == "ur" and urdu.findtext(f"{A}title") == "Example: versions"
    assert urdu.find(f"{A}title").get(lang_of) == "en"
    french = feed.atom(entries(), lang="fr", site_name="Essai", base_url="https://example.test/fr/", author="Essai")
    assert parse_feed(french).get(lang_of) == "fr" and french.count(b"xml:lang") == 1


def test_the_changes_page_of_an_unnumbered_translation_names_its_sections_as_the_authoritative_one_does(env, tmp_path):
    """Reader hunt 43: a translation whose headings have no numbers gives its policy page the authoritative text's ids
    (anchors.page_anchors), but its changes page named each section by a slug of its own title: `#redline-your-rights`
    on the English page, `#redline-vos-droits` on the French one, and the language menu lost the reader's place."""
    def page(date: str, lang: str, rights: str) -> str:
        titles = {"fr": ("Politique", "Objet", "Vos droits"), "en": ("Policy", "Purpose", "Your rights")}[lang]
        return (f"---\ndate: {date}\n---\n\n# {titles[0]}\n\n## {titles[1]}\n\nText.\n\n## {titles[2]}\n\n{rights}\n\n"
                f"## {'Nouveau' if lang == 'fr' else 'New'}\n\nAdded.\n")

    from policysite.settings import Release

    found = {}
    for lang in ("fr", "en"):
        docs = tmp_path / f"{lang}.md"
        docs.write_text(page("2030-03-01", lang, "Changed rights."), encoding="utf-8")
        release = Release("2030-03-01", ("2030-01-15", "2030-03-01"), previous="2030-01-15",
                          previous_text=page("2030-01-15", lang, "Rights.").rsplit("\n## ", 1)[0] + "\n",
                          source_text=page("2030-03-01", "fr", "Changed rights.") if lang == "en" else "")
        html = archive.page_body(archive.CHANGES, env=env, lang=lang, docs_page=docs, release=release, entries=None,
                                 source_lang="fr")
        found[lang] = re.findall(r'<section class="redline-section[^"]*" id="([^"]+)"', html)
        assert all(f'href="#{anchor}"' in html for anchor in found[lang])
    assert found["fr"] == found["en"] == ["redline-vos-droits", "redline-nouveau"], found


def test_a_generated_pages_title_in_a_language_the_site_has_no_words_for_is_marked_english():
    """Scripts task, finding 4: a Persian site's history, at, compare and changes pages had their English title
    (`# Version history`, page_source) in an h1 marked Persian by the page, right to left, read as Persian by a screen
    reader; it is now lang="en" dir="ltr", the version's date in it Persian. A language the site speaks: as it was."""
    link = '<a class="headerlink" href="#version-history">&para;</a>'
    html = f'<h1 id="version-history">Version history{link}</h1>\n<p>Text</p>'
    assert archive.marked_title(html, lang="ur") == \
        f'<h1 id="version-history" lang="en" dir="ltr">Version history{link}</h1>\n<p>Text</p>'
    for lang in ("en", "fr"):
        assert archive.marked_title(html, lang=lang) == html
    title = archive.page_source(archive.CHANGES, lang="ur", version="2024-06-01").rsplit("# ", 1)[1].strip()
    marked = archive.marked_title(f'<h1 id="c">{title}</h1>', lang="ur", version="2024-06-01")
    assert re.fullmatch(r'<h1 id="c" lang="en" dir="ltr">Changes in the version of <span lang="ur" dir="auto">1 [^<]+ '
                        r'2024</span></h1>', marked), marked


def test_a_changes_pages_section_keeps_the_ids_its_section_kept_on_the_policy_page(env):
    """Reader hunt 44: a section renamed and renumbered at once is found across versions by the ids it had on a date
    (`2030-01-15.s1`), which the policy and side-by-side pages carried, not the changes page: from it the version
    selector lost the section. Each section shown keeps its aliases, beside its heading; a removed one, with no id
    on the new version's page, none; never an id of the changes page's own (`redline-…`)."""
    old = synthetic_policy("2030-01-15", sections="## 1. Data\n\nWe keep your name.\n\n## 2. Gone\n\nBravo.\n")
    new = synthetic_policy("2030-03-01", sections="## 1. Cookies\n\nNone.\n\n## 2. Data we collect\n\nWe keep your "
                                                  "name.\n")
    change = archive.changes_of(new, lang="en", previous_text=old)
    html = archive.changes_page(env=env, lang="en", version="2030-03-01", previous="2030-01-15", change=change,
                                pdf=False, aliases={"s2": ["2030-01-15.s1", "data", "redline-s1"], "s9": ["gone"]})
    assert ('<section class="redline-section redline-renumbered" id="redline-s2"><span class="policy-alias" '
            'id="2030-01-15.s1"></span><span class="policy-alias" id="data"></span>\n    <h2>') in html
    assert html.count("policy-alias") == 2


def test_an_english_announcement_says_from_which_day_the_version_is_in_force():
    """Words 25: the English feed announced "New version announced, in force on March 1, 2027", a single day, where
    every other language says from then on ("ab dem", "a partir del", "od", "en vigueur le", which French says of a
    day something takes effect)."""
    announced = archive.Entry("2027-03-01", {"previous": "2022-03-01", "announced": "2027-01-20"}, upcoming=True)
    root = parse_feed(feed.atom([archive.Entry("2022-03-01", {"previous": None}), announced], lang="en",
                                site_name="Example", base_url="https://example.test/en/", author="Example Co"))
    assert root.findall(f"{A}entry")[0].findtext(f"{A}title") == "New version announced, in force from March 1, 2027"


@pytest.mark.parametrize("lang", ["fr", "en", "de", "fa"])
def test_every_word_the_compare_script_reads_is_one_the_compare_page_gives_it(env, lang):
    """compare.js reads its words from the page (`t.counts_preamble`); a name the page's hand-made list lacks made the
    script throw and the compare page never showed a result, with nothing said (session 35's reader: a new label
    added to the script and the locales, not to archive.compare_page's list). Each `t.name` the script reads, and
    each kind of section it says (`t[s.kind]`), is among the words the page gives it, in every language."""
    html = archive.compare_page(env=env, lang=lang)
    given = json.loads(re.search(r'<script type="application/json" class="policy-compare-strings">(.*?)</script>',
                                 html).group(1))
    script = (ROOT / "overrides" / "assets" / "javascripts" / "compare.js").read_text(encoding="utf-8")
    read = set(re.findall(r"\bt\.([a-z_]+)\b", script))
    assert read and read <= set(given), sorted(read - set(given))
    kinds = ("no_change", "changed", "added", "removed", "renumbered", "moved", "merged", "split")
    assert all(given[kind] for kind in kinds), [kind for kind in kinds if not given.get(kind)]


def test_a_feeds_days_begin_at_midnight_in_the_companys_time_zone():
    """newco3: a company's version takes effect at 00:00 in its `time_zone`; the feed said 00:00 UTC, which a feed
    reader in a company west of UTC (Los Angeles) shows as the evening before its date, and one east of it (Berlin)
    as two hours after it took effect. Now the company's midnight, with its offset; UTC's (no zone set) as before."""

    west = parse_feed(feed.atom(entries(), lang="en", site_name="E", base_url="https://example.test/en/", author="E",
                                time_zone="America/Los_Angeles"))
    assert west.findtext(f"{A}updated") == "2030-03-01T00:00:00-08:00"
    assert [e.findtext(f"{A}published") for e in west.findall(f"{A}entry")] == [
        "2030-03-01T00:00:00-08:00", "2030-01-15T00:00:00-08:00", "2029-06-01T00:00:00-07:00"]  # (summer time)
    utc = parse_feed(feed.atom(entries(), lang="en", site_name="E", base_url="https://example.test/en/", author="E"))
    assert [e.findtext(f"{A}updated") for e in utc.findall(f"{A}entry")] == [
        "2030-03-01T00:00:00Z", "2030-01-15T00:00:00Z", "2029-06-01T00:00:00Z"]
    site = parse_feed(home.atom([home.Listed("privacy", "Privacy", "", tuple(entries()))], lang="en", site_name="E",
                                base_url="https://example.test/en/", author="E", time_zone="Europe/Berlin"))
    assert site.findtext(f"{A}updated") == "2030-03-01T00:00:00+01:00"
    assert site.find(f"{A}entry").findtext(f"{A}published") == "2030-03-01T00:00:00+01:00"


def test_the_at_page_says_in_policy_at_s_words_what_the_site_showed_before_a_late_version_reached_it(env):
    """Reader11 (session 37's finding): the at page sent a day between a version's date and the day it reached the
    site straight to that version; its data now holds those days with the catalogue's `at.shown` (at.js says it, each
    version a link), in French on a French page, in English marked as English where the catalogue has no words."""
    late = [{"version": "2022-03-01", "from": "2022-03-01", "until": "2022-03-09", "shown": "2021-02-17",
             "published": "2022-03-10"}]

    def data(lang: str) -> dict:
        page = archive.at_page(env=env, lang=lang, late=late)
        return json.loads(re.search(r'class="policy-at-data">(.*?)</script>', page).group(1))["late"]

    french = data("fr")
    assert french["note"] == (
        "La version {version} n’a été publiée sur le site que le {published}, après sa date\u00a0: le {day}, le site "
        "montrait encore la version {shown} comme texte en vigueur (le commit de la branche du {published} prouve la "
        "date de publication de la version {version}).")
    assert french["lang"] == "fr" and french["mark"] is None
    assert french["windows"] == [{**late[0], "version_text": "1er mars 2022", "shown_text": "17 février 2021",
                                  "published_text": "10 mars 2022"}]
    latvian = data("lv")  # no catalogue: English, its dates English too, inside the page's English (marked)
    assert latvian["note"].startswith("{version} reached the site only on {published}, after its date: on {day}")
    assert latvian["mark"] is None and latvian["windows"][0]["shown_text"] == "February 17, 2021"
    assert archive.at_page(env=env, lang="lv", late=late).startswith('<div class="policy-at" lang="en" dir="ltr">')
    assert data("de")["mark"] == {"lang": "en", "dir": "ltr"}  # the site's words in German, the catalogue's not
    assert data("en")["mark"] is None and data("fr-CA")["note"].startswith("La version")
    assert '"late"' not in archive.at_page(env=env, lang="fr")  # no late version: the same page as before
