"""An Eleventy page's `{{ personal.email }}`: the words its site's global data gave (`_data/personal.yaml`, `.yml`,
`.json`: its `email`), which Eleventy wrote into the page and its reader read. Imported with --git, the data files are
read at the page's commit; the expression is written as those words, said, and one no data file gives stays (said,
and refused by `policy check` until its words are written; one a `_data/*.js` script gives names that script, never
run). Adoption 15 of session 37: a Polish site's privacy page, nine versions of `{{ personal.address }}` and
`{{ meta.address.email }}`."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from policysite.convert.hugo import flat_settings
from policysite.convert.markdown_lines import substitute
from policysite.convert.markdown_writer import escape_text
from policysite.convert.notes import Notes
from policysite.messages import Said

PREFIX = "_data."  # the global data's keys among a site's params (Source.site_params): no Hugo param starts so
# A global data file written as a script (`_data/meta.js`, its words what running it gives): never run, only named, by
# its stem, where a page's expression would have had its words from it.
SCRIPTS = "_data-script."
_EXPRESSION = re.compile(r"\{\{-?[ \t]*(?P<key>[A-Za-z_]\w*(?:\.[A-Za-z_][\w-]*)+)[ \t]*-?\}\}")
_FILES = (".yaml", ".yml", ".json")
_SCRIPT_FILES = (".js", ".cjs", ".mjs")


def global_data(read: Callable[[str], bytes | None], folder: str, page: str) -> dict[str, str]:
    """The words of the global data `page`'s expressions name, from the `_data` folder nearest above `folder` (an
    Eleventy site's input folder holds it: `src/_data` for `src/pages/privacy.md`), by `PREFIX` and dotted name
    (`_data.personal.email`); none where the page names none or no such folder gives them. A stem the folder holds
    only as a script (`_data/meta.js`) is given by `SCRIPTS` and stem as that file's path, never run."""
    files = {found["key"].split(".")[0] for found in _EXPRESSION.finditer(page)}
    while files:
        base = f"{folder}/" if folder else ""
        out: dict[str, str] = {}
        for stem in sorted(files):
            for suffix in _FILES:
                data = read(f"{base}_data/{stem}{suffix}")
                if data is not None:
                    out.update(flat_settings(data, suffix, f"{PREFIX}{stem}."))
                    break
            else:
                script = next((path for suffix in _SCRIPT_FILES if read(path := f"{base}_data/{stem}{suffix}")
                               is not None), None)
                if script is not None:
                    out[SCRIPTS + stem] = script
        if out or not folder:
            return out
        folder = folder.rpartition("/")[0]
    return {}


def fill(body: str, site: Mapping[str, str], notes: Notes) -> str:
    """`body` with each `{{ name.key }}` outside code that the site's global data gives written as its words (on one
    line), each said with its line; one a data script would have given is left, said naming that script."""
    if not any(key.startswith((PREFIX, SCRIPTS)) for key in site):
        return body

    def words(match: re.Match[str], line: int) -> str | None:
        found = site.get(PREFIX + match["key"])
        if found is None:
            if script := site.get(SCRIPTS + match["key"].split(".")[0]):
                notes.add(Said("convert.site-data-script", tag=match.group(0), file=script), line)
            return None
        shown = " ".join(found.split())
        notes.add(Said("convert.site-data", tag=match.group(0), words=shown[:80]), line)
        return escape_text(shown, line_start=False, in_cell=False)
    return substitute(body, _EXPRESSION, words, needle="{{")
