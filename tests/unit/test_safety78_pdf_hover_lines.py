"""safety78: a PDF redline's hover line ("Text shown on hover: …") is read as the paragraph it is, all its lines
(pdfhover.goes_on: a line drawn as the template draws a paragraph's next line). Its lines after the first were read
as printed words unless a `[+`/`[−` mark was open across them: a forged line break after the label said words no
check read, and the generator's own redline was refused where its hover line wrapped inside the words a title spells
an abbreviation out with ("… · Loi" then "Informatique et Libertés")."""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue76 import _pdf_redline
from policysite import document, pdfhover, pdftext, redline
from policysite.redline.pdf import render_pdf


@pytest.mark.parametrize("tips", [
    lambda words: words.replace("our desk", "our desk\nWe sell your data to anyone"),  # page words, then a line
    lambda words: words.replace("our desk", "\nThis clause no longer applies."),  # the label alone on its line
    lambda words: words.replace("our desk", " ".join(["our desk"] * 14) + " We never sell it"),  # wrapped
])
def test_words_on_a_hover_line_s_next_lines_are_its_words(monkeypatch, tips):
    forged = _pdf_redline(monkeypatch, tips)
    assert len([line for line in pdftext.lines(forged) if "Data Protection Regulation" in line.text]) == 1
    found = pdfhover.pdf_hover(forged)
    assert found.startswith("Text shown on hover: ") and ("sell" in found or "clause" in found), found


# Words the page shows, a title's words among them; a title spelling an abbreviation out
WORDS = "The regulator is open and so is the desk of the company"
TEXT = ("---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. One\n\nWrite to [us](https://example.test/a \"our desk\") or "
        "[others](https://example.test/c \"TITLE\") under the <abbr title=\"General Data Protection Regulation\">GDPR"
        "</abbr> and the <abbr title=\"Loi Informatique et Libertés\">LIL</abbr>.\n\nAnother paragraph follows with "
        "words of its own, long enough to wrap onto a second line of the page for sure, yes indeed it is.\n\n"
        f"## 2. Two\n\nOur desk is open. {WORDS}.\n")


def _redline(title: str, lang: str) -> bytes:
    old = TEXT.replace("TITLE", title)
    new = old.replace("2030-01-01", "2030-03-01").replace("General Data", "Global Data")
    changes = redline.diff(document.parse(old, path="a.md", lang=lang), document.parse(new, path="a.md", lang=lang))
    return render_pdf(changes, site="Zephyr Widgets SAS", lang=lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("words", [1, 2, 10, 12])  # (the hover line wraps inside "Loi Informatique et Libertés", or
def test_the_redline_s_own_hover_line_wrapped_inside_a_title_passes(lang, words):  # inside "Data Protection …")
    data = _redline(" ".join(WORDS.split()[:words]), lang)
    lines = [line.text for line in pdftext.lines(data)]
    hover = next(n for n, line in enumerate(lines) if "our desk ·" in line)
    assert not lines[hover].rstrip().endswith("Libertés"), lines[hover]  # (wrapped: its words go on)
    assert pdfhover.pdf_hover(data) == ""


def test_the_paragraph_after_a_hover_line_is_printed_words():
    """The next paragraph, drawn as the template draws a paragraph after another, is not read as hover words."""
    lines = pdftext.lines(_redline(WORDS, "en"))
    after = next(n for n, line in enumerate(lines) if line.text.startswith("Another paragraph"))
    assert not pdfhover.goes_on(lines[after - 1], lines[after])
    assert pdfhover.goes_on(lines[after], lines[after + 1])  # (its own second line goes on)


def test_the_template_s_paragraphs_are_read_from_it():
    from policysite.redline import pdf

    assert pdfhover._PAR.search(pdf.template()) is not None
    leading, spacing = pdfhover.paragraph()
    assert 0 < leading * 10.5 < spacing  # (a paragraph's next line nearer than the next paragraph, at the text's size)


def _drawn_bottom_up(data: bytes) -> bytes:
    """The PDF `data` with each page's marked runs (`BDC` … `EMC`, `q` … `Q`) drawn in the reverse order: the same
    page to the eye, its lines read bottom up in the order its content draws them."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chunks: list[list] = [[]]
            depth = 0
            for instruction in pikepdf.parse_content_stream(page):
                chunks[-1].append(instruction)
                operator = str(instruction.operator)
                depth += 1 if operator in ("BDC", "BMC", "q") else -1 if operator in ("EMC", "Q") else 0
                if depth == 0:
                    chunks.append([])
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(
                [instruction for chunk in reversed(chunks) for instruction in chunk]))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_lines_are_read_top_down_whatever_order_a_page_draws_them_in(monkeypatch):
    """A page drawing its lines bottom up reads as the same page to the eye: a hover line's next line, drawn before
    it, is its words still; the generator's own redline drawn so passes."""
    own = _drawn_bottom_up(_pdf_redline(monkeypatch))
    texts = [line.text for line in pdftext.lines(own)]
    assert texts.index("§2 Two") < texts.index("§1 One")  # (drawn bottom up)
    assert pdfhover.pdf_hover(own) == ""
    forged = _drawn_bottom_up(_pdf_redline(monkeypatch, lambda words: words.replace(
        "our desk", "our desk\nWe sell your data to anyone")))
    assert "We sell your data to anyone" in pdfhover.pdf_hover(forged)
