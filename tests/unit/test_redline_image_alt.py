"""An image's alt text is what a screen reader says: words of its block, written as Markdown (`![…](…)`) or as HTML
(`<img alt="…">`, inline, in a table's cell or in an HTML block), so that editing it is a change of words in the
redline and the export, not a formatting-only edit."""
from __future__ import annotations

import json

import pytest

from policysite import export, redline
from policysite.redline import DELETE, INSERT
from unit.test_redline import policy, synthetic_policy

PLACES = {
    "paragraph": "## 1. Logo\n\nOur seal {image} appears on every page.\n",
    "cell": "## 1. Logo\n\n| Seal | Where |\n|---|---|\n| {image} | every page |\n",
    "html block": '## 1. Logo\n\n<p align="center">{image}</p>\n',
}
MARKDOWN = "![Acme privacy seal](seal.png)"
HTML = '<img src="seal.png" alt="Acme privacy seal">'


def changed_words(old: str, new: str) -> list[tuple[str, str]]:
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    (block,) = [b for b in r.sections[1].blocks if b.kind != "unchanged" or b.note]
    if block.kind == "unchanged":
        return [block.note]
    return [(tag, text.strip()) for tag, text in block.ops if tag in (DELETE, INSERT)]


@pytest.mark.parametrize("place", list(PLACES))
def test_an_html_images_alt_text_edited_is_a_change_of_its_words(place):
    old = PLACES[place].format(image=HTML)
    new = PLACES[place].format(image=HTML.replace("privacy", "trust"))
    assert changed_words(old, new) == [(DELETE, "privacy"), (INSERT, "trust")]
    # an alt with a character reference: the words a screen reader says
    quoted = PLACES[place].format(image=HTML.replace("Acme", "Acme &amp; Co"))
    assert changed_words(old, quoted) == [(INSERT, "& Co")]


@pytest.mark.parametrize("place", ["paragraph", "cell"])
def test_an_image_written_in_markdown_or_html_says_the_same_words(place):
    markdown, html = (policy(PLACES[place].format(image=image)) for image in (MARKDOWN, HTML))
    (shown_markdown,), (shown_html,) = ([b.page_text for b in p.sections[-1].blocks if not b.header]
                                        for p in (markdown, html))
    assert "Acme privacy seal" in shown_html and shown_html == shown_markdown
    # the same words, one written for the other: a formatting-only edit
    assert changed_words(PLACES[place].format(image=MARKDOWN), PLACES[place].format(image=HTML)) == ["formatting"]


def test_the_export_gives_an_html_images_alt_text_as_words():
    page = synthetic_policy("2030-01-15", sections=PLACES["cell"].format(image=HTML), title="Synthetic policy")
    data = json.loads(export.policy_json(page.encode("utf-8"), lang="en", version="2030-01-15", url="/",
                                         previous=None))
    rows = [b for s in data["sections"] for b in s["blocks"] if b["kind"] == "row"]
    assert rows[1]["cells"] == ["Acme privacy seal", "every page"]


@pytest.mark.parametrize("place", ["paragraph", "cell"])
def test_an_inline_image_tag_a_browser_reads_as_img_says_its_alt_text(place):
    """`<image alt="…">` inline is an `<img>` to a browser (HTML's "image" start tag), as lexbor reads it in an HTML
    block: its alt text is words there too (review2: only `<img` was read inline)."""
    image = HTML.replace("<img", "<image")
    (shown,) = [b.page_text for b in policy(PLACES[place].format(image=image)).sections[-1].blocks if not b.header]
    assert "Acme privacy seal" in shown
    assert changed_words(PLACES[place].format(image=image),
                         PLACES[place].format(image=image.replace("privacy", "trust"))) == [
        (DELETE, "privacy"), (INSERT, "trust")]
