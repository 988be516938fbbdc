"""Reader27, session 55: links a reader copies or follows on a site of four versions in French and English keep
naming what they named. The second version splits how long data is kept off §2 into a §3 of its own (the rights
become §4); the third adds a §5 at the end; the fourth rewords §1."""
from __future__ import annotations

import pytest
from reader import go, settled

from policy_repo import Served, published_in_languages

DATES = ("2021-03-01", "2022-06-15", "2023-09-30", "2024-05-20")
TEXTS = {"fr": ("Politique de confidentialité",
                ("Objet", "Données collectées", "Durée de conservation", "Vos droits", "Contact"),
                ("Ce texte décrit comment nous traitons vos données personnelles lorsque vous utilisez le service.",
                 "Nous collectons votre nom, votre adresse électronique et votre numéro de téléphone pour le contrat.",
                 "Nous conservons ces données trois ans après la fin du contrat, puis nous les supprimons toutes.",
                 "Vous pouvez demander l’accès, la rectification ou l’effacement de vos données à tout moment.",
                 "Écrivez à notre délégué à la protection des données pour toute question sur ce texte."),
                "Ce texte, révisé, décrit comment nous traitons vos données personnelles dans le service."),
         "en": ("Privacy policy", ("Purpose", "Data we collect", "How long we keep it", "Your rights", "Contact"),
                ("This text describes how we process your personal data when you use the service.",
                 "We collect your name, your email address and your telephone number for the contract.",
                 "We keep this data three years after the contract ends, then we delete all of it.",
                 "You may ask for access to, correction or erasure of your data at any time.",
                 "Write to our data protection officer with any question about this text."),
                "This text, revised, describes how we process your personal data in the service.")}


def four_versions(lang: str, n: int) -> str:
    """Version 1: §2 holds what is collected and how long it is kept; 2: the keeping split off into §3; 3: a §5 added at
    the end; 4: §1 reworded."""
    title, headings, words, reworded = TEXTS[lang]
    words = ((reworded,) if n == 3 else words[:1]) + words[1:]
    sections = [(headings[0], words[0]), (headings[1], f"{words[1]}\n\n{words[2]}"), (headings[3], words[3])] \
        if n == 0 else list(zip(headings, words))[:4 if n == 1 else 5]
    # (the sections around the split ones long, each its own words again: the same words in every section made the
    # one differ match none of them with the section split)
    long = {headings[0], headings[3], headings[4]}
    body = "".join(f"## {k}. {h}\n\n" + "\n\n".join([w] * (12 if h in long else 1)) + "\n\n"
                   for k, (h, w) in enumerate(sections, start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n{body}"


@pytest.fixture(scope="module")
def four(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader27-links")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES, four_versions)),
                  project=folder / "site")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_section_followed_at_latest_is_addressed_by_its_dated_id(new_context, four, lang):
    """At `latest/`, following the contents' link to §3 put `latest/#s3` in the address bar: copied, it landed on
    whatever §3 a later version has. Once the page is there, the address names the section as its "¶" does (its dated
    id), which every later version resolves; the reader stays where the link took them, and that address opened anew
    lands on the same section, at latest/ and at the version's own folder."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, four.url(f"/{lang}/latest/"))
    toc = page.locator(".md-sidebar--secondary a.md-nav__link[href='#s3']")
    toc.click()
    page.wait_for_function("() => /^#\\d{4}-\\d{2}-\\d{2}\\.s3$/.test(location.hash)")
    settled(page)
    hash_ = page.evaluate("() => location.hash")
    assert hash_ == page.locator("#s3 > a.headerlink").get_attribute("href")  # the ¶'s own
    assert abs(page.evaluate("() => document.getElementById('s3').getBoundingClientRect().top")) < 200
    for address in (f"/{lang}/latest/{hash_}", f"/{lang}/{DATES[-1]}/{hash_}"):
        other = new_context(viewport={"width": 1280, "height": 800}).new_page()
        go(other, four.url(address))
        settled(other)
        top = other.evaluate("() => document.getElementById('s3').getBoundingClientRect().top")
        assert 0 <= top < 200, (address, top)
    # an address the page was opened with stays as given (its date is not known), and a dated version's too
    for address in (f"/{lang}/latest/#s3", f"/{lang}/{DATES[1]}/#s3"):
        other = new_context(viewport={"width": 1280, "height": 800}).new_page()
        go(other, four.url(address))
        settled(other)
        assert other.evaluate("() => location.hash") == "#s3", address
    go(page, four.url(f"/{lang}/{DATES[1]}/"))
    page.locator(".md-sidebar--secondary a.md-nav__link[href='#s3']").click()
    page.wait_for_function("() => location.hash === '#s3'")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_link_to_a_section_split_long_ago_says_so_in_every_later_version(opened, four, lang):
    """`#s2` written before the second version split how long data is kept off §2 named that text too: the note saying
    part of §2's text is now §3 showed on the second version only; the third and fourth (latest/) landed on half of
    what the link named, silently. Each says so, linking §3, whether the link names §2 plainly or by its dated id of
    the first version; a section never split says nothing, nor the version before the split."""
    from policysite.strings import strings

    _title, headings, _words, _reworded = TEXTS[lang]
    words = strings(lang)["section_split"].replace("\u00a0", " ")
    for version in (DATES[1], DATES[2], DATES[3], "latest"):
        for asked in ("s2", f"{DATES[0]}.s2"):
            page = opened(four.url(f"/{lang}/{version}/#{asked}"))
            note = page.locator(".policy-formerly")
            note.wait_for()
            assert note.inner_text().replace("\u00a0", " ").startswith(words), (version, asked)
            link = note.locator("a")
            assert link.count() == 1 and link.inner_text().strip() == f"3. {headings[2]}", (version, asked)
            assert note.evaluate("n => n.previousElementSibling.id") == "s2"
            page.close()
    for quiet in (f"/{DATES[3]}/#s1", f"/{DATES[0]}/#s2", "/latest/#s4"):
        page = opened(four.url(f"/{lang}{quiet}"))
        page.wait_for_load_state()
        settled(page)
        assert page.locator(".policy-formerly").count() == 0, quiet
        page.close()
