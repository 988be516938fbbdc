"""The PDF redline across its pages (redline23): what it says after a paragraph or a table (its links' targets, the
words shown on hover) never opens a page alone, its paragraph left at the foot of the page before (a DPO reading page
2 read "Link targets: …" of nothing there); and a changed paragraph longer than what is left of a page still breaks over
two, its words and marks on both, none lost nor repeated (redline-pdf.typ: with-after). Read from the PDF's text
layer, page by page (pdftext, as the gate reads it)."""
from __future__ import annotations

import pytest

from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.strings import redline_labels
from unit.test_redline import policy

# an edit whose paragraph, after so many short ones, ends near the foot of the first page: one of FILLERS leaves no
# room there for the line after it (the fonts decide which: every one is tried)
FILLERS = range(22, 38)
INSERTED = ("and a long list of new reasons that the company added to this paragraph in the new version, words upon "
            "words, so that the insertion runs over several lines")


def _pages(data: bytes) -> list[str]:
    """Each page's text layer, its lines joined by a space."""
    out: list[list[str]] = []
    for line in pdftext.lines(data):
        out += [[] for _ in range(line.page + 1 - len(out))]
        out[line.page].append(line.text)
    return [" ".join(" ".join(lines).split()) for lines in out]


def _printed(fillers: int, *, kept: str, edited: str, old_tail: str, new_tail: str) -> list[str]:
    filler = "".join(f"Filler paragraph number {k} says nothing of interest but takes room.\n\n"
                     for k in range(fillers))
    old = f"## 1. Intro\n\n{filler}{kept} only. {old_tail}\n\n## 2. End\n\nBye now.\n"
    new = f"## 1. Intro\n\n{filler}{kept} {edited}. {new_tail}\n\n## 2. End\n\nBye now.\n"
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    return _pages(redline_pdf.render_pdf(r, site="Acme", lang="en"))


KEPT = "We keep your data for " + " ".join(f"reason {k}" for k in range(30))
AFTER = {  # the line said after the paragraph, and the paragraph's tail in each version
    "links": ("links", "See [the desk](https://example.test/a).", "See [the desk](https://example.test/b)."),
    "hover": ("hover", 'Ask the <abbr title="Data Protection Officer">DPO</abbr>.',
              'Ask the <abbr title="Data Protection Office">DPO</abbr>.'),
}


@pytest.mark.parametrize("case", sorted(AFTER))
def test_the_line_after_a_paragraph_never_opens_a_page_alone(case):
    key, old_tail, new_tail = AFTER[case]
    label = redline_labels("en")[key]
    seen = 0
    for fillers in FILLERS:
        pages = _printed(fillers, kept=KEPT, edited=INSERTED, old_tail=old_tail, new_tail=new_tail)
        said = [k for k, page in enumerate(pages) if label in page]
        assert len(said) == 1, (fillers, pages)
        page = pages[said[0]]
        # on its page, after the paragraph's last words (the paragraph there, whole or its end)
        assert page.index("several lines") < page.index(label), (fillers, page)
        seen += said[0] > 0
    assert seen  # (some of them printed it on the second page: the case is tried)


def test_a_paragraph_broken_over_two_pages_keeps_its_words_and_marks_on_both():
    # (words of one token each: a paragraph of a few hundred, which the engine diffs word by word, engine.MAX_PAIRS)
    kept = "We keep your data for " + " ".join(f"reason{k}" for k in range(400))
    edited = kept.replace("reason5 ", "reasonV ").replace("reason398 ", "reason398 and one more ")
    old = f"## 1. Intro\n\n{kept} only. See [the desk](https://example.test/a).\n\n## 2. End\n\nBye now.\n"
    new = f"## 1. Intro\n\n{edited} {INSERTED}. See [the desk](https://example.test/b).\n\n## 2. End\n\nBye now.\n"
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    pages = _pages(redline_pdf.render_pdf(r, site="Acme", lang="en"))
    first = next(k for k, page in enumerate(pages) if "reason0 " in page)
    assert "reason399" not in pages[first]  # (it breaks over the pages)
    assert "[−reason5] [+reasonV]" in pages[first]
    last = next(k for k, page in enumerate(pages) if "reason399" in page)
    assert last > first and "[+and one more]" in pages[last] and f"[−only] [+{INSERTED}]" in pages[last]
    assert redline_labels("en")["links"] in pages[last]
    joined = " ".join(pages)
    for k in range(6, 400):  # every word once, in order
        assert joined.count(f"reason{k} ") == 1, k
    at = [joined.index(f"reason{k} ") for k in range(6, 400, 7)]
    assert at == sorted(at)
