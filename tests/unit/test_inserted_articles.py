"""Articles inserted between two others without renumbering (`Article 2 bis`, `Article 2a`, `第10条の2`, `제2조의2`):
sections of their own, with an identity and an anchor of their own, numbered in order, paired across languages."""
from __future__ import annotations

import pytest

from policysite import anchors, document, heading_numbers, sync
from policysite.redline import engine, render


@pytest.mark.parametrize(("heading", "number"), [
    ("Article 2 bis – Collecte", ("2bis", "Collecte")),  # French
    ("Article 2 ter - Durée", ("2ter", "Durée")),
    ("Art. 2-quater Conservazione", ("2quater", "Conservazione")),  # Italian
    ("Artículo 2 bis. Datos", ("2bis", "Datos")),  # Spanish
    ("2 bis. Collecte", ("2bis", "Collecte")), ("2bis Collecte", ("2bis", "Collecte")),
    ("Article 2a – Collection", ("2bis", "Collection")),  # the English of `Article 2 bis`, as EU texts write it
    ("Article 2b – Retention", ("2ter", "Retention")),
    ("Section 5A: Transfers", ("5bis", "Transfers")),  # a capital after an article's word
    ("5.1a Cookies", ("5.1bis", "Cookies")),  # a subsection inserted after 5.1
    ("§ 2a Zweck", ("2bis", "Zweck")),  # German
    ("第10条の2（開示）", ("10bis", "（開示）")), ("第十条の三（訂正）", ("10ter", "（訂正）")),  # Japanese
    ("제2조의2(수집)", ("2bis", "(수집)")),  # Korean
    ("第十条之一 收集", ("10bis", "收集")),  # Chinese counts its inserted articles from 1
    ("Article IV bis – Dati", ("4bis", "Dati")), ("IV ter – Dati", ("4ter", "Dati")),  # after a Roman numeral
    ("المادة 2 مكرر - جمع البيانات", ("2bis", "جمع البيانات")),  # Arabic: "repeated"
    ("第10条の1 開示", ("10bis", "開示")),  # a company text's first inserted article (statutes start at の2)
])
def test_an_inserted_articles_number_is_its_article_and_the_latin_word_of_its_place(heading, number):
    assert heading_numbers.heading_number(heading) == number
    parts, place = heading_numbers.split_number(number[0])
    assert parts == tuple(int(p) for p in number[0].rstrip("abcdefghijklmnopqrstuvwxyz").split(".")) and place >= 2


@pytest.mark.parametrize(("heading", "number"), [
    ("Article 2 – Objet", ("2", "Objet")), ("Article 1er – Objet", ("1", "Objet")), ("第10条（開示）", ("10", "（開示）")),
    ("제2조(정의)", ("2", "(정의)")), ("7.3 Objectifs", ("7.3", "Objectifs")),
    ("3D Secure payments", None),  # a word, not §3 with an article inserted after it
    ("2a) Data you give us", None), ("2a. Data you give us", None),  # a letter of §2's subsections (lettered.py)
    ("Article IVa – Dati", None), ("IVa – Dati", None),  # a Roman numeral takes no letter
    ("1 Bis wann speichern wir?", ("1", "Bis wann speichern wir?")),  # German: a word, not `1 bis`
    ("3 bis 5 Jahre", ("3", "bis 5 Jahre")), ("Artikel 3 bis 5 gelten", ("3", "bis 5 gelten")),  # a range
])
def test_numbers_without_an_insertion_read_as_before(heading, number):
    assert heading_numbers.heading_number(heading) == number


def page(lang: str, headings: list[str], date: str = "2024-03-01") -> document.Policy:
    body = "".join(f"## {heading}\n\nTexte de l’article {heading.split()[1]}.\n\n" for heading in headings)
    return document.parse(f"---\ndate: {date}\n---\n\n# Politique\n\n{body}", path=f"docs/{lang}/index.md", lang=lang)


FRENCH = ["Article 1 – Objet", "Article 2 – Données", "Article 2 bis – Collecte", "Article 2 ter – Durée",
          "Article 3 – Droits"]


def test_inserted_articles_are_sections_of_their_own_with_ids_of_their_own():
    policy = page("fr", FRENCH)
    assert policy.problems == []
    assert [(s.number, s.anchor, s.label, s.title) for s in policy.sections] == [
        ("1", "s1", "§1", "Objet"), ("2", "s2", "§2", "Données"), ("2bis", "s2-bis", "§2 bis", "Collecte"),
        ("2ter", "s2-ter", "§2 ter", "Durée"), ("3", "s3", "§3", "Droits")]
    assert anchors.page_anchors(policy).ids == ["s1", "s2", "s2-bis", "s2-ter", "s3"]
    assert document.slugify("Article 2 bis – Collecte") == "s2-bis"  # the id the build gives the heading


def test_statute_style_inserted_articles_and_an_inserted_subsection_are_numbered_in_order():
    korean = document.parse("---\ndate: 2024-03-01\n---\n\n# 방침\n\n## 제1조(목적)\n\n본문.\n\n## 제2조(정의)\n\n본문.\n\n"
                            "## 제2조의2(수집)\n\n본문.\n\n## 제3조(이용)\n\n본문.\n", path="docs/ko/index.md", lang="ko")
    assert [(s.number, s.anchor) for s in korean.sections] == [("1", "s1"), ("2", "s2"), ("2bis", "s2-bis"),
                                                               ("3", "s3")]
    assert korean.problems == []
    sub = document.parse("---\ndate: 2024-03-01\n---\n\n# P\n\n## 1. Data\n\nA.\n\n### 1.1 Given\n\nB.\n\n"
                         "### 1.1a Cookies\n\nC.\n\n### 1.2 Kept\n\nD.\n\n## 1a Transfers\n\nE.\n\n## 2. End\n\nF.\n",
                         path="docs/en/index.md", lang="en")
    assert [s.anchor for s in sub.sections] == ["s1", "s1-1", "s1-1-bis", "s1-2", "s1-bis", "s2"]
    assert sub.problems == []


def test_articles_inserted_from_no1_in_a_company_text_are_its_first_and_second_as_in_a_statute_from_no2():
    """`第2条の1` read as no number (before, as §2 again): a page counting from の1 has 2 bis, 2 ter as one counting
    from の2 does, and as their English `Article 2a`, `Article 2b` (Korean `제2조의1` alike)."""
    def japanese(first: int) -> document.Policy:
        body = "".join(f"## {heading}\n\n本文。\n\n" for heading in (
            "第1条（目的）", "第2条（開示）", f"第2条の{first}（訂正）", f"第2条の{first + 1}（削除）", "第3条（苦情）"))
        return document.parse(f"---\ndate: 2024-03-01\n---\n\n# 方針\n\n{body}", path="docs/ja/index.md", lang="ja")

    english = page("en", ["Article 1 – Purpose", "Article 2 – Access", "Article 2a – Correction",
                          "Article 2b – Erasure", "Article 3 – Complaints"])
    for first in (1, 2):
        policy = japanese(first)
        assert policy.problems == []
        assert [s.anchor for s in policy.sections] == ["s1", "s2", "s2-bis", "s2-ter", "s3"]
        assert sync.pair_sections(policy, english) == {i: i for i in range(5)}
    korean = document.parse("---\ndate: 2024-03-01\n---\n\n# 방침\n\n## 제1조(목적)\n\n본문.\n\n## 제2조(정의)\n\n본문.\n\n"
                            "## 제2조의1(수집)\n\n본문.\n\n## 제2조의2(이용)\n\n본문.\n\n## 제3조(제공)\n\n본문.\n",
                            path="docs/ko/index.md", lang="ko")
    assert [s.anchor for s in korean.sections] == ["s1", "s2", "s2-bis", "s2-ter", "s3"] and korean.problems == []


@pytest.mark.parametrize(("headings", "rule", "words"), [
    (FRENCH[:3] + ["Article 2 bis – Encore"] + FRENCH[4:], "structure.number-repeated", "§2 bis “Encore” repeats"),
    (FRENCH[:2] + ["Article 2 ter – Durée"] + FRENCH[4:], "structure.number-skipped", "follows §2: §2 bis is missing"),
    (FRENCH[:1] + ["Article 2 bis – Collecte", "Article 2 – Données"] + FRENCH[4:], "structure.number-skipped",
     "§2 bis “Collecte” follows §1: §2 is missing"),
    (FRENCH[:2] + ["Article 2 ter – Durée", "Article 2 bis – Collecte"] + FRENCH[4:], "structure.number-skipped",
     "§2 ter “Durée” follows §2: §2 bis is missing"),
    (FRENCH[:2] + ["Article 2 – Encore"] + FRENCH[4:], "structure.number-repeated", "§2 “Encore” repeats"),
])
def test_a_repeated_or_misplaced_inserted_article_is_still_refused(headings, rule, words):
    problems = page("fr", headings).problems
    assert [f.rule for f in problems][:1] == [rule], problems
    assert words in problems[0].message


def test_no_subsection_numbered_under_an_inserted_article():
    policy = document.parse("---\ndate: 2024-03-01\n---\n\n# P\n\n## 1. Who\n\nZ.\n\n## 2. Data\n\nA.\n\n## 2a Cookies\n\nB.\n\n"
                            "### 2.1 Given\n\nC.\n\n## 3. End\n\nD.\n", path="docs/en/index.md", lang="en")
    assert [f.rule for f in policy.problems] == ["structure.number-skipped"]
    assert "§2.1 “Given” cannot follow §2a" in policy.problems[0].message


def test_the_translation_of_article_2_bis_as_article_2a_is_its_section():
    english = page("en", ["Article 1 – Purpose", "Article 2 – Data", "Article 2a – Collection",
                          "Article 2b – Retention", "Article 3 – Rights"])
    french = page("fr", FRENCH)
    assert [s.anchor for s in english.sections] == [s.anchor for s in french.sections]
    assert sync.pair_sections(french, english) == {i: i for i in range(5)}
    assert [f for f in sync.compare(french, english) if f.rule.startswith("sync.section")] == []
    reordered = page("en", ["Article 1 – Purpose", "Article 2 – Data", "Article 2b – Retention",
                            "Article 2a – Collection", "Article 3 – Rights"])
    assert "sync.section-order" in {f.rule for f in sync.compare(french, reordered)}


def test_a_version_that_inserts_an_article_says_it_was_added_and_leaves_its_neighbours_in_place():
    old = page("fr", FRENCH[:2] + FRENCH[4:], "2024-03-01")
    new = page("fr", FRENCH[:3] + FRENCH[4:], "2024-06-01")
    redline = engine.diff(old, new)
    assert [(s.kind, s.number) for s in redline.sections if s.shown] == [("added", "2bis")]
    text = render.render_text(redline, color=False)
    assert "§2 bis Collecte" in text and "§3" not in text
    added = next(s for s in render.to_json(redline)["sections"] if s["kind"] == "added")
    assert added["new_number"] == "2bis"


def test_sync_mark_takes_an_inserted_article_as_the_messages_and_pages_name_it_and_records_it_in_order(tmp_path):
    """`sync.outdated` says "§2 bis: …": `policy sync-mark en "§2 bis"` (or `2a`, as the English heading writes it)
    marks it, and the record lists it after §2, not after every number."""
    from policysite import staleness

    source = page("fr", FRENCH)
    record = tmp_path / ".translated-from.yml"
    assert staleness.mark(source=source, record=record, numbers=["§2 bis", "2a", "2 ter"]) == ["2bis", "2bis", "2ter"]
    staleness.mark(source=source, record=record, numbers=None)
    assert list(staleness.read_record(record) or {}) == ["1", "2", "2bis", "2ter", "3"]


def test_a_later_version_that_renumbers_inserted_articles_matches_them_and_keeps_their_anchors_landing():
    old = page("fr", FRENCH)
    new = page("fr", ["Article 1 – Objet", "Article 2 – Données", "Article 3 – Collecte", "Article 4 – Durée",
                      "Article 5 – Droits"])
    assert [(s.kind, s.old_number, s.new_number) for s in engine.diff(old, new).sections if s.shown] == [
        ("renumbered", "2bis", "3"), ("renumbered", "2ter", "4"), ("renumbered", "3", "5")]
    assert "§2 bis → §3 Collecte" in render.render_text(engine.diff(old, new), color=False)
    aliases = anchors.alias_map(anchors.page_anchors(new, previous=old))
    assert aliases["s3"] == ["s2-bis"] and aliases["s4"] == ["s2-ter"]  # `#s2-bis` still lands on its text


def test_a_link_written_for_another_sites_slug_of_an_inserted_articles_heading_lands_on_it():
    """`#article-2-bis--collecte` (GitHub's and Python-Markdown's slug of `Article 2 bis – Collecte`) was a dead link:
    the heading's names were its title, `2bis Collecte` and `article 2bis`, never the heading as written."""
    policy = document.parse(
        "---\ndate: 2024-03-01\n---\n\n# P\n\n## Article 1 – Objet\n\nVoir [l’article 2 bis](#article-2-bis--collecte)."
        "\n\n## Article 2 – Données\n\nA.\n\n## Article 2 bis – Collecte\n\nB.\n\n## Article 3 – Droits\n\nC.\n",
        path="docs/fr/index.md", lang="fr")
    found = anchors.page_anchors(policy)
    assert anchors.alias_map(found) == {"s2-bis": ["article-2-bis--collecte"]}
    assert anchors.dead_links(policy, found) == []


def _cited(source: str, translation: str) -> list[str]:
    def one(lang: str, body: str) -> document.Policy:
        return document.parse(f"---\ndate: 2024-03-01\n---\n\n# T\n\n## 1. Scope\n\n{body}\n", path=f"docs/{lang}/index.md",
                              lang=lang)

    return [f.message for f in sync.compare(one("fr", source), one("en", translation))]


@pytest.mark.parametrize(("source", "translation"), [
    ("Voir l’article 2 bis.", "See Article 2a."), ("Voir les articles 2 bis et 3.", "See Articles 2 bis and 3."),
    ("Voir § 26a BDSG.", "See Section 26a BDSG."), ("Siehe Art. 15 bis 22 DSGVO.", "See Articles 15 to 22 GDPR."),
    ("Voir l’article 1er.", "See Article 1."), ("Art. 6 Abs. 1 lit. a DSGVO.", "Article 6(1)(a) GDPR."),
])
def test_an_inserted_article_cited_as_each_language_writes_it_is_the_same_reference(source, translation):
    assert _cited(source, translation) == []


def test_an_inserted_article_cited_for_another_is_said():
    """`article 2 ter` translated `Article 2a` (2 bis), or `article 2` as `Article 2a`: both were read as article 2."""
    assert _cited("Voir l’article 2 ter.", "See Article 2a.") == [
        "§1: article references differ: French has 2 ter; English has 2 bis"]
    assert _cited("Voir l’article 2.", "See Article 2a.") == [
        "§1: article references differ: French has 2; English has 2 bis"]


@pytest.mark.parametrize(("source", "lang", "translation", "said"), [
    ("第10条の2を参照。", "ja", "See Article 10a.", []), ("제2조의2 참조.", "ko", "See Article 2 bis.", []),
    ("参见第十条之一。", "zh", "See Article 10a.", []), ("第13条第1項第4号を参照。", "ja", "See Article 13(1)(iv).", []),
    ("第10条の3を参照。", "ja", "See Article 10a.",
     ["§1: article references differ: Japanese has 10 ter; English has 10 bis"]),
    ("第10条の1を参照。", "ja", "See Article 10a.", []),  # a company text's first inserted article (was article 10)
    ("وفقا للمادة 6 مكرر من القانون.", "ar", "Under Article 6a of the law.", []),  # (was article 6)
    ("وفقا للمادتين 6 و 7 من القانون.", "ar", "Under Articles 6 and 7 of the law.", []),  # two articles (were none)
    ("وفقا للمادة 6 مكرر من القانون.", "ar", "Under Article 6 of the law.",
     ["§1: article references differ: Arabic has 6 bis; English has 6"]),
])
def test_an_inserted_article_cited_in_chinese_japanese_or_korean_is_that_article(source, lang, translation, said):
    def one(language: str, body: str) -> document.Policy:
        return document.parse(f"---\ndate: 2024-03-01\n---\n\n# T\n\n## 1. Scope\n\n{body}\n",
                              path=f"docs/{language}/index.md", lang=language)

    assert [f.message for f in sync.compare(one(lang, source), one("en", translation))] == said


@pytest.mark.parametrize(("heading", "number", "written"), [
    ("Article 12-1 – Cookies", ("12bis", "Cookies"), "§12-1"),  # French codes' inserted article: after 12
    ("Art. 34-2 : Traceurs", ("34ter", "Traceurs"), "§34-2"),
    ("§ 5-1 Zweck", ("5bis", "Zweck"), "§5-1"),
    ("3-1. Items collected", ("3.1", "Items collected"), "§3-1"),  # Korean and Japanese texts' subsection of 3
    ("Section 3-1: Scope", ("3.1", "Scope"), "§3-1"), ("1-2-1 Deep", ("1.2.1", "Deep"), "§1-2-1"),
    ("2023-05-01 Update", None, ""),  # a date, no section
    ("Article 12 - 1 year", ("12", "1 year"), ""),  # a title starting with a number, apart
])
def test_a_number_joined_by_a_hyphen_is_one_number_not_its_first_part_titled_by_the_rest(heading, number, written):
    """Articles 26: `Article 12-1 – Cookies` was §12 titled "1 – Cookies" (a second §12, refused as repeated, beside
    Article 12); `3-1. Items` §3 titled "1. Items". After an article's word, the article inserted after 12 (`12 bis`
    in every language, as `第10条之一`); else the subsection 3.1; named as the page writes it."""
    assert heading_numbers.heading_number(heading) == number
    assert heading_numbers.number_as_written(heading) == written


def test_an_article_inserted_as_2_1_is_a_section_of_its_own_paired_with_2_bis():
    policy = page("fr", ["Article 1 – Objet", "Article 2 – Données", "Article 2-1 – Cookies", "Article 3 – Droits"])
    assert policy.problems == []
    assert [(s.number, s.anchor, s.label) for s in policy.sections] == [
        ("1", "s1", "§1"), ("2", "s2", "§2"), ("2bis", "s2-bis", "§2-1"), ("3", "s3", "§3")]
    english = page("en", ["Article 1 – Scope", "Article 2 – Data", "Article 2 bis – Cookies", "Article 3 – Rights"])
    assert [f for f in sync.compare(policy, english) if f.rule.startswith("sync.section")] == []
    korean = document.parse("---\ndate: 2024-03-01\n---\n\n# P\n\n## 1. Collected\n\nA.\n\n### 1-1. Items\n\nB.\n\n"
                            "### 1-2. Methods\n\nC.\n\n## 2. Use\n\nD.\n", path="docs/ko/index.md", lang="ko")
    assert korean.problems == [] and [s.number for s in korean.sections] == ["1", "1.1", "1.2", "2"]


@pytest.mark.parametrize("headings", [
    ["Article 1 – Objet", "Article 2 – Données", "Article 2 bis – Collecte", "Article 2 bis A – Traceurs",
     "Article 3 – Droits"],
    ["Article 1 – Objet", "Article 2 – Données", "Article 2-1 – Collecte", "Article 2-1-1 – Traceurs",
     "Article 3 – Droits"],
    ["Article 1 – Objet", "Article 2 – Données", "Article 2-1 – Collecte", "Article 2-1 a – Traceurs",
     "Article 3 – Droits"],
])
def test_an_article_inserted_after_an_inserted_one_is_published_under_its_heading(headings):
    """Articles 26, left: `Article 2 bis A` (an article inserted after 2 bis, as French bills number them), `Article
    2-1-1`, `2-1 a` were `structure.number-repeated §2 bis “A – Traceurs”` (an error: nothing published, an id did not
    clear it). No section number names a second insertion: its heading is its identity (its id a slug of it, a
    translation's its source's, by place), the numbering around it checked as before."""
    policy = page("fr", headings)
    assert policy.problems == []
    nested = policy.sections[3]
    assert (nested.numeral, nested.title, nested.label) == ("", headings[3], f"“{headings[3]}”")
    assert document.slugify(headings[3]) == nested.anchor  # the id the build gives its heading
    english = page("en", ["Article 1 – Scope", "Article 2 – Data", "Article 2 bis – Collection",
                          "Article 2 bis A – Trackers", "Article 3 – Rights"])
    assert [f for f in sync.compare(policy, english) if f.rule.startswith("sync.section")] == []
    assert anchors.page_anchors(english, source=policy).ids[3] == anchors.page_anchors(policy).ids[3]
    # the numbering around it is still checked: a repeated 2 bis is refused as before
    assert [f.rule for f in page("fr", headings[:3] + [headings[2]] + headings[4:]).problems] == [
        "structure.number-repeated"]


@pytest.mark.parametrize("heading", ["Article 2 bis a pour objet", "Article 2 bis – Collecte", "1-1 a Title",
                                     "3 bis 5 Jahre", "Section 5A: Transfers"])
def test_one_insertion_or_words_after_it_are_no_nested_insertion(heading):
    assert not heading_numbers.nested_insertion(heading)
