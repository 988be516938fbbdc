"""The archive's own pages in a browser: from the policy to its history, a version's changes, the compare page.

Each test is skipped (failed with CI=true), naming the path it looked for, while the branch has no
such page (ARCHIVE_PAGES in conftest.py). Synthetic version n says "Texte numéro n." in §2 (conftest.py).
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from reader import go, handed_over

from helpers import ROOT
from policysite.strings import long_date, strings


def title(version: str, lang: str) -> str:
    return long_date(dt.date.fromisoformat(version), lang)


def marked(redline, tag: str) -> list[str]:
    """The words of each <del> or <ins> of the redline's sections, without the words said to screen readers."""
    return redline.locator(f".redline-section {tag}").evaluate_all("""marks => marks.map(m => [...m.childNodes]
        .filter(n => !(n.classList && n.classList.contains('redline-sr'))).map(n => n.textContent).join('').trim())""")


def wait_marked(page, tag: str, words: list[str]) -> None:
    """Until the compare page's redline marks `words` with `tag`, as `marked` reads them: the address names the pair
    as soon as it is asked (reader7), before its texts are fetched and compared."""
    page.wait_for_function("""([tag, words]) => JSON.stringify([...document.querySelectorAll(
        '.policy-compare-result .redline-section ' + tag)].map(m => [...m.childNodes]
        .filter(n => !(n.classList && n.classList.contains('redline-sr'))).map(n => n.textContent).join('').trim()))
        === JSON.stringify(words)""", arg=[tag, words])


def served(page, lang: str, texts: dict[str, str]):
    """Each version's text (version -> page source, oldest first) served as the site serves its policy.json; the
    redline redline.py makes of them, which the compare page must say word for word."""
    from policysite import document, export, redline

    for version, text in texts.items():
        data = export.policy_json(text.encode("utf-8"), lang=lang, version=version, url="", previous=None)
        page.route(f"**/{lang}/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    return redline.diff(*(document.parse(text, path=f"{lang}/index.md", lang=lang) for text in texts.values()))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_from_the_policy_to_the_history_then_a_versions_changes(page, site, traffic, lang):
    history, changes = site.page(f"history-{lang}"), site.page(f"changes-{lang}")
    t = strings(lang)
    page.goto(site.policy_url(lang))
    with page.expect_navigation():
        # section 1's (the version menu's last entry, hidden until the menu opens, is one too)
        page.locator(".md-content").get_by_role("link", name=t["history_link"], exact=True).first.click()
    assert page.url == site.base + history.path
    listed = page.locator(".md-content h2 time[datetime]").evaluate_all("ts => ts.map(t => t.dateTime)")
    assert listed == list(reversed(site.versions)), "every dated version, newest first"

    version, previous = site.archived[-1], site.archived[-2]
    with page.expect_navigation():
        page.get_by_role("link", name=t["changes_of"].format(date=title(previous, lang)), exact=True).click()
    assert page.url == site.base + changes.path == site.version_url(lang, version) + "changes/"
    content = page.locator(".md-content")
    assert title(version, lang) in content.inner_text() and title(previous, lang) in content.inner_text()
    n = site.versions.index(version) + 1
    # the number only: its full stop is unchanged (punctuation is a token of its own)
    assert marked(content, "del") == [f"{n - 1}"] and marked(content, "ins") == [f"{n}"]
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compare_two_dates_shows_deletions_and_insertions(page, site, traffic, lang):
    compare = site.page(f"compare-{lang}")
    t = strings(lang)
    old, new = site.archived[0], site.archived[-1]
    page.goto(site.url(compare.name))
    page.get_by_label(t["compare_old"]).select_option(old)
    page.get_by_label(t["compare_new"]).select_option(new)
    page.get_by_role("button", name=t["compare_button"]).click()
    result = page.locator(".policy-compare-result")
    result.locator(".redline-section del").first.wait_for()
    assert marked(result, "del") == [f"{site.versions.index(old) + 1}"]
    assert marked(result, "ins") == [f"{site.versions.index(new) + 1}"]
    assert urlsplit(page.url).fragment == f"{old}..{new}", "the comparison can be linked to"
    fetched = {urlsplit(url).path for url in traffic.requests if url.endswith(".json")}
    assert {f"/{lang}/{old}/policy.json", f"/{lang}/{new}/policy.json"} <= fetched
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in traffic.requests)
    assert traffic.errors == []


# Each text node of the compare page's result whose words are the site's (a count, a status, a version's link, the
# screen readers' "deleted:"): the language it is marked in, and the language of each date in them.
_RESULT_LANGUAGES = """() => {
    const result = document.querySelector('.policy-compare-result'), out = {site: [], text: [], dates: [], quoted: []};
    const walker = document.createTreeWalker(result, NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode());) {
        if (!n.data.trim()) continue;
        const e = n.parentElement, said = e.closest('[lang]').getAttribute('lang');
        if (e.closest('time')) out.dates.push(said);
        else if (e.closest('.policy-unseen')) out.text.push(said);  // a version's link's section, said unseen
        // the text's words those lines quote (a number with its words, a section's heading): the text's (reader34)
        else if (e.closest('.redline-replaced > span')) { out.text.push(said); out.quoted.push(said); }
        // (.redline-replaced: the lines under the counts, terms, numbers and addresses changed, are the site's sentences
        // quoting the text, marked in the site's language as the changes page marks them: legal29's numbers are new)
        else if (e.closest('.redline-versions, #compare-summary, .redline-counts, .redline-replaced, .redline-status, '
                           + '.redline-sr, '
                           + '.redline-summary li > :is(span, a:not([href^="#"])), .redline-skip, .redline-links > span'))
            out.site.push(said);
        else out.text.push(said);
    }
    return out; }"""


def test_the_compare_page_of_a_language_the_site_has_no_words_for_marks_its_english(page, site, traffic):
    """Reader9: on a language the site has no words for (Persian, Hungarian: English words), the changes page marks
    them English, left to right, each date in the text's language (partials/redline.html); the compare page's result,
    which compare.js writes, marked nothing: "version of 2022. január 10.", "Summary", "(changed)", "deleted:" were read
    as the page's language. The French compare page served with the Persian page's form and words."""
    from jinja2 import Environment, FileSystemLoader

    from policysite import archive
    urdu = archive.compare_page(env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="ur")

    def as_urdu(route, _request):
        body = route.fetch().text()
        start = body.index('<div class="policy-compare"')
        end = body.index("</div>", body.index('<p class="policy-compare-each">')) + len("</div>")
        route.fulfill(body=body[:start] + urdu + body[end:], content_type="text/html; charset=utf-8")

    url = site.url("compare-fr")
    page.route(url, as_urdu)
    go(page, f"{url}#{site.archived[0]}..{site.archived[-1]}")
    for shown in (".redline-section ins", ".redline-section del", ".redline-skip", ".redline-status"):
        page.locator(f".policy-compare-result {shown}").first.wait_for()
    said = page.evaluate(_RESULT_LANGUAGES)
    assert said["site"] and set(said["site"]) == {"en"}, said["site"]
    assert said["dates"] and set(said["dates"]) == {"ur"}, said["dates"]
    assert set(said["text"]) == {"ur"}, said["text"]  # the text's words, and its sections' numbers and titles
    # the words the lines under the counts quote (each number changed, with its words and its section's heading)
    assert said["quoted"] and set(said["quoted"]) == {"ur"}, said["quoted"]
    # a version's link named with its section by unseen words marked Urdu, not an aria-label mixing both languages
    links = page.locator(".policy-compare-result .redline-summary a[href*='..']")
    assert links.count() and page.locator(".policy-compare-result [aria-label]").count() == 0
    assert links.first.locator(".policy-unseen").get_attribute("lang") == "ur"
    assert page.evaluate("""() => [...document.querySelectorAll('.policy-compare-result [lang="en"]')]
        .every(e => e.getAttribute('dir') === 'ltr')""")
    assert traffic.errors == []


def _compare_statuses(page, site, body: str, edited: str) -> list[str]:
    """The statuses the English compare page says of the oldest and newest archived versions, their texts `body` and
    `edited` served as the site serves them (export.policy_json)."""
    from helpers import synthetic_policy
    from policysite import export

    old, new = site.archived[0], site.archived[-1]
    for version, text in ((old, body), (new, edited)):
        data = export.policy_json(synthetic_policy(version, sections=text).encode("utf-8"), lang="en", version=version,
                                  url="", previous=None)
        page.route(f"**/en/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    page.goto(site.base + site.page("compare-en").path + f"#{old}..{new}")
    statuses = page.locator(".policy-compare-result .redline-section .redline-status")
    statuses.first.wait_for()
    return [" ".join(s.split()) for s in statuses.all_inner_texts()]


def test_the_compare_page_says_a_renumbered_sections_title_alone_changed(page, site, traffic):
    """Reader hunt 44: as `policy diff` and the changes page now do (redline.render._status), the compare page says
    "(renumbered, title changed)" of a section renumbered and renamed whose text is unchanged, not "text changed"
    over a text it shows unchanged."""
    body = "## 1. Scope\n\nWe keep fictional records.\n\n## 2. Rights\n\nAsk us anything.\n\n## 3. End\n\nBye.\n"
    edited = body.replace("## 2. Rights", "## 2. Cookies\n\nNone at all.\n\n## 3. Your rights") \
        .replace("## 3. End\n\nBye.", "## 4. End\n\nGoodbye.")
    said = _compare_statuses(page, site, body, edited)
    # ... each renamed one with its old title beside the new (texts 31)
    assert "(renumbered, title changed, formerly “Rights”)" in said and "(renumbered, text changed)" in said, said
    assert traffic.errors == []


def test_the_compare_page_says_a_section_whose_old_title_showed_nothing_was_untitled(page, site, traffic):
    """Words 11: `## Article 2` (no title) become `## Article 2 – Rights` was said "formerly “”" (compare.js: statusOf),
    as `policy diff` said it (redline.render._status): "formerly untitled" in both now; a section whose heading shows
    nothing (`## &nbsp;`) had an empty heading, an empty link in the summary: "Untitled section"."""
    body = "## Article 1 – Scope\n\nWe keep fictional records.\n\n## Article 2\n\nAsk us anything.\n\n## &nbsp;\n\n" \
           "Words under nothing.\n"
    edited = body.replace("## Article 2\n", "## Article 2 – Rights\n").replace("under nothing", "under no title")
    said = " ".join(_compare_statuses(page, site, body, edited))
    assert "formerly untitled" in said and "“”" not in said, said
    headings = [" ".join(h.split()) for h in page.locator(".policy-compare-result .redline-section h2").all_inner_texts()]
    assert any(h.startswith("Untitled section") for h in headings), headings
    assert traffic.errors == []


def test_the_compare_page_names_a_section_that_shows_nothing_in_its_sentences(page, site, traffic):
    """Leads 44: a paragraph moved into a section whose heading shows nothing (`## &nbsp;`) was said "Moved to ." and
    "Moved here from ." (compare.js: movedLine), as `policy diff` said it (render.moved_line): both say "Moved to an
    untitled section." now, and a section merged into it "(merged into an untitled section)"."""
    moving = "We keep the fictional records of every customer for three years after the end of the contract."
    tokens = "Each token expires after ninety days and is then erased everywhere."
    body = (f"## Rights\n\nAsk us anything at all.\n\n{moving}\n\n## &nbsp;\n\nWords under nothing at all here.\n\n"
            f"## Tokens\n\n{tokens}\n")
    edited = body.replace(f"{moving}\n\n", "").replace("## Tokens\n\n", "").replace(
        "Words under nothing at all here.\n", f"Words under nothing at all here.\n\n{moving}\n")
    said = " ".join(_compare_statuses(page, site, body, edited))
    assert "(merged into an untitled section)" in said, said
    moved = [" ".join(m.split()) for m in page.locator(".policy-compare-result .redline-moved").all_inner_texts()]
    assert "Moved to an untitled section." in moved and "Moved to ." not in moved, moved
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_compare_page_says_a_merge_and_a_split_as_the_changes_page_does(page, site, traffic, lang):
    """Texts 31: a section whose text moved into the one before, its heading removed, was said "removed" (and the
    one cut off a section "added"); compare.js says "merged into §2", "split off §2", and counts them, word for word as
    redline.render does of the same two texts."""
    from helpers import synthetic_policy
    from policysite import redline
    from policysite.redline import render

    old, new = site.archived[0], site.archived[-1]
    keep = "Cookies remember the language the reader chose for thirteen months at most."
    tokens = "Each token expires after ninety days and is then erased everywhere."
    body = (f"## 1. Data\n\nWe keep the name and the postal address.\n\n## 2. Cookies\n\n{keep}\n\n"
            f"## 3. Tokens\n\n{tokens}\n\n## 4. Contact\n\nWrite to us.\n")
    merged = body.replace(f"\n\n## 3. Tokens\n\n{tokens}", f"\n\n{tokens}").replace("## 4. Contact", "## 3. Contact")
    for before, after, said in ((body, merged, "merged"), (merged, body, "split")):
        change = served(page, lang, {old: synthetic_policy(old, sections=before),
                                     new: synthetic_policy(new, sections=after)})
        t = redline.labels(lang)
        expected = [render.aside(render._status(s, t), lang).strip() for s in change.sections if s.displayed]
        assert t[said].format(section="§2").join("()") in expected, expected
        page.goto(site.base + site.page(f"compare-{lang}").path + f"#{old}..{new}")
        statuses = page.locator(".policy-compare-result .redline-section .redline-status")
        statuses.first.wait_for()
        assert [" ".join(s.split()) for s in statuses.all_inner_texts()] == [" ".join(e.split()) for e in expected]
        counts = page.locator(".policy-compare-result .redline-counts")
        assert counts.inner_text() == render._counts_line(change, t, lang)
        page.unroute_all()
        page.goto("about:blank")
    assert traffic.errors == []


def test_the_compare_page_shows_headings_whose_numbering_alone_changed(page, site, traffic):
    """Texts 28: sections renumbered `1.` → `I.`, the words the same, were warned of at publish, but the compare page
    said only "No change in the text.": it now shows each such heading as both versions write its number, as the
    changes page does."""
    from helpers import synthetic_policy
    from policysite import export

    old, new = site.archived[0], site.archived[-1]
    body = "## 1. Scope\n\nWe keep fictional records.\n\n## 2. Rights\n\nAsk us anything.\n"
    restyled = body.replace("## 1.", "## I.").replace("## 2.", "## II.")
    for version, text in ((old, body), (new, restyled)):
        data = export.policy_json(synthetic_policy(version, sections=text).encode("utf-8"), lang="en", version=version,
                                  url="", previous=None)
        page.route(f"**/en/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    page.goto(site.base + site.page("compare-en").path + f"#{old}..{new}")
    result = page.locator(".policy-compare-result")
    result.locator(".redline-numbering").first.wait_for()
    assert [" ".join(s.split()) for s in result.locator(".redline-numbering").all_inner_texts()] == [
        "deleted: 1 inserted: I. Scope", "deleted: 2 inserted: II. Rights"]
    assert [" ".join(s.split()) for s in result.locator(".redline-section .redline-status").all_inner_texts()] == [
        "(numbering written otherwise)"] * 2
    assert result.locator(".redline-none").inner_text() == "No change in the text."
    assert result.locator(".redline-summary li").count() == 2
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_compare_page_counts_the_sections_as_the_changes_page_does(page, site, traffic, lang):
    """Words 24: the summary counted a section renumbered and changed twice ("1 modifiée(s), 1 ajoutée(s), 1
    supprimée(s), 1 renumérotée(s)" of three sections); compare.js now says what redline.render says of the same two
    texts, word for word: each section once, each count in its number's form ("1 renumérotée et modifiée")."""
    from helpers import synthetic_policy
    from policysite import document, export, redline
    from policysite.redline import render

    old, new = site.archived[0], site.archived[-1]
    body = ("## 1. Scope\n\nWe keep fictional records.\n\n## 2. Rights\n\nAsk us anything.\n\n"
            "## 3. Terms\n\nFictional terms.\n\n## 4. Contact\n\nWrite to us.\n\n## 5. End\n\nBye.\n")
    edited = body.replace("## 2. Rights", "## 2. Cookies\n\nNone at all.\n\n## 3. Rights") \
        .replace("## 3. Terms\n\nFictional terms.", "## 4. Terms\n\nOther fictional terms.") \
        .replace("## 4. Contact", "## 5. Contact").replace("\n\n## 5. End\n\nBye.\n", "\n") \
        .replace("We keep fictional", "We keep *fictional*")  # a formatting-only edit: the notes line
    texts = {old: synthetic_policy(old, sections=body), new: synthetic_policy(new, sections=edited)}
    for version, text in texts.items():
        data = export.policy_json(text.encode("utf-8"), lang=lang, version=version, url="", previous=None)
        page.route(f"**/{lang}/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    change = redline.diff(*(document.parse(texts[v], path=f"{lang}/index.md", lang=lang) for v in (old, new)))
    expected = render._counts_line(change, redline.labels(lang), lang)
    assert sum(render.section_counts(change).values()) == 5 and render.section_counts(change)["renumbered"] == 2
    page.goto(site.base + site.page(f"compare-{lang}").path + f"#{old}..{new}")
    counts = page.locator(".policy-compare-result .redline-counts")
    counts.wait_for()
    assert counts.inner_text() == expected, expected
    notes = render._notes_line(change, redline.labels(lang), lang)
    assert page.locator(".policy-compare-result .redline-notes").inner_text() == notes
    assert notes.endswith({"en": ": 1 formatting-only edit.", "fr": "\u00a0: 1 modification de mise en forme seule."}[lang])
    assert expected == {"en": "1 added, 1 removed, 1 renumbered and changed, 2 renumbered",
                        "fr": "1 ajoutée, 1 supprimée, 1 renumérotée et modifiée, 2 renumérotées"}[lang]
    assert traffic.errors == []


@pytest.mark.parametrize("lang", ["ja", "zh", "ko", "fr"])
def test_the_compare_page_sets_a_status_in_brackets_as_the_changes_page_does(page, site, traffic, lang):
    """CJK 24: compare.js wrote every status " (…)", a space and ASCII brackets: "§2 Cookie (变更)" where Chinese and
    Japanese write "§2 Cookie（变更）" and Korean "§2 쿠키(변경)". Its sections now say what redline.render says of the
    same two texts (strings.aside, by policy.js's twin policyAside), the compare page being the site's in `lang`."""
    import re

    from jinja2 import Environment, FileSystemLoader

    from helpers import synthetic_policy
    from policysite import archive, document, export, redline
    from policysite.redline import render
    from policysite.strings import aside

    old, new = site.archived[0], site.archived[-1]
    body = "## 1. Scope\n\nWe keep fictional records.\n\n## 2. Rights\n\nAsk us anything.\n"
    edited = body.replace("## 2. Rights", "## 2. Cookies\n\nNone at all.\n\n## 3. Rights") \
        .replace("fictional records", "invented records") \
        + "\n## 3a Transfers\n\nNone abroad.\n\n## 第4条（保存期間）\n\n一年間です。\n"
    texts = {old: synthetic_policy(old, sections=body), new: synthetic_policy(new, sections=edited, title="Other")}
    for version, text in texts.items():
        data = export.policy_json(text.encode("utf-8"), lang="fr", version=version, url="", previous=None)
        page.route(f"**/fr/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    form = archive.compare_page(env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)

    def in_language(route):  # the French compare page with `lang`'s form and words
        html = route.fetch().text()
        start, end = html.index('<div class="policy-compare"'), html.index('<p class="policy-compare-each">')
        route.fulfill(body=html[:start] + form[:form.index('<p class="policy-compare-each">')] + html[end:],
                      content_type="text/html")

    page.route(re.compile(r".*/fr/compare/(index\.html)?$"), in_language)
    change = redline.diff(*(document.parse(texts[v], path="fr/index.md", lang="fr") for v in (old, new)))
    t = redline.labels(lang)
    expected = [render._heading(s, t) + aside(render._status(s, t), lang) for s in change.sections if s.shown]
    page.goto(site.base + site.page("compare-fr").path + f"#{old}..{new}")
    headings = page.locator(".policy-compare-result .redline-section h2")
    headings.first.wait_for()
    assert headings.all_text_contents() == expected
    assert [item.split(t["colon"].strip())[0].rstrip() for item in
            page.locator(".policy-compare-result .redline-summary li").all_text_contents()] == expected
    counts = page.locator(".policy-compare-result .redline-counts").text_content()
    assert counts == render._counts_line(change, t, lang)
    assert counts.endswith(t["counts_preamble"].split("{counts}")[1])  # a clause of its own, not a count
    # a numbered section named by its language's word (company9: 第1条, 제1조, not §1 in every language)
    assert {"ja": "第1条 Scope（変更）", "zh": "第1条 Scope（已修改）", "ko": "제1조 Scope(변경됨)",
            "fr": "§1 Scope (modifiée)"}[lang] in expected
    # a section named as its heading writes its number, by policy.json's mark: `§3a`, `第4条（保存期間）`
    assert all(any(heading.startswith(name) for heading in expected)
               for name in (t["section"].format(number="3a") + " Transfers", "第4条（保存期間）"))
    assert traffic.errors == []


def test_policy_js_sets_an_aside_as_strings_does_in_every_language(page):
    """CJK 24: policy.js's policyAside (which compare.js and the list of newer versions read) is strings.aside_marks'
    twin: the same marks for every language the site has words for, a region of it, and one it has none for (its
    English words: English's marks)."""
    from policysite.strings import STRINGS, aside_marks, spoken

    page.set_content("<!doctype html><html><body></body></html>")
    page.add_script_tag(path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"))
    codes = sorted(STRINGS) + ["ja-JP", "zh-CN", "zh-Hans", "ko-KR", "zh-TW", "zh-Hant", "fa", "JA", "x"]
    said = page.evaluate("codes => codes.map(c => window.policyAside(c))", [spoken(code) for code in codes])
    assert dict(zip(codes, map(tuple, said))) == {code: aside_marks(code) for code in codes}


@pytest.mark.parametrize("lang, ui", [("ja", ""), ("zh", ""), ("ko", ""), ("fr", ""), ("zh-TW", ""), ("fa", ""), ("ur", "en")])
def test_an_older_versions_list_of_newer_ones_marks_the_one_in_force_as_strings_does(page, lang, ui):
    """CJK 24: policy.js wrote "2024年9月2日 (現行)" in the list of versions published since an older one; it now sets
    the state as strings.aside does in the language of the site's words (data-policy-ui, else the page's)."""
    import json

    from policysite import branch
    from policysite.strings import aside

    versions = json.loads(branch.versions_json(["2022-03-01", "2024-09-02"], lang, today=dt.date(2025, 1, 1)))
    words = strings(lang)
    page.set_content(f'<!doctype html><html lang="{lang}"><body><div class="policy-version" '
                     f'data-policy-version="2022-03-01" data-policy-newer="{words["newer_versions"]}" '
                     f'data-policy-in-force="{words["in_force"]}"' + (f' data-policy-ui="{ui}"' if ui else "")
                     + "></div></body></html>")
    page.evaluate("versions => { window.policyVersions = () => Promise.resolve({ versions }); }", versions)
    page.add_script_tag(path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"))
    item = page.locator(".policy-newer-list li")
    item.wait_for()
    assert item.text_content() == title("2024-09-02", lang) + aside(words["in_force"], lang)
    assert item.text_content() == versions[0]["title"]  # as versions.json titles it for the version selector


@pytest.mark.parametrize("lang, left", [("fr", 1), ("en", 3), ("pl", 3), ("pl", 22), ("ar", 2), ("ja", 1),
                                        ("fa", 4), ("fr", 1234), ("de", 1234), ("en", 1234),
                                        ("pl", 1234), ("es", 1234)])  # 1234: CLDR's minimum grouping digits
def test_an_old_versions_list_of_newer_ones_links_the_one_in_force_the_next_five_and_counts_the_rest(page, lang, left):
    """Issue 16: the first of forty versions listed the 39 since, the first of 1,000 would list 999. The one in force,
    then the versions the list leaves out counted as strings.counted counts them in the language of the site's words
    (Polish 3 and 22 apart, Arabic's dual) with its digits (1 234, 1.234), linking the history, then the five after
    this one, newest first."""
    import html
    import json

    from policysite import branch
    from policysite.strings import counted, marks, number_format, plural_forms, spoken

    dates = [f"{2000 + n}-01-01" for n in range(1 + left + 6)]  # this one, then left + 6 newer
    versions = json.loads(branch.versions_json(dates, lang, today=dt.date(9999, 1, 1)))
    words = strings(lang)
    between = html.escape(json.dumps({"lang": spoken(lang), "forms": plural_forms(words, "newer_between"),
                                      "number": number_format(lang)}))  # 1 234, 1.234 (words8)
    page.set_content(f'<!doctype html><html lang="{lang}"><body><div class="policy-version" '
                     f'data-policy-version="{dates[0]}" data-policy-newer="{words["newer_versions"]}" '
                     f'data-policy-in-force="{words["in_force"]}" data-policy-between="{between}"'
                     + (f' data-policy-ui="{spoken(lang)}"' if marks(lang)[0] else "") + "></div></body></html>")
    page.evaluate("versions => { window.policyVersions = () => Promise.resolve({ versions }); }", versions)
    page.add_script_tag(path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"))
    page.locator(".policy-newer-list").wait_for()
    listed = page.eval_on_selector_all(".policy-newer-list li", "items => items.map(li => [li.textContent, "
                                       "li.querySelector('a').getAttribute('href')])")
    assert listed == [[versions[0]["title"], f"../{dates[-1]}/"],
                      [counted(words, "newer_between", left, lang, count=left), "../history/"],
                      *[[long_date(dt.date.fromisoformat(d), lang), f"../{d}/"] for d in reversed(dates[1:6])]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compare_lists_the_published_versions_and_opens_a_linked_comparison(page, site, traffic, lang):
    compare = site.page(f"compare-{lang}")
    old, new = site.versions[0], site.versions[-1]
    page.goto(site.url(compare.name) + f"#{old}..{new}")
    result = page.locator(".policy-compare-result")
    result.locator(".redline-section del").first.wait_for()  # shown without a click
    for side, chosen in (("old", old), ("new", new)):
        select = page.locator(f"#policy-compare-{side}")
        assert select.input_value() == chosen
        offered = select.locator("option").evaluate_all("os => os.map(o => [o.value, o.textContent])")
        in_force = {"fr": " (en vigueur)", "en": " (in force)"}[lang]
        assert offered == [[v, title(v, lang) + (in_force if v == site.latest else "")]
                           for v in reversed(site.versions)], "every version, newest first"
    assert traffic.errors == []


def test_a_pair_named_or_chosen_newer_first_is_compared_older_to_newer(page, site, traffic):
    """Reader audit 35: #NEWER..OLDER, or "from" a version newer than "to", ran the redline backwards; the pair is
    put in order, in the choices and the address, as `policy diff` orders it (test_diff_cli)."""
    compare, t = site.page("compare-en"), strings("en")
    old, new = site.archived[0], site.archived[-1]
    result = page.locator(".policy-compare-result")
    page.goto(site.url(compare.name) + f"#{new}..{old}")
    page.wait_for_function(f"() => location.hash === '#{old}..{new}'")
    wait_marked(page, "ins", [f"{site.versions.index(new) + 1}"])
    assert marked(result, "del") == [f"{site.versions.index(old) + 1}"]
    assert marked(result, "ins") == [f"{site.versions.index(new) + 1}"]
    assert [page.locator(f"#policy-compare-{side}").input_value() for side in ("old", "new")] == [old, new]
    older = site.archived[1]
    page.get_by_label(t["compare_old"]).select_option(new)
    page.get_by_label(t["compare_new"]).select_option(older)
    page.get_by_role("button", name=t["compare_button"]).click()
    page.wait_for_function(f"() => location.hash === '#{older}..{new}'")
    wait_marked(page, "del", [f"{site.versions.index(older) + 1}"])
    assert marked(result, "del") == [f"{site.versions.index(older) + 1}"]
    assert marked(result, "ins") == [f"{site.versions.index(new) + 1}"]
    assert traffic.errors == []


def test_a_pair_named_newer_first_whose_text_fails_to_load_leaves_the_address_in_the_order_shown(page, site):
    """Reader7, session 36: #NEWER..OLDER whose text could not be fetched left the reversed address in place while the
    choices showed the pair in order: reloaded or shared, the address named another pair than the page showed."""
    compare = site.page("compare-en")
    old, new = site.archived[0], site.archived[-1]
    page.route(f"**/{old}/policy.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site.url(compare.name) + f"#{new}..{old}")
    failed = strings("en")["compare_error"].split("{")[0]
    page.wait_for_function("text => document.querySelector('.policy-compare-status').textContent.startsWith(text)",
                           arg=failed)
    assert [page.locator(f"#policy-compare-{side}").input_value() for side in ("old", "new")] == [old, new]
    assert urlsplit(page.url).fragment == f"{old}..{new}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compare_follows_a_change_of_its_address_and_names_an_unknown_date(page, site, traffic, lang):
    """Reader audit 13, finding 22: a new #OLD..NEW showed the previous pair under it; an unknown date, nothing."""
    compare = site.page(f"compare-{lang}")
    page.goto(site.url(compare.name) + f"#{site.versions[0]}..{site.versions[-1]}")
    page.locator(".policy-compare-result .redline-section del").first.wait_for()
    link = page.locator(".redline-summary a").first  # a section of the result: the pair stays the address
    section = unquote(link.get_attribute("href").removeprefix("#"))
    link.click()
    # the click handled: its section focused (compare.js) or the address changed (the browser's own fragment link);
    # page.url follows the page's events and could still name the address from before the click
    page.wait_for_function("""([id, pair]) => document.activeElement === document.getElementById(id)
        || location.hash !== pair""", arg=[section, f"#{site.versions[0]}..{site.versions[-1]}"])
    assert page.evaluate("location.hash") == f"#{site.versions[0]}..{site.versions[-1]}"
    old, new = site.archived[0], site.archived[1]
    page.evaluate(f"location.hash = '#{old}..{new}'")
    page.wait_for_function(f"() => document.querySelector('#policy-compare-new').value === '{new}'")
    assert page.locator("#policy-compare-old").input_value() == old
    page.evaluate(f"location.hash = '#{old}..2099-01-01'")
    status = strings(lang)["compare_unknown"].format(date="2099-01-01")
    page.wait_for_function("text => document.body.innerText.includes(text)", arg=status)
    assert page.locator("#policy-compare-new").input_value() == new, "the pair shown stays the one chosen"
    assert traffic.errors == []


def test_a_comparison_that_ends_after_an_unknown_date_was_asked_replaces_neither_the_words_nor_the_address(page,
                                                                                                            site):
    """The compare page's own race (seen as a flaky test): a pair still loading when the address named an unknown
    date ended after it, replaced "no version dated …" with its counts and put its own pair back in the address."""
    compare = site.page("compare-en")
    page.goto(site.url(compare.name) + f"#{site.versions[0]}..{site.versions[-1]}")
    page.locator(".policy-compare-result .redline-section del").first.wait_for()
    held = []
    page.route("**/policy.json", lambda route: held.append(route))  # the next pair's texts wait
    old, new = site.archived[0], site.archived[1]
    page.evaluate(f"location.hash = '#{old}..{new}'")
    page.wait_for_function(f"() => document.querySelector('#policy-compare-new').value === '{new}'")
    page.evaluate(f"location.hash = '#{old}..2099-01-01'")
    status = strings("en")["compare_unknown"].format(date="2099-01-01")
    page.wait_for_function("text => document.body.innerText.includes(text)", arg=status)
    handed_over(page, held)  # the pair's texts asked for
    for route in held:
        route.continue_()
    page.unroute("**/policy.json")
    page.wait_for_function(f"() => document.querySelector('.policy-compare-result').innerText.includes('{title(new, 'en')}')")
    assert page.locator(".policy-compare-status").inner_text() == status
    assert urlsplit(page.url).fragment == f"{old}..2099-01-01"


def test_side_by_side_aligns_each_section_and_stacks_them_on_a_phone(page, phone_page, site):
    """From the language menu of the French policy; each row a section, French then English: side by
    side on a desktop screen, one below the other on a phone."""
    landing = site.page("side-by-side-en")
    page.goto(site.version_url("fr", site.latest))
    link = page.locator(".md-select__link", has_text=strings("fr")["sides_link"].format(
        source="Français", translation="English"))
    assert site.base + landing.path == urljoin(page.url, link.get_attribute("href"))
    assert link.locator('span[lang="en"]').all_inner_texts() == ["English"]  # said as English (reader hunt 45)
    sections = [s.anchor for s in site.sections("fr")]
    for view in (page, phone_page):
        go(view, site.base + landing.path)
        rows = view.locator(".policy-sides-row")
        assert rows.evaluate_all("rows => rows.map(r => r.id)") == sections
        counts = [view.locator(f'.policy-sides-col[lang="{lang}"] :is(h2, h3, h4, h5, h6)').count()
                  for lang in ("fr", "en")]
        assert counts == [len(sections)] * 2
        boxes = rows.nth(1).locator(".policy-sides-col").evaluate_all(
            "cols => cols.map(c => { const b = c.getBoundingClientRect(); return [b.left, b.top, b.bottom]; })")
        (fr_left, fr_top, fr_bottom), (en_left, en_top, _) = boxes
        if view is page:
            assert en_left > fr_left and en_top == fr_top, "side by side on a wide screen"
        else:
            assert en_left == fr_left and en_top >= fr_bottom, "one below the other on a phone"


def test_side_by_side_indents_a_column_written_the_other_way_on_its_own_side(phone_page, site):
    """An Arabic or Hebrew text beside a translation written left to right (or the other way round): each column's
    lists start on the side its own direction says, their bullets inside the column, none past a phone's edge.
    The page's French column is turned right to left here, as an authoritative Arabic text's would be."""
    go(phone_page, site.url("side-by-side-en"))
    margins = phone_page.evaluate("""() => {
        const cols = [...document.querySelectorAll('.policy-sides-col[lang="fr"]')];
        cols.forEach(col => col.setAttribute('dir', 'rtl'));
        return cols.flatMap(col => [...col.querySelectorAll('li')]).map(li => { const s = getComputedStyle(li); return [s.marginLeft, s.marginRight]; });
    }""")
    assert margins, "the French column holds a list"
    assert all(left == "0px" and right != "0px" for left, right in margins), margins
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
def test_a_changes_pages_indents_and_bars_stand_at_the_start_of_its_lines(page, direction):
    """Scripts task, finding 11: redline.css indented nested items and drew the legend's and an added or removed block's
    bar on the left, so an Arabic, Hebrew or Persian changes page had them at the end of its lines (its nested items
    indented away from their bullets). They now stand at the start side of the page's direction."""
    css = (ROOT / "overrides/assets/stylesheets/redline.css").read_text(encoding="utf-8")
    page.set_content(f'<html dir="{direction}"><head><style>{css}</style></head><body><div class="redline">'
                     '<div class="redline-legend">a</div><div class="redline-item redline-depth-2"><p>b</p></div>'
                     '<div class="redline-block-added"><p>c</p></div></div></body></html>')
    start, end = ("right", "left") if direction == "rtl" else ("left", "right")

    def style(selector: str, prop: str) -> str:
        return page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}")

    assert style(".redline-depth-2", f"margin{start.title()}") == "48px"
    assert style(".redline-depth-2", f"margin{end.title()}") == "0px"
    for selector in (".redline-legend", ".redline-block-added"):
        assert style(selector, f"border{start.title()}Width") != "0px", selector
        assert style(selector, f"border{end.title()}Width") == "0px", selector


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", ["history", "compare", "at"])
def test_a_printed_archive_page_says_what_it_is_which_site_its_address_and_the_day_it_was_read(page, site, lang, kind):
    """Reader hunt 44: a printed (or saved as PDF) history, compare or at page said neither which site nor which
    address, nor when: what it lists (the version in force, the versions compared) changes with each publication."""
    landing = site.page(f"{kind}-{lang}")
    pair = f"#{site.archived[-2]}..{site.archived[-1]}" if kind == "compare" else ""
    page.clock.set_fixed_time(dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC))  # French's "1er mars 2027"
    go(page, site.base + landing.path + pair)
    line = page.locator(".policy-print")
    assert not line.is_visible(), "the line is for the paper"
    page.emulate_media(media="print")
    assert line.is_visible()
    text = " ".join(line.inner_text().split())
    name = " ".join(page.locator(".md-header__topic .md-ellipsis").first.inner_text().split())
    heading = " ".join(page.locator(".md-content h1").first.inner_text().split())
    t = strings(lang)
    assert text.startswith(f"{name}{t['colon']}{heading}{t['full_stop']}".replace("\u00a0", " ")), text
    address = landing.path + pair
    assert f" {t['pdf_url']} https://".replace("\u00a0", " ") in text and f"{address} " in text, text
    assert text.endswith(t["accessed"].format(date=long_date(dt.date(2027, 3, 1), lang)).replace("\u00a0", " "))
    top = page.locator(".policy-print").bounding_box()
    assert top is not None and top["y"] < page.locator(".md-content h1").first.bounding_box()["y"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_printed_comparison_is_its_redline_not_the_form_that_chose_it(page, site, lang):
    """Reader hunt 25 (left by its helper): printing a comparison put its two lists, the button and the status line on
    the paper above the redline; the redline's first line names the two versions. Before any redline is shown the form
    is printed as it is (there is nothing else to print)."""
    compare, t = site.page(f"compare-{lang}"), strings(lang)
    old, new = site.archived[0], site.archived[-1]
    go(page, site.base + compare.path + f"#{old}..{new}")
    result = page.locator(".policy-compare-result")
    result.locator(".redline-versions").wait_for()
    form, status = page.locator(".policy-compare-form"), page.locator(".policy-compare-status")
    try:
        assert form.is_visible() and status.is_visible(), "on screen, the form stays"
        page.emulate_media(media="print")
        assert not form.is_visible() and not status.is_visible()
        assert result.locator(".redline-versions").is_visible() and result.locator(".redline-section").count() > 0
        page.emulate_media(media="screen")
        page.evaluate("document.querySelector('.policy-compare-result').replaceChildren()")
        page.emulate_media(media="print")
        assert form.is_visible(), "with no redline shown, the form is what the page holds"
        assert page.get_by_label(t["compare_old"]).is_visible()
    finally:
        page.emulate_media(media="screen")  # the page is shared with the session's other checks


def test_a_printed_compare_page_names_only_an_address_it_reads(page, site):
    """The print line echoes the address's versions only as the compare page reads them: a link's own words never
    appear on the site's page (security hunt 19b)."""
    go(page, site.base + site.page("compare-en").path + "#%3Cb%3Ewe-sell-your-data")
    page.emulate_media(media="print")
    text = page.locator(".policy-print").inner_text()
    assert "sell" not in text and "/en/compare/ " in text


# Each link's accessible name, as a screen reader lists the page's links, and the addresses it leads to.
def _named_links(page) -> dict[str, set[str]]:
    cdp = page.context.new_cdp_session(page)
    named: dict[str, set[str]] = {}
    for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("role", {}).get("value") != "link" or node.get("ignored") or "backendDOMNodeId" not in node:
            continue
        link = cdp.send("DOM.resolveNode", {"backendNodeId": node["backendDOMNodeId"]})["object"]["objectId"]
        href = cdp.send("Runtime.callFunctionOn", {"objectId": link, "returnByValue": True,
                                                   "functionDeclaration": "function () { return this.href }"})
        named.setdefault(node.get("name", {}).get("value", ""), set()).add(href["result"].get("value"))
    return named


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_link_of_the_history_page_is_told_apart_by_its_name_alone(page, site, lang):
    """Reader7, session 36: a screen reader's list of the history page's links read "Read this version", "Text as
    JSON" and "This version as PDF" once per version, each for another address (WCAG 2.4.9). Each is named with its
    version's date after the words shown (2.5.3: the name starts with them). (A changed section's link, "§2 …", is
    still named alike in each version that changed it.)"""
    go(page, site.url(f"history-{lang}"))
    named = _named_links(page)
    t = strings(lang)
    actions = {name: sorted(hrefs) for name, hrefs in named.items()
               if name.startswith((t["read_version"], t["json_export"], t["pdf_link"]))}
    assert {name: hrefs for name, hrefs in actions.items() if len(hrefs) > 1} == {}
    assert sorted(name for name in actions if name.startswith(t["read_version"])) == sorted(
        f"{t['read_version']} ({title(version, lang)})" for version in site.versions)


@pytest.mark.parametrize("kind", ["changes", "compare"])
def test_each_section_s_links_into_the_two_versions_are_told_apart_by_their_names_alone(page, site, kind):
    """Reader7, session 36: the summary of a redline linked each section into both versions as "previous version" and
    "new version" (the compare page: "version of <date>"), the same names for every section: out of context, a screen
    reader's list of links could not tell them apart (WCAG 2.4.9). Each is named with its section after the words."""
    url = site.url(f"{kind}-fr") + (f"#{site.versions[0]}..{site.versions[-1]}" if kind == "compare" else "")
    go(page, url)
    page.locator(".redline-summary a[href*='/#']").first.wait_for()
    named = _named_links(page)
    assert {name: sorted(hrefs) for name, hrefs in named.items() if len(hrefs) > 1} == {}
    first = page.locator(".redline-summary li", has=page.locator("a[href*='/#']")).first
    section = first.locator("a").first.inner_text()
    # the words shown (the section is said after them by unseen words, marked in the text's language)
    words = first.locator("a[href*='/#']").first.evaluate(
        "a => [...a.childNodes].filter(n => !n.classList?.contains('policy-unseen')).map(n => n.textContent).join('')")
    assert f"{words} ({section})" in named
