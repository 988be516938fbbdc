"""Where a PDF's glyphs are drawn, against what a reader of its pages can see (safety69). A search, a copy, a screen
reader and the checks (pdftext) read every glyph a page's content shows, wherever it lands; a viewer shows only those
inside the page's visible box, inside the clip in force, not painted over afterwards, and of a size an eye reads. A
served PDF whose clause was drawn off the page, clipped away, covered by a white rectangle (or an image, a shading, a
drawing, a broad stroke) painted after it, or shrunk to a speck showed its reader other words than were read.

The print engine (Typst) draws each glyph on its page, under no clip, in sizes from its superscripts' up, and paints
nothing over a glyph but a redline's strike-through, a rule of its ink a point or so wide (test_safety69_pdf_places
reads its prints and redlines). So a glyph whose centre lies outside the page's box, outside a clip's rectangle (or
under a clip of any other shape), under a fill, image, shading or form painted after it, or under a stroke of the
paper's colour or broader than `_STROKE_MOST` painted after it, or drawn smaller than `_SIZE_LEAST`, is refused with
its page."""
from __future__ import annotations

import io
import re
import struct
from typing import Any

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # (left, bottom, right, top), in the page's default space
Segment = tuple[tuple[float, float], tuple[float, float]]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SIZE_LEAST = 3.0  # points: the print's smallest glyph is a superscript of a table's 9.5 pt text, some 5.5 pt
_STROKE_MOST = 3.0  # points: the print's broadest stroke is a rule or a strike-through of about one
_LIGHT = 0.9  # a colour at least this light (each of its grey's, red's, green's and blue's) is the paper's
_FILLS = frozenset({"f", "F", "f*", "B", "B*", "b", "b*"})
_STROKES = frozenset({"S", "s"})
_PATHS = frozenset({"m", "l", "c", "v", "y", "re", "h"})
_SHOWN = frozenset({"Tj", "TJ", "'", '"'})
# The operators read (a third of a print's content is none of these: its marked spans), and an inline image's start
_READ = ("q Q cm w G RG K SC SCN CS BT Tf Tc Tw TL Ts Tz Td TD Tm T* ' \" Tj TJ m l c v y re h W W* f F f* B B* b b* "
         "S s n sh Do")
_INLINE = re.compile(rb"(?<![^\s\])>])BI(?=[\s/])")


def _times(m: Matrix, n: Matrix) -> Matrix:
    """`m` then `n` (PDF's row-vector matrices: a point p goes to p × m × n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _point(x: float, y: float, m: Matrix) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _box(points: list[tuple[float, float]]) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _inside(point: tuple[float, float], box: Box, margin: float = 0.0) -> bool:
    return box[0] - margin <= point[0] <= box[2] + margin and box[1] - margin <= point[1] <= box[3] + margin


def _light(operator: str, values: list[float]) -> bool:
    """A stroke colour set by `operator` (G, RG, K, or SC/SCN of a device space's components) that is the paper's."""
    if not values:
        return False
    if operator == "K" or len(values) == 4:
        return max(values) <= 1 - _LIGHT
    return min(values) >= _LIGHT


def pdf_hidden(data: bytes) -> str:
    """Where the PDF `data` first draws a glyph its reader cannot see though every reading program reads it, as
    `page: what` (`off-page`, `clip`, `covered by f`, `speck 0.5pt`); `?` for a PDF no viewer reads as printed;
    "" when every glyph is drawn in view. What `publish.pdf-hidden` names."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return "?"
    with pdf:
        try:
            for number, page in enumerate(pdf.pages, 1):
                if found := _page_hidden(page, pikepdf):
                    return f"{number}: {found}"
        except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError, IndexError, ZeroDivisionError):
            return "?"
    return ""


def _visible_box(page: Any) -> Box:
    """The part of a page a viewer shows: its crop box (its media box without one), within its media box."""
    media = _ordered([float(value) for value in page.obj.get("/MediaBox", page.mediabox)])
    crop = _ordered([float(value) for value in page.obj.get("/CropBox", media)])
    return max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3])


def _ordered(values: list[float]) -> Box:
    """A PDF rectangle's corners as (left, bottom, right, top), whichever corners it names."""
    return min(values[0], values[2]), min(values[1], values[3]), max(values[0], values[2]), max(values[1], values[3])


class _Font:
    """What places a Type 0 font's glyphs: the bytes of a code and each CID's advance (thousandths of the size)."""

    def __init__(self, font: Any, pikepdf: Any) -> None:
        encoding = font.get("/Encoding") if isinstance(font, pikepdf.Dictionary) else None
        self.width = 2 if isinstance(encoding, pikepdf.Name) and encoding == "/Identity-H" else 1
        self.advances: dict[int, float] = {}
        self.default = 1000.0
        descendants = font.get("/DescendantFonts") if isinstance(font, pikepdf.Dictionary) else None
        cid = descendants[0] if isinstance(descendants, pikepdf.Array) and len(descendants) else None
        if not isinstance(cid, pikepdf.Dictionary):
            return
        self.default = float(cid.get("/DW", 1000))
        widths = list(cid.get("/W", pikepdf.Array()))
        at = 0
        while at + 1 < len(widths):
            first = int(widths[at])
            if isinstance(widths[at + 1], pikepdf.Array):
                for n, value in enumerate(widths[at + 1]):
                    self.advances[first + n] = float(value)
                at += 2
            elif at + 2 < len(widths):
                for code in range(first, min(int(widths[at + 1]), first + 65536) + 1):
                    self.advances[code] = float(widths[at + 2])
                at += 3
            else:
                break

    def codes(self, raw: bytes) -> list[int]:
        if self.width == 1:
            return list(raw)
        return list(struct.unpack(f">{len(raw) // 2}H", raw[:len(raw) // 2 * 2]))


def _page_hidden(page: Any, pikepdf: Any) -> str:
    """What the first glyph of a page drawn out of its reader's sight is (pdf_hidden), or ""."""
    seen = _visible_box(page)
    resources = page.obj.get("/Resources")
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    read: dict[str, _Font] = {}
    state: dict[str, Any] = {"ctm": _IDENTITY, "clip": None, "font": None, "size": 0.0, "tc": 0.0, "tw": 0.0,
                             "th": 1.0, "tl": 0.0, "ts": 0.0, "lw": 1.0, "light": False}
    saved: list[dict[str, Any]] = []
    tm = tlm = _IDENTITY
    path: list[tuple[float, float]] = []
    shapes = 0  # subpaths of the path: a clip of one rectangle is read as its box, any other as hiding
    clipping = ""
    lines: list[tuple[Segment, str]] = []  # each run of glyphs drawn: the segment of their centres, its font's name

    def covered(region: Box, how: str, margin: float = 0.0) -> str:
        clip = state["clip"]
        painted = (region[0] - margin, region[1] - margin, region[2] + margin, region[3] + margin)
        if isinstance(clip, tuple):  # (paint lands inside the clip only)
            painted = _narrowed(clip, painted)  # type: ignore[assignment]
        for line, name in lines:
            if _crosses(line, painted):
                return f"{name}: covered by {how}"
        return ""

    def show(raw: bytes) -> str:
        nonlocal tm
        font = state["font"]
        codes = font[1].codes(raw) if font is not None else []
        if not codes:
            return ""
        name, program = font
        size, th, clip = state["size"], state["th"], state["clip"]
        a, b, c, d, e, f = _times(tm, state["ctm"])  # (text space to the page's, the glyphs moving along its x)
        tall = min(size * (c * c + d * d) ** 0.5, size * th * (a * a + b * b) ** 0.5)
        if tall < _SIZE_LEAST:
            return f"{name}: speck {tall:.2g}pt"
        advances = program.advances.get
        spaced = state["tw"] * codes.count(32) if program.width == 1 else 0.0
        width = (sum(advances(code, program.default) for code in codes) / 1000 * size + state["tc"] * len(codes)
                 + spaced) * th
        y = state["ts"] + 0.3 * size  # (the glyphs' middle height: their centres lie on one segment, a line's)
        line = ((y * c + e, y * d + f), (width * a + y * c + e, width * b + y * d + f))
        if not (_inside(line[0], seen) and _inside(line[1], seen)):  # (a box holds a segment whose ends it holds)
            return f"{name}: off-page"
        if clip == "shape" or (clip is not None and not (_inside(line[0], clip) and _inside(line[1], clip))):
            return f"{name}: clip"
        lines.append((line, name))
        tm = _times((1.0, 0.0, 0.0, 1.0, width, 0.0), tm)
        return ""

    for instruction in pikepdf.parse_content_stream(page, "" if _inline_image(page, pikepdf) else _READ):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            region = _box([_point(x, y, state["ctm"]) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))])
            if found := covered(region, "an image"):
                return found
            continue
        name, operands = str(instruction.operator), instruction.operands
        if name == "q":
            saved.append(dict(state))
        elif name == "Q" and saved:
            state = saved.pop()
        elif name == "cm":
            state["ctm"] = _times(tuple(float(value) for value in operands), state["ctm"])  # type: ignore[arg-type]
        elif name == "w":
            state["lw"] = float(operands[0])
        elif name in ("G", "RG", "K", "SC", "SCN"):
            numbers = [float(value) for value in operands if not isinstance(value, pikepdf.Name)]
            state["light"] = _light(name, numbers)
        elif name == "CS":  # (a space's initial colour is black, or all of a separation's ink)
            state["light"] = False
        elif name == "BT":
            tm = tlm = _IDENTITY
        elif name == "Tf":
            font = fonts.get(str(operands[0])) if isinstance(fonts, pikepdf.Dictionary) else None
            if str(operands[0]) not in read:
                read[str(operands[0])] = _Font(font, pikepdf)
            state["font"], state["size"] = (str(operands[0]), read[str(operands[0])]), float(operands[1])
        elif name in ("Tc", "Tw", "TL", "Ts"):
            state[name.lower()] = float(operands[0])
        elif name == "Tz":
            state["th"] = float(operands[0]) / 100
        elif name in ("Td", "TD"):
            if name == "TD":
                state["tl"] = -float(operands[1])
            tm = tlm = _times((1.0, 0.0, 0.0, 1.0, float(operands[0]), float(operands[1])), tlm)
        elif name == "Tm":
            tm = tlm = tuple(float(value) for value in operands)  # type: ignore[assignment]
        elif name in ("T*", "'", '"'):
            if name == '"':
                state["tw"], state["tc"] = float(operands[0]), float(operands[1])
            tm = tlm = _times((1.0, 0.0, 0.0, 1.0, 0.0, -state["tl"]), tlm)
        if name in _SHOWN:
            for value in (operands[0] if name == "TJ" else operands[-1:]):
                if isinstance(value, pikepdf.String):
                    if found := show(bytes(value)):
                        return found
                elif name == "TJ" and state["font"] is not None:
                    step = -float(value) / 1000 * state["size"] * state["th"]
                    tm = _times((1.0, 0.0, 0.0, 1.0, step, 0.0), tm)
        elif name in _PATHS:
            if name == "re":
                x, y, w, h = (float(value) for value in operands)
                path += [_point(px, py, state["ctm"]) for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
                shapes += 1
            elif name != "h":
                shapes += name == "m"
                numbers = [float(value) for value in operands]
                path += [_point(numbers[n], numbers[n + 1], state["ctm"]) for n in range(0, len(numbers) - 1, 2)]
        elif name in ("W", "W*"):
            clipping = "shape" if shapes != 1 or len(path) != 4 or not _rectangle(path) else "box"
        elif name in _FILLS or name in _STROKES or name == "n":
            painted = _box(path) if path else None
            if clipping:
                state["clip"] = _narrowed(state["clip"], "shape" if clipping == "shape" or painted is None else painted)
            if painted is not None and name in _FILLS and (found := covered(painted, name)):
                return found
            if painted is not None and name in _STROKES:
                ctm = state["ctm"]
                broad = state["lw"] * max((ctm[0] ** 2 + ctm[1] ** 2) ** 0.5, (ctm[2] ** 2 + ctm[3] ** 2) ** 0.5)
                if (broad > _STROKE_MOST or state["light"]) and (found := covered(painted, name, margin=broad / 2)):
                    return found
            path, shapes, clipping = [], 0, ""
        elif name == "sh":
            if found := covered(seen, "a shading"):
                return found
        elif name == "Do":
            drawn = xobjects.get(str(operands[0])) if isinstance(xobjects, pikepdf.Dictionary) else None
            if isinstance(drawn, pikepdf.Stream):
                if drawn.get("/Subtype") == "/Form":
                    bbox = [float(value) for value in drawn.get("/BBox", [0, 0, 0, 0])]
                    matrix = _times(tuple(float(value) for value in drawn.get("/Matrix", _IDENTITY)),  # type: ignore
                                    state["ctm"])
                    corners = ((bbox[0], bbox[1]), (bbox[2], bbox[1]), (bbox[0], bbox[3]), (bbox[2], bbox[3]))
                    region = _box([_point(x, y, matrix) for x, y in corners])
                else:
                    region = _box([_point(x, y, state["ctm"]) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))])
                if found := covered(region, f"{operands[0]} Do"):
                    return found
    return ""


def _crosses(line: Segment, box: Box) -> bool:
    """Whether a segment has a point in a box (Liang and Barsky's clipping of a line by a rectangle)."""
    (x0, y0), (x1, y1) = line
    low, high = 0.0, 1.0
    for step, start, least, most in ((x1 - x0, x0, box[0], box[2]), (y1 - y0, y0, box[1], box[3])):
        if step == 0:
            if not least <= start <= most:
                return False
            continue
        enter, leave = sorted(((least - start) / step, (most - start) / step))
        low, high = max(low, enter), min(high, leave)
        if low > high:
            return False
    return True


def _inline_image(page: Any, pikepdf: Any) -> bool:
    """Whether a page's content may hold an inline image (an operator filter leaves them out of the reading)."""
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents]
    return any(isinstance(stream, pikepdf.Stream) and b"BI" in (data := stream.read_bytes()) and _INLINE.search(data)
               for stream in streams)


def _rectangle(points: list[tuple[float, float]]) -> bool:
    """Four corners of a rectangle whose sides run along the page's (a clip of that shape is its box)."""
    xs, ys = {round(x, 3) for x, _ in points}, {round(y, 3) for _, y in points}
    return len(xs) <= 2 and len(ys) <= 2


def _narrowed(clip: Box | str | None, region: Box | str) -> Box | str:
    """The clip once `region` is intersected with it: a box, or "shape" where either is not a box."""
    if clip == "shape" or region == "shape":
        return "shape"
    if clip is None:
        return region
    assert isinstance(clip, tuple) and isinstance(region, tuple)
    return max(clip[0], region[0]), max(clip[1], region[1]), min(clip[2], region[2]), min(clip[3], region[3])
