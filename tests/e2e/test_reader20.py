"""Reader20, session 45: the reader's page in every language. A changes page names a numbered section in its
language's words (`Madde 3`, `סעיף 3`, `البند 3`, `第3條`: the redline's `section`), which the version selector read as
part of the section's title: from a Turkish, Hebrew or Arabic changes page it matched no section of the other
version by title, and took the reader to the section of the same number there, another one after a renumbering."""
from __future__ import annotations

import pytest
from reader import go, settled, with_first_section_holding
from test_reader_controls import _switched

from helpers import ROOT

# The three versions: "Vos droits" changes in the second, and a section inserted before it in the third renumbers it
VERSIONS = (("2023-06-01", ("Objet", "Données", "Vos droits"), "Texte un."),
            ("2024-01-15", ("Objet", "Données", "Vos droits"), "Texte deux."),
            ("2024-06-01", ("Objet", "Données", "Conservation", "Vos droits"), "Texte deux."))


def _text(version: str, titles: tuple[str, ...], said: str) -> str:
    return f"---\ndate: {version}\n---\n# T\n\n" + "".join(
        f"## {n}. {t}\n\n{said if t == 'Vos droits' else t + '.'}\n\n" for n, t in enumerate(titles, start=1))


def _shell(lang: str, version: str, other: str, body: str) -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{version}</title></head><body>'
            f'<a class="md-version__link" href="/{other}/">{other}</a><div class="md-content">{body}</div>'
            '<script src="/policy.js"></script></body></html>')


def _published(folder, lang: str, other: str) -> None:
    """Each version's policy page and (but the first's) changes page as the site renders them in `lang`, without the
    dated ids publishing adds (anchors.page_anchors), which find a renumbered section on their own: the titles are
    what finds it here, as they do between two versions whose pages carry none."""
    from jinja2 import Environment, FileSystemLoader

    from policysite import archive

    theme = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))  # as MkDocs': the partials escape
    previous = None
    for version, titles, said in VERSIONS:
        text = _text(version, titles, said)
        policy = "".join(f'<h2 id="s{n}">{n}. {t}<a class="headerlink" href="#s{n}">¶</a></h2>' + "<p>x</p>" * 40
                         for n, t in enumerate(titles, start=1))
        (folder / version).mkdir()
        (folder / version / "index.html").write_text(_shell(lang, version, other, policy), encoding="utf-8")
        if previous:
            change = archive.changes_of(text, lang=lang, previous_text=previous[1])
            (folder / version / "changes").mkdir()
            (folder / version / "changes" / "index.html").write_text(_shell(lang, version, other, archive.changes_page(
                env=theme, lang=lang, version=version, previous=previous[0], change=change)), encoding="utf-8")
        previous = (version, text)


@pytest.mark.parametrize("lang", ["tr", "he", "ar", "fa", "zh-Hant", "ko", "fr"])
@pytest.mark.parametrize(("start", "target", "landed"), [
    # "Vos droits", §3 changed, then §4 renumbered: the other changes page's section of its title, not its §3
    ("2024-01-15/changes/#redline-s3", "2024-06-01", "/2024-06-01/changes/#redline-s4"),
    ("2024-06-01/changes/#redline-s4", "2024-01-15", "/2024-01-15/changes/#redline-s3"),
    # to the first version, which has no changes page: its policy page's section of that title
    ("2024-06-01/changes/#redline-s4", "2023-06-01", "/2023-06-01/#s3"),
])
def test_switching_version_from_a_changes_page_finds_the_section_by_its_title_in_every_language(
        page, serve, tmp_path, lang, start, target, landed):
    _published(tmp_path, lang, target)
    heading = (tmp_path / start.split("#")[0] / "index.html").read_text(encoding="utf-8")
    assert 'class="redline-label"' in heading
    assert _switched(page, serve, tmp_path, start) == landed


WORDS = ("Consultez la liste complète de nos sous-traitants et des garanties qu’ils nous donnent " * 4)[:250].strip()
ADDRESS = "https://example.org/" + "politique-de-confidentialite/sous-traitants/" * 6
LONG_LINKS = (f'<p><a id="r20-before" href="#s1">avant</a> <a id="r20-words" href="https://example.org/">{WORDS}</a> '
              f'<a id="r20-address" href="{ADDRESS[:250]}">{ADDRESS[:250]}</a> <a id="r20-after" href="#s2">après</a></p>'
              f'<p id="r20-box" tabindex="0">{WORDS} {WORDS}</p>')  # (a box that takes focus, as a wide table's does)


@pytest.mark.parametrize("size", [{"width": 320, "height": 568}, {"width": 375, "height": 667}])
def test_a_link_taller_than_the_screen_shows_its_start_below_the_header_once_focused(new_context, site, size):
    page = new_context(viewport=size).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(page, with_first_section_holding(page, site.policy_url("fr"), LONG_LINKS))
    settled(page)
    shown = """id => { const box = document.getElementById(id).getBoundingClientRect();
        return [box.top, box.height, Math.max(0, document.querySelector('.md-header').getBoundingClientRect().bottom)];
    }"""  # (where the header scrolls away with the page, a phone held upright with this text: reader21, the screen's top)
    for start, key, landed in (("r20-before", "Tab", "r20-words"), ("r20-words", "Tab", "r20-address"),
                               ("r20-after", "Shift+Tab", "r20-address"), ("r20-address", "Shift+Tab", "r20-words")):
        page.evaluate("id => document.getElementById(id).focus()", start)
        settled(page)
        page.keyboard.press(key)
        settled(page)
        assert page.evaluate("document.activeElement.id") == landed
        top, height, header = page.evaluate(shown, landed)
        assert height > size["height"] - header, (landed, height)  # taller than what the header leaves of the screen
        assert header - 1 <= top <= header + 1, (start, key, landed, top, header)
    # a click or a tap in such a box (a long table, to scroll it sideways) focuses it where it is: the page stays
    page.evaluate("document.getElementById('r20-box').scrollIntoView({block: 'center'})")
    settled(page)
    before = page.evaluate("scrollY")
    box = page.locator("#r20-box").bounding_box()
    page.mouse.click(box["x"] + 10, size["height"] - 40)
    settled(page)
    assert page.evaluate("document.activeElement.id") == "r20-box"
    assert page.evaluate("scrollY") == before
