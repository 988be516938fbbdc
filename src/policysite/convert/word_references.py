"""Word's links written as fields that mammoth reads as plain words: a cross-reference (`REF _Ref123 \\r \\h`, Insert ›
Cross-reference, "see section 4.2", which Word follows on a click) and a link written as a simple field
(`<w:fldSimple w:instr=" HYPERLINK &quot;https://…&quot; ">`, as generators and mail merges write one). Each is made
the field mammoth reads as a link (`HYPERLINK \\l "_Ref123"`, whose target the import leads to the section's id): the
legal text's internal links landed nowhere, and a simple field's address was dropped (adopt41)."""
from __future__ import annotations

import html
import re

# A simple field that is a link or a cross-reference: the field Word writes with begin, separate and end marks, which
# mammoth reads (it skips a simple field's own element, and the import read its words as text only).
_SIMPLE = re.compile(r'<w:fldSimple\b[^>]*?\bw:instr="(\s*(?i:HYPERLINK|REF)\s[^"]*)"[^>]*?(?<!/)>(.*?)</w:fldSimple>',
                     re.S)
# A field's code: between its begin and separate marks, no field nested inside it, in one or several runs.
_CODE = re.compile(r'(<w:fldChar\b[^>]*w:fldCharType="begin"[^>]*>)((?:(?!<w:fldChar\b).)*?)'
                   r'(?=<w:fldChar\b[^>]*w:fldCharType="separate")', re.S)
_INSTRUCTION = re.compile(r"(<w:instrText\b[^>]*>)([^<]*)(</w:instrText>)")
# REF's bookmark and switches: `\h` makes the result a link to the bookmark (a REF without it is words only). Word reads
# a field's name, its switches and its bookmarks' names whatever their case (`ref _ref123 \H`, as typed in Ctrl+F9).
_REFERENCE = re.compile(r"\s*(?i:REF)\s+([^\s\\\"]+)((?:\s+\\[A-Za-z*#@](?:\s+\"[^\"]*\"|\s+[^\s\\\"]+)?)*)\s*\Z")
_BOOKMARK = re.compile(r'<w:bookmarkStart\b[^>]*\bw:name="([^"]+)"')


def _simple_as_complex(match: re.Match[str]) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f'{match.group(1)}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{match.group(2)}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def linked(document: str) -> str:
    """`document` (word/document.xml) with its link and cross-reference simple fields written as Word's other fields,
    and each cross-reference to a bookmark of the document made a link to it."""
    document = _SIMPLE.sub(_simple_as_complex, document)
    if "ref" not in document.lower():
        return document
    bookmarks = {name.lower(): name for name in _BOOKMARK.findall(document)}

    def reference(match: re.Match[str]) -> str:
        parts = _INSTRUCTION.findall(match.group(2))
        code = html.unescape("".join(text for _start, text, _end in parts))
        found = _REFERENCE.match(code)
        if found is None or found.group(1).lower() not in bookmarks or not re.search(r"\\[hH]\b", found.group(2)):
            return match.group(0)  # words only, or a bookmark the document lacks (Word shows an error, links nowhere)
        bookmark = bookmarks[found.group(1).lower()]
        first = [True]

        def instruction(part: re.Match[str]) -> str:
            text = f' HYPERLINK \\l "{html.escape(bookmark)}" ' if first[0] else ""
            first[0] = False
            return part.group(1) + text + part.group(3)

        return match.group(1) + _INSTRUCTION.sub(instruction, match.group(2))

    return _CODE.sub(reference, document)
