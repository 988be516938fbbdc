"""Sections with or without numbers: identity, ids on the page, translations, and links that land."""
from __future__ import annotations

import pytest

from policysite import anchors, document, heading_numbers, sync

UNNUMBERED = """---
date: 2024-05-01
---

Example Policy
==============

**Last updated: May 1, 2024**

Contents: [Who we are](#who-we-are), [Data](#2-the-data-we-collect), [Rights](#your-rights), [Top](#top)

Who we are
----------

We are Example Ltd.

### The data we collect

Names.

#### Your rights {#rights}

Ask us.

## Contact ##

Mail us. See [who we are](#who-we-are).
"""


def parse(text: str, lang: str = "en") -> document.Policy:
    return document.parse(text, path=f"docs/{lang}/index.md", lang=lang)


def test_setext_atx_skipped_levels_and_no_numbers_are_sections_without_numbering_findings():
    policy = parse(UNNUMBERED)
    assert policy.title == "Example Policy" and not policy.numbered
    assert [(s.number, s.numeral, s.anchor, s.level) for s in policy.sections] == [
        ("who-we-are", "", "who-we-are", 2), ("the-data-we-collect", "", "the-data-we-collect", 3),
        ("rights", "", "rights", 4), ("contact", "", "contact", 2)]
    assert policy.problems == []
    assert policy.sections[2].title == "Your rights" and policy.sections[2].label == "“Your rights”"


def test_numbered_policy_keeps_numbering_rules_and_escaped_numbers():
    policy = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 1\\. One\n\nA.\n\n## 3. Three\n\nB.\n\n## Contact\n\nC.\n")
    assert policy.numbered
    assert [s.number for s in policy.sections] == ["1", "3", "contact"]  # (an annex needs none: adoption hunt 34)
    assert sorted(f.rule for f in policy.problems) == ["structure.number-skipped", "structure.unnumbered-heading"]


def test_explicit_id_is_the_identity_and_repeated_titles_get_unique_slugs():
    policy = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 2. Keep {#retention}\n\nA.\n\n## Notes\n\nB.\n\n"
                   "## Notes\n\nC.\n\n## One more\n\nD.\n")
    assert [(s.number, s.numeral, s.anchor) for s in policy.sections] == [
        ("retention", "2", "retention"), ("notes", "", "notes"), ("notes_1", "", "notes_1"),
        ("one-more", "", "one-more")]


def test_links_written_for_another_sites_ids_land_through_aliases_and_others_are_dead():
    policy = parse(UNNUMBERED.replace("[Top](#top)", "[Nowhere](#nowhere)"))
    found = anchors.page_anchors(policy)
    assert found.aliases == {1: ["2-the-data-we-collect"], 2: ["your-rights"]}
    dead = anchors.dead_links(policy, found)
    assert [(f.rule, f.line) for f in dead] == [("links.dead", 10)] and "#nowhere" in dead[0].message


def test_the_build_gives_each_heading_its_id_and_the_aliases_an_element():
    body = UNNUMBERED.split("---\n", 2)[2]
    markdown, found = anchors.for_page(body, lang="en")
    assert "Who we are {#who-we-are}\n----------" in markdown
    assert "## Contact {#contact}" in markdown and "#### Your rights {#rights}" in markdown
    html = anchors.with_aliases('<h4 id="rights">Your rights</h4>', found)
    assert html == '<h4 id="rights"><span class="policy-alias" id="your-rights"></span>Your rights</h4>'


def test_an_indented_heading_is_written_from_the_first_column_where_python_markdown_reads_it():
    """CommonMark (the document model) reads a heading after up to three spaces; Python-Markdown renders one
    only from the first column, else a paragraph "## Your rights" whose section no link reaches."""
    import markdown as python_markdown

    body = "  # Policy\n\n## Who we are\n\nSee [your rights](#your-rights).\n\n ## Your rights\n\n   ### Access\n"
    written, found = anchors.for_page(body, lang="en")
    assert found.ids == ["who-we-are", "your-rights", "access"]
    assert written.split("\n")[0] == "# Policy" and "\n## Your rights {#your-rights}\n" in written
    html = python_markdown.markdown(written, extensions=["attr_list"])
    assert '<h2 id="your-rights">Your rights</h2>' in html and '<h3 id="access">Access</h3>' in html
    assert "<p>#" not in html and anchors.unbuilt(html, found) == []
    assert anchors.unbuilt("<p>## Your rights</p>", found) == ["who-we-are", "your-rights", "access"]


def test_a_build_warning_is_a_finding_at_the_line_it_is_about():
    from policysite import gate

    text = "---\ndate: 2021-02-17\n---\n\n# P\n\n## 1. Who\n\nSee [{{ site.url }}]({{ site.url }}).\n\n## 2. Rights\n"
    found = gate.build_findings([
        "Doc file 'index.md' contains a link '{{ site.url }}', but the target is not found among documentation files.",
        "section #s2: its heading is not a heading of the built page",
        "something else entirely"], page="docs/en/index.md", text=text, lang="en")
    assert [(f.line, f.rule) for f in found] == [(9, "build.warning"), (11, "build.warning"), (1, "build.warning")]


def test_a_version_s_mkdocs_warning_is_said_in_the_site_s_language_with_mkdocs_words_marked():
    """Round 11: a version's MkDocs warning was its raw English inside a French `build.warning` finding; it is said in
    the catalogue's words, MkDocs' own on a line marked as its, at the line it quotes. The hook's own stay as logged."""
    from policysite import gate, messages

    text = "---\ndate: 2021-02-17\n---\n\n# P\n\n## 1. Qui\n\nVoir [x](ailleurs.md).\n"
    mkdocs = "Doc file 'index.md' contains a link 'ailleurs.md', but the target is not found among documentation files."
    own = "policy: section #s1: son titre n'est pas un titre de la page construite"
    found = gate.build_findings([mkdocs, own], page="docs/fr/index.md", text=text, lang="fr")
    assert [(f.line, f.rule) for f in found] == [(9, "build.warning"), (7, "build.warning")]
    said = found[0].said("fr")
    assert said.startswith("docs/fr/index.md:9: [build.warning] la construction du site signale un problème dans le "
                           "texte (le plus souvent un lien vers une page, une section ou une image que le site n'a "
                           "pas)\u00a0: corrigez-le\n")
    assert said.endswith(f"\n    {messages.said_in(messages.detail('MkDocs', mkdocs), 'fr').strip()}")
    assert said.splitlines()[1].strip().startswith("en anglais, selon MkDocs\u00a0: Doc file 'index.md'")
    assert found[0].said("en").splitlines()[1] == f"    MkDocs's own words: {mkdocs}"
    assert found[1].message == own.removeprefix("policy: ")


def test_a_renamed_sections_old_anchor_lands_on_it_in_the_next_version():
    old = parse(UNNUMBERED)
    new = parse(UNNUMBERED.replace("### The data we collect", "### Personal data we collect"))
    found = anchors.page_anchors(new, previous=old)
    assert found.ids[1] == "personal-data-we-collect"
    assert "the-data-we-collect" in found.aliases[1]


def test_a_renumbered_sections_old_anchor_lands_on_it():
    old = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 1. A\n\nAlpha text here.\n\n## 2. B\n\nBravo text here.\n")
    new = parse("---\ndate: 2024-06-01\n---\n# T\n\n## 1. New\n\nSomething new.\n\n## 2. A\n\nAlpha text here.\n\n"
                "## 3. B\n\nBravo text here.\n")
    found = anchors.page_anchors(new, previous=old)
    assert found.ids == ["s1", "s2", "s3"]
    assert found.aliases == {}  # s1 and s2 are ids of the new page: they land on today's §1 and §2
    moved = parse("---\ndate: 2024-06-01\n---\n# T\n\n## 1. A\n\nAlpha text here.\n\n"
                  "## 2. C\n\nCharlie.\n\n## 4. B\n\nBravo text here.\n")
    assert anchors.page_anchors(moved, previous=new).aliases == {2: ["s3"]}



def numbered_text(date: str, sections: list[tuple[str, str]]) -> str:
    """A numbered French policy dated `date`, its sections (number, title) each with words of its own."""
    words = {"Objet": "Ce document décrit nos traitements.", "Cookies": "Ce site ne dépose aucun cookie.",
             "Vos droits": "Vous pouvez demander l’accès à vos données.", "Conservation": "Un an après le contact.",
             "Données": "Nous collectons votre nom, votre adresse électronique et votre numéro de téléphone."}
    body = "".join(f"## {n} {t}\n\n{words[t.split()[0] if t.startswith('Données') else t]}\n\n" for n, t in sections)
    return f"---\ndate: {date}\n---\n# T\n\n{body}"


# Three versions: §2 "Données" renamed and renumbered at once (a new §2 "Cookies" before it), then renumbered again.
RENUMBERED = (
    ("2024-01-15", [("1.", "Objet"), ("2.", "Données"), ("3.", "Vos droits")]),
    ("2024-06-01", [("1.", "Objet"), ("2.", "Cookies"), ("3.", "Données que nous collectons"), ("4.", "Vos droits")]),
    ("2025-02-01", [("1.", "Objet"), ("2.", "Cookies"), ("3.", "Conservation"), ("4.", "Données que nous collectons"),
                    ("5.", "Vos droits")]),
)


def test_a_section_renamed_and_renumbered_where_its_old_id_is_another_sections_keeps_that_id_dated():
    """Reader hunt 44: §2 "Données" became §3 "Données que nous collectons" as a new §2 was added: #s2 is the new
    section's, so the section kept no id of the version before and the version selector lost it (it landed on the new
    §2, or said the section was missing). It keeps `2024-01-15.s2`, the one differ's match, and carries it on."""
    from types import SimpleNamespace

    from policysite import building

    v1, v2, v3 = (parse(numbered_text(date, sections), "fr") for date, sections in RENUMBERED)
    second = anchors.page_anchors(v2, previous=v1, previous_version="2024-01-15")
    assert second.aliases == {2: ["2024-01-15.s2"], 3: ["2024-01-15.s3"]}
    third = anchors.page_anchors(v3, previous=v2, previous_version="2024-06-01",
                                 previous_aliases=anchors.alias_map(second))
    # each id it had, dated with the last version it had it in: the first date from a version on names it
    assert third.aliases[3] == ["2024-01-15.s2", "2024-06-01.s3"]
    assert third.aliases[4] == ["2024-01-15.s3", "2024-06-01.s4"]
    assert anchors.page_anchors(v2, previous=v1).aliases == {}  # no date, no dated id: nothing named them
    # publishing gives the version before's date
    (before, first), (_, then) = ((d, numbered_text(d, sections)) for d, sections in RENUMBERED[:2])
    found = building.aliases_of(SimpleNamespace(authoritative="fr"), {"fr": then.encode()}, (before, {"fr": first}, {}, {}))
    # (with each title's slug: titled)
    assert found["fr"] == {"s1": ["objet"], "s2": ["cookies"], "s3": ["2024-01-15.s2", "données-que-nous-collectons"],
                           "s4": ["2024-01-15.s3", "vos-droits"]}


def test_versions_worked_out_in_order_read_each_texts_own_ids_once(monkeypatch):
    """Publishing works each version's anchors out after the one before (building.aliases_of): each text's own ids
    were worked out again as the next version's ids before, and again for a translation's changes page; now once a
    text, the same anchors as each version's worked out alone."""
    from types import SimpleNamespace

    from policysite import building

    texts = [(date, numbered_text(date, sections)) for date, sections in RENUMBERED]
    english = [text.replace("Objet", "Purpose") for _, text in texts]
    settings = SimpleNamespace(authoritative="fr")
    forget = getattr(anchors, "_own_of_texts", None)
    alone, previous = [], None
    for (date, text), translation in zip(texts, english):
        sources = {"fr": text.encode(), "en": translation.encode()}
        if forget is not None:
            forget.cache_clear()  # each version worked out alone
        alone.append(building.aliases_of(settings, sources, previous))
        previous = (date, {"fr": text, "en": translation}, alone[-1], {})
    if forget is not None:
        forget.cache_clear()
    worked: list[str] = []  # a text's own ids are worked out once for each of its ids apart from the sections'
    others = anchors._other_ids
    monkeypatch.setattr(anchors, "_other_ids", lambda policy: worked.append(policy.date.isoformat())
                        or others(policy))
    previous, found = None, []
    for (date, text), translation in zip(texts, english):
        sources = {"fr": text.encode(), "en": translation.encode()}
        found.append(building.aliases_of(settings, sources, previous))
        assert anchors.translated_ids(translation, lang="en", source_text=text) == {}
        previous = (date, {"fr": text, "en": translation}, found[-1], {})
    # (each title's slug in both languages, the old title's carried on: titled)
    assert found == alone and found[1]["fr"] == {
        "s1": ["objet", "purpose"], "s2": ["cookies"], "s3": ["données", "2024-01-15.s2", "données-que-nous-collectons"],
        "s4": ["vos-droits", "2024-01-15.s3"]}
    assert sorted(worked) == sorted(date for date, _ in texts for _lang in ("fr", "en"))


def test_a_history_s_builds_read_the_own_ids_publishing_worked_out_for_every_version_first(monkeypatch):
    """Publishing works out every version's anchors before it builds the first (publish._build_and_write): the builds'
    hook (for_page) and a translation's changes page (translated_ids) worked each text's own ids out again where the
    history had more than four bilingual versions (8 texts kept); now once a text, and a text changed since is worked
    out anew."""
    from types import SimpleNamespace

    from policysite import building

    # every reading kept by the process dropped: a Policy an earlier test left in anchors' cache of readings, whose
    # text document.parse has since packed and read back as another Policy, is not the reading for_page finds
    document.forget_parses()
    anchors._parsed.cache_clear()
    anchors._own_of_texts.cache_clear()
    dates = [f"2024-{month:02d}-01" for month in range(1, 13)]
    texts = [numbered_text(date, RENUMBERED[1][1]) for date in dates]
    english = [text.replace("Objet", "Purpose") for text in texts]
    worked: list[str] = []
    others = anchors._other_ids
    monkeypatch.setattr(anchors, "_other_ids", lambda policy: worked.append(f"{policy.date}")
                        or others(policy))
    settings = SimpleNamespace(authoritative="fr")
    previous, found = None, []
    for date, text, translation in zip(dates, texts, english):
        found.append(building.aliases_of(settings, {"fr": text.encode(), "en": translation.encode()}, previous))
        previous = (date, {"fr": text, "en": translation}, found[-1], {})
    assert sorted(worked) == sorted(date for date in dates for _lang in ("fr", "en"))
    for text, translation in zip(texts, english):
        assert anchors.translated_ids(translation, lang="en", source_text=text) == {}
        for markdown, lang, source in ((text, "fr", None), (translation, "en", text)):
            assert anchors.for_page(markdown, lang=lang, source_text=source)[1].ids == ["s1", "s2", "s3", "s4"]
    assert len(worked) == 2 * len(dates)
    edited = texts[0].replace("Ce site ne dépose aucun cookie.", "Ce site dépose un cookie de session.")
    assert anchors.for_page(edited, lang="fr")[1].ids == ["s1", "s2", "s3", "s4"]
    assert anchors.of_texts(edited, lang="fr").ids == ["s1", "s2", "s3", "s4"]
    assert worked[2 * len(dates):] == [dates[0], dates[0]]  # the page's reading, then the text's: not taken as kept


def test_translations_without_numbers_pair_by_position_and_take_the_sources_ids():
    fr = parse(UNNUMBERED.replace("Who we are", "Qui sommes-nous").replace("The data we collect", "Les données")
               .replace("## Contact ##", "## Nous écrire"), "fr")
    en = parse(UNNUMBERED)
    assert sync.pair_sections(fr, en) == {0: 0, 1: 1, 2: 2, 3: 3}
    found = anchors.page_anchors(en, source=fr)
    assert found.ids == ["qui-sommes-nous", "les-données", "rights", "nous-écrire"]
    assert found.aliases[0] == ["who-we-are"] and anchors.dead_links(en, found) == []
    shorter = parse(UNNUMBERED.replace("## Contact ##\n\nMail us. See [who we are](#who-we-are).\n", ""))
    findings = sync.compare(en, shorter)
    assert [f.rule for f in findings] == ["sync.section-missing"]
    assert "the 4th heading, “Contact”," in findings[0].message and "(English has 4 headings" in findings[0].message


def test_a_numbered_translations_headings_without_numbers_take_the_ids_of_the_sources_they_render():
    """Chapters over articles numbered on (`## Chapitre II – Droits`), an annex after the last article, a contents:
    their ids were each language's slugs (`#droits`, `#rights`), so the language menu from the French chapter (or a
    link to it) landed at the English page's top, told it had no such section. They take the authoritative text's
    ids where they render its headings, their own slugs kept landing."""
    fr = parse("---\ndate: 2024-05-01\n---\n# Politique\n\n## Sommaire\n\nA.\n\n## Chapitre I – Généralités\n\n"
               "### Article 1 – Objet\n\nA.\n\n### Article 2 – Données\n\nB.\n\n## Chapitre II – Droits\n\n"
               "### Article 3 – Accès\n\nC.\n\n### Article 4 – Effacement\n\nD.\n\n## Annexe – Sous-traitants\n\nE.\n", "fr")
    en = parse("---\ndate: 2024-05-01\n---\n# Policy\n\n## Contents\n\nA.\n\n## Chapter I – General\n\n"
               "### Article 1 – Scope\n\nA.\n\n### Article 2 – Data\n\nB.\n\n## Chapter II – Rights\n\n"
               "### Article 3 – Access\n\nC. See [the rights](#rights).\n\n### Article 4 – Erasure\n\nD.\n\n"
               "## Annex – Processors {#annex}\n\nE.\n")
    found = anchors.page_anchors(en, source=fr)
    assert found.ids == ["sommaire", "généralités", "s1", "s2", "droits", "s3", "s4", "annex"]  # (its own id kept)
    assert {0: ["contents"], 1: ["general"], 4: ["rights"]}.items() <= found.aliases.items()
    assert anchors.dead_links(en, found) == []
    assert anchors.translated_ids(document.normalise("---\ndate: 2024-05-01\n---\n# P\n\n## 1. Scope\n\nA.\n"),
                                  lang="en", source_text="---\ndate: 2024-05-01\n---\n# P\n\n## 1. Objet\n\nA.\n") == {}
    # where the two texts do not stand the same headings between the same numbered sections, each keeps its own
    fewer = parse("---\ndate: 2024-05-01\n---\n# Policy\n\n## Chapter I – General\n\n### Article 1 – Scope\n\nA.\n\n"
                  "### Article 2 – Data\n\nB.\n\n## Chapter II – Rights\n\n### Article 3 – Access\n\nC.\n\n"
                  "### Article 4 – Erasure\n\nD.\n\n## Annex – Processors\n\nE.\n")
    assert anchors.page_anchors(fewer, source=fr).ids[0] == "general"


def test_a_translations_renamed_section_keeps_the_id_its_page_was_published_with():
    """Reader hunt 42: a translation's page takes its ids from the authoritative text (`#qui-sommes-nous` on the English
    page); renamed in the next version, the section kept its own old slug but not that id, so a link to the English
    page of the version before (its table of contents, `…/en/2024-05-01/#les-données`) landed nowhere on the next."""
    fr_of = {"Who we are": "Qui sommes-nous", "The data we collect": "Les données", "## Contact ##": "## Nous écrire"}
    renamed = {"The data we collect": "Personal data we collect"}
    fr_old, fr_new, en_old, en_new = UNNUMBERED, UNNUMBERED, UNNUMBERED, UNNUMBERED
    for english, french in fr_of.items():
        fr_old = fr_old.replace(english, french)
    fr_new = fr_old.replace("Les données", "Les données personnelles")
    for english, new_title in renamed.items():
        en_new = en_new.replace(english, new_title)
    before = anchors.page_anchors(parse(en_old), source=parse(fr_old, "fr"))
    assert before.ids[1] == "les-données"
    found = anchors.page_anchors(parse(en_new), source=parse(fr_new, "fr"), previous=parse(en_old),
                                 previous_source=parse(fr_old, "fr"), previous_aliases=anchors.alias_map(before))
    assert found.ids[1] == "les-données-personnelles"
    assert {"les-données", "the-data-we-collect", "personal-data-we-collect"} <= set(found.aliases[1])


def test_publishing_reads_a_translations_previous_ids_from_its_authoritative_text():
    """building.aliases_of gives the translation's version before its authoritative text (reader hunt 42)."""
    from types import SimpleNamespace

    from policysite import building

    fr_old = UNNUMBERED.replace("The data we collect", "Les données")
    sources = {"fr": fr_old.replace("Les données", "Les données personnelles").encode(),
               "en": UNNUMBERED.replace("The data we collect", "Personal data we collect").encode()}
    previous = ("2024-05-01", {"fr": fr_old, "en": UNNUMBERED}, {}, {})
    found = building.aliases_of(SimpleNamespace(authoritative="fr"), sources, previous)
    assert "les-données" in found["en"]["les-données-personnelles"]


def test_a_cross_reference_naming_a_section_as_its_heading_writes_its_number_lands():
    """A Word document's cross-references (`see [Article IV](#_Ref123)`, `[Art. 2](#_Ref9)`, `[第3条](#_Ref1)`) name the
    section by the number its heading writes: "links.dead" (an error) where `[Article 4]` or `[Section 2]` landed."""
    policy = parse("---\ndate: 2024-05-01\n---\n# T\n\nSee [Article IV](#_Ref1), [Art. 2](#_Ref2), [clause 3](#_Ref3), "
                   "[Article III](#article-iii) and [Article V](#_Ref5).\n\n## Article I – Scope\n\nA.\n\n"
                   "## Article II – Data\n\nB.\n\n## Article III – Rights\n\nC.\n\n## Article IV – Contact\n\nD.\n")
    found = anchors.page_anchors(policy)
    assert found.aliases == {3: ["_Ref1"], 1: ["_Ref2"], 2: ["_Ref3", "article-iii"]}
    assert [f.message.split(" goes")[0] for f in anchors.dead_links(policy, found)] == ["the link “Article V”"]
    japanese = parse("---\ndate: 2024-05-01\n---\n# 方針\n\n[第2条](#_Ref1)を参照。\n\n## 第1条（目的）\n\nA。\n\n"
                     "## 第2条（定義）\n\nB。\n", "ja")
    assert anchors.page_anchors(japanese).aliases == {1: ["_Ref1"]}


def test_repeated_titles_and_near_misses_written_for_other_renderers_land():
    policy = parse("---\ndate: 2024-05-01\n---\n# T\n\n[a](#notes-1) [b](#cookies--tracking) [c](#how-we-shares-your-data)"
                   "\n\n## Notes\n\nA.\n\n## Notes\n\nB.\n\n## Cookies & tracking\n\nC.\n\n## How we share your data\n\nD.\n")
    found = anchors.page_anchors(policy)
    assert found.aliases == {1: ["notes-1"], 2: ["cookies--tracking"], 3: ["how-we-shares-your-data"]}
    assert anchors.dead_links(policy, found) == []


ROMAN_PARTS = """---
date: 2024-05-01
---

# Datenschutzerklärung

## I. Name und Anschrift

Beispiel GmbH.

## II. Allgemeines

### 1. Umfang

Text.

### 2. Rechtsgrundlage

Text.

## III. Website

### 1. Beschreibung

Text.
"""


def test_roman_parts_whose_sections_count_again_from_1_are_a_numbering_of_two_levels():
    policy = parse(ROMAN_PARTS, "de")
    assert policy.problems == []
    assert [(s.numeral, s.title, s.anchor) for s in policy.sections] == [
        ("1", "Name und Anschrift", "s1"), ("2", "Allgemeines", "s2"), ("2.1", "Umfang", "s2-1"),
        ("2.2", "Rechtsgrundlage", "s2-2"), ("3", "Website", "s3"), ("3.1", "Beschreibung", "s3-1")]
    english = parse(ROMAN_PARTS.replace("Allgemeines", "General").replace("Umfang", "Scope"), "en")
    assert sync.pair_sections(policy, english) == {i: i for i in range(6)}


def test_roman_looking_headings_out_of_order_or_numbered_on_are_not_read_as_parts():
    shuffled = parse(ROMAN_PARTS.replace("## II. Allgemeines", "## V. Allgemeines"), "de")
    assert "structure.unnumbered-heading" in {f.rule for f in shuffled.problems}
    numbered_on = parse(ROMAN_PARTS.replace("### 1. Beschreibung", "### 3. Beschreibung"), "de")
    # numbered on across the parts: chapters over their articles, which keep their numbers (as `Kapitel II` over
    # `### 3.`), no longer "## III. Website has no section number" and each article levelled wrong
    assert numbered_on.problems == []
    assert [s.numeral for s in numbered_on.sections if s.level == 3] == ["1", "2", "3"]
    assert [s.anchor for s in numbered_on.sections if s.level == 2] == ["i-name-und-anschrift", "ii-allgemeines",
                                                                        "iii-website"]


@pytest.mark.parametrize("form", ["{}.", "Part {} –", "Section {}:"])
def test_lettered_parts_whose_sections_count_again_from_1_are_a_numbering_of_two_levels(form):
    """`## A. General`, `### 1. Scope`, `## B. Rights`, `### 1. Access`, as Roman parts are read: each section of B was a
    repeated number, `B. Rights` had "no section number" and every section the wrong level, a page `policy check`
    refused whatever its author did but renumber it. B then 1 is §2.1, `#s2-1`, in every language."""
    def text(lang: str, titles: list[str]) -> str:
        general, scope, data, rights, access = titles
        return (f"---\ndate: 2024-05-01\n---\n\n# P\n\n## {form.format('A')} {general}\n\n### 1. {scope}\n\nX.\n\n"
                f"### 2. {data}\n\nX.\n\n## {form.format('B')} {rights}\n\n### 1. {access}\n\nX.\n")

    english = parse(text("en", ["General", "Scope", "Data", "Rights", "Access"]))
    assert english.problems == []
    assert [(s.numeral, s.title, s.anchor) for s in english.sections] == [
        ("1", "General", "s1"), ("1.1", "Scope", "s1-1"), ("1.2", "Data", "s1-2"), ("2", "Rights", "s2"),
        ("2.1", "Access", "s2-1")]
    french = parse(text("fr", ["Généralités", "Objet", "Données", "Droits", "Accès"]), "fr")
    assert sync.pair_sections(french, english) == {i: i for i in range(5)}
    three = parse(text("en", ["General", "Scope", "Data", "Rights", "Access"]).replace("### 2. Data", "## C. Data")
                  .replace("C. Data", form.format("B") + " Data").replace(f"## {form.format('B')} Rights",
                                                                        f"## {form.format('C')} Rights")
                  + "\n### 2. Erasure\n\nX.\n")
    assert [s.anchor for s in three.sections] == ["s1", "s1-1", "s2", "s3", "s3-1", "s3-2"]  # C, a letter: §3
    assert three.problems == []
    # numbered on across them: chapters over articles, which keep their numbers
    on = parse(text("en", ["General", "Scope", "Data", "Rights", "Access"]).replace("### 1. Access", "### 3. Access"))
    assert on.problems == [] and [(s.numeral, s.anchor) for s in on.sections if s.level == 3] == [
        ("1", "s1"), ("2", "s2"), ("3", "s3")]
    # on a page of lettered headings, most without a number below, nothing changes: their ids stay their slugs
    few = parse(text("en", ["General", "Scope", "Data", "Rights", "Access"]).replace("### 2. Data", "### Data"))
    assert [s.numeral for s in few.sections] == ["", "1", "", "", "1"] and few.problems == []


@pytest.mark.parametrize("form", ["Section {}", "Annex {}", "{}"])
def test_lettered_headings_whose_letter_is_a_roman_numeral_are_letters_of_their_series(form):
    """`Section C – Rights` after `Section A`, `Section B` was §100 (`C – Rights` too; `Section I` §1, `Section L` §50):
    the changes page said "§100 Rights" and its id was `#s100`; a letter as its neighbours' are."""
    headings = [(letter, title) for letter, title in zip("ABCDEFGHI", ["Scope", "Data", "Rights", "Cookies", "Security",
                                                                        "Transfers", "Children", "Changes", "Contact"])]
    policy = parse("---\ndate: 2024-05-01\n---\n\n# Policy\n\n" + "".join(
        f"## {form.format(letter)} – {title}\n\nText.\n\n" for letter, title in headings))
    if form == "{}":  # letters in place of numbers: each numbered by its letter, named as written (texts 28)
        assert [(s.numeral, s.title, s.anchor) for s in policy.sections] == [
            (str(n), title, f"s{n}") for n, (_, title) in enumerate(headings, 1)]
        assert [document.named(s.numeral, s.title, s.mark) for s in policy.sections][2] == "§C Rights"
    else:
        assert [(s.numeral, s.title) for s in policy.sections] == [("", f"{form.format(letter)} – {title}")
                                                                   for letter, title in headings]
        assert [document.named(s.numeral, s.title, s.mark) for s in policy.sections][2] == f"{form.format('C')} – Rights"
    assert policy.problems == []
    chapters = parse("---\ndate: 2024-05-01\n---\n\n# Politique\n\n## Chapitre I – Objet\n\nTexte.\n\n"
                     "## Chapitre II – Données\n\nTexte.\n\n## Chapitre III – Droits\n\nTexte.\n", "fr")
    assert [s.anchor for s in chapters.sections] == ["s1", "s2", "s3"]  # Roman numerals, no letter among them


def test_sections_numbered_from_1_again_under_a_heading_after_the_policys_sections_are_numbered_apart():
    """`## Notice to California residents` (or an annex, or 附則) over `### 1. Categories`, `### 2. Your rights`, after
    the policy's `## 1.` … `## 5.`: each was "§1 “Categories” repeats a section number used above", an error nothing
    cleared but renumbering a notice that counts its own points. They are its own numbering, as an annex's: headings
    without a number (`#1-categories`), the heading above them told, as before, to take a number or an id."""
    main = "".join(f"## {n}. Section {n}\n\nX.\n\n" for n in range(1, 6))
    notice = parse(f"---\ndate: 2024-05-01\n---\n# P\n\n{main}## Notice to California residents\n\nX.\n\n"
                   "### 1. Categories\n\nX.\n\n### 2. Your rights\n\nX.\n")
    assert [(s.numeral, s.anchor) for s in notice.sections][5:] == [
        ("", "notice-to-california-residents"), ("", "1-categories"), ("", "2-your-rights")]
    assert [f.rule for f in notice.problems] == ["structure.unnumbered-heading"]
    assert [s.anchor for s in notice.sections][:5] == ["s1", "s2", "s3", "s4", "s5"]
    annex = parse(f"---\ndate: 2024-05-01\n---\n# P\n\n{main}## Annex 1 – Processors\n\nX.\n\n### 1. Hosting\n\nX.\n"
                  "\n## Annex 2 – Transfers\n\n### 1. Clauses\n\nX.\n")
    assert annex.problems == [] and [s.title for s in annex.sections if s.level == 3] == ["1. Hosting", "1. Clauses"]
    japanese = parse("---\ndate: 2024-05-01\n---\n# 規程\n\n" + "".join(f"## 第{n}条（条{n}）\n\n本文。\n\n"
                                                                    for n in range(1, 6))
                     + "## 附則\n\n### 第1条（施行期日）\n\n本文。\n", "ja")
    assert japanese.problems == []
    # numbered on from the policy's sections: the policy's own, told where they stand wrong
    on = parse(f"---\ndate: 2024-05-01\n---\n# P\n\n{main}## Notice\n\nX.\n\n### 6. Categories\n\nX.\n")
    assert [s.numeral for s in on.sections][-1] == "6"


def test_an_article_named_with_its_chapter_is_that_article():
    """`Chapter 1, Article 2 – Data` was §1 titled “, Article 2 – Data” (and §1 again for the next article: refused as
    repeated); the article's number is its identity, as its translation's `Chapitre 1, article 2 : Données`."""
    def policy(lang: str, headings: list[str]) -> document.Policy:
        return parse("---\ndate: 2024-05-01\n---\n\n# P\n\n" + "".join(f"## {h}\n\nText.\n\n" for h in headings), lang)

    english = policy("en", ["Chapter 1, Article 1 – Scope", "Chapter 1, Article 2 – Data", "Chapter 2, Article 3 – Rights"])
    french = policy("fr", ["Chapitre 1, article 1 : Objet", "Chapitre 1, article 2 : Données",
                           "Chapitre 2, article 3 : Droits"])
    assert [(s.anchor, s.title) for s in english.sections] == [("s1", "Scope"), ("s2", "Data"), ("s3", "Rights")]
    assert english.problems == [] and french.problems == []
    assert sync.pair_sections(french, english) == {0: 0, 1: 1, 2: 2}
    assert heading_numbers.heading_number("Chapter 1, General provisions") == ("1", "General provisions")


def test_a_translation_lacking_a_section_and_numbering_the_later_ones_one_less_is_told_which_it_lacks():
    """French §1 to §5, English §1 to §4 without French §3 (“Durée”): paired number for number, `policy check` said
    "§5 “Contact” is in French, missing in English", the one section the English reader finds. Where the sections'
    contents (links, e-mails, phones, numbers, blocks) match shifted by one, it names §3 and the shift."""
    french = ["1. Objet", "Nous sommes Acme.", "2. Données", "- noms\n- adresses", "3. Durée",
              "Nous gardons vos données 3 ans.", "4. Droits", "Écrivez à dpo@acme.test.", "5. Contact",
              "Appelez le +33 1 23 45 67 89."]
    english = ["1. Purpose", "We are Acme.", "2. Data", "- names\n- addresses", "3. Rights", "Write to dpo@acme.test.",
               "4. Contact", "Call +33 1 23 45 67 89."]

    def text(parts: list[str]) -> str:
        return "---\ndate: 2024-05-01\n---\n# P\n\n" + "".join(f"## {h}\n\n{b}\n\n" for h, b in zip(parts[::2], parts[1::2]))

    found = sync.compare(parse(text(french), "fr"), parse(text(english)))
    missing = [f.message for f in found if f.rule == "sync.section-missing"]
    assert missing == ["§3 “Durée” is in French, missing in English, whose sections after it are numbered one less: its "
                       "§3 is French's §4, and so on (their contents match so, not number for number): translate it "
                       "before its §3, and number the sections from there one more"]
    # the last one lacking indeed, or nothing to tell them by: as before
    retention = english[:4] + ["3. Retention", "We keep your data 3 years.", "4. Rights", "Write to dpo@acme.test."]
    assert [f.message for f in sync.compare(parse(text(french), "fr"), parse(text(retention)))
            if f.rule == "sync.section-missing"] == ["§5 “Contact” is in French, missing in English: translate it here"]
    plain = [part if n % 2 == 0 else "X." for n, part in enumerate(english)]
    assert [f.message for f in sync.compare(parse(text([p if n % 2 == 0 else "X." for n, p in enumerate(french)]),
                                                  "fr"), parse(text(plain))) if f.rule == "sync.section-missing"] == [
        "§5 “Contact” is in French, missing in English: translate it here"]


def test_a_translation_numbering_the_headings_its_source_leaves_unnumbered_is_told_so_once():
    """French `## Objet` translated `## 1. Purpose`: every section was said missing in English and extra in it, each
    being there under a number; one finding says what differs (either way round)."""
    french = parse("---\ndate: 2024-05-01\n---\n\n# Politique\n\n## Objet\n\nTexte.\n\n## Données\n\nTexte.\n", "fr")
    english = parse("---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Purpose\n\nText.\n\n## 2. Data\n\nText.\n")
    findings = sync.compare(french, english)
    assert [(f.rule, f.line) for f in findings] == [("sync.numbering", 7)]
    assert "English numbers its headings (§1 “Purpose”), French does not: number both or neither" in findings[0].message
    back = sync.compare(english, french)
    assert [(f.path, f.line, f.message) for f in back] == [("docs/fr/index.md", 7, findings[0].message)]
    one = parse("---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Purpose\n\nText.\n\n## Data\n\nText.\n\n"
                "## Rights\n\nText.\n")  # a number on one heading: that heading is said, as before
    assert "sync.numbering" not in {f.rule for f in sync.compare(french, one)}


def test_numbers_padded_with_zeros_are_the_numbers_of_a_translation_writing_them_without():
    """`## 01. Objet` was §01, `#s01`, a section of its own: its translation's `## 1. Purpose` was missing and extra."""
    french = parse("---\ndate: 2024-05-01\n---\n\n# Politique\n\n## 01. Objet\n\nTexte.\n\n## 02. Données\n\nTexte.\n\n"
                   "### 02.1 Collecte\n\nTexte.\n", "fr")
    english = parse("---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Purpose\n\nText.\n\n## 2. Data\n\nText.\n\n"
                    "### 2.1 Collection\n\nText.\n")
    assert [(s.number, s.anchor, s.label) for s in french.sections] == [("1", "s1", "§1"), ("2", "s2", "§2"),
                                                                       ("2.1", "s2-1", "§2.1")]
    assert french.problems == [] and sync.compare(french, english) == []
    assert heading_numbers.heading_number("010. Retention") == ("10", "Retention")


def test_arabic_indic_section_numbers_are_the_numbers_of_the_translation_and_word_bookmark_ids_are_ids():
    arabic = parse("---\ndate: 2024-05-01\n---\n\n# سياسة\n\n## ١. من نحن\n\nنص.\n\n## ٢. البيانات\n\nنص.\n", "ar")
    english = parse("---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Who we are\n\nText.\n\n## 2. Data\n\nText.\n")
    assert [(s.numeral, s.anchor) for s in arabic.sections] == [("1", "s1"), ("2", "s2")]
    assert sync.pair_sections(arabic, english) == {0: 0, 1: 1}
    toc = parse("---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Who we are {#_Toc1}\n\nText.\n")
    assert toc.sections[0].html_id == "_Toc1" and toc.problems == []


def test_articles_of_chinese_japanese_and_korean_statutes_are_numbered_sections():
    """`第1条（目的）` is article 1, as `Article 1` is: its anchor is the number's (adoption hunt 9, Low)."""

    text = ("---\ndate: 2024-03-01\n---\n\n# 個人情報保護方針\n\n## 第1条（目的）\n\n本方針は定めます。\n\n"
            "## 第二条（定義）\n\n定義します。\n")
    policy = document.parse(text, path="docs/ja/index.md", lang="ja")
    assert [s.number for s in policy.sections] == ["1", "2"]
    assert anchors.page_anchors(policy).ids == ["s1", "s2"]
    assert heading_numbers.heading_number("제3조 목적") == ("3", "목적")



def test_sections_numbered_with_a_zero_below_are_their_section():
    """Adoption hunt 26: `## 1.0 Introduction`, `## 2.0 Data` over `### 2.1` (corporate templates) were level-two
    numbers: "write ### 1.0", "expected §1", refused at the first edit. 2.0 is section 2; 2.1 stays 2.1."""
    policy = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 1.0 Introduction\n\nA.\n\n## 2.0 Data\n\n"
                   "### 2.1 Given\n\nB.\n\n### 2.10 Tenth\n\nC.\n\n## 3.0.0 Contact\n\nD.\n")
    assert [(s.numeral, s.title, s.anchor) for s in policy.sections] == [
        ("1", "Introduction", "s1"), ("2", "Data", "s2"), ("2.1", "Given", "s2-1"), ("2.10", "Tenth", "s2-10"),
        ("3", "Contact", "s3")]
    assert [f.rule for f in policy.problems] == ["structure.number-skipped"]  # 2.10 after 2.1: the text's own
    assert heading_numbers.heading_number("10.0 Changes") == ("10", "Changes")
    assert heading_numbers.heading_number("2.01 Scope") == ("2.01", "Scope")


LETTERED = """---
date: 2024-05-01
---
# Privacy Policy

## 1. Who we are

A.

## 2. What we collect

### (a) Data you give us

B.

#### (i) Your account

C.

#### (ii) Your orders

D.

### (b) Data we collect automatically

E.

## 3. Your rights

### A. Access

F.

### B. Erasure

G.
"""


def test_headings_lettered_under_a_numbered_section_are_numbered_by_their_place():
    """Adoption hunt 26: `### (a) Data you give us` under `## 2.` was unnumbered, refused at the first edit until
    every lettered heading was renamed; 2(a) is §2.1, 2(a)(ii) §2.1.2, in every language whatever its letters."""
    policy = parse(LETTERED)
    assert policy.problems == []
    assert [(s.numeral, s.title, s.anchor) for s in policy.sections] == [
        ("1", "Who we are", "s1"), ("2", "What we collect", "s2"), ("2.1", "Data you give us", "s2-1"),
        ("2.1.1", "Your account", "s2-1-1"), ("2.1.2", "Your orders", "s2-1-2"),
        ("2.2", "Data we collect automatically", "s2-2"), ("3", "Your rights", "s3"), ("3.1", "Access", "s3-1"),
        ("3.2", "Erasure", "s3-2")]
    german = parse(LETTERED.replace("(a) Data you give us", "a) Ihre Angaben").replace("B. Erasure", "b) Löschung")
                   .replace("A. Access", "a) Auskunft"), "de")
    assert german.problems == [] and sync.pair_sections(policy, german) == {i: i for i in range(9)}


def test_subsections_counted_in_capital_roman_numerals_under_a_numbered_section_are_numbered_by_their_place():
    """`### I. Scope`, `### II. Who` under `## 1. Intro` were read as Roman parts: §1 again (structure.number-repeated),
    "§2 is a level-1 number … write ## II. Who", and `## 2. Data` after them a repeat too. They are §1.1, §1.2, as
    `### (i)`, `### (ii)` are; Roman parts over sections (`## I.` over `### 1.`) are read as before."""
    policy = parse("---\ndate: 2024-05-01\n---\n\n# P\n\n## 1. Intro\n\nX.\n\n### I. Scope\n\nX.\n\n"
                   "### II. Who\n\nX.\n\n### III. When\n\nX.\n\n## 2. Data\n\nX.\n\n### I. Kinds\n\nX.\n")
    assert policy.problems == []
    assert [(s.numeral, s.title, s.anchor) for s in policy.sections] == [
        ("1", "Intro", "s1"), ("1.1", "Scope", "s1-1"), ("1.2", "Who", "s1-2"), ("1.3", "When", "s1-3"),
        ("2", "Data", "s2"), ("2.1", "Kinds", "s2-1")]
    assert [s.anchor for s in parse(ROMAN_PARTS, "de").sections] == ["s1", "s2", "s2-1", "s2-2", "s3", "s3-1"]
    assert "structure.unnumbered-heading" in {f.rule for f in parse(LETTERED.replace("B. Erasure", "III. Erasure"))
                                              .problems}  # A then III: no count


def test_letters_written_after_their_sections_number_are_numbered_under_it():
    """`### 2(a) …`, `### 2.b …` (as contracts cite them) are §2.1, §2.2; `3(a)` under §2 is no letter of §2."""
    cited = parse(LETTERED.replace("(a) Data you give us", "2(a) Data you give us")
                  .replace("(b) Data we collect", "2.b Data we collect"))
    assert cited.problems == [] and [s.numeral for s in cited.sections if s.level == 3][:2] == ["2.1", "2.2"]
    other = parse(LETTERED.replace("(a) Data you give us", "3(a) Data you give us"))
    assert "structure.unnumbered-heading" in {f.rule for f in other.problems}


@pytest.mark.parametrize("change", [("(b) Data we collect", "(c) Data we collect"),  # skips a letter
                                    ("A. Access", "Access"),  # a plain heading among them
                                    ("B. Erasure", "b. Erasure")])  # capitals, then a small letter
def test_letters_that_do_not_count_in_order_stay_unnumbered(change):
    policy = parse(LETTERED.replace(*change))
    assert "structure.unnumbered-heading" in {f.rule for f in policy.problems}


@pytest.mark.parametrize(("heading", "number"), [("一、我们如何收集", ("1", "我们如何收集")),
                                                 ("十二、其他", ("12", "其他")),
                                                 ("１．個人情報の定義", ("1", "個人情報の定義")),
                                                 ("２．１．ログ", ("2.1", "ログ")), ("3、使用", ("3", "使用"))])
def test_chinese_and_japanese_enumerations_are_section_numbers(heading, number):
    """Adoption hunt 15: `一、`, `１．` and `1、` headings were unnumbered: a translation numbered 1. 2. was refused."""
    assert heading_numbers.heading_number(heading) == number
    assert heading_numbers.heading_number("一般的な事項") is None and heading_numbers.heading_number("2024年の改定") is None



@pytest.mark.parametrize(("heading", "number"), [("１．１　定義", ("1.1", "定義")),  # the number's dots full-width
                                                 ("２．１．３　ログ", ("2.1.3", "ログ")),
                                                 ("1．2 用語", ("1.2", "用語")),
                                                 ("１）目的", ("1", "目的")), ("2）범위", ("2", "범위")),  # as `1) Title`
                                                 ("３：利用", ("3", "利用")), ("４－開示", ("4", "開示")),
                                                 ("第５条（目的）", ("5", "（目的）"))])  # the title as written
def test_a_numbers_full_width_marks_are_read_as_their_ascii_forms(heading, number):
    assert heading_numbers.heading_number(heading) == number
    assert heading_numbers.heading_number("（１）目的") is heading_numbers.heading_number("(1) Purpose") is None
    policy = parse("---\ndate: 2024-03-01\n---\n\n# 方針\n\n## １　総則\n\n本文。\n\n### １．１　定義\n\n本文。\n\n"
                   "### １．２　目的\n\n本文。\n\n## ２）利用\n\n本文。\n")
    assert [(s.number, s.anchor, s.title) for s in policy.sections] == [
        ("1", "s1", "総則"), ("1.1", "s1-1", "定義"), ("1.2", "s1-2", "目的"), ("2", "s2", "利用")]
    assert not policy.problems

def test_links_to_no_section_are_matched_against_the_titles_a_bounded_number_of_times():
    """Security hunt 13, f_dos_anchor_resolve: each unresolved in-page link rebuilt every section's names and ran
    difflib over every title (3,000 × 3,000 held `policy check` for minutes): the names are indexed once a page,
    and the near-miss search runs for NEAR_MISSES links only, after which a link's exact names still resolve."""

    count = anchors.NEAR_MISSES + 20
    body = "# T\n\n" + "".join(f"## Durée de conservation numéro {i}\n\nVoir [l’annexe](#annexe-absente-numero-{i}).\n\n"
                               for i in range(count)) + "## Dernière section\n\nVoir [ici](#derniere-section).\n"
    policy = document.parse("---\ndate: 2024-01-01\n---\n" + body, path="x.md", lang="fr")
    names = anchors.SectionNames(policy)
    for i in range(count):
        assert anchors.resolve(f"annexe-absente-numero-{i}", "l’annexe", policy, index=names) is None
    assert names.near_misses == 0
    assert anchors.resolve("derniere-section", "ici", policy, index=names) == count
    assert anchors.resolve("duree-de-conservation-numero-7", "", policy, index=names) == 7


@pytest.mark.parametrize("heading, number, title", [
    ("Điều 1 (Thông tin Cá nhân được Thu thập)", "1", "(Thông tin Cá nhân được Thu thập)"),
    ("Artykuł 2. Cel", "2", "Cel"), ("Článek 3 – Účel", "3", "Účel"), ("Madde 4: Amaç", "4", "Amaç"),
    ("Άρθρο 5 Σκοπός", "5", "Σκοπός"), ("Статья 6. Цель", "6", "Цель"), ("Pasal 7 Tujuan", "7", "Tujuan"),
    ("Artikel 8 (Syfte)", "8", "(Syfte)"),
    # adoption hunt 32: Czech and Slovak "Čl.", Croatian "Članak", Serbian "Član", Slovenian "Člen"
    ("Čl. 1 – Úvodní ustanovení", "1", "Úvodní ustanovení"), ("Čl. II Prevádzkovateľ", "2", "Prevádzkovateľ"),
    ("Članak 3. Prava", "3", "Prava"), ("Član 4 Rukovalac", "4", "Rukovalac"), ("Člen 5 Pravice", "5", "Pravice"),
    # adoption hunt 32: a Spanish policy's `1.- Objeto` (a dot and a dash after the number) was unnumbered
    ("1.- Objeto", "1", "Objeto"), ("2.1.- Datos", "2.1", "Datos"),
    # adoption hunt 34: Arabic's article and clause words (a number in brackets too) and its ordinal adverbs, Hebrew's
    # section, Thai's clause, Greek's ordinal ending, German's Ziffer: every section missing beside "Article 1"
    ("المادة 1: التعريفات", "1", "التعريفات"), ("المادة (2): الغرض", "2", "الغرض"), ("البند ٣ – الحقوق", "3", "الحقوق"),
    ("أولاً: التعريفات", "1", "التعريفات"), ("ثانيًا - الغرض", "2", "الغرض"), ("סעיף 4 – מטרה", "4", "מטרה"),
    ("ข้อ 5 วัตถุประสงค์", "5", "วัตถุประสงค์"), ("Άρθρο 6ο: Ορισμοί", "6", "Ορισμοί"), ("Ziffer 7 Zweck", "7", "Zweck"),
    # adoption hunt 34: no space after the number's dot (typed so, or two elements side by side in a page)
    ("1.Who we are", "1", "Who we are"), ("2.1.Données", "2.1", "Données"),
    # adoption hunt 34: a designer's `1 | Title`, Portuguese `1º Objeto`, Brazilian `IV – DAS DEFINIÇÕES`
    ("1 | Who we are", "1", "Who we are"), ("2 · Data", "2", "Data"), ("1º Objeto", "1", "Objeto"),
    ("IV – DAS DEFINIÇÕES", "4", "DAS DEFINIÇÕES"),
    # adoption hunt 34: Spanish clauses numbered by an ordinal word alone and a mark (`PRIMERA.- RESPONSABLE`)
    ("PRIMERA.- RESPONSABLE", "1", "RESPONSABLE"), ("DÉCIMA PRIMERA.- Foro", "11", "Foro"),
    ("Segundo: Datos", "2", "Datos"),
    # hunt 41: Bulgarian and Macedonian `Член 1.`, Serbian in Cyrillic `Члан 2.`, `Чл. 3`, Belarusian `Артыкул 4.`:
    # a Bulgarian policy's every section was missing beside its English "Article 1."
    ("Член 1. Общи положения", "1", "Общи положения"), ("Члан 2. Руковалац", "2", "Руковалац"),
    ("Чл. 3 – Права", "3", "Права"), ("Артыкул 4. Мэта", "4", "Мэта"),
    # hunt 41: Hindi's section, article and clause words
    ("धारा 1. परिचय", "1", "परिचय"), ("अनुच्छेद 2 – उद्देश्य", "2", "उद्देश्य"), ("खंड ३ अधिकार", "3", "अधिकार")])
def test_article_words_of_other_languages_number_their_headings(heading, number, title):
    """Adoption hunt 13, f_article_headings_words: a Vietnamese translation's "Điều 1" headings were unnumbered, so
    every section was missing beside the Korean 제1조 and the side-by-side page matched none."""
    assert heading_numbers.heading_number(heading) == (number, title)
    assert heading_numbers.heading_number("Mục tiêu") is None and heading_numbers.heading_number("Bab untuk anak") is None
    assert heading_numbers.heading_number("أولاً نحن نحترم خصوصيتك") is None  # "first," in a sentence: no separator
    assert heading_numbers.heading_number("Third parties") is None and heading_numbers.heading_number("First-party data") is None
    assert heading_numbers.heading_number("Членство в организации") is None


@pytest.mark.parametrize("heading, number, title", [
    ("Article 1er – Objet", "1", "Objet"), ("Art. 1er - Objet", "1", "Objet"), ("Section 1re : Champ", "1", "Champ"),
    ("Chapitre Ier – Dispositions générales", "1", "Dispositions générales"), ("Artículo 1º.- Objeto", "1", "Objeto"),
    ("ARTÍCULO 3°. FINALIDAD", "3", "FINALIDAD"), ("Artigo 5.º Direitos", "5", "Direitos"),
    ("Cláusula 2ª – Dos dados", "2", "Dos dados"), ("Clause 4 – International transfers", "4", "International transfers"),
    ("Art 5 – Diritti", "5", "Diritti"), ("ART 2 - FINALIDAD", "2", "FINALIDAD")])  # (`Art` without its dot was none)
def test_article_numbers_with_their_ordinal_mark_and_clauses_number_their_headings(heading, number, title):
    """Adoption hunt 26: French "Article 1er" (how French law writes article 1), Spanish and Portuguese `1º`, `5.º`,
    and "Clause 4" were unnumbered: §1 missing, refused at the first edit until renamed."""
    assert heading_numbers.heading_number(heading) == (number, title)
    assert heading_numbers.heading_number("Article 1 erasure") == ("1", "erasure")
    assert heading_numbers.heading_number("Clauses we use") is None and heading_numbers.heading_number("1er Janvier") is None
    assert heading_numbers.heading_number("Artists we work with") is None and heading_numbers.heading_number("Art") is None


@pytest.mark.parametrize(("line", "said"), [
    ("**Last updated: May 1, 2024**", False),  # the version's own date
    ("**Last updated: January 15, 2023**", True),  # a line brought in with the text, left behind by an edit
    ("This policy replaces our earlier notice of January 15, 2023, which covered our old shop and its customers "
     "in every country where we sold.", False),  # a sentence, not the text's date line
    # security hunt 19, finding 3: a date line in a longer paragraph, an item, a row, with a tag inside, a month
    ("Last updated: January 15, 2023. This policy applies to every service Acme has offered since May 1, 2024.",
     True),
    ("Last updated: May 1, 2024. This policy applies to every service Acme offers in every country we serve.",
     False),
    ("- Last updated: January 15, 2023", True),
    ("| Last updated | January 15, 2023 |\n|---|---|\n| Version | 3 |", True),
    ("Last updated: <span>January</span> 15, 2023", True),
    ("Last updated: January 2023", True),
    ("Last updated: May 2024", False),
    ("Version 3. Updated 15 January 2023.", True),
])
def test_a_date_line_under_the_title_must_be_the_versions_date(line, said):
    """Adoption hunt 15: an imported "Last updated" line went stale at the first edit; the page showed two dates."""
    from policysite import checks

    text = UNNUMBERED.replace("**Last updated: May 1, 2024**", line)
    found = checks.stated_date(document.parse(text, path="docs/en/index.md", lang="en"))
    assert bool(found) is said and all(f.rule == "structure.date-stated" and f.line == 8 for f in found)



@pytest.mark.parametrize("first, said", [
    ("Effective date: February 1, 2024", True),
    ("Effective date: May 1, 2024", False),
    ("Since February 1, 2024 we sell garden tools. We also sell seeds and bulbs.", False),  # the section's text
])
def test_a_date_line_opening_the_first_section_under_a_front_matter_title_must_be_the_versions_date(first, said):
    """Adoption 27: a page titled in its front matter opening with a heading over its date line (GitHub's privacy
    statement) says the text's date as a line under the title does; edited without it, the page shows two dates."""
    from policysite import checks

    text = (f"---\ndate: 2024-05-01\ntitle: Example Privacy Statement\n---\n\n## Example Privacy Statement\n\n"
            f"{first}\n\nWelcome.\n\n## Contact\n\nWrite to us.\n")
    found = checks.stated_date(document.parse(text, path="docs/en/index.md", lang="en"))
    assert bool(found) is said and all(f.rule == "structure.date-stated" and f.line == 8 for f in found)
    terms = (f"---\ndate: 2024-05-01\ntitle: Example Terms of Service\n---\n\nThank you for using Example.\n\n"
             f"## Summary\n\n| Section | What |\n|---|---|\n| A | B |\n\n## The Example Terms of Service\n\n{first}\n\n"
             "Welcome.\n\n## Contact\n\nWrite to us.\n")  # its terms: the heading naming the text, not the first
    found = checks.stated_date(document.parse(terms, path="docs/en/index.md", lang="en"))
    assert bool(found) is said and all(f.rule == "structure.date-stated" and f.line == 16 for f in found)

def test_chinese_subsections_counted_in_parentheses_are_numbered_by_their_place():
    """Adoption hunt 29: `### （一）注册账号` under `## 一、…`, as nearly every Chinese policy counts its subsections
    (and Japanese ones `（１）`), were unnumbered: the import warned and the first edit was refused; 一 (一) is §1.1."""
    chinese = parse("---\ndate: 2024-05-01\n---\n# 隐私政策\n\n## 一、我们如何收集\n\n### （一）注册账号\n\n甲。\n\n"
                    "### (二) 客户服务\n\n乙。\n\n## 二、联系我们\n\n### （１）邮箱\n\n丙。\n\n### （２）地址\n\n丁。\n", "zh")
    assert chinese.problems == []
    assert [(s.numeral, s.title) for s in chinese.sections] == [
        ("1", "我们如何收集"), ("1.1", "注册账号"), ("1.2", "客户服务"), ("2", "联系我们"), ("2.1", "邮箱"), ("2.2", "地址")]
    english = parse(LETTERED.replace("(a) Data you give us", "(1) Data you give us")
                    .replace("(b) Data we collect", "(2) Data we collect"))
    assert english.problems == [] and [s.numeral for s in english.sections][2:6] == ["2.1", "2.1.1", "2.1.2", "2.2"]
    skipped = parse(LETTERED.replace("(a) Data you give us", "（一）Data").replace("(b) Data we collect", "（三）Data"))
    assert "structure.unnumbered-heading" in {f.rule for f in skipped.problems}


NUMBERED_WITH_CONTENTS = ("---\ndate: 2024-05-01\n---\n# {title}\n\n## {contents}\n\n- [§ 1](#s1)\n- [§ 2](#s2)\n\n"
                          "## 1. {one}\n\nA.\n\n## 2. {two}\n\nB.\n\n## {annex}\n\nC.\n")


def test_unnumbered_headings_of_a_numbered_policy_pair_by_their_place_between_numbered_ones():
    """Adoption hunt 29: a German policy's `## Inhaltsverzeichnis` above §1 and its English `## Table of contents`
    (slugs that differ) were missing and extra (refused at the first edit), the message naming the title twice."""
    de = parse(NUMBERED_WITH_CONTENTS.format(title="Datenschutz", contents="Inhaltsverzeichnis", one="Wer",
                                             two="Was", annex="Anhang"), "de")
    en = parse(NUMBERED_WITH_CONTENTS.format(title="Privacy", contents="Table of contents", one="Who", two="What",
                                             annex="Annex"), "en")
    assert sync.pair_sections(de, en) == {0: 0, 1: 1, 2: 2, 3: 3}
    assert [f.rule for f in sync.compare(de, en)] == []
    without = parse(NUMBERED_WITH_CONTENTS.format(title="Privacy", contents="Table of contents", one="Who",
                                                  two="What", annex="Annex").replace("## Annex\n\nC.\n", ""), "en")
    findings = sync.compare(de, without)
    assert [f.rule for f in findings] == ["sync.section-missing"]
    assert findings[0].message == "“Anhang” is in German, missing in English: translate it here"
    # no number is missing above §1 (nothing to number there), nor at an annex after the sections (adoption hunt 34);
    # one may be between them
    assert de.problems == []
    forgotten = parse("---\ndate: 2024-05-01\n---\n# D\n\n## Inhalt\n\nA.\n\n## 1. Wer\n\nB.\n\n## 2. Was\n\nC.\n\n"
                      "## Wo\n\nD.\n\n## 3. Wann\n\nE.\n", "de")
    assert [f.message.split("”")[0] for f in forgotten.problems] == ["heading “Wo"]


@pytest.mark.parametrize(("lang", "letters"), [("el", ["α)", "β)", "γ)"]), ("el", ["α΄.", "β΄.", "γ΄."]),
                                               ("ru", ["а)", "б)", "в)"]), ("uk", ["(а)", "(б)", "(в)"]),
                                               ("ko", ["가.", "나.", "다."]), ("ja", ["（イ）", "（ロ）", "（ハ）"]),
                                               ("ja", ["ア．", "イ．", "ウ．"]), ("he", ["א.", "ב.", "ג."]),
                                               ("ar", ["أ.", "ب.", "ج."])])
def test_headings_lettered_in_greek_or_cyrillic_under_a_numbered_section_are_numbered(lang, letters):
    """Adoption hunt 29: a Greek policy's `### α) Σύμβαση` under `## Άρθρο 2` (and Russian `а)`, `б)`, Korean `가.`,
    Japanese `（イ）`, Hebrew `א.`, Arabic `أ.`) were unnumbered headings: warnings after import, refused at the first
    edit."""
    policy = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 1. A\n\nX.\n\n## 2. B\n\n" + "".join(
        f"### {label} Part {n}\n\nY.\n\n" for n, label in enumerate(letters, 1)) + "## 3. C\n\nZ.\n", lang)
    assert policy.problems == [] and [s.numeral for s in policy.sections] == ["1", "2", "2.1", "2.2", "2.3", "3"]
    skipped = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 1. A\n\nX.\n\n## 2. B\n\n### " + letters[0] + " P\n\nY.\n\n"
                    "### " + letters[2] + " Q\n\nY.\n\n## 3. C\n\nZ.\n", lang)
    assert "structure.unnumbered-heading" in {f.rule for f in skipped.problems}


@pytest.mark.parametrize(("lang", "heading"), [("ko", "부칙"), ("ko", "부 칙"), ("ja", "附則"), ("zh", "附则"),
                                               ("ja", "附則（2023年4月1日）"),
                                               # adoption hunt 34: annexes, "e.g. “3 Annex 1 – …”" for advice
                                               ("en", "Annex 1 – List of processors"), ("en", "Appendix A: Cookies"),
                                               ("de", "Anhang 1 – Auftragsverarbeiter"), ("fr", "Annexe 2 : Cookies"),
                                               ("es", "Anexo I"), ("pl", "Załącznik nr 1"), ("zh", "附件一")])
def test_the_supplementary_provisions_after_the_numbered_articles_need_no_number(lang, heading):
    """Adoption hunt 29: a Korean policy's `## 부칙` (Japanese 附則, Chinese 附则) after its numbered articles, as the law's
    own texts end, was an unnumbered heading with “4 부칙” for advice, refused at the first edit."""
    policy = parse(f"---\ndate: 2024-05-01\n---\n# T\n\n## 제1조 (목적)\n\nA.\n\n## 제2조 (정의)\n\nB.\n\n## {heading}\n\nC.\n",
                   lang)
    assert policy.problems == []
    forgotten = parse("---\ndate: 2024-05-01\n---\n# T\n\n## 제1조 (목적)\n\nA.\n\n## 제2조 (정의)\n\nB.\n\n## 연락처\n\nC.\n", lang)
    assert [f.rule for f in forgotten.problems] == ["structure.unnumbered-heading"]


@pytest.mark.parametrize(("heading", "number"), [
    ("Article premier – Objet", ("1", "Objet")), ("CLÁUSULA PRIMEIRA – DO OBJETO", ("1", "DO OBJETO")),
    ("Cláusula Décima Primeira - Do Foro", ("11", "Do Foro")), ("Artículo primero. Objeto", ("1", "Objeto")),
    ("Artículo undécimo: Datos", ("11", "Datos")), ("Articolo primo - Oggetto", ("1", "Oggetto")),
    ("Capítulo tercero — Derechos", ("3", "Derechos")), ("Section Overview", None),
    ("Article premier", ("1", ""))])  # no title: article 1 (test_legal_headings_without_a_title_are_their_article)
def test_legal_headings_numbered_by_an_ordinal_word_are_numbered(heading, number):
    """Adoption hunt 29: `Article premier` (French law's article 1), `CLÁUSULA PRIMEIRA – DO OBJETO`, `Artículo
    primero` were unnumbered: `Article premier` then `Article 2` was structure.number-skipped, and a Brazilian policy's
    clauses matched none of its English translation's `Clause 1`, `Clause 2` (every section missing and extra)."""
    assert heading_numbers.heading_number(heading) == number


@pytest.mark.parametrize(("heading", "number"), [
    ("Article 1", ("1", "")), ("Article 1.", ("1", "")), ("Article 1er", ("1", "")), ("Art. 1", ("1", "")),
    ("§ 1", ("1", "")), ("Article 2 bis", ("2bis", "")), ("Article 2 bis.", ("2bis", "")), ("Article 2a", ("2bis", "")),
    ("Artículo 1.º", ("1", "")), ("第1条", ("1", "")), ("第10条の2", ("10bis", "")), ("제2조의2", ("2bis", "")),
    ("Article IV", ("4", "")), ("المادة 1", ("1", "")),
    ("1.", None), ("C", None), ("Chapter", None), ("I agree", None), ("Article 1 – Objet", ("1", "Objet")),
])
def test_legal_headings_without_a_title_are_their_article(heading, number):
    """`## Article 1.` was §1 titled "." (the changes page "§1 ."), `## Article 2 bis` §2 titled "bis" (a second §2),
    `## 第10条の2` §10 titled "の2", `## Article 1` and `## 第1条` no number: texts written like statutes (Légifrance's,
    a Japanese one captioning articles above them) were unnumbered pages, their ids slugs of each language."""
    assert heading_numbers.heading_number(heading) == number


def test_a_text_of_articles_without_titles_is_numbered_and_paired_and_named_by_its_numbers():
    def policy(lang: str, headings: list[str]) -> document.Policy:
        return parse("---\ndate: 2024-05-01\n---\n\n# P\n\n" + "".join(f"## {h}\n\nTexte {n}.\n\n"
                                                                      for n, h in enumerate(headings)), lang)

    french = policy("fr", ["Article premier", "Article 2", "Article 2 bis", "Article 3"])
    english = policy("en", ["Article 1", "Article 2", "Article 2a", "Article 3"])
    assert [(s.anchor, s.title) for s in french.sections] == [("s1", ""), ("s2", ""), ("s2-bis", ""), ("s3", "")]
    assert french.problems == [] and sync.compare(french, english) == []
    assert [document.named(s.numeral, s.title, s.mark) for s in english.sections] == ["§1", "§2", "§2a", "§3"]
    repeated = policy("fr", ["Article premier", "Article 2", "Article 2"])
    assert [f.message for f in repeated.problems] == [  # no “” after it
        "§2 repeats the number of the section at line 11: renumber one of the two (each number is its section's "
        "address, #s…)"]


def test_a_translation_of_clauses_numbered_in_words_pairs_by_their_numbers():
    pt = parse("---\ndate: 2024-01-01\n---\n# Política\n\n## CLÁUSULA PRIMEIRA – DO OBJETO\n\nA.\n\n"
               "## CLÁUSULA SEGUNDA – DOS DADOS\n\nB.\n", "pt-BR")
    en = parse("---\ndate: 2024-01-01\n---\n# Policy\n\n## Clause 1 – Object\n\nA.\n\n## Clause 2 – Data\n\nB.\n", "en")
    assert pt.problems == [] and sync.compare(pt, en) == []


@pytest.mark.parametrize(("heading", "number"), [
    ("ARTICLE ONE – PURPOSE", ("1", "PURPOSE")), ("Section Two: Data", ("2", "Data")),
    ("Article deux – Données", ("2", "Données")), ("Article vingt et un – Fin", ("21", "Fin")),
    ("Artículo dos. Datos", ("2", "Datos")), ("Articolo due – Dati", ("2", "Dati")),
    ("Clause Twenty-One: Law", ("21", "Law")),
    ("Section one of the Act", None), ("Article Un peu de contexte", None),  # a word, no mark after it: no number
    # parts and chapters grouping them (`Part One – General` was no number, as `Part 1 – General` was one)
    ("Part One – General", ("1", "General")), ("Chapter Two: Rights", ("2", "Rights")),
    ("Partie deux – Droits", ("2", "Droits")), ("Part of our service", None), ("Part one of two", None),
])
def test_legal_headings_numbered_by_a_cardinal_word_and_a_mark_are_numbered(heading, number):
    """`ARTICLE ONE – …`, `Article deux – …` (contracts and deeds number articles in words) were unnumbered: after
    `Article premier` (read), `Article deux` was a heading without a number, its translation's `Article 2` missing."""
    assert heading_numbers.heading_number(heading) == number


def test_articles_numbered_in_words_pair_with_a_translations_numbers():
    french = parse("---\ndate: 2024-01-01\n---\n# Politique\n\n## Article premier – Objet\n\nA.\n\n"
                   "## Article deux – Données\n\nB.\n\n## Article trois – Droits\n\nC.\n", "fr")
    english = parse("---\ndate: 2024-01-01\n---\n# Policy\n\n## ARTICLE ONE – PURPOSE\n\nA.\n\n"
                    "## ARTICLE TWO – DATA\n\nB.\n\n## Article 3 – Rights\n\nC.\n", "en")
    assert [s.anchor for s in french.sections] == [s.anchor for s in english.sections] == ["s1", "s2", "s3"]
    assert french.problems == english.problems == [] and sync.compare(french, english) == []


def test_the_advice_for_a_heading_numbered_in_a_way_not_read_replaces_its_mark():
    """`## III. Rights` among `## 1.` headings: “start its title with it, e.g. “3 III. Rights”” put a number before the
    one it has."""
    policy = parse("---\ndate: 2024-05-01\n---\n\n# P\n\n## 1. Scope\n\nA.\n\n## 2. Data\n\nB.\n\n## III. Rights\n\nC.\n")
    assert [f.message for f in policy.problems] == [
        "heading “III. Rights” has no section number, unlike the others: start its title with it, e.g. “3 Rights”, or "
        "give it an id: “III. Rights {#an-id}”"]


def test_parts_numbered_over_their_sections_are_numbered_sections():
    """`## Part 1 – General` over `### Section 1.1 – Scope`: each part was an unnumbered heading in a numbered policy
    (“Part 2 – Rights” has no section number: “e.g. 2 Part 2 – Rights”) and §1.1 "cannot follow the start"; its id
    `#part-1-general` was another in each language (`#partie-1-généralités`)."""
    def policy(lang: str, headings: list[tuple[int, str]]) -> document.Policy:
        return parse("---\ndate: 2024-05-01\n---\n\n# P\n\n" + "".join(f"{'#' * level} {heading}\n\nText.\n\n"
                                                                      for level, heading in headings), lang)

    english = policy("en", [(2, "Part 1 – General"), (3, "Section 1.1 – Scope"), (3, "Section 1.2 – Data"),
                            (2, "Part 2 – Rights"), (3, "Section 2.1 – Access")])
    french = policy("fr", [(2, "Partie 1 – Généralités"), (3, "Section 1.1 – Objet"), (3, "Section 1.2 – Données"),
                           (2, "Partie 2 – Droits"), (3, "Section 2.1 – Accès")])
    assert [s.anchor for s in english.sections] == [s.anchor for s in french.sections] == [
        "s1", "s1-1", "s1-2", "s2", "s2-1"]
    assert english.problems == french.problems == [] and sync.compare(french, english) == []
    assert heading_numbers.heading_number("Part of our service") is None
    assert heading_numbers.heading_number("Titre II – Droits") == ("2", "Droits")


def test_chapters_whose_articles_count_from_1_again_are_two_levels():
    """`## Chapter 2 – Rights` over `### Article 1 – Access`, articles counting from 1 in each chapter: every article
    after the first chapter was refused (number-repeated, and "write ## Article 2 – Data", which would not make it
    one); article 1 of chapter 2 is §2.1 (`#s2-1`), as `### 1.` under `## II.` is, paired with its translation."""
    def policy(lang: str, headings: list[tuple[int, str]]) -> document.Policy:
        return parse("---\ndate: 2024-05-01\n---\n\n# P\n\n" + "".join(f"{'#' * level} {heading}\n\nText.\n\n"
                                                                      for level, heading in headings), lang)

    english = policy("en", [(2, "Introduction"), (2, "Chapter 1 – General"), (3, "Article 1 – Scope"),
                            (3, "Article 2 – Data"), (2, "Chapter 2 – Rights"), (3, "Article 1 – Access"),
                            (3, "Article 2 – Erasure")])
    assert [(s.anchor, document.named(s.numeral, s.title, s.mark)) for s in english.sections] == [
        ("introduction", "Introduction"), ("s1", "§1 General"), ("s1-1", "§1.1 Scope"), ("s1-2", "§1.2 Data"),
        ("s2", "§2 Rights"), ("s2-1", "§2.1 Access"), ("s2-2", "§2.2 Erasure")]
    assert english.problems == []
    french = policy("fr", [(2, "Introduction"), (2, "Chapitre 1 – Généralités"), (3, "Article 1 – Objet"),
                           (3, "Article 2 – Données"), (2, "Chapitre 2 – Droits"), (3, "Article 1 – Accès"),
                           (3, "Article 2 – Effacement")])
    assert sync.compare(french, english) == []
    japanese = policy("ja", [(2, "第1章 総則"), (3, "第1条（目的）"), (3, "第2条（定義）"), (2, "第2章 権利"),
                             (3, "第1条（開示）")])
    assert [(s.anchor, document.named(s.numeral, s.title, s.mark)) for s in japanese.sections][3:] == [
        ("s2", "第2章 権利"), ("s2-1", "第1条（開示）")]  # named as the page writes it
    assert japanese.problems == []
    skipped = policy("en", [(2, "Chapter 1 – General"), (3, "Article 1 – Scope"), (3, "Article 2 – Data"),
                            (2, "Chapter 2 – Rights"), (3, "Article 1 – Access"), (3, "Article 3 – Erasure")])
    assert "structure.number-repeated" in {f.rule for f in skipped.problems}  # not a count of its own: said


@pytest.mark.parametrize(("lang", "chapter", "article"), [("ja", "第{n}章 章{n}", "第{n}条（条{n}）"),
                                                          ("es", "Capítulo {r} – Cap", "Artículo {n}. Art"),
                                                          ("it", "Capo {r} – Capo", "Articolo {n} – Art"),
                                                          ("fr", "Chapitre {n} – Chap", "Article {n} – Art")])
def test_chapters_of_articles_numbered_on_across_them_are_no_numbering_problem(lang, chapter, article):
    """Adoption hunt 29: a text written like a statute, chapters grouping articles numbered on across them (`## 第1章`,
    `### 第1条`, `### 第2条`, `## 第2章`, `### 第3条`), had each article a repeated number or at the wrong level and
    each `Capo II` an unnumbered heading: the articles keep their numbers (§3, `#s3`), the chapters need none."""
    roman = {1: "I", 2: "II"}
    text = "---\ndate: 2024-05-01\n---\n# T\n\n"
    n = 0
    for c in (1, 2):
        text += f"## {chapter.format(n=c, r=roman[c])}\n\n"
        for _ in range(2):
            n += 1
            text += f"### {article.format(n=n)}\n\nX.\n\n"
    policy = parse(text, lang)
    assert policy.problems == [], policy.problems
    assert [s.anchor for s in policy.sections if s.numeral] == ["s1", "s2", "s3", "s4"]
    restarting = parse(text.replace(article.format(n=3), article.format(n=1)).replace(article.format(n=4),
                                                                                      article.format(n=2)), lang)
    # numbered from 1 again in each chapter: not articles numbered on, two levels (test_chapters_whose_articles_count_
    # from_1_again_are_two_levels)
    assert restarting.problems == [] and [s.anchor for s in restarting.sections] == ["s1", "s1-1", "s1-2", "s2", "s2-1",
                                                                                    "s2-2"]


def test_the_id_a_title_had_before_its_words_were_kept_whole_still_lands():
    policy = parse("---\ndate: 2024-05-01\n---\n# Gizlilik\n\n## İletişim Bilgileri\n\nA.\n\n## गोपनीयता नीति\n\nB.\n\n"
                   "## Çerezler\n\nC.\n")
    found = anchors.page_anchors(policy)
    assert found.ids == ["iletişim-bilgileri", "गोपनीयता-नीति", "çerezler"]
    assert found.aliases == {0: ["i\u0307letişim-bilgileri"], 1: ["गपनयत-नत"]}  # what a link copied before holds


def test_the_aliases_a_version_recorded_under_a_titles_former_id_still_land():
    old = parse("---\ndate: 2024-05-01\n---\n# Gizlilik\n\n## İletişim Bilgileri\n\nA.\n")
    new = parse("---\ndate: 2024-06-01\n---\n# Gizlilik\n\n## İletişim Bilgileri\n\nA b.\n")
    # the record of a version published when the section's id was Python-Markdown's (i + a combining dot)
    found = anchors.page_anchors(new, previous=old, previous_aliases={"i\u0307letişim-bilgileri": ["bize-ulasin"]})
    assert found.aliases == {0: ["i\u0307letişim-bilgileri", "bize-ulasin"]}


def test_a_translation_keeps_the_former_ids_its_page_took_from_the_authoritative_text():
    tr = parse("---\ndate: 2024-05-01\n---\n# Gizlilik\n\n## İletişim Bilgileri\n\nA.\n\n## Çerezler\n\nB.\n")
    en = parse("---\ndate: 2024-05-01\n---\n# Privacy\n\n## Contact details\n\nA.\n\n## Cookies\n\nB.\n")
    found = anchors.page_anchors(en, source=tr)
    assert found.ids == ["iletişim-bilgileri", "çerezler"]
    assert found.aliases == {0: ["contact-details", "i\u0307letişim-bilgileri"], 1: ["cookies"]}


def test_a_dead_link_is_told_what_to_link_instead_never_itself():
    """Words 25: a dead `[§3](#s3)` was told "link a section's anchor (#s3, or the id in its heading's {#…})": the
    very link found dead. It is now told the page's sections (a link whose words name one lands on it: an alias)."""
    text = ("---\ndate: 2024-05-01\n---\n# T\n\n## 1. Scope\n\nA.\n\n## 2. Data\n\nB.\n\n## 4. Rights\n\n"
            "See [§3](#s3).\n")
    policy = parse(text)
    dead = anchors.dead_links(policy, anchors.page_anchors(policy))
    assert [f.message for f in dead] == [
        "the link “§3” goes to #s3, which no section or id of this page has: link one of this page's sections (#s1, "
        "#s2, #s4) or an id set in a heading's {#…}, or remove it"]
    longer = parse(text.replace("## 4. Rights", "## 3. Rights\n\nC.\n\n## 4. More\n\nD.\n\n## 5. Last")
                   .replace("[§3](#s3)", "[here](#s9)"))
    assert "(#s1, #s2, #s3, #s4, …)" in anchors.dead_links(longer, anchors.page_anchors(longer))[0].message


@pytest.mark.parametrize("heading, number, title", [
    ("🔒 1. Security", "1", "Security"), ("✅ Article 2 – Data", "2", "Data"), ("⭐️ 2. Rights", "2", "Rights"),
    ("👩‍💻 3. Developers", "3", "Developers"), ("🇫🇷 4. France", "4", "France"),  # a joiner, a flag
    ("1️⃣ Who we are", "1", "Who we are"), ("🔟 Contact", "10", "Contact"),  # keycaps
])
def test_a_picture_before_a_headings_number_leaves_its_number_read(heading, number, title):
    """Articles 26, left: `## 🔒 1. Security` and keycaps (`1️⃣ Who we are`) were no number (slug ids, and on a page
    mixing them with numbered headings `structure.unnumbered-heading`, advising “2 🔒 2. Security”)."""
    assert heading_numbers.heading_number(heading) == (number, title)
    assert document.slugify(heading) == f"s{number}"


@pytest.mark.parametrize("heading", ["🔒 Security", "© 2024 Example", "® Trademarks", "Security 🔒"])
def test_a_picture_or_a_sign_before_words_is_no_number(heading):
    assert heading_numbers.heading_number(heading) is None


def test_a_page_whose_headings_start_with_pictures_is_numbered():
    policy = document.parse("---\ndate: 2024-03-01\n---\n\n# P\n\n## 🔒 1. Security\n\nA.\n\n## 2️⃣ Data\n\nB.\n\n"
                            "## 📞 3. Contact\n\nC.\n", path="docs/en/index.md", lang="en")
    assert policy.problems == []
    assert [(s.number, s.anchor, s.title) for s in policy.sections] == [("1", "s1", "Security"), ("2", "s2", "Data"),
                                                                       ("3", "s3", "Contact")]


def test_a_heading_whose_text_holds_braces_keeps_its_id_on_the_built_page():
    """Adoption 28 (Mozilla's Spanish privacy notice, `### Informes de error {: #crash-reporter }:`, an attribute list
    its old site showed as text): attr_list reads a heading's list from the first ` {` of its line, found none there,
    and gave the heading no id (`Greeting you as {first name} each time` too): "section #crash-reporter: its heading is not a heading of the built page" refused the
    version. The text's own braces are now escaped where they would be read so: the page shows them as written."""
    import markdown as python_markdown

    body = ("# Policy\n\n## Crash reports {: #crash-reporter }:\n\nText.\n\n## Greeting you as {first name} each time\n\nText.\n\n"
            "## The `{x}` and {y} values\n\nText.\n\nSetext {a} b\n---------------\n\nText.\n")
    written, found = anchors.for_page(body, lang="en")
    html = python_markdown.markdown(written, extensions=["attr_list", "toc"])
    assert anchors.unbuilt(html, found) == [], html
    assert ">Crash reports {: #crash-reporter }:</h2>" in html and ">Greeting you as {first name} each time</h2>" in html
    assert "<code>{x}</code> and {y} values</h2>" in html and ">Setext {a} b</h2>" in html


def _lettered(headings: list[str], *, below: str = "") -> str:
    return "---\ndate: 2024-05-01\n---\n\n# Policy\n\n" + "".join(f"## {heading}\n\nText.\n\n{below}"
                                                                 for heading in headings)


def test_sections_lettered_in_place_of_numbers_have_stable_ids_in_every_language():
    """Texts 28: `## A. Scope`, `## B. Rights`, `## C. Contact` (letters used as section numbers) kept ids derived
    from their titles (`#b-rights` in English, `#b-droits` in French, another id once a title changed): a link to a
    section broke with a translation or a renamed title. Each is now numbered by its letter, `#s2` for B in every
    language and title, named as the page writes it (`§B`); its own headings without a letter keep their slugs and
    are not said to lack a number."""
    english = parse(_lettered(["A. Scope", "B. Rights", "C. Contact"], below="### Details\n\nMore.\n\n"))
    french = parse(_lettered(["A) Portée", "B) Droits", "C) Contact"]), "fr")
    renamed = parse(_lettered(["A. Scope", "B. Your rights", "C. Contact"]))
    assert [s.anchor for s in english.sections if s.level == 2] == ["s1", "s2", "s3"] == \
        [s.anchor for s in french.sections] == [s.anchor for s in renamed.sections]
    assert [s.anchor for s in english.sections if s.level == 3] == ["details", "details_1", "details_2"]
    assert [s.label for s in french.sections] == ["§A", "§B", "§C"] and english.problems == french.problems == []
    assert [document.named(s.number, s.title, s.mark) for s in french.sections] == [
        "§A Portée", "§B Droits", "§C Contact"]


def test_a_letter_skipped_is_said_as_the_page_letters_its_sections():
    """`## A.`, `## B.`, `## D.`: the letter C is missing, said in the legal team's language with the letters the
    page uses (not "§3 is missing"), as a number skipped is."""
    policy = parse(_lettered(["A. Scope", "B. Rights", "D. Contact"], below="### Details\n\nMore.\n\n"))
    assert [(f.rule, f.message) for f in policy.problems] == [
        ("structure.number-skipped", "§D “Contact” follows §B: §C is missing: renumber it, or add the missing "
                                     "section")]
    french = parse(_lettered(["A. Portée", "B. Droits", "D. Contact"]), "fr")
    said = [" ".join(f.in_language("fr").message.split()) for f in french.problems]
    # (split: any space, no-break ones too)
    assert said == ["§D « Contact » suit §B : il manque §C : renumérotez-la, ou ajoutez la section manquante"], said


@pytest.mark.parametrize("headings", [
    ["A. Smith's role", "Our data", "Contact"],  # one heading starting with a capital and a dot: a title
    ["Our data", "A. Smith's role", "Contact"],
    ["A. Scope", "C. Rights"],  # a letter for each one present missing: not a lettering
    ["A. Scope", "B. Rights", "B. Again"],  # not in order
    ["B. Rights", "C. Contact"],  # not from A
    ["A. Scope", "B. Rights", "Contact us"],  # a plain heading after them at their level
])
def test_headings_that_merely_start_with_a_capital_and_a_dot_keep_their_titles(headings):
    """Decided by the sequence, never by one heading: "A. Smith's role" among plain headings is a title, and so are
    letters that do not count from A in order at the top of the text."""
    policy = parse(_lettered(headings))
    assert [(s.numeral, s.title, s.mark) for s in policy.sections] == [("", heading, "") for heading in headings]
    assert policy.problems == []


def test_sections_numbered_in_roman_numerals_over_subsections_with_their_number_keep_their_ids():
    """Texts 28: `## I. Scope`, `## II. Rights` over `### 2.1 Access` (a text restyled from `## 2.` to `## II.`) read as
    no numbering at all: every id became its title's (`#s2-1` became `#access`) and no numbering check ran. The
    sections are §1, §2, §2.1, as the same text written `## 2.` is, and a gap is said."""
    roman = parse(_lettered(["I. Scope", "II. Rights", "III. Contact"]).replace(
        "## III.", "### 2.1 Access\n\nMore.\n\n### 2.3 Copies\n\nMore.\n\n## III."))
    arabic = parse(_lettered(["1. Scope", "2. Rights", "3. Contact"]).replace(
        "## 3.", "### 2.1 Access\n\nMore.\n\n### 2.3 Copies\n\nMore.\n\n## 3."))
    assert [s.anchor for s in roman.sections] == [s.anchor for s in arabic.sections] == [
        "s1", "s2", "s2-1", "s2-3", "s3"]
    assert [f.message for f in roman.problems] == [f.message for f in arabic.problems] == [
        "§2.3 “Copies” follows §2.1: §2.2 is missing: renumber it, or add the missing section"]
    assert [s.numbering for s in roman.sections] == ["I.", "II.", "2.1", "2.3", "III."]


def _unnumbered(sections: list[tuple[str, str]]) -> str:
    return "---\ndate: 2024-05-01\n---\n\n# Policy\n\n" + "".join(f"## {title}\n\n{body}\n\n" for title, body in sections)


def test_a_translation_a_section_short_keeps_each_section_s_id_by_what_it_holds():
    """Adoption 28 (Mozilla's Arabic and Chinese notices, a section short of the English one): a translation whose
    headings have no numbers took the authoritative text's ids heading for heading, so every section after the one it
    lacks carried its neighbour's id, and a reader switching language from "How we share" landed on "Footnote". Where
    the counts differ, sections pair by what a translation keeps (links, e-mails, numbers, blocks' kinds): the sections
    after the gap keep their own counterparts' ids, the one lacking is said missing by its place, and a section the
    translation adds keeps its own id."""
    english = parse(_unnumbered([
        ("Who we are", "Example Ltd, [example.com](https://example.com/)."),
        ("What we collect", "Logs for 30 days."),
        ("How we share", "With [processors](https://example.com/processors)."),
        ("Your rights", "Write to privacy@example.com."),
        ("Footnote", "Updated 2024.")]))
    french = parse(_unnumbered([
        ("Qui sommes-nous", "Example Ltd, [example.com](https://example.com/)."),
        ("Ce que nous partageons", "Avec des [sous-traitants](https://example.com/processors)."),
        ("Vos droits", "Écrivez à privacy@example.com."),
        ("Note", "Mise à jour 2024.")]), "fr")
    assert sync.pair_sections(english, french) == {0: 0, 2: 1, 3: 2, 4: 3}
    ids = [english.sections[i].anchor for i in (0, 2, 3, 4)]
    assert anchors.page_anchors(french, source=english).ids == ids
    missing = [f for f in sync.compare(english, french) if f.rule.startswith("sync.section-missing")]
    assert [(f.rule, dict(f.fields)["position"], dict(f.fields)["title"]) for f in missing] == [
        ("sync.section-missing", 2, "What we collect")]
    added = parse(_unnumbered([
        ("Qui sommes-nous", "Example Ltd, [example.com](https://example.com/)."),
        ("Ce que nous collectons", "Des journaux pendant 30 jours."),
        ("Cookies", "Aucun cookie n'est déposé par [le site](https://example.com/site), jamais."),
        ("Ce que nous partageons", "Avec des [sous-traitants](https://example.com/processors)."),
        ("Vos droits", "Écrivez à privacy@example.com."),
        ("Note", "Mise à jour 2024.")]), "fr")
    found = anchors.page_anchors(added, source=english).ids
    assert found[:2] == [english.sections[0].anchor, english.sections[1].anchor]
    assert found[3:] == [s.anchor for s in english.sections[2:]] and found[2] == added.sections[2].anchor
