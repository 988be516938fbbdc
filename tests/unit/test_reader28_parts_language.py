"""reader28: a quotation the text marks as written in another language (`<span lang="en">session cookie</span>` in the
French text, `<q lang="de">`, as the README says to mark one) is marked so on the policy page, but the side-by-side
page, drawn from the document model, wrote its words unmarked: a screen reader read "session cookie" with the French
voice (WCAG 3.1.2). The model keeps the part's language (a "lang" mark, inline.marked), and the page marks it."""
from __future__ import annotations

from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite import document, layout, sidebyside

ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
FR = ("---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\n"
      "Nous utilisons un témoin de session, dit « <span lang=\"en\">session cookie</span> ».\n\n"
      "- Le principe <q lang='de'>Datensparsamkeit</q> et **<span lang=en-GB class=x>privacy by design</span>**.\n\n"
      "Une <span>mention</span> <span lang=\"not a language\">sans</span> <span lang=\"en\">[lien](https://example.test/a)"
      " ouvert</span> puis <span lang=\"en\">jamais fermé.\n")
EN = ("---\ndate: 2021-02-17\n---\n# Policy\n\n## 1. Purpose\n\nWe use a session cookie.\n\n"
      "- The principle of data minimisation and **privacy by design**.\n\nA mention without an open link.\n")


def test_the_model_marks_each_part_in_another_language():
    blocks = document.parse(FR, path="fr.md", lang="fr").sections[0].blocks
    marked = [[(block.shown[s:e], target) for s, e, kind, target in block.marks if kind == "lang"] for block in blocks]
    assert marked == [[("session cookie", "en")], [("Datensparsamkeit", "de"), ("privacy by design", "en-GB")],
                      [("lien ouvert", "en")]]  # (no language, a span that is no language's, one never closed: none)
    runs = layout.parts(blocks)[1].items[0].runs
    assert ("privacy by design", True, "", "en-GB") in runs and layout.language(runs[0]) == ""
    assert ("Datensparsamkeit", False, "", "de") in runs


def test_the_side_by_side_page_marks_them():
    html = LexborHTMLParser(sidebyside.page_body(env=ENV, lang="en", source_lang="fr", source_text=FR, text=EN,
                                                 version="2021-02-17"))
    spans = [(s.text(), s.attributes.get("lang")) for s in html.css("span[lang]")
             if s.attributes.get("lang") in ("en", "de", "en-GB")]
    assert ("session cookie", "en") in spans and ("Datensparsamkeit", "de") in spans
    assert ("privacy by design", "en-GB") in spans
    assert html.css_first("span[lang='en-GB'] > strong") is not None
    link = html.css_first("a[href='https://example.test/a']")
    assert link is not None and link.css_first("span[lang='en']").text() == "lien"
    assert "jamais fermé" in html.text() and not any(t == "jamais fermé." for t, _ in spans)


def test_the_pdf_data_is_as_before():
    """The PDF's data (its key) holds runs of three where the text marks no part: it prints the same PDF as before."""
    from policysite import pdf

    blocks = document.parse(EN, path="en.md", lang="en").sections[0].blocks
    assert pdf._part(layout.parts(blocks)[0])["runs"] == [("We use a session cookie.", False, "")]
