"""legal17: a page saved as UTF-16 (Word's or Notepad's "Unicode") is said so, at its first line."""
from __future__ import annotations

import codecs

import pytest

from policysite import document, messages

TEXT = "---\ndate: 2030-01-15\n---\n\n# Politique de confidentialité\n\n## 1. Données\n\nNous traitons vos données.\n"


@pytest.mark.parametrize("data", [TEXT.encode("utf-16"), codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
                                  TEXT.encode("utf-16-le"), TEXT.encode("utf-16-be")],
                         ids=["bom-le", "bom-be", "le-without-bom", "be-without-bom"])
def test_a_page_saved_as_utf16_is_said_so_at_its_first_line(data):
    """It was "not UTF-8 (byte offset 0)" with a BOM and, without one, "not UTF-8" at line 5 or so, the line of the
    first byte UTF-8 refuses: neither said what to do in Word or Notepad."""
    with pytest.raises(document.DecodeError) as refused:
        document.decode(data, path="docs/fr/index.md")
    assert refused.value.utf16 and refused.value.line == 1
    assert messages.text_of(refused.value) == "docs/fr/index.md:1: saved as UTF-16 (the “Unicode” of Word or " \
        "Notepad): save the file as UTF-8"


@pytest.mark.parametrize("data", [TEXT.encode("cp1252"), TEXT.encode("utf-32"), b"\xff\xfe\x00\x00" + b"x" * 20])
def test_other_encodings_are_said_as_before_with_the_byte_and_its_line(data):
    with pytest.raises(document.DecodeError) as refused:
        document.decode(data, path="docs/fr/index.md")
    assert not refused.value.utf16
    assert "not UTF-8 (byte offset" in messages.text_of(refused.value)


def test_a_utf8_page_with_its_byte_order_mark_is_read():
    assert document.decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), path="p.md") == TEXT
