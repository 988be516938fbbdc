"""The words an MDX page (Astro's, Next.js', Docusaurus') shows through its expressions: `{ORG_NAME}` in its text and
`href={SUPPORT_EMAIL_URL}` in its elements, each a string constant the page imports from a module of its site
(`import { ORG_NAME } from "../const"`, where `export const ORG_NAME = "…"`). Left as written, the page published
`{ORG_NAME}` where readers read the company's name, and its contact links went nowhere (adoption 7 of session 31:
an open source foundation's Astro site, src/pages/privacy.mdx)."""
from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Mapping

from policysite.convert.markdown_lines import substitute
from policysite.convert.notes import Notes
from policysite.messages import Said

_IMPORT = re.compile(r"""^import\s+\{(?P<names>[^}]*)\}\s+from\s+(?P<quote>["'])(?P<module>[^"'\n]+)(?P=quote)""",
                     re.M)
_CONSTANT = re.compile(r"""^export\s+const\s+(?P<name>[A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*"""
                       r"""(?:"(?P<double>(?:[^"\\\n]|\\.)*)"|'(?P<single>(?:[^'\\\n]|\\.)*)'|`(?P<template>[^`$\\]*)`)"""
                       r"""\s*(?:as\s+const\s*)?;?[ \t]*$""", re.M)
_EXPRESSION = re.compile(r"(?P<attribute>\s[A-Za-z][\w:-]*=)?\{\s*(?P<name>[A-Za-z_$][\w$]*)\s*\}")
_ESCAPE = re.compile(r"\\(u\{(?:10|0?[0-9A-Fa-f])[0-9A-Fa-f]{0,4}\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)")
_EXTENSIONS = ("", ".ts", ".js", ".mjs", ".cjs", ".tsx", ".jsx", "/index.ts", "/index.js")
_SCRIPTS = (".ts", ".js", ".mjs", ".cjs", ".tsx", ".jsx")
_MODULE_BYTES = 256 * 1024


def imported_constants(text: str, read: Callable[[str], bytes | None], folder: str) -> dict[str, str]:
    """The string constants `text` (an MDX page in `folder`) imports by name from its site's modules, by the name the
    page uses (`import { A as B }`: B); `read(path)` gives a file's bytes, None where there is none. A module named by
    a package or an alias (`@/const`), or a constant that is no plain string, gives none."""
    out: dict[str, str] = {}
    for match in _IMPORT.finditer(text):
        module = match["module"]
        if not module.startswith("."):
            continue
        constants = _constants(read, posixpath.normpath(posixpath.join(folder, module)))
        for one in match["names"].split(","):
            name, _as, local = one.strip().partition(" as ")
            name, local = name.strip(), (local or name).strip()
            if name in constants:
                out[local] = constants[name]
    return out


def expressions(body: str, constants: Mapping[str, str], notes: Notes) -> str:
    """`body` with each `{NAME}` outside code that names an imported constant written as its words (in an element's
    attribute, `href={NAME}`, as the attribute's quoted value), each said with its line and words."""
    def words(match: re.Match[str], line: int) -> str | None:
        value = constants.get(match["name"])
        if value is None:
            return None
        notes.add(Said("convert.mdx-constant", name=match["name"], value=value), line)
        return f'{match["attribute"]}"{html.escape(value)}"' if match["attribute"] else value
    return substitute(body, _EXPRESSION, words, needle="{") if constants else body


# An expression of an MDX page's text that is a string (`{' '}`, `{" "}`, as JSX writes a space between a line's last
# word and the next line's, `{"Last updated:"}`): MDX shows its characters; read as Markdown, the braces and quotes were
# published (`We respect your privacy.\\{' '\\} Read on.`). Any other expression (`{new Date().getFullYear()}`) shows
# what the old site's build computed: kept as written, said (adoption hunt 22).
_STRING = re.compile(r"""(?<![={\\])\{\s*(?P<quote>["'`])(?P<words>[^"'`{}\\\n]*)(?P=quote)\s*\}""")
_OTHER = re.compile(r"(?<![={\\])\{(?P<code>[^{}\n#/:][^{}\n]*)\}")  # (not an attribute's: `href={URL}`)
_STATEMENT = re.compile(r"[ \t]*(?:import|export)\b")  # (the page's code, left out later: mdx-line, mdx-export)


def literals(body: str, notes: Notes) -> str:
    """`body` (an MDX page's) with each string expression outside code written as its characters, and its other
    expressions kept as written, each said with its line (see above)."""
    def words(match: re.Match[str], line: int) -> str:
        notes.add(Said("convert.mdx-string", code=match.group(0)[:40]), line)
        return html.escape(match["words"], quote=False)

    statements = {number for number, line in enumerate(body.split("\n"), 1) if _STATEMENT.match(line)}

    def other(match: re.Match[str], line: int) -> None:
        if line not in statements and re.search(r"[A-Za-z_$]", match["code"]):  # code, not `{1}`
            notes.add(Said("convert.mdx-expression", code=match.group(0)[:60]), line)
    return substitute(substitute(body, _STRING, words, needle="{"), _OTHER, other, needle="{")


def _constants(read: Callable[[str], bytes | None], path: str) -> dict[str, str]:
    """The plain string constants a module exports, by name; none where `path` names no script of the site."""
    if path.startswith("../") or path == "..":
        return {}
    for ending in _EXTENSIONS:
        name = path + ending
        if not name.endswith(_SCRIPTS):
            continue
        data = read(name)
        if data is not None and len(data) <= _MODULE_BYTES:
            return {m["name"]: _unescaped(m["double"] if m["double"] is not None else m["single"]
                                          if m["single"] is not None else m["template"])
                    for m in _CONSTANT.finditer(data.decode("utf-8", "replace"))}
    return {}


def _unescaped(literal: str) -> str:
    """A JavaScript string literal's characters, its escapes read."""
    def one(match: re.Match) -> str:
        code = match.group(1)
        if code.startswith("u{"):
            return chr(int(code[2:-1], 16))
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(code, code)
    return _ESCAPE.sub(one, literal)
