"""Adopt57: an image whose alt text the import keeps in its place (a file this site does not have) was written
against the words touching it: `<img src="kiln.png" alt="Our kiln">Photographs of orders` read "Our kilnPhotographs",
`Call<img alt="phone"> us` "Callphone us", words no reader saw, misspelt to the checks. A space now parts the alt
text from a letter or digit of the text touching it, in an HTML page and in Markdown; punctuation and spaces stay as
they were, and so do the scripts written without spaces (Chinese, Japanese, Thai)."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from policysite.convert.neutralise import neutralise
from policysite.convert.notes import Notes


def test_an_html_image_s_alt_text_is_a_word_apart(tmp_path: Path):
    page = tmp_path / "privacy-2023-08-01.html"
    page.write_text('<html><body><main><h1>Privacy</h1><p><img src="kiln.png" alt="Our kiln">Photographs of orders,'
                    ' <img src="x.png" alt="icon">and more<img src="y.png" alt="tick">.</p><p>Call<img src="p.png" '
                    'alt="phone"> us.</p></main></body></html>', encoding="utf-8")
    markdown = convert(page, lang="en").markdown
    assert "Our kiln Photographs of orders, icon and more tick.\n\nCall phone us." in markdown, markdown


def test_in_markdown_too_and_not_in_unspaced_scripts():
    written = neutralise('# Privacy\n\nCall![phone](p.png)us, <img src="m.png" alt="mail">now.\n\n'
                         "電話![電話](p.png)です。\n\n(![tick](t.png)) done.\n", Notes())
    assert "Call phone us, mail now." in written, written
    assert "電話電話です。" in written and "(tick) done." in written, written
