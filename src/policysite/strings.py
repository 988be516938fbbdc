"""Interface strings the policy site adds to the theme's, per language (English as fallback)."""
from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "site_name": "Politique de confidentialité de {company}",
        "copyright": "Copyright © {company}. Tous droits réservés.",
        "updated": "Dernière mise à jour : {date}",
        "version": "Version du {date}.",
        "versions": "Versions datées de ce document :",
        "permalink": "Lien permanent vers cette section",
        "archived": "Version archivée du {date} : ce texte n’est plus en vigueur.",
        "archived_link": "Lire la version en vigueur",
        "current_version": "cette version",
        "more_versions": "… et {count} version(s) antérieure(s), dans l’historique des versions",
        "history_link": "Historique des versions",
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
        "pdf_url": "En ligne :",
        "pdf_sha256": "Empreinte SHA-256 du texte source :",
        "sides_title": "Version du {date} : texte faisant foi et traduction côte à côte",
        "sides_notice": "Seul le texte en {source} fait foi : en cas de différence avec la traduction, il prévaut.",
        "sides_authoritative": "{language} (fait foi)",
        "sides_translation": "{language} (traduction)",
        "sides_missing": "Pas de section correspondante dans ce texte.",
        "sides_link": "{source} et {translation} côte à côte",
        "newer_versions": "Cette version n’est plus en vigueur. Versions publiées depuis\u00a0:",
        "history_title": "Historique des versions",
        "history_intro": "Chaque version datée de ce document, de la plus récente à la plus ancienne, "
                         "avec ce qui a changé par rapport à la précédente.",
        "in_force": "en vigueur",
        "changes_of": "Modifications par rapport au {date}",
        "section_counts": "Sections : {counts}.",
        "colon": " : ",
        "first_version": "Première version publiée.",
        "no_summary": "Publiée avant les pages de modifications : résumé non enregistré.",
        "json_export": "Texte en JSON",
        "feed_link": "Flux Atom des nouvelles versions",
        "group_changed": "Sections modifiées",
        "group_added": "Sections ajoutées",
        "group_removed": "Sections supprimées",
        "group_renumbered": "Sections renumérotées",
        "group_moved": "Sections déplacées",
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
        "compare_list_error": "Impossible de charger la liste des versions : {error}",
        "version_of": "version du {date}",
        "feed_title": "{site} : versions",
        "feed_entry": "Version du {date}",
    },
    "en": {
        "site_name": "Privacy policy of {company}",
        "copyright": "Copyright © {company}. All rights reserved.",
        "updated": "Last updated: {date}",
        "version": "Version of {date}.",
        "versions": "Dated versions of this document:",
        "permalink": "Permanent link to this section",
        "archived": "Archived version of {date}: this text is no longer in force.",
        "archived_link": "Read the version in force",
        "current_version": "this version",
        "more_versions": "… and {count} earlier version(s), in the history of versions",
        "history_link": "Version history",
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
        "pdf_url": "Online:",
        "pdf_sha256": "SHA-256 of the source text:",
        "sides_title": "Version of {date}: the authoritative text and its translation side by side",
        "sides_notice": "Only the {source} text is authoritative: where the translation differs, it prevails.",
        "sides_authoritative": "{language} (authoritative)",
        "sides_translation": "{language} (translation)",
        "sides_missing": "No matching section in this text.",
        "sides_link": "{source} and {translation} side by side",
        "newer_versions": "This version is no longer in force. Versions published since:",
        "history_title": "Version history",
        "history_intro": "Every dated version of this document, newest first, with what changed from the one before.",
        "in_force": "in force",
        "changes_of": "Changes since {date}",
        "section_counts": "Sections: {counts}.",
        "colon": ": ",
        "first_version": "First published version.",
        "no_summary": "Published before changes pages existed: no summary recorded.",
        "json_export": "Text as JSON",
        "feed_link": "Atom feed of new versions",
        "group_changed": "Sections changed",
        "group_added": "Sections added",
        "group_removed": "Sections removed",
        "group_renumbered": "Sections renumbered",
        "group_moved": "Sections moved",
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
        "compare_list_error": "The list of versions could not be loaded: {error}",
        "version_of": "version of {date}",
        "feed_title": "{site}: versions",
        "feed_entry": "Version of {date}",
    },
}


def strings(lang: str) -> dict[str, str]:
    """The strings of `lang`, falling back to English for any missing key."""
    return {**STRINGS["en"], **STRINGS.get(lang, {})}


def long_date(date: dt.date, lang: str) -> str:
    """`2021-02-17` as the language writes it in prose: 17 février 2021, February 17, 2021."""
    return format_date(date, format="long", locale=Locale.parse(lang, sep="-"))  # pt-BR as well as fr


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
        "counts": "{changed} changed, {added} added, {removed} removed, {renumbered} renumbered, {moved} moved",
        "notes": "Not shown as changes of text: {whitespace} whitespace-only, {formatting} formatting-only.",
        "no_change": "No change in the text.",
        "unchanged": "unchanged",
        "changed": "changed",
        "added": "added",
        "removed": "removed",
        "renumbered": "renumbered",
        "moved": "moved",
        "text_unchanged": "text unchanged",
        "text_changed": "text changed",
        "links": "Link targets:",
        "preamble": "Title and introduction",
        "skipped": "unchanged paragraphs not shown",
        "in_old": "previous version",
        "in_new": "new version",
        "truncated": "{count} more section(s) not shown here: see the full redline.",
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
        "counts": "{changed} modifiée(s), {added} ajoutée(s), {removed} supprimée(s), "
                  "{renumbered} renumérotée(s), {moved} déplacée(s)",
        "notes": "Non montrées comme modifications du texte\u00a0: {whitespace} d’espacement seul, "
                 "{formatting} de mise en forme seule.",
        "no_change": "Aucune modification du texte.",
        "unchanged": "inchangée",
        "changed": "modifiée",
        "added": "ajoutée",
        "removed": "supprimée",
        "renumbered": "renumérotée",
        "moved": "déplacée",
        "text_unchanged": "texte inchangé",
        "text_changed": "texte modifié",
        "links": "Cibles des liens\u00a0:",
        "preamble": "Titre et introduction",
        "skipped": "paragraphes inchangés non montrés",
        "in_old": "version précédente",
        "in_new": "nouvelle version",
        "truncated": "{count} autre(s) section(s) non montrée(s) ici\u00a0: voir la comparaison complète.",
        "colon": "\u00a0: ",
    },
}




def redline_labels(lang: str) -> dict[str, str]:
    """Interface words of the redline in `lang`, English for any missing key."""
    return {**REDLINE_STRINGS["en"], **REDLINE_STRINGS.get(lang, {})}
