"""A page builder's copy of the text for phones, beside the copy for a desktop screen.

Elementor, Bootstrap and Foundation themes show a block on some screens only, by a class (`elementor-hidden-desktop`,
`d-lg-none`, `visible-xs`): a designer who lays a heading or a whole section out twice, once for phones, gave the
saved page both copies, which the import read one after the other (the text twice, its sections numbered twice). The
copy a desktop never showed is left out where its words are the page's elsewhere, and said; a block shown on phones
only, whose words are nowhere else, stays.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.main_text import decompose
from policysite.convert.notes import Notes, each_quoted
from policysite.messages import Said

# The classes that hide a block on a desktop's screen.
MOBILE_ONLY = (".elementor-hidden-desktop, .d-lg-none, .d-xl-none, .visible-xs, .visible-xs-block, .visible-sm, "
               ".visible-sm-block, .show-for-small-only, .hide-for-large")


def _words(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def copies(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leaves out each block hidden on a desktop's screen whose words the page shows elsewhere, said."""
    body = tree.body
    if body is None:
        return
    elsewhere = _words(body)
    copied = [node for node in tree.css(MOBILE_ONLY) if _words(node) and elsewhere.count(_words(node)) >= 2]
    said = [_words(node) for node in copied]  # (its own words, and the desktop's copy of them)
    removed = decompose(copied)
    if removed:
        notes.add(Said("convert.phone-only", count=len(removed), shown=each_quoted(said[:3], most=50)))
