"""Words9: a damaged .docx, .odt or .zip and an ill-formed SVG were said with Python's own English ("File is not a zip
file", "no element found: line 1, column 96", "mismatched tag: line 2, column 7") in every language: the catalogue
says what is wrong with the file, where, and what to do."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from policysite import messages
from policysite.convert import ConvertError, convert
from policysite.convert.zipped import unpacked
from policysite.image_rules import svg_problems

NB = "\u00a0"
_NOT_ZIP = "le fichier n'est pas une archive zip, ou l'archive est endommagée, tronquée lors d'un téléchargement ou " \
           "d'une copie"


def _zipped(parts: dict[str, str], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


_WORD = "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body><w:p>"
_ODT = "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'>\n<office:body>"


@pytest.mark.parametrize(("name", "data", "said"), [
    ("a.docx", b"PK\x03\x04 not a zip at all", f"a.docx{NB}: illisible comme document Word{NB}: {_NOT_ZIP}{NB}: ouvrez-le dans "
     "Word et enregistrez-le de nouveau au format .docx"),
    ("b.docx", _zipped({"word/document.xml": _WORD})[:-30], f"b.docx{NB}: illisible comme document Word{NB}: "
     f"{_NOT_ZIP}{NB}: "),
    ("c.docx", _zipped({"word/document.xml": _WORD}), f"c.docx{NB}: illisible comme document Word{NB}: XML mal formé "
     f"à la ligne 1, colonne 97{NB}: ouvrez-le dans Word"),
    ("d.odt", b"PK\x03\x04 damaged", f"d.odt{NB}: illisible comme texte OpenDocument{NB}: {_NOT_ZIP}{NB}: ouvrez-le "
     "dans LibreOffice et enregistrez-le de nouveau au format .odt"),
    ("e.odt", _zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": _ODT}),
     f"e.odt{NB}: illisible comme texte OpenDocument{NB}: XML mal formé à la ligne 2, colonne "),
])
def test_a_damaged_document_is_said_in_the_catalogue_not_in_pythons_english(tmp_path: Path, name, data, said):
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ConvertError) as refused:
        convert(source, lang="fr")
    text = messages.said_in(messages.text_of(refused.value), "fr")
    assert text.startswith(said)
    assert "zip file" not in text and "element" not in text and "end of data" not in text


def test_a_zip_compressed_as_python_reads_none_says_so(tmp_path: Path):
    data = bytearray(_zipped({"privacy-2021-01-01.md": "# Privacy\n" * 50}))
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # the method of the entry, in its local and its central header
        at = data.find(header)
        offset = at + (8 if header == b"PK\x03\x04" else 10)
        data[offset:offset + 2] = (99).to_bytes(2, "little")  # AES: a method zipfile cannot read
    archive = tmp_path / "old.zip"
    archive.write_bytes(bytes(data))
    with pytest.raises(ConvertError) as refused:
        unpacked(archive, tmp_path / "out")
    assert messages.said_in(messages.text_of(refused.value), "fr") == (
        f"old.zip{NB}: illisible comme archive zip{NB}: une partie de l'archive est compressée ou chiffrée d'une façon "
        "qui ne se lit pas (seules les parties stockées telles quelles ou compressées en Deflate, bzip2 ou LZMA se "
        "lisent)\u202f; décompressez-la et importez le dossier (rien n'a été importé)")
    assert "))" not in messages.said_in(messages.text_of(refused.value), "en")


def test_an_ill_formed_svg_names_the_line_and_column_in_the_catalogues_words():
    said = svg_problems(b'<svg xmlns="http://www.w3.org/2000/svg">\n  <g></svg>')
    assert [messages.said_in(one, "fr") for one in said] == [
        "XML mal formé à la ligne 2, colonne 8, tel que le lirait un navigateur qui l'ouvre"]
