"""Reader30, session 57: at 320 CSS px, the page's title the header shows once the page is scrolled was clamped to the
lines the header held for the site's name: the side-by-side page's "Version of May 20, 2024: the authoritative text
and its translation side by side" ended "the authoritative text…" (three lines of five). The title and the name share
the header's one cell: the header is as high as the taller, the title read whole, in the header, nothing wider than
the screen; the page's own title, shorter than the name, leaves the header as it was."""
from __future__ import annotations

import pytest
from reader import go, settled
from test_reader27_links import TEXTS

from policy_repo import Served, published_in_languages

DATES = ("2021-03-01", "2024-05-20")


def two_versions(lang: str, n: int) -> str:
    title, headings, words, reworded = TEXTS[lang]
    words = ((reworded,) if n else words[:1]) + words[1:]
    body = "".join(f"## {k}. {h}\n\n" + "\n\n".join([w] * 12) + "\n\n"
                   for k, (h, w) in enumerate(zip(headings, words), start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n{body}"


@pytest.fixture(scope="module")
def two(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader30-header")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES, two_versions)),
                  project=folder / "site")


WHOLE = """e => { const r = e.getBoundingClientRect(), h = document.querySelector('.md-header').getBoundingClientRect();
  return {clipped: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1,
          inside: r.top >= h.top - 0.5 && r.bottom <= h.bottom + 0.5, text: e.textContent.trim(),
          h1: document.querySelector('.md-content h1').textContent.trim()}; }"""


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("path", ["/en/latest/side-by-side/", "/fr/2024-05-20/changes/", "/en/latest/"])
def test_the_scrolled_pages_title_is_read_whole_in_the_header_at_320_px(new_context, two, path, large):
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    if large:  # the browser's text at 200 % (WCAG 1.4.4 with 1.4.10)
        page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(page, two.url(path))
    settled(page)
    page.evaluate("window.scrollTo(0, 3000)")
    page.wait_for_selector(".md-header__title--active")
    settled(page)
    said = page.locator(".md-header__topic + .md-header__topic .md-ellipsis").evaluate(WHOLE)
    if page.evaluate("getComputedStyle(document.querySelector('.md-header__topic + .md-header__topic')).visibility")\
            == "hidden":  # a title taller than the name and version stays out of the header (reader31), which keeps them
        assert path.endswith("/side-by-side/"), path
        page.close()
        return
    assert said["text"] and not said["clipped"] and said["inside"], said
    assert " ".join(said["text"].split()) in " ".join(said["h1"].split()) or path == "/en/latest/", said
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_title_leaves_the_header_as_high_as_the_name(new_context, two, lang):
    """The policy page's title, the document's name, is shorter than the site's name and version above it: the header
    is as high as they are, its title centred in it."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    go(page, two.url(f"/{lang}/latest/"))
    settled(page)
    name, title, cell = page.evaluate("""() => ['.md-header__topic:first-child',
        '.md-header__topic + .md-header__topic > .md-ellipsis', '.md-header__ellipsis']
        .map(s => document.querySelector(s).getBoundingClientRect().height)""")
    assert title < name and abs(cell - name) < 1, (name, title, cell)
    page.close()
