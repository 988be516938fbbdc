"""legal27: a defined term renamed throughout (« Utilisateur » → « Client », thirty times) was said by the plain-words
summaries (`policy diff`'s counts, the changes page, the history, the feed) as four sections changed only, the
redline marking thirty replacements one by one. Each term the new version writes otherwise everywhere, at least three
times, is now said once: "« Utilisateur » devient « Client » partout (30 fois)." (redline.replaced)."""
from __future__ import annotations

from policysite import archive, document, manifest, redline
from policysite.redline.render import render_markdown, render_text
from policysite.redline.replaced import Replaced, replaced
from policysite.strings import NO_BREAK


def _text(lang: str, sections: list[tuple[str, str]], date: str) -> str:
    return f"---\ndate: {date}\n---\n\n# Politique\n\n" + "".join(f"## {h}\n\n{body}\n\n" for h, body in sections)


FR = [("1. Définitions", "L'« Utilisateur » désigne toute personne qui visite le site."),
      ("2. Données", "- le nom de l'Utilisateur ;\n- l'adresse de l'Utilisateur."),
      ("3. Obligations", "L'Utilisateur respecte les règles. Voir l'article 2.")]
EN = [("1. Definitions", "The “User” means anyone who visits the site."),
      ("2. Data", "- the User's name;\n- the User's address."),
      ("3. Duties", "The User follows the rules. See article 2.")]


def _redline(lang: str, old: list[tuple[str, str]], a: str, b: str, *, keep: str = "") -> redline.Redline:
    new = [(h, body.replace(a, b)) for h, body in old]
    if keep:
        new.append(("4. Autre", keep))
        old = [*old, ("4. Autre", keep)]
    return redline.diff(document.parse(_text(lang, old, "2024-05-01"), path="old", lang=lang),
                        document.parse(_text(lang, new, "2024-06-01"), path="new", lang=lang))


def test_a_term_replaced_everywhere_is_found_once_its_elisions_and_possessives_apart():
    assert replaced(_redline("fr", FR, "Utilisateur", "Client")) == (Replaced("Utilisateur", "Client", 4),)
    assert replaced(_redline("en", EN, "User", "Customer")) == (Replaced("User", "Customer", 4),)


def test_a_term_still_written_somewhere_or_replaced_twice_only_is_not_said_renamed():
    assert replaced(_redline("fr", FR, "Utilisateur", "Client", keep="Un Utilisateur mineur.")) == ()
    assert replaced(_redline("fr", FR, "règles", "lois")) == ()  # once
    assert replaced(_redline("en", EN, "The ", "A ")) == ()  # twice


def test_policy_diff_says_it_once_in_the_text_and_markdown_redlines_in_their_language():
    fr = _redline("fr", FR, "Utilisateur", "Client")
    said = f"«{NO_BREAK}Utilisateur{NO_BREAK}» devient «{NO_BREAK}Client{NO_BREAK}» partout (4 fois)."
    text = render_text(fr, color=False).splitlines()
    assert text[1:3] == ["3 modifiées", said]
    assert said in render_markdown(fr).splitlines()
    en = render_text(_redline("en", EN, "User", "Customer"), color=False)
    assert "“User” becomes “Customer” throughout (4 times)." in en.splitlines()


def test_the_history_and_feed_say_it_from_the_recorded_summary():
    change = _redline("fr", FR, "Utilisateur", "Client")
    recorded = archive.summary(change, previous="2024-05-01")
    assert recorded["replaced"] == [{"old": "Utilisateur", "new": "Client", "count": 4}]
    assert manifest.changes_problem(recorded) == ""
    entry = archive.Entry(version="2024-06-01", changes=recorded)
    words = archive.sections_text(entry, lang="fr")
    assert words.endswith(f"«{NO_BREAK}Utilisateur{NO_BREAK}» devient «{NO_BREAK}Client{NO_BREAK}» partout (4 fois).")
    assert words.startswith("Sections modifiées")
    # a summary without (recorded before) reads as it did; one of another shape is named, not met as an error
    assert "replaced" not in archive.summary(_redline("fr", FR, "règles", "lois"), previous="2024-05-01")
    assert manifest.changes_problem({**recorded, "replaced": [{"old": "a", "new": "b", "count": "5"}]}) != ""
