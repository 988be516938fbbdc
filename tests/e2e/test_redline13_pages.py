"""The compare page against a version of a format before 8 (redline13): its policy.json says no `sup`, so compare.js
reads its superscripts from that version's page (redline.js: pageSup), and a footnote's call changed is that call
marked, as `policy diff` marks it, not the whole word it is glued to; a page it cannot read leaves the words uncut."""
from __future__ import annotations

import json

import markdown
import pytest
from test_archive_pages import marked

from helpers import synthetic_policy
from policysite import export
from policysite.strings import strings

OLD = "Les transferts sont encadrés par des clauses<sup>a</sup> types de la Commission."
NEW = OLD.replace(">a<", ">b<")


def _route(page, lang: str, version: str, text: str, *, form: int, html: bool) -> None:
    data = json.loads(export.policy_json(text.encode("utf-8"), lang=lang, version=version, url="", previous=None))
    if form < 8:
        data["format"] = form
        for block in [*data["preamble"], *(b for s in data["sections"] for b in s["blocks"])]:
            block.pop("sup", None)
    page.route(f"**/{lang}/{version}/policy.json", lambda route, _request: route.fulfill(
        body=json.dumps(data), content_type="application/json"))
    article = markdown.markdown(text.split("---", 2)[2], extensions=["tables", "attr_list", "sane_lists", "toc"])
    body = f'<div class="md-content"><article class="md-content__inner md-typeset">{article}</article></div>'
    page.route(f"**/{lang}/{version}/", lambda route, _request: route.fulfill(
        body=f"<!doctype html><html><body>{body}</body></html>" if html else "", status=200 if html else 404,
        content_type="text/html"))


@pytest.mark.parametrize(("html", "deleted", "inserted"), [(True, ["a"], ["b"]), (False, ["clausesa"], ["clausesb"])])
def test_a_call_changed_against_an_earlier_format_is_the_call_marked(page, site, traffic, html, deleted, inserted):
    lang = "fr"
    old, new = site.archived[0], site.archived[-1]
    _route(page, lang, old, synthetic_policy(old, sections=f"## 1. Transferts\n\n{OLD}\n"), form=7, html=html)
    _route(page, lang, new, synthetic_policy(new, sections=f"## 1. Transferts\n\n{NEW}\n"), form=8, html=True)
    page.goto(site.url(site.page(f"compare-{lang}").name) + f"#{old}..{new}")
    result = page.locator(".policy-compare-result")
    result.locator(".redline-section del").first.wait_for()
    assert marked(result, "del") == deleted and marked(result, "ins") == inserted
    # the call raised, struck and inserted, as in every redline policy.py writes (redline14: engine.raised); its words
    # uncut where the earlier page is not read, nothing raised
    raised = [result.locator(f".redline-section {tag} sup").all_inner_texts() for tag in ("del", "ins")]
    assert raised == ([deleted, inserted] if html else [[], []])
    pages = [url for url in traffic.requests if url.rstrip("/").endswith((f"/{lang}/{old}", f"/{lang}/{new}"))]
    assert [url.rstrip("/").rsplit("/", 1)[1] for url in pages] == [old]  # only the earlier format's page is read
    assert strings(lang)["compare_error"].split("{")[0] not in page.locator(".policy-compare-status").inner_text()


TABLE = "| Données | Finalité | Durée |\n|---|---|---|\n| Nom | Contrat | 3 ans |\n| Courriel | Lettre | 1 an |"
MOVED = "| Données | Durée | Finalité |\n|---|---|---|\n| Nom | 3 ans | Contrat |\n| Courriel | 1 an | Lettre |"
ITEMS = "Nous gardons :\n\n- votre nom ;\n- votre adresse électronique ;\n- votre adresse postale."
PROSE = "Nous gardons : votre nom ; votre adresse électronique ; votre adresse postale."


@pytest.mark.parametrize(("before", "after", "said"), [
    (TABLE, MOVED, "Colonne «\u00a0Durée\u00a0» déplacée."),  # a column moved: said moved, by its header
    (ITEMS, PROSE, "4 paragraphes et éléments de liste réunis en celui-ci."),
    ("- Nous gardons votre nom ;\n- votre adresse électronique ;\n- et votre adresse postale.",
     "Nous gardons votre nom, votre adresse électronique et votre adresse postale.",
     "3 éléments de liste réunis en ce paragraphe."),  # list items merged into a paragraph, said so
])
def test_the_compare_page_says_a_column_moved_and_a_merge_by_what_took_it_in(page, site, traffic, before, after,
                                                                              said):
    from policysite import document, redline
    from policysite.redline import render

    lang = "fr"
    old, new = site.archived[0], site.archived[-1]
    texts = {old: synthetic_policy(old, sections=f"## 1. Données\n\n{before}\n"),
             new: synthetic_policy(new, sections=f"## 1. Données\n\n{after}\n")}
    for version, text in texts.items():
        _route(page, lang, version, text, form=8, html=True)
    change = redline.diff(*(document.parse(text, path=f"{lang}/index.md", lang=lang) for text in texts.values()))
    expected = [line for s in change.sections for b in s.blocks if (line := render.moved_line(b, redline.labels(lang),
                                                                                              lang))]
    assert expected == [said]
    page.goto(site.url(site.page(f"compare-{lang}").name) + f"#{old}..{new}")
    moved = page.locator(".policy-compare-result .redline-moved")
    moved.first.wait_for()
    assert moved.all_inner_texts() == expected
