"""Adopt31: a policy kept as the plain text of its page (selected in the browser, or written out by a scraper) holds
the page's words that are not its text: its links to its top, an image's file name, a stale second copy of its last
sections, its copyright line, a consent banner, share buttons, a breadcrumb trail. Each is left out, said with its
line; the policy's own lines stay, at their numbers."""
from __future__ import annotations

from pathlib import Path

from helpers import SEED
from policysite import document
from policysite.convert import convert, scraped
from policysite.convert.notes import Notes


def _cleaned(text: str) -> tuple[str, list[str]]:
    notes = Notes()
    return scraped.cleaned(text, notes), [str(sentence) for sentence in notes.sentences()]


def test_the_seed_as_plain_text_is_its_policy_without_the_page_around_it(tmp_path: Path):
    """The seed (DialOnce's page kept as text) was imported titled `top of page`, `GRPD - FR.png` over section 2's
    heading (read as one paragraph with it: §2 lost), its copyright line and a second, older copy of sections 19 to
    22 (`Dial-Once`, `2016-2020`) published after it, `bottom of page` last."""
    source = tmp_path / "politique-2021-02-17.txt"
    source.write_bytes(SEED.read_bytes())
    converted = convert(source, lang="fr")
    policy = document.parse(converted.markdown, path="index.md", lang="fr")
    assert policy.title == "Politique de confidentialité de DialOnce"
    numbers = [s.numeral for s in policy.sections if s.level == 2]
    assert numbers[:3] == ["1", "2", "3"] and numbers[-4:] == ["19", "20", "21", "22"]
    assert len(numbers) == len(set(numbers)) == 22
    for gone in ("top of page", "bottom of page", "GRPD - FR.png", "Copyright", "Dial-Once se réserve", "2016-2020"):
        assert gone not in converted.markdown, gone
    assert "Dialonce" not in converted.markdown and "DialOnce se réserve le droit" in converted.markdown
    notes = "\n".join(map(str, converted.notes))
    assert "lines 1 and 347: 2 lines of the page's links to its own top or bottom or to its content (“top of page”, " \
           "“bottom of page”), copied with its text: left out" in notes
    assert "line 330: a second copy of sections 19, 20, 21, 22, to line 347, in other words than those from line 312 " \
           "(an older text of them, most likely): left out" in notes
    assert "line 10: 1 image's file name (“GRPD - FR.png”)" in notes
    assert "line 328: the page's copyright line closing it (“Copyright © DialOnce. 2016-2021. Tous droits " \
           "réservés.”): left out" in notes


def test_a_banner_share_buttons_and_a_breadcrumb_are_left_out_each_said_with_its_line():
    text = ("Home > Legal > Privacy Policy\n\nPrivacy Policy\n\nLast updated: March 3, 2021\n\n1. Who we are\n\n"
            "Example Ltd sells garden tools.\n\nShare\nFacebook\nLinkedIn\n\n2. Cookies\n\nWe use cookies to measure "
            "visits; you may refuse them.\n\n↑ Back to top\n\nWe use cookies to improve your experience.\nAccept all\n"
            "Reject all\nCookie settings\n\n© 2021 Example Ltd\n")
    cleaned, notes = _cleaned(text)
    assert cleaned.split("\n") == [
        "", "", "Privacy Policy", "", "Last updated: March 3, 2021", "", "1. Who we are", "",
        "Example Ltd sells garden tools.", "", "", "", "", "", "2. Cookies", "",
        "We use cookies to measure visits; you may refuse them.", "", "", "", "", "", "", "", "", "", ""]
    assert notes == [
        "line 19: 1 line of the page's links to its own top or bottom or to its content (“↑ Back to top”), copied with "
        "its text: left out",
        "lines 21, 22, 23 and 24: a consent banner (“We use cookies to improve your experience.”, “Accept all”, "
        "“Reject all”, “Cookie settings”): its sentence about cookies and its buttons, left out",
        "lines 11, 12 and 13: 3 share buttons (“Share”, “Facebook”, “LinkedIn”): left out",
        "line 1: the page's breadcrumb trail (“Home > Legal > Privacy Policy”): left out",
        "line 26: the page's copyright line closing it (“© 2021 Example Ltd”): left out"]


def test_the_policys_own_lines_that_look_like_the_page_around_it_stay():
    """A sentence about accepting cookies, a list of the networks whose buttons the site shows, an annex numbered
    anew under other titles, a copyright notice inside the text, a path written in a sentence: the policy's."""
    text = ("Privacy Policy\n\n1. Who we are\n\nExample Ltd, see the logo below.\n\n2. Cookies\n\n"
            "You may accept or refuse cookies in the banner.\nAccept only those you want.\n\n"
            "3. Social networks\n\nOur pages show buttons of these networks:\nFacebook, LinkedIn\n\n"
            "4. Rights\n\nAll rights reserved by law to you stay yours, whatever the copyright of our site.\n\n"
            "Annex\n\n1. Definitions\n\nWords.\n\n2. Processors\n\nHome > Settings > Privacy in the app lets you "
            "choose.\n\nDo write to us.\n")
    cleaned, notes = _cleaned(text)
    assert cleaned == text and notes == []


def test_a_second_copy_in_the_same_words_is_said_as_such():
    text = "T\n\n1. A\n\nOne.\n\n2. B\n\nTwo.\n\n3. C\n\nThree.\n\n2. B\n\nTwo.\n\n3. C\n\nThree.\n"
    cleaned, notes = _cleaned(text)
    assert cleaned.rstrip("\n").endswith("Three.") and cleaned.count("Two.") == 1
    assert notes == ["line 15: a second copy of sections 2, 3, to line 22, in the words of those from line 7: left out "
                     "(readers saw them twice)"]


def test_a_second_part_numbered_anew_under_the_same_titles_in_its_own_words_stays():
    """A notice for customers then one for staff, each `1. What we collect`, `2. How long we keep it`: not a copy."""
    text = ("Privacy notice\n\nCustomers\n\n1. What we collect\n\nYour name, your address and your orders.\n\n"
            "2. How long we keep it\n\nSix years after your last order, as the tax law requires.\n\nStaff\n\n"
            "1. What we collect\n\nYour contract, your bank details and your working hours.\n\n2. How long we keep it\n\n"
            "Five years after you leave us, then we delete it.\n")
    assert _cleaned(text) == (text, [])


def test_a_page_written_out_as_markdown_is_read_by_its_words(tmp_path: Path):
    """A page a scraper wrote out as Markdown: its skip link, breadcrumb, `[Back to top](#)`, share links, copyright
    line and stale copy of its last sections, as links and headings, are left out as in plain text; a fence's lines
    stay."""
    source = tmp_path / "privacy-2021-02-17.md"
    source.write_text(
        "[Skip to main content](#main)\n\n[Home](https://example.com/) > [Legal](https://example.com/legal) > Privacy"
        "\n\n# Privacy Policy\n\n## 1. Who we are\n\nExample Ltd sells garden tools.\n\n## 2. Your rights\n\nAsk us "
        "for a copy of your data.\n\n```\ntop\n```\n\n[Back to top](#)\n\nShare\n\n[Facebook](https://facebook.com/s)"
        " [LinkedIn](https://linkedin.com/s)\n\n© 2021 Example Ltd. All rights reserved.\n\n## 2 Your rights\n\nAsk "
        "us for a copy of your data.\n", encoding="utf-8")
    converted = convert(source)
    assert converted.markdown.split() == ("# Privacy Policy ## 1. Who we are Example Ltd sells garden tools. ## 2. "
                                          "Your rights Ask us for a copy of your data. ``` top ```").split()
    notes = "\n".join(map(str, converted.notes))
    assert "line 27: a second copy of sections 2, to line 30, in the words of those from line 11: left out" in notes
    assert "lines 1 and 19: 2 lines of the page's links" in notes and "line 3: the page's breadcrumb trail " \
           "(“Home > Legal > Privacy”)" in notes


def test_a_site_builders_page_saved_as_html_loses_its_page_links_and_stale_copy(tmp_path: Path):
    """A Wix page saved from the browser: its `top of page` and `bottom of page` anchors, its copyright line and an
    older second copy of its last sections inside the text's element were published as the policy's, unsaid."""
    source = tmp_path / "privacy-2021-02-17.html"
    source.write_text(
        '<html lang="en"><body><div id="SITE_CONTAINER"><a id="top">top of page</a><div class="rich-text"><h1>Privacy '
        "Policy</h1><h2>1. Who we are</h2><p>Example Ltd sells garden tools.</p><h2>2. Your rights</h2><p>Ask us for "
        "a copy of your data.</p><p>Copyright © Example Ltd. 2016-2021. All rights reserved.</p><h2>2 Your rights</h2>"
        "<p>Ask us for a copy of your data.</p></div><a id=\"bottom\">bottom of page</a></div></body></html>",
        encoding="utf-8")
    converted = convert(source)
    assert converted.markdown.split() == ("# Privacy Policy ## 1. Who we are Example Ltd sells garden tools. ## 2. "
                                          "Your rights Ask us for a copy of your data.").split()
    notes = "\n".join(map(str, converted.notes))
    assert "a second copy of sections 2, to line" in notes and "“top of page”, “bottom of page”" in notes
    assert "the page's copyright line closing it (“Copyright © Example Ltd. 2016-2021. All rights reserved.”)" in notes
