"""Links that land (session 48, redline18): what names a past version's sections names them by the ids its page has
them by, the ids its manifest records (an older rule's `article-3`) or a translation's page's (its authoritative
text's), not those today's rules derive from its number (`s3`); an older record or none derives them as before.
Synthetic texts of a fictional company."""
from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from integration.test_histories20 import _forget, _older_rule
from policysite import anchors, export, sidebyside
from unit.test_histories20_ids import ENV

FR = ("---\ndate: 2024-01-01\n---\n# Politique\n\n## 1. Collecte\n\nNous collectons votre nom.\n\n"
      "## 2. Cookies {#cookies}\n\nUn cookie de session.\n\n## 3. Droits\n\nVous avez des droits.\n")
FR_PLAIN = "---\ndate: 2024-01-01\n---\n# Politique\n\n## Collecte\n\nNous collectons.\n\n## Cookies\n\nUn cookie.\n"
EN_PLAIN = "---\ndate: 2024-01-01\n---\n# Policy\n\n## Collection\n\nWe collect.\n\n## Cookies and more\n\nA cookie.\n"


def _sections(text: str, lang: str, source_text: str = "") -> list[tuple[str, str | None]]:
    data = json.loads(export.policy_json(text.encode(), lang=lang, version="2024-01-01", url="u", previous=None,
                                         source_text=source_text))
    return [(s["number"], s.get("id")) for s in data["sections"]]


def _page_ids(text: str, lang: str, source_text: str | None = None) -> list[str]:
    return anchors.of_texts(text, lang=lang, source_text=source_text).ids


def test_the_export_names_each_section_by_its_page_s_id_where_its_number_does_not(monkeypatch):
    """The compare page links a section into its version's page by policy.json's `id`, else its number's anchor:
    a translation's page taking the authoritative text's ids, an older rule's `article-N`."""
    assert _sections(FR, "fr") == [("1", None), ("cookies", None), ("3", None)]
    assert _sections(EN_PLAIN, "en", FR_PLAIN) == [("collection", "collecte"), ("cookies-and-more", "cookies")]
    assert [i or n for n, i in _sections(EN_PLAIN, "en", FR_PLAIN)] == _page_ids(EN_PLAIN, "en", FR_PLAIN)
    with monkeypatch.context() as older:
        _older_rule(older)
        assert _sections(FR, "fr") == [("1", "article-1"), ("cookies", None), ("3", "article-3")]
    _forget()


EN = ("---\ndate: 2024-01-01\n---\n# Policy\n\n## 1. Collection\n\nWe collect your name.\n\n"
      "## 2. Cookies {#cookies}\n\nA session cookie.\n\n## 3. Rights\n\nYou have rights.\n")


def _rows(html: str) -> list[tuple[str, list[str]]]:
    return [(row.attributes["id"] or "", [span.attributes["id"] or "" for span in row.css("span.policy-alias")])
            for row in LexborHTMLParser(html).css("section.policy-sides-row")]


def test_the_side_by_side_page_has_each_row_under_its_policy_page_s_id(monkeypatch):
    """A version published under an older rule: its policy pages have its sections at `article-N`, its side-by-side
    page had them at `s1`…, which the version selector carries from one page of the version to another; each row is
    now under the policy page's id, today's an alias. Under today's rule, as before."""
    def body() -> str:
        return sidebyside.page_body(env=ENV, lang="en", source_lang="fr", source_text=FR, text=EN,
                                    version="2024-01-01")
    assert _rows(body()) == [("s1", []), ("cookies", []), ("s3", [])]
    with monkeypatch.context() as older:
        _older_rule(older)
        page = anchors.of_texts(EN, lang="en", source_text=FR).ids
        assert page == ["article-1", "cookies", "article-3"]
        assert _rows(body()) == [("article-1", ["s1"]), ("cookies", []), ("article-3", ["s3"])]


@pytest.fixture(autouse=True)
def _forgotten():
    _forget()
    yield
    _forget()

