"""Words 11: a value that shows nothing (a section's empty title, `policy at DAY " "`, a link without words) is never
said between quotation marks that quote nothing (`«  »`, `“”`), in the messages' catalogues and in the site's words
of every language it ships."""
from __future__ import annotations

import re
import string

import pytest

from policysite import redline
from policysite.document import parse
from policysite.messages import LANGUAGES, Said, catalogue, said_in, say
from policysite.strings import REDLINE_STRINGS, STRINGS, blank, redline_labels, strings


def _quoted_fields(text: str) -> set[str]:
    """The fields `text` quotes alone: `“{title}”`, `« {value} »`, `„{title}“`, `「{title}」`."""
    return set(re.findall("[«“„‚‘「『\"][\\s\u00a0\u202f]?\\{(\\w+)(?:![rsa])?(?::[^{}]*)?\\}[\\s\u00a0\u202f]?[»”“’」』\"]",
                          text))


# An opening mark, then nothing but spaces and invisible characters, then a closing one (not an attribute's value,
# `up=“”`, quoted as code writes it)
EMPTY_QUOTES = re.compile("(?<!=)[«“„‚‘「『][\\s\u200b-\u200d\u2060\ufeff]*[»”“’」』]")
BLANKS = ("", " ", "\u00a0", "\u200b", " \u2060 ")


def _policy(body: str, *, lang: str = "fr", date: str = "2030-01-01"):
    return parse(f"---\ndate: {date}\n---\n\n# Synthetic policy\n\n## 1. Scope\n\nWe keep fictional records.\n\n"
                 f"{body}", path=f"{lang}/index.md", lang=lang)


@pytest.mark.parametrize("heading", ["## &nbsp;", "## <span></span>", "## **\u200b**"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_section_whose_heading_shows_nothing_is_named_by_its_line_not_by_empty_quotes(heading, lang):
    section = _policy(f"{heading}\n\nWords under a heading that shows nothing.\n").sections[-1]
    said = said_in(section.label, lang)
    assert not EMPTY_QUOTES.search(said) and str(section.line) in said, said


def test_blank_is_what_shows_nothing():
    assert all(blank(text) for text in BLANKS) and not any(blank(text) for text in ("a", "2.", "–", "«"))


def _value(spec: str, quoted: bool) -> object:
    """A value a field with `spec` takes: where it is a text, blank if the template quotes it alone, else a word."""
    kind = spec.partition(":")[0]
    if kind in ("plural", "form", "number", "ordinal", "decimal"):
        return 2
    if kind == "month":
        return "2021-02-17"
    if kind == "language":
        return "fr"
    if kind in ("each", "scripts"):
        return []
    if kind == "script":
        return "Latn"
    if kind == "place":
        return "title"
    return " " if quoted else "words"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_quotes_a_value_that_shows_nothing(lang):
    """Every template of the catalogue with its text fields blank (a heading `## &nbsp;`, `policy at DAY " "`): the
    catalogue's `word.blank` where the marks would quote nothing (`at.section-blank` said `«  » ne désigne aucune
    section`), and no words of `{field:opt:…}` around a blank value."""
    empty = {}
    for key, template in catalogue(lang).items():
        quoted = _quoted_fields(template)
        fields = {name: _value(spec or "", name in quoted)
                  for _, name, spec, _ in string.Formatter().parse(template) if name}
        said = say(key, fields, lang) or ""
        if EMPTY_QUOTES.search(said):
            empty[key] = said
    assert empty == {}
    assert say("at.section-blank", {"value": " "}, lang).startswith(catalogue(lang)["word.blank"])


def test_a_quoted_value_that_shows_something_is_quoted_as_before():
    assert say("at.section-blank", {"value": "#"}, "fr").startswith("«\u00a0#\u00a0» ne désigne")
    assert str(Said("section.quoted", title="Cookies")) == "“Cookies”"


# The site's words that quote a field, and why the field never shows nothing there (else the key has a `_untitled`
# sibling the code says instead, as `formerly` has: render._status, compare.js's statusOf).
QUOTED_NEVER_BLANK = {"at_invalid": "at.js quotes only a mistyped day (digits, . / -) or …",
                      "row_moved_up": "a row moved is named by its first cell showing something: engine.moved_rows "
                                      "moves only a row with one (render.py, compare.js)",
                      "row_moved_down": "as row_moved_up",
                      "term_replaced": "a term replaced is said only where both its words hold a letter "
                                       "(replaced._is_term; compare.js's isTerm)",
                      "figure_changed": "a number changed is said only where both its sides hold a digit "
                                        "(figures._figure; compare.js's figures)"}
ALL = sorted(STRINGS)




@pytest.mark.parametrize("lang", ALL)
def test_a_site_string_quoting_a_field_has_words_for_when_it_shows_nothing(lang):
    """A string of the pages or the redline quoting a field: the field is one that always shows something
    (QUOTED_NEVER_BLANK), or the language has the words said when it shows nothing (`formerly_untitled`), unquoted."""
    lacking = {}
    for said in (strings(lang), redline_labels(lang)):
        for key, text in said.items():
            if _quoted_fields(text) and key not in QUOTED_NEVER_BLANK:
                untitled = said.get(f"{key}_untitled")
                if untitled is None or _quoted_fields(untitled) or "{" in untitled:
                    lacking[key] = text
    assert lacking == {}
    assert set(QUOTED_NEVER_BLANK) <= set(STRINGS["en"]) | set(REDLINE_STRINGS["en"])


@pytest.mark.parametrize("lang", ALL)
def test_a_section_renamed_from_a_title_that_showed_nothing_is_said_formerly_untitled(lang):
    """`## Article 2` (no title) become `## Article 2 – Cookies`: `anciennement «  »`, `formerly “”` in the summary."""
    old = _policy("## Article 2\n\nSome words here.\n", lang="fr")
    new = _policy("## Article 2 – Cookies\n\nSome words here.\n", lang="fr", date="2030-02-01")
    said = redline.render_text(redline.diff(old, new), color=False, lang=lang)
    assert not EMPTY_QUOTES.search(said) and redline_labels(lang)["formerly_untitled"] in said, said



@pytest.mark.parametrize("lang", ALL)
def test_a_section_whose_heading_shows_nothing_is_headed_untitled_in_the_redline(lang):
    """`## &nbsp;` changed: its heading in the redline (the summary's link, the section's h2, Word's heading) was
    empty, said " (changed)"."""
    body = "## Rights\n\nAsk us anything.\n\n## &nbsp;\n\nWords under nothing.\n"
    old, new = _policy(body, lang="en"), _policy(body.replace("nothing", "no title"), lang="en", date="2030-02-01")
    said = redline.render_text(redline.diff(old, new), color=False, lang=lang)
    assert f"\n{redline_labels(lang)['untitled_section']}" in said, said

NUMERIC = {"number", "plural", "decimal", "ordinal"}
# The keys whose catalogues write a count bare in one and as a number in the other: none since words12 wrote English's
# counts as numbers too (1,234; words11 had left 67 keys bare, their tests expecting figures below 1,000).
BARE_IN_ONE_CATALOGUE: frozenset[str] = frozenset()


def _kinds(template: str) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            kinds.setdefault(name, set()).add((spec or "").partition(":")[0])
    return kinds


def test_a_count_one_catalogue_writes_as_a_number_every_catalogue_writes_as_one():
    """spelling.no-dictionary said "12 345 mots" in French and "12345 words" in English: a field that a catalogue
    formats as a number (`:number`, `:plural`, `:decimal`, `:ordinal`) is not written bare by another."""
    bare = set()
    for key, template in catalogue("en").items():
        other = catalogue("fr").get(key)
        if other is None:
            continue
        mine, theirs = _kinds(template), _kinds(other)
        for name in set(mine) & set(theirs):
            for one, two in ((mine[name], theirs[name]), (theirs[name], mine[name])):
                if one & NUMERIC and "" in two and not two & NUMERIC:
                    bare.add(key)
    assert sorted(bare - BARE_IN_ONE_CATALOGUE) == []
    assert sorted(BARE_IN_ONE_CATALOGUE - bare) == []  # (one written as a number since: taken off the list)
