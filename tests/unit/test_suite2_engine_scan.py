"""The print engine's faces found in its library (pdffonts._engine_faces): the places a font's table directory may
start, looked for with bytes.find and sifted by the table count the piece in hand holds, not a regular expression's
alternation and a read of the file at each of some 39,000 places (0.72 -> 0.30 s of CPU a process that judges a PDF:
bench/README.md, session 49, suite2)."""
from __future__ import annotations

import struct

from policysite import pdffonts


def _directory(version: bytes, tables: int) -> bytes:
    return version + struct.pack(">HHHH", tables, 0, 0, 0)


def test_each_sfnt_version_is_a_place_whose_table_count_is_a_fonts():
    piece = (b"..." + _directory(b"OTTO", 4) + b"--" + _directory(b"true", 64) + b"~"
             + _directory(b"\x00\x01\x00\x00", 12))
    assert pdffonts._directories(piece) == [3, 17, 30]


def test_a_version_whose_table_count_is_no_fonts_is_no_place():
    """Three tables, or 65, or none: no font's directory (head, name and cmap at least; _face_at's bound): not read."""
    piece = _directory(b"OTTO", 3) + _directory(b"true", 65) + _directory(b"\x00\x01\x00\x00", 0) + b"OTTX TRUE tru"
    assert pdffonts._directories(piece) == []


def test_a_version_whose_table_count_the_piece_cuts_off_is_left_to_the_file():
    """The piece ends inside the table count: the place is kept, for _face_at to read the count from the file."""
    assert pdffonts._directories(b"abcdOTTO\x00") == [4]
    assert pdffonts._directories(b"abcdOTTO") == [4]


def test_places_overlapping_and_of_every_version_come_in_order():
    """`\\x00\\x01\\x00\\x00` written twice over (its last bytes the next one's first) is looked for at both places
    (a regular expression's matches, never overlapping, saw the first only), and versions come in the order of the
    library's bytes whatever their kind, as the faces did before."""
    twice = b"\x00\x01\x00\x00\x01\x00\x00" + struct.pack(">HHHH", 5, 0, 0, 0)
    assert pdffonts._directories(twice) == [3]  # (the first's count reads \x01\x00: 256 tables, no font's)
    piece = _directory(b"true", 9) + _directory(b"OTTO", 9) + _directory(b"true", 9)
    assert pdffonts._directories(piece) == [0, 12, 24]
