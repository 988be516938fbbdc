"""The redline as a PDF (`policy diff --format pdf`): its words marked without colour, its dates in words, its
metadata, its language and direction, the engine's fonts embedded, the same bytes every time."""
from __future__ import annotations

import io
from collections import Counter

import pikepdf
import pytest

from policysite import pdf, pdfactions, pdftext, redline, typeset
from policysite.redline import pdf as redline_pdf
from unit.test_redline import BASE, edit, policy

SITE = "Zephyr Widgets policies"


@pytest.fixture(scope="module")
def edited() -> redline.Redline:
    return redline.diff(policy(BASE), policy(edit(BASE, "30 days", "45 days") + "\n## 5. Brand new clause\n\n"
                                              "Quokkas appear here.\n", date="2030-02-01"))


def strokes(data: bytes) -> int:
    """Lines stroked on the PDF's pages: an underline or a strike-through is one."""
    with pikepdf.open(io.BytesIO(data)) as printed:
        return sum(Counter(str(i.operator) for i in pikepdf.parse_content_stream(page))["S"]
                   for page in printed.pages)


def test_the_inserted_and_deleted_words_are_marked_in_the_text_and_by_lines_not_colour(edited):
    data = redline_pdf.render_pdf(edited, site=SITE, lang="fr")
    text = pdftext.text(data)
    assert "[−30] [+45] days" in text and "[+§5 Brand new clause]" in text and "[+Quokkas appear here.]" in text
    assert "version du 15 janvier 2030 à la version du 1er février 2030" in text and SITE in text
    assert "ajoutée" in text  # §5 named as a section added (the French catalogue's word)
    unchanged = redline_pdf.render_pdf(redline.diff(policy(BASE), policy(BASE, date="2030-02-01")), site=SITE,
                                       lang="fr")
    assert "[+" not in pdftext.text(unchanged).replace("[+ et ]", "").replace("[+ajouté]", "")
    # each of the 2 + 3 marked stretches (30 → 45; §5's heading, its number's and its paragraph) is a stroked line
    assert strokes(data) - strokes(unchanged) >= 5


def test_metadata_language_and_date_in_the_companys_time_zone(edited):
    data = redline_pdf.render_pdf(edited, site=SITE, lang="en", time_zone="Europe/Paris")
    with pikepdf.open(io.BytesIO(data)) as printed:
        assert str(printed.Root.Lang) == "en"
        assert str(printed.docinfo["/Title"]) == "Changes from the version of January 15, 2030 to the version of " \
                                                 "February 1, 2030"
        assert str(printed.docinfo["/CreationDate"]) == "D:20300131230000Z"  # 00:00 in Paris, in UTC
        fonts = [font for page in printed.pages for font in page.Resources.Font.values()]
        assert fonts and all("/FontFile2" in f.DescendantFonts[0].FontDescriptor
                             or "/FontFile3" in f.DescendantFonts[0].FontDescriptor for f in fonts)
    assert pdfactions.pdf_action(data) == ""  # shows its pages, does nothing else


def test_the_same_redline_gives_the_same_bytes(edited, monkeypatch):
    first = redline_pdf.render_pdf(edited, site=SITE, lang="fr")
    monkeypatch.setattr(typeset, "_printed", {})  # printed again, not given back from the process's memory
    assert redline_pdf.render_pdf(edited, site=SITE, lang="fr") == first


def test_a_right_to_left_language_is_set_right_to_left(edited):
    data = redline_pdf.data(edited, site=SITE, lang="ar")
    assert data["dir"] == "rtl" and data["lang"] == "ar"
    printed = redline_pdf.render_pdf(edited, site=SITE, lang="ar")
    with pikepdf.open(io.BytesIO(printed)) as document:
        assert str(document.Root.Lang) == "ar"
    assert "[+45]" in pdftext.text(printed)


def test_headings_never_skip_a_level():
    body = "## 1. One\n\nFirst.\n\n#### 1.1.1 Deep\n\nDeeper words.\n"
    r = redline.diff(policy(body), policy(edit(body, "Deeper", "Much deeper"), date="2030-02-01"))
    levels = [s["level"] for s in redline_pdf.data(r, site=SITE, lang="en")["sections"]]  # type: ignore[index]
    assert levels == [2, 2, 3]


def test_a_letter_no_font_draws_is_said_not_printed_as_boxes():
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "30 日数 days"), date="2030-02-01"))
    with pytest.raises(pdf.PdfUnavailable):
        redline_pdf.render_pdf(r, site=SITE, lang="en")


def test_a_symbol_no_font_draws_is_drawn_as_a_box_and_named(edited):
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "30 days \U0001F642"), date="2030-02-01"))
    data, note = redline_pdf.printed(r, site=SITE, lang="en")
    assert "[+\u25a1]" in pdftext.text(data) and "U+1F642" in note
    assert redline_pdf.printed(edited, site=SITE, lang="en")[1] == ""


def test_english_words_of_a_right_to_left_text_keep_their_order_around_its_dates(edited):
    """A Persian redline (the site has no words in Persian: English) set its English title right to left, the words
    reordered around its dates: the title is cut around them, each date set in Persian in a box of its own."""
    data = redline_pdf.data(edited, site=SITE, lang="ur")
    assert (data["ui"], data["dir"]) == ("en", "rtl")
    parts = data["title_parts"]
    assert [date for date, is_date in parts if is_date] == data["dates"] and len(parts) == 4  # type: ignore[union-attr]
    assert "".join(str(words) for words, _ in parts) == data["title"]  # type: ignore[union-attr]
    text = pdftext.text(redline_pdf.render_pdf(edited, site=SITE, lang="ur"))
    assert "Changes from the version of " in text and "[+45]" in text


def test_a_control_character_or_lone_surrogate_is_drawn_as_a_box_not_a_failed_print():
    """An edited text holding a BEL or a lone surrogate (read with surrogateescape) failed the whole print."""
    new = edit(edit(BASE, "30 days", "30 \x07da\udcffys"), "## 4. Closing words", "## 4. Closing\x1b words")
    r = redline.diff(policy(BASE), policy(new, date="2030-02-01"))
    printed, note = redline_pdf.printed(r, site=SITE, lang="en")
    text = pdftext.text(printed)
    assert "[+\u25a1da\u25a1ys]" in text and "§4 Closing\u25a1 words (" in text  # the summary names it too
    assert note.startswith("en/2030-01-15…2030-02-01: its PDF draws □ for (U+0007), (U+001B), (U+DCFF): no font"), note


def structure(data: bytes) -> list[str]:
    """The PDF's structure elements of a table, depth first, indented by their depth below the table."""
    out: list[str] = []

    def walk(node: pikepdf.Dictionary, depth: int) -> None:
        kind = str(node.get("/S", ""))
        inside = depth >= 0 or kind == "/Table"
        if inside:
            out.append("  " * max(depth, 0) + kind[1:])
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                walk(kid, max(depth, 0) + 1 if inside else -1)

    with pikepdf.open(io.BytesIO(data)) as printed:
        walk(printed.Root.StructTreeRoot, -1)
    return out


def test_a_table_is_printed_as_a_table_tagged_as_one_each_cell_marked():
    """Its rows were paragraphs, `testing | [−12] [+24] months`: a table's columns lost, its header untagged."""
    new = edit(edit(edit(BASE, "| testing | 12 months |", "| testing | 24 months | yearly |"), "| demo | 3 weeks |\n",
                    "| demo | 3 weeks |\n| extra | 1 day |\n"), "| Purpose | Duration |\n|---|---|", "| Purpose | Duration | "
               "Review |\n|---|---|---|")  # a column added, a cell changed, a row added
    r = redline.diff(policy(BASE), policy(new, date="2030-02-01"))
    table = [b for b in redline_pdf.data(r, site=SITE, lang="en")["sections"][4]["blocks"] if "rows" in b]  # type: ignore
    assert table == [{"header": [[["", "Purpose"]], [["", "Duration"]], [["insert", "Review"]]],
                      "rows": [[[["", "testing"]], [["delete", "12"], ["", " "], ["insert", "24"], ["", " months"]],
                                [["insert", "yearly"]]],
                               [[["", "demo"]], [["", "3 weeks"]], []],
                               [[["insert", "extra"]], [["insert", "1 day"]], []]],
                      "links": []}]
    data = redline_pdf.render_pdf(r, site=SITE, lang="en")
    tags = structure(data)
    assert tags[:4] == ["Table", "  THead", "    TR", "      TH"] and tags.count("      TH") == 3
    assert tags.count("    TR") == 4 and tags.count("      TD") == 9
    text = pdftext.text(data)
    assert "testing[−12] [+24] months[+yearly]" in text and "[+extra][+1 day]" in text and " | " not in text


def test_sections_removed_and_moved_are_named():
    s3, s4 = BASE[BASE.index("## 3."):BASE.index("## 4.")], BASE[BASE.index("## 4."):]
    moved = BASE[:BASE.index("## 3.")] + s4.replace("## 4.", "## 3.").rstrip() + "\n\n" + s3.replace("## 3.", "## 4.")
    removed = BASE[:BASE.index("## 3.")] + s4.replace("Closing words", "Closing remarks")
    for body, named in ((moved, "§3 → §4 Made-up table (moved, text unchanged)"),
                        (removed, "§3 Made-up table (removed)")):
        r = redline.diff(policy(BASE), policy(body, date="2030-02-01"))
        text = pdftext.text(redline_pdf.render_pdf(r, site=SITE, lang="en"))
        assert named in text, text
    assert "[−§3 Made-up table]" in text and "[−testing][−12 months]" in text  # the removed section's heading and cells struck


def line_ends(data: bytes) -> tuple[float, float]:
    """The rightmost end of a line stroked on the first page (an underline, a strike-through), and the page's width."""
    with pikepdf.open(io.BytesIO(data)) as printed:
        page, at, ends = printed.pages[0], 0.0, [0.0]
        for instruction in pikepdf.parse_content_stream(page):
            name = str(instruction.operator)
            if name == "cm":
                at = float(instruction.operands[4])
            elif name == "l":
                ends.append(at + float(instruction.operands[0]))
        return max(ends), float(page.MediaBox[2])


def test_a_word_longer_than_a_line_breaks_inside_the_page():
    """A 216-letter inserted word ran past the page's right edge, where it was cut (as the versions' PDFs break one)."""
    word = "Rechtsgrundlagenverzeichnis" * 8
    r = redline.diff(policy(BASE), policy(edit(BASE, "30 days", f"30 {word} days"), date="2030-02-01"))
    data = redline_pdf.render_pdf(r, site=SITE, lang="en")
    end, width = line_ends(data)
    assert width / 2 < end < width  # its underline, line after line, inside the page
    assert f"[+{word}]" in pdftext.text(data)  # copied or searched whole


def test_a_redline_pdf_printed_before_is_given_back_by_its_key_and_another_printed(edited, tmp_path, monkeypatch):
    """`policy diff --format pdf` printed the same redline again at every call (the print server started for it), where
    a version's PDF is kept by its key (pdf.key: template, data, fonts, options, engine)."""
    with redline_pdf.kept_in(tmp_path / "kept"):
        first, note = redline_pdf.printed(edited, site=SITE, lang="en")
        assert note == "" and len(list((tmp_path / "kept").iterdir())) == 1
        monkeypatch.setattr(typeset, "print_pdf", lambda *a, **k: (_ for _ in ()).throw(typeset.TypesetError("no")))
        assert redline_pdf.printed(edited, site=SITE, lang="en") == (first, "")  # not printed again
        with pytest.raises(pdf.PdfUnavailable):  # another site's name: other data, another key, printed
            redline_pdf.printed(edited, site="Another site", lang="en")
        monkeypatch.undo()
        boxed = redline.diff(policy(BASE), policy(edit(BASE, "30 days", "30 days \U0001F642"), date="2030-02-01"))
        assert "U+1F642" in redline_pdf.printed(boxed, site=SITE, lang="en")[1]
        assert len(list((tmp_path / "kept").iterdir())) == 1  # one that drew a □ is not kept: it says so each time
    assert redline_pdf.printed(edited, site=SITE, lang="en")[0] == first  # outside the block: printed, the same bytes
