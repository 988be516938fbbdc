"""Whether a sentence is a date line of its own text: "Effective date: 1 March 2020", "Updated 1 March 2020", "This
policy was last updated on …", "Dernière mise à jour : …". Above the first section the checks judge every dated short
sentence (sync.date_blocks); further down a dated sentence may be a law's or a deadline's, and only one of these says
the text's own date, which the page would show beside the version's."""
from __future__ import annotations

import re

from policysite import sync

# Words saying a text was changed, in the languages the import reads (sync.effective's say it took effect)
_UPDATED = re.compile(
    r"(?i)\b(?:updated|revised|revision|amended|last (?:changed|modified)|modified|mise à jour|mis à jour|modifiée?"
    r"|modification|révisée?|révision|actualisée?|aktualisiert|aktualisierung|überarbeitet|stand|actualizad[ao]|actualización"
    r"|revisad[ao]|aggiornat[ao]|aggiornamento|bijgewerkt|herzien|atualizad[ao]|atualização)\b")
# Words naming the text itself ("this policy", "la présente politique", "diese Datenschutzerklärung" …)
_ITSELF = re.compile(
    r"(?i)\b(?:this (?:privacy |data protection |cookies? )?(?:policy|notice|statement|document|version|text)"
    r"|(?:la présente|cette) (?:politique|version|charte|notice|déclaration|information)"
    r"|(?:le présent|ce) (?:document|texte|avis)"
    r"|diese[rs]? (?:datenschutzerklärung|datenschutzhinweise|erklärung|richtlinie|fassung|version|dokument)"
    r"|(?:esta|la presente) (?:política|versión|declaración|aviso)"
    r"|(?:questa|la presente) (?:informativa|politica|versione))\b")

# Words saying a change was the latest ("last updated", "mise à jour pour la dernière fois", "zuletzt geändert")
_LAST = re.compile(r"(?i)\b(?:last|latest|most recently|dernière|dernier|zuletzt|letzte[rn]?|última|último|ultima"
                   r"|ultimo|laatst|laatste)\b")


def _says_change(words: str) -> bool:
    return sync.effective(words) or _UPDATED.search(words) is not None


def date_line(sentence: str) -> bool:
    """Whether `sentence` (one short sentence with a date: sync.stated_dates) says its own text's date: words of a
    change or of taking effect, and the text named ("This policy was last updated on …"), or written as a label
    before the date (opening the sentence, "Updated 1 March 2020", "In force since …"; or before a colon, "Date of
    last revision: …"). `The GDPR has been in force since 25 May 2018.` is none."""
    if not _says_change(sentence):
        return False
    return _ITSELF.search(sentence) is not None or _labelled(sentence)


def current(sentence: str) -> bool:
    """Whether `sentence` says its own text's date as of now: a date line (date_line) saying the last change ("This
    policy was last updated on …", "Dernière mise à jour : …"), not a change a history of versions tells ("Updated 1
    March 2020: section 4 added.", "This policy was amended on 25 May 2018 to …") nor a day a transition names
    ("Effective date: 1 March 2020. Before that day, the former text applied …"): what a sentence opening a longer
    paragraph, a list item or a table's row must be to be taken for a date line (legal21: "Last updated on 3 March
    2022. This policy …" in §9 of a version of 2024, a row "Last updated | 3 March 2022", were read by no check)."""
    return date_line(sentence) and _LAST.search(sentence) is not None


LONG_WORDS = 32  # the most words a sentence saying its own text's last change has as a date line (long_line)
# Words naming an earlier version than the text's own ("the previous version of this policy, last updated on …")
_EARLIER = re.compile(r"(?i)\b(?:previous|former|earlier|prior|old|précédente?|ancienne?|antérieure?"
                      r"|vorherige[nrs]?|frühere[nrs]?|bisherige[nrs]?|alte[nrs]?|anterior|previa|precedente|vecchia)\b")


def long_line(sentence: str) -> bool:
    """Whether `sentence`, longer than a short one (sync.STATED_WORDS) and of `LONG_WORDS` words at most, is a date
    line all the same: it says its own text's last change (current: "La présente politique de confidentialité a été
    mise à jour pour la dernière fois le 17 février 2021.", "Diese Datenschutzerklärung wurde zuletzt am 17. Februar
    2021 aktualisiert."), and names no earlier version ("The previous version of this policy, last updated on …"). A
    long sentence citing a law's date or telling a past change ("This policy was amended on 25 May 2018 to …") is
    none."""
    return len(sentence.split()) <= LONG_WORDS and current(sentence) and _EARLIER.search(sentence) is None


def _labelled(sentence: str) -> bool:
    """Whether `sentence` writes the words of a change as a label before its date."""
    digit = re.search(r"\d", sentence)
    label = sentence[:digit.start()] if digit else sentence
    # ("Last updated on 1 March 2020", "Zuletzt aktualisiert am …": the label opens after the word saying it is last)
    last = _LAST.match(label.lstrip())
    opening = label.lstrip()[last.end() if last else 0:].replace(":", " ").split()[:3]
    if opening and (_UPDATED.match(" ".join(opening)) is not None or sync.effective(" ".join(opening[:2]))):
        return True
    return (":" in label or "\uff1a" in label) and len(label.split()) <= 6 and _says_change(label)
