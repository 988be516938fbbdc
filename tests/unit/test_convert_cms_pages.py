"""Pages saved from WordPress and its consent and policy plugins (Complianz, GDPR Cookie Consent, Contact Form 7), and
consent platforms' notices (OneTrust), imported as their readers saw them (adoption hunt 20, session 40)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert


def converted(tmp_path: Path, body: str, name: str = "privacy-2023-03-12.html", *, head: str = ""):
    source = tmp_path / name
    source.write_text(f"<!DOCTYPE html><html lang=\"fr\"><head>{head}</head><body><main>{body}</main></body></html>",
                      encoding="utf-8")
    result = convert(source)
    return result.markdown, "\n".join(messages.said_in(note, "en") for note in result.notes)


def test_complianz_s_reversed_e_mail_address_is_read_the_right_way_round(tmp_path: Path):
    """Complianz writes each address of its documents reversed in a `cmplz-obfuscate` span that its plugin's stylesheet
    draws right to left; saved without that stylesheet, the page was imported with `moc.elpmaxe@tcatnoc`."""
    text, notes = converted(tmp_path, "<h1>Déclaration de confidentialité</h1><h2>1. Contact</h2>"
                                      "<p>E-mail : <span class=\"cmplz-obfuscate\">moc.elpmaxe@tcatnoc</span></p>")
    assert "E-mail : contact@example.com\n" in text, text
    assert "“contact@example.com”" in notes, notes


def test_a_page_s_own_rule_for_complianz_s_class_is_the_one_read(tmp_path: Path):
    """Where the page's stylesheet styles the class otherwise (no override), its words stay as written."""
    text, _notes = converted(tmp_path, "<h1>Privacy</h1><h2>1. Contact</h2>"
                                       "<p>Mail: <span class=\"cmplz-obfuscate\">dpo@example.org</span></p>",
                             head="<style>.cmplz-obfuscate { font-weight: normal }</style>")
    assert "Mail: dpo@example.org\n" in text, text


def test_loose_text_between_wordpress_block_comments_is_a_paragraph_not_code(tmp_path: Path):
    """A post's content as WordPress's block editor saves it (`<!-- wp:freeform -->` around a classic block's loose
    text): each comment left a space of its own before the text, which four made an indented code block."""
    source = tmp_path / "privacy-2023-03-12.html"
    source.write_text('<!-- wp:heading {"level":1} -->\n<h1>Privacy</h1>\n<!-- /wp:heading -->\n\n'
                      "<!-- wp:paragraph -->\n<p>We care.</p>\n<!-- /wp:paragraph -->\n\n"
                      "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n\n"
                      "<!-- wp:freeform -->\nClassic text with <strong>bold</strong>.\n<!-- /wp:freeform -->\n",
                      encoding="utf-8")
    text = convert(source).markdown
    assert "\n\nWe care.\n\nClassic text with **bold**." in text, text  # (a space after it: loose text's last)


GUTENBERG = ('<!-- wp:heading {"level":1} -->\n<h1>Privacy Policy</h1>\n<!-- /wp:heading -->\n\n'
             "<!-- wp:heading -->\n<h2>1. Cookies</h2>\n<!-- /wp:heading -->\n\n"
             "<!-- wp:paragraph -->\n<p>See our [cmplz-document type=\"cookie-statement\" region=\"eu\"] page.</p>\n"
             "<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[cmplz-cookies]\n<!-- /wp:shortcode -->\n\n"
             "<!-- wp:paragraph -->\n<p>[gdpr_cookie_consent_privacy_link]</p>\n<!-- /wp:paragraph -->\n\n"
             "<!-- wp:paragraph -->\n<p>Replace [Company name] and see note [1].</p>\n<!-- /wp:paragraph -->\n\n"
             "<!-- wp:heading -->\n<h2>2. Contact</h2>\n<!-- /wp:heading -->\n\n"
             "<!-- wp:shortcode -->\n[contact-form-7 id=\"42\" title=\"Privacy request\"]\n<!-- /wp:shortcode -->\n")


def test_a_wordpress_post_s_shortcodes_standing_alone_are_left_out_and_said(tmp_path: Path):
    """A post's content as the block editor saves it holds the shortcodes whose output the old site showed (Complianz's
    cookie list, a contact form): they were imported as their code, `\\[cmplz-cookies\\]`. One standing alone is left
    out, one inside a sentence kept as written, each said; bracketed words that are no shortcode stay."""
    source = tmp_path / "privacy-2023-03-12.html"
    source.write_text(GUTENBERG, encoding="utf-8")
    result = convert(source)
    text = result.markdown
    assert "cmplz-cookies" not in text and "gdpr_cookie" not in text and "contact-form-7" not in text, text
    assert "See our \\[cmplz-document type=\"cookie-statement\" region=\"eu\"\\] page." in text, text
    assert "Replace \\[Company name\\] and see note \\[1\\]." in text, text
    notes = "\n".join(messages.said_in(note, "en") for note in result.notes)
    assert "left out 3 WordPress shortcodes standing alone (“[cmplz-cookies]”, “[gdpr_cookie_consent_privacy_link]”, " \
        "“[contact-form-7 id=\"42\" title=\"Privacy request\"]”)" in notes, notes
    assert "kept as written 1 WordPress shortcode inside a sentence (“[cmplz-document type=\"cookie-statement\" " \
        "region=\"eu\"]”)" in notes, notes
    french = "\n".join(messages.said_in(note, "fr") for note in result.notes)
    assert "3 codes courts WordPress laissés de côté, seuls sur leur ligne («\u00a0[cmplz-cookies]\u00a0»" in french, french


def test_a_rendered_page_s_bracketed_words_stay(tmp_path: Path):
    """A page the old site rendered (no block comment) showed a shortcode's words as such: a plugin switched off."""
    text, notes = converted(tmp_path, "<h1>Privacy</h1><h2>1. Cookies</h2><p>[cmplz-cookies]</p>")
    assert "\\[cmplz-cookies\\]" in text and "shortcode" not in notes, (text, notes)


def test_onetrust_s_menu_of_sections_above_the_notice_s_title_is_left_out(tmp_path: Path):
    """OneTrust's privacy notice writes its menu of sections (`<ul class="otnotice-menu">`) above the notice: imported
    as a list of links above the title, the page had no title first."""
    text, notes = converted(tmp_path, (
        '<div class="otnotice"><div class="otnotice-content"><ul class="otnotice-menu">'
        '<li class="otnotice-menu-section"><a href="#otnotice-section-a1">1. Scope</a></li>'
        '<li class="otnotice-menu-section"><a href="#otnotice-section-a2">2. Data</a></li></ul>'
        '<div class="otnotice-sections"><section class="otnotice-section"><h1>Global Privacy Notice</h1></section>'
        '<section class="otnotice-section" id="otnotice-section-a1"><h2>1. Scope</h2><p>Example Corp.</p></section>'
        '<section class="otnotice-section" id="otnotice-section-a2"><h2>2. Data</h2><p>Contact data.</p></section>'
        "</div></div></div>"))
    assert text.startswith("# Global Privacy Notice\n\n## 1. Scope"), text
    assert "left out a table of contents' box (“1. Scope 2. Data…”)" in notes, notes


def test_google_s_heading_ids_in_a_page_are_left_out_and_links_follow(tmp_path: Path):
    """Google Docs' web page export and Google Sites give each heading a random id (`h.30j0zll`, another in each copy
    and language): the HTML import kept them as the sections' ids (`## 1. Who we are {#h.30j0zll}`), so that a text's
    sections never paired with its translation's; they go, as Google Docs' Markdown's do, and links follow."""
    text, notes = converted(tmp_path, (
        '<h1 id="h.gjdgxs">Privacy Policy</h1><h2 id="h.30j0zll">1. Who we are</h2>'
        '<p>We. See <a href="#h.1fob9te">your rights</a>.</p><h2 id="h.1fob9te">2. Rights</h2><p>Ask.</p>'))
    assert text.startswith("# Privacy Policy\n\n## 1. Who we are\n\nWe. See [your rights](#s2).\n\n## 2. Rights\n"), text
    assert "left out Google Docs' id of the heading" in notes, notes


def test_a_documentation_site_s_previous_and_next_links_are_left_out(tmp_path: Path):
    """GitBook writes under each page its links to the previous and next pages (a label and a title in each): imported
    as the policy's last line, "PreviousTerms of ServiceNextCookie Policy". A paragraph linking the policy's previous
    versions stays."""
    text, notes = converted(tmp_path, (
        "<h1>Privacy Policy</h1><h2>1. Who we are</h2><p>Acme Inc.</p>"
        '<p><a href="/legal/privacy/archive">Previous versions of this policy</a></p>'
        '<div class="flex"><a href="/legal/terms"><span>Previous</span><span>Terms of Service</span></a>'
        '<a href="/legal/cookies"><span>Next</span><span>Cookie Policy</span></a></div>'))
    assert "Terms of Service" not in text and "Cookie Policy" not in text, text
    assert "Previous versions of this policy" in text, text
    assert "left out the links to the previous and next pages (“Previous Terms of Service · Next Cookie Policy”)" \
        in notes, notes


def test_a_time_counted_from_the_day_the_page_was_saved_is_its_day(tmp_path: Path):
    """GitBook's "Last updated <time datetime=…>1 year ago</time>" was imported as "Last updated 1 year ago", true on
    the day the page was saved only; the day its datetime holds is written, said. A time of words stays."""
    text, notes = converted(tmp_path, (
        '<h1>Privacy Policy</h1><p>Last updated <time datetime="2023-03-12T09:15:00Z">1 year ago</time></p>'
        '<h2>1. Who we are</h2><p>Acme, since <time datetime="2020-01-01">1 January 2020</time>.</p>'))
    assert "Last updated 2023-03-12\n" in text and "since 1 January 2020." in text, text
    assert "1 time the page showed counted from the day it was saved, written as the day its datetime holds " \
        "(“1 year ago → 2023-03-12”)" in notes, notes


def test_a_heading_s_own_link_in_a_box_is_said_as_such_not_as_a_link_to_the_top(tmp_path: Path):
    """GitBook and Google Sites put a heading's own link (its icon) in a box inside the heading: it was left out as
    “2 links back to the top of the page”; it goes as a heading's ¶ link does, said so."""
    text, notes = converted(tmp_path, (
        '<h1>Privacy Policy</h1><h2 id="who"><div><a href="#who" aria-label="Direct link to heading"><svg></svg></a>'
        '</div><div>1. Who we are</div></h2><p>Acme.</p>'))
    assert "## 1. Who we are {#who}\n\nAcme.\n" in text, text
    assert "back to the top" not in notes and "removed 1 heading link to the heading itself (¶)" in notes, notes


def test_a_page_builder_s_layout_shortcodes_around_the_text_are_left_out(tmp_path: Path):
    """A post Divi built, as WordPress keeps it (no block comment: the text inside `[et_pb_text]`, itself inside
    section, row and column shortcodes): the shortcodes were imported as a paragraph above the title and one under the
    text; they go, wherever they are (WPBakery's around words alone too), said."""
    source = tmp_path / "privacy-2023-03-12.html"
    source.write_text('[et_pb_section fb_built="1"][et_pb_row][et_pb_column type="4_4"][et_pb_text]<h1>Privacy Policy</h1>'
                      "\n<h2>1. Who we are</h2>\n<p>Acme Ltd.</p>[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]"
                      "\n[vc_column_text]Words alone.[/vc_column_text]\n", encoding="utf-8")
    result = convert(source)
    assert result.markdown.startswith("# Privacy Policy\n\n## 1. Who we are\n\nAcme Ltd.\n\nWords alone."), result.markdown
    assert "[" not in result.markdown, result.markdown
    notes = "\n".join(messages.said_in(note, "en") for note in result.notes)
    assert "left out 10 layout shortcodes of a page builder (“[et_pb_section fb_built=\"1\"]”, “[et_pb_row]”, " \
        "“[et_pb_column type=\"4_4\"]” and 7 more)" in notes, notes
