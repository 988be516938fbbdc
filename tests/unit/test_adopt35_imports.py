"""Adopt35: what a saved page holds beside its text, read as its readers saw it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import imported_text, kinds_read

_ARTICLE = ("<article><h1>Cookie Policy</h1><h2>1. What cookies are</h2><p>Small files a site stores in your browser."
            "</p><h2>2. Which we use</h2><p>Those the settings beside this text list.</p><h2>3. Your choice</h2>"
            + "<p>You may accept or refuse each kind of cookie but those the site needs to work, and change your mind at "
            "any time: your choice is kept for six months, then asked again.</p>" * 4 + "</article>")


def test_a_short_sign_up_form_beside_the_article_is_left_out_and_said(tmp_path: Path):
    page = (f"<html><body><main>{_ARTICLE}<section class=\"newsletter\"><h2>Get fresh news</h2><form>"
            "<label for=\"e\">Your e-mail</label><input id=\"e\" type=\"email\"><button>Subscribe</button></form>"
            "</section></main></body></html>")
    text = imported_text(tmp_path, "cookies-2021-06-01.html", page, lang="en")
    assert "Get fresh news" not in text.body and "Your e-mail" not in text.body, text.body
    assert any("left out a form to fill in beside the page's <article> holding the text (“Get fresh news Your e-mail "
               "Subscribe”)" in note for note in text.notes), text.notes


def test_a_cookie_settings_panel_beside_the_article_describing_each_kind_stays(tmp_path: Path):
    """A form of more than a sign-up's few words beside the article (a cookie policy's settings, each kind of cookie
    described over its switch) is words readers read about the cookies: kept, as any form's words are."""
    kinds = "".join(f"<h3>{kind} cookies</h3><p>These cookies {what}; they are kept for thirteen months at most and "
                    f"are never shared with anyone outside the company.</p><input type=\"checkbox\" name=\"{kind}\">"
                    for kind, what in (("Analytics", "count the visits to each page"),
                                       ("Preference", "remember the language you chose"),
                                       ("Marketing", "measure how our advertisements perform")))
    page = (f"<html><body><main>{_ARTICLE}<section class=\"cookie-settings\"><h2>Your settings</h2><form>{kinds}"
            "<button>Save</button></form></section></main></body></html>")
    text = imported_text(tmp_path, "cookies-2021-06-01.html", page, lang="en")
    for kind in ("Analytics", "Preference", "Marketing"):
        assert f"{kind} cookies" in text.body, text.body
    assert not any("beside the page's <article>" in note for note in text.notes), text.notes


def test_a_wordpress_export_given_is_said_with_what_to_import_instead(tmp_path: Path):
    """A WordPress export (WXR, Tools › Export: an `.xml` holding every page's HTML) was skipped as "not Markdown,
    HTML, Word or OpenDocument", saying nothing of how to import the policy it holds."""
    from policysite import messages
    from policysite.convert import ConvertError
    from policysite.convert.sources import dated_sources
    from policysite.messages import text_of

    export = tmp_path / "brightfield.WordPress.2023-02-01.xml"
    export.write_text('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
                      "<wp:wxr_version>1.2</wp:wxr_version></channel></rss>", encoding="utf-8")
    undated = tmp_path / "export.xml"
    undated.write_text(export.read_text(encoding="utf-8"), encoding="utf-8")
    skipped: list[str] = []
    assert dated_sources([undated], skipped=skipped) == []
    assert [messages.said_in(line, "en") for line in skipped] == [
        f"{undated}: skipped: not a kind of file import reads ({kinds_read()}): an XML file (a "
        "WordPress export, Tools › Export, holds each page's HTML in its <content:encoded>): save the policy's page as "
        "the site showed it (.html), or copy its HTML into a file named by the day it took effect "
        "(privacy-2021-02-17.html)"], skipped
    with pytest.raises(ConvertError) as refused:  # (dated: a version import cannot read, nothing imported)
        dated_sources([export], skipped=[])
    assert "brightfield.WordPress.2023-02-01.xml: an XML file (a WordPress export" in messages.said_in(
        text_of(refused.value), "en")


def test_a_dated_xml_file_inside_a_folder_given_is_no_version(tmp_path: Path):
    """A saved site's folder holds its feeds and sitemaps (`sitemap-2021-02-17.xml`): skipped, as before, not refused
    as a version in a format the import does not read."""
    from policysite.convert.sources import dated_sources

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitemap-2021-02-17.xml").write_text("<urlset/>", encoding="utf-8")
    (tmp_path / "site" / "privacy-2021-02-17.html").write_text("<h1>Privacy</h1><p>Words.</p>", encoding="utf-8")
    skipped: list[str] = []
    assert [source.path.name for source in dated_sources([tmp_path / "site"], skipped=skipped)] == [
        "privacy-2021-02-17.html"]
    assert [line.split(": ", 1)[1] for line in skipped] == [
        f"skipped: not a kind of file import reads ({kinds_read()})"], skipped

