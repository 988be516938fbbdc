"""Adopt44: a PDF saved as a web page line by line (pdftohtml), imported as the paragraphs it printed (session 52)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption44"


def _page(lines: list[tuple[int, int, str, str]], *, pages: int = 1) -> str:
    """A pdftohtml page: each (page, top, class, words) a line placed at the left margin, or at 126px for a bullet."""
    out = ['<html><head><meta name="generator" content="pdftohtml 0.86.1"/></head><body>']
    for number in range(1, pages + 1):
        out.append(f'<div id="page{number}-div" style="position:relative;width:918px;height:1188px;">')
        for page, top, font, words in lines:
            if page == number:
                left = 126 if words.startswith("•") else 108
                out.append(f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" '
                           f'class="{font}">{words}</p>')
        out.append("</div>")
    return "\n".join(out) + "</body></html>"


def _converted(tmp_path: Path, page: str):  # noqa: ANN202
    source = tmp_path / "privacy-2022-03-14.html"
    source.write_text(page, encoding="utf-8")
    converted = convert(source, lang="en")
    return converted, [messages.said_in(note, "en") for note in converted.notes]


def test_a_pdf_saved_line_by_line_is_read_as_its_paragraphs_without_its_page_headers(tmp_path: Path):
    """pdftohtml's page (each printed line a box placed by its style): each line was a paragraph ("We are the" over
    "controller of …"), `Page 1 of 2` and the title repeated over page 2 were text of the policy, a bullet a
    paragraph starting with "•". Joined: paragraphs, a list, the headings its bold numbered lines are, a paragraph
    running on to the next page whole, and the margins left out, each said."""
    converted, said = _converted(tmp_path, (DATA / "privacy-notice-2022-03-14.html").read_text(encoding="utf-8"))
    markdown = converted.markdown
    assert markdown.startswith("# Mistral Cycles Privacy Notice\n\nEffective date: 14 March 2022\n\n## 1. Who we are\n"
                               "\nMistral Cycles Ltd repairs and rents bicycles from two workshops in Bristol. We are "
                               "the controller of the personal data"), markdown
    assert ("- Contact details you give us;\n- Payment references from our card terminal (never the full card number);"
            "\n- Notes about the work done on your bicycle.\n") in markdown, markdown
    assert "to keep our accounts (legal obligation) and, **only if you agree**, to send you a reminder" in markdown
    assert ("Copies of identity documents are deleted on the day the rented bicycle comes back. Invoices are kept for "
            "six years, as tax law requires.\n\n## 5. Your rights") in markdown, markdown
    assert "object to its use.\n\nYou may also complain" in markdown, markdown
    assert "Page 1" not in markdown and markdown.count("Mistral Cycles Privacy Notice") == 1, markdown
    assert ("left out the words of the document's page headers and footers (“Page 1 of 2 · Mistral Cycles Privacy "
            "Notice · Page 2 of 2”): a web page has none; write in the text what the policy needs of them (a "
            "company's address, a date)") in said, said
    assert any(note.startswith("joined the 24 lines of a PDF saved as a web page") for note in said), said
    assert "Document Outline" not in markdown and any(note.startswith("left out the PDF's outline (5 bookmarks: ")
                                                      for note in said), said
    assert "1 word the PDF broke with a hyphen at a line's end written whole (“documents”), as the dictionary knows " \
           "it" in said, said
    french = [messages.said_in(note, "fr") for note in converted.notes]
    assert any(note.startswith("réuni les 24 lignes d'un PDF enregistré comme page web") for note in french), french


def test_a_paragraph_ends_where_the_next_line_s_first_word_had_room(tmp_path: Path):
    """Paragraphs printed without a gap between them: a line ending a sentence with room left for the next line's
    first word ended its paragraph (the word would have been printed on it otherwise); a full line ending a sentence
    did not."""
    full = "We keep the details of your order for as long as the law on accounts requires us to."
    lines = [(1, 100, "ft1", "<b>Privacy</b>"), (1, 140, "ft2", full), (1, 158, "ft2", "Then we delete them."),
             (1, 176, "ft2", "You may ask us for a copy of what we hold about you, by post or by e-mail, free."),
             (1, 194, "ft2", "We answer within a month, as the law requires."),
             (1, 212, "ft2", "Write to us at the shop.")]
    converted, _said = _converted(tmp_path, _page(lines))
    assert converted.markdown.split("\n\n")[1:] == [
        f"{full} Then we delete them.",
        "You may ask us for a copy of what we hold about you, by post or by e-mail, free. We answer within a month, as "
        "the law requires.", "Write to us at the shop.\n"], converted.markdown


def test_a_hyphen_the_text_writes_is_kept_and_said(tmp_path: Path):
    """A hyphen at a line's end between two words the dictionary knows (`self-` over `service`) is the text's: the
    lines are joined without a space, the hyphen kept, and said."""
    lines = [(1, 100, "ft1", "<b>Privacy</b>"),
             (1, 140, "ft2", "Our customers can change their details on the self-"),
             (1, 158, "ft2", "service page, or ask our staff at any of the three shops."),
             (1, 176, "ft2", "We never sell them."), (1, 194, "ft2", "Nor do we rent them.")]
    converted, said = _converted(tmp_path, _page(lines))
    assert "on the self-service page, or ask" in converted.markdown, converted.markdown
    assert ("1 line of the PDF ending in a hyphen joined to the next without a space, the hyphen kept: where it only "
            "broke a word at the line's end, remove it in a new version") in said, said


def test_page_numbers_alone_and_a_footer_repeated_on_each_page_are_left_out(tmp_path: Path):
    """A page number alone (`3`, `- 4 -`) and the footer each page repeats (`Acme Ltd · Confidential`) are left out;
    a page's first line that is the text's (a section heading of its own) stays."""
    lines = [(1, 100, "ft1", "<b>Privacy notice</b>"), (1, 140, "ft2", "We are Acme Ltd, a bakery in York."),
             (1, 158, "ft2", "We keep your name and your order for a year."), (1, 176, "ft2", "We never sell them."),
             (1, 1100, "ft3", "Acme Ltd · Confidential"), (1, 1120, "ft3", "- 1 -"),
             (2, 100, "ft1", "<b>Your rights</b>"), (2, 140, "ft2", "Ask us for a copy at the counter."),
             (2, 1100, "ft3", "Acme Ltd · Confidential"), (2, 1120, "ft3", "- 2 -")]
    converted, said = _converted(tmp_path, _page(lines, pages=2))
    assert "Confidential" not in converted.markdown and "- 2 -" not in converted.markdown, converted.markdown
    assert "Your rights" in converted.markdown and "Ask us for a copy at the counter." in converted.markdown
    assert any("(“Acme Ltd · Confidential · - 1 - · - 2 -”)" in note for note in said), said


def test_boxes_of_paragraphs_a_page_builder_places_are_not_printed_lines(tmp_path: Path):
    """A page builder's text boxes (Wix: each placed by its style, holding paragraphs) stay the boxes they are, read
    in the order shown (visual_order), not joined."""
    boxes = "".join(f'<div style="position:absolute;top:{top}px;left:20px"><p>{words}</p></div>'
                    for top, words in ((300, "Third box."), (100, "First box."), (200, "Second box."),
                                       (400, "Fourth box."), (500, "Fifth box.")))
    converted, said = _converted(tmp_path, f"<html><body><h1>Privacy</h1><div>{boxes}</div></body></html>")
    assert converted.markdown.rstrip().split("\n\n")[1:] == ["First box.", "Second box.", "Third box.", "Fourth box.",
                                                     "Fifth box."], converted.markdown
    assert not any("PDF" in note for note in said), said


def test_a_pdf_saved_without_positions_is_read_as_its_paragraphs_too():
    """pdftohtml without `-c` writes each line ended by `<br>` and each page by `<hr>`: the text was one paragraph of
    line breaks (`1\\. Who we are` escaped, no heading, the running header over page 2 kept, each `<hr>` a rule).
    Its lines are joined by the same rules, its bold numbered lines sections, the header left out, said."""
    converted = convert(DATA / "privacy-statement-2018-05-25.html", lang="en")
    assert converted.markdown == (
        "# Ridgeway Lettings – Privacy Statement\n\nEffective 25 May 2018\n\n## 1. Who we are\n\nRidgeway Lettings "
        "manages rented homes in Swindon on behalf of their owners. We are the controller of the personal data of "
        "tenants, applicants and guarantors.\n\n## 2. What we hold\n\nFor each tenancy we hold the tenants' names, "
        "contact details, right-to-rent checks, references and the deposit protection certificate.\n\n## 3. How "
        "long\n\nWe keep tenancy files for six years after the tenancy ends.\n"), converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("joined the 10 lines of a PDF saved as a web page (each line ended by a line break, "
                               "each page by a rule") for note in said), said
    assert any("(“Ridgeway Lettings – Privacy Statement”)" in note for note in said), said


def test_a_pdf2htmlex_page_s_lines_placed_by_their_classes_are_read_as_its_paragraphs():
    """pdf2htmlEX places each line by its classes (`x1`: left, `y3`: height from the page's foot, `ff1`: a bold font),
    a word gap drawn by a spacer (`<span class="_ _1">`, 4.8px wide) with no space: each line was a paragraph, the
    headings no sections, and all of them said hidden by the page's style (its `.t{font-size:1px}`). Read as
    pdftohtml's lines are: the spacer a space, the bold lines sections, its outline and page numbers left out."""
    converted = convert(DATA / "kestrel-privacy-notice-2023-06-06.html", lang="en")
    assert converted.markdown == (
        "# Kestrel Veterinary Group – Privacy Notice\n\nUpdated 6 June 2023\n\n## 1. Who we are\n\nKestrel Veterinary "
        "Group Ltd runs three surgeries in Norfolk. We are the controller of the personal data of the owners of the "
        "animals we treat.\n\n## 2. What we keep\n\nYour name, address, phone number and e-mail; your animals' "
        "clinical records; and payment records. We keep clinical records for seven years after an animal's last "
        "visit.\n\n## 3. Who we share it with\n\nLaboratories that analyse samples, referral hospitals when we refer "
        "your animal, and the pet insurer you name on a claim form.\n"), converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert ("left out the PDF's outline (3 bookmarks: “1. Who we are”, “2. What we keep”, “3. Who we share it with”), "
            "which the converter wrote beside or under its pages: the sections' titles again") in said, said
    assert any("(“Page 1 · Page 2”)" in note for note in said), said
    assert not any("hid" in note for note in said), said


def test_items_of_a_printed_list_each_keep_their_lines_and_label(tmp_path: Path):
    """A printed list of items labelled `(a)`, `(b)` (a hanging indent under each label, the item running on to
    the next line), after a lead-in ending in a colon: each item a paragraph of its lines, its label first; a
    numbered clause's second line back at the margin goes on it."""
    lines = [(1, 100, "ft1", "<b>1. Sharing</b>"), (1, 140, "ft2", "We may disclose personal information to:"),
             (1, 158, "ft2", "(a) subcontracted carriers who complete part of a delivery that we could not"),
             (1, 176, "ft2", "complete ourselves;"), (1, 194, "ft2", "(b) insurers and assessors handling a claim; and"),
             (1, 212, "ft2", "(c) government agencies where a law requires."),
             (1, 230, "ft2", "1.2 We never sell personal information to anyone, for any purpose, in any country or"),
             (1, 248, "ft2", "under any name.")]
    page = _page(lines).replace('top:176px;left:108px', 'top:176px;left:130px')
    converted, _said = _converted(tmp_path, page)
    assert converted.markdown.rstrip().split("\n\n")[1:] == [
        "We may disclose personal information to:",
        "(a) subcontracted carriers who complete part of a delivery that we could not complete ourselves;",
        "(b) insurers and assessors handling a claim; and", "(c) government agencies where a law requires.",
        "1.2 We never sell personal information to anyone, for any purpose, in any country or under any name."], \
        converted.markdown


def test_a_printed_table_s_rows_are_a_table_and_its_wrapped_cells_go_on(tmp_path: Path):
    """A retention table printed in the PDF (pdftohtml writes each cell of a row a box of its own, at one height, in
    one font): its rows were joined into one paragraph ("Records Kept for Why Invoices Six years …"). Each row a row
    of a table, a cell's second line under its column going on it, the bold first row its header, said."""
    def cell(top: int, left: int, font: str, words: str) -> str:
        return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{font}">{words}</p>'
    boxes = [cell(100, 108, "ft1", "<b>4. Retention</b>"), cell(140, 108, "ft2", "We keep records as follows."),
             cell(176, 108, "ft3", "<b>Records</b>"), cell(176, 260, "ft3", "<b>Kept for</b>"),
             cell(176, 420, "ft3", "<b>Why</b>"),
             cell(194, 108, "ft2", "Invoices"), cell(194, 260, "ft2", "Six years"), cell(194, 420, "ft2", "Tax law"),
             cell(212, 108, "ft2", "Repair notes"), cell(212, 260, "ft2", "Two years after"),
             cell(212, 420, "ft2", "Warranty claims"), cell(230, 260, "ft2", "the last visit"),
             cell(248, 108, "ft2", "CCTV"), cell(248, 260, "ft2", "30 days"), cell(248, 420, "ft2", "Security"),
             cell(290, 108, "ft2", "We delete them at the end of each period.")]
    page = f'<html><body><div id="page1-div" style="position:relative;">{"".join(boxes)}</div></body></html>'
    converted, said = _converted(tmp_path, page)
    assert ("| **Records** | **Kept for** | **Why** |\n| --- | --- | --- |\n| Invoices | Six years | Tax law |\n"
            "| Repair notes | Two years after the last visit | Warranty claims |\n| CCTV | 30 days | Security |") \
        in converted.markdown, converted.markdown
    assert "We delete them at the end of each period." in converted.markdown
    assert any(note.startswith("read 1 run of the PDF's lines set in columns") for note in said), said


def test_a_page_builder_s_boxes_of_one_line_each_are_no_printed_lines(tmp_path: Path):
    """Boxes of one line each placed by their style on a page no PDF tool wrote (a page builder's labels and buttons,
    at scattered left edges): not joined, each read as the box it is, in the order shown."""
    boxes = "".join(f'<div style="position:absolute;top:{top}px;left:{left}px"><span>{words}</span></div>'
                    for top, left, words in ((10, 20, "Home"), (10, 200, "Shop"), (10, 400, "About us"),
                                             (10, 600, "Contact"), (60, 300, "Our promise to you"),
                                             (90, 120, "We never sell your data"), (90, 520, "Free returns"),
                                             (130, 40, "Opening hours"), (130, 700, "Follow us"),
                                             (160, 350, "Newsletter")))
    converted, said = _converted(tmp_path, f"<html><body><h1>Privacy</h1><div>{boxes}</div></body></html>")
    assert not any("PDF" in note for note in said), said
    assert "We never sell your data" in converted.markdown and "Free returns" in converted.markdown


def test_a_scanned_pdf_saved_as_a_web_page_is_refused_as_a_page_without_text(tmp_path: Path):
    """pdftohtml's page of a scanned PDF holds only the picture of each page (`alt="background image"`): it was
    imported as a policy of the words "background image". The pictures a PDF tool draws the lines over are no words
    of the text: left out, said, and a page with no other text has none (`policy import` refuses it: "no text in
    it")."""
    scanned = ''.join(f'<div id="page{n}-div" style="position:relative;width:918px;height:1188px;"><img width="918" '
                      f'height="1188" src="scan00{n}.png" alt="background image"/></div>' for n in (1, 2))
    source = tmp_path / "privacy-2023-03-01.html"
    source.write_text(f'<html><head><meta name="generator" content="pdftohtml 0.86.1"/></head><body>{scanned}'
                      '</body></html>', encoding="utf-8")
    converted = convert(source, lang="en")
    assert converted.markdown.strip() == "", converted.markdown
    assert ("left out 2 pictures of a page a PDF tool drew its lines over (the PDF's rules, logos and pictures, or a "
            "scanned page's picture): no words of the text") in [messages.said_in(n, "en") for n in converted.notes]
    converted = convert(DATA / "kestrel-privacy-notice-2023-06-06.html", lang="en")
    assert "background" not in converted.markdown


def test_a_bullet_printed_apart_from_its_item_in_the_item_s_font_makes_no_table(tmp_path: Path):
    """pdftohtml writes a bullet followed by a tab as a box of its own, in the item's font when the document set it
    so: each item was read as a table's row (two pieces apart in one font). A bullet or a label alone before its
    text is the item's: a list."""
    def box(top: int, left: int, words: str, font: str = "ft2") -> str:
        return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{font}">{words}</p>'
    boxes = [box(100, 108, "<b>2. What we collect</b>", "ft1"), box(140, 108, "We collect:"),
             box(158, 126, "•"), box(158, 144, "your name and address;"), box(176, 126, "•"),
             box(176, 144, "your order history."), box(212, 108, "Nothing else.")]
    page = f'<html><body><div id="page1-div" style="position:relative;">{"".join(boxes)}</div></body></html>'
    converted, said = _converted(tmp_path, page)
    assert "- your name and address;\n- your order history.\n" in converted.markdown, converted.markdown
    assert "|" not in converted.markdown and not any("table" in note for note in said), said


def test_a_line_parted_at_a_wide_gap_alone_is_a_line_of_its_paragraph(tmp_path: Path):
    """A justified line pdftohtml parted in two boxes of one font at a wide gap, no other such line near it: a line
    of its paragraph, not a table of one row."""
    def box(top: int, left: int, words: str) -> str:
        return f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="ft2">{words}</p>'
    boxes = [box(100, 108, "We keep the details of your order for as long as the law requires"),
             box(118, 108, "us to, and"), box(118, 400, "then we delete them from every system we run."),
             box(136, 108, "You may ask us for a copy of what we hold about you at any time."),
             box(154, 108, "We answer within a month."), box(172, 108, "Write to the shop.")]
    page = f'<html><body><div id="page1-div" style="position:relative;">{"".join(boxes)}</div></body></html>'
    converted, said = _converted(tmp_path, page)
    assert converted.markdown.startswith("We keep the details of your order for as long as the law requires us to, "
                                         "and then we delete them from every system we run. You may ask"), \
        converted.markdown
    assert not any("table" in note for note in said), said
