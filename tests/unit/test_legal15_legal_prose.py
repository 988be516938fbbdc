"""Spelling: the ordinary prose of a legal text, in French and English, is no finding (legal hunt 15).

A lawyer's text cites articles (`Cf. Article 6`, `art. 15 et s.`), writes `p. ex. :` as French typography spaces it,
and Latin locutions (`in fine`, `mutatis mutandis`, `ad hoc`, `vice versa`, `Article 2 quater`); each was said an unknown
word to list, `in` and `hoc` among them."""
from __future__ import annotations

from policysite import document, spelling

FILLER_FR = ("Nous traitons vos données personnelles avec soin et nous les conservons pendant la durée nécessaire "
             "à la fourniture du service que vous avez demandé, puis nous les supprimons. ")
FILLER_EN = ("We process your personal data with care and keep it for as long as the service you asked for needs, "
             "then we delete it. ")


def unknown(body: str, lang: str) -> list[str]:
    filler, title = (FILLER_FR, "Politique") if lang == "fr" else (FILLER_EN, "Policy")
    policy = document.parse(f"---\ndate: 2030-01-15\n---\n\n# {title}\n\n## 1. {title}\n\n{filler * 4}\n\n{body}\n",
                            path=f"docs/{lang}/index.md", lang=lang)
    findings = spelling.check(policy, words=frozenset())
    assert all(f.rule.startswith(spelling.RULE) for f in findings), [str(f) for f in findings]
    return [dict(f.fields)["word"] for f in findings]


def test_french_legal_prose_has_no_unknown_word():
    body = ("Cf. Article 6 du règlement ; voir aussi l'art. 15 et s., c.-à-d. p. ex. : le droit d'accès de Mme Durand "
            "et de ses ayants droit, la licéité du traitement et la responsabilisation des coresponsables. Depuis le "
            "1er janvier 2025, un montant de 10 000 € n'est pas dû « sauf stipulation contraire » (ex. : une "
            "facture ; cf. infra et supra, op. cit.). Les articles 2 quater et 2 quinquies s'appliquent mutatis "
            "mutandis, a contrario, a fortiori et in fine, sur les sites web et les smartphones, aux flux "
            "transfrontaliers et aux directives post-mortem.")
    assert unknown(body, "fr") == ["Durand"]  # a name: the company lists it


def test_english_legal_prose_has_no_unknown_word():
    body = ("Inter alia, the controller acts bona fide and, mutatis mutandis, as set out in Article 2 quater, in fine; "
            "a fortiori, ab initio, de facto and prima facie, sui generis, ipso facto, erga omnes, stricto sensu, "
            "pro rata, sine qua non, ad hoc, intuitu personae, vice versa; the status quo, supra and infra. Cf. "
            "Article 6, op. cit. Post-mortem directives.")
    assert unknown(body, "en") == []


def test_a_word_of_a_latin_locution_alone_is_still_judged():
    """`in fine` is known as a whole: `in` alone in a French text, `hoc` or `mutandis` alone, are still typos."""
    assert unknown("Un texte in français, mutandis seul.", "fr") == ["in", "mutandis"]
    assert unknown("The hoc committee decided.", "en") == ["hoc"]


def test_a_period_before_a_spaced_colon_or_semicolon_ends_no_sentence():
    assert spelling.abbreviated("(ex. : fichier", 3)
    assert spelling.abbreviated("p. ex.\u202f; voir", 5)
    assert spelling.abbreviated("Cf. Article 6", 2)
    assert not spelling.abbreviated("Le texte. Puis", 8)
