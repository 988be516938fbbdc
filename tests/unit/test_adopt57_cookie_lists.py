"""Adopt57: a cookie policy whose list of cookies its consent manager's script writes into the page when it is opened
(OneTrust's `<div id="ot-sdk-cookie-policy">`, CookieYes' `<div class="cky-audit-table-element">`, Cookiebot's
`<script id="CookieDeclaration">`), saved from its source, holds an empty element there: it was imported without the
list, its sentences ("the cookies listed below") over nothing, and nothing said but a script removed. Each such
element is now said, by its service and the words before it, in English and in French; a page whose only text is the
service's is still refused (import.embed-script)."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from policysite.messages import Said, said_in

DATA = Path(__file__).parents[1] / "data" / "adoption57" / "cookie-lists-2023-03-03.html"


def test_each_empty_cookie_list_is_said_with_the_words_before_it():
    converted = convert(DATA, lang="en")
    notes = [str(note) for note in converted.notes if "script writes its part of the page" in str(note)]
    assert len(notes) == 3, converted.notes
    assert any(note.startswith("OneTrust's script") and "after “Wren Hill Books uses the cookies listed below.”" in note
               for note in notes), notes
    assert any(note.startswith("CookieYes's script") and "after “You may change your choices at any time.”" in note
               for note in notes), notes
    assert any(note.startswith("Cookiebot's script") and "after “Our other notices:”" in note for note in notes), notes
    assert "Wren Hill Books uses the cookies listed below.\n\n## 2. Choosing" in converted.markdown


def test_said_in_french():
    said = Said("convert.embed-empty", service="OneTrust", before=Said("convert.embed-empty/start"))
    assert said_in(said, "fr").startswith("le script de OneTrust écrit sa partie de la page à son ouverture, après le "
                                          "début de la page")


def test_a_page_without_one_says_nothing(tmp_path: Path):
    page = tmp_path / "cookies-2023-03-03.html"
    page.write_text("<html><body><main><h1>Cookies</h1><p>We use <span id='ot-sdk-cookie-policy-x'>none</span>.</p>"
                    "<div id='ot-sdk-cookie-policy'><table><tr><th>Name</th><th>Use</th></tr><tr><td>sid</td>"
                    "<td>Login</td></tr></table></div></main></body></html>", encoding="utf-8")
    assert not [note for note in convert(page, lang="en").notes if "script writes its part" in str(note)]
