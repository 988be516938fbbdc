"""Reader23, session 52: a site in two languages of long names (Portuguese of Brazil authoritative, Indonesian its
translation), read on a 320 px phone with the text at 200 %, and reached by links naming a section by its title's slug.
Three synthetic versions; the third inserts a section before §2 (every later section renumbered) and renames §2 (Data,
now §3)."""
from __future__ import annotations

from collections.abc import Sequence

import pytest
from reader import go, settled

from policy_repo import Served, published_in_languages

LANGS = ("pt-BR", "id")
DATES = ("2022-02-01", "2023-04-12", "2024-09-30")
WORDS = {
    "pt-BR": {"title": "Política de privacidade", "text": "Guardamos os seus dados",
              "sections": ("Finalidade", "Dados", "Cookies", "Seus direitos"), "inserted": "Encarregado",
              "renamed": "Dados pessoais"},
    "id": {"title": "Kebijakan privasi", "text": "Kami menyimpan data Anda",
           "sections": ("Tujuan", "Data", "Kuki", "Hak Anda"), "inserted": "Petugas", "renamed": "Data pribadi"},
}


def policy_page(lang: str, n: int) -> str:
    """Version `n` of one language's text: in the third version, a section inserted before §2, and §2 renamed."""
    w = WORDS[lang]
    titles = [(t, t) for t in w["sections"]]
    if n == 2:
        titles[1] = (titles[1][0], w["renamed"])
        titles.insert(1, (w["inserted"], w["inserted"]))
    # each section's paragraphs its own words (its first title's), which the differ follows under another number
    body = "".join(f"## {k}. {t}\n\n" + "".join(f"{w['text']}: " + " ".join(f"{first}{m}{j}" for j in range(6))
                                                + ".\n\n" for m in range(10))
                   for k, (first, t) in enumerate(titles, start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {w['title']}\n\n{body}"


@pytest.fixture(scope="module")
def long_named(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader23")
    return Served(base=serve(published_in_languages(folder, LANGS, DATES, policy_page)), project=folder / "site")


LARGE_TEXT = {"fontSizes": {"standard": 32, "fixed": 26}}  # Chromium's own text size, as a reader sets it: 200 %
BOX = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; }"
# Each entry's words: wider than their box (a word cut off) or running past it
CLIPPED = """es => es.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.trim())"""


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_320_px_phone_at_200_percent_the_language_menu_shows_each_name_whole(new_context, long_named, lang):
    """At 320 CSS px with the text at 200 % (WCAG 1.4.10, 1.4.4), the language menu opened from its button holds
    "Português (Brasil)", "Indonesia" and the two side by side whole, within the screen: no word cut, no sideways scroll."""
    page = new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", LARGE_TEXT)
    go(page, long_named.url(f"/{lang}/latest/"))
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "text not enlarged"
    page.locator(".md-header .md-select").first.tap()
    links = page.locator(".md-header .md-select__link")
    links.last.wait_for(state="visible")
    settled(page)
    shown = page.locator(".md-header .md-select__inner").first.evaluate(BOX)
    names = links.all_inner_texts()
    assert len(names) >= 2, names
    assert 0 <= shown[0] and shown[1] <= 320 and shown[3] <= 640, (shown, names)
    assert page.evaluate("document.documentElement.scrollWidth") == 320
    assert links.evaluate_all(CLIPPED) == []
    # each link's words inside the menu's box, each word on one line (no letters of a word over two lines)
    boxes = links.evaluate_all("es => es.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })")
    assert all(shown[0] - 1 <= left and right <= shown[1] + 1 for left, right in boxes), (boxes, shown)
    words = page.locator(".md-header .md-select__list").first.evaluate("""list => {
        const out = [];
        for (const link of list.querySelectorAll('.md-select__link')) {
            const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                for (const m of node.data.matchAll(/\\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                    const rows = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    if (rows.size > 1) out.push(m[0]);
                }
            }
        }
        return out;
    }""")
    assert words == [], (words, names)
    # the last entry reached in the menu, which scrolls, not the page
    links.last.evaluate("e => e.scrollIntoView({block: 'nearest'})")
    settled(page)
    last = links.last.evaluate(BOX)
    assert shown[2] - 1 <= last[2] and last[3] <= 640, (last, shown)



MISSING = ".md-content .policy-missing"
LANDED = "id => document.getElementById(id).getBoundingClientRect().top"


@pytest.mark.parametrize("script", [True, False], ids=["scripted", "unscripted"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_link_naming_a_section_by_its_title_s_slug_in_any_language_or_version_lands_on_it(new_context, long_named,
                                                                                           lang, script):
    """What other sites and mails link is a slug of a section's title, in the language their writer read: `#seus-
    direitos`, `#hak-anda` on either language's page of the text in force (where the section is §5, `#s5`) said "the
    section this link points to does not exist in this version" at the text's top. Each lands on its section, the old
    title's slug of a section renamed since (`#dados`, now "3. Dados pessoais") too, with or without scripts; a slug
    no section ever had still says it is missing."""
    page = new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=script).new_page()
    slugs = {"seus-direitos": "s5", "hak-anda": "s5", "dados": "s3", "data": "s3", "data-pribadi": "s3",
             "encarregado": "s2", "kuki": "s4", "finalidade": "s1"}
    visit = go if script else lambda page, url: page.goto(url)
    for slug, section in slugs.items():
        visit(page, long_named.url(f"/{lang}/latest/#{slug}"))
        if script:
            settled(page)
            assert not page.locator(MISSING).is_visible(), slug
        assert page.evaluate("scrollY") > 0, slug
        assert -2 <= page.evaluate(LANDED, section) < 400, (slug, section, page.evaluate(LANDED, section))
    if script:
        go(page, long_named.url(f"/{lang}/latest/#no-such-section"))
        page.locator(MISSING).wait_for(state="visible")
    # the first version's page knows its sections by its titles in both languages (its Dados is §2 there)
    visit(page, long_named.url(f"/{lang}/{DATES[0]}/#hak-anda"))
    assert -2 <= page.evaluate(LANDED, "s4") < 400


LONG = {"fr": ("Politique de confidentialité", "Nous traitons", ("Objet", "Responsable du traitement", "Données collectées",
                                                                 "Finalités", "Bases légales", "Destinataires",
                                                                 "Transferts hors de l’Union européenne",
                                                                 "Durées de conservation", "Sécurité", "Cookies et traceurs",
                                                                 "Vos droits et comment les exercer", "Nous contacter")),
        "en": ("Privacy policy", "We process", ("Purpose", "Controller", "Data we collect", "Purposes", "Legal bases",
                                                "Recipients", "Transfers outside the European Union", "Retention periods",
                                                "Security", "Cookies and trackers", "Your rights and how to exercise them",
                                                "Contact us"))}


def numbered_page(title: str, text: str, sections: Sequence[str], date: str, *, paragraphs: int = 4) -> str:
    """A policy of the numbered `sections`, each `paragraphs` paragraphs of its own words after `text`."""
    body = "".join(f"## {k}. {t}\n\n" + "".join(f"{text} {k}.{m}: " + " ".join(f"w{k}x{m}y{j}" for j in range(12))
                                                 + ".\n\n" for m in range(paragraphs))
                   for k, t in enumerate(sections, start=1))
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}"


def long_page(lang: str, n: int) -> str:
    """A policy of twelve sections, each a few paragraphs of its own words."""
    title, text, sections = LONG[lang]
    return numbered_page(title, text, sections, DATES[n])


@pytest.fixture(scope="module")
def twelve(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader23-long")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES[:1], long_page)), project=folder / "site")


TOC = ".md-sidebar--secondary"
A4 = {"width": 794, "height": 1123}  # the paper's width at 96 px an inch


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_long_policy_printed_starts_with_its_contents_each_title_whole(new_context, twelve, lang):
    """Printed, a policy of twelve sections had no table of contents: the reader of paper leafed through it. Its
    contents come first, headed in the page's language, listing every section in order, each title whole (not cut by an
    ellipsis) within the paper's width, before the text; on screen the page is as it was."""
    page = new_context(viewport=A4).new_page()
    go(page, twelve.url(f"/{lang}/latest/"))
    page.emulate_media(media="print")
    settled(page)
    toc = page.locator(TOC)
    assert toc.is_visible()
    headings = [h.removesuffix("¶").strip() for h in page.locator(".md-content h2").all_inner_texts()]
    links = toc.locator(".md-nav__link")
    assert [t.strip() for t in links.all_inner_texts()] == headings and len(headings) == 12
    assert links.evaluate_all("es => es.filter(e => { const s = e.querySelector('.md-ellipsis') || e;"
                              " return s.scrollWidth > s.clientWidth + 1; }).map(e => e.textContent.trim())") == []
    box = toc.evaluate(BOX)
    assert 0 <= box[0] and box[1] <= A4["width"], box
    # across the paper, as the text is: its title and each entry on one line (Material's sidebar was 12rem wide)
    lines = toc.locator(".md-nav__title, .md-nav__link").evaluate_all(
        "es => es.map(e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))")
    assert max(lines) < 1.9, lines
    assert box[3] <= page.locator(".md-content h1").evaluate(BOX)[2]  # before the text, its title included
    assert toc.locator(".md-nav__title").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= A4["width"]
    page.emulate_media(media="screen")  # on a screen this wide, Material's own place for it: none (beside, hidden)
    settled(page)
    assert page.locator(".md-content h1").evaluate(BOX)[2] < 400


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_policy_printed_has_no_table_of_contents(new_context, long_named, lang):
    """Five sections fit on a page or two: printed, no table of contents stands before them."""
    page = new_context(viewport=A4).new_page()
    go(page, long_named.url(f"/{lang}/latest/"))
    page.emulate_media(media="print")
    settled(page)
    assert not page.locator(TOC).is_visible()
    assert page.locator(".md-content h2").count() == 5


