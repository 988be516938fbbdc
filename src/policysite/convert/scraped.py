"""The words a page's reader copied with its text (a policy kept as the plain text of its page, selected in the browser
or written out by a scraper): the page's own links and buttons, an image's file name, a stale second copy of its last
sections, its copyright line, a consent banner, breadcrumbs, share buttons and menus. None is the policy's text: each
line is left out (blank, so that the lines below keep their numbers) and said with its line (adopt31: the seed,
DialOnce's page as text, was imported with `top of page` as its title, `GRPD - FR.png` over section 2's heading, and a
second, older copy of sections 19 to 22 after its copyright line, all published as its text)."""
from __future__ import annotations

import difflib
import re
import unicodedata

from policysite.convert.notes import Notes, each_quoted
from policysite.messages import Said

# A page's links to its own top or bottom and its skip links, as readers' languages write them, alone on their line.
_PAGE_LINKS = frozenset((
    "top of page", "bottom of page", "back to top", "back to the top", "go to top", "scroll to top", "return to top",
    "to top", "top", "skip to content", "skip to main content", "skip to navigation", "skip navigation",
    "jump to content", "haut de page", "bas de page", "retour en haut", "retour en haut de page", "revenir en haut",
    "retour haut de page", "aller au contenu", "aller au contenu principal", "passer au contenu", "nach oben",
    "zurück nach oben", "seitenanfang", "zum seitenanfang", "zum inhalt springen", "direkt zum inhalt", "volver arriba",
    "ir arriba", "volver al inicio", "saltar al contenido", "ir al contenido", "torna su", "torna all'inizio",
    "torna in alto", "vai al contenuto", "salta al contenuto", "naar boven", "terug naar boven",
    "naar inhoud springen", "ga naar inhoud", "voltar ao topo", "ir para o topo", "ir para o conteúdo",
    "pular para o conteúdo"))
# The words of a consent banner's buttons, alone on their line under its sentence about cookies.
_BUTTONS = frozenset((
    "accept", "accept all", "accept cookies", "accept all cookies", "allow all", "allow cookies", "reject",
    "reject all", "decline", "deny", "refuse", "cookie settings", "cookies settings", "manage cookies",
    "manage preferences", "customize", "customise", "settings", "preferences", "ok", "got it", "i agree", "agree",
    "j'accepte", "accepter", "tout accepter", "accepter et fermer", "refuser", "tout refuser",
    "continuer sans accepter",
    "personnaliser", "paramétrer", "paramètres", "paramètres des cookies", "gérer les cookies", "alle akzeptieren",
    "akzeptieren", "ablehnen", "alle ablehnen", "einstellungen", "cookie-einstellungen", "aceptar", "aceptar todo",
    "aceptar todas", "rechazar", "rechazar todo", "configurar", "accetta", "accetta tutti", "rifiuta",
    "rifiuta tutti", "personalizza", "accepteren", "alles accepteren", "weigeren", "instellingen", "aceitar",
    "aceitar todos", "rejeitar", "recusar"))
_COOKIES = re.compile(r"(?i)cookie|traceur|témoin")
# Share buttons, and the social networks a page's share or follow links name, alone on their line.
_SHARE = frozenset((
    "share", "share this", "share this page", "share this article", "share on facebook", "share on twitter",
    "share on linkedin", "share on x", "tweet", "partager", "partager cette page", "partager sur facebook",
    "partager sur twitter", "partager sur linkedin", "teilen", "seite teilen", "compartir", "condividi", "delen",
    "partilhar", "compartilhar", "follow us", "suivez-nous", "folgen sie uns", "síguenos", "seguici"))
# What a row of share buttons holds beside them (`Share` `Facebook` `Email` `Print`), a share only among them.
_BESIDE = frozenset(("email", "e-mail", "print", "imprimer", "drucken", "imprimir", "stampa", "copy link",
                     "copier le lien"))
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•◦▪]|\d{1,3}[.)])\s")
_NETWORKS = frozenset(("facebook", "twitter", "x", "linkedin", "instagram", "youtube", "whatsapp", "pinterest", "xing",
                       "tiktok"))
# The first item of a breadcrumb trail: the site's home page.
_HOME = frozenset(("home", "homepage", "home page", "accueil", "page d'accueil", "startseite", "start", "inicio",
                   "início", "página inicial", "pagina iniziale", "home-page"))
_TRAIL = re.compile(r"\s+(?:>|›|»|/|\\|→|»|>>)\s+")
# An image's file name alone on its line: the caption a copy of the page keeps where it showed an image.
_IMAGE_NAME = re.compile(r"(?i)^[^\s/\\][^/\\]{0,80}\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)$")
# The page's copyright line, closing it: `Copyright © DialOnce. 2016-2021. Tous droits réservés.`
_COPYRIGHT = re.compile(r"(?i)^(?:©|\(c\)|copyright\b)|©.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*©|"
                        r"all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos "
                        r"reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados")
# A section's heading as a plain text numbers it: `19. Comment …`, `22 Loi applicable`, `6.1 DialOnce`.
_NUMBERED = re.compile(r"^\s*(\d{1,2})((?:\.\d{1,2})*)\.?\s+(\S.{0,150})$")
_MOST_WORDS = 15  # a heading, a button, a menu's item or a copyright line is shorter
COPIED = 0.8  # the share of a second copy's words in the first's, in their order, at least


def cleaned(text: str, notes: Notes, *, markdown: bool = False) -> str:
    """`text` (a policy kept as plain text, or as Markdown: a page a scraper or a browser's extension wrote out, its
    links `[Back to top](#)` read by their words, its headings by their titles) without the page's words that are not
    its text (see above), each said in `notes` with its lines; its other lines as they are, at their numbers."""
    lines = text.split("\n")
    shown = _shown(lines) if markdown else list(lines)
    filled = [bool(line.strip()) for line in shown]
    for step in (_page_links, _stale_copy, _image_names, _banners, _shares, _breadcrumbs):
        step(shown, notes)
    if not markdown or any(filled[n] and not line.strip() for n, line in enumerate(shown)):
        _copyright(shown, notes)  # (a site's Markdown source may end with its own: `© {year} Kite Inc.`, kept)
    return "\n".join("" if filled[n] and not shown[n].strip() else line for n, line in enumerate(lines))


_LINK = re.compile(r"(?<!!)\[([^\]\n]*)\]\([^)\n]*\)")
_CODE = "\0"  # a line of code, which no pattern above matches
# A skip link's words (`Skip to main content`, `Aller au contenu`), whatever place in the page it links to.
_SKIP = re.compile(r"(?i)\bskip\b|\bjump to\b|contenu|inhalt|contenido|contenuto|inhoud|conteúdo")


def _shown(lines: list[str]) -> list[str]:
    """Markdown `lines` as their words show: a link as its words, a heading as its title (its number kept), a line
    inside a fence as code."""
    shown, fence = [], ""
    for line in lines:
        mark = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence or mark:
            if mark and (not fence or mark.group(1).startswith(fence)):
                fence = "" if fence else mark.group(1)[:3]
            shown.append(_CODE)
            continue
        anchor = re.fullmatch(r"\s*\[([^\]\n]*)\]\(#[^)\s]+\)\s*", line)
        if anchor and not _SKIP.search(anchor.group(1)):  # a link to a place in the page, `[Back to top](#toc)`: the
            shown.append(_CODE)  # import's passes over links judge it (one alone is the text's: adoption hunt 28)
            continue
        words = _LINK.sub(r"\1", line)
        shown.append(re.sub(r"^\s{0,3}#{1,6}\s+|^\s*\*\*(?=.*\*\*\s*$)|\*\*\s*$", "", words).strip())
    return shown


def _key(line: str) -> str:
    """`line` as the word lists above hold it: its arrows, bullets and punctuation around it gone, casefolded."""
    line = unicodedata.normalize("NFC", line).replace("’", "'")
    return re.sub(r"^[\W_]+|[\W_]+$", "", line).casefold()


def _left_out(lines: list[str], numbers: list[int], notes: Notes, key: str, **fields: object) -> None:
    """Blank `lines` at `numbers` (0-based), said once in `notes` with their lines and their words quoted."""
    words = [lines[n].strip() for n in numbers]
    message = Said(key, words=each_quoted(list(dict.fromkeys(words))[:4], most=60), count=len(numbers), **fields)
    for n in numbers:
        lines[n] = ""
        notes.add(message, n + 1)


def _page_links(lines: list[str], notes: Notes) -> None:
    """Leaves out the page's links to its own top or bottom and its skip links (`top of page`, `↑ Back to top`)."""
    found = [n for n, line in enumerate(lines) if line.strip() and _key(line) in _PAGE_LINKS
             and len(line.split()) <= 6]
    if found:
        _left_out(lines, found, notes, "convert.scraped-page-links")


def _image_names(lines: list[str], notes: Notes) -> None:
    """Leaves out an image's file name alone on its line (`GRPD - FR.png`), said: what the image showed is not in the
    text."""
    found = [n for n, line in enumerate(lines) if _IMAGE_NAME.match(line.strip())]
    if found:
        _left_out(lines, found, notes, "convert.scraped-image-names")


def _blocks(lines: list[str]) -> list[list[int]]:
    """The numbers of the lines of each block of `lines` between empty lines."""
    blocks: list[list[int]] = [[]]
    for n, line in enumerate(lines):
        if line.strip():
            blocks[-1].append(n)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _banners(lines: list[str], notes: Notes) -> None:
    """Leaves out a consent banner: a short paragraph about cookies over lines of its buttons alone (`Accept all`,
    `Refuser`), the buttons first, within two lines of it."""
    found: list[int] = []
    for n, line in enumerate(lines):
        if not _COOKIES.search(line) or len(line.split()) > 80 or _key(line) in _BUTTONS:
            continue
        after = [m for m in range(n + 1, min(len(lines), n + 4)) if lines[m].strip()]
        buttons: list[int] = []
        for m in range(n + 1, len(lines)):
            if not lines[m].strip():
                if m - n > 2 and not buttons:
                    break
                continue
            if _key(lines[m]) not in _BUTTONS:
                break
            buttons.append(m)
        if after and buttons and buttons[0] == after[0]:
            found += [n, *buttons]
    if found:
        _left_out(lines, sorted(set(found)), notes, "convert.scraped-banner")


def _shares(lines: list[str], notes: Notes) -> None:
    """Leaves out share buttons: a run of lines each only a share button, a social network's name or names, or what a
    row of them holds beside them (`Share`, `Facebook`, `LinkedIn`, `Email`), holding a share button or two networks'
    lines (a list's items, `- Email`, are the text's)."""
    run: list[int] = []
    found: list[int] = []
    for n, line in enumerate([*lines, "\0"]):
        if not line.strip():
            continue
        key = _key(line)
        if not _LIST_ITEM.match(line) and (key in _SHARE | _NETWORKS | _BESIDE or _networks(line)):
            run.append(n)
            continue
        keys = [_key(lines[m]) for m in run]
        if any(key in _SHARE for key in keys) or sum(key in _NETWORKS for key in keys) >= 2:
            found += run  # (a line naming networks alone, `Facebook, LinkedIn`, may be the text's list of them)
        run = []
    if found:
        _left_out(lines, found, notes, "convert.scraped-share")


def _networks(line: str) -> bool:
    """Whether `line` is only social networks' names, two or more (`Facebook Twitter LinkedIn`, `Facebook | X`)."""
    words = [word for word in re.split(r"[\s|·•/,]+", _key(line)) if word]
    return len(words) >= 2 and all(word in _NETWORKS for word in words)


def _breadcrumbs(lines: list[str], notes: Notes) -> None:
    """Leaves out a breadcrumb trail among the text's first lines: the home page, then the pages down to this one
    (`Home > Legal > Privacy Policy`, `Accueil / Politique de confidentialité`)."""
    found = []
    for n in [n for n, line in enumerate(lines) if line.strip()][:12]:
        parts = _TRAIL.split(lines[n].strip())
        if 2 <= len(parts) <= 7 and _key(parts[0]) in _HOME and all(len(part.split()) <= 6 for part in parts):
            found.append(n)
    if found:
        _left_out(lines, found, notes, "convert.scraped-breadcrumb")


def _copyright(lines: list[str], notes: Notes) -> None:
    """Leaves out the page's copyright line closing the text (`Copyright © DialOnce. 2016-2021. Tous droits
    réservés.`, `© 2023 Example Ltd`), and the menu of short links right around it (`Legal notice | Sitemap`)."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    found = []
    for n in reversed(filled[-4:]):
        line = lines[n].strip()
        if len(line.split()) <= _MOST_WORDS and _COPYRIGHT.search(line):
            found.append(n)
    if found:
        _left_out(lines, sorted(found), notes, "convert.scraped-copyright")


def _stale_copy(lines: list[str], notes: Notes) -> None:
    """Leaves out a second copy of sections closing the text: from a heading whose number the text has already given,
    titled as that section is (`19 Comment la présente Politique est mise à jour` after sections 1 to 22), to the
    end, where every later heading repeats an earlier one so: an older copy of the page's last sections a site
    builder kept, which readers saw twice. Said with its lines, the sections' numbers, and whether its words are the
    first copy's."""
    headings = [(n, match) for n, line in enumerate(lines)
                if (match := _NUMBERED.match(line.strip())) and len(line.split()) <= _MOST_WORDS]
    seen: dict[str, tuple[int, str]] = {}
    top = 0
    for index, (n, match) in enumerate(headings):
        number = match.group(1) + match.group(2)
        if int(match.group(1)) <= top and not match.group(2) and number in seen and \
                _alike(seen[number][1], match.group(3)) and \
                all(_repeats(later, seen) for _m, later in headings[index + 1:]):
            first = seen[number][0]
            if all(_NUMBERED.match(line.strip()) for line in lines[first:n] if line.strip()):
                return  # (the first "copy" its titles alone, a table of contents: the sections are the text, adopt33)
            copy = _words(lines[n:])
            original = _words(lines[first:n])[:len(copy)]
            if difflib.SequenceMatcher(None, original, copy, autojunk=False).ratio() < COPIED:
                return  # sections numbered anew with their own words: a second part (its customers', its staff's)
            _left_out_copy(lines, list(range(n, len(lines))), notes, first=first + 1,
                           sections=[m.group(1) + m.group(2) for _n, m in headings[index:]], same=original == copy)
            return
        top = max(top, int(match.group(1)))
        seen.setdefault(number, (n, match.group(3)))


def _repeats(match: re.Match, seen: dict[str, tuple[int, str]]) -> bool:
    number = match.group(1) + match.group(2)
    return number in seen and _alike(seen[number][1], match.group(3))


def _alike(one: str, other: str) -> bool:
    """Whether two headings' titles are one title, written alike (`Comment contacter DialOnce`, `Comment contacter
    Dial-Once`)."""
    one, other = (" ".join(re.findall(r"\w+", text.casefold())) for text in (one, other))
    return difflib.SequenceMatcher(None, one, other).ratio() >= 0.8


def _words(lines: list[str]) -> list[str]:
    return re.findall(r"\w+", " ".join(lines).casefold())


def _left_out_copy(lines: list[str], numbers: list[int], notes: Notes, *, sections: list[str], first: int,
                   same: bool) -> None:
    """Blank the stale copy's lines, said once with its lines, its sections and where the first copy starts."""
    message = Said("convert.scraped-stale-copy" + ("" if same else "/other-words"), sections=sections,
                   first=first, end=numbers[-1] + 1)
    for n in numbers:
        lines[n] = ""
    notes.add(message, numbers[0] + 1)
