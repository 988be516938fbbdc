"""Edits no reader sees are no change of words (redline15): a soft hyphen or a zero-width space put into a word (what
a word processor or a copy from a PDF leaves), a letter and its accent written as two characters (`e` and U+0301,
what a copy from macOS gives) or as one, a ligature (`ﬃ`, from a PDF) for its letters. Each struck the word and
inserted it again, the same to the eye, in every redline, drowning the real edit beside it; now a formatting-only
edit. A space taken out for a zero-width one is still a change (the words are glued). Python, the browser and Word
agree."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline14_word import read, reading

BODY = ("## 1. Données\n\nNous traitons vos données personnelles officielles et vos préférences sans délai.\n\n"
        "## 2. Fin\n\nMerci de votre lecture attentive.\n")
UNSEEN = {
    "a soft hyphen": ("personnelles", "person\u00adnelles"),
    "a zero-width space in a word": ("traitons", "trai\u200btons"),
    "a word joiner and a zero-width no-break space": ("préférences", "pré\u2060fé\ufeffrences"),
    "an accent as its own character": ("données", "donne\u0301es"),
    "a ligature": ("officielles", "o\ufb03cielles"),
    "a soft hyphen alone between words": ("vos données", "vos \u00ad données"),
}


def _marked(r: redline.Redline) -> list[tuple[str, str]]:
    return [(tag, text.strip()) for s in r.sections for b in s.blocks for tag, text in b.ops if tag != "equal"]


@pytest.mark.parametrize("name", UNSEEN)
def test_an_edit_no_reader_sees_is_a_formatting_edit(name):
    old, new = UNSEEN[name]
    edited = BODY.replace(old, new)
    for a, b in ((BODY, edited), (edited, BODY)):
        r = redline.diff(policy(a, lang="fr"), policy(b, date="2030-02-01", lang="fr"))
        assert not r.changed and _marked(r) == [] and r.notes.formatting == 1, name


def test_a_real_edit_beside_them_is_the_only_mark_and_word_gives_each_text_back():
    edited = BODY
    for old, new in UNSEEN.values():
        edited = edited.replace(old, new)
    edited = edited.replace("sans délai", "dans un délai d’un mois")
    r = redline.diff(policy(BODY, lang="fr"), policy(edited, date="2030-02-01", lang="fr"))
    assert _marked(r) == [("delete", "sans"), ("insert", "dans un"), ("insert", "d’un mois")]
    data = render_docx(r, author="Acme", lang="fr")
    assert read(data, accept=True) == reading(policy(edited, date="2030-02-01", lang="fr"))
    assert read(data, accept=False) == reading(policy(BODY, lang="fr"))


def test_a_space_made_zero_width_is_still_a_change():
    r = redline.diff(policy(BODY, lang="fr"), policy(BODY.replace("vos données", "vos\u200bdonnées"),
                                                      date="2030-02-01", lang="fr"))
    assert r.changed and _marked(r)


def test_the_browser_compares_them_as_policy_diff_does():
    bodies = [BODY, *(BODY.replace(old, new) for old, new in UNSEEN.values()),
              BODY.replace("vos données", "vos\u200bdonnées").replace("sans délai", "dans un mois")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_word_revises_only_the_characters_put_in_or_taken_out():
    """Word revised each such word whole, struck and inserted again the same to the eye ("personnelles" twice); now
    only the characters that differ (a soft hyphen inserted, `--` deleted and `—` inserted)."""
    import io

    import docx
    from docx.oxml.ns import qn

    old = BODY.replace("sans délai", "sans — délai")
    new = BODY.replace("personnelles", "person\u00adnelles").replace("sans délai", "sans -- délai")
    r = redline.diff(policy(old, lang="fr"), policy(new, date="2030-02-01", lang="fr"))
    body = docx.Document(io.BytesIO(render_docx(r, author="Acme", lang="fr"))).element.body
    revised = sorted("".join(t.text or "" for t in node.iter(qn("w:t"), qn("w:delText")))
                     for node in body.iter(qn("w:ins"), qn("w:del")) if node.getparent().tag == qn("w:p"))
    assert revised == sorted(["\u00ad", "—", "--"]), revised
    assert read(render_docx(r, author="Acme", lang="fr"), accept=False) == reading(policy(old, lang="fr"))
