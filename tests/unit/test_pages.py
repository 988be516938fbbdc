"""What the site adds around the text: section 1's list of versions stays the same size however long the archive."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import material
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import build, init, pages
from policysite.settings import Language, Release, Settings

SETTINGS = Settings(company="Example Ltd", brand="Example", public_url="https://example.test/p/",
                    languages=(Language("en", "English", "mkdocs.yml"),), authoritative="en", page="index.md",
                    version_section="1")
HTML = '<h1 id="t">T</h1><h2 id="s1">1. One</h2><p>Text.</p>'


def decorate(count: int) -> str:
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    versions = [dt.date(2020, 1, 1) + dt.timedelta(days=n) for n in range(count)][::-1]
    return pages.decorate(HTML, env=env, settings=SETTINGS, lang="en", date=versions[0], versions=versions,
                          link_versions=True)


def test_a_version_lists_itself_and_the_five_before_then_counts_the_others_in_the_history():
    few, many = decorate(2), decorate(1000)
    assert len(re.findall(r"<li", few)) == 2 and "earlier version" not in few
    assert len(re.findall(r"<li", many)) == pages.LISTED_VERSIONS + 1
    assert '<a href="../history/">… and 994 earlier versions, in the version history</a>' in many
    assert abs(len(many.encode()) - len(decorate(7).encode())) < 1024


def test_without_the_version_section_the_notice_follows_the_last_update_line():
    """An unnumbered policy has no section 1: its versions and links go under the title, not nowhere."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    html = pages.decorate('<h1 id="t">T</h1><h2 id="who-we-are">Who we are</h2><p>Text.</p>', env=env,
                          settings=SETTINGS, lang="en", date=dt.date(2020, 1, 2),
                          versions=[dt.date(2020, 1, 2), dt.date(2020, 1, 1)], link_versions=True)
    assert html.index("</h1>") < html.index('class="policy-version"') < html.index('id="who-we-are"')
    assert '<a href="../2020-01-01/">' in html and '<a href="changes/">' in html


def test_a_text_that_states_its_date_under_its_title_is_not_told_it_twice():
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))

    def decorated(preamble: str, lang: str = "en") -> str:
        return pages.decorate(f'<h1 id="t">T</h1>{preamble}<h2 id="s1">1. One</h2><p>Updated 2020-01-02.</p>',
                              env=env, settings=SETTINGS, lang=lang, date=dt.date(2020, 1, 2),
                              versions=[dt.date(2020, 1, 2)], link_versions=True)
    assert 'class="policy-updated"' in decorated("")
    assert 'class="policy-updated"' not in decorated("<p><strong>Last updated: January 2, 2020</strong></p>")
    assert 'class="policy-updated"' not in decorated("<p>Stand: 2. Januar 2020</p>", "de")
    assert 'class="policy-updated"' in decorated("<p>Last updated: January 1, 2020</p>")  # another date: both
    assert 'class="policy-updated"' not in decorated("<p>Last updated: 01/02/2020</p>")  # as the US write it
    # security hunt 19, finding 3: the version's date anywhere in the text under the title took the site's line away
    assert 'class="policy-updated"' in decorated("<p>Last updated: January 1, 2019. This policy covers every "
                                                 "service we have offered since January 2, 2020 and more.</p>")
    assert 'class="policy-updated"' not in decorated("<p>Last updated: January 2, 2020. This policy covers every "
                                                     "service we offer in each country and more.</p>")
    assert 'class="policy-updated"' not in decorated("<ul><li>Effective <span>January</span> 2, 2020</li></ul>")


@pytest.mark.parametrize("lang, line, said", [
    ("en", "<p>Last updated: January 1, 2020</p>",
     "Last updated: January 2, 2020 (the date written in the text below is not this version's)"),
    ("es", "<p><em>Modificado por última vez: 25/10/2019</em></p>",
     "Última actualización: 2 de enero de 2020 (la fecha escrita en el texto de abajo no es la de esta versión)"),
    ("fr", "<p>Mis à jour le 1er janvier 2020</p>", "Dernière mise à jour\u00a0: 2 janvier 2020 (la date écrite"),
])
def test_a_text_whose_own_line_says_another_day_is_told_which_is_this_versions(lang, line, said):
    """Adoption 5 of session 29: a text imported from git history is dated by its commit where its "Last updated" line
    still says the day of the version before (a sentence changed, the line forgotten); the page showed the site's
    "Last updated: 29 October 2018" over the text's "25/10/2018", two dates and no word of which is the version's. The
    site's line now says the text's own date is not this version's; a text without a date line is told its date as
    before."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    settings = dataclasses.replace(SETTINGS, languages=(Language(lang, lang, "mkdocs.yml"),), authoritative=lang)

    def decorated(preamble: str) -> str:
        return pages.decorate(f'<h1 id="t">T</h1>{preamble}<h2 id="s1">1. One</h2><p>Text.</p>', env=env,
                              settings=settings, lang=lang, date=dt.date(2020, 1, 2), versions=[dt.date(2020, 1, 2)],
                              link_versions=True)
    other, plain = decorated(line), decorated("<p>We explain what we do with your data.</p>")
    assert said in other, other
    assert 'class="policy-updated"' in plain and said not in plain, plain


def test_a_text_that_states_its_date_at_the_top_of_its_first_section_is_not_told_it_twice():
    """Adoption 27: a docs site's page opens with a heading over its date line (GitHub's `## GitHub Privacy Statement`
    over `Effective date: February 1, 2024`), nothing between its title and that heading: the page said "Last
    updated" under the title as well. A line standing alone only: a paragraph of sentences is the section's text."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))

    def decorated(first: str) -> str:
        return pages.decorate(f'<h1 id="t">T</h1><h2 id="s">Example Privacy Statement</h2>{first}<p>Welcome.</p>'
                              '<h2 id="c">Contact</h2><p>Write.</p>', env=env, settings=SETTINGS, lang="en",
                              date=dt.date(2024, 2, 1), versions=[dt.date(2024, 2, 1)], link_versions=True)
    assert 'class="policy-updated"' not in decorated("<p>Effective date: February 1, 2024</p>")
    assert 'class="policy-updated"' not in decorated("<ul><li>Effective date: <em>February 1, 2024</em></li></ul>")
    assert 'class="policy-updated"' not in decorated("<p>We explain what we process and why, for all our users."
                                                     "</p><p>Terms are neutral.</p><p>Stand: February 1, 2024</p>")
    assert 'class="policy-updated"' in decorated("<p>Effective date: January 1, 2024</p>")  # another date: both
    assert 'class="policy-updated"' in decorated("<p>Since February 1, 2024 we sell tools. We also sell seeds.</p>")
    assert 'class="policy-updated"' in decorated("")


@pytest.mark.parametrize("h1", ["<h1 id=\"t\">Example Terms of Service</h1>", ""])
def test_a_heading_naming_the_text_again_over_its_date_line_is_read_as_the_title_is(h1):
    """Adoption 27: GitHub's terms open with an introduction and a table of contents ("Summary"), then `## The GitHub
    Terms of Service` over `Effective date: November 16, 2020`; the page is titled in its front matter (no `# `). A
    heading not naming the text, or after a numbered section, is the text's own."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))

    def decorated(second: str, first: str = '<h2 id="summary">Summary</h2><p>A table.</p>') -> str:
        return pages.decorate(f'{h1}<p>Thank you for using Example.</p>{first}{second}'
                              '<p>Effective date: November 16, 2020</p><p>Welcome.</p>', env=env, settings=SETTINGS,
                              lang="en", date=dt.date(2020, 11, 16), versions=[dt.date(2020, 11, 16)],
                              link_versions=True, page_title="Example Terms of Service")
    assert 'class="policy-updated"' not in decorated('<h2 id="the-example-terms">The Example Terms of Service</h2>')
    assert 'class="policy-updated"' in decorated('<h2 id="shipping">Shipping and returns</h2>')
    assert 'class="policy-updated"' in decorated('<h2 id="the-example-terms">The Example Terms of Service</h2>',
                                                 first='<h2 id="s1">1. Summary</h2><p>A table.</p>')


def test_without_a_version_section_the_notice_goes_under_the_title_not_into_the_texts_section_1():
    """`policy init` leaves version_section empty: an imported policy's section 1 is the company's own."""
    import dataclasses

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    html = pages.decorate(HTML, env=env, settings=dataclasses.replace(SETTINGS, version_section=""), lang="en",
                          date=dt.date(2020, 1, 2), versions=[dt.date(2020, 1, 2)], link_versions=True)
    assert html.index("</h1>") < html.index('class="policy-version"') < html.index('id="s1"')


def test_the_page_language_keeps_its_region():
    """Material writes `pt` for `pt-BR` (adoption hunt 9, Low): the site's code is the page's language."""
    from policysite import pages

    assert pages.with_region('<!doctype html>\n<html lang="pt" class="no-js">', "pt-BR").endswith(
        '<html lang="pt-BR" class="no-js">')
    assert pages.with_region('<html lang="fr" class="no-js">', "fr") == '<html lang="fr" class="no-js">'
    assert pages.with_region('<html lang="en" class="no-js">', "pt-BR") == '<html lang="en" class="no-js">'


def test_the_404_page_says_so_in_every_language_the_pages_first_each_with_a_way_back():
    """Reader audit 13, finding 8: the 404 page said "404 - Not found" in English, with no link to the policy."""
    import dataclasses

    from policysite.settings import Document

    settings = dataclasses.replace(SETTINGS, languages=(Language("fr", "Français", "mkdocs.yml"),
                                                        Language("ur", "اردو", "mkdocs.ur.yml")),
                                   authoritative="fr")
    said = pages.not_found(settings, lang="ur")  # the site has no Urdu strings: English ones, marked so
    assert [(one["lang"], one["dir"], one["href"]) for one in said] == [("en", "ltr", "/p/ur/latest/"),
                                                                        ("fr", "ltr", "/p/fr/latest/")]
    assert said[1]["text"] == "Cette page n’existe pas." and said[1]["link"] == "Lire la version en vigueur"
    several = dataclasses.replace(settings, documents=(Document("", "index.md"), Document("cookies", "cookies.md")))
    assert [(one["href"], one["link"]) for one in pages.not_found(several, lang="fr")] == [
        ("/p/fr/", "Tous les documents"), ("/p/ur/", "All documents")]
    # a further document's 404 page (fr/cookies/404.html) leads home too, not to fr/cookies/ (reader hunt 37)
    cookies = dataclasses.replace(several, page="cookies.md", document="cookies")
    assert [one["href"] for one in pages.not_found(cookies, lang="fr")] == ["/p/fr/", "/p/ur/"]
    # and its folder, fr/cookies/, where its pages' logo leads, sends readers on to its text in force
    assert [link["href"] for link in pages.front_door(cookies, lang="fr")["links"]] == ["latest/"]


def test_a_page_that_sends_readers_on_names_the_site_and_each_languages_text_if_they_stay(tmp_path):
    """Reader audit 13, finding 10: the root page was titled "Redirect", its one link read "fr/latest/"."""
    import dataclasses

    settings = dataclasses.replace(SETTINGS, company="Acme", authoritative="fr",
                                   languages=(Language("en", "English", "mkdocs.en.yml"),
                                              Language("fr", "Français", "mkdocs.yml")))
    root = pages.front_door(settings)
    assert root["title"] == "Politique de confidentialité d’Acme"
    assert root["links"] == [
        {"href": "fr/latest/", "hreflang": "fr", "lang": "fr", "dir": "ltr",
         "text": "Politique de confidentialité d’Acme (Français)"},
        {"href": "en/latest/", "hreflang": "en", "lang": "en", "dir": "ltr", "text": "Privacy policy of Acme (English)"}]
    assert pages.front_door(settings, lang="en") == {
        "title": "Privacy policy of Acme", "dir": "ltr",
        "links": [{"href": "latest/", "hreflang": "en", "lang": "en", "dir": "ltr",
                   "text": "Privacy policy of Acme (English)"}]}
    # Reader hunt 37: an Arabic site's root page was laid out left to right (its parentheses on the wrong side)
    arabic = dataclasses.replace(settings, authoritative="ar", languages=(Language("ar", "العربية", "mkdocs.yml"),
                                                                          Language("en", "English", "mkdocs.en.yml")))
    door = pages.front_door(arabic)
    assert door["dir"] == "rtl" and [(link["lang"], link["dir"]) for link in door["links"]] == [("ar", "rtl"),
                                                                                                ("en", "ltr")]
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")  # the template, never the live docs/
    html = build.render_root_redirect(root=tmp_path, target="ar/", door=door)
    assert '<html lang="ar" dir="rtl">' in html and 'lang="en" dir="ltr">' in html


def test_the_sites_english_words_in_a_page_of_a_language_it_has_none_for_are_marked_and_isolated():
    """Adoption hunt 13, f_rtl_english_strings_bidi: on a Hebrew page "Version of <time>12 במרץ 2025</time>." was
    shown "2025 במרץ Version of 12." (the English not marked, not isolated). The site now has Hebrew words, and Persian: Urdu,
    also written right to left, has none."""
    import dataclasses

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    settings = dataclasses.replace(SETTINGS, languages=(Language("ur", "اردو", "mkdocs.yml"),), authoritative="ur")
    versions = [dt.date(2025, 3, 12), dt.date(2024, 1, 1)]
    html = pages.decorate(HTML, env=env, settings=settings, lang="ur", date=versions[0], versions=versions,
                          link_versions=True)
    assert re.search(r'<p lang="en" dir="ltr">Version of <time datetime="2025-03-12" lang="ur" dir="auto">[^<]+'
                     r'</time>\.</p>', html), html
    assert '<span lang="en" dir="ltr">(this version)</span>' in html
    assert '<p class="policy-updated" lang="en" dir="ltr">' in html
    assert ' lang="en"' not in decorate(2)  # a language the site has words for: nothing marked


def test_the_banners_and_the_footer_of_a_page_in_a_language_the_site_has_no_words_for_mark_its_english():
    """Hunt 41: on a Persian page (or Urdu, Kurdish: written right to left, no words of the site's) the archived
    banner read "this text is no longer in force. Read the version in force :2024 مارس Archived version of 1", the
    upcoming banners and the footer's links were English marked as Persian, and so were the words policy.js adds
    to section 1 ("Versions published since:", "(in force)"). A language the site has words for: nothing marked."""
    from policysite.settings import Release

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    release = Release("2024-03-01", ("2025-03-01", "2024-03-01"), "2025-03-01")
    archived = env.get_template("partials/policy-archived.html").render(
        policy_archived=pages.archived_banner(lang="ur", release=release))
    assert re.match(r'<p class="policy-archived" role="status" lang="en" dir="ltr">Archived version of '
                    r'<span lang="ur" dir="auto">1 مارچ، 2024</span>: this text', archived), archived
    upcoming = pages.upcoming_banner(lang="ur", release=release, announced=True)
    banner = env.get_template("partials/policy-upcoming.html").render(policy_upcoming=upcoming)
    assert '<p lang="en" dir="ltr">A new version takes effect on <time lang="ur" dir="auto"></time>' in banner
    assert upcoming["ui"] == ' lang="en" dir="ltr"' and '<span lang="ur" dir="auto">1 مارچ، 2024</span>' in \
        upcoming["self"]
    assert pages.archive_links(lang="ur", release=release)["ui"] == ' lang="en" dir="ltr"'
    notice = pages.decorate(HTML, env=env, settings=SETTINGS, lang="ur", date=dt.date(2024, 3, 1),
                            versions=[dt.date(2024, 3, 1)], link_versions=True)
    assert 'data-policy-ui="en"' in notice
    french = pages.archived_banner(lang="fr", release=release)
    assert french["text"] == "Version archivée du 1er mars 2024\u00a0: ce texte n’est plus en vigueur." and not french["ui"]
    assert not pages.upcoming_banner(lang="fr", release=release)["ui"]
    assert not pages.archive_links(lang="fr", release=release)["ui"]
    assert "data-policy-ui" not in decorate(2)


def test_the_root_page_and_the_404_page_name_only_the_languages_readers_can_read():
    """History hunt 16: a language configured before its first version was linked from the 404, history and root
    pages, a dead link on every one of them."""
    import dataclasses

    settings = dataclasses.replace(SETTINGS, languages=(*SETTINGS.languages, Language("de", "Deutsch",
                                                                                        "mkdocs.de.yml")))
    assert [link["href"] for link in pages.front_door(settings, languages=("en",))["links"]] == ["en/latest/"]
    assert [link["href"] for link in pages.front_door(settings)["links"]] == ["en/latest/", "de/latest/"]
    assert [said["href"] for said in pages.not_found(settings, lang="en", languages=("en",))] == ["/p/en/latest/"]
    assert [said["href"] for said in pages.not_found(settings, lang="en")] == ["/p/en/latest/", "/p/de/latest/"]


def test_a_heading_s_permanent_link_is_hidden_from_its_name_and_the_tab_order():
    html = '<h2 id="s1">1. Objet<a class="headerlink" href="#s1" title="Lien permanent">&para;</a></h2><a href="#s1">x</a>'
    assert pages.quiet_permalinks(html, lang="fr") == (
        '<h2 id="s1">1. Objet<a class="headerlink" aria-hidden="true" tabindex="-1" href="#s1" title="Lien permanent">'
        '&para;</a></h2><a href="#s1">x</a>')


def test_a_headings_permanent_link_says_its_english_tooltip_is_english_where_the_site_has_no_words():
    """Reader10: on a Latvian site (no words of the site's own: English) each heading's "Permanent link to this
    section" tooltip sat in a heading marked Latvian; the link now says it is English (WCAG 3.1.2)."""
    html = '<h2 id="s1">1. Darbības joma<a class="headerlink" href="#s1" title="Permanent link to this section">&para;</a></h2>'
    assert pages.quiet_permalinks(html, lang="lv") == (
        '<h2 id="s1">1. Darbības joma<a class="headerlink" aria-hidden="true" tabindex="-1" lang="en" dir="ltr" href="#s1" '
        'title="Permanent link to this section">&para;</a></h2>')
    assert ' lang="' not in pages.quiet_permalinks(html, lang="en")


# the header and a menu entry as Material writes them (partials/header.html, nav-item.html)
_THEME = ('<div class="md-header__topic"><span class="md-ellipsis">\n  {site}\n</span></div>'
          '<div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">\n  {title}\n</span>'
          '</div><a href="../history/" class="md-nav__link"><span class="md-ellipsis">\n    {history}\n  </span></a>'
          '<a href="../" class="md-nav__link"><span class="md-ellipsis">\n    {policy}\n  </span></a>')


def test_the_theme_says_the_sites_english_page_titles_are_english_where_the_site_has_no_words():
    """Reader10, round 9's finding: on a Latvian site the menu's "Version history", "Compare two versions", "Version
    in force on a date" and the header's "Changes in the version of 2023. gada 1. marts" were read as Latvian. They are
    marked English, the date in them Latvian; the team's words (the site's name) and the text's (its title) are not.
    A language the site has words for: as it was."""
    date = "2023. gada 1. marts"
    title = f"Changes in the version of {date}"
    html = _THEME.format(site="Piemērs SIA datu aizsardzība", title=title, history="Version history",
                         policy="Privātuma politika")
    marked = pages.marked_site_titles(html, lang="lv", titles=pages.site_titles("lv", own=title, version="2023-03-01"))
    assert marked == _THEME.format(site="Piemērs SIA datu aizsardzība", title=title, history="Version history",
                                   policy="Privātuma politika").replace(
        f'<span class="md-ellipsis">\n  {title}', f'<span class="md-ellipsis" lang="en" dir="ltr">\n  Changes in the '
        f'version of <span lang="lv" dir="auto">{date}</span>').replace(
        '<span class="md-ellipsis">\n    Version history', '<span class="md-ellipsis" lang="en" dir="ltr">\n    Version '
        'history'), marked
    assert set(pages.site_titles("lv")) == {"Version history", "Compare two versions", "Version in force on a date"}
    french = _THEME.format(site="Politique", title="Historique des versions", history="Historique des versions",
                           policy="Politique de confidentialité")
    assert pages.marked_site_titles(french, lang="fr", titles=pages.site_titles("fr")) == french


def test_the_installed_theme_writes_the_titles_marked_site_titles_marks():
    """Reader11 (session 37's finding): marked_site_titles reads Material's `<span class="md-ellipsis">` around a title
    in its header and navigation; a theme writing them otherwise would leave "Version history" unmarked on a Latvian
    page without a word. The installed theme's own templates, rendered, are what it marks (else this fails)."""
    from types import SimpleNamespace

    env = Environment(loader=FileSystemLoader(Path(material.__file__).parent / "templates"))
    env.filters["url"] = lambda url: url
    lang = SimpleNamespace(t=lambda key: key)
    titles = pages.site_titles("lv")
    page = SimpleNamespace(meta={}, title="Version history", toc=[])
    header = env.get_template("partials/header.html").render(
        config=SimpleNamespace(site_name="Piemērs SIA", theme={"features": [], "icon": {}, "palette": None}, extra={},
                               repo_url=None), page=page, lang=lang, base_url=".", nav=SimpleNamespace(homepage=None))
    entry = env.get_template("partials/nav-item.html").module.render_content(  # type: ignore[attr-defined]
        SimpleNamespace(meta={}, title="Compare two versions", encrypted=False), None)
    for html, title in ((header, "Version history"), (entry, "Compare two versions")):
        marked = pages.marked_site_titles(html, lang="lv", titles=titles)
        assert re.search(rf'<span class="md-ellipsis" lang="en" dir="ltr">\s*{title}\s*</span>', marked), html
    assert "Piemērs SIA" in header and 'lang="en"' not in pages.marked_site_titles(
        header.replace("Version history", "Privātuma politika"), lang="lv", titles=titles)


def test_the_site_name_and_copyright_policy_init_wrote_in_english_are_marked_english():
    """Reader12: `policy init --languages fr,lv` writes the generator's English site name and copyright line for
    Latvian (it has no words in it): the header's "Privacy policy of Piemērs SIA" and the footer's "All rights
    reserved." were marked Latvian. Marked English, in the installed theme's header and the site's footer, while
    they are the generator's words; once the team has put its own, and in a language the site has words for, as
    they were."""
    from types import SimpleNamespace

    env = Environment(loader=FileSystemLoader([ROOT / "overrides", Path(material.__file__).parent / "templates"]))
    env.filters["url"] = lambda url: url

    def built(site_name: str, copyright_line: str) -> str:
        config = SimpleNamespace(site_name=site_name, copyright=copyright_line, extra={"generator": False},
                                 theme={"features": [], "icon": {}, "palette": None}, repo_url=None)
        page = SimpleNamespace(meta={}, title="Privātuma politika", toc=[])
        return env.get_template("partials/header.html").render(
            config=config, page=page, lang=SimpleNamespace(t=lambda key: key), base_url=".",
            nav=SimpleNamespace(homepage=None)) + env.get_template("partials/copyright.html").render(config=config) \
            + env.get_template("partials/nav.html").render(config=config, page=page, lang=SimpleNamespace(
                t=lambda key: key), nav=SimpleNamespace(homepage=None, __iter__=lambda: iter(())), base_url=".")

    site_name, copyright_line = init.site_strings("lv", "Piemērs SIA")
    assert (site_name, copyright_line) == ("Privacy policy of Piemērs SIA", "Copyright © Piemērs SIA. All rights reserved.")
    marked = pages.marked_site_titles(built(site_name, copyright_line), lang="lv", titles=pages.site_titles("lv"))
    assert re.search(r'<span class="md-ellipsis" lang="en" dir="ltr">\s*Privacy policy of Piemērs SIA\s*</span>', marked)
    assert re.search(r'<div class="md-copyright__highlight" lang="en" dir="ltr">\s*Copyright © Piemērs SIA\. All rights '
                     r'reserved\.\s*</div>', marked), marked
    assert re.search(r'title="Privacy policy of Piemērs SIA" class="md-header__button md-logo" lang="en" dir="ltr"', marked)
    assert '<label class="md-nav__title" for="__drawer" lang="en" dir="ltr">' in marked, marked
    assert 'lang="en"' not in pages.marked_site_titles(
        built("Piemērs SIA privātuma politika", "© Piemērs SIA. Visas tiesības aizsargātas."), lang="lv",
        titles=pages.site_titles("lv"))
    french = built(*init.site_strings("fr", "Essai"))
    assert pages.marked_site_titles(french, lang="fr", titles=pages.site_titles("fr")) == french


def test_the_404_page_is_told_its_root_and_its_languages_folders():
    """rooted.html reads mike's layout (a language's folder holding a version's) from these: a copy's root is then
    found with one request where the address shows one (e2e test_reader11)."""
    two = dataclasses.replace(SETTINGS, languages=(Language("en", "English", "mkdocs.yml"),
                                                   Language("pt-BR", "Português", "mkdocs.pt.yml")))
    assert pages.rooted(two) == {"root": "/p/", "bases": "en&pt-BR"}


def test_the_text_s_comments_are_left_out_of_the_published_page():
    """Safety hunt 35: an editor's note on lines of its own (allowed by editorial.html) was served in the page's
    source; markup that only looks like a comment (code, an attribute's value) stays."""
    html = ('<p>a</p>\n<!-- note: ne pas publier -->\n<p>b &lt;!-- x --&gt;</p><pre><code>&lt;!-- c --&gt;</code></pre>'
            '<!x><p title="<!-- y -->">z</p><!--\nsur deux lignes\n-->')
    assert pages.without_comments(html) == ('<p>a</p>\n\n<p>b &lt;!-- x --&gt;</p><pre><code>&lt;!-- c --&gt;</code>'
                                            '</pre><p title="<!-- y -->">z</p>')
    assert pages.without_comments("<p>rien</p>") == "<p>rien</p>"


def _toc(*entries: tuple[int, str]):
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    return TableOfContents([AnchorLink(anchor, anchor, level) for level, anchor in entries])


def test_the_skip_link_goes_to_the_title_and_the_sidebar_keeps_the_sections():
    """Reader hunt 42: Material's "Skip to content" went to the first h2 (`toc_depth: 2-6`), past the title, the "last
    updated" line and an introduction above §1; the archive's pages, whose only heading is their title, had none."""
    content = '<h1 id="privacy-policy">Privacy policy</h1><p>Our introduction.</p><h2 id="s1">1. Purpose</h2>'
    toc = pages.from_the_title(_toc((2, "s1"), (2, "s2")), content, title="Privacy policy")
    top = list(toc)
    assert [(entry.level, entry.url, entry.title) for entry in top] == [(1, "#privacy-policy", "Privacy policy")]
    assert [entry.url for entry in top[0].children] == ["#s1", "#s2"]  # what Material's sidebar lists
    history = pages.from_the_title(_toc(), '<h1 id="version-history">Version history</h1><p>…</p>', title="History")
    assert [entry.url for entry in history] == ["#version-history"]



def test_a_text_that_starts_with_its_title_is_not_parsed_for_it_and_any_other_is(monkeypatch):
    """Python-Markdown writes a policy's title first, `<h1 id="…">`: its id is read without parsing the page (some
    0.25 ms a page); a title further on, or whose id a parse reads otherwise (a character reference), is parsed for."""
    from helpers import calls_to

    parsed = calls_to(monkeypatch, pages, "LexborHTMLParser")
    sections = _toc((2, "s1"))
    for content, wanted, parses in (
            ('<h1 id="politique-de-confidentialité">Politique</h1><h2 id="s1">1.</h2>', "politique-de-confidentialité", 0),
            ('<h1 id="policy">Policy</h1>\n<p>Intro.</p><h1 id="other">Other</h1>', "policy", 0),
            ('<h1 id="policy" class="x" id="other">Policy</h1>', "policy", 0),
            ('<p class="note">x</p><h1 id="later">Later</h1>', "later", 1),
            ('<h1 id="a&amp;b">A and B</h1>', "a&b", 1),
            ('<h1 id="a\x00b">A</h1>', "a\ufffdb", 1),
            ('<h1 id="plain"\n>Plain</h1>', "plain", 0)):
        parsed.clear()
        toc = list(pages.from_the_title(sections, content, title="T"))
        assert [(entry.level, entry.id) for entry in toc] == [(1, wanted)], content
        assert [entry.id for entry in toc[0].children] == ["s1"]
        assert len(parsed) == parses, content

def test_a_page_without_a_titled_heading_keeps_its_contents():
    toc = _toc((2, "s1"))
    assert pages.from_the_title(toc, '<h2 id="s1">1. Purpose</h2>', title="Policy") is toc
    assert pages.from_the_title(toc, "<h1>Untitled</h1><h2 id=\"s1\">1.</h2>", title="Policy") is toc
    titled = _toc((1, "policy"))
    assert pages.from_the_title(titled, '<h1 id="policy">Policy</h1>', title="Policy") is titled


def test_a_version_is_titled_by_its_own_date_in_the_language_of_its_page():
    """Reader hunt 43: every version of a page had the same <title>, tabs and bookmarks could not tell them apart.
    The words are the version's own date's, nothing published later: a rebuild gives the same bytes."""
    assert pages.version_title(lang="fr", version="2024-03-01") == "Version du 1er mars 2024"
    assert pages.version_title(lang="en", version="2024-03-01") == "Version of March 1, 2024"
    assert pages.version_title(lang="de", version="2024-03-01") == "Fassung vom 1. März 2024"
    # reader11: where the site has no words in the page's language, its date alone, in that language: a <title>
    # cannot mark "Version of" as English (WCAG 3.1.2), and a Latvian or Persian page read it as theirs
    assert pages.version_title(lang="ur", version="2024-03-01") == "1 مارچ، 2024"
    assert pages.version_title(lang="lv", version="2023-03-01") == "2023. gada 1. marts"


def test_a_printed_page_of_a_version_starts_with_its_version_and_its_dated_address():
    """Reader hunt 43: a printed (or saved as PDF) version named neither the version nor where it is online."""
    line = pages.print_line(SETTINGS, lang="en", version="2024-03-01", page="changes/")
    assert line == {"text": 'Version of March 1, 2024. Online: <span dir="ltr">https://example.test/p/en/2024-03-01/changes/'
                            "</span>", "accessed": " Accessed on {date}.", "digits": "", "ui": ""}
    # reader hunt 44: and the day it was read (policy.js), as its "(in force)" beside a later version is that day's
    assert pages.print_line(SETTINGS, lang="fr", version="2024-03-01")["accessed"] == " Consulté le {date}."
    urdu = pages.print_line(SETTINGS, lang="ur", version="2024-03-01")
    assert urdu["ui"] == ' lang="en" dir="ltr"'
    assert urdu["text"] == ('Version of <span lang="ur" dir="auto">1 مارچ، 2024</span>. Online: '
                               '<span dir="ltr">https://example.test/p/ur/2024-03-01/</span>')


def test_a_printed_archive_page_says_what_it_is_of_which_document_its_address_and_leaves_room_for_the_day():
    """Reader hunt 44: a printed history, compare or at page said neither which site it came from nor where it is,
    nor when it was read, though what it shows changes with each publication (policy.js adds the day)."""
    line = pages.archive_print_line(SETTINGS, lang="en", page="history/", title="Version history",
                                    site_name="Example <Ltd> privacy policy")
    assert line == {"text": 'Example &lt;Ltd&gt; privacy policy: Version history. Online: <span dir="ltr" '
                            'class="policy-print-url">https://example.test/p/en/history/</span>',
                    "accessed": " Accessed on {date}.", "digits": "", "ui": ""}
    french = pages.archive_print_line(SETTINGS, lang="fr", page="compare/", title="Comparer deux versions",
                                      site_name="Politique de confidentialité d’Example")
    assert french["text"].startswith("Politique de confidentialité d’Example\u00a0: Comparer deux versions. En ligne\u00a0: ")
    assert french["accessed"] == " Consulté le {date}."
    urdu = pages.archive_print_line(SETTINGS, lang="ur", page="at/", title="Version in force on a date",
                                       site_name="پرائیویسی پالیسی")
    assert urdu["ui"] == ' lang="en" dir="ltr"'
    assert urdu["text"].startswith('<span lang="ur" dir="auto">پرائیویسی پالیسی</span>: Version in force on a date.')
    assert urdu["accessed"] == " Accessed on {date}."

    """Reader hunt 43: in an Arabic or Hebrew line the address's closing slash was drawn before it
    (/https://…/ar/2024-03-01): the address is isolated, left to right, whatever the page's direction."""
    for lang in ("ar", "he"):
        line = pages.print_line(SETTINGS, lang=lang, version="2024-03-01")["text"]
        assert line.endswith(f'<span dir="ltr">https://example.test/p/{lang}/2024-03-01/</span>'), line


def test_the_sites_root_page_template_is_compiled_once_per_process_and_again_when_its_text_changes(tmp_path,
                                                                                                   monkeypatch):
    """The root page's template was compiled for each page rendered (four a publication of two languages, some 18 ms
    each): it is kept compiled, by name, across the folders each command copies the theme into, and compiled again
    when its text differs."""
    compiled: list[str | None] = []
    real = build._Sandbox.compile

    def counting(self, source, name=None, *args, **kwargs):
        compiled.append(name)
        return real(self, source, name, *args, **kwargs)

    monkeypatch.setattr(build._Sandbox, "compile", counting)
    monkeypatch.setattr(build, "_REDIRECT", build._Compiled(), raising=False)  # a process that compiled nothing yet
    for name in ("one", "two"):
        shutil.copytree(ROOT / "overrides", tmp_path / name / "overrides")
        assert 'href="fr/"' in build.render_root_redirect(root=tmp_path / name, target="fr/")
        assert 'href="en/latest/"' in build.render_root_redirect(root=tmp_path / name, target="en/latest/")
    assert compiled == ["policy-redirect.html"]
    template = tmp_path / "two" / "overrides" / "policy-redirect.html"
    template.write_text(template.read_text(encoding="utf-8").replace("Redirect", "Onward"), encoding="utf-8")
    assert "<title>Onward</title>" in build.render_root_redirect(root=tmp_path / "two", target="fr/")
    assert compiled == ["policy-redirect.html"] * 2


def test_a_printed_address_is_never_glued_to_the_words_after_it():
    """Words 25: Japanese and Chinese set no space between sentences, and the printed line read
    "2024年3月1日版オンライン： https://…/ja/2024-03-01/閲覧日：2026年12月3日": the version ran into "online" and the day it
    was read into the address, which a reader copies whole. The version ends with 。 and a space follows the address."""
    line = pages.print_line(SETTINGS, lang="ja", version="2024-03-01")
    assert line["text"].startswith("2024年3月1日版。オンライン：") and line["accessed"] == " 閲覧日：{date}"
    for lang in ("ja", "zh", "ko", "fr", "en"):
        for said in (pages.print_line(SETTINGS, lang=lang, version="2024-03-01"),
                     pages.archive_print_line(SETTINGS, lang=lang, page="history/", title="T", site_name="S")):
            assert said["text"].endswith("</span>") and said["accessed"][0] == " ", (lang, said)


def test_a_language_the_site_has_not_is_told_with_the_languages_it_has():
    """Words 25: `policy at 2024-03-05 --lang de` on a site of fr and en said "language 'de' is not listed in
    extra.policy.languages", leaving the reader to open the configuration to learn which are."""
    from policysite import messages
    from policysite.settings import SettingsError

    with pytest.raises(SettingsError) as said:
        SETTINGS.language("de")
    names = " or ".join(f"{messages.language_name(lang.code, 'en')} ({lang.code})" for lang in SETTINGS.languages)
    assert str(said.value) == (f"this site publishes no German text (de): give one of its languages, {names} (a new "
                               "language is added in mkdocs.yml, to the site's list of languages, `extra.policy.languages`)")


def test_a_language_the_site_has_not_is_said_by_its_name_for_a_legal_editor():
    """Round 11: `--lang de` was refused in setting names ("'de' is not listed in extra.policy.languages: this site's
    are fr, en"); a legal editor is told by the languages' names which the site has, in French as in English."""
    from policysite import messages
    from policysite.settings import SettingsError

    with pytest.raises(SettingsError) as said:
        SETTINGS.language("de")
    french = messages.said_in(messages.text_of(said.value), "fr")
    assert french.startswith("ce site ne publie aucun texte en allemand (de)\u00a0: indiquez l'une de ses langues, ")
    assert all(f"{messages.language_name(lang.code, 'fr')} ({lang.code})" in french for lang in SETTINGS.languages)
    with pytest.raises(SettingsError) as said:
        SETTINGS.language("zz-Qq")
    assert str(said.value).startswith("this site publishes no text in 'zz-Qq', which names no language: give one of ")


def _menu_entry(settings: Settings, lang: str) -> str:
    """The language menu's entry of the side-by-side page of `settings`' translation, on a page in `lang`, as
    partials/alternate.html renders it."""
    env = Environment(loader=FileSystemLoader([str(ROOT / "overrides"), str(Path(material.__file__).parent / "templates")]))
    env.globals["lang"] = {"t": lambda key: key}
    env.filters["url"] = lambda link: link
    entries = pages.side_by_side(settings, lang=lang, release=Release(version="2024-01-01", versions=("2024-01-01",)))
    menu = env.get_template("partials/alternate.html").render(policy_alternate=entries, config={"theme": {"icon": {}}})
    return " ".join(re.search(r"<a [^>]*data-policy-sides>(.*?)</a>", menu, re.S).group(1).split())


def test_the_side_by_side_entry_says_each_language_s_name_in_that_language():
    """Reader hunt 45: the French page's menu said "Français et English côte à côte" all as French, a screen reader
    reading "English" with French sounds (WCAG 3.1.2); each name is marked as its language, the words as the page's
    (English where the site has no words in the page's language), right to left where the name is."""
    two = Settings(company="Example", brand="Example", public_url="https://example.test/p/",
                   languages=(Language("fr", "Français", "mkdocs.yml"), Language("en", "English", "mkdocs.en.yml"),
                              Language("ar", "العربية", "mkdocs.ar.yml"), Language("sw", "Kiswahili", "mkdocs.sw.yml")),
                   authoritative="fr", page="index.md", version_section="1")
    assert _menu_entry(two, "fr") == 'Français et <span lang="en" dir="ltr">English</span> côte à côte'
    assert _menu_entry(two, "en") == '<span lang="fr" dir="ltr">Français</span> and English side by side'
    swahili = _menu_entry(two, "sw")  # no words of the site in Swahili: they are English
    assert swahili == ('<span lang="fr" dir="ltr">Français</span><span lang="en" dir="ltr"> and </span>'
                       '<span lang="en" dir="ltr">English</span><span lang="en" dir="ltr"> side by side</span>')
    assert pages.named_parts("{source} – {translation}", lang="fr", source=("Français", "fr"),
                             translation=("العربية", "ar")) == [
        {"text": "Français", "lang": "", "dir": ""}, {"text": " – ", "lang": "", "dir": ""},
        {"text": "العربية", "lang": "ar", "dir": "rtl"}]


def test_the_missing_section_notice_and_the_feeds_title_say_their_english_is_english_where_the_site_has_no_words():
    """Reader10: on a Latvian site "The section this link leads to is not in this version." (a dated version's
    notice, policy.js shows it) and the history page's feed link title "Atom feed of new versions" were in elements
    read as Latvian; both carry the site's marks (main.html). A language the site has words for: none."""
    assert pages.missing_section(lang="lv", page="2023-03-01/")["ui"] == ' lang="en" dir="ltr"'
    assert pages.feed_link("lv") == {"href": "feed.xml", "title": "Atom feed of new versions", "ui": ' lang="en" dir="ltr"'}
    assert pages.missing_section(lang="fr")["ui"] == pages.feed_link("en")["ui"] == ""


def html_title(**context: object) -> str:
    """The <title> main.html's htmltitle block renders for `context` (Material's own, a stub, where it falls through)."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    env.filters["url"] = lambda link: link
    template = env.get_template("main.html")
    full = {"page": None, "config": {"site_name": "Example"}, **context}
    return "".join(template.blocks["htmltitle"](template.new_context(full))).strip()


@pytest.mark.parametrize(("lang", "version", "expected"), [
    ("lv", None, "Example"), ("lv", "2023-03-01", "2023. gada 1. marts - Example"), ("fr", "2023-03-01", ""),
    ("en", None, "")])
def test_generated_title_has_no_english_words_where_the_site_has_none(lang: str, version: str | None,
                                                                      expected: str) -> None:
    """A Latvian history, compare, at or changes page was titled "History - Example", English that a <title> cannot
    mark: the version's date and the site's name, or the name alone; where the site speaks the language, nothing
    (Material's title, the page's heading, serves)."""
    assert pages.generated_title(lang=lang, site_name="Example", version=version) == expected


def test_main_html_titles_a_generated_page_with_its_generated_title() -> None:
    title = pages.generated_title(lang="lv", site_name="A & B", version="2023-03-01")
    assert html_title(policy_page_title=title) == "<title>2023. gada 1. marts - A &amp; B</title>"
