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
    r"|révisée?|révision|actualisée?|aktualisiert|aktualisierung|überarbeitet|stand|actualizad[ao]|actualización"
    r"|revisad[ao]|aggiornat[ao]|aggiornamento|bijgewerkt|herzien|atualizad[ao]|atualização)\b")
# Words naming the text itself ("this policy", "la présente politique", "diese Datenschutzerklärung" …)
_ITSELF = re.compile(
    r"(?i)\b(?:this (?:privacy |data protection |cookies? )?(?:policy|notice|statement|document|version|text)"
    r"|(?:la présente|cette) (?:politique|version|charte|notice|déclaration|information)"
    r"|(?:le présent|ce) (?:document|texte|avis)"
    r"|diese[rs]? (?:datenschutzerklärung|datenschutzhinweise|erklärung|richtlinie|fassung|version|dokument)"
    r"|(?:esta|la presente) (?:política|versión|declaración|aviso)"
    r"|(?:questa|la presente) (?:informativa|politica|versione))\b")


def _says_change(words: str) -> bool:
    return sync.effective(words) or _UPDATED.search(words) is not None


def date_line(sentence: str) -> bool:
    """Whether `sentence` (one short sentence with a date: sync.stated_dates) says its own text's date: words of a
    change or of taking effect, and the text named ("This policy was last updated on …"), or written as a label
    before the date (opening the sentence, "Updated 1 March 2020", "In force since …"; or before a colon, "Date of
    last revision: …"). `The GDPR has been in force since 25 May 2018.` is none."""
    if not _says_change(sentence):
        return False
    if _ITSELF.search(sentence):
        return True
    digit = re.search(r"\d", sentence)
    label = sentence[:digit.start()] if digit else sentence
    opening = label.replace(":", " ").split()[:3]
    if opening and (_UPDATED.match(" ".join(opening)) is not None or sync.effective(" ".join(opening[:2]))):
        return True
    return (":" in label or "\uff1a" in label) and len(label.split()) <= 6 and _says_change(label)
