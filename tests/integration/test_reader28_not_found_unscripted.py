"""reader28: the 404 page's words for an address of a day before a later translation's first version (reader25) were
`hidden` until notfound.js found the address's day: with JavaScript off, a reader of `/en/2021-02-17/` (an old version's
link in a language that did not exist then) was told only that the page does not exist. They show by default now,
with a link to the history of the text that prevails, which lists the version in force on any day without a script;
notfound.js puts the text in force that day in its place, or hides the words under any other address."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser
from test_reader27_not_found_words import LATER, public  # noqa: F401  (French from 2021-02-17, English from LATER)


@pytest.mark.parametrize("page", ["404.html", "en/404.html", "fr/404.html"])
def test_the_words_for_a_day_before_the_translation_show_without_scripts(public, page):  # noqa: F811
    tree = LexborHTMLParser((public / page).read_text(encoding="utf-8"))
    note = tree.css_first("[data-policy-code='en'] p[data-policy-first]")
    assert note is not None and note.attributes.get("data-policy-first") == LATER
    assert "hidden" not in note.attributes
    shown = [a for a in note.css("a") if "hidden" not in a.attributes]
    history, first = shown
    assert " ".join(history.text().split()) == "Version history (Français)"
    assert [(s.text(), s.attributes.get("lang")) for s in history.css("span[lang]")] == [("Français", "fr")]
    # each link leads to a page the export holds, from the host's root
    assert history.attributes["href"].endswith("/fr/history/")
    assert (public / "fr" / "history" / "index.html").is_file()
    assert first.attributes["href"].endswith(f"/en/{LATER}/")
    # the text in force that day is linked in its place by notfound.js, which knows the day
    at = [a for a in note.css("a") if "hidden" in a.attributes]
    assert len(at) == 1 and at[0].attributes["href"].endswith("/fr/at/")
    assert " ".join(at[0].text().split()) == "Read the version in force that day (Français)"
