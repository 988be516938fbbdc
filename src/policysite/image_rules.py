"""What a project's images may be: an SVG that draws only (no script, link or editor's metadata), a bitmap without
the camera's or author's metadata, a logo of the header's proportions."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from policysite.css_rules import CSS_LOADS, IMAGE_FUNCTIONS, PRESENTATION_URLS
from policysite.messages import Said, file_reason, prefixed

# A logo is a mark beside the site's name (Material draws it 1.2rem high): one wider than this would be a line of
# words drawn where no check reads them.
LOGO_RATIO = 4.0


def logo_problems(config: dict[str, Any], config_file: str, files: Path) -> list[str]:
    """Why the project's own logo may not be drawn on every page: words in it (an SVG's <text>), or a shape wider
    than a mark, whose drawn words no check reads."""
    from policysite import config_rules  # which imports this module

    theme = config.get("theme")
    logo = theme.get("logo") if isinstance(theme, dict) else None
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not isinstance(logo, str) or not isinstance(custom, str):
        return []
    path = files / custom / logo
    if not path.is_file() or path.is_symlink() or config_rules.own_file(files / custom, logo):
        return []
    data = path.read_bytes()
    svg = _svg_root(data) if logo.lower().endswith(".svg") else None
    size = (_svg_size(svg) if svg is not None else None) if logo.lower().endswith(".svg") else _image_size(data)
    if svg is not None and any(str(e.tag).rpartition("}")[2] in ("text", "tspan", "textPath") for e in svg.iter()):
        return [prefixed(config_file, Said("config.logo-words", logo=logo))]
    if size is None:
        return [prefixed(config_file, Said("config.logo-size", logo=logo))]
    width, height = size
    if height <= 0 or width / height > LOGO_RATIO:
        return [prefixed(config_file, Said("config.logo-wide", logo=logo, size=f"{width:g}×{height:g}",
                                           ratio=f"{LOGO_RATIO:g}"))]
    return []


def _svg_size(root: Any) -> tuple[float, float] | None:
    """An SVG's width and height as drawn at its widest: its root's width and height attributes size it in a browser,
    its viewBox where they are absent; None where neither can be read (a percentage, no viewBox)."""
    attributes = {str(k).rpartition("}")[2]: str(v) for k, v in root.attrib.items()}
    sizes = []
    box = re.fullmatch(r"\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*", attributes.get("viewBox", ""))
    if box:
        sizes.append((float(box.group(1)), float(box.group(2))))
    width, height = attributes.get("width"), attributes.get("height")
    if width is not None or height is not None:
        pixels = [re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*", v) if v is not None else None
                  for v in (width, height)]
        if not all(pixels):
            return None  # sized by a percentage or a unit of the page's, or half sized: its shape is not known
        sizes.append((float(pixels[0].group(1)), float(pixels[1].group(1))))  # type: ignore[union-attr]
    return max(sizes, key=lambda size: size[0] / size[1] if size[1] else float("inf")) if sizes else None


def _svg_root(data: bytes) -> Any:
    """An SVG's root element as a browser reads the file (XML, in its encoding; comments are none of it), or None
    where it is no well-formed SVG (svg_problems says why)."""
    import xml.etree.ElementTree as ElementTree

    if svg_problems(data):
        return None
    try:
        return ElementTree.fromstring(_svg_text(data))
    except ElementTree.ParseError:
        return None


def _image_size(data: bytes) -> tuple[float, float] | None:
    """A raster image's width and height in pixels (Pillow reads the header only)."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return float(image.width), float(image.height)
    except Exception:  # not an image Pillow reads
        return None


_SVG_ACTIVE = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "set",
                         "animate", "animatemotion", "animatetransform", "style"})


# The first bytes of each image kind a theme folder may hold: a file named .png holding an XSLT stylesheet ran
# as one when an SVG's processing instruction named it.
MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
          ".gif": (b"GIF87a", b"GIF89a"), ".ico": (b"\x00\x00\x01\x00",), ".webp": (b"RIFF",),
          ".avif": (b"\x00\x00\x00",)}


# Namespaces of what drawing programs write into an SVG and browsers never render nor run: Inkscape's and
# Sodipodi's editing state, RDF, Dublin Core and Creative Commons metadata, Illustrator's and Sketch's notes.
_EDITOR_NS = frozenset({"http://www.inkscape.org/namespaces/inkscape", "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
                        "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://purl.org/dc/elements/1.1/",
                        "http://creativecommons.org/ns#", "http://web.resource.org/cc/",
                        "http://ns.adobe.com/AdobeIllustrator/10.0/", "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
                        "http://ns.adobe.com/Extensibility/1.0/", "http://ns.adobe.com/Graphs/1.0/",
                        "http://ns.adobe.com/SaveForWeb/1.0/", "http://ns.adobe.com/Variables/1.0/",
                        "http://www.bohemiancoding.com/sketch/ns"})


_SVG_DOCTYPE = re.compile(rb'<!DOCTYPE\s+svg\s+PUBLIC\s+"-//W3C//DTD SVG 1\.[01](?: Basic| Tiny)?//EN"\s+'
                          rb'"http://www\.w3\.org/(?:TR/2001/REC-SVG-20010904/DTD/svg10|Graphics/SVG/1\.1/DTD/svg11'
                          rb'(?:-basic|-tiny)?)\.dtd"\s*>', re.I)


def as_read(data: bytes) -> bytes:
    """An XML file's bytes (an SVG's, a Word document's part) as UTF-8, decoded as a browser or Word would (its byte
    order mark, else UTF-16 where its first character is one, else its XML declaration's encoding): a UTF-16 file hid
    its processing instruction from a search of its bytes."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace").encode("utf-8")
    for first, codec in ((b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be")):  # UTF-16 without a mark
        if data.startswith(first):
            return data.decode(codec, "replace").encode("utf-8")
    declared = re.match(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)", data)
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), "replace").encode("utf-8")
        except LookupError:
            return data
    return data


def _svg_text(data: bytes) -> bytes:
    """An SVG's bytes as UTF-8 with no encoding declared and without SVG 1.0/1.1's public DOCTYPE (as Illustrator
    writes it: it declares no entity)."""
    data = re.sub(rb"<\?xml[^>]*\?>", lambda m: re.sub(rb"encoding\s*=\s*[\"'][^\"']*[\"']", b"", m.group()),
                  as_read(data), count=1)
    return _SVG_DOCTYPE.sub(lambda m: b"\n" * m.group().count(b"\n"), data, count=1)  # (its lines kept: svg_located)


def xml_problems(data: bytes) -> list[Said]:
    """Why an XML document (an SVG image, an XHTML page) says more to a browser than an HTML parser reads of it: an
    encoding that hides its bytes, a DTD whose entities write markup (`<!ENTITY x "<script>…">`), a processing
    instruction that loads and runs a stylesheet."""
    return [why for _line, why in _xml_located(data)]


def _xml_located(data: bytes) -> list[tuple[int, Said]]:
    """xml_problems, each with the line it is at (1 for the file's encoding)."""
    if b"\x00" in data[:200] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [(1, Said("image.xml/utf16"))]
    data = _svg_text(data)
    if found := re.search(rb"<!(?:DOCTYPE|ENTITY)", data, re.I):
        return [(data.count(b"\n", 0, found.start()) + 1, Said("image.xml/dtd"))]
    instruction = re.search(rb"<\?(?!xml[ \t\r\n])", data)
    declarations = [at.start() for at in re.finditer(rb"<\?xml", data, re.I)]
    if instruction or len(declarations) > 1:
        # `<?xml-stylesheet type="text/xsl" href="logo.svg"?>`: the browser runs the file as XSLT, or loads CSS
        at = instruction.start() if instruction else declarations[1]
        return [(data.count(b"\n", 0, at) + 1, Said("image.xml/instruction"))]
    return []


def svg_problems(data: bytes) -> list[Said]:
    """Why an SVG image of the project's own may not be served: a browser opens it as XML, on the site's origin,
    where a script in it runs (the HTML parser of the output check reads `<desc><noembed><script>` as text). Only
    shapes, text and local references: no DTD, script, handler, foreign content, animation or outside link."""
    return [why for _line, why in svg_located(data)]


def svg_located(data: bytes) -> list[tuple[int, Said]]:
    """svg_problems, each with the line of the element (or instruction, or DTD) it refuses: an SVG of 400 lines is
    read where it says (lines1). The lines are expat's, which ElementTree parses with: its elements in the order
    ElementTree iterates them."""
    import xml.etree.ElementTree as ElementTree

    found = _xml_located(data)
    if found:
        return found
    data = _svg_text(data)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        return [(exc.position[0], Said("image.svg/ill-formed", error=file_reason(exc)))]
    lines = _element_lines(data)
    if root.tag != f"{{{_SVG_NS}}}svg":
        return [(lines[0] if lines else 1, Said("image.svg/root", tag=str(root.tag), namespace=_SVG_NS))]
    for number, element in enumerate(root.iter()):
        line = lines[number] if number < len(lines) else 1
        space, _, name = str(element.tag).rpartition("}")
        name = name.lower()
        if space[1:] in _EDITOR_NS:  # a drawing program's own notes: never rendered
            continue
        if space != "{" + _SVG_NS:  # XSLT, XHTML, MathML…: what a browser would run or lay out as a page
            return [(line, Said("image.svg/foreign", tag=str(element.tag)))]
        if name == "style" and not CSS_LOADS.search(_CSS_LOCAL.sub("", "".join(element.itertext()))):
            continue  # Illustrator's `.st0{fill:#8A1538;}`: colours of its own shapes, loading nothing
        if name in _SVG_ACTIVE:
            return [(line, Said("image.svg/active", name=name))]
        for attribute, value in element.attrib.items():
            local = attribute.rpartition("}")[2].lower()
            if local.startswith("on") or (local == "href" and not value.strip().startswith("#")) or \
                    re.search(r"url\s*\(\s*['\"]?\s*(?!#)", value, re.I) or "\\" in value or \
                    (local == "style" and re.search(r"@import", value, re.I)) or \
                    ((local == "style" or local in PRESENTATION_URLS) and IMAGE_FUNCTIONS.search(value)):
                return [(line, Said("image.svg/attribute", attribute=local, value=value[:40]))]
    return []


def _element_lines(data: bytes) -> list[int]:
    """The line each element of a well-formed XML document starts at, in document order (expat's)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    lines: list[int] = []
    parser.StartElementHandler = lambda _name, _attributes: lines.append(parser.CurrentLineNumber)
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return []
    return lines


_SVG_NS = "http://www.w3.org/2000/svg"


_CSS_LOCAL = re.compile(r"url\(\s*['\"]?#[\w.-]*['\"]?\s*\)", re.I)  # a gradient or clip of the image itself


# What an image's file may say of whoever made it, besides its pixels, that the site would publish with it (safety
# hunt 35): EXIF's names, places, machines and serial numbers, an XMP packet (its editing history names files and
# people), a PNG's text chunks but its software and dates, a JPEG's or GIF's comment; an SVG editor's export path and
# document path, a Dublin Core creator, Illustrator's private data (the whole document it was drawn in).
_PRIVATE_EXIF = {0x010D: "DocumentName", 0x010E: "ImageDescription", 0x013B: "Artist", 0x013C: "HostComputer",
                 0x8825: "GPSInfo", 0x9286: "UserComment", 0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor",
                 0x9C9E: "XPKeywords", 0x9C9F: "XPSubject", 0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber",
                 0xA435: "LensSerialNumber"}


_PLAIN_PNG_TEXT = frozenset({"software", "creation time", "title", "copyright", "dpi", "gamma"})


_SVG_PRIVATE = {"export-filename": "export-path", "absref": "document-path", "creator": "creator",
                "contributor": "contributor", "publisher": "publisher", "pgf": "illustrator"}  # (image.private/…)


def image_metadata(data: bytes, kind: str) -> list[Said]:
    """Why an image of the project's own may not be published as it is: what its file says of whoever made it."""
    found: list[Said] = []
    if kind == ".svg":
        import xml.etree.ElementTree as ElementTree

        try:
            root = ElementTree.fromstring(_svg_text(data))
        except ElementTree.ParseError:
            return []
        for element in root.iter():
            space, _, name = str(element.tag).rpartition("}")
            if space[1:] in _EDITOR_NS and name in _SVG_PRIVATE and "".join(element.itertext()).strip() + (
                    "pgf" if name == "pgf" else ""):
                found.append(Said(f"image.private/{_SVG_PRIVATE[name]}"))
            for attribute, value in element.attrib.items():
                local = attribute.rpartition("}")[2]
                if attribute.startswith("{") and local in _SVG_PRIVATE and re.search(r"[/\\]", value):
                    found.append(Said(f"image.private/{_SVG_PRIVATE[local]}"))
    else:
        import io

        from PIL import Image

        try:
            with Image.open(io.BytesIO(data)) as image:
                exif = image.getexif()
                tags = dict(exif) | dict(exif.get_ifd(0x8769))
                found += [Said("image.private/exif", name=name) for tag, name in _PRIVATE_EXIF.items() if tags.get(tag)]
                info = {str(key): value for key, value in image.info.items()}
        except Exception:  # not an image Pillow reads (the check of its first bytes says so)
            return []
        found += [Said("image.private/xmp")] if any("xmp" in key.lower() for key in info) else []
        found += [Said("image.private/comment")] if info.get("comment") else []
        if kind == ".png":
            found += [Said("image.private/text", key=key) for key, value in info.items() if isinstance(value, str)
                      and value.strip() and key.lower() not in _PLAIN_PNG_TEXT and "xmp" not in key.lower()
                      and key != "comment"]
    if not found:
        return []
    return [Said("image.metadata", items=list(dict.fromkeys(found)))]
