"""One source for the font a company adds for a script its PDFs lack (company8): `policy init` advised IPAGothic for
Japanese where `policy check` and the build advised Noto Sans CJK JP; each language NO_PDF_FONT lists is now named the
same family by init's note as by the check's and the build's advice (scriptfonts)."""
from __future__ import annotations

import pytest

from policysite import init, scriptfonts
from policysite.init import NewLanguage


def _language(code: str) -> NewLanguage:
    return init.new_language(code, company="Example SA", public_url="https://example.org/", themes=frozenset(),
                             stemmers=frozenset(), dictionaries=frozenset())


@pytest.mark.parametrize("code", sorted(init.NO_PDF_FONT))
def test_init_names_the_family_the_check_and_the_build_name(code):
    script = init.NO_PDF_FONT[code]
    note = next(str(n) for n in init.notes_for([_language(code)]) if "PDF's fonts" in str(n))
    letters = {"Jpan": "お客様", "Kore": "개인정보", "Hani": "个人信息"}.get(script) or scriptfonts.letters(script)
    advised = scriptfonts.advice(scriptfonts.script_of(letters) or script, code, letters)  # check's and the build's
    font = scriptfonts.known(script, code)
    if font is not None and font.tried:
        assert f": {font.family} ({font.package}) was tried and accepted" in note, note
        assert advised.font == font.family
    else:
        assert "was tried" not in note, note


def test_japanese_is_one_family_everywhere():
    note = next(str(n) for n in init.notes_for([_language("ja")]) if "PDF's fonts" in str(n))
    families = {scriptfonts.suggested(script, "ja") for script in ("Jpan", "Hira", "Kana", "Hani")}
    assert len(families) == 1 and f"{families.pop()} (" in note
