"""Words 12: a publication's summary (`archive.describe`, said by `policy publish`) names a section whose heading shows
nothing as the checks name it, by its line, never by nothing (" (new)", an empty part); the section a merged or split
one went into or came off is said with the words its language puts before a number, a title or neither."""
from __future__ import annotations

import pytest

from policysite import archive
from policysite.messages import LANGUAGES, catalogue, said_in

HEAD = "---\ndate: 2030-01-01\n---\n\n# Synthetic policy\n\n"
ONE = "Alpha words that are long enough to be matched as one paragraph of fictional text."
TWO = "Beta words that are also long enough to be matched as a paragraph of fictional text."


def _described(old: str, new: str, lang: str) -> list[str]:
    change = archive.changes_of(HEAD + new, previous_text=HEAD + old, lang="en")
    return [said_in(part, lang) for part in archive.describe(change)] if change else []


BLANK_HEADINGS = ("## &nbsp;", "## <span></span>", "## **\u200b**")


@pytest.mark.parametrize("heading", BLANK_HEADINGS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", ["added", "removed", "changed"])
def test_a_section_whose_heading_shows_nothing_is_named_by_its_line(heading, lang, case):
    kept = f"## Scope\n\n{ONE}\n\n"
    blank = f"{heading}\n\n{TWO}\n"
    old, new = {"added": (kept, kept + blank), "removed": (kept + blank, kept),
                "changed": (kept + blank, kept + blank.replace("Beta", "Gamma"))}[case]
    said = _described(old, new, lang)
    line = HEAD.count("\n") + 5  # the blank heading's line, in the version that has it
    untitled = catalogue(lang)["section.untitled"].format(line=line)
    assert said and all(part.strip() and not part.startswith(" (") for part in said), said
    assert any(part.startswith(untitled) for part in said), said


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_section_merged_into_one_that_shows_nothing_is_said_merged_into_an_untitled_section(lang):
    said = _described(f"## 1. Scope\n\n{ONE}\n\n## 2. Other\n\n{TWO}\n", f"## &nbsp;\n\n{ONE}\n\n{TWO}\n", lang)
    merged = catalogue(lang)["archive.partner/into-untitled"]
    assert any(part.endswith(f"{merged})") for part in said), said


@pytest.mark.parametrize(("old", "new", "said"), [
    (f"## 1. Scope\n\n{ONE}\n\n## 2. Other\n\n{TWO}\n", f"## 1. Scope\n\n{ONE}\n\n{TWO}\n", "§2 (fusionnée avec le §1)"),
    (f"## Scope\n\n{ONE}\n\n## Other\n\n{TWO}\n", f"## Scope\n\n{ONE}\n\n{TWO}\n",
     "Other (fusionnée avec la section «\u00a0Scope\u00a0»)"),
    (f"## 1. Scope\n\n{ONE}\n\n{TWO}\n", f"## 1. Scope\n\n{ONE}\n\n## 2. Other\n\n{TWO}\n", "§2 (détachée du §1)"),
    (f"## Scope\n\n{ONE}\n\n{TWO}\n", f"## Scope\n\n{ONE}\n\n## Other\n\n{TWO}\n",
     "Other (détachée de la section «\u00a0Scope\u00a0»)"),
])
def test_french_says_the_article_a_number_or_a_title_takes(old, new, said):
    """"fusionnée avec le Scope", "détachée du Scope": the article of a number said before a title."""
    assert said in _described(old, new, "fr")
