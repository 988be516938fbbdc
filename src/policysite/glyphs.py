"""Characters of a page that its PDF's fonts cannot draw, named at their file and line before anything is printed.

A symbol no font of the PDF has (✅, 🔒, 📧) is printed as □ (pdf.printed) and a letter none has (a Chinese text,
Thai) leaves the version without its PDF: said only by the build, after the text was committed. `policy check`
asks the print engine itself, with the fonts that PDF would use (the template's list for the language, scriptfonts,
and the project's folders, `extra.policy.pdf_fonts`), which of the page's printed characters it draws: one small
print of each distinct character, in regular and bold, whose PDF's character maps (ToUnicode) list those drawn.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from policysite import document, messages, pdf, pdfengine, pdftext, probecache, scriptfonts, typeset
from policysite.findings import WARNING, Finding
from policysite.marks import MARKS
from policysite.messages import Said

RULE = "pdf.glyph"
LAYER_RULE = "pdf.text-layer"
SHOWN = 8  # characters named in one finding before "… N more"
_NOT_DRAWN = {"lang", "region", "dir", "ui", "fonts", "url", "sha256", "anchor", "kind", "date"}  # data, not text

# Each character on a line of its own, regular then bold (headings, bold runs): nothing shapes it with a neighbour.
PROBE = """#let data = json(bytes(sys.inputs.data))
#set text(font: data.fonts, size: 10pt)
#for c in data.chars [#c \\ #strong(c) \\ ]
"""


class GlyphError(Exception):
    """The print engine could not be asked (its process ended, or it refused the probe)."""


def printed_texts(data: object, key: str = "") -> list[str]:
    """The texts a PDF draws of the print data (pdf.data): its words, not its link targets, codes or digest."""
    if isinstance(data, str):
        return [] if key in _NOT_DRAWN else [data]
    if isinstance(data, dict):
        found: list[str] = []
        for name, value in data.items():
            if name == "runs":
                value = [run[0] for run in value if run]
            found += printed_texts(value, name)
        return found
    if isinstance(data, list):
        return [text for value in data for text in printed_texts(value, key)]
    return []


def probes(texts: Iterable[str]) -> dict[str, str]:
    """Per character that draws something, what is printed to see whether it is drawn: the character alone, a
    combining mark (a vowel sign of Devanagari, an accent) after the letter it first follows, as it is drawn."""
    found: dict[str, str] = {}
    for text in texts:
        distinct = set(text)
        if not any(unicodedata.category(char)[0] == "M" for char in distinct):  # (most texts: no order to keep)
            found.update((char, char) for char in distinct - found.keys() if _visible(char))
            continue
        base = "\u25cc"  # ◌, where a mark follows no letter
        for char in text:
            if not _visible(char):
                continue
            if unicodedata.category(char)[0] == "M":
                found.setdefault(char, base + char)
            else:
                found.setdefault(char, char)
                base = char
    return found


def _visible(char: str) -> bool:
    """A character that draws something of its own: not a space, a control, a joiner, a variation selector or a
    skin tone (part of the emoji before it, named with it)."""
    return unicodedata.category(char)[0] not in "ZC" and not unicodedata.name(char, "").startswith(
        ("VARIATION SELECTOR", "EMOJI MODIFIER"))


def undrawn(texts: Iterable[str], *, lang: str, fonts: Sequence[str] = (), cache: Path | None = None) -> set[str]:
    """The characters of `texts` no font of `lang`'s PDF draws (`fonts`: the project's folders). Raises GlyphError.

    One print of them all first. A glyph stands for one text in a PDF's character map, so where two probes draw the
    same glyph (a vowel sign after two letters, `á` and `a` with its accent, the ◌ a lone mark is drawn on, Noto Sans
    Devanagari's ई drawn with the glyph of इ and a sign) only one is listed: each character found unlisted is printed
    again on its own (a few: above `ALONE`, a script the fonts lack, only its marks and decomposable characters, and
    above `ALONE` of those the first print's answer stands). Each print's answer is kept in `cache` (probecache: a
    folder, or None), and found there again while nothing it depends on changed."""
    wanted = probes(texts)
    families = list(pdf.families(lang, fonts) or scriptfonts.ENGINE)
    folders = [*map(str, fonts), *scriptfonts.folders(lang)]
    missing = set(wanted) - _drawn(sorted(set(wanted.values())), families, folders, cache)  # (one print, read once)
    again = sorted(missing) if len(missing) <= ALONE else \
        [c for c in missing if unicodedata.category(c)[0] == "M" or unicodedata.normalize("NFD", c) != c]
    if len(again) <= ALONE:
        missing -= {c for c in again if c in _drawn([wanted[c]], families, folders, cache)}
    return missing


ALONE = 64  # characters printed again one by one at most


def _drawn(probes_: list[str], families: list[str], folders: list[str], cache: Path | None = None) -> set[str]:
    """The characters the print of `probes_` maps a glyph to (kept in `cache`, under the key of all it depends on)."""
    if not probes_:
        return set()
    data = json.dumps({"fonts": families, "chars": probes_}, ensure_ascii=False)
    key = _key(PROBE, data, folders) if cache is not None else ""
    kept = probecache.load(cache, key)
    if kept is not None:
        return kept
    try:
        drawn = _mapped(typeset.print_pdf(PROBE, data, fonts=folders, standards=()))
    except typeset.TypesetError as exc:  # (no answer: nothing kept)
        raise GlyphError(typeset.reason(exc)) from exc
    probecache.save(cache, key, drawn)
    return drawn


def _key(template: str, data: str, folders: list[str]) -> str:
    """The digest of what a probe's answer depends on: the probe (its template, fonts' families and characters or
    words), the bytes of each font file of its folders, how the engine is run and its version (its own fonts come with
    it), and the code that prints and reads it (this module, typeset's and pdftext's)."""
    code = [hashlib.sha256(Path(path).read_bytes()).hexdigest() for path in (__file__, typeset.__file__,
                                                                            pdftext.__file__)]
    inputs = {"template": template, "data": data, "fonts": pdfengine.font_digests(tuple(folders)),
              "options": typeset.OPTIONS, "engine": pdfengine.versions(), "code": code}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode("utf-8")).hexdigest()


# The page's words, each on a line of its own, regular then bold: what their PDF's text layer reads of them.
WORDS_PROBE = """#let data = json(bytes(sys.inputs.data))
#set text(font: data.fonts, size: 10pt)
#for w in data.words [#w \\ #strong(w) \\ ]
"""
LAYER_PRINTS = 48  # prints at most to find which words a text layer misreads (halving the words each time)


def layer_words(texts: Iterable[str]) -> list[str]:
    """Words of `texts` to print to see whether their PDF's text layer reads them as written: those the engine may
    write as clusters, a letter with marks drawn apart from it (a mark, or a letter past the Latin, Greek and Cyrillic
    alphabets, whose accented letters are one glyph each), the shortest first and only as many as hold each letter
    with its marks once (a page of 3,000 such words took seconds to print and read; its clusters are a few hundred)."""
    texts = list(texts)
    clustered = {c for c in set().union(*texts)  # (judged a distinct character at a time, not word by word)
                 if c.isalpha() and ord(c) >= 0x0590 or unicodedata.category(c)[0] == "M"}
    if not clustered:  # a page in Latin, Greek or Cyrillic letters
        return []
    candidates = {word for text in texts for word in text.split() if not clustered.isdisjoint(word)}
    seen: set[str] = set()
    chosen = []
    for word in sorted(candidates, key=lambda w: (len(w), w)):
        clusters = set(_CLUSTER.findall(word))
        if clusters - seen:
            chosen.append(word)
            seen |= clusters
    return chosen


_CLUSTER = re.compile(rf"[^{MARKS}][{MARKS}]*")


def misread(words: Sequence[str], *, lang: str, fonts: Sequence[str] = (), cache: Path | None = None) -> dict[str, str]:
    """Each of `words` whose text in `lang`'s PDF (`fonts`: the project's folders) holds other characters than the
    word, and what it holds more (or, after a `-`, less). Raises GlyphError.

    The engine draws a cluster's glyphs right, but where it draws them apart (a Thai tone mark set above a vowel sign,
    a Hebrew point) it may write the cluster's text once per part: the PDF shows ชื่อ and its text layer, what a reader
    copies, searches or hears, says ชื่ชื่อ. All the words are printed once; if their text differs, each half again.
    The answer is kept in `cache` (probecache), as undrawn's, and found there again while nothing it depends on
    changed (the words, the fonts' bytes, the engine, the code): a page of such words is up to LAYER_PRINTS prints."""
    if not words:
        return {}
    families = list(pdf.families(lang, fonts) or scriptfonts.ENGINE)
    folders = [*map(str, fonts), *scriptfonts.folders(lang)]
    key = _key(WORDS_PROBE, json.dumps({"fonts": families, "words": list(words)}, ensure_ascii=False), folders) \
        if cache is not None else ""
    kept = probecache.load_words(cache, key)
    if kept is not None:
        return kept
    found = _misread(words, families, folders)
    probecache.save(cache, key, found)
    return found


def printed_note(page: pdf.Print, *, where: str) -> str:
    """What to say of a version's PDF printed from `page` whose text layer misreads words ("" when none): said by the
    build of every version, an imported one's too, which `policy check` (the working tree's text) never read."""
    data = json.loads(page.data)
    words = [w for w in layer_words(printed_texts(data)) if not any(map(pdf.symbol, w))]  # (a symbol: the PDF's □)
    try:
        wrong = _misread(words, list(data.get("fonts") or scriptfonts.ENGINE), list(page.fonts))
    except GlyphError:
        return ""  # the PDF itself was printed: the probe's failure says nothing of it
    if not wrong:
        return ""
    words = sorted(wrong, key=len)
    return Said("pdf.text-layer/printed", where=where, setting=pdf.FONTS_SETTING,
                shown=Said("pdf.named", names=", ".join(words[:SHOWN]), more=max(len(words) - SHOWN, 0)))


def _misread(words: Sequence[str], families: list[str], folders: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    budget = [LAYER_PRINTS]

    def look(group: Sequence[str]) -> None:
        if not group or budget[0] <= 0:
            return
        budget[0] -= 1
        wanted = _letters("".join(group) * 2)
        data = json.dumps({"fonts": families, "words": list(group)}, ensure_ascii=False)
        try:
            printed = typeset.print_pdf(WORDS_PROBE, data, fonts=folders, standards=())
        except typeset.TypesetError as exc:
            raise GlyphError(typeset.reason(exc)) from exc
        read = _letters(pdftext.text(printed))
        if read == wanted:
            return
        if len(group) == 1:
            more, less = read - wanted, wanted - read
            found[group[0]] = _part(group[0], more) + ("-" + _part(group[0], less) if less else "")
            return
        look(group[:len(group) // 2])
        look(group[len(group) // 2:])

    look(list(words))
    return found


def _letters(text: str) -> Counter[str]:
    """The characters of `text` a text layer is judged by: not its spaces, nor the controls that draw nothing and a
    layer may leave out (a joiner ending a word, a bidirectional embedding: U+202B … U+202C)."""
    return Counter(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def _part(word: str, chars: Counter[str]) -> str:
    """The letters with their marks of `word` made of `chars` only (ชื่ of ชื่อ), else those characters in its order."""
    clusters = [c for c in dict.fromkeys(_CLUSTER.findall(word)) if set(c) <= set(chars)]
    clusters = [c for c in clusters if not any(c != other and other.startswith(c) for other in clusters)]
    return ", ".join(clusters) or "".join(c for c in dict.fromkeys(word) if c in chars)


def _mapped(data: bytes) -> set[str]:
    """Every character a glyph of the PDF's fonts stands for in their ToUnicode maps (.notdef, a □, has none)."""
    import pikepdf

    found: set[str] = set()
    with pikepdf.open(io.BytesIO(data)) as printed:
        for page in printed.pages:
            for font in page.Resources.get("/Font", {}).values():
                for value in pdftext.to_unicode(font).values():
                    found.update(value)
    return found


def check(policy: document.Policy, raw: str, *, fonts: Sequence[str] = (), cache: Path | None = None) -> list[Finding]:
    """Where the page `raw` (read as `policy`) holds characters its PDF cannot draw: each symbol at the first line
    holding it (printed □); where letters are missing (no PDF for the language), each script's letters together, and
    the signs together, at the first line holding one. Characters only the site's own words of the PDF hold (its
    version line, its labels) are named at line 1 as those. `cache`: where the engine's answers are kept (undrawn)."""
    texts = printed_texts(pdf.data(policy, b"", lang=policy.lang, url="")) if policy.date else []
    try:
        missing = undrawn(texts, lang=policy.lang, fonts=fonts, cache=cache)
    except GlyphError as exc:
        return [Finding.of(policy.path, 1, f"{RULE}/engine", WARNING, error=messages.text_of(exc))]
    lines = raw.splitlines()
    first = {c: next((n for n, line in enumerate(lines, 1) if c in line), 0) for c in missing}
    order = sorted(missing, key=lambda c: (first[c] or len(lines) + 1, c))  # the page's own first, the site's after
    groups: dict[str, list[str]] = {}
    symbols = [c for c in order if pdf.symbol(c)]
    for c in order:
        if not pdf.symbol(c):
            groups.setdefault(_script(c), []).append(c)
    found = []
    if groups:  # no PDF at all: its signs are named together
        # each script's letters with a family that draws them for the language (IPAGothic for Japanese)
        told = [(Said("pdf.letters", script=script), chars, _family(script, policy.lang, chars))
                for script, chars in groups.items()]
        # the punctuation of Chinese, Japanese and Korean (。「」、（）：) is drawn by the family that draws their
        # letters: named with it (company8: a Japanese page's signs were named with no family)
        cjk = next((font for script, (_, _, font) in zip(groups, told) if script in _CJK and font.font), None)
        punctuation = [c for c in symbols if _cjk_sign(c)] if cjk else []
        signs = [c for c in symbols if c not in punctuation]
        if cjk and punctuation:
            told.append((Said("pdf.signs"), punctuation, cjk))
        for what, chars, font in told + ([(Said("pdf.signs"), signs, scriptfonts.Advice())] if signs else []):
            found.append(Finding.of(policy.path, _line(chars, first), f"{RULE}/letters", WARNING,
                                    where=_where(chars, first), named=_named(chars), lang=policy.lang, what=what,
                                    setting=pdf.FONTS_SETTING, font=font.font, file=font.file, none=font.none))
        return found
    found = [Finding.of(policy.path, first[c] or 1, RULE, WARNING, where=_where([c], first), named=_named([c]),
                        lang=policy.lang, setting=pdf.FONTS_SETTING) for c in symbols]
    try:
        wrong = misread([w for w in layer_words(texts) if not missing & set(w)], lang=policy.lang, fonts=fonts,
                        cache=cache)
    except GlyphError as exc:
        return [*found, Finding.of(policy.path, 1, f"{LAYER_RULE}/engine", WARNING, error=messages.text_of(exc))]
    return found + _misread_finding(policy, lines, wrong) if wrong else found


def _misread_finding(policy: document.Policy, lines: list[str], wrong: dict[str, str]) -> list[Finding]:
    """One finding for the words whose text layer is wrong, at the first line holding one."""
    at = {w: next((n for n, line in enumerate(lines, 1) if w in line), 0) for w in wrong}
    words = sorted(wrong, key=lambda w: (at[w] or len(lines) + 1, w))
    word = min(words, key=len)  # the shortest, its example the clearest
    more, _, less = wrong[word].partition("-")
    example = Said("pdf.example/more", word=word, part=more) if more else Said("pdf.example/less", word=word,
                                                                               part=less)
    return [Finding.of(policy.path, min((n for n in at.values() if n), default=1), LAYER_RULE, WARNING,
                       where="" if any(at.values()) else Said("pdf.own-words"),
                       shown=Said("pdf.named", names=", ".join(words[:SHOWN]), more=max(len(words) - SHOWN, 0)),
                       lang=policy.lang, example=example, setting=pdf.FONTS_SETTING)]


_CJK = frozenset({"Hani", "Hira", "Kana", "Hrkt", "Hang", "Bopo"})


def _cjk_sign(char: str) -> bool:
    """A punctuation mark of Chinese, Japanese and Korean texts: wide or full-width (。「」、（）：！), which their
    fonts draw; not an emoji (a symbol, wide too)."""
    return unicodedata.category(char)[0] == "P" and unicodedata.east_asian_width(char) in "WF"


def _line(chars: list[str], first: dict[str, int]) -> int:
    return min((first[c] for c in chars if first[c]), default=1)


def _where(chars: list[str], first: dict[str, int]) -> str:
    return "" if any(first[c] for c in chars) else Said("pdf.own-words")


def _named(chars: list[str]) -> str:
    return Said("pdf.named", names=", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:SHOWN]),
                more=max(len(chars) - SHOWN, 0))


def _family(script: str, lang: str, chars: list[str]) -> scriptfonts.Advice:
    """Which font family draws `script` (an ISO 15924 code) for `lang` (scriptfonts.advice), none where `script` is
    none."""
    from fontTools import unicodedata as ucd

    try:
        ucd.script_name(script)
    except KeyError:
        return scriptfonts.Advice()
    return scriptfonts.advice(script, lang, "".join(chars))


def _script(char: str) -> str:
    """A letter's script, its ISO 15924 code (Hani, Thai, Hang…): the catalogues name it in each language (Han:
    Chinese or Japanese; one they have no adjective for by its CLDR name); else as its Unicode name starts."""
    from fontTools import unicodedata as ucd

    code = str(ucd.script(char))
    if code not in ("Zyyy", "Zinh", "Zzzz"):
        return code
    # a sign only one script, or only Japanese kana, writes with (ー, ゛, 〆): that script's, and a family drawing it
    # named (review42: ー, in nearly every Japanese text, was "Katakana-Hiragana letters", no family said)
    shared = set(ucd.script_extension(char)) - {"Zyyy", "Zinh", "Zzzz"}
    if len(shared) == 1:
        return shared.pop()
    if shared == {"Hira", "Kana"}:
        return "Hrkt"
    word = unicodedata.name(char, "").split(" ")[0]
    return {"CJK": "Hani"}.get(word, word.title() or f"U+{ord(char):04X}")
