"""A text split in several files of one date (the pages a site showed it on, the parts a legal team kept): found as
one text's parts, and read as one (adoption hunt 26)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite.convert import ConvertError, convert, dated_sources, parts


def write(folder: Path, names: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(names):
        (folder / name).write_text(f"<main><h1>Privacy</h1><p>Part {n}.</p></main>", encoding="utf-8")


@pytest.mark.parametrize("names, order", [
    (["privacy-2023-01-01-part-2.html", "privacy-2023-01-01-part-1.html"], [1, 0]),
    (["privacy-2023-01-01_page2.html", "privacy-2023-01-01_page1.html", "privacy-2023-01-01_page3.html"], [1, 0, 2]),
    (["Datenschutz 2023-01-01 Teil 2.html", "Datenschutz 2023-01-01.html"], [1, 0]),  # the first unnumbered
    (["20230101-privacy-2 of 2.html", "20230101-privacy-1 of 2.html"], [1, 0]),
])
def test_files_of_one_date_named_as_the_parts_of_one_text_are_one_source_in_their_numbers_order(
        tmp_path: Path, names: list[str], order: list[int]):
    """Adoption hunt 26: a policy the old site showed over two pages, saved as `privacy-2023-01-01-part-1.html` and
    `…-part-2.html`, was refused ("both are dated 2023-01-01: import one text per date"): nothing could be imported
    without joining the files by hand."""
    write(tmp_path, names)
    sources = dated_sources([tmp_path])
    assert len(sources) == 1
    assert [sources[0].path.name, *(p.name for p in sources[0].parts)] == [names[i] for i in order]


@pytest.mark.parametrize("names", [
    ["privacy-2023-01-01.html", "cookies-2023-01-01.html"],  # two documents
    ["privacy-2023-01-01-part-1.html", "privacy-2023-01-01-part-3.html"],  # a part missing
    ["privacy-2023-01-01.html", "privacy-2023-01-01-2.html"],  # a number alone after an unnumbered name: no part's mark
    ["privacy-2023-01-01-part-1.html", "privacy-2023-01-01-part-2.md"],  # two formats
    ["privacy-2023-01-01 (1).html", "privacy-2023-01-01 (2).html"],  # a browser's downloads, not parts
])
def test_files_of_one_date_that_are_not_one_texts_parts_are_still_refused(tmp_path: Path, names: list[str]):
    write(tmp_path, names)
    with pytest.raises(ConvertError, match="both are dated January 1, 2023: import one text per date"):
        dated_sources([tmp_path])


def test_the_parts_of_a_text_in_two_folders_are_not_joined(tmp_path: Path):
    write(tmp_path / "a", ["privacy-2023-01-01-part-1.html"])
    write(tmp_path / "b", ["privacy-2023-01-01-part-2.html"])
    with pytest.raises(ConvertError, match="both are dated January 1, 2023"):
        dated_sources([tmp_path])


def test_the_parts_are_one_text_each_repeated_title_left_out_and_each_parts_notes_named(tmp_path: Path):
    first, second = tmp_path / "privacy-2023-01-01-part-1.html", tmp_path / "privacy-2023-01-01-part-2.html"
    first.write_text("<main><h1>Privacy Policy</h1><p>Effective 1 January 2023.</p><h2>1. Who we are</h2>"
                     "<p>Acme Ltd.</p></main>", encoding="utf-8")
    second.write_text("<main><h1>Privacy Policy (page 2 of 2)</h1><h2>2. Your rights</h2><p>Ask us. "
                      "<a href=\"javascript:openPrefs()\">Cookie settings</a>.</p></main>", encoding="utf-8")
    text = parts.joined(convert(first), [(second.name, convert(second))])
    assert text.markdown == ("# Privacy Policy\n\nEffective 1 January 2023.\n\n## 1. Who we are\n\nAcme Ltd.\n\n"
                             "## 2. Your rights\n\nAsk us. Cookie settings.\n"), text.markdown
    assert any(note.startswith("privacy-2023-01-01-part-2.html: ") and "javascript:" in note for note in text.notes)
    assert text.notes[-1].startswith("read with privacy-2023-01-01-part-2.html as one text, the parts in the order of "
                                     "their numbers (1 repeated title left out)")
    other = tmp_path / "privacy-2023-01-01-part-3.html"
    other.write_text("<main><h1>Annex: cookies</h1><p>Few.</p></main>", encoding="utf-8")
    assert "# Annex: cookies\n\nFew." in parts.joined(convert(first), [(other.name, convert(other))]).markdown


def test_two_files_of_one_date_not_named_as_parts_are_refused_saying_how_to_name_them(tmp_path: Path):
    write(tmp_path, ["privacy-2023-01-01-main.html", "privacy-2023-01-01-cookies.html"])
    with pytest.raises(ConvertError) as error:
        dated_sources([tmp_path])
    assert str(error.value).endswith(
        "both are dated January 1, 2023: import one text per date (if they are the pages of one text, name them in their "
        "order, privacy-2023-01-01-cookies-part-1.html, privacy-2023-01-01-cookies-part-2.html: they are read as one)")
    (tmp_path / "privacy-2023-01-01-cookies.html").rename(tmp_path / "privacy-2023-01-01-cookies-part-1.html")
    (tmp_path / "privacy-2023-01-01-main.html").rename(tmp_path / "privacy-2023-01-01-cookies-part-2.html")
    assert [p.name for p in dated_sources([tmp_path])[0].parts] == ["privacy-2023-01-01-cookies-part-2.html"]
