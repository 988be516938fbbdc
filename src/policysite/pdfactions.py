"""What a PDF does besides show its pages, read as a PDF viewer reads it (pikepdf, on qpdf: objects packed into object
streams and names written with `#xx` escapes are read as they are meant): a script (Chromium's viewer runs a PDF's
JavaScript, `app.launchURL` among it), an action run on opening or on an event, a form that sends what a reader types,
a program launched, another file opened or a file carried inside. The generator's print (pdf.py: tagged text, its
outline, links to addresses) holds none of these; a PDF the branch serves that holds one came from elsewhere."""
from __future__ import annotations

import collections
import io
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from policysite.pdftext import MarkedId

# Keys of a dictionary that make the viewer act: a script (a name tree of them, `/JS`), actions on opening or on an
# event (`/OpenAction`, `/AA`), a form (`/AcroForm`, `/XFA`), files carried inside, embedded media, and the catalog's
# base for links (`/URI /Base`, which pdf.js and PDFium prepend to a link without a scheme: any host)
ACTIVE_KEYS = frozenset({"/JS", "/JavaScript", "/OpenAction", "/AA", "/AcroForm", "/XFA", "/EmbeddedFile",
                         "/EmbeddedFiles", "/RichMedia", "/RichMediaContent", "/Base",
                         # a file specification's file carried inside (`/EF`), a page's or the document's associated
                         # files (`/AF`, PDF 2.0): a viewer offers to open either, outside any name tree (safety51 hunt)
                         "/EF", "/AF"})
# The annotations the print writes: links. Any other carries a file, plays media, draws a 3D scene (whose stream runs
# its own JavaScript), is a form's field (safety51 hunt), or is drawn over the page or shown beside it in words and
# shapes no check read (`pdftext` reads the page's own text): a note's or a free text's words, a stamp, a white square
# over a clause, a strike-out or a highlight as if the text had changed, a watermark (safety58 hunt)
PRINTED_ANNOTATIONS = frozenset({"/Link"})
# An annotation's own drawing (`/AP`, its appearance streams, `/AS` the one shown): a link drawn as a box of any content
# over the words; the print writes none
DRAWN_KEYS = frozenset({"/AP", "/AS"})
# Words a viewer or a screen reader says in a place of the page's own: an element's alternate description read instead
# of its words (`/Alt`), an abbreviation's expansion (`/E`), a form field's tooltip and export name (`/TU`, `/TM`),
# words read in place of an element's (`/ActualText`: the print writes its clusters' in the page's content only, never
# in a structure element or a named property, safety63). The print writes none: words there no check read (pdftext
# reads the page's text and its `/ActualText` clusters)
HOVER_KEYS = frozenset({"/Alt", "/E", "/TU", "/TM", "/ActualText"})
# What the print writes as a link's `/Contents` (which some viewers show while the pointer rests on the link, and
# screen readers say): its address, or for an e-mail or a number, its address after the scheme under the print
# engine's word for it in the text's language: Typst's translations' `email` and `telephone` (typst-library's
# translations/*.txt, English's in a language it has none in), each of them: a word of any shape (up to three, safety62)
# let a forged link say "Refunds never due" before its address (safety63). A Typst that says another is told by
# test_safety63_pdf_words, which reads the installed engine's own.
ENGINE_WORDS = {
    "mailto:": frozenset({"Adres mailowy", "Correio Eletrónico", "Correio Eletrônico", "Correo electrónico", "Courriel",
                          "E-Mail",
                          "E-bost", "E-mail", "E-pasts", "E-post", "E-pošta", "Email", "Ríomhphost", "Sähköposti",
                          "e-mail", "Электронная почта", "电子邮件", "電子郵件"}),
    "tel:": frozenset({"Ffôn", "Puhelin", "Teileafón", "Telefon", "Telefone", "Telefono", "Telefoon", "Telefón",
                       "Telephone", "Teléfono", "Téléphone", "Tālrunis", "Điện thoại", "Телефон", "电话", "電話"}),
}
# The structure elements the print gives a title (`/T`, which a screen reader's list of headings and a viewer's tags
# show): the headings, their words as printed
TITLED = frozenset({"/H1", "/H2", "/H3", "/H4", "/H5", "/H6"})
# Actions (`/S`) that run, send, launch, open another file or hide words; `/URI` and `/GoTo` (a link, a heading of the
# outline) are what the print writes
ACTIVE_ACTIONS = frozenset({"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/GoToR", "/GoToE",
                            "/Hide", "/Rendition", "/Sound", "/Movie", "/SetOCGState", "/Trans", "/GoTo3DView",
                            "/Thread"})  # (`/Thread`: an article's thread, in another file its `/F` names)


def pdf_action(data: bytes) -> str:
    """The first thing a PDF holds that a viewer would do besides showing its pages (`/OpenAction`, `/S /JavaScript`,
    a `javascript:` link), or "": what `publish.pdf-active` names."""
    import pikepdf

    from policysite.safety import deceptive_link, is_script_url

    def refused(uri: str) -> bool:  # (as the page's links are judged: a script, a scheme the print never writes, a
        # link the gate refuses on the page, `?utm_source=`, `mailto:…?bcc=`, a host of two scripts: safety61 hunt)
        return is_script_url(uri) or not _printed(uri) or next(deceptive_link(uri, ""), None) is not None

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return "?"  # no PDF a reader's viewer opens as printed
    # Each object's kind asked once (`isinstance` against pikepdf's classes asks qpdf each time): the 302 PDFs a fresh
    # clone of a 151-version branch reads took 3.3 s, now 2.3 s
    dictionary, array, stream = pikepdf.ObjectType.dictionary, pikepdf.ObjectType.array, pikepdf.ObjectType.stream
    inner = (dictionary, array)
    titles: list[tuple[str, list[MarkedId]]] = []  # (the headings' `/T` and their marked-content ids: judged against
    # the printed words once every object is read)
    with pdf:
        for top in pdf.objects:
            todo = [top]
            while todo:  # each object, and the dictionaries and arrays written inside it (a link's `/A`)
                obj = todo.pop()
                kind = obj._type_code if isinstance(obj, pikepdf.Object) else None
                if kind == stream:
                    obj, kind = obj.stream_dict, dictionary
                if kind == dictionary:
                    found = _dictionary_action(obj, pikepdf, refused) or _title(obj, pikepdf, titles)
                    if found:
                        return found
                    values = obj.values()
                elif kind == array:
                    values = list(obj)
                else:
                    continue
                todo += [value for value in values if isinstance(value, pikepdf.Object)
                         and value._type_code in inner and not value.is_indirect]
    return _unprinted_marked(data, titles)


# The scripts whose glyphs the print engine shares between clusters (a mark, a conjunct's half, a letter's joined form):
# a glyph's character map names the cluster it first drew, and a cluster drawn with it again carries its own text as
# `/ActualText`, of the glyphs' script but not their text. Elsewhere (Latin, Greek, Cyrillic, digits) the cluster's
# letter is among its glyphs' text.
SHAPED = frozenset({"ARABIC", "SYRIAC", "THAANA", "NKO", "HEBREW", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
                    "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO", "TIBETAN", "MYANMAR",
                    "KHMER", "MONGOLIAN", "JAVANESE", "BALINESE", "ETHIOPIC", "HANGUL"})
_JOINERS = "\u200c\u200d"
CLUSTER_MOST = 8  # code points in one cluster the print gives an `/ActualText` (a letter, its marks, a conjunct)


def _script(char: str) -> str:
    """A character's script, as the first word of its Unicode name says it ("LATIN", "ARABIC", "DEVANAGARI")."""
    return unicodedata.name(char, "").split(" ")[0]


def _one_cluster(text: str) -> bool:
    """`text` is what the print writes as one span's `/ActualText`: one cluster, a letter (or digit, or mark of
    punctuation) and the marks on it, the letters a virama or a joiner joins to it."""
    if not text or len(text) > CLUSTER_MOST or unicodedata.category(text[0])[0] in "MZC":
        return False
    return all(unicodedata.category(char)[0] == "M" or char in _JOINERS or before in _JOINERS
               or unicodedata.combining(before) == 9 for before, char in zip(text, text[1:], strict=False))


# What a span's text may hold that draws nothing, besides white space: the hyphens a line break adds or hides, and the
# marks and isolates that set the direction of a right-to-left text's numbers and Latin words (U+200E, U+200F, U+061C,
# U+2066 to U+2069, the embeddings U+202A to U+202C), which the print puts in the cluster of the character beside them
# (`7` and U+200E): every Hebrew PDF holding one was refused (company14). Not the overrides (U+202D, U+202E), which
# reorder what follows and which no text reaching the print holds (editorial.bidi). Nor the characters of width zero a
# text copied from a web page or Word carries one at a time in a word (U+200B, U+2060, U+FEFF: the checks refuse a run
# of them, text.control), which the print puts in the cluster of the letter before them: `da\u200bta` was refused at
# publication as a PDF's "/ActualText a\u200b (a)", no file nor line said (safety77).
_UNDRAWN = str.maketrans("", "", "\u00ad-\u2010\u2011\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c"
                         "\u200b\u2060\ufeff")


def _as_drawn(text: str) -> str:
    """A span's text as its letters read, compatibility forms folded (a ligature's "ﬀ" is "ff", a no-break space a
    space), without white space, the hyphens a line break adds or hides, or the direction marks beside them."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_UNDRAWN).split())


def _unprinted_marked(data: bytes, titles: list[tuple[str, list[MarkedId]]]) -> str:
    """The first `/ActualText` of a page, or heading's `/T`, that is not what the print writes there, or "": words a
    reader copies, searches and hears, and the checks read (pdftext), in place of the glyphs the page draws; a title a
    screen reader's list of headings says. The print gives one cluster an `/ActualText` (_one_cluster) of its glyphs'
    letter (or, in a SHAPED script, of their script), drawn with a glyph or two more than its characters at most, and
    a heading its own words as its `/T` (those of its marked spans, as drawn: compared as letters, in any order, a
    right-to-left heading's drawn from its end). A span saying "We keep no data." over glyphs drawing "We sell your
    data." passed, and the text layer the checks compare with the policy said the policy's words; one saying "W" over
    the whole sentence left it out of the text layer; a title "1. We sell your data" over the heading "1. Scope"
    (safety63)."""
    from policysite import pdftext

    spans = pdftext.marked(data, frozenset(ident for _, ids in titles for ident in ids))
    for actual, drawn_glyphs in spans.actual:
        glyphs = "".join(drawn_glyphs)
        if _as_drawn(actual) == _as_drawn(glyphs):
            continue  # the glyphs' own text: a ligature broken by a soft hyphen ("ff\u00ad"), a space of another width
        base = unicodedata.normalize("NFD", actual)[:1]
        letters = [char for char in glyphs if unicodedata.category(char)[0] in "LN"]
        if _script(base) in SHAPED:
            drawn = bool(letters) and all(_script(char) == _script(base) for char in letters)
        else:
            drawn = base in unicodedata.normalize("NFD", glyphs)
        if not _one_cluster(actual) or not drawn or len(drawn_glyphs) > len(actual) + 2:
            return f"/ActualText {actual[:40]} ({glyphs[:20]})"
    for title, ids in titles:
        printed = collections.Counter(_flat("".join(spans.by_id.get(ident, "") for ident in ids)))
        if not ids or collections.Counter(_flat(title)) - printed:
            return f"/T {title[:60]}"
    return ""


def _title(obj: Any, pikepdf: Any, titles: list[tuple[str, list[MarkedId]]]) -> str:
    """A dictionary's `/T` where the print writes none (on anything but a heading's structure element: a form field's
    name, an article's thread, an annotation's author are refused already), or "": a heading's kept in `titles`, with
    the marked-content ids of its words."""
    if "/T" not in obj.keys():
        return ""
    title = obj.get("/T")
    if str(obj.get("/S")) not in TITLED or not isinstance(title, pikepdf.String):
        return f"/T {str(title)[:60]}"
    titles.append((str(title), marked_ids(obj, pikepdf)))
    return ""


def marked_ids(element: Any, pikepdf: Any, depth: int = 0) -> list[MarkedId]:
    """The marked-content ids a structure element's words are drawn in, by (its page's object id, the id): its own
    (`/K` a number, or a marked-content reference) and its children elements' (a link in a heading)."""
    page = element.get("/Pg")
    kids = element.get("/K")
    out: list[MarkedId] = []
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        if isinstance(kid, int) and isinstance(page, pikepdf.Dictionary):
            out.append((page.objgen, int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and isinstance(kid.get("/MCID"), int):
            owner = kid.get("/Pg", page)
            if isinstance(owner, pikepdf.Dictionary):
                out.append((owner.objgen, int(kid.get("/MCID"))))
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid and depth < 8:
            out += marked_ids(kid, pikepdf, depth + 1)
    return out


def _flat(text: str) -> str:
    """`text` as compared with the printed words: compatibility forms folded (a printed `ﬁ` is `fi`), no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _dictionary_action(obj: Any, pikepdf: Any, refused: Callable[[str], bool]) -> str:
    keys = set(obj.keys())
    if keys & ACTIVE_KEYS:
        return sorted(keys & ACTIVE_KEYS)[0]
    action = obj.get("/S") if "/S" in keys else None  # (most have neither: a look-up less into qpdf)
    if isinstance(action, pikepdf.Name) and str(action) in ACTIVE_ACTIONS:
        return f"/S {action}"
    kind = obj.get("/Subtype") if "/Subtype" in keys and "/Rect" in keys else None  # (an annotation's: fonts have one)
    if isinstance(kind, pikepdf.Name) and str(kind) not in PRINTED_ANNOTATIONS:
        return f"/Subtype {kind}"
    if isinstance(kind, pikepdf.Name) and keys & DRAWN_KEYS:
        return f"/Subtype {kind} {sorted(keys & DRAWN_KEYS)[0]}"
    if said := next((key for key in sorted(keys & HOVER_KEYS) if isinstance(obj.get(key), pikepdf.String)), ""):
        return f"{said} {str(obj.get(said))[:60]}"
    if isinstance(kind, pikepdf.Name) and "/Contents" in keys and (words := _unprinted_contents(obj, pikepdf)):
        return f"/Contents {words[:60]}"
    uri = obj.get("/URI") if "/URI" in keys else None
    # a Name is read as pdf.js reads one ("bad PDFs do not put parentheses around relative URLs"): its text after the
    # slash, the slash kept (`/URI /evil.example#2Fx` opens /evil.example/x on the PDF's host: tidy1); the print writes
    # Strings only
    if isinstance(uri, pikepdf.String | pikepdf.Name) and refused(str(uri)):
        return f"/URI {str(uri)[:60]}"
    return ""


def _unprinted_contents(link: Any, pikepdf: Any) -> str:
    """A link annotation's `/Contents` (words some viewers show while the pointer rests on it, and screen readers say)
    if they are not what the print writes there (its address: _SAID_SCHEMES, _ENGINE_WORD), else "" (safety62)."""
    contents = link.get("/Contents")
    if not isinstance(contents, pikepdf.String):
        return "?"
    words = str(contents)
    action = link.get("/A")
    uri = action.get("/URI") if isinstance(action, pikepdf.Dictionary) else None
    if not isinstance(uri, pikepdf.String) or not words:
        return words or "?"
    address = str(uri)
    if words == address:
        return ""
    scheme = next((scheme for scheme in ENGINE_WORDS if address.lower().startswith(scheme)), "")
    rest = address[len(scheme):]
    word = words[:-len(rest) - 1] if scheme and rest and words.endswith(" " + rest) else ""
    return "" if word in ENGINE_WORDS.get(scheme, ()) else words


# The schemes of the links the print writes: the text's, which the checks hold to these (safety.deceptive_link), and
# only those (layout._LINKED; policy-pdf.typ leaves a link to a section as words, a page of the site too)
_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def _printed(uri: str) -> bool:
    """Whether a link's target is one the print writes: a page, an e-mail or a number, by its scheme. Any other a
    viewer opens as a file or a share (`file:`, `smb:`, a Windows share's `\\\\host\\share`, opened with the reader's
    credentials), or resolves against the PDF's address or the catalog's base (`//evil.example/` goes to that host,
    `evil.example/x` to wherever a `/Base` says)."""
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", re.sub(r"[\x00-\x20]", "", uri))
    return scheme is not None and scheme.group(1).lower() in _LINK_SCHEMES


# What the print says of itself (Typst's document information and XMP packet, pdf.py): its title, language, days, page
# count, the program that made it and ids drawn from its content. Anything else a PDF's metadata carries names someone
# or somewhere: an author (a person's name), a subject and keywords no check read, the producing machine's file paths
# and the history of the file's editing (XMP's `xmpMM:History`, `xmpMM:DerivedFrom`, `stEvt:`), an application's own
# namespace (Photoshop's, Acrobat's, a DMS's `pdfx:` custom keys) (safety61 hunt)
PRINTED_INFO = frozenset({"/Title", "/Creator", "/Producer", "/CreationDate", "/ModDate", "/Trapped"})
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PRINTED_XMP = frozenset({
    ("adobe:ns:meta/", "xmpmeta"), *((_RDF, name) for name in ("RDF", "Description", "Alt", "Bag", "Seq", "li")),
    *(("http://purl.org/dc/elements/1.1/", name) for name in ("title", "language", "format")),
    *(("http://ns.adobe.com/xap/1.0/", name) for name in ("CreatorTool", "ModifyDate", "CreateDate", "MetadataDate")),
    *(("http://ns.adobe.com/xap/1.0/mm/", name) for name in ("InstanceID", "DocumentID", "RenditionClass")),
    ("http://ns.adobe.com/xap/1.0/t/pg/", "NPages"), ("http://ns.adobe.com/pdf/1.3/", "PDFVersion"),
    ("http://ns.adobe.com/pdf/1.3/", "Producer"), ("http://www.aiim.org/pdfua/ns/id/", "part"),
    ("http://www.aiim.org/pdfa/ns/id/", "part"), ("http://www.aiim.org/pdfa/ns/id/", "conformance")})
_XMP_ATTRIBUTES = frozenset({f"{{{_RDF}}}about", f"{{{_RDF}}}parseType", "{http://www.w3.org/XML/1998/namespace}lang",
                             "{adobe:ns:meta/}xmptk"})


def pdf_private(data: bytes) -> str:
    """The first thing a PDF's metadata says of who made it or where, beyond what the print writes, or "": what
    `publish.pdf-private` names."""
    import xml.etree.ElementTree as ElementTree

    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return "?"
    with pdf:
        info = pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            extra = sorted(set(info.keys()) - PRINTED_INFO)
            if extra:
                return f"/Info {extra[0]}"
        catalog = pdf.Root.get("/Metadata")
        for obj in [*pdf.objects, *([catalog] if isinstance(catalog, pikepdf.Stream) else [])]:
            if not isinstance(obj, pikepdf.Stream) or (obj.stream_dict.get("/Type") != "/Metadata"
                                                       and obj.stream_dict.get("/Subtype") != "/XML"):
                continue
            try:
                packet = obj.read_bytes()
                root = ElementTree.fromstring(packet[packet.find(b"<x:"):] if b"<x:" in packet else packet)
            except (pikepdf.PdfError, ElementTree.ParseError, ValueError):
                return "XMP ?"
            for element in root.iter():
                namespace, _, local = element.tag[1:].partition("}") if element.tag.startswith("{") else ("", "", "")
                if (namespace, local) not in PRINTED_XMP:
                    return f"XMP {local or element.tag}"
                if named := next((name for name in element.attrib if name not in _XMP_ATTRIBUTES), None):
                    return f"XMP {named.rpartition('}')[2]}"
    return ""
