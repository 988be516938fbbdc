"""The text a page shows in a frame, read where the frame shows it.

A page builder's HTML block or a policy generator's embed shows the policy in an `<iframe>`: written into the page
(`srcdoc`), or loaded from another address, which a browser's "Save Page As…, complete" saves beside the page
(`privacy_files/policy.html`, the frame's `src` rewritten to it). The import removed the frame with its words,
said only as "removed an <iframe> element", and committed the page's title and date line alone (adoption hunt 25).
Each such frame holding a text (a heading, or 300 characters of words) and drawn on the page is replaced by its
document's body (and its `<style>`s, which draw it), read as the page's text is, and said; a frame of another
address not saved with the page, a hidden or one-pixel frame (a tracker's), a widget's few words and a frame saved
from a widget's host (a video's player, a captcha, a map) stay out.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import css_marks
from policysite.convert.notes import Notes
from policysite.messages import Said

MAX_BYTES = 8 * 1024 * 1024  # far more than a policy's page
# The address a browser notes at the top of each page it saves (`<!-- saved from url=(0041)https://… -->`), and the
# hosts of the widgets a page frames beside its text (a video's player, a captcha, a map, a social button): their
# saved frames hold a player's or a widget's words, never the policy's (a document Google Docs publishes, on
# docs.google.com, may be the policy itself).
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_WIDGETS = re.compile(r"(?i)^(?:(?:www\.|maps\.)?google\.com|(?:[\w-]+\.)*(?:youtube(?:-nocookie)?\.com|vimeo\.com|"
                      r"dailymotion\.com|gstatic\.com|recaptcha\.net|hcaptcha\.com|doubleclick\.net|facebook\.com|"
                      r"twitter\.com|x\.com|instagram\.com|linkedin\.com|spotify\.com|soundcloud\.com|"
                      r"openstreetmap\.org|calendly\.com|typeform\.com))$")


def _saved(src: str, folder: Path | None) -> str | None:
    """The markup of the page a frame's relative `src` names under `folder` (an .html file, no link), or None."""
    parts = urlsplit(src.strip())
    if folder is None or parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    path = folder / unquote(parts.path)
    try:
        if path.is_symlink() or not path.is_file() or path.suffix.lower() not in (".html", ".htm", ".xhtml") \
                or not path.resolve().is_relative_to(folder.resolve()) or path.stat().st_size > MAX_BYTES:
            return None
        markup = path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        return None
    saved_from = _SAVED_FROM.search(markup[:2048])
    if saved_from and _WIDGETS.match(urlsplit(saved_from.group(1)).hostname or ""):
        return None  # (a video's player, a captcha: a widget's words)
    return markup


def _unseen(frame: LexborNode) -> bool:
    """Whether a frame is drawn to nothing: hidden, or a pixel wide or high (a tracker's)."""
    attributes = frame.attributes
    sizes = [str(attributes.get(name) or "").strip().removesuffix("px") for name in ("width", "height")]
    return "hidden" in attributes or (attributes.get("aria-hidden") or "") == "true" \
        or any(size in ("0", "1") for size in sizes) or css_marks.hides(attributes.get("style") or "")


def inline(tree: LexborHTMLParser, folder: Path | None, notes: Notes) -> None:
    """Replace each frame whose document the page holds (`srcdoc`, or saved under `folder`) by its words, said."""
    read: list[Said] = []
    for frame in tree.css("iframe"):
        if "srcdoc" in frame.attributes:
            markup: str | None = frame.attributes.get("srcdoc") or ""
            where = "srcdoc"
        else:
            where = (frame.attributes.get("src") or "").strip()
            markup = _saved(where, folder)
        if markup is None:
            continue
        document = LexborHTMLParser(markup)
        body = document.body
        words = " ".join(body.text(deep=True, separator=" ").split()) if body is not None else ""
        if body is None or _unseen(frame) or not (body.css_first("h1, h2, h3, h4, h5, h6") or len(words) >= 300):
            continue  # (a tracker's or a widget's frame, a captcha's: no text of the policy)
        styles = "".join(style.html or "" for style in document.css("style"))
        replacement = LexborHTMLParser(f"<body><div>{styles}{body.inner_html or ''}</div></body>").css_first("div")
        if replacement is None:
            continue
        frame.replace_with(replacement)
        read.append(Said("convert.frame/srcdoc", words=words[:40].rstrip()) if where == "srcdoc" else
                    Said("convert.frame", where=where, words=words[:40].rstrip()))
    if read:
        notes.add(Said("convert.frames", count=len(read), frames=read[:3], more=" …" if len(read) > 3 else ""))
