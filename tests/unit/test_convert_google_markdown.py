"""Markdown written for CommonMark readers, as Google Docs' "Download › Markdown" writes it: adoption 12, session 35."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert
from unit.test_convert import page_text, unlanded

# A Google Docs export (File › Download › Markdown): bold headings with the document's heading ids, CommonMark
# escapes of every punctuation mark it could read as markup, a link to a heading by its id.
EXPORT = ("# **Privacy Policy**\n\nLast updated: March 1, 2023\n\n## **1\\. Who we are** {#h.gjdgxs}\n\n"
          "Example Ltd (“**we**”) keeps logs \\~ 30 days\\. Fees: \\$0 \\= free; ratio 1\\:2; “a\\/b”; 5 \\% off\\!\n\n"
          "## **2\\. Your rights** {#h.30j0zll}\n\nAsk us \\<dpo\\@example\\.com\\> \\& see [who we are](#h.gjdgxs)\\.\n\n"
          "| Right | How \\| where |\n| :---- | :---- |\n| Access | e\\-mail \\| post |\n\n"
          "Code `a\\~b` stays\\.\n")


def test_google_docs_escapes_the_site_does_not_read_are_written_as_their_characters(tmp_path: Path):
    """CommonMark lets a backslash escape any punctuation mark; the site's renderer only its own few: the page showed
    `\\~ 30 days`, `\\$0 \\= free`, `1\\:2`, `\\<dpo\\@example.com\\>` with their backslashes. Imported, each is its
    character (`<` and `&` as entities), `\\|` kept inside a table (which reads it), code as written; said."""
    source = tmp_path / "privacy-2023-03-01.md"
    source.write_text(EXPORT, encoding="utf-8")
    converted = convert(source)
    shown = page_text(converted.markdown)
    assert "\\" not in shown.replace("a\\~b", ""), shown
    assert "keeps logs ~ 30 days. Fees: $0 = free; ratio 1:2; “a/b”; 5 % off! 2. Your rights Ask us " \
           "<dpo@example.com> & see who we are" in shown, shown
    assert "| Access | e\\-mail \\| post |" in converted.markdown and "Code `a\\~b` stays" in converted.markdown
    assert "Access e-mail | post" in shown
    said = "\n".join(messages.said_in(note, "fr") for note in converted.notes)
    assert "lignes 7 et 11\u00a0: barres obliques inverses devant des caractères que le Markdown du site n'échappe " \
           "pas" in said, said


def test_google_docs_heading_ids_are_left_out_and_links_to_them_land(tmp_path: Path):
    """Google Docs' ids (`{#h.gjdgxs}`) differ in each copy of the document and in each language's: they were taken
    as the sections' identities, so the French export's `2.` and the English one's were two sections. Imported, the
    sections are known by their numbers, and the link to `#h.gjdgxs` leads to section 1."""
    texts = {}
    for lang, ids in (("en", ("h.gjdgxs", "h.30j0zll")), ("fr", ("h.1fob9te", "h.3znysh7"))):
        source = tmp_path / lang / "privacy-2023-03-01.md"
        source.parent.mkdir()
        source.write_text(EXPORT.replace("h.gjdgxs", ids[0]).replace("h.30j0zll", ids[1]), encoding="utf-8")
        texts[lang] = convert(source)
    policies = {lang: document.parse(converted.markdown, path="index.md", lang=lang)
                for lang, converted in texts.items()}
    assert [section.number for section in policies["en"].sections] == ["1", "2"]
    assert [section.number for section in policies["fr"].sections] == ["1", "2"]
    assert "[who we are](#s1)" in texts["en"].markdown and unlanded(texts["en"].markdown) == set()
    assert "{#h." not in texts["fr"].markdown
    assert any("left out Google Docs' id of the heading" in note for note in texts["en"].notes), texts["en"].notes
