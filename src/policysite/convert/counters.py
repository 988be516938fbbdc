"""The labels lists count with in other scripts than Latin: CSS's counter styles (CSS Counter Styles 3 and its
ready-made styles) and Word's number formats (`w:numFmt`) read as the same styles. The text cites these labels
("前项①", "item イ"), so an import keeps them as written; neither Markdown nor mammoth can say them."""
from __future__ import annotations

import re

# Alphabetic styles: 1 is the first symbol, and past the last one the symbols are combined as CSS combines them
# (a, …, z, aa, ab), as a browser draws a long list of each.
_ALPHABETIC = {
    "lower-greek": "αβγδεζηθικλμνξοπρστυφχψω",
    "upper-greek": "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "katakana-iroha": "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス",
    "hiragana-iroha": "いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす",
    "katakana": "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン",
    "hiragana": "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん",
    "hangul": "가나다라마바사아자차카타파하",
    "hangul-consonant": "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ",
    "cjk-heavenly-stem": "甲乙丙丁戊己庚辛壬癸",
    "cjk-earthly-branch": "子丑寅卯辰巳午未申酉戌亥",
    "arabic-alpha": "أبتثجحخدذرزسشصضطظعغفقكلمنهوي",  # Word's arabicAlpha: the letters' hijā'ī order
    "arabic-abjad": "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",  # Word's arabicAbjad: their abjad order
    "hebrew-alpha": "אבגדהוזחטיכלמנסעפצקרשת",  # Word's hebrew2: the letters, not their values
    "thai-alphabetic": "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",
    "devanagari-consonant": "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",  # Word's hindiConsonants
    "devanagari-vowel": "अआइईउऊऋएऐओऔ",  # Word's hindiVowels
    "lower-russian": "абвгдежзиклмнопрстуфхцчшщэюя",
    "upper-russian": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
}

# Numeric styles: the digits of a script, positional as ours.
_DIGITS = {"arabic-indic": 0x660, "persian": 0x6F0, "devanagari": 0x966, "bengali": 0x9E6, "gurmukhi": 0xA66,
           "gujarati": 0xAE6, "oriya": 0xB66, "tamil": 0xBE6, "telugu": 0xC66, "kannada": 0xCE6, "malayalam": 0xD66,
           "thai": 0xE50, "lao": 0xED0, "tibetan": 0xF20, "myanmar": 0x1040, "khmer": 0x17E0, "mongolian": 0x1810,
           "fullwidth-decimal": 0xFF10}

_CJK_DIGITS = "零一二三四五六七八九"
_HANGUL_DIGITS = "영일이삼사오육칠팔구"


def _alphabetic(n: int, symbols: str) -> str:
    text = ""
    while n > 0:
        n, rest = divmod(n - 1, len(symbols))
        text = symbols[rest] + text
    return text


def _cjk(n: int, *, digits: str, units: str, zero: bool, one_before: str) -> str:
    """`n` (1 to 99 999 999) counted in myriads as Chinese, Japanese and Korean write it: 十一, 一百零一, 百一;
    `one_before` are the units written with their 一 (Chinese writes 一百, not 一十 at the start)."""
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = _cjk(low, digits=digits, units=units, zero=zero, one_before=one_before + units[0]) if low else ""
        gap = digits[0] if zero and low and low < 1000 else ""
        return _cjk(high, digits=digits, units=units, zero=zero, one_before=one_before) + units[3] + gap + rest
    text, pending_zero = "", False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit, n = divmod(n, power)
        if digit:
            if pending_zero and zero:
                text += digits[0]
            pending_zero = False
            text += ("" if digit == 1 and unit and unit not in one_before and not text else digits[digit]) + unit
        elif text:
            pending_zero = True
    return text


def counter(n: int, style: str) -> str | None:
    """The text of counter value `n` in the CSS counter style `style` (without its suffix), or None when the style
    is not one of those read here or cannot draw `n` (a browser then draws it in decimal)."""
    style = style.lower()
    if n < 1:
        return str(n) if style in ("decimal", "decimal-leading-zero") else None
    if style == "decimal":
        return str(n)
    if style == "decimal-leading-zero":
        return f"{n:02d}"
    if style in _ALPHABETIC:
        return _alphabetic(n, _ALPHABETIC[style])
    if style in _DIGITS:
        return "".join(chr(_DIGITS[style] + int(d)) for d in str(n))
    if style == "cjk-decimal":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if style == "circled-decimal":
        return chr(0x2460 + n - 1) if n <= 20 else chr(0x3251 + n - 21) if n <= 35 else \
            chr(0x32B1 + n - 36) if n <= 50 else None
    if n >= 10**8:
        return None
    if style in ("cjk-ideographic", "trad-chinese-informal", "simp-chinese-informal"):
        return _cjk(n, digits=_CJK_DIGITS, units="十百千萬" if style.startswith("trad") else "十百千万", zero=True,
                    one_before="百千")
    if style == "japanese-informal":
        return _cjk(n, digits="〇一二三四五六七八九", units="十百千万", zero=False, one_before="")
    if style == "korean-hanja-informal":
        return _cjk(n, digits=_CJK_DIGITS, units="十百千萬", zero=False, one_before="")
    if style == "korean-hangul-formal":
        return _cjk(n, digits=_HANGUL_DIGITS, units="십백천만", zero=False, one_before="십백천")
    if style == "hebrew" and n < 1000:
        return _hebrew(n)
    return None


def _hebrew(n: int) -> str:
    """`n` (1 to 999) in Hebrew numerals, as CSS's `hebrew` style draws it (15 and 16 as ט״ו, ט״ז: טו, טז)."""
    text = ""
    for value, letter in ((400, "ת"), (300, "ש"), (200, "ר"), (100, "ק")):
        while n >= value:
            text, n = text + letter, n - value
    if n in (15, 16):
        return text + "ט" + "וז"[n - 15]
    tens, ones = divmod(n, 10)
    return text + (" יכלמנסעפצ"[tens] if tens else "") + (" אבגדהוזחט"[ones] if ones else "")


# The suffix a browser draws after each style's counter: "、" after the Chinese and Japanese ones, ", " after
# Korean's, ". " after the rest.
def suffix(style: str) -> str:
    """The text CSS draws after a counter of `style`, without its space (`.`, `、`, `,`)."""
    style = style.lower()
    if re.match(r"(?:cjk-|japanese-|simp-chinese-|trad-chinese-|hiragana|katakana)", style):
        return "、"
    if style.startswith("korean-"):
        return ","
    return "."


# Word's number formats (`w:numFmt`) as the CSS style that draws the same labels.
WORD_FORMATS = {
    "decimal": "decimal", "decimalZero": "decimal-leading-zero",
    "chineseCounting": "cjk-ideographic", "chineseCountingThousand": "cjk-ideographic",
    "taiwaneseCounting": "trad-chinese-informal", "taiwaneseCountingThousand": "trad-chinese-informal",
    "ideographDigital": "cjk-decimal", "taiwaneseDigital": "cjk-decimal", "japaneseDigitalTenThousand": "cjk-decimal",
    "japaneseCounting": "japanese-informal", "koreanDigital": "korean-hangul-formal",
    "koreanDigital2": "korean-hanja-informal", "ideographTraditional": "cjk-heavenly-stem",
    "ideographZodiac": "cjk-earthly-branch", "decimalEnclosedCircle": "circled-decimal",
    "decimalEnclosedCircleChinese": "circled-decimal", "ideographEnclosedCircle": "circled-decimal",
    "decimalFullWidth": "fullwidth-decimal", "decimalFullWidth2": "fullwidth-decimal",
    "decimalHalfWidth": "decimal", "ganada": "hangul", "chosung": "hangul-consonant", "iroha": "katakana-iroha",
    "irohaFullWidth": "katakana-iroha", "aiueo": "katakana", "aiueoFullWidth": "katakana",
    "arabicAlpha": "arabic-alpha", "arabicAbjad": "arabic-abjad", "hebrew1": "hebrew", "hebrew2": "hebrew-alpha",
    "thaiLetters": "thai-alphabetic", "thaiNumbers": "thai", "hindiConsonants": "devanagari-consonant",
    "hindiVowels": "devanagari-vowel", "hindiNumbers": "devanagari", "russianLower": "lower-russian",
    "russianUpper": "upper-russian",
}
