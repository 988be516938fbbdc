"""What a saved page's CSS does to its words at import: stylesheets saved beside it, items it shows in another
order, words it draws from an element's attributes (adoption hunt 25)."""
from __future__ import annotations

import re
from pathlib import Path

from policysite.convert import convert


def _unlined(note: str) -> str:
    """A note without the lines it names (`Markdown lines 5 and 7: `), as the kept hidden words' are (leads46)."""
    return re.sub(r"^Markdown lines? [\d, and]+: ", "", note)


PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Privacy – Example</title>{head}</head>"
        "<body><main><h1>Privacy Policy</h1><h2>1. Who we are</h2>{body}</main></body></html>")


def saved(folder: Path, name: str, *, head: str = "", body: str, files: dict[str, str] | None = None) -> Path:
    """A page saved as `name` in `folder`, with the files (relative name: text) a browser saved beside it."""
    for relative, text in (files or {}).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    page = folder / name
    page.write_text(PAGE.format(head=head, body=body), encoding="utf-8")
    return page


def test_a_stylesheet_saved_beside_the_page_hides_and_draws_its_words_as_the_page_s_own(tmp_path: Path):
    """A browser's "Save Page As…, complete" links the page's stylesheets from the folder it saves beside it: the
    words a linked rule hid (`.old{display:none}`, `@import`ed, `visibility:hidden`) were imported as text without a
    word, and the words it drew (`::after{content:" not"}`) left out. They are read as the page's own `<style>`'s;
    another site's stylesheet, one for print only and a file outside the page's folder that is no stylesheet are not
    read."""
    (tmp_path / "outside.txt").write_text(".far{display:none}", encoding="utf-8")
    page = saved(tmp_path / "archive", "privacy-2023-03-01.html",
                 head='<link rel="stylesheet" href="privacy-2023-03-01_files/site%20main.css">'
                      '<link rel="stylesheet" href="https://cdn.example.com/theme.css">'
                      '<link rel="stylesheet" media="print" href="print.css">'
                      '<link rel="stylesheet" href="../outside.txt">',
                 body='<p>Example Ltd is the controller.<span class="old"> We sell your data.</span></p>'
                      '<p class="memo">Legal: review before launch.</p><p>We do <span class="neg">sell</span> '
                      'data.</p><p class="screen">Printed copy.</p><p class="far">Kept as written.</p>',
                 files={"privacy-2023-03-01_files/site main.css":
                        '@import url("parts/notes.css"); .old{display:none} .neg::before{content:"not "}',
                        "privacy-2023-03-01_files/parts/notes.css": ".memo{visibility:hidden}",
                        "print.css": ".screen{display:none}"})
    converted = convert(page)
    notes = "\n".join(converted.notes)
    assert "read the 3 stylesheets saved with the page, which it links, as its own: privacy-2023-03-01_files/site " \
           "main.css, privacy-2023-03-01_files/parts/notes.css, print.css" in notes, notes
    assert "“We sell your data.”, “Legal: review before launch.”" in notes, notes
    assert "We do not sell data." in converted.markdown, converted.markdown
    hidden = [note for note in converted.notes if _unlined(note).startswith("kept 2 elements that the page's style hid")]
    assert len(hidden) == 1 and "Printed copy" not in hidden[0] and "Kept as written" not in hidden[0], notes


def test_the_stylesheets_of_a_sites_copy_are_read_from_beside_the_pages_folder(tmp_path: Path):
    """A site's copy made by wget or HTTrack keeps the page in its folder (`legal/privacy-….html`) and the theme's
    stylesheets in another (`../wp-content/themes/x/style.css`), wget under the address's query too
    (`style.css?ver=6.1`): they were not read, the words they hid imported as text without a word."""
    page = saved(tmp_path / "www.example.com" / "legal", "privacy-2023-03-01.html",
                 head='<link rel="stylesheet" href="../wp-content/themes/x/style.css?ver=6.1">'
                      '<link rel="stylesheet" href="../wp-includes/blocks.css?ver=2">',
                 body='<p>Example Ltd is the controller.<span class="old"> We sell your data.</span></p>'
                      '<p class="memo">Legal: review before launch.</p>',
                 files={"../wp-content/themes/x/style.css?ver=6.1": ".old{display:none}",
                        "../wp-includes/blocks.css": ".memo{visibility:hidden}"})
    converted = convert(page)
    assert "read the 2 stylesheets saved with the page, which it links, as its own: ../wp-content/themes/x/" \
           "style.css?ver=6.1, ../wp-includes/blocks.css" in converted.notes, converted.notes
    hidden = [note for note in converted.notes if _unlined(note).startswith("kept 2 elements that the page's style hid")]
    assert hidden and "“We sell your data.”, “Legal: review before launch.”" in hidden[0], converted.notes


def test_a_stylesheet_the_page_links_from_its_folder_and_not_saved_is_said(tmp_path: Path):
    """A page saved as "HTML only" keeps its links to the stylesheets beside it: words they hide cannot be read, and
    the import says so, with how to save the page again."""
    page = saved(tmp_path, "privacy-2023-03-01.html", head='<link rel="stylesheet" href="privacy_files/site.css">',
                 body="<p>Example Ltd is the controller.</p>")
    assert ("the page links 1 stylesheet from its folder that is not there (privacy_files/site.css): words it "
            "hides, draws or reorders were not read; save the page again with it (Save Page As…, Web Page, complete)"
            ) in convert(page).notes


def test_items_a_flex_or_grid_container_shows_in_another_order_are_read_as_shown(tmp_path: Path):
    """A page builder's layout draws a flex or grid container's items by their `order`, or last first by a reversed
    direction: a reader read "First." above "Second.", the import the other way round. The items are read in the
    order shown, the innermost container first, and said; a container that is no flex or grid (its items' `order`
    draws nothing), a phone's layout and words of the container's own between its items stay as written."""
    page = saved(tmp_path, "privacy-2023-03-01.html",
                 head="<style>.row{display:flex}.row .b{order:2}.row .a{order:1}.grid{display:grid}"
                      "@media (max-width:600px){.phone{display:flex;flex-direction:column-reverse}}"
                      ".plain .z{order:5}</style>",
                 body='<div class="row"><p class="b">Second.</p><p class="a">First.</p></div>'
                      '<div style="display:flex;flex-flow:column-reverse wrap"><p>Fifth.</p>'
                      '<div class="grid"><p style="order:1">Fourth.</p><p>Third.</p></div></div>'
                      '<div class="plain"><p class="z">Sixth.</p><p>Seventh.</p></div>'
                      '<div class="phone"><p>Eighth.</p><p>Ninth.</p></div>'
                      '<div class="row">Tenth. <span class="b">Eleventh.</span> <span class="a">Twelfth.</span></div>')
    converted = convert(page)
    words = [line for line in converted.markdown.splitlines() if line.endswith(".")]
    assert words == ["First.", "Second.", "Third.", "Fourth.", "Fifth.", "Sixth.", "Seventh.", "Eighth.", "Ninth.",
                     "Tenth. Eleventh. Twelfth."], converted.markdown
    said = [note for note in converted.notes if "in the order the page's CSS showed them" in note]
    assert said == ["read the items of 3 blocks in the order the page's CSS showed them (a flex or grid item's "
                    "order, a reversed flex direction), not the order its HTML wrote them: “Third.” before “Fourth.”, "
                    "“First.” before “Second.”, “Third. Fourth.” before “Fifth.”"], said


def test_words_the_page_s_style_draws_from_an_element_s_attribute_are_written_in(tmp_path: Path):
    """A theme draws a link's or a label's words from the element's own attribute (`a.mail::after{content:
    attr(data-label)}`): the reader saw "Contact our DPO any time", the import wrote "Contact  any time" (an empty
    link, left out). Each element gets its own attribute's words, with the quoted words around them; an attribute the
    element lacks writes nothing, and words a rule draws hidden (a tooltip shown on hovering) are none."""
    page = saved(tmp_path, "privacy-2023-03-01.html",
                 head="<style>a.mail::after{content:attr(data-label)} .term::after{content:\" (\" attr(title) \")\"}"
                      " .tip::after{content:attr(data-tip);opacity:0} .none::after{content:attr(data-missing)}</style>",
                 body='<p>Contact <a class="mail" href="mailto:dpo@example.com" data-label="our DPO"></a> any time.'
                      '</p><p>We keep <span class="term" title="twelve months">logs</span> a year.</p>'
                      '<p><span class="tip" data-tip="never shown">Cookies</span> <span class="none">help</span>.</p>')
    converted = convert(page)
    assert "Contact [our DPO](mailto:dpo@example.com) any time." in converted.markdown, converted.markdown
    assert "We keep logs (twelve months) a year." in converted.markdown
    assert "Cookies help." in converted.markdown and "never shown" not in converted.markdown
    assert any("CSS content), as a reader saw them: “our DPO”, “(twelve months)”" in note for note in converted.notes)


def test_the_stylesheets_a_page_saved_as_one_file_holds_are_read_as_its_own(tmp_path: Path):
    """Chrome's "Save as … single file" (.mhtml) keeps the page's stylesheets as parts of the file, linked by their
    address (relative to the page's) or by `cid:`: the words they hid were imported as text without a word, as a page
    saved complete's were. Each stylesheet the page links and the file holds is read as the page's own; a part the page
    does not link is not."""
    page = (PAGE.format(head='<link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" '
                             'href="cid:css-1@mhtml.blink">',
                        body='<p>Example Ltd is the controller.<span class="old"> We sell your data.</span></p>'
                             '<p class="memo">Legal: review before launch.</p><p class="kept">Kept.</p>')
            .replace("=", "=3D"))
    part = "------MultipartBoundary--abc----\nContent-Type: {type}\nContent-Transfer-Encoding: quoted-printable\n{where}\n\n{text}\n"
    source = tmp_path / "privacy-2023-02-01.mhtml"
    source.write_text(
        "From: <Saved by Blink>\nSnapshot-Content-Location: https://www.example.com/legal/privacy\nSubject: Privacy\n"
        "MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"----MultipartBoundary"
        "--abc----\"\n\n"
        + part.format(type="text/html; charset=utf-8", where="Content-Location: https://www.example.com/legal/privacy",
                      text=page)
        + part.format(type="text/css", where="Content-Location: https://www.example.com/assets/site.css",
                      text=".old{display:none}")
        + part.format(type="text/css", where="Content-ID: <css-1@mhtml.blink>", text=".memo{visibility:hidden}")
        + part.format(type="text/css", where="Content-Location: https://www.example.com/assets/other.css",
                      text=".kept{display:none}")
        + "------MultipartBoundary--abc------\n", encoding="utf-8")
    converted = convert(source)
    assert "Kept." in converted.markdown and "We sell your data." in converted.markdown
    assert "read the 2 stylesheets saved with the page, which it links, as its own: site.css, cid:css-1@mhtml.blink" \
        in converted.notes, converted.notes
    hidden = [note for note in converted.notes if _unlined(note).startswith("kept 2 elements that the page's style hid")]
    assert hidden and "“We sell your data.”, “Legal: review before launch.”" in hidden[0], converted.notes


def test_words_a_frameworks_class_hides_on_every_screen_are_said_when_its_stylesheet_is_not_saved(tmp_path: Path):
    """A Webflow page hides a block by conditional visibility (`w-condition-invisible`), a Bootstrap or Tailwind one by
    `d-none`, `hidden`: the rule is the framework's, on its servers, and a page saved as HTML alone had such words
    imported as text without a word. They are kept and said as a page's own rule's; a class another of the element's
    shows on a wider screen (`d-none d-md-block`, `hidden md:block`), and one the page's own stylesheet styles, are
    read as the page says."""
    page = saved(tmp_path, "privacy-2023-06-01.html",
                 head='<link href="https://assets.website-files.com/63b/css/example.webflow.css" rel="stylesheet">'
                      "<style>.hide{color:#333}</style>",
                 body='<div class="rich-text w-richtext"><p>Example Inc. respects your privacy.</p></div>'
                      '<div class="rich-text w-richtext w-condition-invisible"><p>This version has no summary.</p></div>'
                      '<p class="d-none">Draft clause.</p><p class="d-none d-md-block">Shown on a desktop.</p>'
                      '<p class="hidden md:block">Shown on a laptop.</p><p class="hide">Styled by the page.</p>')
    converted = convert(page)
    for words in ("Example Inc. respects your privacy.", "This version has no summary.", "Draft clause.",
                  "Shown on a desktop.", "Shown on a laptop.", "Styled by the page."):
        assert words in converted.markdown, converted.markdown
    assert "kept 2 elements that the page's style hid (display:none: a closed panel, or a note never shown): “This " \
           "version has no summary.”, “Draft clause.”; remove what is no text of the policy" in \
        [_unlined(note) for note in converted.notes], converted.notes


def test_a_class_hidden_by_a_rule_for_every_screen_inside_a_media_query_is_hidden(tmp_path: Path):
    """`@media screen { .gone { display: none } }` (and `@media all`, `only screen`) hides the class on every screen:
    a rule of a class alone was read at the stylesheet's top level only, and such words were imported as text without
    a word. They are kept and said as a top-level rule's are; a narrow screen's rule hides nothing."""
    page = saved(tmp_path, "privacy-2023-03-01.html",
                 head="<style>@media screen{.gone{display:none}} @media only screen and (max-width:600px)"
                      "{.phone{display:none}} @media all{.bold{font-weight:700}}</style>",
                 body='<p class="gone">Hidden on screen.</p><p class="phone">Shown on a desktop.</p>'
                      '<p>Words <span class="bold">in bold</span>.</p>')
    converted = convert(page)
    assert "Words **in bold**." in converted.markdown, converted.markdown
    hidden = [note for note in converted.notes if "that the page's style hid" in note]
    assert len(hidden) == 1 and _unlined(hidden[0]).startswith("kept 1 element that the page's style hid") \
        and "“Hidden on screen.”" in hidden[0], converted.notes


def test_a_style_element_for_print_only_draws_and_hides_nothing_on_the_screen(tmp_path: Path):
    """A page's `<style media="print">` writes each link's address after it (`a::after{content:" (" attr(href) ")"}`)
    and hides what paper does not need: its rules were read as the screen's, and with attr() read, every link's address
    would have been written into the text. They are print's; a disabled stylesheet is read by no browser."""
    page = saved(tmp_path, "privacy-2023-03-01.html",
                 head='<style media="print">a::after{content:" (" attr(href) ")"} .screen{display:none}</style>'
                      '<style media="screen">.gone{display:none}</style>'
                      '<link rel="stylesheet" href="off.css" disabled>',
                 body='<p>See <a href="https://example.org/cookies">cookies</a>.</p><p class="screen">On screen.</p>'
                      '<p class="gone">Hidden on screen.</p><p class="off">Shown.</p>',
                 files={"off.css": ".off{display:none}"})
    converted = convert(page)
    assert "See [cookies](https://example.org/cookies)." in converted.markdown, converted.markdown
    hidden = [note for note in converted.notes if "that the page's style hid" in note]
    assert len(hidden) == 1 and _unlined(hidden[0]).startswith("kept 1 element that the page's style hid") \
        and "“Hidden on screen.”" in hidden[0], converted.notes


def test_a_frame_holding_the_text_is_read_where_the_page_shows_it(tmp_path: Path):
    """A page builder's HTML block shows the policy in an `<iframe srcdoc>`, a saved page a generator's embed in a
    frame saved beside it (`privacy_files/policy.html`): the import removed the frame with its words ("removed an
    <iframe> element") and committed the title and date line alone. A frame holding a text is read where the page
    shows it, said; a hidden or one-pixel frame (a tracker's) and a widget's few words stay out, and a frame of another
    site is a link to it, as before."""
    import html

    framed = "<h2>2. What we collect</h2><p>Your name and e-mail address.</p><style>.x{display:none}</style>"
    saved_frame = ("<html><body><h2>3. Your rights</h2><p>You may object.</p><p class=\"x\">Draft.</p></body></html>")
    page = saved(tmp_path, "privacy-2023-05-01.html",
                 body=f'<iframe srcdoc="{html.escape(framed, quote=True)}"></iframe>'
                      '<iframe src="privacy-2023-05-01_files/policy.html" title="Policy"></iframe>'
                      '<iframe src="privacy-2023-05-01_files/pixel.html" width="1" height="1"></iframe>'
                      '<iframe src="privacy-2023-05-01_files/captcha.html"></iframe>'
                      '<iframe src="https://app.example.net/embed/1"></iframe>',
                 files={"privacy-2023-05-01_files/policy.html": saved_frame,
                        "privacy-2023-05-01_files/pixel.html": f"<h2>Tracker</h2><p>{'pixel ' * 60}</p>",
                        "privacy-2023-05-01_files/captcha.html": "<p>I'm not a robot. Privacy - Terms</p>"})
    converted = convert(page)
    assert converted.markdown == ("# Privacy Policy\n\n## 1. Who we are\n\n## 2. What we collect\n\nYour name and e-mail "
                                  "address.\n\n## 3. Your rights\n\nYou may object.\n\nDraft.\n\n"
                                  "<https://app.example.net/embed/1>\n"), converted.markdown
    assert not any(words in converted.markdown for words in ("Tracker", "robot")), converted.markdown
    assert "read the words of 2 frames (<iframe>) the page holds, where it shows them: written in the page: “2. What " \
           "we collect Your name and e-mail”, privacy-2023-05-01_files/policy.html: “3. Your rights You may object. " \
           "Draft.”" in converted.notes, converted.notes
    assert any(_unlined(note).startswith("kept 1 element that the page's style hid") for note in converted.notes)


def test_a_frame_a_browser_saved_from_a_widgets_host_stays_out(tmp_path: Path):
    """A browser saves each frame of the page, a video's player and a captcha's too, noting where it came from (`<!--
    saved from url=(0041)https://www.youtube.com/embed/… -->`): a player's saved words (its title, "Watch later",
    "Share", more than a text's 300 characters) would have been read into the policy. A frame saved from a widget's
    host stays out; one from another host (a generator's, Google Docs' published document) is read."""
    player = f"<!-- saved from url=(0041)https://www.youtube.com/embed/abc -->\n<h2>Our video</h2><p>{'Share ' * 60}</p>"
    published = ("<!-- saved from url=(0058)https://docs.google.com/document/d/e/abc/pub?embedded=true -->\n"
                 "<h2>2. Your rights</h2><p>You may object.</p>")
    page = saved(tmp_path, "privacy-2023-05-01.html",
                 body='<iframe src="privacy-2023-05-01_files/player.html"></iframe>'
                      '<iframe src="privacy-2023-05-01_files/pub.html"></iframe>',
                 files={"privacy-2023-05-01_files/player.html": player, "privacy-2023-05-01_files/pub.html": published})
    converted = convert(page)
    assert "## 2. Your rights\n\nYou may object." in converted.markdown, converted.markdown
    assert "Share" not in converted.markdown and "Our video" not in converted.markdown, converted.markdown


def test_a_link_to_the_top_that_a_script_ran_keeps_its_words_unlinked(tmp_path: Path):
    """A consent manager's "Cookie settings" and a "Do Not Sell or Share My Personal Information" opener are links to
    `#` the page's scripts ran: published, each led to the top of the page and opened nothing. They keep their words,
    not linked, said; a panel's control (`aria-controls`), a link into the page and a link elsewhere stay links."""
    page = saved(tmp_path, "privacy-2023-03-01.html",
                 body='<p>Change your choices in <a href="#" class="ot-sdk-show-settings">Cookie settings</a>.</p>'
                      '<p><a href="#!" onclick="openModal()">Do Not Sell or Share My Personal Information</a></p>'
                      '<p><a href="#" aria-controls="p1" aria-expanded="false">Retention</a></p>'
                      '<div id="p1"><p>One year.</p></div><p>Also <a href="#" style="display:none">Hidden</a>.</p>'
                      '<p>See <a href="#rights">your rights</a> and '
                      '<a href="https://example.org/">our site</a>.</p><h2 id="rights">2. Rights</h2><p>Ask.</p>')
    converted = convert(page)
    assert "Change your choices in Cookie settings." in converted.markdown, converted.markdown
    assert "\nDo Not Sell or Share My Personal Information\n" in converted.markdown
    assert "See [your rights](#rights) and [our site](https://example.org/)." in converted.markdown
    assert "Retention" in converted.markdown and "One year." in converted.markdown
    assert any(_unlined(note).startswith("kept 1 element that the page's style hid") and "“Hidden”" in note
               for note in converted.notes), converted.notes
    assert "2 links to “#” alone, controls the page's scripts ran (“Cookie settings”, “Do Not Sell or Share My " \
           "Personal Information”): their words kept, not linked (nothing on this site answers them)" in converted.notes


def test_list_items_labelled_by_css_counters_keep_the_labels_the_page_showed(tmp_path: Path):
    """A German or Austrian policy numbers its paragraphs by CSS (`ol.abs > li::before { counter-increment: a; content:
    "(" counter(a) ") " }`, the list's own markers off): the reader saw "(1) Auskunft", the import wrote the list
    "1. Auskunft", the numbering the text cites ("Abs. 1") drawn otherwise. Each item keeps the label the page showed,
    counted as a browser counts them (each list's counter-reset starting it again), said; a list no counter labels is
    numbered as before."""
    page = saved(tmp_path, "datenschutz-2023-01-01.html",
                 head="<style>ol.abs{counter-reset:a;list-style:none} ol.abs>li::before{counter-increment:a;"
                      "content:\"(\" counter(a) \") \"} ul.art{list-style:none;counter-reset:art 4} "
                      ".art li:before{counter-increment:art;content:\"Art. \" counter(art, upper-roman) \" – \"}</style>",
                 body='<ol class="abs"><li>Auskunft.</li><li>Berichtigung.</li></ol><p>Und:</p>'
                      '<ol class="abs"><li>Löschung.</li></ol><ul class="art"><li>Zweck.</li></ul>'
                      "<ol><li>Erstens.</li><li>Zweitens.</li></ol>")
    converted = convert(page)
    assert "- (1) Auskunft.\n- (2) Berichtigung.\n\nUnd:\n\n- (1) Löschung.\n" in converted.markdown, \
        converted.markdown
    assert "- Art. V – Zweck.\n" in converted.markdown and "1. Erstens.\n2. Zweitens." in converted.markdown
    assert "3 lists labelled by the page's stylesheet (CSS counters: “(1)”, “Art. 1”): each item keeps the label " \
           "the page showed at the start of its text" in converted.notes, converted.notes


def test_a_pages_stylesheet_is_parsed_once_for_all_the_passes_that_read_it(tmp_path: Path, monkeypatch):
    """Adoption hunt 26: a saved theme's stylesheet (370 KB, 6,000 rules) was parsed again by each of five passes
    (hidden words, bold, drawn words, kept line breaks, flex order), and each rule's declarations by each, 5-6 s of a
    version's conversion. It is parsed once, each block of declarations once; what is read of it is unchanged."""
    import tinycss2

    from policysite.convert import css_marks

    sheets: list[str] = []
    blocks: list[str] = []
    parse_stylesheet, parse_blocks = tinycss2.parse_stylesheet, tinycss2.parse_blocks_contents

    def stylesheet(css, **options):
        sheets.append(css)
        return parse_stylesheet(css, **options)

    def declarations(block, **options):
        if isinstance(block, str):
            blocks.append(block)
        return parse_blocks(block, **options)

    monkeypatch.setattr(tinycss2, "parse_stylesheet", stylesheet)
    monkeypatch.setattr(tinycss2, "parse_blocks_contents", declarations)
    css_marks.screen_rules.cache_clear()
    css_marks.declared.cache_clear()
    rules = "".join(f".c{n}{{color:#333;margin:{n}px}}" for n in range(200))
    page = saved(tmp_path, "privacy-2023-03-01.html",
                 head=f"<style>{rules}.gone{{display:none}}.b{{font-weight:700}}.row{{display:flex}}"
                      ".two{order:2}.one{order:1}.addr{white-space:pre-line}.neg::before{content:\"not \"}</style>",
                 body='<p class="c1">We do <span class="neg">sell</span> data.<span class="gone"> Old words.</span> '
                      '<span class="b">Bold.</span></p><div class="row"><p class="two">Second.</p><p class="one">'
                      'First.</p></div><p class="addr">Example Ltd\n1 High Street</p>')
    text = convert(page).markdown
    assert "We do not sell data." in text and "**Bold.**" in text and "Example Ltd  \n1 High Street" in text
    assert text.index("First.") < text.index("Second.")
    css = [sheet for sheet in sheets if ".c199" in sheet]
    assert len(css) == 1, len(css)
    repeated = {block for block in blocks if blocks.count(block) > 1 and "margin:199px" in block}
    assert not repeated, repeated


def test_nested_clauses_numbered_by_css_counters_keep_their_legal_numbers(tmp_path: Path):
    """Legal numbering drawn by CSS (`ol.legal { counter-reset: item } li::before { content: counters(item, ".") ". ";
    counter-increment: item }`): the reader saw "2.1. Identity data." and "2.1.1. Name;", the import wrote each nested
    list 1., 2., the clause numbers a text cites lost (`counters()`, the nested form, was not read). Each nested
    counter is its own, inside its parent's; a list the counter numbers 1., 2., 3. stays Markdown's (its bold items the
    sections they were)."""
    page = tmp_path / "privacy-2023-03-01.html"
    page.write_text('<html lang="en"><head><style>ol.legal { counter-reset: item; list-style: none } ol.legal li { '
                    'display: block } ol.legal li:before { content: counters(item, ".") ". "; counter-increment: item }'
                    '</style></head><body><main><h1>Privacy Notice</h1><ol class="legal">'
                    '<li><strong>Introduction</strong><ol class="legal"><li>This notice explains how we use your data.'
                    '</li><li>It applies to all our services.</li></ol></li><li><strong>Data we collect</strong><ol '
                    'class="legal"><li>Identity data.<ol class="legal"><li>Name;</li><li>Date of birth.</li></ol></li>'
                    '<li>Contact data.</li></ol></li></ol></main></body></html>', encoding="utf-8")
    text = convert(page).markdown
    assert ("## 1. Introduction\n\n- 1.1. This notice explains how we use your data.\n- 1.2. It applies to all our "
            "services.\n\n## 2. Data we collect\n\n- 2.1. Identity data.\n    - 2.1.1. Name;\n    - 2.1.2. Date of "
            "birth.\n- 2.2. Contact data.\n") in text, text


def test_a_saved_page_that_is_not_the_policy_is_refused_in_the_site_s_language(tmp_path: Path):
    """What a saved web page most often is instead of the policy (Cloudflare's check of the visitor, a site's "not
    found" page, its server's code, a page of frames) is refused in the catalogue's words: French on a French site,
    English as before."""
    import pytest

    from policysite import messages
    from policysite.convert import ConvertError

    pages = {
        "a": "<html><head><title>Just a moment...</title></head><body><form id=\"challenge-form\"></form></body></html>",
        "b": "<html><head><title>Page introuvable</title></head><body><h1>404 Not Found</h1></body></html>",
        "c": "<?php include 'header.php'; ?><html><body><h1>Politique</h1></body></html>",
        "d": "<html><frameset><frame src=\"menu.html\"><frame src=\"texte.html\"></frameset></html>"}
    said = {}
    for name, page in pages.items():
        path = tmp_path / f"{name}-2021-01-01.html"
        path.write_text(page, encoding="utf-8")
        with pytest.raises(ConvertError) as refused:
            convert(path)
        said[name] = messages.said_in(messages.text_of(refused.value), "fr")
    assert said == {
        "a": "a-2021-01-01.html\u00a0: la vérification des visiteurs de Cloudflare («\u00a0Just a moment...\u00a0»), et non la "
             "politique\u00a0: l'outil qui l'a enregistrée a été pris pour un robot\u202f; ouvrez l'adresse dans un navigateur et "
             "enregistrez la page qu'il affiche (rien n'a été importé)",
        "b": "b-2021-01-01.html\u00a0: une page indiquant que l'adresse n'a pas de page, ou que le site a échoué («\u00a0404 Not "
             "Found\u00a0»), et non la politique\u00a0: enregistrez la page de l'adresse qui contenait le texte ce jour-là (rien "
             "n'a été importé)",
        "c": "c-2021-01-01.html\u00a0: contient le code de son serveur (<?php, <% …), et non la page montrée aux lecteurs\u00a0: "
             "ouvrez la page dans un navigateur (ou la Wayback Machine) et enregistrez-la en .html",
        "d": "d-2021-01-01.html\u00a0: une page de cadres (<frameset>)\u00a0: son texte est dans les pages que montrent ses "
             "cadres (menu.html, texte.html)\u00a0: ouvrez celle qui contient la politique, enregistrez-la en .html et "
             "importez-la\u00a0: rien n'a été importé"}


def test_a_draft_or_plain_text_that_is_no_policy_is_refused_in_the_site_s_language(tmp_path: Path):
    """A Markdown draft the old site never published, and plain text that reads as no paragraphs, are refused in the
    catalogue's words (French on a French site, English as before)."""
    import pytest

    from policysite import messages
    from policysite.convert import ConvertError

    draft = tmp_path / "politique-2021-01-01.md"
    draft.write_text("---\ndraft: true\n---\n# Politique\n\nTexte.\n", encoding="utf-8")
    plain = tmp_path / "politique-2021-02-01.txt"
    plain.write_text("```\nx = 1\n```\n", encoding="utf-8")
    said = []
    for path in (draft, plain):
        with pytest.raises(ConvertError) as refused:
            convert(path)
        said.append(messages.said_in(messages.text_of(refused.value), "fr"))
    assert said == [
        "politique-2021-01-01.md\u00a0: son en-tête indique `draft: true`\u00a0: un brouillon que l'ancien site n'a jamais "
        "publié, et non une version\u202f; retirez-le du dossier (ou, si des lecteurs l'ont bien lu, supprimez cette ligne "
        "et importez-le à nouveau)",
        "politique-2021-02-01.txt\u00a0: un texte brut qui ne se lit pas en paragraphes (trop court, ou avec des marques de "
        "code)\u00a0: renommez-le en .md, avec un # devant son titre et ## devant le titre de chaque section"]


def test_a_short_plain_text_is_refused_not_imported_as_one_block_of_code(tmp_path: Path):
    """A plain text too short to read as paragraphs (under 40 words) stays the page's one preformatted block, which
    the import writes as code indented by four spaces: the refusal looked for that indent after stripping it, and the
    text was imported as one code block, no title, no section, no note (words3's finding)."""
    import pytest

    from policysite.convert import ConvertError

    plain = tmp_path / "politique-2021-03-01.txt"
    plain.write_text("POLITIQUE DE CONFIDENTIALITÉ\n\n1. Objet\n\nNous traitons vos données.\n\n2. Droits\n\n"
                     "Vous avez des droits.\n", encoding="utf-8")
    with pytest.raises(ConvertError, match="plain text that does not read as paragraphs"):
        convert(plain)


def test_bold_lines_made_section_headings_are_said_in_the_site_s_language(tmp_path: Path):
    """A text without headings whose bold lines became its sections (Markdown, a web page, a Word document without
    heading styles): the notes a legal team checks its imported sections against, in French on a French site."""
    from policysite import messages

    markdown = tmp_path / "politique-2021-01-01.md"
    markdown.write_text("**Politique de confidentialité**\n\n**Données**\n\nNous traitons vos données.\n\n**Durée**\n\n"
                        "Un an.\n", encoding="utf-8")
    page = tmp_path / "politique-2021-02-01.html"
    page.write_text("<html><body><main><h1>Politique</h1><p><b>1. Données</b></p><p>Nous traitons vos données.</p>"
                    "<p><b>2. Durée</b></p><p>Un an.</p></main></body></html>", encoding="utf-8")
    assert [messages.said_in(note, "fr") for path in (markdown, page) for note in convert(path).notes] == [
        "ligne 3\u00a0: 2 lignes en gras isolées au-dessus de leur texte sont devenues des titres de section (le texte n'a "
        "aucun titre sous son titre principal)\u00a0: vérifiez-les",
        "ligne 1\u00a0: le paragraphe en gras au-dessus de la première section est devenu le titre principal",
        "2 paragraphes en gras commençant par un numéro de section sont devenus des titres de section (le document "
        "n'a pas de styles de titre)"]


def test_what_a_web_page_holds_outside_its_main_text_is_said_in_the_site_s_language(tmp_path: Path):
    """A web archive's copy of a page: its toolbar removed, the page's title outside its <main> kept, a cookie
    declaration after it left out; the notes in French on a French site."""
    from policysite import messages

    page = tmp_path / "politique-2021-03-01.html"
    page.write_text("<html><body><div id=\"wm-ipp-base\">Wayback Machine</div><div class=\"top\"><h1>Politique de "
                    "confidentialité</h1></div><main><h2>1. Données</h2>"
                    "<p>Nous traitons vos données avec soin et pour les seules fins que cette politique décrit.</p>"
                    "</main><div class=\"CookieDeclaration\"><table><tr><th>Nom</th><th>Fournisseur</th><th>Durée</th>"
                    "</tr><tr><td>_ga</td><td>Google</td><td>2 ans</td></tr><tr><td>_gid</td><td>Google</td><td>1 jour"
                    "</td></tr></table></div></body></html>", encoding="utf-8")
    assert [messages.said_in(note, "fr") for note in convert(page).notes] == [
        "retiré la barre d'outils de l'archive du web",
        "omis 11 mots hors du contenu principal de la page («\u00a0Nom Fournisseur Durée _ga Google 2 ans _gid Google 1 "
        "jour…\u00a0»)\u00a0: s'ils font partie de la politique (une déclaration de cookies affichée en dessous), importez une "
        "copie de la page qui les contient",
        "le <h1> de la page, hors de son texte principal, a été conservé comme titre"]


def test_what_the_html_conversion_rewrites_or_leaves_out_is_said_in_the_site_s_language(tmp_path: Path):
    """A saved page as a French company's site writes one (a definition list, an underlined passage, a table cell
    spanning two rows, a clause marked hidden, a disclosure panel) and a policy kept as plain text: the notes of what
    the conversion to Markdown rewrote or left out, in French on a French site."""
    from policysite import messages

    page = saved(tmp_path, "politique-2021-03-01.html", body=(
        "<dl><dt>Responsable</dt><dd>Exemple SAS.</dd></dl><p>Vous pouvez <u>retirer votre consentement</u>.</p>"
        "<table><tr><th>Données</th><th>Durée</th></tr><tr><td rowspan=\"2\">Compte</td><td>3 ans</td></tr>"
        "<tr><td>5 ans</td></tr></table><p hidden>CLAUSE EN PROJET : partage des données.</p>"
        "<details><summary>Vos droits</summary><p>Accès, rectification.</p></details>"))
    text = tmp_path / "politique-2021-04-01.txt"
    text.write_text("POLITIQUE DE CONFIDENTIALITÉ\n\nCette politique explique comment Exemple SAS traite les données"
                    " personnelles de ses\nclients et visiteurs. Merci de la lire.\n\n1. QUI SOMMES-NOUS\n\nExemple "
                    "SAS, Paris, est le responsable du traitement ; écrivez à vie-privee@example.com.\n\n2. VOS DROITS"
                    "\n\nVous pouvez demander l'accès à vos données, leur rectification et leur effacement.\n",
                    encoding="utf-8")
    notes = [note for path in (page, text) for note in convert(path).notes]
    assert [messages.said_in(note, "fr") for note in notes] == [
        "1 passage souligné écrit en italique\u00a0: le texte du site n'a pas de soulignement (sur une page web, des mots "
        "soulignés se lisent comme un lien)",
        "1 titre de volet dépliable (le <summary> d'un <details>) conservé au-dessus de son texte\u00a0: en gras, un titre là "
        "où il est numéroté comme une section",
        "omis 1 élément marqué comme masqué, que les lecteurs n'ont jamais vu\u00a0: «\u00a0CLAUSE EN PROJET : partage des "
        "données.\u00a0»",
        "1 cellule de tableau couvrant plusieurs lignes ou colonnes\u00a0: répétée dans chaque ligne et chaque colonne "
        "couverte (un tableau Markdown n'a pas de cellules fusionnées)",
        "1 liste de définitions\u00a0: chaque terme est devenu un paragraphe en gras, sa définition le paragraphe qui le suit "
        "(Markdown n'a pas de listes de définitions)",
        "texte brut\u00a0: lu comme 3 paragraphes, chaque ligne conservée, et 3 titres, sa première ligne courte et ses "
        "lignes numérotées courtes, seules ou juste au-dessus de leur texte\u202f; vérifiez-les"], notes
    assert notes[4:] == [
        "1 definition list: each term became a paragraph in bold, its definition the paragraph after it (Markdown has "
        "no definition lists)",
        "plain text: read as 3 paragraphs, each line kept, and 3 headings, its short first line and its short "
        "numbered lines, alone or right over their text; check them"]


def test_what_the_import_of_a_markdown_text_changed_is_said_in_the_site_s_language(tmp_path: Path):
    """A French company's Markdown policies as an old site kept them (saved as Windows-1252, its front matter's title
    over `#` sections, a heading without its space, a sub-section written one level too high, GitHub's backslash line
    break, a footnote; another whose front matter does not read as YAML): the notes of what the import changed, in
    French on a French site."""
    from policysite import messages

    old = tmp_path / "politique-2021-01-01.md"
    old.write_bytes("---\ntitle: Politique de confidentialité\n---\n\n# 1. Données\n\nNous traitons vos données[^1].\n"
                    "\n# 2. Droits\n\nÉcrivez-nous :\\\nExemple SAS\n\n[^1]: Au sens du RGPD.\n".encode("cp1252"))
    broken = tmp_path / "politique-2021-02-01.md"
    broken.write_text("---\ntitle: [Politique\n---\n\n# Politique\n\n## 1. Données\n\nNous traitons vos données.\n\n"
                      "## 1.1 Durée\n\nDeux ans.\n\n##2. Droits\n\nÉcrivez-nous.\n",
                      encoding="utf-8")
    notes = [note for path in (old, broken) for note in convert(path).notes]
    assert [messages.said_in(note, "fr") for note in notes] == [
        "le fichier n'est pas en UTF-8 (ligne 2, octet 38)\u00a0: lu en Windows-1252",
        "1 saut de ligne écrit avec une barre oblique inverse (le Markdown de GitHub) est écrit avec les deux espaces en "
        "fin de ligne de Markdown",
        "1 appel de note ([^…]) lié à sa note, numéroté dans l'ordre où le texte le cite (le Markdown de ce site n'a pas "
        "de notes de bas de page)\u00a0: chaque note reste là où elle est écrite, en commençant par son numéro",
        "le titre de l'en-tête, «\u00a0Politique de confidentialité\u00a0», est devenu le titre principal, et 2 titres `#` placés "
        "en dessous sont devenus des sections (##), chaque titre descendant d'un niveau, comme l'ancien site les "
        "affichait",
        "l'en-tête n'est pas valide (attendu\u00a0: «\u00a0,\u00a0» ou «\u00a0]\u00a0»\u202f; trouvé\u00a0: la fin du texte)\u00a0: il a été omis",
        "1 titre écrit sans espace après ses marques # («\u00a0##2. Droits\u00a0») est écrit avec une espace\u00a0: le Markdown du site "
        "y lit un titre, comme l'auteur du texte le voulait, les vérifications un paragraphe (un site CommonMark, celui "
        "de Hugo ou de GitHub, affichait les marques # comme du texte)",
        "1 titre déplacé au niveau que lit le site (la profondeur du numéro de chaque section\u00a0: 1. un ##, 1.2 un ###)"]
    assert notes[3] == ("the front matter's title, “Politique de confidentialité”, became a title, and the 2 `#` "
                        "headings below it sections (##), every heading one level down, as the old site showed them")


def test_what_the_import_of_a_saved_page_left_out_or_read_otherwise_is_said_in_the_site_s_language(tmp_path: Path):
    """A French company's page saved from its old site (a theme declaring ISO-8859-1 over UTF-8 bytes, an English
    page holding the French text as a part marked `lang="fr"` beside a German one, a print button, a heading drawn by
    `role="heading"`, a link through Google's redirect): the notes of what the import read otherwise or left out, in
    French on a French site."""
    from policysite import messages

    page = tmp_path / "politique-2021-03-01.html"
    page.write_bytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"iso-8859-1\"><title>Privacy</title></head><body><main>"
        "<div lang=\"fr\"><h1>Politique de confidentialité</h1><h2>1. Données</h2><p>Nous traitons vos données, "
        "voir la <a href=\"https://www.google.com/url?q=https://www.cnil.fr/&amp;sa=D\">CNIL</a>.</p>"
        "<div role=\"heading\" aria-level=\"2\">2. Droits</div><p>Écrivez-nous pour exercer vos droits.</p>"
        "<p><a href=\"javascript:window.print()\">Imprimer</a></p></div>"
        "<div lang=\"de\"><h2>Datenschutz</h2><p>Wir verarbeiten Ihre Daten nur für die hier genannten Zwecke.</p>"
        "</div></main></body></html>".encode())
    notes = convert(page, lang="fr").notes
    assert [messages.said_in(note, "fr") for note in notes] == [
        "la page déclare le jeu de caractères «\u00a0iso-8859-1\u00a0», mais ses octets sont en UTF-8 (comme le serveur qui la "
        "publiait a dû le dire dans son en-tête, que les navigateurs lisent d'abord)\u00a0: lue en UTF-8",
        "la page est écrite en anglais, avec une partie marquée comme écrite en français\u00a0: lu cette seule partie",
        "1 élément marqué comme titre (role=\"heading\", aria-level) est devenu le titre de son niveau",
        "omis 1 lien ou bouton d'impression de la page ou de fermeture de sa fenêtre («\u00a0Imprimer\u00a0»)\u00a0: "
        "l'outil de l'ancien site, pas des mots de la politique (ce site a son propre PDF)",
        "1 lien passant par la redirection de Google (google.com/url?q=…) pointe directement vers son adresse (le clic "
        "d'un lecteur serait d'abord passé par Google)"], notes
    assert notes[1:3] == ["the page is written in English, with a part marked as written in French: read that part only",
                          "1 element marked as heading (role=\"heading\", aria-level) became the heading of its level"]


def test_a_server_template_s_code_tabs_and_run_in_titles_are_said_in_the_site_s_language(tmp_path: Path):
    """A French company's old site kept as its source: a Jinja template (a title block, a comment, an expression its
    server filled in) whose page holds tabs, one panel closed; a Markdown text whose sections are bold lines, one
    running in at the start of its text. The notes of what the import left out or kept, in French on a French
    site."""
    from policysite import messages

    page = tmp_path / "politique-2021-03-01.html"
    page.write_text('{% extends "base.html" %}{% block title %}Politique de confidentialité{% endblock %}'
                    "{% block content %}{# à relire #}<h1>Politique de confidentialité</h1><h2>1. Données</h2><p>Nous "
                    "traitons vos données.</p><h2>2. Droits</h2><p>Écrivez à {{ contact_email }}.</p><div role="
                    '"tablist"><button role="tab" aria-controls="p1" aria-selected="true">Clients</button><button '
                    'role="tab" aria-controls="p2">Prospects</button></div><div id="p1" role="tabpanel"><p>Trois ans.'
                    '</p></div><div id="p2" role="tabpanel" hidden><p>Un an.</p></div>{% endblock %}', encoding="utf-8")
    text = tmp_path / "politique-2021-04-01.md"
    text.write_text("**1. Données**\n\nNous traitons vos données.\n\n**2. Durée.** Nous les gardons deux ans.\n\n"
                    "**3. Droits**\n\nÉcrivez-nous.\n", encoding="utf-8")
    notes = [note for path in (page, text) for note in convert(path).notes]
    assert [messages.said_in(note, "fr") for note in notes] == [
        "omis le bloc {% block title %} du modèle, de simples mots, «\u00a0Politique de confidentialité\u00a0», que sa mise en "
        "page affiche comme <title> de la page ou ailleurs\u00a0: les mêmes mots sont le titre de la page",
        "omis 1 commentaire du modèle ({# … #}), qu'aucun lecteur n'a vu\u00a0: «\u00a0à relire\u00a0»",
        "omis 3 instructions du modèle serveur de la page (Jinja, Django, Nunjucks\u00a0: {% extends %}, {% block %}, "
        "{% endblock %}), que son serveur exécutait et qu'aucun lecteur n'a vues",
        "ligne 9 du Markdown\u00a0: conservé tel quel le code de modèle {{ contact_email }}, dont le serveur de l'ancien site écrivait le résultat "
        "à cet endroit\u00a0: vérifiez la page telle que les lecteurs la voyaient, et écrivez ses mots dans une nouvelle "
        "version",
        "conservé 1 panneau fermé à l'enregistrement de la page, qu'un lecteur ouvre avec son onglet ou son bouton\u00a0: "
        "«\u00a0Un an.\u00a0»",
        "2 titres d'onglets conservés une seule fois, au-dessus du panneau que chacun ouvre (un titre là où il est "
        "numéroté comme une section, sinon en gras)",
        "lignes 1 et 7\u00a0: une ligne en gras commençant par un numéro de section est devenue un titre de section (le "
        "texte n'a pas d'autre titre)",
        "ligne 5\u00a0: 1 titre de section en gras placé au début de son texte, numéroté comme la section entre les titres "
        "qui l'entourent, est devenu un titre de section, son texte le paragraphe en dessous"], notes
    assert notes[-1] == ("line 5: 1 bold section title running in at the start of its text, numbered as the "
                         "section between the headings around it, became a section heading, its text the paragraph "
                         "under it")


def test_headings_moved_a_date_line_and_cloudflare_s_hidden_address_are_said_in_the_site_s_language(tmp_path: Path):
    """A French company's page as its CMS and Cloudflare served it: numbered sections in <h3> under the title, the
    date line as an <h4>, the DPO's address hidden by Cloudflare's email protection. The notes of what the import
    moved and showed again, in French on a French site."""
    from policysite import messages

    hidden = "42" + "".join(f"{ord(letter) ^ 0x42:02x}" for letter in "dpo@exemple.fr")  # Cloudflare's XOR encoding
    page = tmp_path / "politique-2021-05-01.html"
    page.write_text('<html lang="fr"><body><main><h1>Politique de confidentialité</h1><h4>Mise à jour : 1er mars '
                    "2021</h4><h3>1. Données</h3><p>Nous traitons vos données. Écrivez à <a href=\"/cdn-cgi/l/email-"
                    f'protection" class="__cf_email__" data-cfemail="{hidden}">[email&#160;protected]</a>.</p><h3>2. '
                    "Droits</h3><p>Vous pouvez demander l'accès à vos données.</p></main></body></html>",
                    encoding="utf-8")
    converted = convert(page)
    assert "Écrivez à dpo@exemple.fr." in converted.markdown, converted.markdown
    assert [messages.said_in(note, "fr") for note in converted.notes] == [
        "1 adresse électronique masquée par la protection des adresses électroniques de Cloudflare («\u00a0[email protected]\u00a0») de nouveau "
        "affichée, comme le navigateur du lecteur l'affichait",
        "la ligne de date sous le titre, écrite comme un titre («\u00a0Mise à jour : 1er mars 2021\u00a0»), est un paragraphe\u00a0: "
        "un titre est celui d'une section, et celui-ci n'a pas de texte",
        "2 titres déplacés au niveau que lit le site (la profondeur du numéro de chaque section\u00a0: 1. un ##, 1.2 un ###)"
    ], converted.notes
    assert converted.notes[2] == "2 headings moved to the level the site reads (each section number's depth: 1. a ##, " \
                                 "1.2 a ###)"


def test_a_text_in_two_languages_side_by_side_is_said_in_the_site_s_language(tmp_path: Path):
    """A bilingual company's policy as one table, French beside English: the French column read, the note saying
    which column was kept and which left out, in French on a French site."""
    from policysite import messages

    rows = [("1. Données collectées", "1. Data we collect"),
            ("Nous collectons votre nom et votre adresse électronique.", "We collect your name and your email address."),
            ("2. Vos droits", "2. Your rights"),
            ("Vous pouvez demander l'accès à vos données et leur effacement.",
             "You may ask for access to your data and its erasure.")]
    page = tmp_path / "politique-2021-06-01.html"
    page.write_text("<html><body><main><h1>Politique / Policy</h1><table>" + "".join(
        f"<tr><td>{french}</td><td>{english}</td></tr>" for french, english in rows) + "</table></main></body></html>",
        encoding="utf-8")
    converted = convert(page, lang="fr")
    assert "We collect" not in converted.markdown, converted.markdown
    # (its typed numbered lines, each over its text, the sections: adoption 11 of session 34)
    assert "## 1. Données collectées\n\nNous collectons" in converted.markdown, converted.markdown
    assert [messages.said_in(note, "fr") for note in converted.notes][0] == (
        "un tableau présentant le texte en deux langues côte à côte (4 lignes, «\u00a01. Données collectées\u00a0» à "
        "côté de «\u00a01. Data we collect\u00a0»)\u00a0: lu sa colonne de gauche, le texte en français\u202f; celle de "
        "droite omise (importez-la avec "
        "son propre --lang)"), converted.notes
    assert converted.notes[0] == (
        "a table setting the text in two languages side by side (4 rows, “1. Données collectées” beside “1. Data we "
        "collect”): read its left column, the French text; the right one left out (import it with its own --lang)")
