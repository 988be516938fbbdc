"""Reader15, session 42: a reader's link that names a section a version lacks says so, read with scripts or without,
in Chromium, on the session's site (three synthetic versions, whose sections are §1, §2 and §2.1, and the frozen real
policy)."""
from __future__ import annotations

from pathlib import Path

import pytest
from reader import go, settled

from policysite.strings import strings

UNSCRIPTED = ".md-content .policy-unscripted"


def _a_real_section(site, lang: str) -> str:
    """A section of the text in force, far down it, that no synthetic version has."""
    anchor = site.sections(lang)[8].anchor
    assert anchor not in ("s1", "s2", "s2-1"), anchor
    return anchor


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_javascript_a_link_to_a_section_the_version_lacks_says_so_at_the_top(new_context, site, lang):
    """Without scripts, `fr/<old version>/#s9` (a section added later) left the reader at the text's top, silently, as if
    it were the section: policy.js alone showed the note. The page says, in its language, that a link to a section that
    brought the reader to the top names one this version lacks, and links the history; not where the address names a
    section the page has (the reader is on it)."""
    page = new_context(java_script_enabled=False).new_page()
    old, section = site.archived[0], _a_real_section(site, lang)
    page.goto(site.version_url(lang, old, section), wait_until="load")
    note = page.locator(UNSCRIPTED)
    assert note.is_visible()
    assert note.inner_text().strip() == f"{strings(lang)['section_missing_unscripted']} {strings(lang)['history_link']}"
    assert note.locator("a").get_attribute("href") == "../history/"
    box, height = note.bounding_box(), page.viewport_size["height"]
    assert page.evaluate("scrollY") == 0 and 0 <= box["y"] and box["y"] + box["height"] <= height, box
    assert not page.locator(".md-content .policy-missing").is_visible()  # the scripted note's words: not said here
    page.goto(site.version_url(lang, old, "s2-1"), wait_until="load")
    assert not page.locator(UNSCRIPTED).is_visible()
    assert page.evaluate("scrollY") > 0


def test_with_javascript_the_scripted_note_is_shown_and_the_unscripted_one_never(page, site):
    """With scripts, the note policy.js shows stays the one said (`section_missing`); the conditional words for a reader
    without scripts never show, whether the section is there or not."""
    old, section = site.archived[0], _a_real_section(site, "fr")
    go(page, site.version_url("fr", old, section))
    page.locator(".md-content .policy-missing").wait_for(state="visible")
    assert page.locator(".md-content .policy-missing").inner_text().startswith(strings("fr")["section_missing"])
    assert not page.locator(UNSCRIPTED).is_visible()
    go(page, site.version_url("fr", old))
    assert not page.locator(UNSCRIPTED).is_visible() and not page.locator(".md-content .policy-missing").is_visible()


# --- A section's link copied at latest/ survives a renumbering -----------------------------------------------------

DATES = ("2021-02-17", "2022-03-01", "2023-05-10")
FILLER = {lang: "".join(f"{word} {n}.\n\n" for n in range(1, 30)) for lang, word in (("fr", "Paragraphe"),
                                                                                       ("en", "Paragraph"))}
# each version's sections in order: a section inserted before Cookies twice (§3 Cookies, then §4, then §5)
SECTIONS = (("Objet", "Données traitées", "Cookies"),
            ("Objet", "Données traitées", "Sécurité", "Cookies"),
            ("Objet", "Données traitées", "Sécurité", "Transferts", "Cookies"))
EN = {"Objet": "Purpose", "Données traitées": "Data processed", "Cookies": "Cookies", "Sécurité": "Security",
      "Transferts": "Transfers"}


def _page(lang: str, n: int) -> str:
    title = "Politique de test" if lang == "fr" else "Test policy"
    said = "{name} : texte {n}." if lang == "fr" else "{name}: text {n}."
    body = "".join(f"## {k}. {name if lang == 'fr' else EN[name]}\n\n"
                   f"{said.format(name=name if lang == 'fr' else EN[name], n=n)}\n\n{FILLER[lang]}"
                   for k, name in enumerate(SECTIONS[n], start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


def _publish_renumbered(folder: Path) -> None:
    publish_versions(folder, DATES, _page)


def publish_versions(folder: Path, dates: tuple[str, ...], page) -> None:
    """`dates`' versions (`page(lang, n)`: the n-th's text in `lang`), each committed and marked translated, published
    by `policy history` and exported into `folder / "public"` (test_reader19's site too)."""
    from helpers import GIT_ENV, published
    from policy_repo import new_project
    from policysite import cli, export_site

    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        project = new_project(folder / "project")
        for n in range(len(dates)):
            for lang in ("fr", "en"):
                (project.root / "docs" / lang / "index.md").write_text(page(lang, n), encoding="utf-8")
            assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
            project.commit_all(f"policy {dates[n]}")
        published(project.root)
        export_site.export(root=project.root, site_dir=folder / "public")


@pytest.fixture(scope="module")
def renumbered(published_for_the_run) -> str:
    """Three versions, each inserting a section before Cookies (§3, §4, §5), published once for the run (test_reader16
    reads the same site: conftest.published_for_the_run) and served: the base URL."""
    return published_for_the_run([[_page(lang, n) for lang in ("fr", "en")] for n in range(len(DATES))],
                                 _publish_renumbered)


def _on_screen(page, anchor: str) -> None:
    settled(page)
    top = page.evaluate(f"document.getElementById({anchor!r}).getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2, (anchor, top)


def test_a_sections_link_copied_at_latest_names_it_by_its_date_and_lands_on_it_after_a_renumbering(page, renumbered):
    """Session 41: `latest/#s3` copied when §3 was Cookies led, once a section was inserted before it, to today's §3
    (Security), silently. At latest/, a heading's "¶" names its section by the version's date and its id there
    (`#2021-02-17.s3`), which the version in force later resolves to the section that had that id on that date
    (§5 Cookies, after two insertions); the section's own page of that date lands on it too, and a plain `#s3` still
    names today's §3."""
    latest = f"{renumbered}/fr/latest/"
    go(page, latest)
    hrefs = page.eval_on_selector_all(".md-content h2 a.headerlink", "links => links.map(a => a.getAttribute('href'))")
    # (each id dated with the version from which its section had it, which the page carries: reader16, session 42)
    assert hrefs == [f"#{DATES[0]}.s1", f"#{DATES[0]}.s2", f"#{DATES[1]}.s3", f"#{DATES[2]}.s4", f"#{DATES[0]}.s5"]
    copied = f"{latest}#{DATES[0]}.s3"  # what that "¶" gave while 2021-02-17 was in force
    go(page, copied)
    _on_screen(page, "s5")
    assert page.locator("#s5").inner_text().strip() == "5. Cookies¶"
    assert not page.locator(".md-content .policy-missing").is_visible()
    assert page.url == copied  # the address stays the one that survives, for the reader to copy again
    go(page, f"{renumbered}/fr/{DATES[1]}/#{DATES[0]}.s3")  # the version between: Cookies was §4
    _on_screen(page, "s4")
    go(page, f"{renumbered}/fr/{DATES[0]}/#{DATES[0]}.s3")  # its own version
    _on_screen(page, "s3")
    go(page, f"{latest}#s3")
    _on_screen(page, "s3")
    assert page.locator("#s3").inner_text().strip() == "3. Sécurité¶"
    page.click("#s4 a.headerlink", force=True)  # a "¶" clicked on the page: the address takes it, the page stays on it
    page.wait_for_function(f"location.hash === '#{DATES[-1]}.s4'")
    _on_screen(page, "s4")
    assert not page.locator(".md-content .policy-missing").is_visible()


def test_a_section_whose_id_another_section_had_says_which_and_until_when(page, renumbered):
    """`latest/#s3` copied while §3 was Cookies leads to today's §3 (Security): the page cannot know when the link was
    copied, but its dated ids say which sections had that id, and until which version. Under the section the address
    names, a note says so and links each (policy.js, section_renumbered); none under a section whose id no other had,
    nor for a dated address, which names its section already."""
    def note(anchor: str):
        return page.locator(f"#{anchor} + .policy-formerly")

    latest = f"{renumbered}/fr/latest/"
    go(page, f"{latest}#s3")
    assert note("s3").text_content() == ("Jusqu’à la version du 17 février 2021 incluse, ce lien menait à une autre "
                                         "section\u00a0: 5. Cookies")
    assert note("s3").locator("a").get_attribute("href") == "#s5"
    go(page, f"{latest}#s4")  # §4 Transfers: Cookies was §4 in the version of 1 March 2022
    assert note("s4").text_content().startswith("Jusqu’à la version du 1er mars 2022 incluse")
    page.evaluate("location.hash = '#s5'")  # changed on the page: the note goes with the address
    page.wait_for_function("!document.querySelector('.policy-formerly')")
    go(page, f"{latest}#{DATES[0]}.s3")
    assert page.locator(".policy-formerly").count() == 0
    go(page, f"{renumbered}/fr/{DATES[1]}/#s3")  # the version between: Cookies was §3 until the one before it
    assert note("s3").text_content().endswith("\u00a0: 4. Cookies")
