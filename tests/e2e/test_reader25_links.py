"""Reader25, session 53: a link a reader follows that the site cannot land as written, said so."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from reader import as_a_static_host

from policy_repo import Served, fr_page, new_project, published_in_languages
from policysite import export_site
from policysite.strings import long_date, strings

FIRST, LATER = "2021-02-17", "2022-03-01"


@pytest.fixture(scope="module")
def later_english(tmp_path_factory, serve) -> Served:
    """A site whose French text (which prevails) starts on FIRST, its English translation on LATER."""
    folder = tmp_path_factory.mktemp("reader25-later")
    project = new_project(folder / "repo")
    (project.root / "docs" / "en" / "index.md").unlink(missing_ok=True)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page(FIRST, "Premier texte."), encoding="utf-8")
    project.commit_all(f"policy {FIRST} (French only)")
    project.commit(LATER, fr="Deuxième texte.", en="Second text.")
    assert project.history(jobs=1).published == [FIRST, LATER]
    return Served(base=serve(export_site.export(root=project.root, site_dir=folder / "public")), project=project.root)


def _not_found_page(new_context, traffic, site: Served):
    """A page answering every missing address with the site's 404.html (status 404), as a static host does."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    body = (site.project.parent / "public" / "404.html").read_bytes()
    as_a_static_host(page, site.base, body)
    return page, body


def test_an_old_version_s_address_in_a_later_translation_says_when_it_starts(new_context, traffic, later_english):
    """`/en/2021-02-17/` (a French version's day, before the English text existed, a link copied from the French
    page with its language changed, or an old mail's) got the generic 404, "This page does not exist": it says, in
    the address's language, that the document existed only in the language that prevails before the English text's
    first day, and links the French text in force that day and the first English version. Another missing address,
    or a day after the English text's first, says nothing of it; no request leaves the site; the 404 page stays
    small."""
    site = later_english
    page, body = _not_found_page(new_context, traffic, site)
    t = strings("en")
    said = t["earlier"].format(first=long_date(dt.date.fromisoformat(LATER), "en"))
    page.goto(site.url(f"/en/{FIRST}/"))
    note = page.locator("[data-policy-first]").first
    note.wait_for(state="visible")
    assert page.locator("h1").inner_text().strip() == t["not_found"]  # the address's language first
    assert note.inner_text().startswith(said)
    links = note.locator("a:visible")  # (the history's link, shown without scripts, hidden: reader28)
    assert links.count() == 2
    that_day = links.nth(0)
    with page.expect_navigation():
        that_day.click()
    page.wait_for_url(f"**/fr/{FIRST}/")
    assert "Premier texte." in page.locator("article").inner_text()
    page.goto(site.url(f"/en/{FIRST}/"))
    page.locator("[data-policy-first]").first.wait_for(state="visible")
    with page.expect_navigation():
        page.locator("[data-policy-first] a:visible").nth(1).click()
    assert page.url.endswith(f"/en/{LATER}/")
    assert "Second text." in page.locator("article").inner_text()
    for other in ("/en/2023-05-10/", "/en/no-such-page/", f"/fr/{FIRST}x/", "/en/2019-13-40x/"):
        page.goto(site.url(other))
        page.locator("#__not-found").wait_for()
        page.wait_for_load_state()
        assert not page.locator("[data-policy-first]").first.is_visible(), other
    assert all(url.startswith(site.base) for url in traffic.requests)
    # its words in the language that starts later only (some 300 bytes of a 404 page of 17.5 KB)
    notes = re.findall(rb"<p data-policy-first=.*?</p>", body, re.S)
    assert len(notes) == 1 and len(notes[0]) < 800 and len(body) < 20_000, (len(notes[0]), len(body))


SPLIT = {"fr": ("Politique de confidentialité", ("Objet", "Données collectées", "Durée de conservation", "Vos droits"),
                ("Ce texte décrit comment nous traitons vos données personnelles lorsque vous utilisez le service.",
                 "Nous collectons votre nom, votre adresse électronique et votre numéro de téléphone pour le contrat.",
                 "Nous conservons ces données trois ans après la fin du contrat, puis nous les supprimons toutes.",
                 "Vous pouvez demander l’accès, la rectification ou l’effacement de vos données à tout moment.")),
         "en": ("Privacy policy", ("Purpose", "Data we collect", "How long we keep it", "Your rights"),
                ("This text describes how we process your personal data when you use the service.",
                 "We collect your name, your email address and your telephone number for the contract.",
                 "We keep this data three years after the contract ends, then we delete all of it.",
                 "You may ask for access to, correction or erasure of your data at any time."))}


def split_page(lang: str, n: int) -> str:
    """The first version: §2 holds what is collected and how long it is kept; the second splits the keeping off into a
    §3 of its own (the rights become §4)."""
    title, headings, words = SPLIT[lang]
    if n == 0:
        sections = [(headings[0], words[0]), (headings[1], f"{words[1]}\n\n{words[2]}"), (headings[3], words[3])]
    else:
        sections = list(zip(headings, words))
    body = "".join(f"## {k}. {h}\n\n{w}\n\n" for k, (h, w) in enumerate(sections, start=1))
    return f"---\ndate: {('2024-03-01', '2025-01-15')[n]}\n---\n\n# {title}\n\n{body}"


@pytest.fixture(scope="module")
def split_site(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader25-split")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), ("2024-03-01", "2025-01-15"), split_page)),
                  project=folder / "site")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_link_to_a_section_split_since_says_where_the_other_half_went(opened, split_site, lang):
    """`#s2` (§2 Data we collect, which also said how long it is kept, linked before the split) landed on today's §2,
    half of what it named, without a word: under it the page says, in the page's language, that part of its text is
    now in another section, linked by its number and title (§3 How long we keep it), as it says a section
    renumbered. The version before the split, and a link to a section not split, say nothing."""
    from policysite.strings import strings

    _title, headings, _words = SPLIT[lang]
    page = opened(split_site.url(f"/{lang}/2025-01-15/#s2"))
    note = page.locator(".policy-formerly")
    note.wait_for()
    words = strings(lang)["section_split"]
    assert note.inner_text().replace("\u00a0", " ").startswith(words.replace("\u00a0", " "))
    link = note.locator("a")
    assert link.count() == 1 and link.inner_text().strip() == f"3. {headings[2]}"
    assert note.evaluate("n => n.previousElementSibling.id") == "s2"
    link.click()
    page.wait_for_url("**#s3")
    # (under §3, what the page says of a link to #s3 written before: that it led to today's §4, renumbered)
    page.wait_for_function("() => document.querySelector('.policy-formerly').previousElementSibling.id === 's3'")
    assert words.split()[0] not in page.locator(".policy-formerly").inner_text()
    for quiet in ("/2025-01-15/#s1", "/2024-03-01/#s2"):
        other = opened(split_site.url(f"/{lang}{quiet}"))
        other.wait_for_load_state()
        assert other.locator(".policy-formerly").count() == 0, quiet
