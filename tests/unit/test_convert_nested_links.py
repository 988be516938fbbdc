"""A link written in another link's words, imported (session 38's left-over, adoption hunt 39)."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite.convert.neutralise import neutralise
from policysite.convert.notes import Notes
from unit.test_convert import render


def links_of(markdown: str) -> list[tuple[str, str]]:
    """Each link of the page built from `markdown`, as a browser parses it: (its words, its target)."""
    tree = LexborHTMLParser(render(markdown))
    return [(" ".join(a.text().split()), str(a.attributes.get("href"))) for a in tree.css("a[href]")]


@pytest.mark.parametrize(("written", "words", "target"), [
    # a reference link inside a raw link, as a CMS's Markdown field holds it (review1's idea, session 38)
    ('You may complain to the <a href="https://www.cnil.fr/">[CNIL][1]</a> at any time.\n\n'
     '[1]: https://www.cnil.fr/\n', "CNIL", "https://www.cnil.fr/"),
    ('Also <a href="https://acme.example/form">see [the form](https://forms.acme.example/) here</a> now.\n',
     "see the form here", "https://acme.example/form"),
    ('Write to <a href="mailto:dpo@acme.example"><dpo@acme.example></a>.\n',
     "dpo@acme.example", "mailto:dpo@acme.example"),
    ('Also <a href="https://acme.example/form">see *[the form](https://forms.acme.example/ "Form")*</a> now.\n',
     "see the form", "https://acme.example/form"),
    # a raw link inside a Markdown link's words, and inside a raw one
    ('Read [our <a href="https://forms.acme.example/">contact form</a> page](https://acme.example/form).\n',
     "our contact form page", "https://acme.example/form"),
    ('Read <a href="https://acme.example/form">our <a href="https://forms.acme.example/">contact form</a> page</a>.\n',
     "our contact form page", "https://acme.example/form"),
])
def test_a_link_written_in_another_links_words_keeps_its_words_in_one_link(written: str, words: str, target: str):
    """`<a href="…">[CNIL][1]</a>` was imported as written: the site's Markdown made the inner link, the page held
    `<a><a>CNIL</a></a>`, which a browser splits into two links (the words around the inner one linked apart, or to
    nothing); every publication kept it. The inner link goes, its words stay in the outer one, said."""
    notes = Notes()
    text = neutralise(written, notes)
    assert links_of(text) == [(words, target)], (text, links_of(text))
    assert words in " ".join(LexborHTMLParser(render(text)).body.text().split())
    said = [str(s) for s in notes.sentences()]
    assert any("link in a link" in s and f"a link to {target}" in s for s in said), said


def test_links_beside_each_other_and_an_anchor_before_a_link_stay_as_written():
    """A raw link closed before a Markdown link, and `<a name>` (an anchor, no link) before one, are no nesting."""
    written = ('<a href="https://acme.example/">Acme</a> and [CNIL](https://www.cnil.fr/).\n\n'
               '<a id="top"></a>[Back](#top)\n')
    notes = Notes()
    assert neutralise(written, notes) == written
    assert notes.sentences() == []


def test_a_link_in_the_words_of_a_script_link_stays_the_one_link():
    """An outer link to a script URL is no link once neutralised: the link written in its words is the one readers
    follow, kept; one in a Markdown script link's words too, whose note quotes the words without the tags."""
    notes = Notes()
    text = neutralise('<a href="javascript:track()">[CNIL](https://www.cnil.fr/)</a> now.\n', notes)
    assert links_of(text) == [("CNIL", "https://www.cnil.fr/")], text
    assert not any("link in a link" in str(s) for s in notes.sentences())
    notes = Notes()
    text = neutralise('[see <a href="https://www.cnil.fr/">the CNIL</a> now](javascript:track())\n', notes)
    assert links_of(text) == [("the CNIL", "https://www.cnil.fr/")], text
    assert [str(s) for s in notes.sentences()] == [
        "line 1: link “see the CNIL now” pointed to a javascript: URL: kept its text, removed the target"]


def test_a_link_written_as_its_words_takes_its_attribute_list_along():
    """`[form](form.pdf){#f}` (a file the site lacks), `[x](javascript:y){: #j}` and a link in a link's words with
    `{#c}` became `form{#f}`…: the attribute list, set on nothing once the link went, was shown as text after the
    words. It goes with the link; a link kept keeps its own."""
    notes = Notes()
    written = ('See [form](form.pdf){#f}, [x](javascript:y){: #j}, <a href="https://x.example/">[CNIL](https://www.cnil'
               '.fr/){#c}</a> and [ICO](https://ico.org.uk/){#i}.\n')
    assert neutralise(written, notes) == ('See form, x, <a href="https://x.example/">CNIL</a> and '
                                          '[ICO](https://ico.org.uk/){#i}.\n')
