"""safety63: the words inside the site's notices at the top of a page (main.html's content block: the print's line, an
upcoming version's notice and banner, what a page says of a section it lacks, with scripts and without) were not
judged: the output check accepted a notice's class where the build writes it (safety62), whatever it said, and `<p
class="policy-unscripted">We sell your data.</p>` first in the text of the version in force (at latest/ the build writes
no such notice) hid a sentence from every reader of the screen and showed it on every printout. The published page's
check now accepts the words the build writes there only (noticewords), in every language the site has words in and in
those it has none in, and in the words earlier versions of the tool wrote (the archive keeps their pages)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from policysite import pages, safety, settings, strings
from policysite.messages import said_in
from policysite.settings import Release
from unit.test_safety import THEME, page

ROOT = Path(__file__).resolve().parents[2]
VERSION = "2022-03-01"


def _content_block() -> str:
    """main.html's content block as the theme writes it, without Material's (the text follows it)."""
    source = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    block = re.search(r"{% block content %}(.*?){% endblock %}", source, re.S)
    assert block is not None
    return block.group(1).replace("{{ super() }}", "")


def _site(lang: str) -> settings.Settings:
    return settings.from_extra({"policy": {"company": "Example", "authoritative": lang,
                                           "public_url": "https://example.test/privacy/",
                                           "languages": [{"code": lang, "name": lang}]
                                           + ([{"code": "en", "name": "English"}] if lang != "en" else [])}})


def notices(lang: str, *, untitled: bool = False, announced: bool = True, page_url: str = "") -> str:
    """The notices main.html writes at the top of a dated version's page in `lang`, from the build's own words."""
    release = Release(VERSION, ("2023-01-01", VERSION), "2023-01-01")
    template = Environment(loader=FileSystemLoader(str(ROOT / "overrides"))).from_string(_content_block())
    return template.render(
        policy_print=pages.print_line(_site(lang), lang=lang, version=VERSION, page=page_url),
        policy_upcoming=pages.upcoming_banner(lang=lang, release=release, page=page_url, announced=announced),
        policy_missing=pages.missing_section(lang=lang, page=page_url, untitled=untitled))


def _built(article: str, lang: str = "en") -> str:
    return page("").replace('<h2 id="s2">2. Section</h2>', article).replace('lang="en"', f'lang="{lang}"', 1)


def _said(html: str, *, file: str = f"en/{VERSION}/index.html", lang: str = "en") -> list[str]:
    return [said_in(v.message, lang) for v in safety.check_page(html, file=file, theme_dirs=THEME)
            if "holds what the build never writes" in said_in(v.message, "en")]


@pytest.mark.parametrize("lang", [*sorted(strings.STRINGS), "hu", "ne", "pt-BR", "zh-TW"])
def test_the_notices_the_build_writes_pass_in_every_language(lang):
    for untitled, announced, page_url in ((False, True, ""), (True, False, "changes/")):
        html = _built(notices(lang, untitled=untitled, announced=announced, page_url=page_url)
                      + '<h1 id="p">Policy</h1><p>We keep records.</p>', lang)
        for file in (f"x/{VERSION}/{page_url}index.html", f"x/latest/{page_url}index.html"):
            assert safety.check_page(html, file=file, theme_dirs=THEME) == [], (lang, file)


@pytest.mark.parametrize("lang", ["en", "fr", "ja", "ar", "hu"])
def test_an_archive_page_s_print_line_passes(lang):
    line = pages.archive_print_line(_site(lang), lang=lang, page="history/", title="Version history",
                                    site_name="Example privacy")
    html = page("", chrome='<div class="md-header__topic"><span class="md-ellipsis">Example privacy</span></div>')
    html = html.replace('<h2 id="s2">2. Section</h2>',
                        f'<p class="policy-print" data-search-exclude{line["ui"]}>{line["text"]}</p>'
                        '<h1 id="version-history">Version history<a class="headerlink" href="#version-history">'
                        '&para;</a></h1>').replace('lang="en"', f'lang="{lang}"', 1)
    assert safety.check_page(html, file="x/history/index.html", theme_dirs=THEME) == []
    assert _said(html.replace("Version history<a", "We sell your data<a"), file="x/history/index.html")


# As an earlier tool wrote them, kept on the branch: the print's line without its day read (before 43c68524), its
# address without a class, the missing section's notice without its link (d7941b3e), an upcoming version's own notice
# in its former words (8cd13775), the page without JavaScript in its former French (0f153376)
EARLIER = {"en": ('<p class="policy-print" data-search-exclude>Version of March 1, 2022. Online: <span dir="ltr">'
                  'https://example.org/en/2022-03-01/</span></p>'
                  '<p class="policy-upcoming-self" hidden>Upcoming version: this text takes effect on March 1, 2022.</p>'
                  '<p class="policy-missing admonition warning" role="status" hidden>The section this link leads to is '
                  'not in this version.</p>'),
           "fr": ('<p class="policy-print" data-search-exclude>Version du 1er mars 2022. En ligne : <span dir="ltr">'
                  'https://example.org/fr/2022-03-01/</span></p>'
                  '<p class="policy-missing admonition warning" role="status" hidden data-policy-renumbered="Jusqu’à la '
                  'version du {date} incluse, ce lien menait à une autre section : ">La section visée par ce lien '
                  'n’existe pas dans cette version.</p><p class="policy-unscripted admonition note" '
                  'data-search-exclude>Si un lien vers une section mène en haut de cette page, c’est que cette version '
                  'n’a pas cette section.</p>')}


@pytest.mark.parametrize("lang", sorted(EARLIER))
def test_the_notices_an_earlier_tool_wrote_pass(lang):
    html = _built(EARLIER[lang] + '<h1 id="p">Policy</h1><p>We keep records.</p>', lang)
    assert safety.check_page(html, file=f"{lang}/{VERSION}/index.html", theme_dirs=THEME) == []


def _former_cases() -> list[tuple[str, str, str]]:
    from policysite.formerwords import FORMER

    return [(lang, key, said) for lang, table in sorted(FORMER.items()) for key, former in sorted(table.items())
            for said in former]


@pytest.mark.parametrize(("lang", "key", "former"), _former_cases())
def test_each_string_an_earlier_tool_wrote_in_a_notice_passes(lang, key, former):
    """Every string of the catalogue the notices say, as it was before it changed (formerwords, from its history), in
    the page the build writes today in its place."""
    import datetime as dt

    today, then = (strings.as_written({key: said}, lang)[key] for said in (strings.strings(lang)[key], former))
    html = _built(notices(lang, untitled=True) + '<h1 id="p">Policy</h1><p>We keep records.</p>', lang)
    if key == "upcoming_banner":
        today, then = today.partition("{date}")[0], then.partition("{date}")[0]
    elif key not in ("accessed", "section_renumbered"):  # (those two: an attribute policy.js puts the day in)
        day = strings.long_date(dt.date.fromisoformat(VERSION), lang)
        today, then = today.replace("{date}", day), then.replace("{date}", day)
    assert today in html, (today, html)
    earlier = html.replace(today, then)
    assert safety.check_page(earlier, file=f"x/{VERSION}/index.html", theme_dirs=THEME) == []
    assert _said(earlier.replace(then, then[:-1] + " We sell your data."), file=f"x/{VERSION}/index.html")


CLAUSE = "We sell your data."


@pytest.mark.parametrize("article", [
    # a notice the build writes nowhere on the version in force, first in its text
    f'<p class="policy-unscripted admonition note" data-search-exclude>{CLAUSE}</p><h1 id="p">Policy</h1>',
    f'<p class="policy-print" data-search-exclude>{CLAUSE}</p><h1 id="p">Policy</h1>',
    f'<p class="policy-missing" hidden>{CLAUSE}</p><h1 id="p">Policy</h1>',
    f'<p class="policy-upcoming-self" hidden>{CLAUSE}</p><h1 id="p">Policy</h1>',
    f'<div class="policy-upcoming" hidden><p>{CLAUSE}</p></div><h1 id="p">Policy</h1>',
    # words added to the build's
    notices("en").replace("Online:", f"{CLAUSE} Online:"),
    notices("en").replace("see the changes", f"see the changes. {CLAUSE}"),
    notices("en").replace("Version history</a></p>", f"Version history</a> {CLAUSE}</p>"),
    notices("en").replace("Read the version in force", CLAUSE),
    # the version's day in other words, another version's day
    notices("en").replace("Version of March 1, 2022", "Version of March 1, 2099"),
    # words a script shows, or a screen reader says, in an attribute or an element the build never writes there
    notices("en").replace("Accessed on {date}.", CLAUSE),
    notices("en").replace("this link led to another section:", CLAUSE),
    notices("en").replace('data-search-exclude>Version', f'data-search-exclude title="{CLAUSE}">Version'),
    notices("en").replace('data-search-exclude>Version', f'data-search-exclude aria-label="{CLAUSE}">Version'),
    notices("en").replace("Online:", f'<img alt="{CLAUSE}" src="x.png"> Online:'),
    notices("en").replace('<span dir="ltr">', '<span dir="ltr" class="md-visually-hidden">'),
])
def test_a_notice_holding_words_the_build_never_writes_is_refused(article):
    html = _built(article + "<p>We keep records.</p>")
    for file in (f"en/{VERSION}/index.html", "en/latest/index.html"):
        assert _said(html, file=file), (file, safety.check_page(html, file=file, theme_dirs=THEME))


def test_the_refusal_is_said_in_french():
    html = _built('<p class="policy-unscripted">Nous vendons vos données.</p><h1 id="p">Politique</h1>', "fr")
    found = _said(html, file="fr/latest/index.html", lang="fr")
    assert found and found[0].replace("\xa0", " ").startswith("<p class=« policy-unscripted »>, un avis que le site"), \
        found
    assert "Nous vendons vos données." in found[0]


def test_a_page_built_before_the_site_chose_other_digits_passes():
    """A Persian page's dates and its day read in Persian digits, kept on the branch, judged after the site chose Latin
    ones (`extra.policy.digits`, strings.choose_digits), and the other way round: the same words."""
    built = _built(notices("fa") + '<h1 id="p">Policy</h1><p>We keep records.</p>', "fa")
    assert "۲۰۲۲" in built and 'data-policy-digits="۰۱۲۳۴۵۶۷۸۹"' in built
    try:
        strings.choose_digits({"fa": "latn"})
        assert safety.check_page(built, file=f"fa/{VERSION}/index.html", theme_dirs=THEME) == []
        latin = _built(notices("fa") + '<h1 id="p">Policy</h1><p>We keep records.</p>', "fa")
        assert "2022" in latin
    finally:
        strings.choose_digits({})
    assert safety.check_page(latin, file=f"fa/{VERSION}/index.html", theme_dirs=THEME) == []
    assert _said(built.replace('data-policy-digits="۰۱۲۳۴۵۶۷۸۹"', f'data-policy-digits="{CLAUSE}"'),
                 file=f"fa/{VERSION}/index.html")
