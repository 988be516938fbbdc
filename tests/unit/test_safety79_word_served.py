"""A Word document's runs right to left are allowed by the language it is served under (its folder, a redline's name),
not by the language it says of itself: a redline saying `ar` served as an English one is refused (safety79)."""
from __future__ import annotations

import pytest

from policysite import docxactions, servedpages
from policysite.messages import said_in
from unit.test_safety78_word_shown import _redline

_CHANGES = "2001-02-01/changes/redline-{lang}-2001-01-01-2001-02-01.docx"


@pytest.mark.parametrize(("path", "rtl"), [
    ("ar/" + _CHANGES.format(lang="ar"), True),
    ("he/" + _CHANGES.format(lang="he"), True),
    ("fa-IR/2001-02-01/changes/redline-fa-IR-2001-01-01-2001-02-01.docx", True),
    ("ar/cookies/2001-02-01/changes/letter.docx", True),
    ("en/" + _CHANGES.format(lang="ar"), False),  # an Arabic redline's name in the English folder
    ("ar/" + _CHANGES.format(lang="en"), False),  # an English redline's name in the Arabic folder
    ("en/" + _CHANGES.format(lang="en"), False),
    ("redline-ar-2001-01-01-2001-02-01.docx", True),
    ("letter.docx", False),
    ("arabic/letter.docx", False),
])
def test_the_language_a_document_is_served_under(path, rtl):
    assert docxactions.served_right_to_left(path) is rtl


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_redline_saying_a_language_written_right_to_left_served_as_an_english_one_is_refused(language):
    data = _redline("ar", "نحتفظ بالبيانات 90 يوما")
    assert docxactions.docx_action(data, served_rtl=True) == ""
    found = docxactions.docx_action(data)
    assert found in ("word/document.xml: <rtl>", "word/document.xml: <bidi>"), found
    refusal = servedpages._what_said("publish.docx-active", docxactions.docx_action)(data, [])
    assert refusal is not None and found in said_in(refusal, language)


def test_an_english_redline_served_under_its_folder_still_passes():
    assert docxactions.docx_action(_redline("en", "We keep your data 90 days")) == ""
