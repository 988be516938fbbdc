"""Month names a language's texts write that CLDR does not give: Vietnamese's months in words (`tháng Hai`, CLDR
naming them by their number, `tháng 2`) and Hindi's other spellings (`फरवरी` without the nukta of CLDR's `फ़रवरी`,
`सितम्बर` with the nasal consonant of `सितंबर`'s anusvara, `अक्तूबर`), read beside CLDR's (adopt48)."""
from __future__ import annotations

import functools
import unicodedata

# Vietnamese names its months by their number, in digits (`tháng 2`, CLDR's) or in words, as legal prose and long
# dates write them (`ngày 17 tháng Hai năm 2021`); January and December have their traditional names too.
_VIETNAMESE = {name: number for number, names in enumerate(
    (("tháng một", "tháng giêng"), ("tháng hai",), ("tháng ba",), ("tháng tư",), ("tháng năm",), ("tháng sáu",),
     ("tháng bảy",), ("tháng tám",), ("tháng chín",), ("tháng mười",), ("tháng mười một",),
     ("tháng mười hai", "tháng chạp")), 1) for name in names}
# Hindi spellings a rule does not give: the Central Hindi Directorate's `अक्तूबर` beside CLDR's `अक्टूबर`.
_HINDI = {"अक्तूबर": 10}
_OWN = {"vi": _VIETNAMESE, "hi": _HINDI}

_NUKTA, _ANUSVARA, _VIRAMA = "\u093c", "\u0902", "\u094d"
# The nasal consonant an anusvara stands for before a consonant of each class (पञ्चमाक्षर): `सितंबर` is `सितम्बर`.
_NASALS = {**dict.fromkeys("कखगघ", "ङ"), **dict.fromkeys("चछजझ", "ञ"), **dict.fromkeys("टठडढ", "ण"),
           **dict.fromkeys("तथदध", "न"), **dict.fromkeys("पफबभ", "म")}


@functools.cache
def other_months(lang: str) -> dict[str, int]:
    """The month names, lower case, that texts in `lang` write besides CLDR's, by the month's number."""
    return dict(_OWN.get(lang.split("-")[0].lower(), {}))


def spellings(name: str) -> tuple[str, ...]:
    """The other ways a month's name in Devanagari is written (without its nukta, as most keyboards type `फरवरी`; its
    anusvara as the nasal consonant it stands for, `नवम्बर`, and back), NFC; () for a name of another script."""
    if not any("\u0900" <= char <= "\u097f" for char in name):
        return ()
    decomposed = unicodedata.normalize("NFD", name)
    forms = {decomposed.replace(_NUKTA, "")}
    for form in list(forms) + [decomposed]:
        forms.add(_conjunct(form))
        forms.add(_anusvara(form))
    return tuple(sorted({unicodedata.normalize("NFC", form) for form in forms} - {unicodedata.normalize("NFC", name)}))


def _conjunct(word: str) -> str:
    """`word` with each anusvara before a consonant written as that consonant's nasal and a virama."""
    return "".join(_NASALS[word[n + 1]] + _VIRAMA if char == _ANUSVARA and word[n + 1:n + 2] in _NASALS else char
                   for n, char in enumerate(word))


def _anusvara(word: str) -> str:
    """`word` with each nasal and virama before a consonant of its class written as an anusvara."""
    out, n = [], 0
    while n < len(word):
        if word[n + 1:n + 2] == _VIRAMA and _NASALS.get(word[n + 2:n + 3]) == word[n]:
            out.append(_ANUSVARA)
            n += 2
            continue
        out.append(word[n])
        n += 1
    return "".join(out)
