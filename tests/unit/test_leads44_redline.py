"""Leads 44: a section whose heading shows nothing (no number, a blank title), named in a sentence of the redline, is
said by words of its own in every locale, not by nothing ("Moved to ."; session 43)."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import redline
from policysite.document import parse
from policysite.redline.docx import render_docx
from policysite.strings import REDLINE_STRINGS, redline_labels

# the site's languages: English, French and the locales of policysite.locales (pt-BR among them)
LANGUAGES_SHIPPED = sorted(code.replace("_", "-") for code in REDLINE_STRINGS)


def _policy(body: str, *, lang: str = "en", date: str = "2030-01-01"):
    return parse(f"---\ndate: {date}\n---\n\n# Synthetic policy\n\n{body}", path=f"{lang}/index.md", lang=lang)


MOVING = "We keep the fictional records of every customer for three years after the end of the contract, then delete them."
TOKENS = "Each token expires after ninety days and is then erased everywhere."
UNTITLED = (f"## Data\n\nWe keep the name and the postal address.\n\n## &nbsp;\n\nCookies remember the language the "
            f"reader chose for thirteen months at most.\n\n## Tokens\n\n{TOKENS}\n\n## Contact\n\nWrite to us.\n")


@pytest.mark.parametrize("lang", LANGUAGES_SHIPPED)
def test_a_section_that_shows_nothing_is_named_in_a_sentence_by_its_words_in_every_locale(lang):
    """`## &nbsp;` (no number, a blank title) named in the middle of a sentence said nothing: "Moved to .", "Moved here
    from .", "(merged into )", "(split off )" (render.moved_line, render._kind_status; compare.js alike)."""
    t = redline_labels(lang)
    moved = UNTITLED.replace(f"\n\n## Tokens\n\n{TOKENS}", f"\n\n{TOKENS}")  # its text merged into the untitled one
    said = [redline.render_text(redline.diff(_policy(a), _policy(b, date="2030-02-01")), color=False, lang=lang)
            for a, b in ((UNTITLED, moved), (moved, UNTITLED))]
    for key in ("moved_to_untitled", "merged_untitled"):
        assert t[key] in said[0], said[0]
    for key in ("moved_from_untitled", "split_untitled"):
        assert t[key] in said[1], said[1]
    empty = {t[key].format(section="").strip() for key in ("moved_to", "moved_from")}
    assert not empty & {line.strip() for text in said for line in text.splitlines()}, said  # nothing where a name was


def test_each_locale_says_the_untitled_sentences_in_its_own_words():
    """Every shipped locale has the four sentences, none left to English, none with an empty place."""
    english = redline_labels("en")
    for lang in LANGUAGES_SHIPPED:
        t = redline_labels(lang)
        for key in ("moved_to_untitled", "moved_from_untitled", "merged_untitled", "split_untitled"):
            assert "{" not in t[key] and (lang == "en" or t[key] != english[key]), (lang, key)


def test_word_says_a_section_moved_whole_to_one_that_shows_nothing_by_its_words():
    """redline/docx.py: a section moved as a whole, its heading blank, was "(Moved to )" where it was."""
    old = _policy(f"## Data\n\nWe keep the name.\n\n## Contact\n\nWrite to us at the fictional desk.\n\n## &nbsp;\n\n"
                  f"{MOVING}\n")
    new = _policy(f"## &nbsp;\n\n{MOVING}\n\n## Data\n\nWe keep the name.\n\n## Contact\n\nWrite to us at the "
                  f"fictional desk.\n", date="2030-02-01")
    change = redline.diff(old, new)
    assert any(s.kind == "moved" for s in change.sections), [(s.kind, s.title) for s in change.sections]
    with zipfile.ZipFile(io.BytesIO(render_docx(change, author="Test", lang="en"))) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Moved to an untitled section" in xml and "Moved to )" not in xml and "Moved to)" not in xml
