"""Raw HTML tags in Markdown, judged one by one against the allow-list of `policy check`.

A tag on the list keeps only the attributes the list allows; any other tag goes and its text stays;
scripts and styles go with their content; embeds become links; images follow the image rules.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from policysite.convert.urls import image_kind, is_safe_href, is_script_url
from policysite.editorial import ALLOWED_TAGS, GLOBAL_ATTRIBUTES
from policysite.messages import Said

# The allow-list of editorial.py (raw HTML a policy may hold: no class, which the theme's CSS and scripts act on),
# and what stands in for two old tags.
ALLOWED = {tag: tuple(sorted(attributes)) for tag, attributes in ALLOWED_TAGS.items()}
GLOBAL = tuple(sorted(GLOBAL_ATTRIBUTES))
RENAMED = {"b": "strong", "i": "em"}
# Tags whose content is no text of the policy: removed with it.
WITH_CONTENT = frozenset({"script", "style", "template", "textarea", "title", "noscript", "select", "svg", "math"})
# Tags a browser draws as a block of their own (or a line break): their words stand apart from the words around them.
BLOCKS = frozenset({"p", "div", "ul", "ol", "li", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody",
                    "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "header",
                    "footer", "address", "figure", "figcaption", "center", "details", "summary"})
EMBEDS = {"iframe": "src", "frame": "src", "object": "data", "embed": "src", "video": "src", "audio": "src"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>\Z", re.S)
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


@dataclass(frozen=True)
class Tag:
    """One raw HTML tag as written: closing or not, its name (lower case) and its attributes."""

    closing: bool
    name: str
    attributes: tuple[tuple[str, str], ...]


def parse(markup: str) -> Tag | None:
    """The tag `markup` is, or None for a comment, declaration, processing instruction or CDATA."""
    match = _TAG.match(markup.strip())
    if not match:
        return None
    attributes = tuple((m.group(1).lower(), html.unescape(next((g for g in m.groups()[1:] if g is not None), "")))
                       for m in _ATTRIBUTE.finditer(match.group(3)))
    return Tag(bool(match.group(1)), match.group(2).lower(), attributes)


def allowed_form(tag: Tag) -> tuple[str, list[Said]]:
    """An allowed (or renamed) tag written with only the attributes it may carry, and what was dropped."""
    name = RENAMED.get(tag.name, tag.name)
    if tag.closing:
        return f"</{name}>", []
    kept: list[tuple[str, str]] = []
    dropped: list[Said] = []
    has_id = any(k == "id" for k, _ in tag.attributes)
    for key, value in tag.attributes:
        if key == "name" and name == "a" and not has_id:
            kept.append(("id", value))  # an old-style anchor: the id lands the same links
        elif key == "id" and value.startswith("__"):
            dropped.append(Said("convert.dropped/theme-id", key=key))
        elif key in GLOBAL or key in ALLOWED[name] and is_safe_href(value):
            kept.append((key, value))
        elif key in ALLOWED[name]:
            reason = "script" if is_script_url(value) else "relative" if _relative(value) else "scheme"
            dropped.append(Said(f"convert.dropped/{reason}", key=key, value=value[:60]))
        else:
            dropped.append(Said("convert.dropped/" + ("handler" if key.startswith("on") else "other"), key=key))
    written = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in kept)
    return f"<{name}{written}>", dropped


def _relative(href: str) -> bool:
    """Whether `href` is a path of the site a text was published on (`/about/policies/terms`, `terms.html`): as its
    Markdown link is said (basecamp's raw `<a href>` was "only http(s), mailto: and # links are allowed")."""
    written = href.strip()
    return bool(written) and not written.startswith(("#", "//")) and re.match(r"[A-Za-z][\w+.-]*:", written) is None


def embed_link(tag: Tag) -> str | None:
    """The link standing for an embedded document (iframe, object …), if it has a web address."""
    url = dict(tag.attributes).get(EMBEDS.get(tag.name, "src"), "").strip()
    if not re.match(r"(?i)https?://", url):
        return None
    text = dict(tag.attributes).get("title", "").strip() or url
    return f"[{_escape_label(text)}](<{url}>)" if text != url else f"<{url}>"


def image_replacement(tag: Tag, *, in_link: bool) -> tuple[str, Said]:
    """What stands for a raw <img>: a link to a foreign image, else its alt text; and the note."""
    attributes = dict(tag.attributes)
    src, alt = attributes.get("src", "").strip(), " ".join(attributes.get("alt", "").split())
    return image_rule(src, _escape_label(alt), alt, in_link=in_link, destination=f"<{src}>")


def image_rule(src: str, label: str, alt: str, *, in_link: bool, destination: str) -> tuple[str, Said]:
    """The image rule shared by Markdown and raw HTML images: (replacement, note)."""
    kind = image_kind(src)
    short = src if len(src) <= 80 else src[:77] + "…"
    if kind == "foreign" and not in_link and alt:
        return f"[{label}]({destination})", Said("convert.image-linked", image=short, alt=alt)
    what = Said("convert.image/" + (kind if kind in ("data", "foreign") else "missing"), image=short)
    if alt and named_after_file(src, alt):  # Notion's `![Untitled](…/Untitled.png)`: its editor's words, not the text's
        return "", Said("convert.image-file-name", image=short, alt=alt)
    if alt:
        return label, Said("convert.image-alt", image=what, alt=alt)
    return "", Said("convert.image-no-alt", image=what)


def named_after_file(src: str, alt: str) -> bool:
    """Whether an image's alt text is what the editor that stored the picture wrote, no word its author wrote nor one
    its readers read: its file's whole name (`image.png`), or an editor's default (Notion's `Untitled` for
    `Untitled.png`, GitHub's and Typora's `image`, `Screenshot 2023-…`, `Pasted image 2023…`). A name its author gave
    (`![chart](img/chart.png)`) stays its words."""
    name = unquote(urlsplit(src).path.rsplit("/", 1)[-1]) if src and not src.startswith("data:") else ""
    stem, said = (name.rsplit(".", 1)[0] if "." in name else name).casefold(), alt.strip().casefold()
    return bool(name) and said == name.casefold() or _DEFAULT_ALT.fullmatch(said) is not None and (
        said == stem or said in ("image", "img", "alt text"))


# The alt text editors write for a picture pasted or dropped in (Notion, GitHub, Typora, Obsidian, macOS).
_DEFAULT_ALT = re.compile(r"(?:untitled|image|img|alt text|pasted image|screenshot|screen shot|capture d.écran)"
                          r"(?:[ _-]?\(?\d[\w .:()-]*)?")


def _escape_label(text: str) -> str:
    return re.sub(r"([\\\[\]`*_<])", r"\\\1", text)
