"""safety61 hunt: files a company imports that it did not write (a former vendor's export, a page saved from a
browser, a Word document of unknown origin), read as what they are: imported with what was left out said, or refused
with an `error:` naming the file, never their bytes as the text."""
from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from policysite import messages
from policysite.convert import ConvertError, convert
from unit.test_convert import make_docx

PAGE = "<html><body><h1>Privacy</h1><h2>1. Who we are</h2><p>We are Example.</p></body></html>"


def _zipped(**parts: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _docx(tmp_path: Path) -> bytes:
    make_docx(tmp_path / "word.docx")
    return (tmp_path / "word.docx").read_bytes()


@pytest.mark.parametrize("extension", [".html", ".md", ".txt", ".json"])
@pytest.mark.parametrize(("kind", "made"), [
    ("docx", _docx),
    ("odt", lambda tmp: _zipped(mimetype=b"application/vnd.oasis.opendocument.text", **{"content.xml": b"<x/>"})),
    ("zip", lambda tmp: _zipped(**{"privacy.html": PAGE.encode()})),
    ("pdf", lambda tmp: b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    ("gzip", lambda tmp: gzip.compress(PAGE.encode())),
    ("doc", lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
    ("picture", lambda tmp: b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ("binary", lambda tmp: b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(1, 256)) * 4 + bytes(64)),
])
def test_a_file_of_another_format_under_a_text_s_name_is_refused_naming_what_it_is(tmp_path, extension, kind, made):
    """Read as text, a Word document saved as `privacy-2022-03-01.html` became the version `PK§»…[Content_Types].xml…`,
    a PDF its `%PDF-1.7 1 0 obj` line, a page a server sent compressed its gzip bytes: each imported, said nowhere."""
    path = tmp_path / f"privacy-2022-03-01{extension}"
    path.write_bytes(made(tmp_path))
    with pytest.raises(ConvertError) as refused:
        convert(path)
    said = messages.text_of(refused.value)
    assert said.startswith(f"{path.name}: ") and f"under a {extension} name" in said and "nothing imported" in said
    assert getattr(said, "key", "") == f"import.disguised/{kind}"
    assert "(rien n'a été importé)" in messages.said_in(said, "fr")


def test_a_text_with_a_stray_zero_byte_or_in_utf16_is_a_text(tmp_path):
    """A damaged copy's stray zero byte is dropped, as browsers drop it; UTF-16's zero bytes are its characters'."""
    stray = tmp_path / "privacy-2022-03-01.html"
    stray.write_bytes(PAGE.replace("We are", "We\x00 are").encode())
    assert "We are Example." in convert(stray).markdown
    wide = tmp_path / "privacy-2022-03-02.html"
    wide.write_bytes(PAGE.encode("utf-16-le"))
    assert "We are Example." in convert(wide).markdown


def _word(tmp_path: Path, name: str, change) -> Path:
    from unit.test_convert import docx_parts, write_docx

    path = tmp_path / f"{name}-2022-03-01.docx"
    make_docx(path)
    parts = docx_parts(path)
    change(parts)
    write_docx(path, parts)
    return path


_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def _with_dtd(dtd: bytes, *, utf16: bool = False):
    def change(parts):
        text = parts["word/document.xml"].replace(_DECLARATION, b'<?xml version="1.0"?>' + dtd)
        parts["word/document.xml"] = text.replace(b"This policy explains", b"&x; This policy explains")
        if utf16:
            parts["word/document.xml"] = parts["word/document.xml"].decode().replace(
                "1.0\"?>", "1.0\" encoding=\"UTF-16\"?>", 1).encode("utf-16")
    return change


@pytest.mark.parametrize("dtd", [
    b'<!DOCTYPE w:document [<!ENTITY x "We sell your data to anyone.">]>',  # words no page of the document holds
    b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>',  # a file of the importing machine
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY x "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',  # laughs
])
@pytest.mark.parametrize("utf16", [False, True])
def test_a_word_part_declaring_a_dtd_is_refused_not_expanded_into_the_text(tmp_path, dtd, utf16):
    """Word opens no document whose parts declare a DTD; mammoth's parser expanded an internal entity into the text
    (the imported version said "We sell your data to anyone." where Word shows nothing), and left out one naming a file,
    unsaid. Refused, naming the part, in UTF-16 too."""
    path = _word(tmp_path, "dtd", _with_dtd(dtd, utf16=utf16))
    with pytest.raises(ConvertError) as refused:
        convert(path)
    said = messages.text_of(refused.value)
    assert getattr(said, "key", "") == "import.docx-dtd" and said.startswith(f"{path.name}: its part "
                                                                              "word/document.xml declares a DTD")


def test_a_word_document_holding_two_parts_of_one_name_is_refused(tmp_path):
    """Two `word/document.xml` in one zip (OPC compares names without case: `Word/Document.xml` too): mammoth read the
    last, another program the first. Word refuses the package; so does the import, naming the part."""
    import warnings

    for twin in ("word/document.xml", "WORD/Document.xml"):
        path = tmp_path / "twice-2022-03-01.docx"
        make_docx(path)
        with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as archive:
            warnings.simplefilter("ignore")  # (zipfile warns of the duplicate name)
            archive.writestr(twin, archive.read("word/document.xml").replace(b"This policy", b"Another text"))
        with pytest.raises(ConvertError) as refused:
            convert(path)
        said = messages.text_of(refused.value)
        assert getattr(said, "key", "") == "import.docx-twice" and twin in said


@pytest.mark.parametrize(("content_type", "extra", "key"), [
    ("application/vnd.ms-word.document.macroEnabled.main+xml", {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"},
     "convert.word-macros"),
    ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", {}, "convert.word-macros"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", {}, "convert.word-template"),
])
def test_a_docm_dotm_or_dotx_renamed_docx_is_read_as_its_text_and_said(tmp_path, content_type, extra, key):
    """A former vendor's .docm renamed .docx: its text is imported (nothing of it runs), and what it was is said."""
    def change(parts):
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", content_type.encode())
        parts.update(extra)

    converted = convert(_word(tmp_path, "macros", change))
    assert "This policy explains how Example Ltd uses personal data." in converted.markdown
    assert [note for note in converted.notes if getattr(note, "key", "") == key]
    plain = convert(_word(tmp_path, "plain", lambda parts: None))
    assert not [note for note in plain.notes if getattr(note, "key", "").startswith(("convert.word-macros",
                                                                                      "convert.word-template"))]


@pytest.mark.parametrize("target", ["\\\\fileserver01\\legal\\terms.docx", "%5C%5Cfileserver01%5Clegal%5Cterms.docx",
                                    "//fileserver01\\legal\\terms.docx"])
def test_a_link_to_a_windows_share_keeps_its_words_without_the_target_and_is_said(tmp_path, target):
    """Word opens `\\\\host\\share\\file` with the reader's network credentials; imported, it became a link into the
    site, `%5C%5Chost%5Cshare…`, broken and said nowhere, where a `file:` link was unlinked and said."""
    from html import escape

    page = tmp_path / "privacy-2022-03-01.html"
    page.write_text(PAGE.replace("We are Example.", f'We are Example (<a href="{escape(target)}">terms</a>).'),
                    encoding="utf-8")

    def linked(parts):
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            b"https://www.example.com/cookies", escape(target).encode())

    for converted in (convert(page), convert(_word(tmp_path, "share", linked))):
        assert "fileserver01" not in converted.markdown and "%5C" not in converted.markdown
        said = [str(note) for note in converted.notes if "which no reader can open" in str(note)]
        assert len(said) == 1 and "fileserver01" in said[0] and "(a file: address)" in said[0]


@pytest.mark.parametrize("extension", [".html", ".md"])
def test_a_file_in_utf8_but_for_some_bytes_of_windows_1252_reads_each_as_written_and_says_where(tmp_path, extension):
    """Text pasted from a Windows editor into a UTF-8 page: read whole as Windows-1252, its UTF-8 words were imported
    garbled (`DonnÃ©es`), said only as "read as Windows-1252". Each byte that is no UTF-8 is read as Windows-1252, the
    UTF-8 around it as UTF-8, and the first such byte's line said; a file in Windows-1252 throughout reads as before."""
    head = b"<html><body><h1>Politique</h1>\n<p>" if extension == ".html" else b"# Politique\n\n"
    path = tmp_path / f"privacy-2022-03-01{extension}"
    path.write_bytes(head + "Données personnelles, ".encode() + b"donn\xe9es \x93cit\xe9es\x94.\n")
    converted = convert(path)
    assert "Données personnelles, données “citées”." in converted.markdown
    said = [note for note in converted.notes if "/mixed" in getattr(note, "key", "")]
    line = head.count(b"\n") + 1
    assert len(said) == 1 and f"line {line}," in said[0] and "Windows-1252" in said[0], converted.notes
    path.write_bytes(head + b"Donn\xe9es \x93cit\xe9es\x94.\n")
    plain = convert(path)
    assert "Données “citées”." in plain.markdown
    assert [getattr(note, "key", "") for note in plain.notes if "utf8" in getattr(note, "key", "")] == [
        "convert.charset/not-utf8" if extension == ".html" else "convert.not-utf8"]


@pytest.mark.parametrize(("head", "key", "said"), [
    ('<meta http-equiv="refresh" content="0; url=https://other.example/privacy">', "convert.meta-refresh",
     "https://other.example/privacy after 0 s"),
    ("<meta http-equiv='Refresh' content='5;URL=\"/new-privacy\"'>", "convert.meta-refresh", "/new-privacy after 5 s"),
    ('<base href="https://cdn.other.example/site/">', "convert.base-href", "https://cdn.other.example/site/"),
    ('<base href="//cdn.other.example/">', "convert.base-href", "//cdn.other.example/"),
])
def test_a_page_sending_its_readers_elsewhere_or_reading_its_links_against_another_address_says_so(tmp_path, head,
                                                                                                     key, said):
    """A page saved with `<meta http-equiv="refresh" content="0; url=…">` was not what its readers read (they were
    sent on at once), and one with `<base href>` on another host led its relative links there: both were dropped
    unsaid, the page imported as the version."""
    path = tmp_path / "privacy-2022-03-01.html"
    path.write_text(PAGE.replace("<html>", f"<html><head>{head}</head>"), encoding="utf-8")
    converted = convert(path)
    assert "We are Example." in converted.markdown
    notes = [note for note in converted.notes if getattr(note, "key", "") == key]
    assert len(notes) == 1 and said in notes[0], converted.notes


@pytest.mark.parametrize("head", ['<meta http-equiv="refresh" content="300">', '<base href="/">',
                                  '<base href="/app/">', '<meta http-equiv="content-type" content="text/html">'])
def test_a_page_reloading_itself_or_with_a_base_on_its_own_site_says_nothing_of_it(tmp_path, head):
    path = tmp_path / "privacy-2022-03-01.html"
    path.write_text(PAGE.replace("<html>", f"<html><head>{head}</head>"), encoding="utf-8")
    assert not [note for note in convert(path).notes
                if getattr(note, "key", "") in ("convert.meta-refresh", "convert.base-href")]


_STORE = "{6E2A9C1B-0000-4000-8000-000000000001}"


def _bound(saved: str, data: str):
    def change(parts):
        control = ('<w:sdt><w:sdtPr><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:vendor:policy\'" '
                   f'w:xpath="/ns0:policy[1]/ns0:retention[1]" w:storeItemID="{_STORE}"/></w:sdtPr><w:sdtContent>'
                   f'<w:p><w:r><w:t>{saved}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + control.encode())
        parts["customXml/item1.xml"] = (f'<policy xmlns="urn:vendor:policy"><retention>{data}</retention>'
                                        "</policy>").encode()
        parts["customXml/itemProps1.xml"] = ('<ds:datastoreItem ds:itemID="' + _STORE.lower() + '" xmlns:ds="http://'
                                             'schemas.openxmlformats.org/officeDocument/2006/customXml"/>').encode()
        parts["customXml/_rels/item1.xml.rels"] = _RELS_TO_PROPS
    return change


_RELS_TO_PROPS = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
                  b'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  b'customXmlProps" Target="itemProps1.xml"/></Relationships>')


def test_a_content_control_whose_bound_data_says_other_words_than_it_saved_says_both(tmp_path):
    """Word fills a control bound to the document's data (`w:dataBinding`) from that data on opening: a vendor's
    template saved "We keep data for one year." in the control and "ten years" in its data showed ten years in Word,
    and was imported as one year, unsaid."""
    converted = convert(_word(tmp_path, "bound", _bound("We keep data for one year.", "We keep data for ten years.")))
    assert "We keep data for one year." in converted.markdown
    said = [note for note in converted.notes if getattr(note, "key", "") == "convert.word-bound"]
    assert len(said) == 1 and "“We keep data for ten years.”" in said[0] and "“We keep data for one year.”" in said[0]
    same = convert(_word(tmp_path, "same", _bound("We keep data for one year.", "We keep data for one year.")))
    assert not [note for note in same.notes if getattr(note, "key", "") == "convert.word-bound"]


def test_an_unopenable_link_s_note_names_the_markdown_line_its_words_went_to(tmp_path):
    """leads45: the note of a `file:` or Windows-share link unlinked named no line, where each other note of an import
    names one: the legal team searched the page for the words. Each names the Markdown line of its own words."""
    from html import escape

    page = tmp_path / "privacy-2022-03-01.html"
    page.write_text(PAGE.replace("<p>We are Example.</p>", '<p>We are Example (<a href="file:///C:/Legal/terms.docx">'
                                 'terms</a>).</p><h2>2. Data</h2><p>See <a href="'
                                 + escape("\\\\fileserver01\\legal\\data.docx") + '">the data list</a>.</p>'),
                    encoding="utf-8")
    converted = convert(page)
    lines = converted.markdown.split("\n")
    terms = next(n for n, line in enumerate(lines, 1) if "(terms)" in line)
    data = next(n for n, line in enumerate(lines, 1) if "the data list" in line)
    assert "\ue030" not in converted.markdown and terms < data
    said = [str(note) for note in converted.notes if "which no reader can open" in str(note)]
    assert [note.split(":")[0] for note in said] == [f"Markdown line {terms}", f"Markdown line {data}"], said
    assert "“terms”" in said[0] and "“the data list”" in said[1]
