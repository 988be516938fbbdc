"""reader27: a section split in one version stays said to be split in every version after it. A link to §2 written
before the split (§2 held what is collected and how long it is kept) names the text now in §3 too: the note under
it said so on the version of the split only (anchors.split_off reads the version before), and the next version's
page landed on half of what the link named, silently. Each version's record (alias_map, SPLIT) carries the split on
to the next, which keeps it while both sections are there, by their ids there."""
from __future__ import annotations

from policysite import anchors

HEAD = "---\ndate: {date}\n---\n\n# Politique\n\n"
WORDS = {
    "objet": "Ce texte décrit comment nous traitons vos données personnelles lorsque vous utilisez le service.",
    "collecte": "Nous collectons votre nom, votre adresse électronique et votre numéro de téléphone pour le contrat.",
    "durée": "Nous conservons ces données trois ans après la fin du contrat, puis nous les supprimons toutes.",
    "droits": "Vous pouvez demander l’accès, la rectification ou l’effacement de vos données à tout moment.",
    "cookies": "Le service dépose un cookie de session strictement nécessaire, supprimé à la fermeture du navigateur.",
    "contact": "Écrivez à notre délégué à la protection des données pour toute question sur ce texte.",
}


def page(date: str, *sections: tuple[str, str]) -> str:
    return HEAD.format(date=date) + "".join(f"## {n}. {title}\n\n{text}\n\n"
                                            for n, (title, text) in enumerate(sections, start=1))


V1 = page("2021-03-01", ("Objet", WORDS["objet"]), ("Données", WORDS["collecte"] + "\n\n" + WORDS["durée"]),
          ("Vos droits", WORDS["droits"]))
V2 = page("2022-06-15", ("Objet", WORDS["objet"]), ("Données", WORDS["collecte"]), ("Durée", WORDS["durée"]),
          ("Vos droits", WORDS["droits"]))
V3 = page("2023-09-30", ("Objet", WORDS["objet"]), ("Données", WORDS["collecte"]), ("Durée", WORDS["durée"]),
          ("Vos droits", WORDS["droits"]), ("Contact", WORDS["contact"]))
# a section inserted before both: the split section is §3 now, the one split off it §4
V4 = page("2024-05-20", ("Objet", WORDS["objet"]), ("Cookies", WORDS["cookies"]), ("Données", WORDS["collecte"]),
          ("Durée", WORDS["durée"]), ("Vos droits", WORDS["droits"]), ("Contact", WORDS["contact"]))
# the split-off section removed: nothing left to say
V5 = page("2025-01-15", ("Objet", WORDS["objet"]), ("Cookies", WORDS["cookies"]), ("Données", WORDS["collecte"]),
          ("Vos droits", WORDS["droits"]), ("Contact", WORDS["contact"]))
DATES = ("2021-03-01", "2022-06-15", "2023-09-30", "2024-05-20", "2025-01-15")


def history(*texts: str) -> list[anchors.Anchors]:
    """Each version's anchors worked out in order, as publishing does (building.aliases_of): each from the version
    before and the record (alias_map) that version carries."""
    found: list[anchors.Anchors] = []
    for n, text in enumerate(texts):
        found.append(anchors.of_texts(text, lang="fr", previous_text=texts[n - 1] if n else None,
                                      previous_aliases=anchors.alias_map(found[-1]) if n else None,
                                      previous_version=DATES[n - 1] if n else ""))
    return found


def split_ids(found: anchors.Anchors) -> dict[str, list[str]]:
    return {found.ids[i]: [found.ids[j] for j in cuts] for i, cuts in found.split.items()}


def test_the_split_is_said_in_its_version_and_every_one_after_while_both_are_there():
    v1, v2, v3, v4, v5 = history(V1, V2, V3, V4, V5)
    assert split_ids(v1) == {}
    assert split_ids(v2) == {"s2": ["s3"]}
    assert split_ids(v3) == {"s2": ["s3"]}  # (only the version of the split said it)
    assert split_ids(v4) == {"s3": ["s4"]}  # by their ids there
    assert split_ids(v5) == {}
    assert anchors.alias_map(v3)[anchors.SPLIT] == ["s2 s3"]
    assert anchors.SPLIT not in anchors.alias_map(v5)


def test_the_page_built_from_the_record_carries_the_split_on_its_heading():
    """The build reads the version's record (for_page's aliases, worked out by publishing): its heading's
    data-policy-split-off names the section split off it, which policy.js links under a link to it."""
    _v1, _v2, v3 = history(V1, V2, V3)
    body = V3.split("---\n", 2)[2]
    markdown, found = anchors.for_page(body, lang="fr", aliases=anchors.alias_map(v3))
    assert split_ids(found) == {"s2": ["s3"]}
    html = anchors.with_aliases('<h2 id="s2">2. Données</h2><h2 id="s3">3. Durée</h2>', found)
    assert '<h2 id="s2" data-policy-split-off="s3">' in html
    assert "data-policy-split-off" not in html.split('<h2 id="s3"', 1)[1]


def test_a_record_naming_sections_the_page_lacks_adds_nothing():
    _v1, _v2, v3 = history(V1, V2, V3)
    record = anchors.alias_map(v3) | {anchors.SPLIT: ["s2 s9", "nope s3", "s2", "s2 s2", "s2 s3"]}
    _markdown, found = anchors.for_page(V3.split("---\n", 2)[2], lang="fr", aliases=record)
    assert split_ids(found) == {"s2": ["s3"]}
