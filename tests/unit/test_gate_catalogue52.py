"""Safety hunt 52: what the branch serves beside its pages, read as the program that shows it reads it: a search
index's tags (Material writes them into the results as HTML), a feed's HTML text (a feed reader shows it, fetching its
images), a sitemap's image and video locations, an RSS item's permalink and an RSS 1.0 item's address (a crawler or a
reader follows them), and a Word document's deleted field or page background."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from policysite import docxactions, servedpages
from unit.test_docxactions import _redline, _with

FORGED_LINK = '<a href="https://evil.example/">Object here</a>'


def _index(tags: object) -> bytes:
    return json.dumps({"config": {"lang": ["en"], "separator": "[\\s\\-]+"},
                       "docs": [{"location": "#s1", "title": "1. Data", "text": "<p>Kept one year.</p>",
                                 "tags": tags}]}).encode()


def test_a_search_entrys_tag_the_theme_would_show_as_markup_is_named():
    """Material's search results write each of an entry's `tags` into a `span.md-tag` by `innerHTML` (its h(), as
    the titles and texts json_markup read): a forged index's tag put a link to another host under the result."""
    assert servedpages.json_markup(_index(["Retention", FORGED_LINK]), index=True) == FORGED_LINK
    assert servedpages.json_markup(_index(['<img src="x" alt="Cookies">']), index=True) == '<img src="x" alt="Cookies">'
    for plain in (["Retention", "Cookies & trackers"], "not a list", None):  # (a string's letters are no markup)
        assert servedpages.json_markup(_index(plain), index=True) == "", plain


_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


@pytest.mark.parametrize(("element", "said"), [
    ('<w:p><w:del w:id="901" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
     '<w:r><w:delInstrText> INCLUDEPICTURE "https://tracker.example/p.png" \\d </w:delInstrText></w:r>'
     '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del></w:p>', "word/document.xml: <delInstrText>"),
    (f'<w:background w:color="FFFFFF"><v:background {_V} id="b" filled="t">'
     '<v:fill src="https://tracker.example/b.png" type="frame"/></v:background></w:background>',
     "word/document.xml: <background>"),
])
def test_a_word_documents_deleted_field_or_page_background_is_named(element, said):
    """A field in a tracked deletion is a field Word keeps (its code in `w:delInstrText`, not `w:instrText`: an
    INCLUDEPICTURE there was read as no field), and a page background a VML fill whose picture a `src` names, as a
    `pict`'s does; the generator's redline writes neither, and passes."""
    data = _redline()
    assert docxactions.docx_action(data) == ""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    forged = document.replace(b"<w:body>", b"<w:body>" + element.encode(), 1) if element.startswith("<w:p>") \
        else document.replace(b"<w:body>", element.encode() + b"<w:body>", 1)
    assert docxactions.docx_action(_with(data, {"word/document.xml": forged})) == said
