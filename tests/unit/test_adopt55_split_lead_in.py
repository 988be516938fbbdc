"""Adopt55: a policy split into one file a part under an index page (split_texts) lost the index's list of links to
its parts, but the sentence leading to that list (`This policy is kept in three parts, one a page:`) stayed, above
nothing (adopt54's leftover). It goes with the list, said with its words; the index's other words stay (the sentences
before it in its paragraph too), and a lead-in to a list that goes on past the links (an item of words) stays with
it."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert, parts

FOLDER = Path(__file__).parents[1] / "data" / "adoption55" / "split" / "privacy-2022-08-15"


def _joined(index: str):  # noqa: ANN202
    names = ["part-1.md", "part-2.md", "part-3.md"]
    return parts.joined(convert(FOLDER / index, lang="en"), [(name, convert(FOLDER / name, lang="en")) for name in names],
                        indexed=True)


def test_the_words_leading_to_the_removed_list_of_parts_go_with_it():
    joined = _joined("README.md")
    markdown = joined.markdown
    assert "one a page" not in markdown and "](part-" not in markdown, markdown
    assert markdown.startswith("# Privacy Policy\n\nLast updated: 15 August 2022\n\nQuernstone Mills grinds flour for "
                               "local bakers.\n\nQuestions go to the mill office.\n\n## 1. Data we collect\n"), markdown
    notes = [str(note) for note in joined.notes]
    assert "left out the index page's words leading to those links (“This policy is kept in three parts, one a page:”), " \
           "which led to nothing once they were gone" in notes, notes
    page = f"---\ndate: 2022-08-15\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_a_lead_in_to_a_list_going_on_past_the_links_stays(tmp_path: Path):
    index = tmp_path / "index.md"
    index.write_text("# Privacy Policy\n\nThis policy covers:\n\n- [Data we collect](part-1.md)\n- the mill's shop\n",
                     encoding="utf-8")
    markdown = parts.joined(convert(index, lang="en"), [(name, convert(FOLDER / name, lang="en"))
                                                        for name in ("part-1.md", "part-2.md", "part-3.md")],
                            indexed=True).markdown
    assert "This policy covers:\n\n- the mill's shop\n" in markdown, markdown
