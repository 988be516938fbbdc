"""Reader34 (WCAG 3.1.2, language of parts): the lines under a redline's counts quote the text's words in the site's
sentence, a term replaced throughout, a number with the words around it, a link's address, each with its section's
heading. On a page of a language the site has no words for (Urdu, Swahili: English words, marked `lang="en"`), the
quoted words were inside the English sentence's mark, read as English; they are now marked as the text's, as a
date in those sentences is. The history page's terms replaced alike. A language the site speaks marks nothing."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from policysite import archive, redline
from policysite.redline.render import filed_lines, render_html
from policysite.strings import redline_labels
from unit.test_asides import ENV
from unit.test_redline import policy

OLD = ("## 1. Hifadhi\n\nTunahifadhi data ya mteja kwa siku 30.\n\n"
       "## 2. Haki\n\nKila mteja ana haki. Mteja anaweza kuuliza. Mteja anaweza kufuta. "
       "Tuandikie [hapa](https://old.example/haki).\n")
NEW = ("## 1. Hifadhi\n\nTunahifadhi data ya mtumiaji kwa siku 60.\n\n"
       "## 2. Haki\n\nKila mtumiaji ana haki. Mtumiaji anaweza kuuliza. Mtumiaji anaweza kufuta. "
       "Tuandikie [hapa](https://new.example/haki).\n")


def _diff(lang: str) -> redline.Redline:
    return redline.diff(policy(OLD, lang=lang), policy(NEW, date="2030-02-01", lang=lang))


def _quoted(markup: str, selector: str) -> list[tuple[str, str]]:
    """Each text of the lines `selector` finds, with the language it is read in (its nearest `lang`)."""
    page = LexborHTMLParser(f'<div lang="page">{markup}</div>')
    out = []
    for line in page.css(selector):
        for node in line.traverse(include_text=True):
            if node.tag == "-text" and node.text_content.strip():
                holder = node.parent
                while holder is not None and "lang" not in holder.attributes:
                    holder = holder.parent
                out.append((node.text_content, holder.attributes["lang"] if holder is not None else ""))
    return out


def test_the_changes_page_marks_the_words_it_quotes_as_the_text_s_language():
    change = _diff("sw")
    assert len(filed_lines(change, redline_labels("sw"), "sw")) == 3  # a term, a number, an address: each said
    said = _quoted(render_html(change, env=ENV, lang="sw"), ".redline-replaced")
    quoted = {text: code for text, code in said if code == "sw"}
    assert {"mteja", "mtumiaji", "siku 30", "siku 60", "https://old.example/haki", "https://new.example/haki",
            "§1 Hifadhi", "§2 Haki"} <= set(quoted), said
    # the site's own words stay English, marked so
    assert {code for text, code in said if "becomes" in text or "now leads to" in text} == {"en"}, said
    assert all(text.strip(" “”().") in quoted or code == "en" for text, code in said), said


def test_a_language_the_site_speaks_marks_nothing_in_those_lines():
    from policysite.redline.render import filed_html

    change = _diff("fr")
    lines = filed_html(change, redline_labels("fr"), "fr")
    assert [str(line) for line in lines] == [str(line).replace("&lt;", "<") for line in lines]  # (nothing to escape)
    assert len(lines) == 3 and not any("lang=" in line or "<span" in line for line in lines)
    assert [str(line) for line in lines] == filed_lines(change, redline_labels("fr"), "fr")


def test_the_quoted_words_are_escaped_not_obeyed():
    from policysite.redline.render import filed_html

    markup = "## 1. Hifadhi\n\n{} ana haki. {} anaweza. {} anaweza.\n"
    old = policy(markup.format("<b>Mteja</b>", "<b>Mteja</b>", "<b>Mteja</b>"), lang="sw")
    new = policy(markup.format("Mtumiaji", "Mtumiaji", "Mtumiaji"), date="2030-02-01", lang="sw")
    lines = filed_html(redline.diff(old, new), redline_labels("sw"), "sw")
    assert not any("<b>" in line for line in lines)


def test_the_history_page_marks_the_terms_it_quotes_as_the_text_s_language():
    change = archive.changes_of(NEW.replace("[hapa](https://new.example/haki)", "hapa"), lang="sw",
                                previous_text=OLD.replace("[hapa](https://old.example/haki)", "hapa"))
    entries = [archive.Entry("2030-01-15", archive.summary(None, previous=None)),
               archive.Entry("2030-02-01", archive.summary(change, previous="2030-01-15"))]
    said = _quoted(archive.history_page(env=ENV, lang="sw", entries=entries), ".policy-history-replaced")
    assert ("mteja", "sw") in said and ("mtumiaji", "sw") in said, said
    assert any("becomes" in text and code == "en" for text, code in said), said
    english = archive.history_page(env=ENV, lang="en", entries=[archive.Entry(
        "2030-02-01", archive.summary(archive.changes_of(NEW, previous_text=OLD, lang="en"), previous="2030-01-15"))])
    assert "“mtumiaji”" in english and ' lang="' not in english
