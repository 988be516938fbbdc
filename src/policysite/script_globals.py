"""The names a classic script defines on the page's global object, read from its source (safety.defined_globals).

A browser makes an element with an id a property of `window` under that name until a script defines the name
itself (DOM clobbering): a script reading the name before the one defining it has run reads the element. A script
defines a global by assigning it on the global object (`window.X =`, `self.X =`, `globalThis.X =`, `window["X"] =`,
`this.X =` at its top level, or on a name bound to the global object: `root.X = factory()` of a UMD wrapper
`(function (root, factory) {…})(typeof self !== "undefined" ? self : this, …)`, `var g = window; g.X =`, or an
arrow wrapper's `((g) => {…})(this)`), and by declaring it outside any function (`var X`, in a block or a
`for (var X of …)` too; `function X` at the top level): that script's name, but an element takes it until the
script has run (safety86). The source is read token by token (strings, comments, templates and regular expressions
skipped), so that a declaration in a function, or a word in a string, defines nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

GLOBAL_OBJECT = frozenset({"window", "self", "globalThis"})
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?)
  | (?P<template>`(?:\\.|[^`\\])*`?)
  | (?P<name>[A-Za-z_$][\w$]*)
  | (?P<number>\d[\w.]*)
  | (?P<punct>===|!==|==|!=|=>|<=|>=|&&=|\|\|=|\?\?=|&&|\|\||\?\?|\+\+|--|\*\*=|[-+*/%&|^]=|<<=|>>>?=|\.\.\.|[^\s])
""", re.VERBOSE | re.DOTALL)
_REGEX = re.compile(r"/(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n\[])+/[A-Za-z]*")
# After these a `/` starts a regular expression, not a division
_BEFORE_REGEX = frozenset({"return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw"})
_ENDS_VALUE = frozenset({")", "]", "}"})
_OPEN, _CLOSE = "([{", ")]}"
# Words a statement starts with: a `var` list ends before them
_STATEMENT = frozenset({"var", "let", "const", "function", "class", "if", "for", "while", "do", "return", "switch",
                        "try", "throw", "break", "continue"})
# What the argument naming the global object in a wrapper's call may be made of
_GLOBAL_WORDS = GLOBAL_OBJECT | {"this", "typeof", "undefined", "void", "0"}
_GLOBAL_PUNCT = frozenset({"!==", "===", "!=", "==", "?", ":", "(", ")", "&&", "||", "??"})


def tokens(source: str) -> list[tuple[str, str]]:
    """(kind, text) of each token of the script `source` but spaces and comments: `name`, `string` (its text without
    quotes), `number`, `punct`; templates and regular expressions are `other`."""
    found: list[tuple[str, str]] = []
    at = 0
    while at < len(source):
        if source[at] == "/" and not _divides(found):
            regex = _REGEX.match(source, at)
            if regex:
                found.append(("other", regex.group(0)))
                at = regex.end()
                continue
        match = _TOKEN.match(source, at)
        if match is None:  # (cannot happen: the last alternative takes any character)
            break
        kind, text = match.lastgroup or "punct", match.group(0)
        at = match.end()
        if kind == "string":
            found.append(("string", text[1:-1] if len(text) > 1 and text[-1] == text[0] else text[1:]))
        elif kind == "template":
            found.append(("other", text))
        elif kind not in ("space", "comment"):
            found.append((kind, text))
    return found


def _divides(before: list[tuple[str, str]]) -> bool:
    """Whether a `/` after the tokens `before` is a division (after a value), not a regular expression."""
    if not before:
        return False
    kind, text = before[-1]
    return (kind in ("name", "number", "string", "other") and text not in _BEFORE_REGEX) or text in _ENDS_VALUE


def _depths(toks: list[tuple[str, str]]) -> list[int]:
    """The bracket depth each token is at (a closing bracket at the depth it closes to)."""
    depths, depth = [], 0
    for kind, text in toks:
        if kind == "punct" and text in _CLOSE:
            depth = max(depth - 1, 0)
        depths.append(depth)
        if kind == "punct" and text in _OPEN:
            depth += 1
    return depths


def _closing(toks: list[tuple[str, str]], depths: list[int], start: int) -> int:
    """The index of the bracket closing the one at `start` (len(toks) if none does)."""
    for index in range(start + 1, len(toks)):
        if depths[index] == depths[start] and toks[index][0] == "punct" and toks[index][1] in _CLOSE:
            return index
    return len(toks)


def _names_global_object(argument: list[tuple[str, str]]) -> bool:
    """Whether the call's argument `argument` (its tokens) is the global object (`this`, `typeof self !==
    "undefined" ? self : this`)."""
    return any(text in GLOBAL_OBJECT | {"this"} for _, text in argument) and all(
        kind == "string" or text in _GLOBAL_WORDS or (kind == "punct" and text in _GLOBAL_PUNCT)
        for kind, text in argument)


def _called_with_global(toks: list[tuple[str, str]], depths: list[int], body: int) -> bool:
    """Whether the function whose body opens at `body` (a `{`) is called at once with the global object as its first
    argument: `(function (g) {…})(this)`, `!function (g) {…}(window)`, `((g) => {…})(self)`."""
    if body >= len(toks) or toks[body][1] != "{":
        return False
    end = _closing(toks, depths, body) + 1
    end += end < len(toks) and toks[end][1] == ")"
    if end >= len(toks) or toks[end][1] != "(":
        return False
    argument = []
    for index in range(end + 1, len(toks)):
        if depths[index] == depths[end] + 1 and toks[index][1] == "," or depths[index] == depths[end]:
            break
        argument.append(toks[index])
    return bool(argument) and _names_global_object(argument)


def _aliases(toks: list[tuple[str, str]], depths: list[int]) -> set[str]:
    """The names bound to the global object: a wrapper's parameter called with it (a function or an arrow function),
    a variable given it."""
    aliases: set[str] = set()
    for index, (kind, text) in enumerate(toks):
        if text == "function" and kind == "name":
            at = index + 1 + (toks[index + 1 : index + 2] != [] and toks[index + 1][0] == "name")
            if at >= len(toks) or toks[at][1] != "(" or at + 1 >= len(toks) or toks[at + 1][0] != "name":
                continue
            if _called_with_global(toks, depths, _closing(toks, depths, at) + 1):
                aliases.add(toks[at + 1][1])
        elif text == "=>" and index:
            if toks[index - 1][0] == "name":
                parameter = toks[index - 1][1]
            elif toks[index - 1][1] == ")" and index >= 3 and toks[index - 3][1] == "(" \
                    and toks[index - 2][0] == "name":
                parameter = toks[index - 2][1]
            elif toks[index - 1][1] == ")":
                opening = next((at for at in range(index - 2, -1, -1)
                                if depths[at] == depths[index - 1] and toks[at][1] == "("), None)
                if opening is None or opening + 1 >= index or toks[opening + 1][0] != "name":
                    continue
                parameter = toks[opening + 1][1]
            else:
                continue
            if _called_with_global(toks, depths, index + 1):
                aliases.add(parameter)
        elif text in ("var", "let", "const") and kind == "name" and index + 3 < len(toks) \
                and toks[index + 1][0] == "name" and toks[index + 2][1] == "=" \
                and toks[index + 3][1] in GLOBAL_OBJECT | {"this"} \
                and (index + 4 == len(toks) or toks[index + 4][1] in (";", ",")):
            if toks[index + 3][1] != "this" or depths[index] == 0:
                aliases.add(toks[index + 1][1])
    return aliases


def _assigned(toks: list[tuple[str, str]], depths: list[int], aliases: set[str]) -> Iterator[str]:
    """The names assigned on the global object or one of its `aliases`: `G.X =`, `G["X"] =`."""
    for index, (kind, text) in enumerate(toks):
        if kind != "name" or (index and toks[index - 1][1] in (".", "?.")):
            continue
        if not (text in GLOBAL_OBJECT or text in aliases or (text == "this" and depths[index] == 0)):
            continue
        rest = toks[index + 1 : index + 5]
        if len(rest) >= 3 and rest[0][1] == "." and rest[1][0] == "name" and rest[2][1] == "=":
            yield rest[1][1]
        elif len(rest) == 4 and rest[0][1] == "[" and rest[1][0] == "string" and rest[2][1] == "]" \
                and rest[3][1] == "=":
            yield rest[1][1]


# Before `(`, the words whose parenthesis is a statement's (`if (x) {…}`), not a function's parameters
_STATEMENT_PARENS = frozenset({"if", "for", "while", "switch", "catch", "with"})


def _function_depths(toks: list[tuple[str, str]], depths: list[int]) -> list[int]:
    """How many function bodies each token is in: a `{` after `=>`, or after the `)` of parameters (`function f(a)
    {`, a method `m(a) {`), opens one; a `{` after `if (…)`, `for (…)`, `else`, `try` … is a block of the code
    around it (a `var` there is that code's: a top-level `if (x) { var y }` declares a global)."""
    inside = 0
    opened: list[int] = []  # each open brace: 1 a function's body, 0 a block
    counts: list[int] = []
    for index, (kind, text) in enumerate(toks):
        if kind == "punct" and text == "}" and opened:
            inside -= opened.pop()
        counts.append(inside)
        if kind == "punct" and text == "{":
            body = index > 0 and (toks[index - 1][1] == "=>" or (
                toks[index - 1][1] == ")" and _opened_by(toks, depths, index - 1) not in _STATEMENT_PARENS))
            opened.append(1 if body else 0)
            inside += opened[-1]
    return counts


def _opened_by(toks: list[tuple[str, str]], depths: list[int], close: int) -> str:
    """The word before the `(` the `)` at `close` closes ("" if none)."""
    for index in range(close - 1, -1, -1):
        if depths[index] == depths[close] and toks[index][1] == "(":
            return toks[index - 1][1] if index and toks[index - 1][0] == "name" else ""
    return ""


def _declared(toks: list[tuple[str, str]], depths: list[int]) -> Iterator[str]:
    """The names the script declares outside any function: `var a = 1, b`, `for (var i = 0; …)`, `if (x) { var y }`
    (`var` is the function's, here the global object's, whatever block holds it), `function f() {}` at the top level."""
    functions = _function_depths(toks, depths)
    for index, (kind, text) in enumerate(toks):
        if kind != "name" or functions[index] or index + 1 >= len(toks) or toks[index + 1][0] != "name":
            continue
        if text == "function" and not depths[index] and (index == 0 or toks[index - 1][1] in (";", "}")):
            yield toks[index + 1][1]
        elif text == "var" and (index == 0 or toks[index - 1][1] != "."):
            yield toks[index + 1][1]
            for after in range(index + 2, len(toks)):
                word = toks[after][1]
                if depths[after] < depths[index] or depths[after] == depths[index] and (
                        word == ";" or (toks[after][0] == "name" and word in _STATEMENT | {"of", "in"})):
                    break
                if depths[after] == depths[index] and word == "," and after + 1 < len(toks) \
                        and toks[after + 1][0] == "name":
                    yield toks[after + 1][1]


def defined(source: str, *, declared: bool = True) -> frozenset[str]:
    """The names the classic script `source` defines on the global object; those it declares at its top level too,
    `declared`."""
    toks = tokens(source)
    depths = _depths(toks)
    aliases = _aliases(toks, depths)
    return frozenset({*_assigned(toks, depths, aliases), *(_declared(toks, depths) if declared else ())})
