"""What a PDF's fonts draw against what their character maps say (safety67). A reader sees a glyph's outline; a search,
a copy, a screen reader and the checks (pdftext) read the text its font's ToUnicode map gives it. A font embedded with
a glyph drawing "b" under a map saying "a" (any font program a PDF carries draws what it likes), or a font not embedded
at all (the viewer's own draws the code as it names it, the map saying anything), showed other words than were read.

The print engine draws every glyph from a face it carries (Libertinus Serif, New Computer Modern, DejaVu Sans Mono),
the pinned face of a script (scriptfonts: Amiri, Noto Sans Devanagari, Noto Sans Tamil) or a project's font folders
(`extra.policy.pdf_fonts`), a subset of the face embedded as a CID font under the face's PostScript name. So a served
PDF's font is judged against that face: each glyph its map names must draw the outline the face draws for that text,
its own glyph for the characters or one its substitutions (GSUB: a ligature, a contextual or positional form, a
conjunct) make of them. A font of no such face, or of another kind than the engine writes, is refused."""
from __future__ import annotations

import functools
import hashlib
import io
import re
import struct
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from policysite import font_rules, pdfcodes, pdfengine, pdftext, scriptfonts

# the versions an OpenType font's table directory starts with (CFF outlines, TrueType's, Apple's TrueType)
_SFNT = (b"OTTO", b"\x00\x01\x00\x00", b"true")
_TAG = re.compile(rb"[\x20-\x7e]{4}")
_TABLES = range(4, 65)  # how many tables a font's directory lists (head, name, cmap at least)
_FACE_MOST = 32 * 1024 * 1024


def pdf_glyphs(data: bytes, folders: Sequence[str] = ()) -> str:
    """Where the PDF `data` first draws a glyph otherwise than its font's face draws the text its map names, or draws
    with a font of no face the print engine has (its own, the pinned faces of scripts, the font files of `folders`),
    as `page: /font what`; `?` for a PDF no viewer reads as printed; "" when every glyph is its face's. What
    `publish.pdf-font` names."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return "?"
    faces = _faces(tuple(folders))
    judged: dict[tuple[int, int], tuple[str, _Program | None, dict[int, str], int]] = {}
    with pdf:
        try:
            for number, page in enumerate(pdf.pages, 1):
                fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font")
                by_name = {}
                for name, font in (fonts.items() if isinstance(fonts, pikepdf.Dictionary) else []):
                    key = font.objgen if font.is_indirect else (number, id(font))
                    if key not in judged:
                        judged[key] = _font_problem(font, faces, pikepdf)
                    if judged[key][0]:
                        return f"{number}: {name} {judged[key][0]}"
                    by_name[str(name)] = judged[key]
                if found := _unread_drawn(page, by_name, pikepdf):
                    return f"{number}: {found}"
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            return "?"
    return ""


_SHOWN = frozenset({"Tj", "TJ", "'", '"'})
_INVISIBLE = frozenset({3, 7})  # text rendering modes that draw nothing: neither fill nor stroke (PDF 32000-1, 9.3.6)


def _unread_drawn(page: Any, fonts: dict[str, tuple[str, _Program | None, dict[int, str], int]], pikepdf: Any) -> str:
    """What a page's content draws that its text layer does not read, or reads and does not show: a glyph of a code its
    font's map leaves out (drawn, never copied, searched, heard or checked), words in a rendering mode that draws
    nothing (`3 Tr`), in the paper's colour (a fill near white, no ink of a separation) or all but transparent (an
    ExtGState's `/ca`), or filled with a pattern: as `/font: code unmapped`, `3 Tr`, `fill 1 1 1`, `/ca 0` or
    `fill /Pattern`; "" when none. The print maps every code it draws and draws every word filled (`0 Tr`), opaque, in
    black or grey (test_safety67_pdf_fonts reads its prints and redlines). The text state and colour are the graphics
    state's: saved and restored with it (`q`, `Q`)."""
    state: dict[str, Any] = {"font": None, "name": "", "tr": 0, "fill": ("gray", (0.0,)), "alpha": 1.0}
    saved: list[dict[str, Any]] = []
    resources = page.obj.get("/Resources")
    spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
    states = resources.get("/ExtGState") if isinstance(resources, pikepdf.Dictionary) else None
    for instruction in pikepdf.parse_content_stream(page, _READ):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue
        name, operands = str(instruction.operator), instruction.operands
        if name == "q":
            saved.append(dict(state))
        elif name == "Q" and saved:
            state = saved.pop()
        elif name == "Tf":
            state["name"], state["font"] = str(operands[0]), fonts.get(str(operands[0]))
        elif name == "Tr":
            state["tr"] = int(operands[0])
        elif name in _DEVICE_COLOURS:
            state["fill"] = (_DEVICE_COLOURS[name], tuple(float(value) for value in operands))
        elif name == "cs":
            family = _family(operands[0], spaces, pikepdf)
            state["fill"] = (family, _INITIAL.get(family, ()))
        elif name in ("sc", "scn"):
            state["fill"] = ("/Pattern", ()) if any(isinstance(value, pikepdf.Name) for value in operands) \
                else (state["fill"][0], tuple(float(value) for value in operands))
        elif name == "gs":
            extra = states.get(str(operands[0])) if isinstance(states, pikepdf.Dictionary) else None
            alpha = extra.get("/ca") if isinstance(extra, pikepdf.Dictionary) else None
            if alpha is not None:
                state["alpha"] = float(alpha)
        elif name in _SHOWN:
            strings = [bytes(value) for value in (operands[0] if name == "TJ" else operands[-1:])
                       if isinstance(value, pikepdf.String)]
            if not any(strings):
                continue
            if found := _unseen(state):
                return found
            program, mapped, width = state["font"][1:] if state["font"] is not None else (None, {}, 2)
            if program is None:
                continue
            for raw in strings:
                for at in range(0, len(raw) - width + 1, width):
                    code = int.from_bytes(raw[at:at + width], "big")
                    if code not in mapped and program.digest(code) not in (None, _EMPTY):
                        return f"{state['name']}: {code} unmapped"
    return ""


_READ = "q Q Tf Tr Tj TJ ' \" g rg k cs sc scn gs"
_DEVICE_COLOURS = {"g": "gray", "rg": "rgb", "k": "cmyk"}
_INITIAL = {"gray": (0.0,), "rgb": (0.0, 0.0, 0.0), "cmyk": (0.0, 0.0, 0.0, 1.0), "ink": (1.0,)}
_LIGHT = 0.9  # a fill at least this light (a grey's, each of red, green and blue) is the paper's to a reader
_SEEN_ALPHA = 0.1  # and a fill this transparent or more is no ink


def _family(space: Any, spaces: Any, pikepdf: Any) -> str:
    """How a colour space's components give a colour: `gray`, `rgb`, `cmyk` (device, calibrated or ICC-based, by its
    number of components), `ink` (a separation's or DeviceN's tints: 0 is no ink), or its name (a pattern, an indexed
    or Lab space: no colour read here)."""
    named = {"/DeviceGray": "gray", "/DeviceRGB": "rgb", "/DeviceCMYK": "cmyk", "/Pattern": "/Pattern"}
    if isinstance(space, pikepdf.Name) and str(space) in named:
        return named[str(space)]
    if isinstance(space, pikepdf.Name) and isinstance(spaces, pikepdf.Dictionary):
        space = spaces.get(str(space))
    kind = space[0] if isinstance(space, pikepdf.Array) and len(space) else space
    kind = str(kind) if isinstance(kind, pikepdf.Name) else "?"
    if kind in ("/CalGray", "/CalRGB", "/DeviceGray", "/DeviceRGB", "/DeviceCMYK"):
        return {"/CalGray": "gray", "/CalRGB": "rgb"}.get(kind) or named[kind]
    if kind == "/ICCBased" and isinstance(space, pikepdf.Array) and len(space) > 1 \
            and isinstance(space[1], pikepdf.Stream):
        return {1: "gray", 3: "rgb", 4: "cmyk"}.get(int(space[1].get("/N", 0)), "/ICCBased")
    if kind in ("/Separation", "/DeviceN"):
        return "ink"
    return kind


def _unseen(state: dict[str, Any]) -> str:
    """Why words drawn in `state` are not seen (_unread_drawn), or ""."""
    if state["tr"] in _INVISIBLE:
        return f"{state['tr']} Tr"
    if state["alpha"] < _SEEN_ALPHA:
        return f"/ca {state['alpha']:g}"
    family, values = state["fill"]
    light = {"gray": lambda: values[0] >= _LIGHT, "rgb": lambda: min(values) >= _LIGHT,
             "cmyk": lambda: max(values) <= 1 - _LIGHT, "ink": lambda: max(values) <= 1 - _LIGHT}
    if family not in light or not values:
        return f"fill {family}"
    return f"fill {' '.join(f'{value:g}' for value in values)}" if light[family]() else ""


def _font_problem(font: Any, faces: dict[str, Any], pikepdf: Any) -> tuple[str, _Program | None, dict[int, str], int]:
    """What is wrong with one font of a page (its first glyph drawn otherwise than mapped), or "", with its program,
    its map and the bytes of a code (2 as Typst encodes, `/Identity-H`; 1 under pdfcodes' one-byte CMap, the CID of
    the same number: any other CMap is refused, since it could read a code as another glyph than its number)."""
    if not isinstance(font, pikepdf.Dictionary) or font.get("/Subtype") != "/Type0":
        return f"{font.get('/Subtype') if isinstance(font, pikepdf.Dictionary) else '?'}", None, {}, 2  # (Type0 only)
    descendants = font.get("/DescendantFonts")
    cid = descendants[0] if isinstance(descendants, pikepdf.Array) and len(descendants) == 1 else None
    descriptor = cid.get("/FontDescriptor") if isinstance(cid, pikepdf.Dictionary) else None
    width = _code_width(font.get("/Encoding"), pikepdf)
    if not isinstance(cid, pikepdf.Dictionary) or not isinstance(descriptor, pikepdf.Dictionary) or not width:
        return "/Type0 ?", None, {}, 2
    face_name = str(cid.get("/BaseFont", "")).lstrip("/").partition("+")[2] or str(cid.get("/BaseFont", ""))
    face = faces.get(face_name)
    if face is None:
        return f"{face_name[:40]}: no face", None, {}, 2
    program = _program(cid, descriptor, pikepdf)
    if program is None:
        return f"{face_name[:40]}: not embedded", None, {}, 2
    mapped = pdftext.to_unicode(font)
    reference = _Reference.of(face)
    for code, text in sorted(mapped.items()):
        try:
            drawn = program.digest(code)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError, AssertionError):
            return f"{face_name[:40]}: {code} ?", None, {}, 2
        if drawn is None or drawn == _EMPTY:  # (no such glyph: nothing drawn; an empty glyph: a space's)
            continue
        if drawn not in reference.digests(text) and not (reference.variable and reference.alike(
                program.shape(code), text)):
            return f"{face_name[:40]}: {code} ≠ {text[:8]!r}", None, {}, 2
    return "", program, mapped, width


def _code_width(encoding: Any, pikepdf: Any) -> int:
    """The bytes of a code under a Type 0 font's `encoding`: 2 for `/Identity-H`, 1 for pdfcodes' embedded one-byte
    identity CMap (its bytes exactly), 0 for any other."""
    if isinstance(encoding, pikepdf.Name):
        return 2 if encoding == "/Identity-H" else 0
    try:
        return 1 if isinstance(encoding, pikepdf.Stream) and encoding.read_bytes() == pdfcodes.CMAP else 0
    except pikepdf.PdfError:
        return 0


class _Program:
    """An embedded font program: each glyph's outline digest by its code (a CID)."""

    def __init__(self, glyphs: Any, names: list[str], by_cid: dict[int, str] | None,
                 program: Any = None):
        self.glyphs, self.names, self.by_cid = glyphs, names, by_cid
        self.program = program  # (a glyph's own bytes: a CFF's charstrings without subroutines, a TrueType's glyf)

    def digest(self, code: int) -> bytes | None:
        if self.by_cid is not None:
            name = self.by_cid.get(code)
        else:
            name = self.names[code] if 0 <= code < len(self.names) else None
        if name is None:
            return None
        own = self._bytes(name)
        if own is None:
            return _digest(self.glyphs, name)
        if own not in _DRAWN:
            if len(_DRAWN) >= _DRAWN_MOST:
                _DRAWN.clear()
            _DRAWN[own] = _digest(self.glyphs, name)
        return _DRAWN[own]

    def _bytes(self, name: str) -> bytes | None:
        """The bytes that alone draw a glyph (the same glyph in the prints of every version: drawn once a process), or
        None: a CFF charstring where the font has no subroutines (Typst's subsets have none), a simple TrueType
        glyph's data with its metrics (a composite's names its components by their ids, the subset's own)."""
        if isinstance(self.program, dict):  # (CFF: the charstrings, their subroutines none)
            bytecode = getattr(self.glyphs[name], "bytecode", None)
            return b"C" + bytecode if isinstance(bytecode, bytes) else None
        if self.program is not None:  # (its drawing is placed by its left side bearing too: fontTools' glyph set)
            glyf, hmtx = self.program
            data = getattr(glyf.glyphs.get(name), "data", None)
            if not isinstance(data, bytes) or len(data) < 2 or data[:2] >= b"\x80" or name not in hmtx.metrics:
                return None
            return b"T" + repr(hmtx.metrics[name]).encode("ascii") + b"|" + data
        return None

    def shape(self, code: int) -> tuple[float, ...]:
        name = self.by_cid.get(code) if self.by_cid is not None else self.names[code]
        return _shape(self.glyphs, name) if name is not None else ()


def _program(cid: Any, descriptor: Any, pikepdf: Any) -> _Program | None:
    """The font program a CID font embeds, read as a viewer reads it (a TrueType's glyph by its code, `/Identity`; a
    CFF's by its CID, through its charset), or None where it embeds none."""
    from fontTools.cffLib import CFFFontSet
    from fontTools.ttLib import TTFont

    stream = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
    if not isinstance(stream, pikepdf.Stream):
        return None
    data = stream.read_bytes()
    if cid.get("/Subtype") == "/CIDFontType2" and "/FontFile2" in descriptor:
        gid_map = cid.get("/CIDToGIDMap", pikepdf.Name.Identity)
        font = TTFont(io.BytesIO(data))
        names = font.getGlyphOrder()
        by_cid = None
        if isinstance(gid_map, pikepdf.Stream):
            table = gid_map.read_bytes()
            by_cid = {n // 2: names[gid] for n in range(0, len(table) - 1, 2)
                      if (gid := int.from_bytes(table[n:n + 2], "big")) < len(names)}
        return _Program(font.getGlyphSet(), names, by_cid,
                        (font["glyf"], font["hmtx"]) if "glyf" in font and "hmtx" in font else None)
    if cid.get("/Subtype") == "/CIDFontType0" and stream.get("/Subtype") in ("/CIDFontType0C", "/OpenType"):
        if data[:4] == b"OTTO":
            font = TTFont(io.BytesIO(data))
            return _Program(font.getGlyphSet(), font.getGlyphOrder(), None)
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        top = cff[cff.fontNames[0]]
        names = top.charset
        by_cid = {int(name[3:]): name for name in names if name.startswith("cid") and name[3:].isdigit()} \
            if hasattr(top, "ROS") else None
        private = [fd.Private for fd in top.FDArray] if hasattr(top, "FDArray") else [top.Private]
        bare = not len(cff.GlobalSubrs) and not any(len(getattr(one, "Subrs", None) or []) for one in private)
        return _Program(top.CharStrings, list(names), by_cid, {} if bare else None)
    return None


# The digest of each glyph's own bytes (_Program._bytes) drawn in this process: a version's prints draw the glyphs of
# the last version's (bench_pdf: 48 ms a print, most of it drawing its glyphs anew)
_DRAWN: dict[bytes, bytes] = {}
_DRAWN_MOST = 65_536


class _Reference:
    """A face as the print engine draws it: the outline digests of the glyphs each text reaches, its own glyphs for its
    characters and what the face's substitutions make of them."""

    def __init__(self, face: Any):
        self.face = face
        self.cmap = face.getBestCmap() or {}
        # a variable face (Noto Sans Devanagari) is drawn at a weight or width of its own: each of its named instances
        self.glyphsets = [face.getGlyphSet(), *(face.getGlyphSet(location=dict(instance.coordinates))
                                                for instance in (face["fvar"].instances if "fvar" in face else []))]
        self.substitutions: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for before, after in font_rules._substitutions(face):
            for name in set(before):
                self.substitutions.setdefault(name, []).append((before, after))
        self.variable = "fvar" in face
        self.drawn: dict[str, set[bytes]] = {}
        self.reached: dict[str, frozenset[bytes]] = {}
        self.names: dict[str, set[str]] = {}
        self.shapes: dict[str, list[tuple[float, ...]]] = {}

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def of(face: Any) -> _Reference:
        return _Reference(face)

    def digests(self, text: str) -> frozenset[bytes]:
        if text not in self.reached:
            names = {self.cmap[code] for code in map(ord, _forms(text)) if code in self.cmap}
            todo = list(names)
            while todo:
                for before, after in self.substitutions.get(todo.pop(), ()):
                    if set(before) <= names:
                        todo += [name for name in after if name not in names]
                        names.update(after)
            self.names[text] = names
            found: set[bytes] = set()
            for name in names:
                if name not in self.drawn:
                    self.drawn[name] = {_digest(glyphs, name) for glyphs in self.glyphsets}
                found |= self.drawn[name]
            self.reached[text] = frozenset(found)
        return self.reached[text]

    def alike(self, shape: tuple[float, ...], text: str) -> bool:
        """Whether a glyph of a variable face's instance, `shape` (_shape), is that of a glyph `text` reaches at one
        of the face's named instances: the engine writes an instance's outlines anew (their points in an order of its
        own, rounded), which no digest of the face's finds."""
        self.digests(text)
        for name in self.names[text]:
            if name not in self.shapes:
                self.shapes[name] = [_shape(glyphs, name) for glyphs in self.glyphsets]
            if any(_close(shape, other) for other in self.shapes[name]):
                return True
        return False


def _forms(text: str) -> str:
    """The characters whose glyphs may draw `text`: its own, composed and decomposed (the engine draws e + ◌́ with
    the face's é), and a bracket's mirror (a right-to-left run draws "(" with the glyph of ")")."""
    import unicodedata

    from fontTools.unicodedata import mirrored

    forms = text + unicodedata.normalize("NFC", text) + unicodedata.normalize("NFD", text)
    return forms + "".join(chr(mirror) for char in text if unicodedata.category(char) in ("Ps", "Pe", "Pi", "Pf")
                           and (mirror := mirrored(ord(char))) is not None)


def _digest(glyphs: Any, name: str) -> bytes:
    """A glyph's outline, its components drawn in, as a digest (the same outline in a subset and in its face)."""
    from fontTools.misc.roundTools import otRound
    from fontTools.pens.recordingPen import DecomposingRecordingPen

    pen = DecomposingRecordingPen(glyphs)
    glyphs[name].draw(pen)
    # (in whole units, as the engine writes an instance of a variable face: 537.56 is 538)
    drawn = [(operator, tuple(point and (otRound(point[0]), otRound(point[1])) for point in points))
             for operator, points in pen.value]  # (a contour of off-curve points only ends with None: TrueType's)
    return hashlib.blake2b(repr(drawn).encode("utf-8"), digest_size=20).digest()


def _shape(glyphs: Any, name: str) -> tuple[float, ...]:
    """A glyph's outline as measures that do not depend on the order of its points: its bounds, its area, the centre
    and spread of its ink (fontTools' StatisticsPen), () for one that draws nothing."""
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.statisticsPen import StatisticsPen

    bounds, statistics = BoundsPen(glyphs), StatisticsPen(glyphs)
    glyphs[name].draw(bounds)
    glyphs[name].draw(statistics)
    if bounds.bounds is None:
        return ()
    return (*bounds.bounds, statistics.area, statistics.meanX, statistics.meanY, statistics.stddevX,
            statistics.stddevY)


_UNITS = 3.0  # how far two instances' drawings of a glyph may lie apart, in font units (their points each rounded)
_AREA = 0.03  # and their areas, as a share


def _close(one: tuple[float, ...], other: tuple[float, ...]) -> bool:
    if not one or not other:
        return one == other
    area, other_area = one[4], other[4]
    return all(abs(a - b) <= _UNITS for a, b in zip(one[:4] + one[5:], other[:4] + other[5:], strict=True)) \
        and abs(area - other_area) <= _AREA * max(abs(area), abs(other_area), 1.0)


_EMPTY = hashlib.blake2b(repr([]).encode("utf-8"), digest_size=20).digest()


@functools.lru_cache(maxsize=8)
def _faces(folders: tuple[str, ...]) -> dict[str, Any]:
    """The faces the print engine draws with, by PostScript name: its own (read from the engine's library, where it
    carries them), the pinned faces of scripts, the font files of `folders` (a project's first)."""
    found: dict[str, Any] = {}
    for path in [*_files(folders), *_files(tuple(_pinned_folders()))]:
        for face in _read_faces(path):
            found.setdefault(_ps_name(face), face)
    for face in _engine_faces():
        found.setdefault(_ps_name(face), face)
    found.pop("", None)
    return found


def _pinned_folders() -> Iterator[str]:
    for _, package in scriptfonts.PINNED.values():
        folder = scriptfonts._folder(package)
        if folder:
            yield folder


def _files(folders: tuple[str, ...]) -> list[Path]:
    return [path for folder in folders for path in (sorted(Path(folder).rglob("*")) if Path(folder).is_dir() else [])
            if path.suffix.lower() in pdfengine.FONT_FILES and path.is_file()]


def _read_faces(path: Path) -> list[Any]:
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            return list(TTCollection(str(path), lazy=True).fonts)
        return [TTFont(str(path), lazy=True)]
    except (TTLibError, OSError, ValueError, KeyError, AssertionError, struct.error):
        return []


def _ps_name(face: Any) -> str:
    try:
        return str(face["name"].getDebugName(6) or "")
    except (KeyError, ValueError, AssertionError, struct.error):
        return ""


@functools.cache
def _engine_faces() -> list[Any]:
    """The faces the print engine carries inside its library (Typst's fonts are compiled into it, not files): each
    font file found whole in its bytes, by its header (OpenType's table directory). The library (some 80 MB) is read a
    piece at a time, each face's bytes alone: read whole, it was held beside everything else at a publish's peak."""
    import typst
    from fontTools.ttLib import TTFont

    library = Path(typst.__file__).parent
    found = []
    for path in sorted(library.glob("_typst*")):
        with path.open("rb") as file:
            size = path.stat().st_size
            for start in range(0, size, _PIECE):
                base = max(start - 3, 0)  # (a header's four bytes across two pieces: found in the second, once)
                file.seek(base)
                piece = file.read(start + _PIECE - base)
                for at in _directories(piece):
                    face = _face_at(file, base + at, size, TTFont)
                    if face is not None:
                        found.append(face)
    return found


def _directories(piece: bytes) -> list[int]:
    """Where in `piece` a font's table directory may start, in order: each place an sfnt version is written but
    those whose table count, when the piece holds it, is not that of a font (`_face_at` judges the rest). Each version
    looked for alone (`bytes.find`: a regular expression's alternation of the three took 0.5 s of CPU over the
    engine's 80 MB, bytes.find 0.18 s), and a table count read from the piece in hand rather than from the file (some
    39,000 places, 37,000 of them no font's)."""
    places: list[int] = []
    for version in _SFNT:
        at = piece.find(version)
        while at >= 0:
            if at + 6 > len(piece) or int.from_bytes(piece[at + 4:at + 6], "big") in _TABLES:
                places.append(at)
            at = piece.find(version, at + 1)
    return sorted(places)


_PIECE = 4 * 1024 * 1024


def _face_at(file: Any, at: int, size: int, ttfont: Any) -> Any:
    """The font file whose table directory starts at `at` in `file` (`size` bytes; its tables' extent), or None."""
    file.seek(at)
    head = file.read(12 + 16 * 64)
    count = int.from_bytes(head[4:6], "big")
    if count not in _TABLES:
        return None
    end, tags = at, set()
    for n in range(count):
        record = head[12 + 16 * n:28 + 16 * n]
        if len(record) < 16:
            return None
        tag, _, offset, length = struct.unpack(">4sIII", record)
        if not _TAG.fullmatch(tag):
            return None
        tags.add(tag)
        end = max(end, at + offset + length)
    if not {b"head", b"name", b"cmap"} <= tags or end - at > _FACE_MOST or end > size:
        return None
    file.seek(at)
    try:
        face = ttfont(io.BytesIO(file.read(end - at)), lazy=True)
        return face if _ps_name(face) else None
    except Exception:  # noqa: BLE001 (bytes that only look like a font's header: not a face)
        return None
