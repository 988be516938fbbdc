"""Texts as consent managers, policy generators, CMS plugins and Markdown editors write them, imported (adoption hunt
26)."""
from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from policysite import document
from policysite.convert import ConvertError, convert


def converted(tmp_path: Path, body: str, name: str = "cookies-2023-04-12.html"):
    source = tmp_path / name
    source.write_text(f"<!DOCTYPE html><html lang=\"en\"><body><main>{body}</main></body></html>", encoding="utf-8")
    return convert(source)


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_an_empty_mount_point_of_a_script_before_a_heading_gives_it_no_id(tmp_path: Path):
    """Complianz's cookie policy ends its consent section with the empty `<div id="cmplz-manage-consent-container">`
    its script fills (OneTrust's `<div id="ot-sdk-cookie-policy">` is another): the next heading was imported as
    `## 8. Enabling/disabling and deleting cookies {#cmplz-manage-consent-container}`, its anchor that id instead of its
    number's. An empty anchor before a heading (`<a name>`, `<span id>`), or an element a link lands on, still gives
    the heading its id."""
    text = converted(tmp_path, (
        "<h1>Cookie Policy (UK)</h1><p><a href=\"#contact\">Contact us</a>.</p><h2>1. Consent</h2><p>You choose.</p>"
        "<div id=\"cmplz-manage-consent-container\" class=\"cmplz-manage-consent-container\"></div>"
        "<h2>2. Enabling/disabling and deleting cookies</h2><p>Use your browser.</p>"
        "<div id=\"ot-sdk-cookie-policy\"></div><h2>3. Your rights</h2><p>Ask us.</p>"
        "<a name=\"old-10\"></a><h2>4. Transfers</h2><p>None.</p>"
        "<span id=\"retention\"></span><h2>5. Retention</h2><p>Short.</p>"
        "<div id=\"contact\"></div><h2>6. Contact details</h2><p>Write.</p>")).markdown
    assert headings(text) == ["# Cookie Policy (UK)", "## 1. Consent", "## 2. Enabling/disabling and deleting cookies",
                              "## 3. Your rights", "## 4. Transfers {#old-10}", "## 5. Retention {#retention}",
                              "## 6. Contact details {#contact}"], text
    assert document.parse(f"---\ndate: 2023-04-12\n---\n{text}", path="index.md", lang="en").problems == []


def test_markdown_footnotes_written_one_under_the_other_stay_on_their_own_lines(tmp_path: Path):
    """A README's notes, `[^1]: …` then `[^2]: …` on the next line (as GitHub and Pandoc write them, each shown as an
    item of a list): imported as two lines of one paragraph, the site showed "1 As defined in Article 4(1) GDPR. 2
    Subject to …" run together. Each note ends its line; a note's own lines stay its own."""
    source = tmp_path / "privacy-2024-03-01.md"
    source.write_text("# Privacy\n\n## 1. Rights\n\nYou may ask[^a]. Some limits apply[^b].\n\n---\n\n"
                      "[^a]: As defined in Article 4(1)\n    GDPR.\n[^b]: Subject to Article 17(3) GDPR.\n",
                      encoding="utf-8")
    text = convert(source).markdown
    assert ('<span id="fn-1"></span><sup>1</sup> As defined in Article 4(1)\nGDPR.  \n'
            '<span id="fn-2"></span><sup>2</sup> Subject to Article 17(3) GDPR.\n') in text, text
    html = markdown.markdown(text)
    assert "GDPR.<br />\n<span" in html and "(1)\nGDPR" in html, html


def test_cookiebots_panel_of_the_visitors_own_consent_is_left_out(tmp_path: Path):
    """Cookiebot's declaration, saved once its script ran, holds the panel of the saver's own consent: the three states
    it may show (two hidden), "Your consent ID: 3Fq3…==" and its date, "Change your consent | Withdraw your consent".
    All were imported, the saver's consent ID published as the policy's. The panel is left out as a consent manager's
    banner is, said; the declaration's own words and its table stay."""
    text = converted(tmp_path, (
        '<h1>Cookie declaration</h1><div id="CookieDeclaration"><div class="CookieDeclaration" lang="en">'
        '<p class="CookieDeclarationDialogText">This website uses cookies to analyse our traffic.</p>'
        '<p>Your consent applies to the following domains: www.acme.example</p>'
        '<div id="CookieDeclarationUserStatusPanel" style="display: block"><div id="CookieDeclarationUserStatusLabel">'
        '<div id="CookieDeclarationUserStatusLabelOff" style="display: none;">Your current state: Deny.</div>'
        '<div id="CookieDeclarationUserStatusLabelOn" style="display: block;">Your current state: Allow all.</div>'
        '<p id="CookieDeclarationConsentIdAndDate"><span style="display:block">Your consent ID: <span '
        'id="CookieDeclarationUserStatusLabelConsentId">3Fq3si2tBBWJTdr/bwc00AxejN6ncHyyEb7z9HwrjelxKkzEJaMY/Q==</span>'
        '</span><span style="display:block">Consent date: <span>Sunday, November 9, 2025</span></span></p></div>'
        '<div id="CookieDeclarationChangeConsent"><a id="CookieDeclarationChangeConsentChange" href="#">Change your '
        'consent</a> | <a id="CookieDeclarationChangeConsentWithdraw" href="#">Withdraw your consent</a></div></div>'
        '<p class="CookieDeclarationTypeHeader">Necessary (1)</p><table class="CookieDeclarationTable"><thead><tr>'
        '<th>Name</th><th>Purpose</th></tr></thead><tbody><tr><td>CookieConsent</td><td>Stores the user\'s cookie '
        'consent state</td></tr></tbody></table></div></div>'), "cookies-2025-12-04.html")
    for gone in ("current state", "consent ID", "3Fq3si2t", "Consent date", "Change your consent", "Withdraw"):
        assert gone not in text.markdown, gone
    assert "Your consent applies to the following domains: www.acme.example" in text.markdown
    assert "| CookieConsent | Stores the user's cookie consent state |" in text.markdown
    assert any(note.startswith("removed the page's consent banner (“Your current state: Deny.") for note in text.notes)


COMPLIANZ_SERVICE = (
    '<details class="cmplz-dropdown cmplz-service-desc cmplz-dropdown-cookiepolicy "><summary class="cmplz-service-header">'
    '<div><h3>Google Analytics</h3><p>Statistics</p><label for="cmplz_service_google-analytics" '
    'class="cmplz_consent_per_service_label"><span class="screen-reader-text">Consent to service google-analytics</span>'
    '</label><input type="checkbox" id="cmplz_service_google-analytics" class="cmplz-accept-service"></div></summary>'
    '<div class="cmplz-service-description"><h4>Usage</h4><p>We use Google Analytics for website statistics.</p></div>'
    '<div class="cookies-per-purpose"><div class="purpose"><h4>Statistics</h4></div>'
    '<div class="name-header"><h5>Name</h5></div><div class="name"><a href="https://cookiedatabase.org/cookie/google-'
    'analytics/_ga/">_ga</a></div><div class="retention-header"><h5>Expiration</h5></div><div class="retention">2 years'
    '</div><div class="function-header"><h5>Function</h5></div><div class="function">Store and count pageviews</div>'
    '<div class="name-header"><h5>Name</h5></div><div class="name">_gid</div><div class="retention-header">'
    '<h5>Expiration</h5></div><div class="retention">1 day</div><div class="function-header"><h5>Function</h5></div>'
    '<div class="function">Store and count pageviews</div></div></details>')


def test_complianz_cookie_grid_is_the_table_it_shows():
    """Complianz writes each cookie of a purpose as label/value cells (`<h5>Name</h5>` over `_ga`, `<h5>Expiration</h5>`
    over `2 years` …) its stylesheet, not saved with the page, lays out as a table: imported as written, every label was
    a heading ("##### Name", "##### Expiration" …, 11 `structure.unnumbered-heading` warnings for two cookies), and the
    screen-reader label of its per-service consent switch a bold line ("**Consent to service google-analytics**")."""
    from policysite.convert import html_source

    text = html_source.convert(("<html lang=en><body><main><h1>Cookie Policy</h1><h2>1. Placed cookies</h2>"
                                f"{COMPLIANZ_SERVICE}<h2>2. Consent</h2><p>You choose.</p></main></body></html>").encode(),
                               name="cookie-policy-2023-04-12.html")
    assert ("#### Statistics\n\n| Name | Expiration | Function |\n| --- | --- | --- |\n"
            "| [\\_ga](https://cookiedatabase.org/cookie/google-analytics/_ga/) | 2 years | Store and count pageviews |\n"
            "| \\_gid | 1 day | Store and count pageviews |\n") in text.markdown, text.markdown
    assert "##### " not in text.markdown and "Consent to service" not in text.markdown
    assert any(note.startswith("1 cookie list a consent plugin lays out as a grid") for note in text.notes)
    page = document.parse(f"---\ndate: 2023-04-12\n---\n{text.markdown}", path="index.md", lang="en")
    assert page.problems == [] and [s.title for s in page.sections if s.level >= 5] == []


def test_a_grid_holding_what_complianz_does_not_write_is_left_as_it_is():
    from policysite.convert import html_source

    grid = ('<div class="cookies-per-purpose"><div class="purpose"><h4>Statistics</h4></div><p>Our own note.</p>'
            '<div class="name-header"><h5>Name</h5></div><div class="name">_ga</div></div>')
    text = html_source.convert(f"<main><h1>Cookies</h1>{grid}</main>".encode(), name="cookies-2023-04-12.html")
    assert "Our own note." in text.markdown and "|" not in text.markdown


def test_words_a_page_sets_apart_in_the_other_direction_stay_apart():
    """An Arabic policy writes its phone number `<span dir="ltr">+966 11 123 4567</span>`: the attribute went at
    import, and in the right-to-left paragraph the number's groups showed in the opposite order ("4567 123 11 966+").
    Such words are kept apart by Unicode's isolates (LRI … PDI, RLI … PDI, FSI for `<bdi>`), which the site keeps and
    its checks accept; an element set in the page's own direction changes nothing."""
    from policysite import editorial
    from policysite.convert import html_source

    arabic = html_source.convert(
        '<html lang="ar" dir="rtl"><body><main><h1>سياسة الخصوصية</h1><h2>١. التواصل</h2><p>رقم الهاتف (<span '
        'dir="ltr">+966 11 123 4567</span>) أو <bdi>Acme Ltd.</bdi> عبر <span dir="rtl">البريد</span>.</p></main>'
        '</body></html>'.encode(), name="privacy-2023-09-01.html")
    assert "رقم الهاتف (\u2066+966 11 123 4567\u2069) أو \u2068Acme Ltd.\u2069 عبر البريد." in arabic.markdown, \
        arabic.markdown
    assert any(note.startswith("2 passages the page sets apart in the other direction") for note in arabic.notes)
    assert editorial.without_misplaced_marks(arabic.markdown, "ar") == arabic.markdown
    english = html_source.convert(
        '<html lang="en"><body><main><h1>Privacy</h1><h2>1. Contact</h2><p>Our office in Tel Aviv (<span dir="rtl">'
        'רחוב הרצל 12</span>), or <span dir="ltr">+44 20 7946 0000</span>.</p></main></body></html>'.encode(),
        name="privacy-2023-09-01.html")
    assert "(\u2067רחוב הרצל 12\u2069), or +44 20 7946 0000." in english.markdown, english.markdown
    assert editorial.without_misplaced_marks(english.markdown, "en") == english.markdown


def test_a_table_of_contents_plugins_box_inside_the_text_is_left_out():
    """WordPress's Easy Table of Contents (and Rank Math's block) write a box of links to the page's headings inside
    the text: imported as "Table of Contents", "Toggle" (its hidden icon label) and the list of links, above the
    first section, while the site draws its own. Left out, said; the headings keep the ids the box linked to."""
    from policysite.convert import html_source

    page = ('<html lang=en><body><main><article><h1>Privacy Policy</h1><div class="entry-content"><p><strong>Last '
            'updated:</strong> July 1, 2023</p><div id="ez-toc-container" class="ez-toc-v2_0_47_1 counter-hierarchy">'
            '<div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-'
            'toggle"><a href="#" class="ez-toc-toggle" aria-label="Toggle Table of Content"><span class="eztoc-hide" '
            'style="display:none;">Toggle</span></a></span></div><nav><ul class="ez-toc-list"><li><a class="ez-toc-link"'
            ' href="#Who_we_are">Who we are</a></li><li><a class="ez-toc-link" href="#Cookies">Cookies</a></li></ul>'
            '</nav></div><h2><span class="ez-toc-section" id="Who_we_are"></span>Who we are<span class="ez-toc-section-'
            'end"></span></h2><p>Our website address is: https://bloom.example.</p><h2><span class="ez-toc-section" '
            'id="Cookies"></span>Cookies</h2><p>We set few.</p><div class="wp-block-rank-math-toc-block"><h2>Table of '
            'Contents</h2><nav><ul><li><a href="#who-we-are">Who we are</a></li></ul></nav></div></div></article>'
            '</main></body></html>')
    text = html_source.convert(page.encode(), name="privacy-2023-07-01.html")
    assert text.markdown == ("# Privacy Policy\n\n**Last updated:** July 1, 2023\n\n## Who we are {#Who_we_are}\n\n"
                             "Our website address is: https://bloom.example.\n\n## Cookies {#Cookies}\n\nWe set few.\n"), \
        text.markdown
    assert sum(note.startswith("left out a table of contents' box (“Table of Contents") for note in text.notes) \
        == 2, text.notes


def test_a_renamed_notion_markdown_export_loses_its_callouts_icons_too(tmp_path: Path):
    """A Notion Markdown export renamed by its date (`privacy-2023-03-01.md`, its id gone): its properties were left out
    (Notion's own names tell it), but its callout's icon stayed, "💡 This policy applies to all Acme products." at the
    top of the text. Where the properties show the file is Notion's, the icons go too, said; another Markdown file's
    `<aside>` opening on an emoji keeps it."""
    page = ("# Privacy Policy\n\nOwner: Jane Doe\nLast edited time: March 1, 2023 10:00 AM\nStatus: Published\n\n"
            "<aside>\n\U0001f4a1 This policy applies to all Acme products.\n\n</aside>\n\n## 1. Who we are\n\nAcme.\n")
    source = tmp_path / "privacy-2023-03-01.md"
    source.write_text(page, encoding="utf-8")
    text = convert(source)
    assert "\U0001f4a1" not in text.markdown and "This policy applies to all Acme products." in text.markdown
    assert any("icon a Notion page draws beside its callouts (\U0001f4a1)" in note for note in text.notes)
    own = tmp_path / "privacy-2023-03-02.md"
    own.write_text("# Privacy Policy\n\n<aside>\n\U0001f4a1 Tip: we never sell data.\n\n</aside>\n\n## 1. A\n\nB.\n",
                   encoding="utf-8")
    assert "\U0001f4a1 Tip" in convert(own).markdown


def test_an_undated_notion_export_is_given_the_day_its_properties_say_as_theirs(tmp_path: Path):
    """Adoption 11 of session 34: a Notion Markdown export keeps no date in its name (`Privacy Policy <id>.md`) and
    its day in its properties, which the conversion leaves out: it was refused with the generic hint, its day unsaid.
    The day is offered as the name, said as the team's property (`Effective date`) before Notion's record of the last
    edit, never the day it was created; an export saying no day keeps the hint."""
    from policysite.convert import dated_sources
    from policysite.messages import said_in

    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.md").write_text(
        "# Privacy Policy\n\nCreated: January 5, 2024 10:00 AM\nLast edited time: March 1, 2024 3:45 PM\n"
        "Status: Published\n\n## Who we are\n\nAcme Ltd.\n", encoding="utf-8")
    own = tmp_path / "own"
    own.mkdir()
    (own / "Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.md").write_text(
        "# Privacy Policy\n\nLast edited time: March 9, 2024 3:45 PM\nEffective date: 1 March 2024\n\n"
        "## Who we are\n\nAcme Ltd.\n", encoding="utf-8")
    none = tmp_path / "none"
    none.mkdir()
    (none / "Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.md").write_text(
        "# Privacy Policy\n\nCreated: January 5, 2024 10:00 AM\n\n## Who we are\n\nAcme Ltd.\n", encoding="utf-8")
    page = tmp_path / "page"  # its HTML export: the properties a table under its title
    page.mkdir()
    (page / "Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.html").write_text(
        '<html><body><article class="page sans"><header><h1 class="page-title">Privacy Policy</h1><table '
        'class="properties"><tbody><tr class="property-row property-row-created_time"><th>Created</th><td><time>'
        '@January 5, 2024 10:00 AM</time></td></tr><tr class="property-row property-row-last_edited_time"><th>Last '
        'edited time</th><td><time>@March 1, 2024 3:45 PM</time></td></tr></tbody></table></header><div '
        'class="page-body"><h2>Who we are</h2><p>Acme Ltd.</p></div></article></body></html>', encoding="utf-8")
    said = {}
    for folder in (edited, own, none, page):
        with pytest.raises(ConvertError) as refused:
            dated_sources([folder], languages=("en",))
        said[folder.name] = (said_in(refused.value.args[0], "en"), said_in(refused.value.args[0], "fr"))
    renamed = "rename it Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c-2024-03-01.md"
    assert said["edited"][0] == (
        "Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.md: no date in the file name, nor in its text; Notion's record "
        "of the page says “Last edited time: March 1, 2024 3:45 PM” (when it was last edited, not always when its text "
        f"took effect): if its text took effect that day, {renamed}")
    assert "la fiche de la page dans Notion indique «\u00a0Last edited time: March 1, 2024 3:45 PM\u00a0»" in said["edited"][1]
    assert said["own"][0].endswith("nor in its text; its properties in Notion say “Effective date: 1 March 2024”: if "
                                   f"its text took effect that day, {renamed}"), said["own"][0]
    assert "ses propriétés dans Notion indiquent «\u00a0Effective date: 1 March 2024\u00a0»" in said["own"][1]
    assert said["page"][0].startswith("Privacy Policy 8f3a2b1c4d5e6f7a8b9c0d1e2f3a4b5c.html: no date in the file name, "
                                      "nor in its text; Notion's record of the page says “Last edited time: March 1, "
                                      "2024 3:45 PM”"), said["page"][0]
    assert said["none"][0].endswith(": no date in the file name: name each version after the day its text took "
                                    "effect, year first, e.g. privacy-2019-03-01.html (a folder's name is not read)")


def test_a_markdown_task_list_shows_its_ticked_and_empty_boxes(tmp_path: Path):
    """A README's task list, `- [x] IP address` / `- [ ] Location` (GitHub, GitLab, Obsidian): the site's Markdown has
    no task lists, and published "[x] IP address" and "[ ] Location", brackets and all. Each item now shows the box
    GitHub drew, ticked or empty, nested, numbered and quoted items too; code is left as written."""
    source = tmp_path / "privacy-2024-03-01.md"
    source.write_text("# Privacy\n\n## 1. What we collect\n\n- [x] IP address\n- [ ] Location\n    * [X] nested\n\n"
                      "1. [x] numbered\n\n> - [ ] quoted\n\nA [x] in a sentence and `- [x] code`.\n\n"
                      "```\n- [x] fenced\n```\n\n- [x]\n- [link](https://example.com/) kept\n", encoding="utf-8")
    converted = convert(source)
    text = converted.markdown
    assert "- ☑ IP address\n- ☐ Location\n    * ☑ nested\n" in text, text
    assert "1. ☑ numbered" in text and "> - ☐ quoted" in text, text
    assert "A [x] in a sentence and `- [x] code`." in text and "- [x] fenced" in text, text
    assert "- [x]\n" in text and "- [link](https://example.com/) kept" in text, text
    assert any("5 task list boxes" in note for note in converted.notes), converted.notes
    html = markdown.markdown(text)
    assert "<li>☑ IP address</li>" in html and "[x] IP" not in html, html


def test_an_html_task_list_shows_its_ticked_and_empty_boxes(tmp_path: Path):
    """A task list rendered to HTML (GitHub's and markdown-it's `<input type="checkbox" class="task-list-item-checkbox"
    checked disabled>`, Pandoc's inside a `<label>`): the inputs were dropped with a page's controls, and "IP address"
    (collected) and "Location" (not collected) read as one list of what is collected. A form's checkbox, a
    checkbox after words and an accordion's toggle are not a task's box."""
    converted_page = converted(tmp_path, (
        "<h1>Privacy</h1><h2>1. What we collect</h2><ul class=\"contains-task-list\">"
        "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled> IP "
        "address</li><li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled> "
        "Location</li></ul><ul class=\"task-list\"><li><label><input type=\"checkbox\" checked=\"\" />Pandoc's"
        "</label></li><li>Words first <input type=\"checkbox\"></li></ul>"
        "<form><ul><li><input type=\"checkbox\" name=\"news\"> Send me news</li></ul></form>"))
    text = converted_page.markdown
    assert "- ☑ IP address\n- ☐ Location\n" in text and "- ☑ Pandoc's\n" in text, text
    assert "- Words first\n" in text and "- Send me news" in text and "☐ Send" not in text, text
    assert any("3 task list boxes" in note for note in converted_page.notes), converted_page.notes
    assert any("removed 2 <input> elements" in note for note in converted_page.notes), converted_page.notes


def test_a_markdown_text_whose_first_heading_is_alone_above_the_others_has_it_as_its_title(tmp_path: Path):
    """Automattic's privacy policy (legalmattic) opens with `Privacy Policy` underlined with `---` (a `##`) over `###`
    sections and `####` subsections, and has no `#`: imported as written, the page had no title (structure.title) and
    every section was a subsection of "Privacy Policy". Now that heading is the title and the others go up a level, as
    the HTML import reads an <h2> over <h3>s, said; a front matter naming another title leaves them as they are."""
    source = tmp_path / "privacy-2024-01-01.md"
    body = ("Privacy Policy\n--------------\n\nYour privacy matters.\n\n### Who We Are\n\nAcme.\n\n"
            "#### *Information You Provide*\n\nYour name.\n\n### Your Rights\n\nAsk us.\n")
    source.write_text(body, encoding="utf-8")
    text = convert(source)
    assert headings(text.markdown) == ["# Privacy Policy", "## Who We Are", "### *Information You Provide*",
                                       "## Your Rights"], text.markdown
    assert "line 1: the text's first heading, a level 2 heading above all the others, is its title (#), its other " \
           "headings 1 level up" in text.notes, text.notes
    page = document.parse(f"---\ndate: 2024-01-01\n---\n{text.markdown}", path="index.md", lang="en")
    assert page.title == "Privacy Policy" and [s.title for s in page.sections if s.level == 2] == [
        "Who We Are", "Your Rights"], page.sections
    source.write_text("---\ntitle: Acme notice\n---\n" + body, encoding="utf-8")  # the title is the front matter's
    other = convert(source)
    assert headings(other.markdown) == ["### Who We Are", "#### *Information You Provide*", "### Your Rights"], \
        other.markdown
    assert not any("is its title" in note for note in other.notes), other.notes


def test_a_cookies_name_ending_in_braces_after_an_underscore_is_kept_as_the_page_shows_it(tmp_path: Path):
    """Automattic's cookie policy names its cookies `comment_author_{HASH}`, `wp_sharing_{id}`: the import took each
    `{…}` after an underscore for an attribute list set on emphasis, and left it out ("attribute list {HASH} set
    attributes the site does not allow"): the cookies' names were changed. The checks read them so too, and the page,
    which shows them (Python-Markdown sets a list only on an element: here no emphasis closes), would have been
    refused for words the checks do not read. Both now read them as text; a list after emphasis still goes."""
    from policysite import rendering

    source = tmp_path / "cookies-2024-01-01.md"
    source.write_text("# Cookie Policy\n\n## Cookies\n\n|Cookie|Purpose|\n|--- |--- |\n"
                      "|comment_author_{HASH}|Remembers the name.|\n\nThe cookie wp_sharing_{id} is *ours*{.secret}.\n",
                      encoding="utf-8")
    text = convert(source)
    assert "|comment_author_{HASH}|Remembers the name.|" in text.markdown, text.markdown
    assert "The cookie wp_sharing_{id} is *ours*." in text.markdown, text.markdown
    assert [n for n in text.notes if "attribute list" in n] == [
        "line 9: attribute list {.secret} set attributes the site does not allow (.secret): kept only ids (a class is "
        "the page's own: the theme's can hide or move the text)"], text.notes
    page = markdown.markdown(text.markdown, extensions=["tables", "attr_list", "sane_lists"])
    from selectolax.lexbor import LexborHTMLParser

    assert rendering.words_apart(text.markdown, LexborHTMLParser(page)) == [], page
    assert [w for w, _line in rendering.read_words(text.markdown)].count("hash") == 1


def test_a_raw_html_link_to_the_old_sites_page_is_said_as_its_markdown_link_is(tmp_path: Path):
    """Basecamp's privacy policy of 2018 writes `<a href="/about/policies/terms">Terms of Service</a>` in its Markdown:
    the import said "removed href=“/about/policies/terms” (only http(s), mailto: and # links are allowed)", where the
    same link in Markdown is "a page or file of the site it was published on, not of this one"; a script URL and
    another scheme keep their reasons."""
    source = tmp_path / "privacy-2018-05-14.md"
    source.write_text("# Privacy\n\n## Sharing\n\nSee our <a href=\"/about/policies/terms\">Terms</a>, "
                      "<a href=\"javascript:go()\">this</a> and <a href=\"ftp://files.example/x\">that</a>.\n",
                      encoding="utf-8")
    text = convert(source)
    said = [note for note in text.notes if "removed href" in note]
    assert any("removed href=“/about/policies/terms” (a page or file of the site it was published on, not of this "
               "one)" in note for note in said), said
    assert any("removed href=“javascript:go()” (a script URL)" in note for note in said), said
    assert any("removed href=“ftp://files.example/x” (only http(s), mailto: and # links are allowed)" in note
               for note in said), said
    assert "See our Terms, this and that." in document.parse(
        f"---\ndate: 2018-05-14\n---\n{text.markdown}", path="index.md", lang="en").sections[0].blocks[0].shown


def test_a_markdoc_page_is_read_its_tables_drawn_and_its_tags_titles_kept(tmp_path: Path):
    """A SvelteKit site's policy written in Markdoc (`+page.markdoc`, adoption 6: Appwrite's) was skipped, 'not
    Markdown'; read as Markdown, its `{% table %}` (rows parted by `---`, each a list of cells, a cell a list) became
    bullets and rules, its closing tags `{% /count_section %}` were read as attribute lists, and a tag's own title
    (`{% count_title title="Security" / %}`, a heading on the old page) was lost with the tag. The table is the table
    the page drew (a cell's list one line an item), the title is kept in bold, the tags go, each said."""
    source = tmp_path / "privacy-2024-03-01.markdoc"
    source.write_text(
        "---\nlayout: policy\ntitle: Privacy\n---\nIntro.\n\n{% count_section %}\n# Data\n\n{% table %}\n*\n* Accounts\n"
        "* News\n---\n* What\n* - Name\n  - Email\n* Email\n---\n* Basis\n* Contract\n* Consent\n{% /table %}\n"
        "{% /count_section %}\n\n{% count_section %}\n# Retention\n\n{% count_title title=\"Security\" / %}\n"
        "We protect it.\n{%/count_section %}\n", encoding="utf-8")
    text = convert(source)
    assert "|  | Accounts | News |\n| --- | --- | --- |\n| What | - Name<br>- Email | Email |\n" \
        "| Basis | Contract | Consent |\n" in text.markdown, text.markdown
    assert "## Retention\n\n**Security**\n\nWe protect it.\n" in text.markdown, text.markdown
    assert "{%" not in text.markdown and "---\n*" not in text.markdown, text.markdown
    notes = "\n".join(text.notes)
    assert "line 10: a Markdoc table ({% table %} … {% /table %}: its rows parted by ---, its cells a list's items) " \
        "written as the table the old site drew" in notes, notes
    assert "line 29: a tag's title (“Security”, the Markdoc or Liquid tag {% count_title %}) kept above its text" \
        in notes, notes
    assert "lines 7, 24, 26 and 31: left out a template tag (Liquid's, Jinja's, Tera's, Nunjucks' or Markdoc's " \
        "alike)" in notes and "attribute list" not in notes and "out a Liquid tag" not in notes, notes  # round 16
    html = markdown.Markdown(extensions=["tables"]).convert(text.markdown)
    assert "<td>- Name<br>- Email</td>" in html, html


def test_a_page_kept_as_its_servers_template_loses_its_statements_said(tmp_path: Path):
    """A Flask or Django site keeps its policy as a Jinja template (`{% extends "base.html" %}`, `{% block title
    %}Privacy{% endblock %}`, `{% block content %}` …): the import published its statements as the text's first
    paragraph, escaped, said nowhere (adoption 6: GOV.UK Notify's privacy notice). The statements and comments go,
    a block of words alone that repeats the page's heading goes (the layout's <title>), each said; an expression's
    output is not known here: it stays as written, said."""
    source = tmp_path / "privacy-2025-06-02.html"
    source.write_text(
        "{% extends \"layout.html\" %}\n{% from \"macros.html\" import updated %}\n{# reviewed by legal #}\n"
        "{% block page_title %}\n  Privacy notice\n{% endblock %}\n{% block main %}\n<h1>Privacy notice</h1>\n"
        "{{ updated(\"2 June 2025\") }}\n<h2>Who we are</h2>\n{% if wales %}<p>Croeso.</p>{% endif %}\n"
        "<p>We send messages.</p>\n{% endblock %}\n", encoding="utf-8")
    text = convert(source)
    assert text.markdown.startswith("# Privacy notice\n\n"), text.markdown
    assert "{%" not in text.markdown and "reviewed" not in text.markdown, text.markdown
    assert "## Who we are\n\nCroeso.\n\nWe send messages.\n" in text.markdown, text.markdown
    assert text.markdown.count("Privacy notice") == 1, text.markdown
    notes = "\n".join(text.notes)
    assert "left out the template's block {% block page_title %} of words alone, “Privacy notice”" in notes, notes
    assert "left out 1 template comment ({# … #}), which no reader saw: “reviewed by legal”" in notes, notes
    assert "left out 6 statements of the page's server template (Jinja, Django, Nunjucks: {% extends %}, " \
        "{% from %}, {% block %}, {% if %}, {% endif %}, {% endblock %})" in notes, notes
    assert "kept as written the template code {{ updated(\"2 June 2025\") }}" in notes, notes


def test_a_template_whose_every_word_comes_from_the_sites_data_is_refused_naming_it(tmp_path: Path):
    """A Jekyll page whose text its template writes from the site's data (`{% for item in site.data.privacy.items
    %}<p>{{ item.text }}</p>`, the words in `_data/privacy.yml`) was imported as a version of nothing but its
    expressions, kept as written, and `policy check` passed it (adoption 9: OnionBrowser's site). It is refused,
    naming the expression and the data, and what to import instead; a template with words of its own is read as
    before, its expressions kept and said."""
    source = tmp_path / "privacy-2020-03-02.html"
    source.write_text(
        "---\nlayout: default\n---\n{% assign policy = site.data.privacy %}\n<div class=\"inner\">\n"
        "<h1>{{ policy.title }}</h1>\n{% for item in policy.items %}\n<p>{{ item.text | markdownify }}</p>\n"
        "{% endfor %}\n</div>\n", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        convert(source)
    assert str(refused.value).startswith(
        "privacy-2020-03-02.html: every word of its text is written by its template ({{ policy.title }}) from the "
        "site's data (privacy: a data file of the old site, _data/privacy.yml or such)"), refused.value
    assert "--git --ref" in str(refused.value), refused.value
    plain = tmp_path / "terms-2020-03-02.html"
    plain.write_text("{% for x in xs %}<p>{{ x }}</p>{% endfor %}", encoding="utf-8")
    with pytest.raises(ConvertError, match=r"every word of its text is written by its template \(\{\{ x \}\}\), "
                       "which its server ran"):
        convert(plain)
    worded = tmp_path / "privacy-2020-04-01.html"
    worded.write_text("<h1>Privacy</h1>\n{% if x %}<p>{{ site.data.privacy.controller }} keeps no data.</p>"
                      "{% endif %}\n", encoding="utf-8")
    assert "keeps no data" in convert(worded).markdown


def test_a_bold_title_over_a_bold_subtitle_is_the_title_of_a_text_of_bold_sections(tmp_path: Path):
    """A Word policy without heading styles opening with two bold lines, its title over a subtitle, then bold lines
    over their text: the bold lines became sections, the subtitle the first of them, and the title stayed a bold line
    above, the page titleless (`structure.title`; adoption 6: a Word privacy policy kept in a service's repository).
    The first bold line is the title, said."""
    text = converted(tmp_path, (
        "<p><b>Privacy Policy</b></p><p><b>Example Service privacy policy</b></p><p>We are Example Ltd.</p>"
        "<p><b>Information we collect</b></p><p>Your name.</p><p><b>Cookies</b></p><p>We use cookies.</p>"), name=
        "privacy-2019-01-31.html")
    lines = converted(tmp_path, (  # each bold line and its text one paragraph, a line break between, as mammoth
        # writes a Word paragraph's Shift+Enter
        "<p><b>Privacy Policy</b><br></p><p><b>Example Service privacy policy</b><br>We are Example Ltd.</p>"
        "<p><b>Information we collect</b><br>Your name.</p><p><b>Cookies</b><br>We use cookies.</p>"), name=
        "privacy-2019-02-01.html")
    written = tmp_path / "privacy-2019-03-01.md"  # the same text typed in Markdown
    written.write_text("**Privacy Policy**\n\n**Example Service privacy policy**\n\nWe are Example Ltd.\n\n"
                       "**Information we collect**\n\nYour name.\n\n**Cookies**\n\nWe use cookies.\n", encoding="utf-8")
    for result in (text, lines, convert(written)):
        assert headings(result.markdown) == ["# Privacy Policy", "## Example Service privacy policy",
                                             "## Information we collect", "## Cookies"], result.markdown
        notes = "\n".join(result.notes)
        assert "the bold paragraph above the first section became the title" in notes, notes
        assert document.parse(result.markdown, path="x.md", lang="en").title == "Privacy Policy"


def test_pelicans_metadata_lines_are_the_pages_front_matter(tmp_path: Path):
    """A Pelican site's page (and MultiMarkdown's) opens with its metadata as `Key: value` lines over a blank line,
    no `---` around them (adoption 8: a nonprofit search engine's content/pages/privacy.md, `Title: Privacy`, `Slug:
    privacy`, `Template: page_project`): they were imported as the text's first paragraph, the page left without its
    title (structure.title) and its `Date:` unread. They are its front matter: `Title` its title, `Modified` or
    `Date` its day, the others left out, said. A text opening with such a line and no `Title:` keeps it as text."""
    from policysite.convert import sources

    source = tmp_path / "privacy.md"
    source.write_text("Title: Privacy Policy\nDate: 2021-03-01 10:20\nModified: 2022-05-04\nSlug: privacy\n"
                      "Authors: Example Ltd,\n    Legal team\n\nWe are Example Ltd.\n\n## Who we are\n\nA shop.\n\n"
                      "## Contact\n\nWrite to us.\n", encoding="utf-8")
    text = convert(source)
    assert text.markdown.lstrip("\n").startswith("We are Example Ltd.\n\n## Who we are\n"), text.markdown
    assert "Slug" not in text.markdown and "Legal team" not in text.markdown and text.meta == {"title": "Privacy Policy"}
    notes = "\n".join(text.notes)
    assert "its first lines, `Title: Privacy Policy` … (Pelican's or MultiMarkdown's metadata), read as its front " \
        "matter" in notes and "left out fields of the page's header (its front matter) that this site does not use: date, modified, slug, authors" in notes, notes
    assert sources.stated_day(source, ("en",), lang="en", markdown=text.markdown, title=text.meta["title"]) == (
        "modified: 2022-05-04", ["2022-05-04"], "its text")
    source.write_text("Effective: 1 March 2022\n\n# Privacy Policy\n\nWe are Example Ltd.\n", encoding="utf-8")
    assert convert(source).markdown.lstrip("\n").startswith("Effective: 1 March 2022\n\n# Privacy Policy\n")
    source.write_text("Title: Privacy Policy\nStatus: draft\n\nWe are Example Ltd.\n", encoding="utf-8")
    with pytest.raises(ConvertError, match="its front matter says `Status: draft`: a draft the old site never published"):
        convert(source)  # (Pelican builds no page of a draft)


def test_a_sections_run_in_bold_title_among_bold_section_lines_is_its_heading(tmp_path: Path):
    """A Word terms of service without heading styles (adoption 8: an SMS service's terms-of-service.docx, 2 versions)
    writes most sections' titles as bold lines of their own (`2. Registration`), but some run in, bold, at the start
    of their first paragraph (`**7. App Stores.** You acknowledge …`): the bold lines became headings and the run-in
    ones stayed text, so policy check warned that §1, §7, §8 and §13 were missing. A run-in bold title numbered as
    the section between its neighbours is that section's heading, its text the paragraph under it, said; run-in
    clauses under a section (`**1.1 Use.** …`) stay as they are."""
    text = converted(tmp_path, (
        "<p><strong>Terms of Service</strong></p>"
        "<p><strong>1. The Services.</strong> The Services let Users send messages.</p>"
        "<p><strong>1.1 Use of the Services.</strong> You may use them.</p>"
        "<p><strong>2. Registration</strong></p><p><strong>2.1 Your Account.</strong> You register.</p>"
        "<p><strong>3. App Stores.</strong> You acknowledge that the App depends on its store.</p>"
        "<p><strong>4. Ownership</strong></p><p>We own the Services.</p>"), name="terms-2020-03-11.html").markdown
    assert headings(text) == ["# Terms of Service", "## 1. The Services.", "## 2. Registration", "## 3. App Stores.",
                              "## 4. Ownership"], text
    assert "## 1. The Services.\n\nThe Services let Users send messages.\n\n**1.1 Use of the Services.** You may" \
        in text, text
    assert document.parse(f"---\ndate: 2020-03-11\n---\n{text}", path="index.md", lang="en").problems == []


def test_a_run_in_bold_section_title_in_markdown_is_its_heading_as_in_word(tmp_path: Path):
    """The same terms kept as Markdown (adoption 8: the SMS service's privacy-policy.md, converted from its Word file)
    run §1 and §4 to §7 in at the start of their text, `**1. Questions.**  If you have …`, while §2 and §3 are bold
    lines: policy check warned '§1 is missing'. As the Word import now reads them, they are headings too."""
    source = tmp_path / "privacy-2017-03-12.md"
    source.write_text("# Privacy Policy\n\n**1. Questions.**  If you have any questions, write to us.\n\n"
                      "**2. Types of Data We Collect.**\n\nWe collect your name.\n\n**3. Use of Your Information**\n\n"
                      "We use it to send messages.\n\n**4. Security.**  Your security matters to us.\n", encoding="utf-8")
    text = convert(source)
    assert headings(text.markdown) == ["# Privacy Policy", "## 1. Questions.", "## 2. Types of Data We Collect.",
                                       "## 3. Use of Your Information", "## 4. Security."], text.markdown
    assert "## 4. Security.\n\nYour security matters to us." in text.markdown, text.markdown
    assert any("bold section titles running in" in note for note in text.notes), text.notes


def test_a_list_written_between_the_items_of_another_is_nested_in_the_item_before_it(tmp_path: Path):
    """Adoption 11 of session 34: Google Docs' copied text (pasted into a CMS), older WordPress and CKEditor write a
    deeper level as a list between two items of its list (`<ul><li>access</li><ul><li>…</li></ul><li>erasure</li>`),
    which a browser shows indented under the item before it: it became a list of its own between two halves of the
    outer one, its level lost, and a numbered list counted again from 1 after it."""
    from policysite.messages import said_in

    text = converted(tmp_path, "<main><h1>Privacy</h1><h2>1. Rights</h2><ul><li>access;</li><ul><li>a copy;</li>"
                               "<li>free of charge;</li></ul><li>erasure.</li></ul><h2>2. Uses</h2><ol><li>One</li><ol>"
                               "<li>Sub</li></ol><li>Two</li></ol></main>", "privacy-2024-04-01.html")
    assert text.markdown == ("# Privacy\n\n## 1. Rights\n\n- access;\n    - a copy;\n    - free of charge;\n- erasure.\n\n"
                             "## 2. Uses\n\n1. One\n    1. Sub\n2. Two\n"), text.markdown
    assert "2 lists written between the items of another (a deeper level, as copied text and older editors write " \
           "it) nested in the item before them, as a browser shows them" in text.notes
    assert any(said_in(note, "fr").startswith("2 listes écrites entre les éléments d'une autre") for note in text.notes)


def test_a_number_typed_before_a_bold_title_makes_the_line_a_sections_heading(tmp_path: Path):
    """Adoption 13 of session 36: a generator's privacy policy saved from Word (TaxiBubu's, policymaker's template)
    types each section's number in plain before its bold title, `<p><span>1. <b>Introduction</b></span></p>`: its 21
    sections stayed paragraphs (`1\\. **Introduction**`), the version had none, and the one line bold with its number
    (`0.1. What … you:`) became the only heading. A line of a number and a bold title, nothing else, is a heading as
    a line all in bold is; a number before bold words and text after them stays a paragraph."""
    text = converted(tmp_path, (
        '<p><b><span>PRIVACY POLICY</span></b></p><p><span>Effective date: 2025-06-19</span></p>'
        '<p><span>1. <b>Introduction</b></span></p><p><span>Welcome to <b>Acme</b>.</span></p>'
        '<p><span>2. <b>Definitions</b></span></p><p><span>0.1. <b>SERVICE:</b> the site.</span></p>'
        '<p>2.1 <b>Terms</b></p><p>Words.</p><p><span>3.</span> <b>Contact Us</b></p><p>Write to us.</p>'),
        name="privacy-2025-06-19.html").markdown
    assert headings(text) == ["# PRIVACY POLICY", "## 1. Introduction", "## 2. Definitions", "### 2.1 Terms",
                              "## 3. Contact Us"], text
    assert "0.1. **SERVICE:** the site." in text, text
    assert document.parse(f"---\ndate: 2025-06-19\n---\n{text}", path="index.md", lang="en").problems == []


def test_punctuation_at_a_marks_edge_against_a_word_goes_outside_it_so_both_readers_see_the_mark(tmp_path: Path):
    """Adoption 13 of session 36: a Word questionnaire (a privacy policy's Q&A template, .docx) has italic runs ending
    in a bracket, the next run's word against it (`<i>Secure Environment (</i>To verify …`): written
    `*Secure Environment (*To verify`, whose closing mark the checks' reader (CommonMark) takes for an asterisk and the
    page's for the end of the italics, so `policy check` refused the imported text (render.read-apart). Punctuation at
    a mark's edge against a word is written outside the mark: the words are the same, both readers see the mark."""
    from policysite import rendering

    text = converted(tmp_path, (
        "<h1>Privacy</h1><p><i>Building a Safe and Secure Environment (</i>To verify a user)</p>"
        "<p><b>Note:</b>never sold. See<b>(a)</b>and <i>“quoted”</i> text, <b>(kept)</b>.</p>"
        "<p><b><i>Both (</i></b>Inner</p>"), name="privacy-2024-05-01.html").markdown
    assert "*Building a Safe and Secure Environment* (To verify a user)" in text, text
    assert "**Note**:never sold. See(**a**)and *“quoted”* text, **(kept)**." in text, text
    assert "***Both*** (Inner" in text, text
    assert rendering.check(f"---\ndate: 2024-05-01\n---\n{text}", path="index.md", lang="en") == []


def test_markdown_numbers_typed_before_bold_titles_under_a_lone_heading_are_its_sections(tmp_path: Path):
    """Adoption 13 of session 36: the same policy kept as Markdown (TaxiBubu's privacy-policy.md, converted from its
    Word file) writes its title as the text's one heading, `## **PRIVACY POLICY**`, and each section as `1\\.
    **Introduction**`: the import kept no section and no title ("the page has no title"). The escaped number before
    a bold title is a bold numbered line, and the one heading above all the words, once there are sections, the
    title."""
    source = tmp_path / "privacy-2025-06-19.md"
    source.write_text("## **PRIVACY POLICY**\n\nEffective date: 2025-06-19\n\n1\\. **Introduction**\n\nWelcome to "
                      "**Acme**.\n\n2\\. **Definitions**\n\n**SERVICE** means the site.\n\n2.1 **Terms**\n\nWords.\n\n"
                      "3\\. **Contact** us at once.\n", encoding="utf-8")
    text = convert(source)
    assert headings(text.markdown) == ["# **PRIVACY POLICY**", "## 1. Introduction", "## 2. Definitions",
                                       "### 2.1 Terms"], text.markdown
    assert "3\\. **Contact** us at once." in text.markdown, text.markdown
    assert any("line 1: the text's one heading, a level 2 heading above all its words, is its title" in note
               for note in text.notes), text.notes
    assert document.parse(f"---\ndate: 2025-06-19\n---\n{text.markdown}", path="index.md", lang="en").problems == []


@pytest.mark.parametrize(("words", "lead_in"), [
    ("0.3. Other cases. We may disclose your information also:", True), ("1.3. Sharing:", True),
    ("2. Disclosure. We share your data with our processors", True), ("1. Who we are.", False),
    ("4. Transfers to the U.S. and Canada", False), ("3. Cookies, e.g. Google Analytics", False),
    ("5. Your rights", False)])
def test_a_bold_numbered_lead_in_is_told_from_a_sections_title(words: str, lead_in: bool):
    from policysite.convert.bold_headings import lead_in as is_lead_in

    assert is_lead_in(words) is lead_in


def test_bold_numbered_lead_ins_to_text_or_a_list_stay_text_in_html_and_markdown(tmp_path: Path):
    """Round 13's import of a real policy: `**0.3. Other cases. We may disclose your information also:**` over the
    list of cases, all in bold, became a `###` heading (a section titled with a sentence, its list its text); so did
    `**1.3. Sharing:**`. A bold numbered line ending with ":" or with text after its title's sentence is a lead-in,
    kept as written; its neighbours, titles, stay headings."""
    text = converted(tmp_path, (
        "<h1>Privacy Policy</h1><p><strong>1. General</strong></p><p>We are X.</p>"
        "<p><strong>1.1. Other cases. We may disclose your information also:</strong></p><ul><li>to courts.</li></ul>"
        "<p><strong>1.2. Sharing:</strong></p><ul><li>to banks.</li></ul>"
        "<p><strong>2. Data</strong></p><p>We collect.</p>"), name="privacy-2024-01-11.html").markdown
    assert headings(text) == ["# Privacy Policy", "## 1. General", "## 2. Data"], text
    assert "**1.1. Other cases. We may disclose your information also:**\n\n- to courts." in text, text
    source = tmp_path / "privacy-2024-01-12.md"
    source.write_text("# Privacy Policy\n\n**1. General**\n\nWe are X.\n\n**1.1. Other cases. We may disclose your "
                      "information also:**\n\n- to courts.\n\n**2. Data**\n\nWe collect.\n", encoding="utf-8")
    text = convert(source).markdown
    assert headings(text) == ["# Privacy Policy", "## 1. General", "## 2. Data"], text
    # a run-in bold lead-in numbered as the section between two bold lines stays the text it leads into
    run_in = converted(tmp_path, ("<h1>Terms</h1><p><strong>1. General</strong></p><p>We are X.</p>"
                                  "<p><strong>2. Sharing:</strong> we disclose it to courts.</p>"
                                  "<p><strong>3. Data</strong></p><p>We collect.</p>"), name="terms-2024-01-13.html")
    assert headings(run_in.markdown) == ["# Terms", "## 1. General", "## 3. Data"], run_in.markdown
    source.write_text("# Terms\n\n**1. General**\n\nWe are X.\n\n**2. Sharing:** we disclose it to courts.\n\n"
                      "**3. Data**\n\nWe collect.\n", encoding="utf-8")
    assert headings(convert(source).markdown) == ["# Terms", "## 1. General", "## 3. Data"]


def test_an_articles_bold_numbered_sections_win_over_the_templates_headings_around_it(tmp_path: Path):
    """Round 13's import of an Arabic Termly policy in a Blade page: the template's banner and call to action
    (`<h2>`, `<h4>`) inside <main> beside the policy's <article> were read as the text's only headings; its bold
    title and numbered bold sections stayed bold lines. The article's own structure is the text's, said."""
    text = converted(tmp_path, (
        '<section class="banner"><h2>شركة مثال</h2><h4>الصفحات القانونية</h4></section><article>'
        "<p><strong>سياسة الخصوصية</strong></p><p>نحن شركة مثال.</p>"
        "<p><strong>1. ما المعلومات التي نجمعها؟</strong></p><p>نجمع اسمك.</p>"
        "<p><span><strong>2. الاتصال بنا</strong></span></p><p>راسلنا.</p></article>"
        '<div class="cta"><h4>هل لديك أسئلة؟</h4><p>اتصل بنا</p></div>'), name="privacy-2024-03-06.html")
    assert headings(text.markdown) == ["# سياسة الخصوصية", "## 1. ما المعلومات التي نجمعها؟", "## 2. الاتصال بنا"], \
        text.markdown
    assert any(note.startswith("read the part of the page holding the text (its <article>") and "الصفحات القانونية"
               in note for note in text.notes), text.notes
    # a Termly policy's body under a template's heading: its generated headings are its sections
    termly = converted(tmp_path, (
        '<div class="hero"><h2>Acme Legal</h2></div><div data-custom-class="body"><div><strong><span '
        'data-custom-class="title">PRIVACY POLICY</span></strong></div><div>We are Acme.</div>'
        + "".join(f'<div><strong><span data-custom-class="heading_1">{n}. {title}</span></strong></div><div>Text.</div>'
                  for n, title in ((1, "WHAT WE COLLECT"), (2, "CONTACT"))) + "</div>"), name="privacy-2024-03-08.html")
    assert headings(termly.markdown) == ["# PRIVACY POLICY", "## 1. WHAT WE COLLECT", "## 2. CONTACT"], termly.markdown
    # a title outside the article, or headings of the article's own, keep the main content as it is
    kept = converted(tmp_path, "<h1>Privacy</h1><article><p><strong>1. One</strong></p><p>A.</p><p><strong>2. Two"
                               "</strong></p><p>B.</p></article>", name="privacy-2024-03-07.html")
    assert headings(kept.markdown)[0] == "# Privacy", kept.markdown


def test_blade_code_and_escaped_braces_of_an_html_page_are_said_with_their_lines(tmp_path: Path):
    """Adoption 15 of session 37: a Laravel page's Blade code (`@if(…)`, `@endif`, `{!! … !!}`) and a template's
    `{{ … }}` written into an HTML page's text (kept by the import as `\\{\\{ … \\}\\}`) were said by no note: only
    `policy check` refused them, after the import. The import says each, at its Markdown line, in both languages; a
    code span, an e-mail address and a Liquid expression in Markdown (said by its own note) are not said again."""
    from policysite import messages

    result = converted(tmp_path, (
        "<h1>Privacy</h1><p>We are {{ $company }}, {!! $address !!}.</p>\n@if($eu)\n<p>You have rights.</p>\n@endif\n"
        "<p>Write to dpo@if.example or run <code>@if(x)</code>.</p>"))
    assert "We are \\{\\{ $company \\}\\}, \\{!! $address !!\\}." in result.markdown, result.markdown
    said = [messages.said_in(note, "en") for note in result.notes]
    kept = [note for note in said if "was left as it is (Blade" in note]
    numbered = result.markdown.splitlines()
    assert kept == [f"Markdown line {numbered.index(line) + 1}: template code {code} was left as it is (Blade, PHP, ERB "
                    "or a template's braces: the old site's server wrote its words, this site runs none): policy check "
                    "refuses it until the words it showed are written there (a date: type it)"
                    for code, line in (("{{ $company }}", "We are \\{\\{ $company \\}\\}, \\{!! $address !!\\}."),
                                       ("{!! $address !!}", "We are \\{\\{ $company \\}\\}, \\{!! $address !!\\}."),
                                       ("@if($eu)", "@if($eu)"), ("@endif", "@endif"))], said
    french = [messages.said_in(note, "fr") for note in result.notes]
    assert any(note.startswith("ligne 5 du Markdown\u00a0: le code de modèle @if($eu) a été laissé tel quel")
               for note in french), french
    markdown_page = tmp_path / "privacy-2023-04-12.md"
    markdown_page.write_text("# Privacy\n\nUpdated {{ page.date }}.\n", encoding="utf-8")
    said = [messages.said_in(note, "en") for note in convert(markdown_page).notes]
    assert not any("(Blade" in note for note in said) and any("template code {{ page.date }} was left" in note for note in said), said


def test_a_page_without_main_or_article_keeps_its_bold_numbered_sections_not_the_templates_headings(tmp_path: Path):
    """Adoption 15 of session 37 (the gap left at main_text.py:202): a page marking no part as its text (neither
    <main> nor <article>: a Blade or PHP template's divs) had its banner's and call to action's headings read as the
    policy's only sections, its title and numbered sections left bold lines. The element holding the bold numbered
    lines is the text, as an <article> is, said; a Termly body there too."""
    def page(body: str, name: str):
        source = tmp_path / name
        source.write_text(f'<!DOCTYPE html><html lang="en"><body>{body}</body></html>', encoding="utf-8")
        return convert(source)

    banner = '<div class="banner"><h2>Acme Ltd</h2><h4>Legal pages</h4></div>'
    cta = '<div class="cta"><h4>Questions?</h4><p>Call us</p></div>'
    text = page(banner + '<div class="content"><p><strong>Privacy Policy</strong></p><p>We are Acme.</p>'
                "<p><strong>1. What we collect</strong></p><p>Your name and your e-mail address.</p>"
                "<p><span><strong>2. Contact</strong></span></p><p>Write to us at our office.</p></div>" + cta,
                "privacy-2024-03-06.html")
    assert headings(text.markdown) == ["# Privacy Policy", "## 1. What we collect", "## 2. Contact"], text.markdown
    assert "Questions?" not in text.markdown and "Legal pages" not in text.markdown, text.markdown
    assert any(note.startswith("read the part of the page holding the text") and "Legal pages" in note
               for note in text.notes), text.notes
    termly = page('<div class="hero"><h2>Acme Legal</h2></div><div data-custom-class="body"><div><strong><span '
                  'data-custom-class="title">PRIVACY POLICY</span></strong></div><div>We are Acme.</div>'
                  + "".join(f'<div><strong><span data-custom-class="heading_1">{n}. {title}</span></strong></div>'
                            "<div>Text.</div>" for n, title in ((1, "WHAT WE COLLECT"), (2, "CONTACT"))) + "</div>",
                  "privacy-2024-03-08.html")
    assert headings(termly.markdown) == ["# PRIVACY POLICY", "## 1. WHAT WE COLLECT", "## 2. CONTACT"], \
        termly.markdown
    # headings of the text's own stay its sections
    own = page("<div><h2>1. What we collect</h2><p>Your name.</p><h2>2. Contact</h2><p>Write.</p>"
               "<p><strong>3. Note</strong></p><p><strong>4. Other</strong></p></div>", "privacy-2024-03-09.html")
    assert headings(own.markdown)[:2] == ["## 1. What we collect", "## 2. Contact"], own.markdown
    assert not any(note.startswith("read the part of the page holding the text") for note in own.notes), own.notes


def test_markdown_bold_questions_over_their_answers_line_are_headings(tmp_path: Path):
    """Adoption 15 of session 37: a FAQ-like policy in Markdown types each section's title as a bold line with its
    answer on the very next line (`**What do we collect?**` then `We collect your name.`): one paragraph to Markdown,
    imported as a run-in bold title (no section, no link to it). Each such title is its section's heading, its answer
    the paragraph under it, the lines unmoved; numbered ones too. A single bold line over its text, or bold lines
    ending as sentences, stay as written."""
    source = tmp_path / "privacy-2023-01-01.md"
    source.write_text("# Privacy Policy\n\nWe are Acme.\n\n**What data do we collect?**\nYour name and e-mail.\n\n"
                      "**How do we use it?**\nTo answer you.\nNothing else.\n\n**How long do we keep it?**\nOne year.\n",
                      encoding="utf-8")
    text = convert(source)
    assert text.markdown == ("# Privacy Policy\n\nWe are Acme.\n\n## What data do we collect?\nYour name and e-mail.\n\n"
                             "## How do we use it?\nTo answer you.\nNothing else.\n\n## How long do we keep it?\n"
                             "One year.\n"), text.markdown
    assert any(note.startswith("line 5: 3 bold lines standing alone over their text became section headings")
               for note in text.notes), text.notes
    policy = document.parse(f"---\ndate: 2023-01-01\n---\n{text.markdown}", path="index.md", lang="en")
    assert [section.title for section in policy.sections] == [
        "What data do we collect?", "How do we use it?", "How long do we keep it?"]
    numbered = tmp_path / "privacy-2023-01-02.md"
    numbered.write_text("# Privacy Policy\n\n**1. Who we are**\nAcme Ltd.\n\n**2. Your rights**\nAsk us.\n",
                        encoding="utf-8")
    assert headings(convert(numbered).markdown) == ["# Privacy Policy", "## 1. Who we are", "## 2. Your rights"]
    kept = tmp_path / "privacy-2023-01-03.md"
    kept.write_text("# Privacy Policy\n\n**Note:**\nWe changed this.\n\n**We keep little.**\nOnly your name.\n\n"
                    "**Contact us**\nWrite to us.\n", encoding="utf-8")
    assert headings(convert(kept).markdown) == ["# Privacy Policy"]


def test_markdown_list_items_holding_headings_become_those_headings(tmp_path: Path):
    """Adoption 15 of session 37: an Italian policy's Markdown (a generator's summary copied as Markdown) lists its
    services as items holding headings, `- ### Statistics`, `    - ### Google Analytics`, their text indented under
    them. The checks read each heading as a section, the published page a bullet holding one: the import's text
    failed `policy check` (render.structure) on a list further down. Each such item is its heading, its lines
    unindented, said; a heading nested in a plain list's item, or a title's (`- # …`), stays."""
    from policysite import rendering

    source = tmp_path / "privacy-2023-02-01.md"
    source.write_text("# Privacy Policy\n\n## Services used\n\n- ### Statistics\n    - ### Google Analytics\n"
                      "        Personal data: usage data\n\n- ### Hosting\n    Hosted in the EU.\n\n## Contact\n\n"
                      "Text.\n\n- one\n- two\n    - ### nested in a plain list\n", encoding="utf-8")
    text = convert(source)
    assert text.markdown == ("# Privacy Policy\n\n## Services used\n\n### Statistics\n### Google Analytics\n"
                             "Personal data: usage data\n\n### Hosting\nHosted in the EU.\n\n## Contact\n\nText.\n\n"
                             "- one\n- two\n    - ### nested in a plain list\n"), text.markdown
    assert text.notes[0].startswith("line 5: 3 list items holding a heading (`- ### Title`) became that heading"), \
        text.notes
    assert rendering.check(f"---\ndate: 2023-02-01\n---\n{text.markdown}", path="index.md", lang="en") == []
    source.write_text("# Privacy Policy\n\n- # Not a second title\n", encoding="utf-8")
    assert "- # Not a second title" in convert(source).markdown


def test_a_pages_title_in_its_header_is_the_texts_when_it_marks_no_main_content(tmp_path: Path):
    """Adoption 15 of session 37: a one-page site's policy (neither <main> nor <article>) has its title and its
    version line in a <header> (`<header><a href="index.html">← Home</a><h1>Privacy Policy</h1><p>Version 1.1 …`):
    the whole header was left out as the site's, and the text imported without a title (structure.title). Its title
    and lines are the text's, its links to other pages left out, said; a logo's heading in a site's header stays out."""
    def page(body: str, name: str):
        source = tmp_path / name
        source.write_text(f'<!DOCTYPE html><html lang="en"><body>{body}</body></html>', encoding="utf-8")
        return convert(source)

    text = page('<header><a href="index.html">← Home</a><h1>Privacy Policy</h1><p>Version 1.1, in force since '
                "March 22, 2026</p><nav><a href=\"/\">Home</a> <a href=\"/terms\">Terms</a></nav></header>"
                '<div class="section"><h2>1. Data</h2><p>We keep your name.</p></div>'
                "<footer><p>© 2026 Acme</p></footer>", "privacy-2026-03-22.html")
    assert text.markdown == ("# Privacy Policy\n\nVersion 1.1, in force since March 22, 2026\n\n## 1. Data\n\n"
                             "We keep your name.\n"), text.markdown
    assert "the page's title, “Privacy Policy”, stands in its <header>: kept as the text's, with its lines, its links " \
           "to other pages left out" in text.notes, text.notes
    logo = page('<header><h1><a href="/">Acme</a></h1><p>Tools for teams</p></header><h2>Privacy</h2><p>We keep '
                "little.</p><h2>Contact</h2><p>Write.</p>", "privacy-2026-03-23.html")
    assert "Acme" not in logo.markdown and "Tools for teams" not in logo.markdown, logo.markdown


def test_numbered_sections_of_a_page_titled_by_its_front_matter_are_moved_to_their_numbers_levels(tmp_path: Path):
    """Adoption 15 of session 37: a Hugo page titled by its front matter (no `#` in its text) writes its contents
    under `###` and its numbered sections under `####`: imported as written, `policy check` warned of every section
    (structure.level: "§1 is a level-1 number but its heading has 4 #"). Its sections are moved to the levels their
    numbers say, the contents above them with them, as under a `#` title."""
    source = tmp_path / "privacy-2021-05-05.md"
    body = ("### Contents\n\n1. [Controller](#controller)\n\n#### 1. Controller {#controller}\n\nAcme.\n\n"
            "#### 2. Data\n\nYour name.\n\n##### 2.1 Logs\n\nKept a week.\n")
    source.write_text(f'---\ntitle: "Privacy"\n---\n\n{body}', encoding="utf-8")
    text = convert(source)
    assert headings(text.markdown) == ["## Contents", "## 1. Controller {#controller}", "## 2. Data", "### 2.1 Logs"], \
        text.markdown
    assert "4 headings moved to the level the site reads (each section number's depth: 1. a ##, 1.2 a ###)" in \
        text.notes, text.notes
    page = document.parse(f"---\ndate: 2021-05-05\ntitle: Privacy\n---\n\n{text.markdown}", path="index.md", lang="en")
    assert not [problem for problem in page.problems if problem.rule == "structure.level"], page.problems


def test_an_italic_subtitle_written_as_a_heading_under_the_title_is_the_subtitle(tmp_path: Path):
    """Adoption 15 of session 37: a Spanish policy in Markdown writes its subtitle as a heading right under its title,
    `## *Marco integral de privacidad*`, with nothing under it but a rule: imported as written, its first section was
    that subtitle, holding nothing. It is the line in italics it shows, said; a heading in italics over its own text,
    or not right under the title, stays a heading."""
    source = tmp_path / "privacy-2023-06-02.md"
    source.write_text("# Política de privacidad\n## *Marco integral de privacidad*\n\n---\n\n## Resumen\n\nTexto.\n",
                      encoding="utf-8")
    text = convert(source)
    assert text.markdown == ("# Política de privacidad\n*Marco integral de privacidad*\n\n---\n\n## Resumen\n\n"
                             "Texto.\n"), text.markdown
    assert text.notes == ["line 2: the heading right under the title, all in italics with nothing under it, “Marco "
                          "integral de privacidad”, is the title's subtitle, a line in italics, not a section"]
    for kept in ("# Política\n## *Alcance*\n\nTexto.\n\n## Datos\n\nMás.\n",
                 "# Política\n\nIntro.\n\n## *Alcance*\n\n---\n\n## Datos\n\nMás.\n"):
        source.write_text(kept, encoding="utf-8")
        assert "## *Alcance*" in convert(source).markdown


def test_template_code_names_its_language_only_where_only_that_language_writes_it(tmp_path: Path):
    """Round 16: every `{{ … }}` left in a Markdown page was said to be Liquid, a Zola (Tera), Hugo or Jinja page's
    too. Liquid is named for its colon filter arguments, Go templates (Hugo) for their dot; braces every template
    language writes alike are "template code"; a Jinja or Tera tag is not called a Liquid tag."""
    from policysite import messages
    from policysite.convert import neutralise

    page = tmp_path / "privacy-2023-04-12.md"
    page.write_text("# Privacy\n\n## Data\n\nBy {{ config.extra.company }} since {{ page.date | date(format=\"%Y\") "
                    "}}, {{ .Params.company }} and {{ page.day | date: \"%Y\" }}.\nOwned {% set owner = 'x' %} so.\n",
                    encoding="utf-8")
    text = convert(page)
    said = {code: [messages.said_in(note, lang) for lang in ("en", "fr") for note in text.notes
                   if code in messages.said_in(note, "en")] for code in (
        "{{ config.extra.company }}", '{{ page.date | date(format="%Y") }}', "{{ .Params.company }}",
        '{{ page.day | date: "%Y" }}', "{% set owner = 'x' %}")}
    for code in ("{{ config.extra.company }}", '{{ page.date | date(format="%Y") }}'):
        assert said[code] == [
            f"line 5: template code {code} was left as it is (the old site's generator wrote its words, this site runs "
            "none): policy check refuses it until the words it showed are written there (a date: type it)",
            f"ligne 5\u00a0: le code de modèle {code} a été laissé tel quel (le générateur de l'ancien site en écrivait "
            "les mots, ce site n'en exécute aucun)\u00a0: policy check le refuse tant que les mots qu'il affichait n'y "
            "sont pas écrits (une date\u00a0: tapez-la)"], said
    assert said["{{ .Params.company }}"][0].startswith("line 5: Go templates (Hugo) template code"), said
    assert said['{{ page.day | date: "%Y" }}'][0].startswith("line 5: Liquid template code"), said
    # (a tag setting a variable, said as such since adopt38: liquid.py)
    assert said["{% set owner = 'x' %}"] == [], said
    assert "line 6: left out a template tag setting owner to “x”, which showed nothing; its words are written where " \
        "the page shows owner" in [messages.said_in(note, "en") for note in text.notes], text.notes
    assert [neutralise.template_language(code) for code in ("{{ site.title }}", "{% include 'x.html' %}",
                                                           "{% include_relative x.md %}", "{{- $x := 1 -}}")] == [
        "", "", "Liquid", "Go templates (Hugo)"]


def test_an_eleventy_expression_a_data_script_gives_is_left_naming_that_script_never_run(tmp_path: Path):
    """Round 16: `_data/*.js` is not read (running the old site's code is no import's business): the expression it
    gave was left said only as template code, nothing naming the file its words are in."""
    from policysite import messages
    from policysite.convert import eleventy

    files = {"src/_data/personal.yaml": b"email: dpo@example.com\n",
             "src/_data/meta.js": b"throw new Error('run');\nmodule.exports = {phone: '+33 1 23 45 67 89'};\n"}
    page = "# Privacy\n\n## Contact\n\nWrite to {{ personal.email }} or call {{ meta.phone }} ({{ other.x }}).\n"
    site = eleventy.global_data(files.get, "src/pages", page)
    assert site == {"_data.personal.email": "dpo@example.com", "_data-script.meta": "src/_data/meta.js"}
    source = tmp_path / "privacy-2024-03-10.md"
    source.write_text(page, encoding="utf-8")
    text = convert(source, site_params=site)
    assert "Write to dpo@example.com or call {{ meta.phone }} ({{ other.x }})." in text.markdown, text.markdown
    said = [messages.said_in(note, lang) for lang in ("en", "fr") for note in text.notes]
    assert "line 5: left {{ meta.phone }} as written: its words were given by src/_data/meta.js, a script of the old " \
           "site's global data, which the import does not run: write them there" in said, said
    assert "ligne 5\u00a0: laissé {{ meta.phone }} tel quel\u00a0: ses mots venaient de src/_data/meta.js, un script " \
           "des données globales de l'ancien site, que l'import n'exécute pas\u00a0: écrivez-les à cet endroit" in said
    assert not any("{{ other.x }} as written" in note for note in said), said
    named = [note for note in text.notes if "{{ meta.phone }}" in note]
    assert len(named) == 1 and "meta.js" in named[0], named  # one note: none saying it again as template code


def test_a_template_tag_alone_on_its_line_is_called_liquid_only_where_only_liquid_writes_it(tmp_path: Path):
    """Round 16: every `{% … %}` alone on its line was said as "a Liquid tag (Jekyll's, GitBook's)", a Zola (Tera),
    Jinja or Markdoc page's too."""
    page = tmp_path / "privacy-2023-04-12.md"
    page.write_text("# Privacy\n\n{% block content %}\n\n## Data\n\n{% assign owner = 'x' %}\nWe keep it.\n",
                    encoding="utf-8")
    notes = "\n".join(convert(page).notes)
    assert "line 3: left out a template tag (Liquid's, Jinja's, Tera's, Nunjucks' or Markdoc's alike)" in notes, notes
    assert "line 7: left out a Liquid tag (Jekyll's, GitBook's)" in notes, notes
