"""The document model on the real policy and on malformed pages."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from helpers import FROZEN, synthetic_policy
from policysite import document, heading_numbers, inline

SEED_NUMBERS = (
    [str(n) for n in range(1, 6)]
    + ["6", "6.1", "6.2", "7", "7.1", "7.2", "7.3", "7.3.1", "7.3.2", "7.3.2.1", "7.4", "7.5", "7.6", "8", "9", "9.1",
       "9.2", "10", "10.1", "10.2", "11", "12", "12.1", "12.2", "12.3", "13", "13.1", "13.1.1", "13.1.2", "13.2", "14",
       "14.1", "14.2", "14.3", "14.4"]
    + [str(n) for n in range(15, 23)]
)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_real_policy_has_the_48_numbered_sections_of_the_seed(lang):
    policy = document.read(FROZEN / lang / "index.md", lang=lang)
    assert [s.number for s in policy.sections] == SEED_NUMBERS
    assert len(policy.sections) == 48
    assert policy.problems == []
    assert policy.date == dt.date(2021, 2, 17)
    assert all(s.level == s.number.count(".") + 2 for s in policy.sections)


def test_real_policy_blocks_lines_and_nesting():
    policy = document.read(FROZEN / "fr" / "index.md", lang="fr")
    lines = (FROZEN / "fr" / "index.md").read_text(encoding="utf-8").splitlines()
    s = policy.section("7.3.2")
    assert s.anchor == "s7-3-2"
    assert lines[s.line - 1].startswith("#### 7.3.2 ")
    assert [b.kind for b in s.blocks] == ["item"] * 4
    assert lines[s.blocks[0].line - 1].startswith("- D’offrir")
    nested = [b for b in policy.section("9.2").blocks if b.depth == 1]
    assert [b.text[:11] for b in nested] == ["Pourcentage", "Parcours ut"]
    assert policy.section("5").blocks[1].strong == ("Client",)
    assert "mailto:dpo@dial-once.com" in policy.section("20").blocks[0].links


def test_anchor_and_slugify_agree():
    assert document.anchor_for("7.3.2.1") == "s7-3-2-1"
    assert document.slugify("7.3.2 En tant que sous-traitant") == "s7-3-2"
    assert document.slugify("11. Quels sont vos droits ?") == "s11"
    assert document.slugify("Politique de confidentialité") == "politique-de-confidentialité"


def rules(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in document.parse(text, path="docs/xx/index.md", lang="xx").problems]


def test_synthetic_policy_is_clean():
    policy = document.parse(synthetic_policy(), path="p.md", lang="en")
    assert policy.problems == []
    assert [s.number for s in policy.sections] == ["1", "1.1", "2"]
    assert policy.section("2").blocks[0].links == ("https://example.test/",)


def test_heading_without_number():
    text = synthetic_policy(sections="## 1. One\n\nText.\n\n## Two without number\n\nText.\n")
    assert rules(text) == [("structure.unnumbered-heading", 11)]
    finding = document.parse(text, path="docs/xx/index.md", lang="xx").problems[0]
    assert str(finding).startswith("docs/xx/index.md:11: [structure.unnumbered-heading] heading “Two without number”")


def test_numbered_paragraphs_in_bold_typed_as_headings_are_told_to_be_written_as_headings():
    """`**1. Who we are**`, `**2. What we collect**` look like headings and start no section: the page had none (no
    #s2 link landing, sync pairing nothing, the changes page saying "Title and introduction (changed)" for a change
    under the second) and `policy check` said nothing. A warning each, naming the heading to write."""
    text = synthetic_policy(sections="**1. Who we are**\n\nWe are Example.\n\n**2. What we collect**\n\nNames.\n\n"
                                     "**2.1 From you**\n\nForms.\n")
    problems = document.parse(text, path="docs/xx/index.md", lang="xx").problems
    assert [(p.rule, p.line, p.severity) for p in problems] == [("structure.bold-heading", 7, "warning"),
                                                                ("structure.bold-heading", 11, "warning"),
                                                                ("structure.bold-heading", 15, "warning")]
    assert problems[2].message == (
        "“2.1 From you” is a paragraph in bold, not a heading: no section starts there (its number's link lands "
        "nowhere, and a change in its text is shown as a change of the title and introduction): write it as a "
        "heading, `### 2.1 From you`")
    # bold sentences, a lone bold line, words in bold beside others, a bold lead-in are no headings
    assert rules(synthetic_policy(sections="## 1. One\n\n**1. We keep your data.**\n\n**2. We delete it.**\n\n"
                                           "**3. Note:**\n\n**4. Data** we hold.\n")) == []
    assert rules(synthetic_policy(sections="## 1. One\n\n**2. Alone**\n\nText.\n")) == []


def test_number_skipped():
    text = synthetic_policy(sections="## 1. One\n\n## 3. Three\n")
    problems = document.parse(text, path="p.md", lang="xx").problems
    assert [(p.rule, p.line) for p in problems] == [("structure.number-skipped", 9)]
    assert "§2 is missing" in problems[0].message


def test_a_number_deeper_than_markdowns_six_levels_of_heading_is_at_home_in_the_sixth():
    """`###### 1.1.1.1.1.1 F` under `###### 1.1.1.1.1 E` was told "write ####### 1.1.1.1.1.1 F": seven hashes make a
    paragraph, so the page could not be made to pass; a level-5 heading of it is still told to write `######`."""
    deep = "## 1. A\n\n### 1.1 B\n\n#### 1.1.1 C\n\n##### 1.1.1.1 D\n\n###### 1.1.1.1.1 E\n\n###### 1.1.1.1.1.1 F\n"
    assert rules(synthetic_policy(sections=deep)) == []
    problems = document.parse(synthetic_policy(sections=deep.replace("###### 1.1.1.1.1.1", "##### 1.1.1.1.1.1")),
                              path="p.md", lang="xx").problems
    assert [p.message.split(": ")[-1] for p in problems] == ["write ###### 1.1.1.1.1.1 F"]


def test_subsection_number_skipped():
    assert rules(synthetic_policy(sections="## 1. One\n\n### 1.2 Two\n")) == [("structure.number-skipped", 9)]


def test_number_repeated():
    text = synthetic_policy(sections="## 1. One\n\n## 2. Two\n\n## 2. Two again\n")
    assert rules(text) == [("structure.number-repeated", 11)]


def test_number_out_of_order():
    text = synthetic_policy(sections="## 1. One\n\n## 2. Two\n\n### 2.1 A\n\n### 2.2 B\n\n### 2.1 C\n")
    assert rules(text) == [("structure.number-repeated", 15)]
    assert rules(synthetic_policy(sections="## 2. Two\n")) == [("structure.number-skipped", 7)]


def test_an_unnumbered_heading_deeper_than_the_next_number_is_offered_the_nearest_number():
    """Adoption hunt 32: `#### Members` under `## 2. B` (a Ghost page's toggle) was offered “7.3 Members”."""
    text = synthetic_policy(sections="## 1. A\n\nx\n\n## 2. B\n\n#### Members\n\ny\n")
    [problem] = document.parse(text, path="p.md", lang="xx").problems
    assert "e.g. “2.1 Members”" in problem.message, problem.message


def test_level_contradicts_number():
    text = synthetic_policy(sections="## 1. One\n\n## 1.1 Should be h3\n\n#### 1.2 Should be h3\n")
    problems = document.parse(text, path="p.md", lang="xx").problems
    assert [(p.rule, p.line) for p in problems] == [("structure.level", 9), ("structure.level", 11)]
    assert "write ### 1.1 Should be h3" in problems[0].message
    # with an id, the heading as written, not its id (adoption hunt 26: "write ## h.a2")
    with_id = synthetic_policy(sections="## 1. One\n\n# 2. Two {#h.a2}\n")
    assert "write ## 2. Two" in document.parse(with_id, path="p.md", lang="xx").problems[0].message


def test_front_matter_problems():
    assert rules("# Title\n\n## 1. One\n") == [("frontmatter.missing", 1)]
    assert rules("---\ndate: [unclosed\n---\n\n## 1. One\n")[0][0] == "frontmatter.yaml"
    policy = document.parse("---\ndate: not a date\n---\n\n## 1. One\n", path="p.md", lang="xx")
    assert policy.date is None and policy.sections[0].line == 5


def test_front_matter_ends_where_mkdocs_ends_it():
    """At `...` as at `---`, and only at a line end: else the checks would read as YAML what is published as text."""
    hidden = "---\ndate: 2024-01-10\n...\n# Hidden <img src=x>\n---\n\n# T\n\n## 1. One\n"
    policy = document.parse(hidden, path="p.md", lang="xx")
    assert policy.title_markup == "Hidden <img src=x>" and policy.title == "Hidden" and policy.date is not None
    from mkdocs.utils.meta import get_data
    assert get_data(hidden)[0].startswith("# Hidden")
    at_the_end = "---\ndate: 2024-01-10\n---"
    assert rules(at_the_end)[0] == ("frontmatter.missing", 1) and get_data(at_the_end) == (at_the_end, {})


def test_a_control_character_is_found_at_its_line():
    text = ('---\ndate: 2024-01-10\nsummary: "Note\x1b]8;;https://evil.example/\x07 lien"\n---\n\n# T\n\n## 1. Un\n\n'
            'A\x00b.\n\n## 2. De\ufffeux\n')  # a noncharacter: the feed's XML would be ill-formed (security hunt 13)
    assert [(f.line, f.message.split(":")[0]) for f in document.parse(text, path="p.md", lang="fr").problems
            if f.rule == "text.control"] == [(3, "a control character or noncharacter (U+001B) at column 15"),
                                             (10, "a control character or noncharacter (U+0000) at column 2"),
                                             (12, "a control character or noncharacter (U+FFFE) at column 9")]
    escaped = '---\ndate: 2024-01-10\nsummary: "Note\\e]8;;https://evil.example/\\a lien"\n---\n\n# T\n'
    assert [(f.line, f.rule) for f in document.parse(escaped, path="p.md", lang="fr").problems] == [(3, "text.control")]


def test_a_lone_surrogate_written_as_a_yaml_escape_is_found_and_its_finding_can_be_printed():
    """Safety hunt 39: `summary: "\\ud800"` passed `policy check`, and publishing it ended with "'utf-8' codec can't
    encode character '\\ud800'", naming no file; a key holding one ended `policy check` so, without its finding."""
    text = '---\ndate: 2024-01-10\nsummary: "Note \\ud800"\n"k\\udfff": x\n---\n\n# T\n\n## 1. Un\n\nA.\n'
    problems = document.parse(text, path="p.md", lang="fr").problems
    assert [(f.line, f.rule, f.message.split(",")[0]) for f in problems if f.rule == "text.control"] == [
        (3, "text.control", "`summary` holds a control character (U+D800)")]
    key = next(str(f) for f in problems if f.rule == "frontmatter.key")
    assert "front matter key “k\\udfff” is not one" in key.encode("utf-8").decode("utf-8"), key


def test_a_control_character_written_as_a_reference_is_found():
    """markdown-it decodes `&#12;` into the model's text: the feed (XML, which forbids a form feed) was ill-formed."""
    text = ("---\ndate: 2024-01-10\n---\n\n# T\n\n## 1. Un&#12;deux\n\npar&#x0c;courrier &#13; &#150; &#xFFFE;\n\n"
            "Caf&#233; &#x2019; &#1114112; &#8;\n")
    assert [(f.line, f.message.split(" is ")[0]) for f in document.parse(text, path="p.md", lang="fr").problems
            if f.rule == "text.control"] == [(7, "“&#12;” at column 9"), (9, "“&#x0c;” at column 4"),
                                             (11, "“&#8;” at column 31")]


def test_words_hidden_in_characters_that_draw_nothing_are_found():
    """Safety hunt 35: a sentence spelt in tag characters (U+E0020…, "ASCII smuggling"), in variation selectors used as
    bytes, or a run of zero-width characters, was published unseen; an emoji's sequences and a flag's tags are fine."""
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "we sell data")
    text = (f"---\ndate: 2024-01-10\nsummary: \"Note\\U000E0041\\U000E0042\"\n---\n\n# T\n\n## 1. Un\n\n"
            f"Soin.{smuggled}\n\nA\ufe00\ufe01\U000e0100\U000e0101 b \u200b\u200c\u200d c &#xE0041;&#xE0042;\n\n"
            "Fine: \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f, \U0001f441\ufe0f\u200d"
            "\U0001f5e8\ufe0f, \u845b\U000e0100, \u0e15\u0e49\u200b\u0e01.\n")
    assert [(f.line, f.message.split(" at ")[0].split(" (")[0]) for f in document.parse(
        text, path="p.md", lang="fr").problems if f.rule == "text.control"] == [
        (10, "12 characters that draw nothing"), (12, "4 characters that draw nothing"),
        (3, "`summary` holds characters that draw nothing")]
    # the same hidden one character at a time: a variation selector after each Latin letter, zero-width characters
    # between the words of a Latin line (a Persian line's non-joiners, an emoji's joiner are fine)
    spread = "".join(f"{c}{chr(0xE0100 + n)}" for n, c in enumerate("Nous traitons"))
    text = (f"---\ndate: 2024-01-10\n---\n\n# T\n\n## 1. Un\n\n{spread}.\n\nWe\u200b keep\u200c your\u200b data.\n\n"
            "\u0646\u0647\u200c\u0627\u06cc\u0646\u200c\u06a9\u0647\u200c \U0001f469\U0001f3fd\u200d\U0001f4bb.\n")
    assert [(f.line, f.message.split(" (")[0]) for f in document.parse(text, path="p.md", lang="fr").problems
            if f.rule == "text.control"] == [(9, "13 characters that draw nothing"), (11, "3 characters that draw nothing")]


def test_a_page_over_the_size_limit_is_not_read_but_its_date_is(monkeypatch):
    monkeypatch.setattr(document, "MAX_PAGE", 200)
    policy = document.parse("---\ndate: 2024-01-10\n---\n\n# T\n\n" + "`a` " * 100, path="p.md", lang="fr")
    assert [f.rule for f in policy.problems] == ["text.size"] and policy.sections == [] and policy.date is not None



@pytest.mark.parametrize("nest", ["<div>{}</div>", "<span>{}</span>", "<span>{}", "<b><i>{}</i></b>"])
def test_a_page_whose_html_tags_nest_deeper_than_any_policy_is_not_read(nest):
    """Safety hunt 46, finding 3: 40,000 <div> opened within each other (440 KB, under the size limit) held `policy
    check` for 70 s of processor time, the checks' readers of HTML taking time with the square of the depth (a
    megabyte of them, minutes); such a page is not read, as one over the size limit, and said at the line."""
    inner = "x"
    for _ in range(20_000 // nest.count("<") + 1):
        inner = nest.format(inner)
    text = "---\ndate: 2024-01-10\n---\n\n# T\n\n## 1. Un\n\nDu texte.\n\n" + inner + "\n"
    policy = document.parse(text, path="p.md", lang="fr")
    assert [(f.rule, f.line) for f in policy.problems] == [("render.structure", 11)], policy.problems
    assert "deep (more than 100)" in policy.problems[0].message and "it was not read" in policy.problems[0].message
    assert policy.sections == [] and policy.date is not None


def test_html_tags_as_deep_as_a_policy_writes_them_are_read():
    deep = "<span>" * 100 + "x" + "</span>" * 100
    wide = "Une ligne<br>\n" * 5_000 + "<b>a</b> <i>b</i> " * 2_000  # breaks and tags side by side nest nothing
    for body in (deep, wide, "a < b et c <d> e"):
        policy = document.parse(f"---\ndate: 2024-01-10\n---\n\n# T\n\n## 1. Un\n\n{body}\n", path="p.md", lang="fr")
        assert not [f for f in policy.problems if f.rule == "render.structure"] and policy.sections, body[:40]
    assert document.tag_depth(deep) == (100, 1) and document.tag_depth(wide)[0] == 1


def test_table_rows_and_links():
    text = synthetic_policy(sections="## 1. One\n\n| A | B |\n|---|---|\n| x | [y](https://example.test/y) |\n")
    rows = document.parse(text, path="p.md", lang="xx").section("1").blocks
    assert [(b.kind, b.cells) for b in rows] == [("row", ("A", "B")), ("row", ("x", "y"))]
    assert rows[1].links == ("https://example.test/y",) and rows[1].line == 11


def test_a_text_parsed_again_under_another_name_gives_the_same_sections_under_that_name():
    from policysite import document

    text = "---\ndate: 2024-03-01\nwhat: x\n---\n\n# T\n\n## 1. One\n\nText.\n"
    first = document.parse(text, path="docs/fr/index.md", lang="fr")
    again = document.parse(text, path="fr/2024-03-01", lang="fr")
    assert again.sections is first.sections and again.path == "fr/2024-03-01"
    assert [f.path for f in first.problems] == ["docs/fr/index.md"] and first.problems[0].rule == "frontmatter.key"
    assert [f.path for f in again.problems] == ["fr/2024-03-01"]
    assert document.parse(text, path="docs/fr/index.md", lang="fr").problems == first.problems
    other = document.parse(text, path="x", lang="en")  # another language: the same reading, named so
    assert other.sections is first.sections and (other.lang, first.lang, other.path) == ("en", "fr", "x")
    assert [f.path for f in other.problems] == ["x"]


@pytest.mark.parametrize("text", [synthetic_policy(), (FROZEN / "fr" / "index.md").read_text(encoding="utf-8"),
                                  (FROZEN / "en" / "index.md").read_text(encoding="utf-8"),
                                  "---\ndate: 2024-03-01\n---\n\n# Titre\n\nArticle 1 – Objet\n\n## Article 2\n\n"
                                  "**3. Gras**\n\n## A. Lettre\n\n## I. Partie\n\n- élément\n"])
def test_a_text_is_read_once_whatever_language_it_is_read_under(text, monkeypatch):
    """The authoritative text a translation's anchors come from is read under the translation's language: the
    language names the Policy and changes nothing else, so the reading already made serves (it was read again)."""
    from policysite import anchors

    fresh = {lang: document._parse(text, path="p", lang=lang) for lang in ("fr", "en", "de", "ar", "")}
    assert all(replace(p, lang="fr") == fresh["fr"] for p in fresh.values())
    document.forget_parses()
    anchors._parsed.cache_clear()
    calls, real = [], document._parse
    monkeypatch.setattr(document, "_parse", lambda *a, **k: calls.append(k["lang"]) or real(*a, **k))
    assert document.parse(text, path="p", lang="fr") == fresh["fr"]
    assert document.parse(text, path="p", lang="en") == fresh["en"]
    anchors.of_texts(text, lang="de", source_text=text)
    assert len(calls) == 1


def test_texts_past_the_recent_ones_are_read_back_not_parsed_again(monkeypatch):
    """A rebuild judges every version's texts before it builds the first: past 128 bilingual versions (256 texts
    kept) each was parsed twice. The older ones are kept packed: each text parsed once, read back equal; past
    PACKED_BYTES the oldest packed are dropped, and parsed again when asked."""
    texts = [synthetic_policy(f"2030-01-{n + 1:02d}", title=f"Synthetic policy {n}") for n in range(9)]
    monkeypatch.setattr(document, "RECENT", 3)
    document.forget_parses()
    calls, real = [], document._parse
    monkeypatch.setattr(document, "_parse", lambda text, **k: calls.append(text) or real(text, **k))
    first = [document.parse(text, path=f"p{n}", lang="fr") for n, text in enumerate(texts)]
    again = [document.parse(text, path=f"p{n}", lang="fr") for n, text in enumerate(texts)]
    assert calls == texts and again == first
    assert document.parse(texts[-1], path="q", lang="en").sections is again[-1].sections  # a recent one: the same
    monkeypatch.setattr(document, "PACKED_BYTES", len(document._packed[next(iter(document._packed))]) * 2)
    document.forget_parses()
    calls.clear()
    for _ in range(2):
        assert [document.parse(text, path=f"p{n}", lang="fr") for n, text in enumerate(texts)] == first
    # two packed at most: every text was dropped before it was asked again (a scan longer than what is kept)
    assert len(calls) == 18 and 0 < len(document._packed) <= 2 and document._packed_size <= document.PACKED_BYTES
    document.forget_parses()


def test_a_body_read_with_and_without_its_front_matter_is_tokenised_once(monkeypatch):
    """The file (front matter, blank line, body) and the page MkDocs renders (the body alone) share one
    markdown-it reading; each keeps its own line numbers."""
    from policysite import document

    body = "# Tokenised once\n\n## 1. One\n\nText.\n\n## 2. Two\n\n- item\n"
    text = "---\ndate: 2024-03-01\n---\n\n" + body
    read, real = [], document._md.parse
    monkeypatch.setattr(document._md, "parse", lambda src, env=None: read.append(src) or real(src, env))
    whole = document.parse(text, path="docs/fr/index.md", lang="fr")
    page = document.parse(body, path="page", lang="fr")
    assert read == [body]
    assert [s.title for s in page.sections] == [s.title for s in whole.sections] == ["One", "Two"]
    assert [s.line for s in whole.sections] == [7, 11] and [s.line for s in page.sections] == [3, 7]
    assert (whole.title_line, page.title_line) == (5, 1)
    assert document.tokens_and_references(body)[0] and read == [body]  # the link definitions come with that reading


def test_headings_numbered_as_legal_texts_number_them():
    text = ("---\ndate: 2024-01-10\n---\n\n# Politique\n\n## Article 1 – Objet\n\nA.\n\n## Article 2 : Données\n\nB.\n\n"
            "## Section III - Droits\n\nC.\n\n## 4) Contact\n\nD.\n")
    policy = document.parse(text, path="p.md", lang="fr")
    assert [(s.numeral, s.title) for s in policy.sections] == [("1", "Objet"), ("2", "Données"), ("3", "Droits"),
                                                               ("4", "Contact")]
    assert [f.rule for f in policy.problems] == []
    assert document.slugify("Article 2 : Données") == "s2" and document.slugify("Section Cookies") == "section-cookies"
    assert heading_numbers.heading_number("I agree") is None and heading_numbers.heading_number("2024 data") == ("2024", "data")


def test_a_heading_in_a_list_item_starts_a_section_and_the_item_is_none():
    """`1. ## Who we are` (a generator's numbered sections) crashed the parse: the heading opened a section while
    the item was still open in the one before."""
    policy = document.parse("---\ndate: 2023-01-01\n---\n# T\n\n1. ## Who\n\n    Us.\n\n2. ## Rights\n\n    Yours.\n\n"
                            "    1. a\n    2. b\n", path="p.md", lang="en")
    assert [(s.title, [(b.kind, b.text) for b in s.blocks]) for s in policy.sections] == [
        ("Who", [("paragraph", "Us.")]), ("Rights", [("paragraph", "Yours."), ("item", "a"), ("item", "b")])]


def test_what_draws_the_text_again_sees_it_without_inline_tags():
    """The PDF and the JSON export printed `Contract<br>Legal obligation` and `m<sup>2</sup>` as written."""
    from policysite import export, layout

    text = ("---\ndate: 2023-01-01\n---\n# T\n\n## 1. A\n\nm<sup>2</sup> and <abbr title=\"x\">GDPR</abbr>.\n\n"
            "| Purpose | Basis |\n|---|---|\n| Orders | Contract<br>Legal obligation |\n")
    policy = document.parse(text, path="p.md", lang="en")
    drawn = layout.parts(policy.sections[0].blocks)
    assert drawn[0].runs == [("m2 and GDPR.", False, "")]
    assert drawn[1].rows == [("Orders", "Contract Legal obligation")]
    exported = export.policy_json(text.encode(), lang="en", version="2023-01-01", url="https://e.org/", previous=None)
    assert "<br>" not in exported and "<sup>" not in exported and "Contract Legal obligation" in exported


def test_text_written_between_lt_and_gt_is_words_in_the_pdf_the_export_and_the_cells():
    """Security hunt 19, finding 2: `&lt;sauf à nos partenaires&gt;` (or `<…>` in a code span) is shown on the page;
    taking it out as if it were a tag dropped the clause from the PDF, policy.json and the side-by-side page."""
    from policysite import export, layout

    text = ("---\ndate: 2023-01-01\n---\n# T\n\n## 1. A\n\nWe never sell data &lt;except to our partners&gt;.\n\n"
            "You may object `<except for marketing>` by mail.\n\n"
            "| Data | Kept |\n|---|---|\n| Logs | &lt;forever&gt; |\n\n- An item <br>\n  on two &lt;lines&gt;\n")
    policy = document.parse(text, path="p.md", lang="en")
    drawn = layout.parts(policy.sections[0].blocks)
    assert drawn[0].runs == [("We never sell data <except to our partners>.", False, "")]
    assert drawn[1].runs == [("You may object <except for marketing> by mail.", False, "")]
    assert drawn[2].rows == [("Logs", "<forever>")]
    assert document.drawn(policy.sections[0].blocks[-1]) == "An item\non two <lines>"
    exported = export.policy_json(text.encode(), lang="en", version="2023-01-01", url="https://e.org/", previous=None)
    assert "<except to our partners>" in exported and "<forever>" in exported


def test_an_html_block_is_the_text_a_browser_shows_for_every_check():
    """Security hunt 19, finding 1: a line holding only `<span>` opens an HTML block, whose text was kept as written:
    `&#78;&#111;…` was no word for spelling or the brand, `&#8238;` no override for the bidi check."""
    from policysite import editorial, export

    text = ("---\ndate: 2023-01-01\n---\n# T\n\n## 1. A\n\n<span>\n&#78;&#111; &#65;&#99;&#109;&#109;&#101; "
            "<!-- hidden --> &lt;b&gt;\n</span>\n\n<span>\nKept for &#8238;63&#8236; months.\n</span>\n")
    policy = document.parse(text, path="p.md", lang="en")
    blocks = policy.sections[0].blocks
    assert [(b.kind, b.line, b.text) for b in blocks] == [("html", 8, "No Acmme  <b>"),
                                                          ("html", 12, "Kept for \u202e63\u202c months.")]
    assert [f.rule for f in editorial.check(policy, brand="Acme")] == ["editorial.bidi"]
    assert '"text":"No Acmme  <b>"' in export.policy_json(text.encode(), lang="en", version="2023-01-01",
                                                          url="https://e.org/", previous=None)


def test_a_heading_is_drawn_as_the_page_shows_it_and_checked_as_written():
    """Security hunt 19b, finding 1: a heading's inline HTML, `<abbr title="…">`'s words and all, was printed as
    written in the PDF, policy.json, the history, the feed and the redlines."""
    from policysite import editorial, export, pdf

    text = ("---\ndate: 2023-01-01\n---\n# Policy of <abbr title=\"Nous vendosn\">Acme</abbr>\n\n"
            "## 1. Your rights under the <abbr title=\"General Data Protection Regulation\">GDPR</abbr>\n\nA.\n\n"
            "## 2. <img src=x onerror=alert(1)>Contact\n\nB.\n")
    policy = document.parse(text, path="p.md", lang="en")
    assert policy.title == "Policy of Acme" and policy.title_markup.startswith("Policy of <abbr")
    assert [s.title for s in policy.sections] == ["Your rights under the GDPR", "Contact"]
    exported = export.policy_json(text.encode(), lang="en", version="2023-01-01", url="https://e.org/", previous=None)
    assert "<abbr" not in exported and "vendosn" not in exported
    assert "<abbr" not in str(pdf.data(policy, text.encode(), lang="en", url="https://e.org/"))
    assert [f.rule for f in editorial.check(policy, brand="Acme")].count("editorial.html") >= 1  # still judged


def test_a_list_as_a_front_matter_key_is_a_finding_not_a_crash():
    policy = document.parse("---\ndate: 2021-01-01\n? [a]\n: c\n---\n# T\n", path="p.md", lang="en")
    assert [(f.line, f.rule) for f in policy.problems] == [(3, "frontmatter.yaml")]


def test_yaml_nested_too_deep_or_with_a_number_too_long_is_a_finding_not_a_crash():
    """20,000 brackets ended every command with RecursionError, naming no file; a 5,000-digit number with Python's
    ValueError (hunt 10: f_yaml_unnamed_errors)."""
    import yaml

    deep = "---\ndate: 2024-01-15\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n\n# T\n\n## 1. A\n\nB.\n"
    policy = document.parse(deep, path="docs/fr/index.md", lang="fr")
    assert [(f.rule, f.line) for f in policy.problems][:1] == [("frontmatter.yaml", 3)], policy.problems
    assert "nested more than 32 levels deep" in policy.problems[0].message
    with pytest.raises(yaml.YAMLError, match="a number too long to read"):
        yaml.load("- commit: " + "1" * 5001 + "\n", Loader=document.MetaLoader)


def test_a_fenced_block_is_a_block_of_its_section_printed_and_compared_but_not_spelled():
    """Adoption hunt 11, f_code_block_invisible: a contact set as a fenced block was on the page but not in the
    PDF, policy.json or the redline: changing the controller's e-mail was "the same text"."""
    from policysite import spelling
    text = ("---\ndate: 2024-03-01\n---\n\n# Privacy\n\n## 1. Contact\n\nWrite to:\n\n```text\nJonah Aragon\n"
            "Services Administrator\njonah@example.org\n```\n\n    indented Qwzx\n\n## 2. Data\n\nWe keep data.\n")
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    blocks = [(b.kind, b.line, b.text) for b in policy.sections[0].blocks]
    assert blocks == [("paragraph", 9, "Write to:"),
                      ("code", 11, "Jonah Aragon\nServices Administrator\njonah@example.org"),
                      ("code", 17, "indented Qwzx")]
    assert spelling.check(policy, words=frozenset()) == []


def test_a_paragraph_of_thousands_of_brackets_is_named_before_the_renderer_sees_it():
    """Security hunt 11, f_dos_brackets: 60,000 `[` kept `policy check` and `history` busy for hours."""
    from policysite import rendering
    text = ("---\ndate: 2024-03-01\n---\n\n# Privacy\n\n## 1. Data\n\nWe keep [data](https://example.org).\n\n"
            + "[" * 30000 + "\n")
    found = rendering.check(text, path="docs/en/index.md", lang="en")
    assert [(f.line, f.rule) for f in found] == [(11, rendering.RULE)]
    assert "30,000 “[”, “(” or “<” that close nothing in one paragraph" in found[0].message
    assert rendering.too_deep("A [link](x) and <b>bold</b>.\n\n" * 50) == []
    # regression hunt 12, f_table_many_links: a table of 2,000 links closes every bracket and renders at once
    assert rendering.too_deep("| Vendor | Link |\n|---|---|\n" + "| A | [a](https://a.example/) |\n" * 2000) == []
    # security hunt 12: nested brackets, backticks (f_dos_backticks)
    assert len(rendering.too_deep("[" * 3000 + "]" * 3000)) == 1
    assert len(rendering.too_deep("``a`" * 30000)) == 1


def test_a_character_reference_of_thousands_of_digits_is_a_finding_at_its_line_not_a_crash():
    """Security hunt 11, f_unnamed_errors: Python's int() limit ended the check with an error naming no file."""
    from policysite import editorial, rendering
    text = f"---\ndate: 2024-03-01\n---\n\n# Privacy\n\n## 1. Data\n\nWe keep &#{'9' * 5000}; data.\n"
    assert [f.line for f in rendering.check(text, path="docs/en/index.md", lang="en")] == [9]
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    assert editorial.check(policy, brand="Acme") == []



def test_markdown_in_a_front_matter_value_shown_as_written_is_a_finding():
    """History hunt 13, f_low_summary_markdown_raw: `summary: … *prudence* (voir [§1](#s1))` was shown, marks and all,
    on the version's page, the history and the feed."""
    def markup(summary: str) -> list[tuple[int, str]]:
        text = f'---\ndate: 2024-01-01\nsummary: "{summary}"\n---\n\n# T\n\n## 1. Un\n\nTexte.\n'
        return [(f.line, f.rule) for f in document.parse(text, path="p.md", lang="fr").problems
                if f.rule == "frontmatter.markup"]

    assert markup("Nous traitons vos données avec *prudence* (voir [§1](#s1)).") == [(3, "frontmatter.markup")]
    assert markup("Les données **sensibles**.") == [(3, "frontmatter.markup")]
    assert markup("Conservées 3 * 2 ans, au plus ; le fichier journal_acces.") == []
    # safety hunt 39: an HTML tag is shown as written too, on the page, the history, the changes page and the feed
    assert markup("Les données <b>sensibles</b>.") == [(3, "frontmatter.markup")]
    assert markup("Les moins de 16 ans < adultes, 3 > 2.") == []


@pytest.mark.parametrize("markdown", ["Plain words, **bold** and [a link](https://example.com/x).",
                                      "**Whole run bold**", "[**both**](https://example.com/)",
                                      "Text<br>after a break **ending bold**", "a ** b", "<b></b>"])
def test_a_runs_text_and_marks_are_the_same_with_nothing_to_trim_as_trimmed_character_by_character(markdown):
    """The run's marks (bold, links) on its characters: the path that trims nothing (most runs) gives what
    trimming character by character gives (`kept`, every character kept), empty marks left out."""
    run = next(t for t in document._tokens(markdown + "\n") if t.type == "inline")
    text, marks = inline.marked(run.children)
    assert text == text.strip()
    assert (text, marks) == inline.kept(text, marks, [True] * len(text))
    assert all(end > start for start, end, _kind, _target in marks)
    if "**" in markdown and markdown != "a ** b":
        assert any(kind == "strong" for _s, _e, kind, _t in marks), marks


def test_an_imported_text_loses_the_characters_that_draw_nothing_in_a_run(tmp_path):
    """Safety hunt 35: an old page's run of zero-width spaces (a copy's artefact) or tag characters was imported as
    it was, and refused at publication (text.control)."""
    from policysite import importer
    from policysite.convert.notes import Notes

    notes = Notes()
    assert importer._without_controls("We keep\u200b\u200b\u200b your data.\n\nx\U000e0041\U000e0042 y.", notes) == \
        "We keep your data.\n\nx y."
    assert any("removed characters that draw nothing" in message for message in notes.messages())


def test_a_merge_conflict_committed_is_found_at_its_markers():
    """Safety hunt 35: both sides of a conflict (three years, ten years) were published with git's markers, once the
    legal team had listed `HEAD` in the word list as the spelling check asked; a title underlined `=======` is fine."""
    text = ("---\ndate: 2024-01-10\n---\n\n# T\n\n## 1. Un\n\n<<<<<<< HEAD\n\nTrois ans.\n\n=======\n\nDix ans.\n\n"
            ">>>>>>> main\n")
    assert [(f.line, f.rule) for f in document.parse(text, path="p.md", lang="fr").problems] == [
        (9, "text.conflict"), (13, "text.conflict"), (17, "text.conflict")]
    titled = "---\ndate: 2024-01-10\n---\n\nTitre\n=======\n\n## 1. Un\n\nTexte.\n"
    assert [f for f in document.parse(titled, path="p.md", lang="fr").problems if f.rule == "text.conflict"] == []


def test_a_pages_body_is_its_text_without_front_matter_whatever_its_line_ends():
    """One reading of "the text without its date", for the import's skipping, the gate's and publish's comparisons:
    the import sliced the page as written at the offset of its normalised front matter (a CRLF page lost characters)."""
    lf = "---\ndate: 2021-02-17\nsummary: x\n---\n\n# Policy\n\nText.\n"
    assert document.body(lf) == "\n# Policy\n\nText.\n"
    assert document.body("\ufeff" + lf.replace("\n", "\r\n")) == document.body(lf)
    assert document.body("# Policy\n") == "# Policy\n"


@pytest.mark.parametrize(("title", "slug"), [
    ("İletişim Bilgileri", "iletişim-bilgileri"),  # Turkish İ: i, not i + a combining dot above
    ("KİŞİSEL VERİLERİN İŞLENMESİ", "kişisel-verilerin-işlenmesi"),
    ("Açık rıza", "açık-rıza"),  # dotless ı stays a letter of its own
    ("गोपनीयता नीति", "गोपनीयता-नीति"),  # Hindi: vowel signs are part of the word
    ("ข้อมูลส่วนบุคคล", "ข้อมูลส่วนบุคคล"),  # Thai
    ("தனியுரிமைக் கொள்கை", "தனியுரிமைக்-கொள்கை"),  # Tamil
    ("ব্যক্তিগত তথ্য", "ব্যক্তিগত-তথ্য"),  # Bengali
    ("Cafe\u0301 et donne\u0301es", "café-et-données"),  # typed decomposed: the same id as composed
    ("Politique de confidentialité", "politique-de-confidentialité"),
    ("Qui sommes-nous ?", "qui-sommes-nous"),
])
def test_a_titles_id_keeps_its_words_whole_in_every_script(title, slug):
    assert document.slugify(title) == slug
    assert document.parse(f"---\ndate: 2024-05-01\n---\n# T\n\n## {title}\n\nA.\n", path="p.md",
                          lang="xx").sections[0].anchor == slug


def test_front_matter_yaml_a_legal_team_writes_wrong_is_told_how_to_write_it_on_its_line():
    """Words 25: a summary holding ": " ("Nous conservons : dix ans") said "front matter is not valid YAML: mapping
    values are not allowed here", and `title: [Politique` was placed on the closing --- line: YAML's words, not what to
    do, nor where."""
    said = {}
    for value in ("summary: Nous conservons: dix ans.", "title: [Politique"):
        policy = document.parse(f"---\ndate: 2024-01-01\n{value}\n---\n# T\n\n## 1. A\n\nB.\n", path="p.md", lang="fr")
        said[value] = [(f.line, f.message) for f in policy.problems if f.rule == "frontmatter.yaml"]
    advice = ("a value holding “: ” or “ #”, or starting with [ { \" ' * & ! | > % @ `, is written between double quotes "
              "(summary: \"…\", a quote inside as \\\")")
    assert said == {
        "summary: Nous conservons: dix ans.": [
            (3, f"the front matter cannot be read (a field's value (after “: ”) is not allowed here): {advice}")],
        "title: [Politique": [(3, f"the front matter cannot be read (expected “,” or “]”, found the end of the text): {advice}")]}


def test_a_misspelt_front_matter_key_is_named_as_meant_not_to_be_removed():
    """Words 25: `sumary: Nous conservons …` was told "remove it", which loses the summary; `Date:` too."""
    said = []
    for key in ("sumary", "Summary", "anounced", "template"):
        policy = document.parse(f"---\ndate: 2024-01-01\n{key}: x\n---\n# T\n\n## 1. A\n\nB.\n", path="p.md", lang="fr")
        said += [f.message.rpartition(": ")[2] for f in policy.problems if f.rule == "frontmatter.key"]
    assert said == ["write it summary:", "write it summary:", "write it announced:", "remove it"]


def test_a_text_without_a_character_of_a_hidden_run_is_not_searched_and_said_the_same():
    """hidden_run is asked of every block and heading: a text holding none of the characters its pattern matches
    (nearly all) is not searched, a character at a time, for none; each of them still begins a run where it did."""
    from policysite import characters

    for char in sorted(characters._HIDDEN_CHARS):
        for text in (f"ab{char * 3}cd", f"x{char}y", f"{char}\U000e0067\U000e0062\U000e007f", f"\U0001f3f4{char * 2}"):
            found, kept = characters.hidden_run(text), next(iter(characters._HIDDEN.finditer(text)), None)
            assert (found and found.span()) == (kept and kept.span()) or text.startswith("\U0001f3f4"), ascii(text)
    assert characters.hidden_run("Données personnelles « traitées » — l’œuvre, 🏴 ✅") is None
    assert characters.hidden_run("a\u200b\u200b\u200bb").span() == (1, 4)


@pytest.mark.parametrize("claimed", ["## 2.1 Retention {#s1}", "## 2.1 Retention { #s1 }", "## 2.1 Retention {: #s1 }"])
def test_an_explicit_id_that_is_another_sections_number_is_refused(claimed):
    """Safety hunt 47: `### 2.1 Retention {#s1}` took §1's id (its number's: `#s1` is §1 in every language and
    version), §1 silently becoming `s1_1`: every link to §1 (another version's, the translation's, a changes page's)
    landed on §2.1, and the version list went under it. The explicit id is refused, naming its heading; an explicit id
    that is its own number's, or no number's, passes."""
    text = ("---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Who\n\nText.\n\n## 2. Data\n\nText.\n\n"
            f"#{claimed}\n\nText.\n")
    problems = document.parse(text, path="docs/xx/index.md", lang="xx").problems
    assert [(f.rule, f.line) for f in problems] == [("structure.id-repeated", 15)], problems
    assert "§2.1" in problems[0].message and "“s1”" in problems[0].message
    for fine in ("### 2.1 Retention {#s2-1}", "### 2.1 Retention {#retention}"):
        text = "---\ndate: 2024-05-01\n---\n\n# Policy\n\n## 1. Who\n\nText.\n\n## 2. Data\n\nText.\n\n" + fine + "\n\nT.\n"
        assert document.parse(text, path="docs/xx/index.md", lang="xx").problems == []


def test_controls_read_from_a_texts_distinct_characters_find_what_a_line_by_line_reading_finds():
    """`characters.controls` decides from a text's distinct characters whether to read it line by line: on texts
    holding controls, noncharacters, surrogates, invisible runs, a flag's tags, stray variation selectors and
    zero-width characters, and references to controls, among plain words, it finds every finding the reading of
    every line finds, and none where that finds none."""
    import random

    from policysite import characters

    pool = ["Les données", " ", "\n", "é", "’", "a", "\x07", "\x1b", "\x85", "\ufdd0", "\ufffe", "\U0001fffe",
            "\ud800", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufe0f", "\U000e0100",
            "\U0001f3f4", "\U000e0067", "\U000e0062", "\U000e007f", "&#12;", "&#x1b;", "&#65;", "&#", "😀", "ก", "\t"]
    rng = random.Random(28)
    texts = ["", "plain words\nand lines", "\U0001f3f4\U000e0067\U000e0062\U000e007f a flag"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    flagged = 0
    for text in texts:
        expected = characters._controls_by_line(text, "p.md")
        assert characters.controls(text, "p.md") == expected, repr(text)
        flagged += bool(expected)
    assert 0 < flagged < len(texts)  # both kinds of text were tried


def test_conflict_markers_are_found_by_the_shortcut_as_by_every_line():
    from policysite import characters

    text = "# Title\n\n<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> branch\n"
    assert [f.line for f in characters.conflicts(text, "p.md")] == [3, 5, 7]
    assert characters.conflicts("# Title\n\n=======\n\nsome <<<<<< text >>>>>>\n", "p.md") == []
    assert [f.line for f in characters.conflicts("a\n||||||| base\n", "p.md")] == [2]


def test_an_attribute_list_on_a_paragraphs_last_line_is_no_word_of_the_text():
    """Adoption 28: Mozilla gives its paragraphs ids on the line under them (`…or opt out of studies.` over
    `{: #telemetry }`); the page never shows it (attr_list makes it the paragraph's id), but the model kept it as
    words, so the PDF, policy.json and the redline printed "{: #telemetry }". An item's too; on the paragraph's own
    line it is text, as the page shows it."""
    policy = document.parse("---\ndate: 2024-01-01\n---\n# Notice\n\n## Telemetry\n\nRead the [documentation]"
                            "(https://example.com/docs). Opt out.\n{: #telemetry }\n\n- An item.\n{: .note }\n\n"
                            "Shown {: #on-the-line }\n", path="docs/en/index.md", lang="en")
    blocks = policy.sections[0].blocks
    assert [(b.kind, b.text, b.shown) for b in blocks] == [
        ("paragraph", "Read the documentation. Opt out.", "Read the documentation. Opt out."),
        ("item", "An item.", "An item."), ("paragraph", "Shown {: #on-the-line }", "Shown {: #on-the-line }")]
    assert blocks[0].links == ("https://example.com/docs",)


def test_a_text_parsed_by_a_command_is_read_back_by_the_next_and_parsed_again_by_other_code(tmp_path, monkeypatch):
    """A warm rebuild and the daily `policy verify` parse every version's texts again: inside `parses_kept_in`, each
    text's Policy is kept in the git folder and read back equal by the next command; another text, or other code
    (findingcache.checks_digest), is parsed."""
    from policysite import findingcache

    texts = [synthetic_policy(f"2030-01-{n + 1:02d}", title=f"Synthetic policy {n}") for n in range(3)]
    fresh = [document._parse(text, path="p", lang="fr") for text in texts]
    kept = tmp_path / "git" / "policysite" / "parsed"
    (tmp_path / "git").mkdir()
    document.forget_parses()
    with document.parses_kept_in(kept):
        assert document.parse(texts[0], path="p", lang="fr") == fresh[0]
        assert document.parse(texts[1], path="p", lang="fr") == fresh[1]
    assert len(list(kept.iterdir())) == 2
    document.forget_parses()  # as a new process
    calls, real = [], document._parse
    monkeypatch.setattr(document, "_parse", lambda text, **k: calls.append(text) or real(text, **k))
    with document.parses_kept_in(kept):
        assert [document.parse(text, path="p", lang="fr") for text in texts] == fresh
        assert calls == [texts[2]]  # the two kept are read back, the other one parsed
        document.forget_parses()
        monkeypatch.setattr(findingcache, "checks_digest", lambda: "another generator")
        assert document.parse(texts[0], path="p", lang="fr") == fresh[0]
        assert calls == [texts[2], texts[0]]
    document.forget_parses()
    assert document.parse(texts[1], path="p", lang="fr") == fresh[1]  # no folder: parsed, nothing kept
    assert calls == [texts[2], texts[0], texts[1]] and len(list(kept.iterdir())) == 4
    document.forget_parses()


def test_a_kept_parse_cut_short_or_not_a_policy_is_parsed_again_and_only_the_newest_are_kept(tmp_path, monkeypatch):
    import hashlib
    import pickle
    import zlib

    from policysite import keptfiles

    text = synthetic_policy()
    fresh = document._parse(text, path="p", lang="fr")
    kept = tmp_path / "parsed"
    document.forget_parses()
    with document.parses_kept_in(kept):
        document.parse(text, path="p", lang="fr")
        (path,) = kept.iterdir()
        whole = path.read_bytes()
        other = zlib.compress(pickle.dumps(["not", "a", "policy"]))
        for written in (whole[:-10], b"", whole[:32] + b"x" * 10, hashlib.sha256(other).digest() + other):
            path.write_bytes(written)
            document.forget_parses()
            assert document.parse(text, path="p", lang="fr") == fresh, written[:40]
            assert path.read_bytes() == whole  # written anew
    gone = tmp_path / "no-git-folder" / "policysite" / "parsed"
    document.forget_parses()
    with document.parses_kept_in(gone):
        assert document.parse(text, path="p", lang="fr") == fresh
    assert not gone.parent.exists()
    monkeypatch.setattr(document, "KEPT_PARSES", 2)
    with document.parses_kept_in(kept):
        for n in range(3):
            document.parse(synthetic_policy(f"2030-02-{n + 1:02d}"), path="p", lang="fr")
        monkeypatch.setattr(keptfiles, "_PRUNED", set())  # the next command's first: only the newest kept
        document.parse(synthetic_policy("2030-03-01"), path="p", lang="fr")
    assert len(list(kept.iterdir())) == 2
    document.forget_parses()
