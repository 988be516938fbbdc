"""An image whose alt text is only its file's name (Notion's `![Untitled](…/Untitled.png)`, a CMS's `alt="image.png"`):
no words of the text, left out and said, where an image's own alt text is kept as its words (session 33 hunt: a Notion
export's pasted picture put "Untitled" in the middle of the policy)."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from policysite.messages import said_in


def test_an_images_file_name_as_its_alt_text_is_no_word_of_the_text(tmp_path: Path):
    source = tmp_path / "privacy-2023-03-01.md"
    source.write_text(
        "# Privacy Policy\n\n## 1. Data\n\nWe collect little.\n\n"
        "![Untitled](Privacy%20Policy%201a2b3c4d/Untitled.png)\n\n"
        '<img src="/uploads/image.png" alt="image.png">\n\n'
        "![Our office in Lyon](office.png)\n", encoding="utf-8")
    converted = convert(source)
    assert "Untitled" not in converted.markdown and "image.png" not in converted.markdown, converted.markdown
    assert "Our office in Lyon" in converted.markdown
    notes = [said_in(note, "en") for note in converted.notes]
    assert "line 7: image Privacy%20Policy%201a2b3c4d/Untitled.png had only its file's name for alt text " \
           "(“Untitled”), which the editor that stored it wrote, not a word of the text: removed" in notes, notes
    assert any("(“image.png”)" in note for note in notes), notes
    assert any("«\u00a0Untitled\u00a0»" in said_in(note, "fr") for note in converted.notes)
