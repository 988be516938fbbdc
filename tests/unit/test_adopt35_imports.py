"""Adopt35: what a saved page holds beside its text, read as its readers saw it."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import imported_text

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
