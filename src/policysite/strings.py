"""Interface strings the policy site adds to the theme's, per language (English as fallback)."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import string
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import DateTimeFormat, get_date_format, parse_pattern
from babel.numbers import format_decimal, get_group_symbol
from markupsafe import Markup, escape

NO_BREAK, NARROW_NO_BREAK = "\u00a0", "\u202f"
# The space a language's typography puts before a punctuation mark (or after an opening quote, before a closing one),
# by language and mark, where its words (the site's strings, the messages' catalogue) write an ordinary one: put in as
# they are read, so that a new string is spaced as the others and a line never breaks between a word and its mark.
SPACING: dict[str, dict[str, str]] = {"fr": {":": NO_BREAK, "«": NO_BREAK, "»": NO_BREAK, ";": NARROW_NO_BREAK,
                                             "!": NARROW_NO_BREAK, "?": NARROW_NO_BREAK}}
_SPACED = re.compile(r"(?P<code>`[^`]*`)| (?P<before>[:;!?»])|(?P<after>«) ")


def spaced(text: str, spacing: Mapping[str, str]) -> str:
    """`text` with each ordinary space before a punctuation mark or inside quotes that `spacing` names replaced by the
    space it names (code spans left as written)."""
    def space(found: re.Match[str]) -> str:
        if found["code"]:
            return found["code"]
        if found["after"]:
            return found["after"] + spacing.get(found["after"], " ")
        return spacing.get(found["before"], " ") + found["before"]

    return _SPACED.sub(space, text)

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "site_name": "Politique de confidentialité de {company}",
        "copyright": "Copyright © {company}. Tous droits réservés.",
        "updated": "Dernière mise à jour : {date}",
        "updated_other": "Dernière mise à jour : {date} "
                         "(la date écrite dans le texte ci-dessous n’est pas celle de cette version)",
        "behind": "Le {link}, qui fait foi, est plus récent : cette traduction n’en reprend pas encore les "
                  "modifications.",
        "behind_link": "texte en {language} du {date}",
        "version": "Version du {date}.",
        # a dated version's page title, before the document's name: tells its tab and bookmark from the others
        "version_title": "Version du {date}",
        "versions": "Versions datées de ce document à sa publication\u00a0:",
        "announced_version": "Annoncée le {announced}, cette version entre en vigueur le {date}.",
        "permalink": "Lien permanent vers cette section",
        "archived": "Version archivée du {date} : ce texte n’est plus en vigueur.",
        "archived_link": "Lire la version en vigueur",
        "current_version": "cette version",
        "more_versions": "… et {count} versions antérieures, dans l’historique des versions",
        "more_versions|one": "… et {count} version antérieure, dans l’historique des versions",
        "history_link": "Historique des versions",
        "as_published": "Cette page reste telle qu’elle a été publiée : {history} indique la version en vigueur "
                        "aujourd’hui.",
        "as_published_link": "l’historique des versions",
        "compare_link": "Comparer deux versions",
        "this_changes": "Ce qui a changé dans cette version",
        "archive_nav": "Versions du document",
        "changes_title": "Modifications de la version du {date}",
        "changes_intro": "Ce qui a changé dans la version du {new} par rapport à la version précédente, du {old}.",
        "changes_first": "Version du {date} : c’est la première version publiée de ce document, "
                         "il n’y a pas de version précédente à comparer.",
        "read_version": "Lire cette version",
        "compare_these": "Comparer avec une autre version",
        "changes_docx": "Ces modifications en document Word, avec suivi des modifications (.docx)",
        "pdf_link": "Cette version en PDF",
        # a version printed without its PDF (the print fonts lack some of its characters: printing.printed): its page
        # says so where the link would be, and how to keep a copy all the same (reader33)
        "pdf_none": "Pas de PDF pour cette version : "
                    "certains de ses caractères ne peuvent pas être imprimés en PDF. "
                    "Pour en garder une copie, imprimez cette page.",
        # the version printed without its PDF for another cause than its characters: the print engine failed on it
        # (pdf.FAILED; its characters: pdf_none); the history and the changes page say either where the PDF's
        # link would be, without the copy to print, which is the version's page (reader34)
        "pdf_none_failed": "Pas de PDF pour cette version : "
                           "le moteur d’impression n’a pas pu l’imprimer. "
                           "Pour en garder une copie, imprimez cette page.",
        "pdf_missing": "Pas de PDF pour cette version : "
                       "certains de ses caractères ne peuvent pas être imprimés en PDF.",
        "pdf_missing_failed": "Pas de PDF pour cette version : le moteur d’impression n’a pas pu l’imprimer.",
        "pdf_url": "En ligne :",
        # an archive page's printed line ends with the day it was read (policy.js): what it showed may change
        "accessed": "Consulté le {date}.",
        "pdf_sha256": "Empreinte SHA-256 du texte source :",
        "sides_title": "Version du {date} : texte faisant foi et traduction côte à côte",
        "sides_notice": "Seul le texte en {source} fait foi : en cas de différence avec la traduction, il prévaut.",
        "sides_authoritative": "{language} (fait foi)",
        "sides_translation": "{language} (traduction)",
        "sides_missing": "Pas de section correspondante dans ce texte.",
        "section_missing": "La section visée par ce lien n’existe pas dans cette version.",
        "section_renumbered": "Jusqu’à la version du {date} incluse, ce lien menait à une autre section :",
        "section_split": "Une partie du texte de cette section se trouve désormais dans une autre section :",
        # (no "vous a mené", whose participle agrees with the reader: menée, menés)
        "section_missing_unscripted": "Si un lien vers une section mène en haut de cette page, cette version n’a "
                                      "pas cette section.",
        "sides_link": "{source} et {translation} côte à côte",
        "newer_versions": "Cette version n’est plus en vigueur. Versions publiées depuis\u00a0:",
        "newer_between": "… {count} autres versions entre-temps, dans l’historique des versions",
        "newer_between|one": "… {count} autre version entre-temps, dans l’historique des versions",
        "history_title": "Historique des versions",
        "history_intro": "Chaque version datée de ce document, de la plus récente à la plus ancienne, "
                         "avec ce qui a changé par rapport à la précédente.",
        "in_force": "en vigueur",
        "upcoming": "à venir",
        "upcoming_banner": "Une nouvelle version entre en vigueur le {date}\u00a0: ",
        "upcoming_link": "voir les modifications",
        "upcoming_self": "Cette version s’applique à compter du {date}.",
        "period": "En vigueur du {start} au {until} inclus.",
        "period_open": "En vigueur depuis le {start}.",
        "period_upcoming": "Entre en vigueur le {start} (annoncée le {announced}).",
        "period_upcoming_plain": "Entre en vigueur le {start}.",
        "period_upcoming_to": "Entre en vigueur le {start}, jusqu’au {until} inclus (annoncée le {announced}).",
        "period_upcoming_plain_to": "Entre en vigueur le {start}, jusqu’au {until} inclus.",
        "editorial": "modification rédactionnelle",
        "published_on": "mise en ligne le {date}",
        # (a text public before the site, `policy import`: not published that day, put into the archive)
        "added_on": "ajoutée à cette archive le {date}",
        # what the publication of a version recorded of how it came to be (its manifest's notes), for whoever must
        # prove which text was in force: the texts git holds that were never a version, and why
        "record_intro": "Noté à la publication de cette version :",
        "record_draft": "le texte daté du {day} était un brouillon, jamais en vigueur : il n’est pas dans l’archive.",
        "record_merge_edited": "le texte daté du {day} a été modifié lors de sa fusion : cette version est le texte "
                               "fusionné.",
        "record_undated": "un texte écrit avant cette version n’avait pas de date lisible : il n’est pas dans "
                          "l’archive.",
        "record_no_page": "avant cette version, le texte a été retiré un temps (ou changé en autre chose qu’un "
                          "texte) : la version précédente est restée en vigueur.",
        "record_translation_alone": "une traduction datée du {day} précédait tout texte faisant foi : elle n’est pas "
                                    "dans l’archive.",
        "feed_announced": "Nouvelle version annoncée, en vigueur le {date}",
        "at_link": "Version en vigueur à une date",
        "at_title": "Version en vigueur à une date",
        "at_intro": "Choisissez une date\u00a0: vous arrivez sur la version qui était en vigueur ce jour-là.",
        "at_label": "Date",
        "at_button": "Lire la version en vigueur ce jour-là",
        "at_nojs": "Sans JavaScript, l’historique des versions donne la période de chaque version.",
        "earlier": "Avant le {first}, ce document n’existait que dans la langue qui fait foi",
        "at_earlier": "Pas de texte dans cette langue le {date} (le premier date du {first})\u00a0: vers le texte "
                      "qui fait foi.",
        "at_none": "Aucune version n’était en vigueur le {date}\u00a0: la première est entrée en vigueur le {first}.",
        "at_invalid": "«\u00a0{value}\u00a0» n’est pas une date (AAAA-MM-JJ).",
        "at_going": "Version en vigueur le {date}\u00a0: celle du {version}.",
        "changes_of": "Modifications par rapport à la version du {date}",
        "colon": " : ",
        "comma": ", ", "full_stop": ".", "sentence_space": " ",
        "first_version": "Première version publiée.",
        "no_summary": "Publiée avant les pages de modifications : résumé non enregistré.",
        "json_export": "Texte en JSON",
        "feed_link": "Flux Atom des nouvelles versions",
        "group_changed": "Sections modifiées",
        "group_added": "Sections ajoutées",
        "group_removed": "Sections supprimées",
        "group_renumbered": "Sections renumérotées",
        "group_moved": "Sections déplacées",
        "group_merged": "Sections fusionnées avec une autre",
        "group_split": "Sections détachées d’une autre",
        "compare_title": "Comparer deux versions",
        "compare_intro": "Choisissez deux versions datées : leurs textes sont comparés mot à mot, "
                         "section par section.",
        "compare_old": "Version de départ",
        "compare_new": "Version d’arrivée",
        "compare_button": "Comparer",
        "compare_nojs": "La comparaison de deux versions quelconques se fait dans votre navigateur et demande "
                        "JavaScript. Sans JavaScript, l’historique des versions, lié ci-dessous, montre ce que "
                        "chaque version a changé par rapport à la précédente.",
        "compare_one": "Il faut au moins deux versions publiées avec leur texte en JSON pour comparer.",
        "compare_each": "Ce que chaque version a changé par rapport à la précédente",
        "compare_loading": "Comparaison en cours…",
        "compare_done": "Comparaison prête : {counts}",
        "compare_error": "Impossible de charger le texte d’une des versions : {error}",
        "compare_same": "Choisissez deux versions différentes.",
        "compare_unknown": "Pas de version datée du {date}\u00a0: choisissez deux versions dans la liste.",
        "compare_list_error": "Impossible de charger la liste des versions : {error}",
        "version_of": "version du {date}",
        "home_title": "Documents juridiques de {company}",
        "home_intro": "Chaque document, le texte en vigueur et ses versions précédentes.",
        "home_in_force": "En vigueur depuis le {date}",
        "home_none": "Pas encore en vigueur",
        "home_upcoming": "Une nouvelle version s’appliquera le {date}.",
        "home_change": "Dernière modification",
        "home_feed": "Flux Atom de tous les documents",
        "home_link": "Tous les documents",
        "not_found": "Cette page n’existe pas.",
        "feed_title": "{site} : versions",
        "feed_entry": "Version du {date}",
        # the title of a note box an imported page gave none (`!!! warning`, `> [!NOTE]`): its kind's word
        "callout_note": "Remarque",
        "callout_tip": "Astuce",
        "callout_important": "Important",
        "callout_warning": "Avertissement",
        "callout_caution": "Mise en garde",
        "callout_danger": "Danger",
        "callout_info": "Information",
        "callout_summary": "Résumé",
        "callout_todo": "À faire",
        "callout_success": "Réussite",
        "callout_question": "Question",
        "callout_failure": "Échec",
        "callout_bug": "Bogue",
        "callout_example": "Exemple",
        "callout_quote": "Citation",
    },
    "en": {
        "site_name": "Privacy policy of {company}",
        "copyright": "Copyright © {company}. All rights reserved.",
        "updated": "Last updated: {date}",
        "updated_other": "Last updated: {date} (the date written in the text below is not this version's)",
        # a translation whose words are an earlier version's, its reference changed since (legal31)
        "behind": "The {link}, which prevails, is newer: this translation does not include its changes yet.",
        "behind_link": "{language} text of {date}",
        "version": "Version of {date}.",
        "version_title": "Version of {date}",
        "versions": "Dated versions of this document when it was published:",
        "announced_version": "Announced on {announced}, this version takes effect on {date}.",
        "permalink": "Permanent link to this section",
        "archived": "Archived version of {date}: this text is no longer in force.",
        "archived_link": "Read the version in force",
        "current_version": "this version",
        "more_versions": "… and {count} earlier versions, in the version history",
        "more_versions|one": "… and {count} earlier version, in the version history",
        "history_link": "Version history",
        "as_published": "This page stays as it was published: {history} shows the version in force today.",
        "as_published_link": "the version history",
        "compare_link": "Compare two versions",
        "this_changes": "What changed in this version",
        "archive_nav": "Versions of the document",
        "changes_title": "Changes in the version of {date}",
        "changes_intro": "What changed in the version of {new} from the previous version, of {old}.",
        "changes_first": "Version of {date}: the first published version of this document; "
                         "there is no previous version to compare it with.",
        "read_version": "Read this version",
        "compare_these": "Compare with another version",
        "changes_docx": "These changes as a Word document with tracked changes (.docx)",
        "pdf_link": "This version as PDF",
        "pdf_none": "No PDF of this version: "
                    "some of its characters cannot be printed in PDF. To keep a copy, print this page.",
        "pdf_none_failed": "No PDF of this version: "
                           "the print engine could not print it. To keep a copy, print this page.",
        "pdf_missing": "No PDF of this version: some of its characters cannot be printed in PDF.",
        "pdf_missing_failed": "No PDF of this version: the print engine could not print it.",
        "pdf_url": "Online:",
        "accessed": "Accessed on {date}.",
        "pdf_sha256": "SHA-256 of the source text:",
        "sides_title": "Version of {date}: the authoritative text and its translation side by side",
        "sides_notice": "Only the {source} text is authoritative: where the translation differs, the {source} text "
                        "prevails.",
        "sides_authoritative": "{language} (authoritative)",
        "sides_translation": "{language} (translation)",
        "sides_missing": "No matching section in this text.",
        "section_missing": "The section this link leads to is not in this version.",
        # the version named is the last one where the link led elsewhere: inclusive, as the French says (incluse)
        "section_renumbered": "Up to and including the version of {date}, this link led to another section:",
        # under a section the address names, part of whose text a later version moved to a section of its own
        # (anchors.Anchors.split; policy.js, formerly), each such section's link after it
        "section_split": "Part of this section's text is now in another section:",
        "section_missing_unscripted": "If a link to a section brought you to the top of this page, this version does "
                                      "not have that section.",
        "sides_link": "{source} and {translation} side by side",
        "newer_versions": "This version is no longer in force. Versions published since:",
        "newer_between": "… {count} other versions in between, in the version history",
        "newer_between|one": "… {count} other version in between, in the version history",
        "history_title": "Version history",
        "history_intro": "Every dated version of this document, newest first, with what changed from the one before.",
        "in_force": "in force",
        "upcoming": "upcoming",
        "upcoming_banner": "A new version takes effect on {date}: ",
        "upcoming_link": "see the changes",
        "upcoming_self": "This version applies from {date}.",
        "period": "In force from {start} to {until} inclusive.",
        "period_open": "In force since {start}.",
        "period_upcoming": "Takes effect on {start} (announced on {announced}).",
        "period_upcoming_plain": "Takes effect on {start}.",
        "period_upcoming_to": "Takes effect on {start}, in force to {until} inclusive (announced on {announced}).",
        "period_upcoming_plain_to": "Takes effect on {start}, in force to {until} inclusive.",
        "editorial": "editorial change",
        "published_on": "published on {date}",
        "added_on": "added to this archive on {date}",
        # what the publication of a version recorded of how it came to be (its manifest's notes), for whoever must
        # prove which text was in force: the texts git holds that were never a version, and why
        "record_intro": "Noted when this version was published:",
        "record_draft": "the text dated {day} was a draft, never in force: it is not in the archive.",
        "record_merge_edited": "the text dated {day} was changed when it was merged: this version is the merged text.",
        "record_undated": "a text written before this version had no date that can be read: it is not in the archive.",
        "record_no_page": "before this version, the text was removed for a time (or made something other than a text): "
                          "the version before stayed in force.",
        "record_translation_alone": "a translation dated {day} came before any text in the language that prevails: it "
                                    "is not in the archive.",
        "feed_announced": "New version announced, in force from {date}",
        "at_link": "Version in force on a date",
        "at_title": "Version in force on a date",
        "at_intro": "Choose a date to read the version that was in force that day.",
        "at_label": "Date",
        "at_button": "Read the version in force that day",
        "at_nojs": "Without JavaScript, the version history gives each version's period.",
        "earlier": "Before {first}, this document existed only in the language that prevails",
        "at_earlier": "No text in this language on {date} (the first is dated {first}): opening the text that "
                      "prevails.",
        "at_none": "No version was in force on {date}: the first took effect on {first}.",
        "at_invalid": "“{value}” is not a date (YYYY-MM-DD).",
        "at_going": "Version in force on {date}: the version of {version}.",
        "changes_of": "Changes since {date}",
        "colon": ": ",
        # A list's separator, a sentence's end and what stands between two sentences (、, 。 and nothing in Japanese)
        "comma": ", ", "full_stop": ".", "sentence_space": " ",
        "first_version": "First published version.",
        "no_summary": "Published before changes pages existed: no summary recorded.",
        "json_export": "Text as JSON",
        "feed_link": "Atom feed of new versions",
        "group_changed": "Sections changed",
        "group_added": "Sections added",
        "group_removed": "Sections removed",
        "group_renumbered": "Sections renumbered",
        "group_moved": "Sections moved",
        "group_merged": "Sections merged into another",
        "group_split": "Sections split off another",
        "compare_title": "Compare two versions",
        "compare_intro": "Choose two dated versions: their texts are compared word by word, section by section.",
        "compare_old": "From the version of",
        "compare_new": "To the version of",
        "compare_button": "Compare",
        "compare_nojs": "Comparing any two versions happens in your browser and needs JavaScript. Without "
                        "JavaScript, the version history linked below shows what each version changed from the "
                        "one before.",
        "compare_one": "Comparing needs at least two published versions with their text as JSON.",
        "compare_each": "What each version changed from the one before",
        "compare_loading": "Comparing…",
        "compare_done": "Comparison ready: {counts}",
        "compare_error": "The text of one of the versions could not be loaded: {error}",
        "compare_same": "Choose two different versions.",
        "compare_unknown": "No version is dated {date}: choose two versions from the list.",
        "compare_list_error": "The list of versions could not be loaded: {error}",
        "version_of": "version of {date}",
        "home_title": "{company} legal documents",
        "home_intro": "Each document, the text in force and its earlier versions.",
        "home_in_force": "In force since {date}",
        "home_none": "Not in force yet",
        "home_upcoming": "A new version applies from {date}.",
        "home_change": "Last change",
        "home_feed": "Atom feed of every document",
        "home_link": "All documents",
        "not_found": "This page does not exist.",
        "feed_title": "{site}: versions",
        "feed_entry": "Version of {date}",
        # the title of a note box an imported page gave none (`!!! warning`, `> [!NOTE]`): its kind's word
        "callout_note": "Note",
        "callout_tip": "Tip",
        "callout_important": "Important",
        "callout_warning": "Warning",
        "callout_caution": "Caution",
        "callout_danger": "Danger",
        "callout_info": "Info",
        "callout_summary": "Summary",
        "callout_todo": "To do",
        "callout_success": "Success",
        "callout_question": "Question",
        "callout_failure": "Failure",
        "callout_bug": "Bug",
        "callout_example": "Example",
        "callout_quote": "Quote",
    },
}


def base_language(lang: str) -> str:
    """The code whose words `lang` reads beneath its own: its base language (de-AT: de, zh-CN: zh), but zh-Hant for
    Chinese in Traditional characters (zh-Hant, zh-TW, zh-HK, zh-MO without -Hans): `zh` is Simplified Chinese,
    which those readers do not write."""
    base, *subtags = lang.split("-")
    if base.lower() == "zh" and traditional(lang):
        return TRADITIONAL_CHINESE
    return base


TRADITIONAL_CHINESE = "zh-Hant"


def traditional(lang: str) -> bool:
    """`lang` is Chinese in Traditional characters: zh-Hant, or Taiwan, Hong Kong or Macau without -Hans."""
    base, *subtags = lang.lower().split("-")
    tags = set(subtags)
    return base == "zh" and ("hant" in tags or bool(tags & {"tw", "hk", "mo"}) and "hans" not in tags)


def strings(lang: str) -> dict[str, str]:
    """The strings of `lang` over its base language's (de-AT reads de; pt-BR has only what Brazil writes otherwise),
    falling back to English for any missing key. A copy the caller may change."""
    return dict(_merged(lang))


def as_written(said: dict[str, str], lang: str) -> dict[str, str]:
    """Strings of the catalogue's (`said`, by key) as `strings(lang)` writes them in `lang`'s pages (its full stops
    after a date, its typography's spaces)."""
    return _typeset(_one_full_stop(said, lang), lang)


@functools.lru_cache(maxsize=64)
def _merged(lang: str) -> dict[str, str]:
    return _typeset(_one_full_stop(_layered(STRINGS["en"], STRINGS.get(base_language(lang), {}),
                                            STRINGS.get(lang, {})), lang), lang)


def _typeset(said: dict[str, str], lang: str) -> dict[str, str]:
    """`said` spaced as the typography of the language it is written in wants (SPACING: French's no-break spaces),
    spelt as its region writes (NO_ESZETT: Swiss German's ss)."""
    spacing = SPACING.get(base_language(spoken(lang)))
    said = {key: spaced(text, spacing) for key, text in said.items()} if spacing else said
    return {key: text.replace("ß", "ss") for key, text in said.items()} if lang.lower() in NO_ESZETT else said


# German as Switzerland and Liechtenstein write it, without ß (einschliesslich, massgeblich): the site's German words
# read so on their pages (spelling._SWISS reads their texts so).
NO_ESZETT = frozenset({"de-ch", "de-li"})


# A counted string's forms: `key` is the form for most numbers (CLDR's `other`), `key|one`, `key|few`... those of the
# numbers the language's grammar treats apart ("1 section modifiée", "2 sections modifiées"; Polish 2-4 and 5+).
PLURAL = "|"


def _layered(*layers: dict[str, str]) -> dict[str, str]:
    """The layers' strings, each over those beneath; a layer giving a counted string gives all its forms: the forms of
    the layer beneath are dropped (English's "{n} changed|one" never stands for a Czech word)."""
    out: dict[str, str] = {}
    for layer in layers:
        for key in layer:
            if PLURAL not in key:
                for stale in [k for k in out if k.startswith(key + PLURAL)]:
                    del out[stale]
        out.update(layer)
    return out


def plural_category(n: int, lang: str) -> str:
    """CLDR's plural category of `n` in the language the site's words for `lang` are written in (one, few, other…),
    as the browser's Intl.PluralRules gives it (compare.js)."""
    try:
        return str(Locale.parse(spoken(lang), sep="-").plural_form(n))
    except (ValueError, UnknownLocaleError):  # a code no locale reads: English's rules, as compare.js falls back to
        return str(Locale("en").plural_form(n))


def plural_rule(lang: str) -> list[list[object]]:
    """The rules `plural_category` chooses a category by in `lang` (CLDR's, Babel's), as data for a browser whose
    Intl.PluralRules has none for the language (policy.js's policyPlural): `[[category, condition], ...]`, a
    condition `["or", a, b]`, `["and", a, b]`, `["not", a]` or `["in", operand, modulus (0: none), [[low, high], ...]]`
    (CLDR's operands: n, i, v, f...). Such a browser counted in the reader's own language's rules (small2)."""
    try:
        rule = Locale.parse(spoken(lang), sep="-").plural_form
    except (ValueError, UnknownLocaleError):  # English's rules, as plural_category's
        rule = Locale("en").plural_form
    return [[category, _condition(tree)] for category, tree in rule.abstract]


def _condition(tree: tuple[str, Any]) -> list[object]:
    """One of Babel's parsed plural conditions (babel.plural's abstract) as plural_rule writes it."""
    kind, parts = tree
    if kind in ("or", "and"):
        return [kind, _condition(parts[0]), _condition(parts[1])]
    if kind == "not":
        return ["not", _condition(parts[0])]
    _method, operand, ranges = parts  # a relation: 'in' or 'within' (the same for a whole number), babel's 'is' too
    modulus = 0
    if operand[0] == "mod":
        operand, modulus = operand[1][0], operand[1][1][1][0]
    return ["in", operand[0], modulus, [[low[1][0], high[1][0]] for low, high in ranges[1]]]


def counted(t: dict[str, str], key: str, n: int, lang: str, /, **fields: object) -> str:
    """`t[key]` in the form `n` takes in `lang` (`key|one`, `key|few`…, else `key`), its fields filled, a number as
    the language writes it (1,234; 1 234; 1.234)."""
    return t.get(f"{key}{PLURAL}{plural_category(n, lang)}", t[key]).format(**{
        name: number(value, lang) if isinstance(value, int) and not isinstance(value, bool) else value
        for name, value in fields.items()})


def counted_quoting(t: dict[str, str], key: str, n: int, lang: str, /, **quoted: str) -> Markup:
    """counted as a page writes it, its count `count` and each of `quoted` the text's words it quotes (a term
    replaced), escaped and marked as `lang` where the site's words around them are another language's (in_language:
    WCAG 3.1.2)."""
    return html_format(t.get(f"{key}{PLURAL}{plural_category(n, lang)}", t[key]), count=number(n, lang),
                       **{name: in_language(value, lang) for name, value in quoted.items()})


@functools.cache
def _number_locale(lang: str) -> Locale:
    """The locale whose digits a count of the site's words for `lang` is written with: that of the language they are
    written in (spoken), as their plural form is chosen; English's for a code no locale reads."""
    try:
        return Locale.parse(spoken(lang), sep="-")
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def number(n: int, lang: str) -> str:
    """`n` as the site's words for `lang` write a count: 1,234 in English, 1 234 (narrow no-break space) in French,
    1.234 in German, 1234 but 12 345 in Polish (Babel), in the digits of the language they are written in (۱٬۲۳۴ in
    Persian: in_digits)."""
    locale = _number_locale(lang)
    return in_digits(grouped_number(n, locale, system=_symbols_of(lang)), spoken(lang))


def _symbols_of(lang: str) -> str:
    """The numbering system whose separators a count of the site's words for `lang` takes: that of its digits where
    CLDR gives the locale its symbols (Persian ٬ between Persian digits), else the Latin digits' ones."""
    system = _symbols.get(lang)
    if system is None:
        system = numbering_system(spoken(lang))
        system = _symbols[lang] = system if system in _number_locale(lang).number_symbols else "latn"
    return system


_symbols: dict[str, str] = {}  # (kept until the choice of digits changes: choose_digits)


# CLDR's minimumGroupingDigits (numbers.xml) where it is not 1: a number is grouped only when its first group has
# that many digits at least ("1234", "12 345" in Polish), as Intl.NumberFormat writes it. Babel 2.18 does not read it
# (its locale data has no such key) and would write "1 234"; the values are CLDR 48's, checked against Node 20's
# Intl (ICU 78) for every locale Babel knows. A locale takes its parent's (CLDR's parentLocales: es_MX is es_419's).
_MINIMUM_GROUPING = {"be": 2, "bg": 2, "ee": 3, "es": 2, "es_419": 1, "et": 2, "hu": 2, "hy": 2, "ia": 2, "ie": 2,
                     "it": 2, "ka": 2, "lv": 2, "pl": 2, "pt_AO": 1, "pt_PT": 2, "ru_UA": 2, "sl": 2, "sq": 2}


@functools.cache  # (a count is written at each finding, each page's aside: the parents walked once a locale)
def minimum_grouping(locale: Locale) -> int:
    """CLDR's minimum grouping digits of `locale` (1 unless it or a parent says otherwise)."""
    parents = get_global("parent_exceptions")
    name = str(locale)
    while name and name != "root":
        if name in _MINIMUM_GROUPING:
            return _MINIMUM_GROUPING[name]
        name = parents.get(name) or name.rpartition("_")[0]
    return 1


def grouped_number(n: int | Decimal, locale: Locale, *, pattern: str | None = None, system: str = "latn") -> str:
    """`n` as `locale` writes a number (`pattern`, Babel's, else the locale's own), the digits of its whole part
    grouped only from CLDR's minimum grouping digits on (Polish 1234,5 but 12 345,5), with the separators of the
    numbering system `system` (its digits are Latin still: in_digits)."""
    first = locale.decimal_formats[None].grouping[0]
    whole = len(str(abs(int(n))))
    return format_decimal(n, format=pattern, locale=locale, group_separator=whole >= first + minimum_grouping(locale),
                          numbering_system=system)


def number_format(lang: str) -> dict[str, object]:
    """How `number` groups digits in `lang`, for a script that counts in the browser (policy.js's policyNumber): the
    separator, the sizes of the first group and of the others (CLDR's pattern: [3, 3]; [3, 2] in India), the
    digits the first group must have for any to be grouped (CLDR's minimum grouping digits: 2 in Polish, 1234), and
    the ten digits it is written with (strings.digits; left out for Latin ones, as every page carries it)."""
    locale = _number_locale(lang)
    pattern = locale.decimal_formats[None]
    format: dict[str, object] = {"group": get_group_symbol(locale, numbering_system=_symbols_of(lang)),
                                 "grouping": list(pattern.grouping), "minimum": minimum_grouping(locale)}
    written = digits(spoken(lang))
    if written:
        format["digits"] = written
    return format


def plural_forms(t: dict[str, str], key: str) -> dict[str, str]:
    """A counted string's forms by plural category (`key` as `other`), for a script that counts in the browser
    (Intl.PluralRules, as `counted` counts with Babel)."""
    return {(k.partition(PLURAL)[2] or "other"): text for k, text in t.items() if k.partition(PLURAL)[0] == key}


# The languages whose `de` elides before a vowel ("Politique de confidentialité d’Acme", "Documents legals d’Olivera"),
# and the letters a name starts with that take it. French leaves an h as written ("de Hermès"): whether a name's h is
# mute ("d’Hermès") or aspirated ("de Hachette", "de Hoche", "de Huawei") is the word's own, and a company's name is in
# no dictionary; a short list would be right only for the names on it, and "de Hermès" is read as it is meant where
# "d’Hachette" is a fault. Catalan's h is always mute ("d’Holanda"), and Catalan keeps `de` before an i or a u (after
# an h or not) read as a consonant before another vowel ("de iogurt", "de Huelva", "de Uàlia").
_ELIDED_DE = ("fr", "ca")
_VOWELS = frozenset("aeiouàâäáéèêëíìîïóòôöúùûü")
_SEMIVOWEL = frozenset("iu")


def elides_de(name: str, lang: str) -> bool:
    """Whether `lang` writes `de` before `name` as `d’`, as far as the name's first letters tell (a vowel: "d’Acme";
    "de DialOnce", "de Hermès"; in Catalan "d’Hospitalet" but "de Huelva")."""
    base = spoken(lang).split("-")[0]
    if base not in _ELIDED_DE:
        return False
    letters = name.lower()
    if base == "ca":
        letters = letters.removeprefix("h")
        if letters[:1] in _SEMIVOWEL and letters[1:2] in _VOWELS:
            return False
    return letters[:1] in _VOWELS


def of_company(lang: str, key: str, company: str) -> str:
    """The site's words `key` in `lang` naming the company, `de {company}` elided where the language elides it."""
    template = strings(lang)[key]
    if elides_de(company, lang):
        template = re.sub(r"(?<!\w)([dD])e \{company\}", "\\1’{company}", template)
    return template.format(company=company)


# What a sentence names a date by (`In force from {start} until {until}.`).
_DATE_FIELDS = re.compile(r"(\{(?:date|start|until|old|new|first|announced|version)\})\.")


def _one_full_stop(said: dict[str, str], lang: str) -> dict[str, str]:
    """`said` with no full stop after a date where `lang` ends its dates with a period (Ukrainian `1 вересня 2025 р.`,
    Russian `г.`, Hungarian `2025. szeptember 1.`): the sentence ends on the date's own, as these languages write it;
    the English words such a language reads said "Version of 1 вересня 2025 р..". Elsewhere `said` as it is."""
    try:
        ends = long_date(dt.date(2001, 1, 15), lang).endswith(".")
    except (ValueError, UnknownLocaleError):
        ends = False
    return {key: _DATE_FIELDS.sub(r"\1", value) for key, value in said.items()} if ends else said


def spoken(lang: str) -> str:
    """The language `strings(lang)` is written in: `lang` where the site has its strings, else English."""
    return lang if lang in STRINGS or base_language(lang) in STRINGS else "en"


# How a language sets a few words in brackets after what they are about (a section's status, a version's state, a
# language's name): most after a space, in ASCII parentheses, "§2 Cookies (modifiée)"; Chinese and Japanese in
# full-width ones with no space, "§2 Cookie（变更）", "2022年3月1日（現行）"; Korean in ASCII ones with no space,
# "§2 쿠키(변경됨)". policy.js's `policyAside` is its twin (compare.js reads it there), held to it by tests
# (test_archive_pages.py). A language beneath these (zh-CN, ja-JP) reads its base language's.
ASIDES: dict[str, tuple[str, str, str]] = {"ja": ("", "\uff08", "\uff09"), "zh": ("", "\uff08", "\uff09"),
                                           "ko": ("", "(", ")")}
SPACED_ASIDE = (" ", "(", ")")


def aside_marks(lang: str) -> tuple[str, str, str]:
    """What stands before an aside, and what opens and closes it, in the language `strings(lang)` is written in
    (ASIDES): `(" ", "(", ")")` but in Chinese and Japanese (`("", "（", "）")`) and Korean (`("", "(", ")")`)."""
    return ASIDES.get(spoken(lang).split("-")[0].lower(), SPACED_ASIDE)


# Brackets set inside the same brackets (a section captioned in brackets, `第2条（取得する情報）`, named in an
# aside): the aside in the brackets Japanese and Chinese set around such words, `〔第2条（取得する情報）〕`
# (company8: the changes page's links said "（第2条（取得する情報））" to a screen reader; compare.js: aside).
NESTED_ASIDES = {"\uff08": ("\u3014", "\u3015")}


def aside(text: str, lang: str, *, spaced: bool = True) -> str:
    """`text` as an aside after other words of `lang`'s site words: " (en vigueur)", "（現行）", "(시행 중)"; without
    what stands before it (`spaced=False`) where it starts a line of its own; in NESTED_ASIDES' brackets where `text`
    holds the aside's own."""
    before, opening, closing = aside_marks(lang)
    if opening in NESTED_ASIDES and (opening in text or closing in text):
        opening, closing = NESTED_ASIDES[opening]
    return f"{before if spaced else ''}{opening}{text}{closing}"


def marks(lang: str) -> tuple[str, str]:
    """The attributes of the site's words where it has none in `lang` (English: `lang="en" dir="ltr"`, so that a
    right-to-left page does not show them reordered, nor a screen reader read them as its language), and of what
    stays in `lang` inside them (a date: `lang="fa" dir="auto"`); both empty where the site speaks `lang`."""
    if spoken(lang) == lang:
        return "", ""
    return f' lang="{spoken(lang)}" dir="ltr"', f' lang="{lang}" dir="auto"'


def in_language(text: str, lang: str) -> Markup:
    """`text`, of `lang` (a date, a title), escaped, and marked as `lang` where the site's words around it are in
    another language (marks)."""
    inner = marks(lang)[1]
    return Markup(f"<span{inner}>{escape(text)}</span>") if inner else escape(text)


def date_marked(html: str, *, lang: str, version: str) -> str:
    """`html` (escaped words of the site's) with the first occurrence of `version`'s long date in `lang` marked as
    `lang` (in_language): "Changes in the version of <span lang="hu" dir="auto">2023. március 1.</span>"."""
    date = long_date(dt.date.fromisoformat(version), lang)
    return html.replace(str(escape(date)), str(in_language(date, lang)), 1)


def html_format(template: str, **values: str) -> Markup:
    """`escape(template).format(**values)`: the same Markup, each value escaped unless Markup already, built by
    str.format where every field is a bare name (markupsafe's escaping formatter takes some 9 us a call, this 2 us,
    and the history page, rebuilt by every publication, formats two a version and language)."""
    escaped = escape(template)
    if not _bare_fields(str(escaped)):
        return escaped.format(**values)
    return Markup(str(escaped).format(**{name: escape(value) for name, value in values.items()}))


@functools.lru_cache(maxsize=256)
def _bare_fields(template: str) -> bool:
    """Whether each field of `template` is a bare name: no index, attribute, conversion or format spec."""
    try:
        return all(name is None or (name.isidentifier() and not spec and conversion is None)
                   for _text, name, spec, conversion in string.Formatter().parse(template))
    except ValueError:  # left to Markup.format, which says what is malformed
        return False


def blank(text: str) -> bool:
    """`text` shows nothing: empty, or only spaces and invisible format characters (a zero-width space, a soft hyphen,
    a direction mark), as a heading `## &nbsp;` or a title of `\u200b` is. Quoted, it reads `«  »` (compare.js and
    policy.js: blank)."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


# Languages CLDR has no name for, whose code Babel reads as another's (Montenegrin, `cnr`, read as sr-Latn-ME: named
# "Serbian", "srpski (latinica, Crna Gora)"; the browser's ICU names it in English only): their names, by the code of
# the language naming them (its script's too, where that writes it otherwise), the language's own name under its code.
UNNAMED_IN_CLDR: dict[str, dict[str, str]] = {
    "cnr": {"cnr": "crnogorski", "cnr-cyrl": "црногорски", "sr": "црногорски", "sr-latn": "crnogorski",
            "bs": "crnogorski", "hr": "crnogorski", "en": "Montenegrin", "fr": "monténégrin", "de": "Montenegrinisch",
            "it": "montenegrino", "es": "montenegrino", "pt": "montenegrino", "nl": "Montenegrijns",
            "pl": "czarnogórski", "cs": "černohorština", "sk": "čiernohorčina", "sl": "črnogorščina",
            "ru": "черногорский", "uk": "чорногорська"},
}


def unnamed_in_cldr(code: str, lang: str) -> str | None:
    """`code`'s language as `lang` names it where CLDR has no name for it (UNNAMED_IN_CLDR): by `lang` in its script
    (the script of `code` too, where `lang` is that language), else its base language; in a language not listed, by its
    own name, never by the language Babel reads its code as. None for a language CLDR names."""
    own, *tags = code.lower().split("-")
    names = UNNAMED_IN_CLDR.get(own)
    if names is None:
        return None
    base, *lang_tags = lang.lower().split("-")
    scripts = [tag for tag in lang_tags + (tags if base == own else []) if len(tag) == 4]
    written = [tag for tag in tags if len(tag) == 4]
    keys = [f"{base}-{script}" for script in scripts] + [base] + [f"{own}-{script}" for script in written] + [own]
    return next(names[key] for key in keys if key in names)


@functools.cache
def language_name_in(code: str, lang: str) -> str:
    """`code`'s language as `lang` names it, the language alone (`fr` in English French, `en` in French anglais,
    `pt-BR` in Portuguese português: the words around it say the region or bracket it already; `sh`, a code CLDR
    names but has no locale for, Serbo-Croatian; `cnr`, which CLDR does not name, Montenegrin: unnamed_in_cldr), else
    the code."""
    unnamed = unnamed_in_cldr(code, lang)
    if unnamed:
        return unnamed
    try:
        names = Locale.parse(lang, sep="-").languages
    except (ValueError, UnknownLocaleError):
        return code
    try:
        language = Locale.parse(code, sep="-").language
    except (ValueError, UnknownLocaleError):
        language = code.split("-")[0].lower()
    return names.get(language) or code


# Languages whose CLDR names Babel gives in the stand-alone form, capitalised (Greek's Γαλλικά, Αγγλικά), where a
# sentence writes them lower case (στα γαλλικά). No data at hand says so: CLDR's contextTransforms only ever
# title-case a name (for menus, stand-alone use), never lower it, and CLDR stores Greek's capitalised; Babel 2.19
# ships no transforms at all (its locale data has no such key), nor does the browser's Intl.DisplayNames (Node 20:
# Γαλλικά). German, Dutch and Turkish capitalise them in a sentence too; a new language whose names Babel gives
# capitalised says which it does (test_words11_locales).
_LOWER_IN_SENTENCE = frozenset({"el"})
# Languages whose CLDR names start with a common noun Babel capitalises as a caption does, before the proper one a
# sentence keeps capitalised: Vietnamese `Tiếng Pháp` is `tiếng Pháp` in "chỉ văn bản bằng tiếng Pháp".
_LOWER_FIRST_IN_SENTENCE = frozenset({"vi"})


def language_in_sentence(code: str, lang: str) -> str:
    """`code`'s language as `lang` names it in the middle of a sentence (language_name_in): `fr` is γαλλικά in
    "μόνο το κείμενο στα γαλλικά", Γαλλικά as a caption; tiếng Pháp in Vietnamese, Tiếng Pháp as a caption."""
    name = language_name_in(code, lang)
    if name == code:
        return name
    base = lang.split("-")[0].lower()
    if base in _LOWER_FIRST_IN_SENTENCE:
        return name[:1].lower() + name[1:]
    return name.lower() if base in _LOWER_IN_SENTENCE else name


# Scripts CLDR names that are no Unicode script (a language's usual mix of them), by their ISO 15924 code
_SCRIPT_MIXES = {"Jpan": "Japanese", "Kore": "Korean"}


@functools.cache
def script_code(script: str) -> str:
    """A script's ISO 15924 code, from the code itself (`Khmr`) or its Unicode name as Unicode or a character's name
    writes it (`Khmer`, `KHMER`, `CJK`: Hani); "" for none."""
    from fontTools import unicodedata as ucd

    if script in _SCRIPT_MIXES:
        return script
    try:
        ucd.script_name(script)
        return script
    except KeyError:
        pass
    try:
        return str(ucd.script_code(script))
    except KeyError:
        return "Hani" if script.upper() in ("CJK", "HAN") else ""


def script_word(script: str) -> str:
    """A script's Unicode name, lower case, as the catalogues' `script.…` keys name it (`Hani`: han, `KHMER`: khmer,
    `Hrkt`: katakana_or_hiragana, words joined by `_`), else `script` lower case."""
    from fontTools import unicodedata as ucd

    code = script_code(script)
    if not code:
        return script.lower()
    return (_SCRIPT_MIXES.get(code) or str(ucd.script_name(code))).lower().replace(" ", "_")


def script_name_in(script: str, lang: str) -> str:
    """A script's name in `lang` as CLDR writes it (`Khmr` in French khmer, `Latn` latin, `Hani` sinogrammes), else its
    English name, else as given."""
    code = script_code(script)
    for said in (lang, "en"):
        try:
            name = Locale.parse(said, sep="-").scripts.get(code) if code else None
        except (ValueError, UnknownLocaleError):
            name = None
        if name:
            return str(name)
    return script


@functools.cache
def language_name(code: str) -> str:
    """A language's name in English (`de` -> German, `pt-BR` -> Portuguese, `cnr` -> Montenegrin), else its code."""
    unnamed = unnamed_in_cldr(code, "en")
    if unnamed:
        return unnamed
    try:
        name = Locale("en").languages.get(Locale.parse(code.replace("-", "_")).language)
    except (ValueError, UnknownLocaleError):
        name = None
    return name or code


@functools.cache
def direction(code: str) -> str:
    """`rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu, Punjabi in Arabic letters), else
    `ltr`: what the checks read too (characters.right_to_left)."""
    from policysite.characters import right_to_left

    return "rtl" if right_to_left(code) else "ltr"


@functools.lru_cache(maxsize=1 << 14)
def long_date(date: dt.date, lang: str) -> str:
    """`2021-02-17` as the language writes it in prose: 17 février 2021, February 17, 2021, ۱۷ فوریه ۲۰۲۱ (its digits
    the language's: in_digits).

    Cached (until the choice of digits changes: choose_digits): the history, the at page and versions.json name
    every version's dates (some 18,000 calls for a publication onto 1,000 versions, 4,000 distinct). What Babel's
    `format_date` does, with the locale and its pattern looked up once per language (30 µs a date → 7)."""
    return in_digits(_latin_long_date(date, lang), lang)


def _latin_long_date(date: dt.date, lang: str) -> str:
    """`date` as `lang` writes it in prose, in Latin digits; as ISO 8601 writes it (2025-01-15) in a language CLDR
    has no month names for (_wordless)."""
    locale, pattern = _long_format(lang)
    if pattern is None:
        return date.isoformat()
    text = pattern.format % _DateFields(date, locale, lang)  # (what pattern.apply gives: _DateFields)
    if date.day == 1 and text.startswith("1 "):
        text = first_of_month(lang) + text[1:]
    month, joined = _month_words(lang, date.month)
    if joined != month and f"{month} {date.year}" in text:
        text = text.replace(f"{month} {date.year}", f"{joined} {date.year}", 1)
    return text


class _DateFields:
    """The fields of a long date's pattern for `date`, as Babel's DateTimeFormat gives them (`pattern.apply` is the
    pattern's `%`-format of them): a day's, a month's, a year's or an era's, which Babel reads from that part of the
    date alone, once a language and value (_FIELDS); any other field Babel's for the date. Babel's look-ups in the
    locale's data (8 a date) were most of a long date's 15 µs: a publication onto 1,000 versions writes some 4,000
    distinct dates (history pages, at pages, versions.json) in each process (perf16)."""

    __slots__ = ("date", "locale", "lang")

    def __init__(self, date: dt.date, locale: Locale, lang: str) -> None:
        self.date, self.locale, self.lang = date, locale, lang

    def __getitem__(self, name: str) -> str:
        part = _DATE_PART.get(name[0])
        if part is None:
            return DateTimeFormat(self.date, self.locale)[name]
        key = (self.lang, name, part(self.date))
        found = _FIELDS.get(key)
        if found is None:
            found = _FIELDS[key] = DateTimeFormat(self.date, self.locale)[name]
        return found


# The fields Babel writes from one part of a date (babel.dates.DateTimeFormat: `d` format(day), `M` and `L`
# format_month, `y` and `u` format_year's lower case, `G` format_era by the year's sign); `Y` (the week's year), `E`
# (the weekday) and the others read the whole date.
_DATE_PART: dict[str, Callable[[dt.date], object]] = {
    "d": lambda date: date.day, "M": lambda date: date.month, "L": lambda date: date.month,
    "y": lambda date: date.year, "u": lambda date: date.year, "G": lambda date: date.year >= 0}
_FIELDS: dict[tuple[str, str, object], str] = {}  # (language, field, its part of a date) -> Babel's text


@functools.lru_cache(maxsize=1024)
def _month_words(lang: str, month: int) -> tuple[str, str]:
    """A month's name in `lang`'s long date and that name joined to the year (ezafe)."""
    name = _long_format(lang)[0].months["format"]["wide"][month]
    return name, ezafe(name, lang)


# The first of a month as the languages that write it as an ordinal in prose write it (the browser's Intl writes a
# plain 1): French `1er mars 2022`, Brazil's `1º de março de 2022` (Portugal's Portuguese writes `1 de março`), Italian
# `1° marzo 2022`; by the language's code, else its base language's. Their twin in policy.js: policyFirst.
FIRST_OF_MONTH = {"fr": "1er", "pt-br": "1º", "it": "1°"}


def first_of_month(lang: str) -> str:
    """How `lang` writes the day of the first of a month in a long date: `1er` in French, else `1` (FIRST_OF_MONTH)."""
    return FIRST_OF_MONTH.get(lang.lower()) or FIRST_OF_MONTH.get(base_language(lang).lower(), "1")


# Persian joins a month's name to the year after it by the ezafe, written on a final heh as a hamza above (U+0654):
# `۱۷ فوریهٔ ۲۰۲۱`, as the browser's Intl (ICU) writes a long date in the reader's page (policy.js, at.js); Babel's data
# name the month without it, and the page's dates written here read otherwise than those its scripts write.
EZAFE = "\u0654"


def ezafe(name: str, lang: str) -> str:
    """A word as `lang` writes it joined to the next by the ezafe (a month's name before its year): Persian's ending
    in heh (ه) takes U+0654 (`فوریه` → `فوریهٔ`); any other as it is."""
    return f"{name}{EZAFE}" if base_language(lang) == "fa" and name.endswith("\u0647") else name


@functools.cache
def _long_format(lang: str):
    """The locale of `lang` and its long date's pattern; None for a language CLDR has no month names for."""
    locale = Locale.parse(lang, sep="-")  # pt-BR as well as fr
    return locale, None if _wordless(locale) else parse_pattern(get_date_format("long", locale=locale))


# CLDR's root locale names the months by their numbers (M01 … M12), and a language it has no month names for (Dhivehi,
# Haitian Creole, Moroccan Arabic, Mongolian in its own script …) inherits them: its dates read "15 M01 2025" on every
# page, in the history, the redline and the PDF. Such a language's dates are written as ISO 8601 writes them, in no
# language's words (and its digits: in_digits).
_ROOT_MONTH = re.compile(r"M[01][0-9]")


def _wordless(locale: Locale) -> bool:
    """Whether `locale` has no word of its own for any month (CLDR's root placeholders)."""
    return all(_ROOT_MONTH.fullmatch(str(name)) for name in locale.months["format"]["wide"].values())


# The digits of CLDR's numbering systems that a locale uses by default or as its native ones (Babel's
# `default_numbering_system`, `other_numbering_systems["native"]`), by CLDR's id, each the zero of a run of ten in
# Unicode; `hanidec`'s are not a run. Babel gives a numbering system's symbols (the Arabic group separator ٬) but
# writes every digit in Latin: a date's and a count's digits are put in here, as the browser's Intl writes them.
_ZEROS = {"arab": 0x660, "arabext": 0x6F0, "adlm": 0x1E950, "beng": 0x9E6, "cakm": 0x11136, "deva": 0x966,
          "gujr": 0xAE6, "guru": 0xA66, "hmnp": 0x1E140, "khmr": 0x17E0, "knda": 0xCE6, "laoo": 0xED0, "mlym": 0xD66,
          "mong": 0x1810, "mtei": 0xABF0, "mymr": 0x1040, "nkoo": 0x7C0, "olck": 0x1C50, "orya": 0xB66,
          "tamldec": 0xBE6, "telu": 0xC66, "thai": 0xE50, "tibt": 0xF20, "vaii": 0xA620}
DIGITS: dict[str, str] = {"latn": "0123456789", "hanidec": "〇一二三四五六七八九",
                          **{system: "".join(chr(zero + n) for n in range(10)) for system, zero in _ZEROS.items()}}

# The company's choice of digits by language code (extra.policy.languages' `digits`, settings.from_extra sets it at
# each reading of the settings); a language it does not name takes CLDR's default numbering system for its locale.
_chosen: dict[str, str] = {}


def choose_digits(choices: Mapping[str, str]) -> None:
    """The numbering system of each language the company names (`{"fa": "latn"}`), replacing any earlier choice."""
    if dict(_chosen) == {code.lower(): system for code, system in choices.items()}:
        return  # (the same site's settings read again: what is kept stays right)
    _chosen.clear()
    _chosen.update({code.lower(): system for code, system in choices.items()})
    _written.clear()
    _symbols.clear()
    long_date.cache_clear()


@contextlib.contextmanager
def digits_kept() -> Iterator[None]:
    """The company's choice of digits as it was before, once the block is done: reading another commit's settings
    (settings.from_extra chooses at each reading), or building it, leaves the site's own choice to what follows (an
    old version's `fa: latn` wrote the later dates of a history in 0-9)."""
    kept = dict(_chosen)
    try:
        yield
    finally:
        choose_digits(kept)


@contextlib.contextmanager
def digits_as(lang: str, system: str) -> Iterator[None]:
    """Within the block, `lang` written in the digits of `system` (a name of DIGITS), the company's other choices as
    they are: what the site wrote before its choice for `lang` changed."""
    with digits_kept():
        choose_digits({**_chosen, lang.lower(): system})
        yield


def numbering_system(lang: str) -> str:
    """The numbering system the site writes `lang`'s dates and counts in: the company's choice for the language
    (or its base language), else CLDR's default for its locale (`fa`: arabext, `ar-EG`: arab, `ar`, `ur`: latn), Latin
    where CLDR's has no digits here or the code is no locale."""
    for code in (lang.lower(), lang.split("-")[0].lower()):
        if code in _chosen:
            return _chosen[code]
    return _default_system(lang)


# CLDR's counting systems of Chinese and Japanese, whose positional digits are the ideographs 〇 一 二… (hanidec)
_HAN_SYSTEMS = frozenset({"hanidec", "hans", "hansfin", "hant", "hantfin", "jpan", "jpanfin"})


@functools.cache
def written_systems(lang: str) -> frozenset[str]:
    """The numbering systems of DIGITS that `lang` is written with, as CLDR has them for its locale and its base
    language (default, native, traditional, finance), and Latin's 0-9, which every language's texts use: `fa` arabext
    and latn, `bn` beng and latn, `en` latn alone. A page's dates in another script's digits are read as other numbers
    (a Bengali 4 looks like an 8, a 7 like a 9; safety74), as editorial.digits says of the text's."""
    systems = {"latn"}
    for code in dict.fromkeys((lang, lang.split("-")[0])):
        try:
            locale = Locale.parse(code, sep="-")
        except (ValueError, UnknownLocaleError):
            continue
        named = {locale.default_numbering_system, *dict(locale.other_numbering_systems).values()}
        systems |= {"hanidec"} if named & _HAN_SYSTEMS else set()
        systems |= {system for system in named if system in DIGITS}
    return frozenset(systems)


@functools.cache
def _default_system(lang: str) -> str:
    try:
        system = Locale.parse(lang, sep="-").default_numbering_system
    except (ValueError, UnknownLocaleError):
        return "latn"
    return system if system in DIGITS else "latn"


def digits(lang: str) -> str:
    """The ten digits `lang`'s dates and counts are written with (numbering_system), "" for Latin ones: what the
    browser's scripts put in for 0-9 (policy.js: policyDigits). Kept by language until the choice changes (a
    publication onto 1,000 versions writes some 18,000 dates)."""
    written = _written.get(lang)
    if written is None:
        system = numbering_system(lang)
        written = _written[lang] = "" if system == "latn" else DIGITS[system]
    return written


_written: dict[str, str] = {}


@functools.cache
def _digit_table(written: str) -> dict[int, str]:
    return {ord("0") + n: digit for n, digit in enumerate(written)}


def in_digits(text: str, lang: str) -> str:
    """`text`'s Latin digits written in `lang`'s (digits): `17 فوریه 2021` is `۱۷ فوریه ۲۰۲۱` in Persian."""
    written = digits(lang)
    return text.translate(_digit_table(written)) if written else text


# The redline's words (redline/render.py, the changes and compare pages), English as fallback.
REDLINE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Changes from the version of {old} to the version of {new}",
        "heading_undated": "Changes between two versions",
        "heading_to_edited": "Changes from the version of {old} to the edited text (dated {new})",
        "heading_from_edited": "Changes from the edited text (dated {old}) to the version of {new}",
        "legend": "Legend",
        "legend_deleted": "deleted text: struck through, between [− and ]",
        "legend_inserted": "inserted text: underlined, between [+ and ]",
        "example_deleted": "deleted",
        "example_inserted": "inserted",
        "sr_deleted": "deleted:",
        "sr_inserted": "inserted:",
        "summary": "Summary",
        # The summary names only what happened: "2 changed, 1 added", never "0 removed"; `comma` joins them
        # (、 in Japanese and Chinese, ، in Arabic). Each section is counted once: one renumbered and changed is
        # "renumbered and changed", neither "changed" nor "renumbered" (those are changed in place, renumbered only).
        # A count's forms: strings.counted.
        "counts": "{counts}", "comma": ", ",
        "count_changed": "{n} changed", "count_added": "{n} added", "count_removed": "{n} removed",
        "count_renumbered": "{n} renumbered", "count_moved": "{n} moved",
        "count_renumbered_changed": "{n} renumbered and changed", "count_moved_changed": "{n} moved and changed",
        "counts_none": "no section changed",
        "notes": "Not shown as changes of text: {notes}.",
        # a term replaced by another everywhere, said once beside the counts (redline.replaced; the history, the feed):
        # at least three times (replaced.LEAST), its count never one
        "term_replaced": "“{old}” becomes “{new}” throughout ({count} times).",
        # a number changed in a sentence or a cell, a link's address changed under the same words, each said under the
        # Word and PDF redlines' counts with the section's heading (redline.figures, redline.targets)
        "figure_changed": "“{old}” becomes “{new}” ({section}).",
        "link_changed": "The link to {old} now leads to {new} ({section}).",
        "note_whitespace": "{n} whitespace-only edits",
        "note_whitespace|one": "{n} whitespace-only edit",
        "note_formatting": "{n} formatting-only edits",
        "note_formatting|one": "{n} formatting-only edit",
        "no_change": "No change in the text.",
        "references_renumbered": "references updated to the new numbers",
        "list_made_table": "The list items above made this table’s rows, with the same or nearly the same words.",
        "table_made_list": "The rows of the table above became these list items, with the same or nearly the same "
                           "words.",
        "editorial_version": "Marked by the company as an editorial change.",
        "page_of": "Page {page} of {pages}",
        "announced": "Announced on {announced}, this version takes effect on {date}; it is not in force before that "
                     "day.",
        "unchanged": "unchanged",
        "changed": "changed",
        "added": "added",
        "removed": "removed",
        "renumbered": "renumbered",
        "moved": "moved",
        "merged": "merged into {section}",
        "split": "split off {section}",
        "count_merged": "{n} merged",
        "count_split": "{n} split off",
        "text_unchanged": "text unchanged",
        "text_changed": "text changed",
        # renumbered or moved, only its title changed: "text changed" over a text shown unchanged (reader hunt 44)
        "title_changed": "title changed",
        "formerly": "formerly “{title}”",
        # renamed from a title that showed nothing (`## 3.` become `## 3. Cookies`): `formerly “”` quoted nothing
        "formerly_untitled": "formerly untitled",
        # its heading's number written otherwise, the number the same (`1.` become `I.`): no word changed (texts 28)
        "numbering_changed": "numbering written otherwise",
        "links": "Link targets:",
        # the words a block's links and inline tags show on hover (an `<abbr title="…">`'s), where they changed
        "hover": "Text shown on hover:",
        # a block removed here and added elsewhere with the same or nearly the same words (engine.moves), said after
        # it in both places: the other's section named as the redline names it, or, in the same section, which way
        "moved_to": "Moved to {section}.",
        "moved_from": "Moved here from {section}.",
        "moved_up": "Moved further up in this section.",
        "moved_down": "Moved further down in this section.",
        # paragraphs whose words are now one's, or one's now several's (engine.joins), their count named, said once:
        # after the merged one; a split's after its first part on the pages, after its last in Word (strings.counted)
        "joined_merged": "{n} paragraphs merged into this one.",
        "joined_split": "One paragraph split into {n}, this one among them.",
        "joined_merged_items": "{n} list items merged into this one.",
        "joined_merged_mixed": "{n} paragraphs and list items merged into this one.",
        "joined_split_items": "One list item split into {n}, this one among them.",
        "joined_merged_into_item": "{n} paragraphs merged into this list item.",
        "joined_merged_items_into_paragraph": "{n} list items merged into this paragraph.",
        "joined_merged_mixed_into_item": "{n} paragraphs and list items merged into this list item.",
        # words struck in one place of a block and inserted in another of it, the same (engine.moved_within)
        "moved_within": "Words moved within this passage: struck where they were, inserted where they are.",
        "column_moved": "Column “{column}” moved.",
        "column_moved_untitled": "A column without a heading moved.",
        "row_moved_up": "Row “{row}” moved up in this table.",
        "row_moved_down": "Row “{row}” moved down in this table.",
        "image_replaced": "Image “{old}” replaced by “{new}”.",
        "image_replaced_untitled": "An image without a description replaced.",
        "image_replaced_same": "Image “{image}” replaced by another of the same description.",
        "image_replaced_same_untitled": "An image without a description replaced.",
        "image_added": "Image “{image}” added.",
        "image_added_untitled": "An image without a description added.",
        "image_removed": "Image “{image}” removed.",
        "image_removed_untitled": "An image without a description removed.",
        "preamble": "Title and introduction",
        # a numbered section as the redline, the changes page and the compare page name it (document.label_of): the
        # section sign where a language's legal texts write one, a language's own word where they do not (第2条, סעיף 2)
        "section": "§{number}",
        # a section whose heading shows nothing, neither number nor title (`## &nbsp;`): its heading in the redline,
        # which was empty (an empty link in the summary)
        "untitled_section": "Untitled section",
        # the same, named in a sentence where it shows nothing (no number, a blank title): "Moved to ." said nothing
        "moved_to_untitled": "Moved to an untitled section.",
        "moved_from_untitled": "Moved here from an untitled section.",
        "merged_untitled": "merged into an untitled section",
        "split_untitled": "split off an untitled section",
        # their status: two things, its words agree with both ("Titre et introduction (modifiés)"), not with a section
        "preamble_changed": "changed",
        # the summary's counts, then the title or the text above §1 changed, said as a clause of its own: not as if a
        # count of sections ("1 changed, 47 added, Title and introduction (changed)", reader audit 35)
        "counts_preamble": "{counts}; the title and introduction changed",
        "skipped": "unchanged paragraphs not shown",
        # a long table's run of unchanged rows left out on the changes and compare pages (render.shown_rows)
        "rows_skipped": "Unchanged rows not shown: {count}",
        "in_old": "previous version",
        "in_new": "new version",
        "truncated": "{count} more sections not shown here: see the full redline.",
        "truncated|one": "{count} more section not shown here: see the full redline.",
        "colon": ": ",
    },
    "fr": {
        "heading": "Modifications de la version du {old} à la version du {new}",
        "heading_undated": "Modifications entre deux versions",
        "heading_to_edited": "Modifications de la version du {old} au texte modifié (daté du {new})",
        "heading_from_edited": "Modifications du texte modifié (daté du {old}) à la version du {new}",
        "legend": "Légende",
        "legend_deleted": "texte supprimé\u00a0: barré, entre [− et ]",
        "legend_inserted": "texte ajouté\u00a0: souligné, entre [+ et ]",
        "example_deleted": "supprimé",
        "example_inserted": "ajouté",
        "sr_deleted": "suppression\u00a0:",
        "sr_inserted": "ajout\u00a0:",
        "summary": "Résumé",
        "counts": "{counts}", "comma": ", ",
        "count_changed": "{n} modifiées", "count_changed|one": "{n} modifiée",
        "count_added": "{n} ajoutées", "count_added|one": "{n} ajoutée",
        "count_removed": "{n} supprimées", "count_removed|one": "{n} supprimée",
        "count_renumbered": "{n} renumérotées", "count_renumbered|one": "{n} renumérotée",
        "count_moved": "{n} déplacées", "count_moved|one": "{n} déplacée",
        "count_renumbered_changed": "{n} renumérotées et modifiées",
        "count_renumbered_changed|one": "{n} renumérotée et modifiée",
        "count_moved_changed": "{n} déplacées et modifiées", "count_moved_changed|one": "{n} déplacée et modifiée",
        "counts_none": "aucune section modifiée",
        "notes": "Non montrées comme modifications du texte\u00a0: {notes}.",
        "term_replaced": "« {old} » devient « {new} » partout ({count} fois).",
        "figure_changed": "« {old} » devient « {new} » ({section}).",
        "link_changed": "Le lien vers {old} mène désormais à {new} ({section}).",
        "note_whitespace": "{n} modifications d’espacement seul",
        "note_whitespace|one": "{n} modification d’espacement seul",
        "note_formatting": "{n} modifications de mise en forme seule",
        "note_formatting|one": "{n} modification de mise en forme seule",
        "no_change": "Aucune modification du texte.",
        "references_renumbered": "renvois mis à jour avec les nouveaux numéros",
        "list_made_table": "Les éléments de liste ci-dessus sont devenus les lignes de ce tableau, avec les mêmes mots "
                           "ou presque.",
        "table_made_list": "Les lignes du tableau ci-dessus sont devenues ces éléments de liste, avec les mêmes mots "
                           "ou presque.",
        "editorial_version": "Marquée par l’entreprise comme modification rédactionnelle.",
        "page_of": "Page {page} sur {pages}",
        "announced": "Annoncée le {announced}, cette version entre en vigueur le {date}\u202f; elle ne s’applique pas "
                     "avant ce jour.",
        "unchanged": "inchangée",
        "changed": "modifiée",
        "added": "ajoutée",
        "removed": "supprimée",
        "renumbered": "renumérotée",
        "moved": "déplacée",
        "merged": "fusionnée avec le {section}",
        "split": "détachée du {section}",
        "count_merged": "{n} fusionnées",
        "count_merged|one": "{n} fusionnée",
        "count_split": "{n} détachées",
        "count_split|one": "{n} détachée",
        "text_unchanged": "texte inchangé",
        "text_changed": "texte modifié",
        "title_changed": "titre modifié",
        "formerly": "anciennement « {title} »",
        "formerly_untitled": "anciennement sans titre",
        "numbering_changed": "numérotation écrite autrement",
        "links": "Cibles des liens\u00a0:",
        "hover": "Texte affiché au survol\u00a0:",
        "moved_to": "Déplacé vers le {section}.",
        "moved_from": "Déplacé ici depuis le {section}.",
        "moved_up": "Déplacé plus haut dans cette section.",
        "moved_down": "Déplacé plus bas dans cette section.",
        "joined_merged": "{n} paragraphes réunis en celui-ci.",
        "joined_split": "Un paragraphe scindé en {n}, dont celui-ci.",
        "joined_merged_items": "{n} éléments de liste réunis en celui-ci.",
        "joined_merged_mixed": "{n} paragraphes et éléments de liste réunis en celui-ci.",
        "joined_split_items": "Un élément de liste scindé en {n}, dont celui-ci.",
        "joined_merged_into_item": "{n} paragraphes réunis en cet élément de liste.",
        "joined_merged_items_into_paragraph": "{n} éléments de liste réunis en ce paragraphe.",
        "joined_merged_mixed_into_item": "{n} paragraphes et éléments de liste réunis en cet élément de liste.",
        "moved_within": "Des mots déplacés dans ce passage : barrés où ils étaient, insérés où ils sont.",
        "column_moved": "Colonne « {column} » déplacée.",
        "column_moved_untitled": "Une colonne sans en-tête déplacée.",
        "row_moved_up": "Ligne « {row} » déplacée plus haut dans ce tableau.",
        "row_moved_down": "Ligne « {row} » déplacée plus bas dans ce tableau.",
        "image_replaced": "Image « {old} » remplacée par « {new} ».",
        "image_replaced_untitled": "Une image sans description remplacée.",
        "image_replaced_same": "Image « {image} » remplacée par une autre de même description.",
        "image_replaced_same_untitled": "Une image sans description remplacée.",
        "image_added": "Image « {image} » ajoutée.",
        "image_added_untitled": "Une image sans description ajoutée.",
        "image_removed": "Image « {image} » supprimée.",
        "image_removed_untitled": "Une image sans description supprimée.",
        "preamble": "Titre et introduction",
        "section": "§{number}",
        "untitled_section": "Section sans titre",
        "moved_to_untitled": "Déplacé vers une section sans titre.",
        "moved_from_untitled": "Déplacé ici depuis une section sans titre.",
        "merged_untitled": "fusionnée avec une section sans titre",
        "split_untitled": "détachée d’une section sans titre",
        "preamble_changed": "modifiés",
        "counts_preamble": "{counts}\u202f; le titre et l’introduction ont été modifiés",
        "skipped": "paragraphes inchangés non montrés",
        "rows_skipped": "Lignes inchangées non montrées\u00a0: {count}",
        "in_old": "version précédente",
        "in_new": "nouvelle version",
        "truncated": "{count} autres sections non montrées ici\u00a0: voir la comparaison complète.",
        "truncated|one": "{count} autre section non montrée ici\u00a0: voir la comparaison complète.",
        "colon": "\u00a0: ",
    },
}




def redline_labels(lang: str) -> dict[str, str]:
    """Interface words of the redline in `lang` (or its base language's), English for any missing key. A copy the
    caller may change."""
    return dict(_merged_redline(lang))


@functools.lru_cache(maxsize=64)
def _merged_redline(lang: str) -> dict[str, str]:
    return _typeset(_one_full_stop(_layered(REDLINE_STRINGS["en"], REDLINE_STRINGS.get(base_language(lang), {}),
                                            REDLINE_STRINGS.get(lang, {})), lang), lang)


def _register() -> None:
    """The languages of policysite.locales, each beside English and French."""
    from policysite.locales import (
        ar,
        ca,
        cs,
        da,
        de,
        el,
        es,
        fa,
        fi,
        he,
        hi,
        hu,
        id,
        it,
        ja,
        ko,
        nl,
        pl,
        pt,
        pt_br,
        ro,
        ru,
        sv,
        th,
        tr,
        uk,
        vi,
        zh,
        zh_hant,
    )

    for module in (ar, ca, cs, da, de, el, es, fa, fi, he, hi, hu, id, it, ja, ko, nl, pl, pt, pt_br, ro, ru, sv, th,
                   tr, uk, vi, zh, zh_hant):
        # pt_br: pt-BR, over pt's; zh_hant: zh-Hant, a script (title case), over English's
        language, _, region = module.__name__.rsplit(".", 1)[1].partition("_")
        code = f"{language}-{region.upper() if len(region) == 2 else region.title()}" if region else language
        STRINGS[code], REDLINE_STRINGS[code] = module.STRINGS, module.REDLINE


_register()
