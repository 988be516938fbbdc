"""The site's Makefile's own `error:` lines, in the site's language: a French legal team read make's refusals in
English (legal20). Each is a template variable of skeleton/Makefile.j2, so `policy upgrade` reads it back as it reads
the branch or the generator's folder."""
from __future__ import annotations

from policysite import messages
from policysite.messages import Said

# Template variable -> (catalogue key, make variables the message names, each by its field)
LINES = {
    "tools_error": ("make.tools", {"policy": "$(POLICY)"}),
    "import_error": ("make.import-usage", {}),
    "local_error": ("make.local-address", {}),
}
_SENTINEL = "\x00{}\x00"


def in_echo(text: str) -> str:
    """`text` as it stays itself between the double quotes of an `echo` in a make recipe: the shell's `"`, `\\`,
    `` ` `` and `$` escaped, and make's `$` doubled."""
    for plain, escaped in (("\\", "\\\\"), ('"', '\\"'), ("`", "\\`"), ("$", "\\$$")):
        text = text.replace(plain, escaped)
    return text


def error_lines(lang: str) -> dict[str, str]:
    """Each error line of the Makefile (its template variable -> its words) in `lang`'s catalogue (else English), the
    make variables it names left for make to expand."""
    lines: dict[str, str] = {}
    for name, (key, variables) in LINES.items():
        held = {field: _SENTINEL.format(n) for n, field in enumerate(variables)}
        line = in_echo(messages.said_in(Said(key, **held), lang))
        for n, value in enumerate(variables.values()):
            line = line.replace(_SENTINEL.format(n), value)
        lines[name] = line
    return lines


# The lines as skeleton/Makefile.j2 wrote them before they were said in the site's language.
ENGLISH_BEFORE = {
    "tools_error": '$(POLICY) not found: install the generator (README.md, \\"Setting up\\") or give its folder: make '
                   'BIN=/path/to/venv/bin',
    "import_error": "make import lang=<code> from=<folder or file>",
    "local_error": "extra.policy.public_url in mkdocs.yml is the local address: set the site's own address there and "
                   'site_url in every mkdocs*.yml (README.md, \\"Before publishing\\")',
}


def retold(read: dict[str, str], lang: str) -> dict[str, str]:
    """The lines of a site's Makefile (`read`: its template variables) as the generator wrote them, in any language
    or before legal20, said again in `lang` by `policy upgrade`; a line the company wrote itself is kept."""
    ours = {name: {ENGLISH_BEFORE[name], *(error_lines(code)[name] for code in messages.LANGUAGES)} for name in LINES}
    now = error_lines(lang)
    return {name: now[name] for name in LINES if read.get(name) in ours[name]}
