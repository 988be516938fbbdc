"""legal26: a section the authoritative text has and its translation lacks is said missing with "translate it here"
(sync.section-missing) at a line of the translation. That line was the previous section's heading, above that
section's own text: the translator inserting there split the previous section in two. It is now where the section
belongs: the heading of the section that follows it (inserted before it), or, when it is the last one, the
translation's last line of text."""
from __future__ import annotations

from policysite import document, sync
from policysite.findings import Finding


def _text(sections: list[tuple[str, str]]) -> str:
    return "---\ndate: 2024-05-01\n---\n\n# Policy\n\n" + "".join(
        f"## {heading}\n\n{body}\n\n" for heading, body in sections)


def _line_of(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(words))


FRENCH = [("1. Qui sommes-nous", "Example SAS."), ("2. Données", "Votre nom.\n\nVotre adresse."),
          ("3. Durée", "Trois ans."), ("4. Contact", "Écrivez à privacy@example.com.")]
ENGLISH = [("1. Who we are", "Example SAS."), ("2. Data", "Your name.\n\nYour address."),
           ("3. Period", "Three years."), ("4. Contact", "Write to privacy@example.com.")]


def _missing(drop: int) -> tuple[str, list[Finding]]:
    english = _text([s for n, s in enumerate(ENGLISH) if n != drop])
    found = sync.compare(document.parse(_text(FRENCH), path="docs/fr/index.md", lang="fr"),
                         document.parse(english, path="docs/en/index.md", lang="en"))
    return english, [f for f in found if f.rule.startswith("sync.section-missing")]


def test_a_section_missing_between_two_is_said_at_the_heading_it_goes_before():
    english, missing = _missing(2)
    assert [f.rule for f in missing] == ["sync.section-missing"], missing
    assert missing[0].line == _line_of(english, "## 4. Contact")


def test_the_last_section_missing_is_said_at_the_translation_s_last_line_of_text():
    english, missing = _missing(3)
    assert [f.rule for f in missing] == ["sync.section-missing"], missing
    assert missing[0].line == _line_of(english, "Three years.")


def test_the_first_section_missing_is_said_at_the_first_heading():
    english, missing = _missing(0)
    assert [f.rule for f in missing] == ["sync.section-missing"], missing
    assert missing[0].line == _line_of(english, "## 2. Data")
