"""A part the text marks as written in another language (`<span lang="en">session cookie</span>` in a French text,
`<q lang="de">`) keeps its language on the changes page, its words kept, inserted or deleted (WCAG 3.1.2, reader29):
the redline dropped it, a screen reader read "session cookie" with a French voice. Each stretch is its own
`<span lang>` inside its `<del>` or `<ins>`, so a change across the part's edge is well nested HTML."""
from __future__ import annotations

from html.parser import HTMLParser

from selectolax.lexbor import LexborHTMLParser

from policysite import redline
from policysite.redline.raised import parted, raised
from unit.test_asides import ENV
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body

OLD = 'Nous déposons un <span lang="en">session cookie</span> sur votre appareil.'


def _diff(old: str, new: str, *, lang: str = "fr") -> redline.Redline:
    return redline.diff(policy(_body(old), lang=lang), policy(_body(new), date="2030-02-01", lang=lang))


def _page(old: str, new: str) -> LexborHTMLParser:
    return LexborHTMLParser(redline.render_html(_diff(old, new), env=ENV, lang="fr"))


def _parts(page: LexborHTMLParser) -> list[tuple[str, str, str]]:
    """Each `<span lang>` of the blocks: its language, what holds it (del, ins, p, td) and its words."""
    return [(str(node.attributes["lang"]), str(node.parent.tag), node.text())
            for node in page.css(".redline-block span[lang]") if node.parent is not None]


class _Nesting(HTMLParser):
    """Each end tag closes the element opened last (none left open, none overlapping another)."""
    VOID = frozenset({"br", "img", "hr", "wbr", "input", "meta", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (tag, self.open)
        self.open.pop()


def _well_formed(markup: str) -> None:
    nesting = _Nesting()
    nesting.feed(markup)
    nesting.close()
    assert not nesting.open


def test_the_words_kept_in_a_part_stay_marked():
    page = _page(OLD, OLD.replace("Nous déposons", "Nous pouvons déposer"))
    assert _parts(page) == [("en", "p", "session cookie")]


def test_a_word_inserted_or_deleted_in_a_part_is_marked_inside_its_mark():
    page = _page(OLD, OLD.replace("session cookie", "persistent cookie"))
    assert _parts(page) == [("en", "del", "session"), ("en", "ins", "persistent"), ("en", "p", "cookie")]


def test_a_change_across_the_parts_edge_is_two_well_nested_stretches():
    new = 'Nous déposons un petit <span lang="en">cookie</span> et un témoin sur votre appareil.'
    changes = _diff(OLD, new)
    markup = redline.render_html(changes, env=ENV, lang="fr")
    _well_formed(markup)
    (block,) = _blocks(changes)
    pieces = parted(block.ops, block.old, block.new)
    assert [(tag, text.strip(), code) for tag, text, _, code in pieces if code] == [
        ("delete", "session", "en"), ("equal", "cookie", "en")]
    # the space after a part is outside it on the page, and no word of the page's language is marked
    assert _parts(LexborHTMLParser(markup)) == [("en", "del", "session"), ("en", "p", "cookie")]
    assert "appareil" not in " ".join(text for _, text, _, code in pieces if code)


def test_a_part_added_or_removed_whole_is_marked_on_its_side_only():
    plain = "Nous déposons un témoin sur votre appareil."
    assert _parts(_page(plain, OLD)) == [("en", "ins", "session cookie")]
    assert _parts(_page(OLD, plain)) == [("en", "del", "session cookie")]


def test_a_q_and_a_nested_part_say_the_innermost_language():
    old = 'Le terme <q lang="de">Datenschutz <span lang="en">by design</span></q> est repris.'
    page = _page(old, old.replace("est repris", "est cité"))
    assert _parts(page) == [("de", "p", "Datenschutz"), ("en", "p", "by design")]


def test_a_span_without_a_language_or_with_a_bad_one_marks_nothing():
    for written in ('<span class="x">session cookie</span>', '<span lang="x&quot; onclick=&quot;y">session cookie</span>',
                    '<span lang="">session cookie</span>'):
        old = f"Nous déposons un {written} sur votre appareil."
        page = _page(old, old.replace("Nous déposons", "Nous pouvons déposer"))
        assert not page.css(".redline-block span[lang]"), written
        assert not page.css("[onclick]")


def test_a_tables_cell_keeps_its_parts_language():
    table = '| Nom | Type |\n|---|---|\n| sid | <span lang="en">session cookie</span> |\n'
    changes = _diff(table, table.replace("sid", "sid2"))
    page = LexborHTMLParser(redline.render_html(changes, env=ENV, lang="fr"))
    assert [(str(node.attributes["lang"]), node.text()) for node in page.css("td span[lang]")] == [
        ("en", "session cookie")]


def test_a_merge_keeps_the_parts_language():
    second = "Il expire à la fermeture du navigateur."
    page = _page(f"{OLD}\n\n{second}", f"{OLD} {second}")
    assert ("en", "p", "session cookie") in _parts(page)


def test_raised_is_unchanged_by_parts():
    """The Word and PDF redlines' pieces (raised) are not cut at a part's edges: what they print stays the same."""
    (block,) = _blocks(_diff(OLD, OLD.replace("session cookie", "persistent cookie")))
    assert [(tag, text) for tag, text, _ in raised(block.ops, block.old, block.new)] == list(block.ops)

