"""legal28: a number changed inside a sentence (`pendant 30 jours` → `pendant 60 jours`), or in a table's cell (`3 ans`
→ `5 ans`), was said by `policy diff` as "1 modifiée" only, its digits struck among the words: a retention period,
a deadline, an age changed are what a DPO looks for first. `policy diff` now says each in plain words, the words
around it with it, in the messages' language (redline.figures; cli._figures_changed)."""
from __future__ import annotations

from policysite import cli, document, messages, redline
from policysite.redline import figures
from policysite.strings import NO_BREAK

OLD = ("## 3. Conservation\n\nNous conservons les données pendant 30 jours après la fin du contrat.\n\n"
       "| Donnée | Durée |\n|---|---|\n| Nom | 3 ans |\n\n## 4. Contact\n\nÉcrivez-nous.\n")


def _diff(old: str, new: str, lang: str = "fr") -> redline.Redline:
    def page(body: str, date: str) -> str:
        return f"---\ndate: {date}\n---\n\n# Politique\n\n{body}"
    return redline.diff(document.parse(page(old, "2024-05-01"), path="a", lang=lang),
                        document.parse(page(new, "2024-06-01"), path="b", lang=lang))


def test_a_number_changed_in_a_sentence_or_a_cell_is_named_with_the_words_around_it():
    new = OLD.replace("30 jours", "60 jours").replace("| 3 ans", "| 5 ans")
    assert figures.changed(_diff(OLD, new)) == [("3", "pendant 30 jours", "pendant 60 jours"), ("3", "3 ans", "5 ans")]


def test_words_changed_a_sentence_rewritten_or_added_whole_name_no_number():
    assert figures.changed(_diff(OLD, OLD.replace("Écrivez-nous.", "Écrivez-nous sous 30 jours."))) == []
    assert figures.changed(_diff(OLD, OLD.replace("après la fin du contrat", "après la résiliation"))) == []
    assert figures.changed(_diff(OLD, OLD.replace(
        "pendant 30 jours après la fin du contrat.", "tant que la loi nous y oblige, soit 10 ans au plus."))) == []
    assert figures.changed(_diff(OLD, OLD + "\n## 5. Mineurs\n\nLe site est interdit aux moins de 15 ans.\n")) == []


def test_policy_diff_says_it_in_the_messages_language():
    said = cli._figures_changed(_diff(OLD, OLD.replace("30 jours", "60 jours")))
    assert said is not None
    assert messages.said_in(said, "fr") == (
        f"1 nombre change dans le texte{NO_BREAK}: «{NO_BREAK}pendant 30 jours{NO_BREAK}» devient "
        f"«{NO_BREAK}pendant 60 jours{NO_BREAK}» (§3)")
    english = _diff(OLD.replace("Nous conservons les données pendant 30 jours", "We keep the data for 30 days"),
                    OLD.replace("Nous conservons les données pendant 30 jours", "We keep the data for 90 days"),
                    lang="en")
    assert messages.said_in(cli._figures_changed(english), "en") == (
        "1 number changes in the text: “for 30 days” becomes “for 90 days” (§3)")
    assert cli._figures_changed(_diff(OLD, OLD.replace("Écrivez-nous.", "Écrivez-nous vite."))) is None
