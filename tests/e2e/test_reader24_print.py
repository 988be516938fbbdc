"""Reader24, session 53: a long policy printed (25 sections), and a Japanese one with readings over its words (ruby)."""
from __future__ import annotations

import pytest
from reader import go, settled
from test_reader13 import _printed_pages
from test_reader23 import A4, TOC, numbered_page

from policy_repo import Served, published_in_languages

DATES = ("2023-03-01", "2024-05-20")
TITLES = {"fr": ("Politique de confidentialité", "Nous traitons", "Section {k} : {word}"),
          "en": ("Privacy policy", "We process", "Section {k}: {word}")}
WORDS = ("objet", "responsable", "données", "finalités", "bases", "destinataires", "transferts", "durées", "sécurité",
         "cookies", "droits", "réclamation", "mineurs", "profilage", "sous-traitants", "violations", "registre",
         "délégué", "prospection", "statistiques", "archives", "modifications", "langues", "litiges", "contact")


def long_page(lang: str, n: int) -> str:
    """A policy of twenty-five sections, each a few paragraphs of its own words."""
    title, text, heading = TITLES[lang]
    return numbered_page(title, text, [heading.format(k=k, word=w) for k, w in enumerate(WORDS, start=1)], DATES[n],
                         paragraphs=3)


@pytest.fixture(scope="module")
def long_site(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader24-long")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES[:1], long_page)), project=folder / "site")


CONTENTS = {"fr": "Table des matières", "en": "Table of contents"}


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_policy_of_25_sections_printed_lists_them_all_and_its_text_follows_on_the_same_page(new_context, long_site,
                                                                                             tmp_path, lang):
    """Printed on A4, a policy of twenty-five sections started with a page of nothing but its contents (a page break
    after them): a sheet that said neither the text's title, its version nor its address, filed or photocopied alone.
    The contents list every section in order, each title readable (no smaller than 9 pt), and the text follows them on
    the same sheet: its print line (version, address, day read) and its title under them."""
    page = new_context(viewport=A4).new_page()
    go(page, long_site.url(f"/{lang}/latest/"))
    page.emulate_media(media="print")
    settled(page)
    sizes = page.locator(TOC + " .md-nav__link").evaluate_all("es => es.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert len(sizes) == 25 and min(sizes) >= 12, sizes  # 9 pt
    printed = _printed_pages(page, tmp_path, "A4")
    titles = [TITLES[lang][2].format(k=k, word=w) for k, w in enumerate(WORDS, start=1)]
    first = [" ".join(line.split()) for line in printed[0].splitlines() if line.strip()]
    listed = [line for line in first if any(line == f"{k}. {t}" for k, t in enumerate(titles, start=1))]
    assert listed == [f"{k}. {t}" for k, t in enumerate(titles, start=1)], first
    assert first[0] == CONTENTS[lang], first[:3]
    after = first[first.index(listed[-1]) + 1:]
    # the text's print line (its version's address) and its title on the contents' sheet
    assert any(f"/{lang}/{DATES[0]}/" in line for line in after) and TITLES[lang][0] in after, after


JA_DATES = ("2024-04-01", "2024-09-01")


def ruby_page(lang: str, n: int) -> str:
    """A Japanese text whose words carry their readings (furigana), the second version with one word changed; its
    English translation."""
    if lang == "en":
        return (f"---\ndate: {JA_DATES[n]}\n---\n\n# Privacy policy\n\n## 1. Purpose\n\n"
                f"We {'deeply ' if n else ''}value your personal information.\n\n## 2. Rights\n\nYou may ask for it.\n")
    return (f"---\ndate: {JA_DATES[n]}\n---\n\n# プライバシーポリシー\n\n## 1. <ruby>目的<rt>もくてき</rt></ruby>\n\n"
            f"当社は<ruby>個人情報<rt>こじんじょうほう</rt></ruby>を大切に{'扱い' if n else 'し'}ます。\n\n"
            "## 2. 権利\n\n<ruby>開示<rt>かいじ</rt></ruby>を求めることができます。\n")


@pytest.fixture(scope="module")
def with_readings(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader24-ruby")
    return Served(base=serve(published_in_languages(folder, ("ja", "en"), JA_DATES, ruby_page)),
                  project=folder / "site")


# Each reading's box and its base's: [left, right, top, bottom, font size]
READINGS = """() => [...document.querySelectorAll('.md-content ruby')].map(ruby => {
    const rt = ruby.querySelector('rt'), range = document.createRange();
    range.setStart(ruby.firstChild, 0); range.setEnd(ruby.firstChild, ruby.firstChild.length);
    const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; };
    return {base: [...box(range), parseFloat(getComputedStyle(ruby).fontSize)],
            reading: [...box(rt), parseFloat(getComputedStyle(rt).fontSize)], shown: rt.checkVisibility()};
})"""


@pytest.mark.parametrize("media", ["screen", "print"])
def test_a_japanese_policy_shows_and_prints_each_reading_over_its_words(new_context, with_readings, media):
    """A Japanese policy giving the readings of its words (`<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`, furigana)
    was refused by the check (<ruby> and <rt> not on the HTML allow-list, "write Markdown instead": Markdown has none).
    On the screen and on paper each reading stands over its words, smaller, within the page's width."""
    page = new_context(viewport=A4).new_page()
    go(page, with_readings.url("/ja/latest/"))
    page.emulate_media(media=media)
    settled(page)
    readings = page.evaluate(READINGS)
    assert len(readings) == 3, readings
    for one in readings:
        base, reading = one["base"], one["reading"]
        assert one["shown"] and reading[4] < base[4], one
        # over it: above its words' middle, starting above them, across them
        assert reading[2] < base[2] and reading[3] <= (base[2] + base[3]) / 2 and reading[0] < base[1] \
            and base[0] < reading[1], one
        assert 0 <= reading[0] and reading[1] <= A4["width"], one
    assert page.evaluate("document.documentElement.scrollWidth") <= A4["width"]


def test_the_changes_page_reads_a_reading_in_brackets_after_its_words(new_context, with_readings):
    """Where the text is drawn on one line (the changes page, as the PDF and policy.json), a reading follows its words
    in brackets, as a browser without ruby draws it: the changes page read "個人情報こじんじょうほう", one word."""
    page = new_context(viewport=A4).new_page()
    go(page, with_readings.url(f"/ja/{JA_DATES[1]}/changes/"))
    text = " ".join(page.locator(".md-content .redline-block").all_inner_texts())
    assert "個人情報（こじんじょうほう）を大切に" in text, text


def test_a_heading_s_reading_is_in_brackets_in_the_table_of_contents(new_context, with_readings):
    """Material's table of contents (the sidebar, the printed contents) gave a heading's words and its reading glued,
    "1. 目的もくてき", as Python-Markdown strips the tags: the reading follows in brackets, as the text reads it."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, with_readings.url("/ja/latest/"))
    entries = page.locator(TOC + " .md-nav__link").evaluate_all("es => es.map(e => e.textContent.trim())")
    assert entries[:2] == ["1. 目的（もくてき）", "2. 権利"], entries
