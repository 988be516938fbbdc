"""Reader23, session 52: a section's title, slugged as other sites and pages built before numbering link it
(`#your-rights`, `#vos-droits`), lands on it on every language's page (titled)."""
from __future__ import annotations

from policysite import anchors, document
from policysite.titled import with_title_slugs

FR = ("---\ndate: 2024-01-01\n---\n# Politique\n\n## 1. Données collectées\n\nNous collectons votre nom.\n\n"
      "## 2. Vos droits\n\nVous avez des droits.\n\n## 3. Haut\n\nLe haut.\n")
EN = ("---\ndate: 2024-01-01\n---\n# Policy\n\n## 1. Data we collect\n\nWe collect your name.\n\n"
      "## 2. Your rights\n\nYou have rights.\n\n## 3. Top\n\nThe top.\n")


def pages(**texts: str) -> dict[str, tuple[document.Policy, anchors.Anchors]]:
    source = texts.get("fr")
    return {lang: (document.parse(text, path=f"docs/{lang}/index.md", lang=lang),
                   anchors.of_texts(text, lang=lang, source_text=source if lang != "fr" else None))
            for lang, text in texts.items()}


def test_each_page_lands_each_section_s_title_slug_in_every_language_its_own_first():
    found = with_title_slugs(pages(fr=FR, en=EN))
    assert anchors.alias_map(found["fr"]) == {"s1": ["données-collectées", "data-we-collect"],
                                              "s2": ["vos-droits", "your-rights"], "s3": ["haut"]}
    assert anchors.alias_map(found["en"]) == {"s1": ["data-we-collect", "données-collectées"],
                                              "s2": ["your-rights", "vos-droits"], "s3": ["haut"]}
    # `#top` is the page's top, as browsers read it: no section's (anchors.TOP)
    assert "top" not in found["en"] and "top" not in found["fr"]


def test_a_slug_another_id_of_the_page_has_stays_that_id_s_and_the_anchors_given_are_not_changed():
    clash = FR.replace("## 3. Haut", "## 3. Vos droits (suite)").replace("Le haut.", '<span id="your-rights"></span>')
    given = pages(fr=clash, en=EN)
    found = with_title_slugs(given)
    assert found["fr"].aliases[1] == ["vos-droits"]  # the raw HTML's id keeps it
    assert found["fr"].aliases[2] == ["vos-droits-suite"]  # (and "top", the English title's, is the page's top)
    assert given["fr"][1].aliases == {} and given["en"][1].aliases == {}


def test_a_translation_without_numbers_keeps_the_source_s_ids_and_gains_no_alias_twice():
    fr = FR.replace("## 1. ", "## ").replace("## 2. ", "## ").split("## 3.")[0]
    en = EN.replace("## 1. ", "## ").replace("## 2. ", "## ").split("## 3.")[0]
    found = with_title_slugs(pages(fr=fr, en=en))
    assert found["en"].ids == found["fr"].ids == ["données-collectées", "vos-droits"]
    assert anchors.alias_map(found["en"]) == {"données-collectées": ["data-we-collect"],
                                              "vos-droits": ["your-rights"]}
    assert anchors.alias_map(found["fr"]) == {"données-collectées": ["data-we-collect"],
                                              "vos-droits": ["your-rights"]}
