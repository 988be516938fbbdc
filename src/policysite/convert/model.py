"""What the converters return, and the one error they raise."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


class ConvertError(ValueError):
    """A source that cannot be imported, whatever the reason (missing, broken, holding no text: bad input, exit 2);
    the message starts with the file's name (a --git text's `privacy@1a2b3c4.md`, never a temporary folder's)."""


@dataclass(frozen=True)
class Source:
    """One dated policy version to import: the file, the day its text took effect, its format."""

    path: Path
    date: dt.date
    format: str  # "markdown" | "html" | "docx" | "odt" | "office" | "text" | "data"
    origin: str = ""  # where the text was read when not from a file of its own (--git: its commit), and why its date
    parts: tuple[Path, ...] = ()  # the files after `path` of a text split in several (`…-part-2.html`), in order
    indexed: bool = False  # `path` is the index page linking `parts` (a dated folder of one text's files: split_texts)
    title: str = ""  # for a text that has none: the title its file's other texts give (--git), said where used
    markdown_in_html: bool = False  # the old site read the Markdown in its raw HTML blocks (--git: its _config.yml)
    site_params: tuple[tuple[str, str], ...] = ()  # the params of the Hugo site it was part of (--git: its config)
    constants: tuple[tuple[str, str], ...] = ()  # the string constants an MDX page imports (--git: its site's modules)
    stylesheets: tuple[tuple[str, str], ...] = ()  # an HTML page's stylesheets by the address it links them by (--git:
    # its repository's files at that commit)
    template: bool = False  # an HTML file of the old site's source (--git): its server's template, PHP's too
    includes: tuple[tuple[str, str], ...] = ()  # the files its template includes, by name (--git: at that commit); a
    # Markdown page's, by their path in its repository
    page: str = ""  # its path in its repository (--git), from which a Markdown page's includes are found
    captured: tuple[str, str] = ("", "")  # a web archive's capture of it, dated by its text: (the capture's time as
    # its file or folder names it, `20210305120000`; the sentence of its text giving the day)
    settled: tuple[str, str] = ("", "")  # its name's date read day first or month first as its text says: (the date as
    # its name writes it, `01-05-2024`; the sentence of its text giving the day)
    month_named: tuple[str, str] = ("", "")  # its name's month without a day, the day in it its text says: (the month
    # as its name writes it, `2023-03`; the sentence of its text giving the day)


@dataclass
class Converted:
    """A converted version: the Markdown body (no front matter), the front matter kept, what changed."""

    markdown: str
    meta: dict[str, str] = field(default_factory=dict)  # only `title` and `description`
    notes: list[str] = field(default_factory=list)  # human sentences, one per change
    where: str = "line"  # how the notes name a line of `markdown`: the source's ("line") or "Markdown line"
    offset: int = 0      # the source's lines above `markdown` (a Markdown file's front matter)
    lang: str = ""       # the language the source says it is written in (an HTML page's lang), if it says one
    addresses: tuple[str, ...] = ()  # the paths the old site served it at (front matter's `redirect_from` …)
    embeds: tuple[str, ...] = ()  # the services whose scripts write a text into the page where it holds none (Termly)
    page_url: str = ""  # the address the page says it was published at (an HTML page's canonical link, og:url)
