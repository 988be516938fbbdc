"""safety71: what the gate judged in the Markdown only, or by a list of names. A link naming a version by its day that
goes to another was refused where `policy check` reads the text's links (editorial.link-text), not on the page as
built: the same link in a heading (whose links the Markdown's reading does not take as a block's) was published.
A front matter `summary:` or `description:` stating another day than the version's (the site shows the summary under
the title, beside the version's date, and in the history and the feed; the description to search engines) was
published; checks.stated_date read the body only. A symbol face of a Linux desktop not on the stylesheet's list (the
TeX fonts LyX installs with matplotlib: `cmsy10` draws `a`-`z` as ⊔ ⊓ § † ‡ ¶ ♣ ♦ …) drew the text's words as symbols.
And a link whose words name a version (the site's words for one) that goes where no dated folder says another: to its
own page (`[version of 1 January 2001](#2001-01-01.s1)`, the former id of a section, on the page of 2001-02-01), to the
alias of the version in force (`../latest/`), or words naming this version on a link to an older one.
tests/integration/test_gate_catalogue71.py runs each through `policy publish`."""
from __future__ import annotations

import pytest

from policysite import checks, css_rules, document, editorial, safety
from policysite.messages import said_in
from policysite.versionlinks import version_shown
from unit.test_safety import THEME, page


def _version_links(article: str, *, lang: str = "en") -> list[str]:
    html = page(article).replace('<html lang="en">', f'<html lang="{lang}">')
    return [said_in(v.message, lang) for v in safety.check_page(html, file="en/2001-02-01/index.html",
                                                                  theme_dirs=THEME)]


@pytest.mark.parametrize("article", [
    # in a heading: the Markdown's reading of links takes a block's, not a heading's
    '<h2 id="s3">3. See <a href="../2001-01-01/">version of 1 February 2001</a></h2>',
    # its words split by inline markup, its folder written with an escape
    '<p>The <a href="../2001%2D01-01/">version of <em>1 February</em>\n2001</a> applies.</p>',
    '<p>The <a href="../at/#2001-01-01">version of 1<sup>st</sup> February 2001</a> applies.</p>',
])
def test_a_built_link_naming_another_version_than_it_opens_is_refused(article):
    found = _version_links(article)
    assert any("name the version of February 1, 2001 but it goes to the version of January 1, 2001" in said
               for said in found), found


def test_it_is_said_in_french_on_a_french_page():
    found = _version_links('<h2 id="s3">3. Voir <a href="../2001-01-01/">la version du 1er février 2001</a></h2>',
                           lang="fr")
    assert any("nomment la version du 1er février 2001 mais il mène à la version du 1er janvier 2001" in said
               for said in found), found


@pytest.mark.parametrize("article", [
    # the generator's own links to the versions (the version page's list of versions, the history's actions)
    '<ul><li><a href="../2001-01-01/"><time datetime="2001-01-01">January 1, 2001</time></a></li></ul>',
    '<p><a href="../2001-01-01/">Read this version<span class="policy-unseen"> (January 1, 2001)</span></a></p>',
    '<p>The <a href="../2001-01-01/">version of 1 January 2001</a> applied before.</p>',
    '<p>See <a href="../2001-01-01/">the former text</a> and <a href="https://www.example.org/2001/">2001</a>.</p>',
])
def test_a_link_to_the_version_it_names_or_naming_none_passes(article):
    assert _version_links(article) == []


def _stated(meta: str) -> list[str]:
    text = f"---\ndate: 2001-02-01\n{meta}\n---\n\n# Example privacy policy\n\n## 1. First\n\nAlpha.\n"
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    return [finding.said(lang) for finding in checks.stated_date(policy) for lang in ("en", "fr")]


@pytest.mark.parametrize(("meta", "key", "sentence"), [
    ("summary: Version of 1 March 2001", "summary", "Version of 1 March 2001"),
    ("description: The policy in force since 1 March 2001", "description", "The policy in force since 1 March 2001"),
    ("summary: New contact address. In force from January 2001.", "summary", "In force from January 2001."),
    ("summary: 2001-03-01", "summary", "2001-03-01"),
])
def test_a_summary_or_description_stating_another_day_is_named_at_its_line(meta, key, sentence):
    english, french = _stated(meta)
    assert english == (f"docs/en/index.md:3: [structure.date-stated] {key}: “{sentence}” states another date than "
                       "this version's date (2001-02-01): the site shows it beside the version's date (the summary "
                       "under the title, in the history and the feed; the description to search engines); write the "
                       "version's date there, or leave the date out"), english
    assert french.startswith(f"docs/en/index.md:3: [structure.date-stated] {key}\u00a0: «\u00a0{sentence}\u00a0» "
                             "indique une autre date que celle de cette version"), french


@pytest.mark.parametrize("meta", ["summary: Version of 1 February 2001", "summary: We now answer within a month.",
                                  "description: Example Org's privacy policy", "summary: Updated in February 2001."])
def test_a_summary_stating_the_version_s_day_or_none_passes(meta):
    assert _stated(meta) == []


@pytest.mark.parametrize("family", [
    "cmsy10", "'msam10', serif", "wasy10", "cmex10", "Symbol Neu", "OpenSymbol", "'Font Awesome 6 Free'",
    "Material Icons", "HoloLens MDL2 Assets", "Universal Pi", "Wingdings   2", "'WINGDINGS'",
])
def test_a_symbol_face_named_otherwise_than_the_list_is_refused(family):
    found = [str(said) for said in css_rules.css_problems(f".md-typeset p {{ font-family: {family} }}",
                                                          generator="")]
    assert any("a symbol font draws letters" in said for said in found), found


@pytest.mark.parametrize("family", [
    "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif, "
    "'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol', 'Noto Color Emoji'",  # (Bootstrap's system stack)
    "Lexicon, Georgia, serif", "'Pinyon Script', cursive", "Piazzolla, serif", "'Nimbus Sans', sans-serif",
])
def test_a_text_face_whose_name_holds_such_letters_passes(family):
    assert css_rules.css_problems(f".md-typeset p {{ font-family: {family} }}", generator="") == []


_OWN = '<div class="policy-version" data-policy-version="2001-02-01"><p>Versions</p></div>'


@pytest.mark.parametrize(("href", "words", "said"), [
    ("#2001-01-01.s1", "version of 1 January 2001", "name the version of January 1, 2001 but it goes to the version of "
                                                     "February 1, 2001"),
    ("./", "the version of 1 March 2001", "name the version of March 1, 2001 but it goes to the version of February 1, "
                                          "2001"),
    ("../latest/", "version of 1 January 2001", "name the version of January 1, 2001 but it goes to the latest "
                                                "version"),
    ("https://example.test/privacy/en/latest/#s1", "version of 1 January 2001", "goes to the latest version"),
    ("../2001-01-01/", "this version", "name this version, of February 1, 2001, but it goes to the version of "
                                       "January 1, 2001"),
    ("../2001-01-01/changes/", "what changed in this version", "name this version"),
])
def test_words_naming_a_version_on_a_link_elsewhere_are_refused_in_the_markdown_and_as_built(href, words, said):
    assert said in version_shown(href, words, "en", "2001-02-01")
    text = f"---\ndate: 2001-02-01\n---\n\n# Example privacy policy\n\n## 1. First\n\nSee [{words}]({href}).\n"
    found = [f.said("en") for f in editorial.check(document.parse(text, path="docs/en/index.md", lang="en"),
                                                   brand="Example") if f.rule == "editorial.link-text"]
    assert len(found) == 1 and found[0].startswith("docs/en/index.md:9: [editorial.link-text]") and said in found[0], \
        found
    built = _version_links(f'<h2 id="s3">3. See <a href="{href}">{words}</a></h2>{_OWN}')
    assert any(said in message for message in built), built


def test_they_are_said_in_french():
    said = said_in(version_shown("../2001-01-01/", "cette version", "fr", "2001-02-01"), "fr")
    assert said.startswith("les mots du lien «\u00a0cette version\u00a0» nomment cette version, du 1er février 2001, "
                           "mais il mène à la version du 1er janvier 2001"), said
    said = said_in(version_shown("../latest/", "la version du 1er janvier 2001", "fr", "2001-02-01"), "fr")
    assert "mais il mène à la dernière version, le texte en vigueur le jour où on l'ouvre" in said, said


@pytest.mark.parametrize(("href", "words"), [
    ("#s5", "Article 5 of the law of 6 January 1978"),  # (a day, no version: most links of a text to its sections)
    ("#s1", "section 1"), ("./", "version of 1 February 2001"), ("#2001-01-01.s1", "this version"),
    ("../latest/", "Read the version in force"), ("../2001-02-01/", "this version"),
    ("../2001-01-01/", "the version of 1 January 2001"), ("../2001-01-01/", "the former version"),
])
def test_a_link_to_what_its_words_name_passes(href, words):
    assert version_shown(href, words, "en", "2001-02-01") == ""
    assert _version_links(f'<p>See <a href="{href}">{words}</a>.</p>{_OWN}') == []


def test_without_the_page_s_version_only_a_dated_folder_is_judged():
    assert version_shown("#2001-01-01.s1", "version of 1 January 2001", "en") == ""
    assert _version_links('<p>See <a href="../latest/">version of 1 January 2001</a>.</p>') == []
