"""Which configuration a publication builds with: what a change to mkdocs.yml, the hooks or the theme overrides
may not do, since it would publish what the checks never read.

A hook is Python that runs during the build, in the process that checks the output: one that is not the
generator's own could switch the checks off. A Markdown extension the checks do not know can read files from
the disk into the page (`pymdownx.snippets`) or write HTML the text checks never see. HTML in `copyright`
is written into every page's footer, outside the text's checks. `repo_url` makes the theme ask GitHub's API
for the repository's stars: a request to another host. Each is refused with one line naming the setting.
"""
from __future__ import annotations

import re
import sysconfig
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

RULE = "config.refused"
# The Markdown extensions the checks read the text as (rendering.EXTENSIONS, and toc for the headings' ids).
EXTENSIONS = frozenset({"toc", "tables", "attr_list", "sane_lists"})


# The plugins the generator builds with: Material's search (MkDocs' own under Material's name).
PLUGINS = frozenset({"search", "material/search"})


class ConfigError(Exception):
    """A configuration that would publish what the checks do not read."""


def problems(config: dict[str, Any], *, config_file: str, files: Path) -> list[str]:
    """Why `config` (read from `config_file`, the project's files at the commit written under `files`) may not be
    built with, one line each; [] when it may."""
    found = []
    for entry in config.get("markdown_extensions") or []:
        name = next(iter(entry)) if isinstance(entry, dict) and entry else entry
        if not isinstance(name, str) or name.removeprefix("markdown.extensions.") not in EXTENSIONS:
            found.append(f"{config_file}: markdown_extensions: {name!r} is not one the checks read the text with "
                         f"({', '.join(sorted(EXTENSIONS))}): an extension can read files into the page or write "
                         "HTML the checks never see")
    for hook in config.get("hooks") or []:
        found += _hook(str(hook), config_file=config_file, files=files)
    plugins = config.get("plugins") or []
    for entry in plugins.items() if isinstance(plugins, dict) else plugins:
        name = entry[0] if isinstance(entry, tuple) else next(iter(entry)) if isinstance(entry, dict) and entry \
            else entry
        if name not in PLUGINS:
            found.append(f"{config_file}: plugins: {name!r} is not one the generator builds with "
                         f"({', '.join(sorted(PLUGINS))}): a plugin runs while the site is built (Material's "
                         "`projects` builds another configuration, with hooks of its own) and writes what the "
                         "checks never read")
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str) and (files / custom).is_dir():
        found += [f"{config_file}: theme.custom_dir: {custom}/{rel} {why}"
                  for rel, why in foreign_files(files / custom)]
    if config.get("extra_templates"):
        found.append(f"{config_file}: extra_templates: a template of the project's own would be published "
                     "unchecked: remove it")
    for key in ("extra_javascript", "extra_css"):
        for entry in config.get(key) or []:
            path = entry.get("path") if isinstance(entry, dict) else entry
            inside = isinstance(path, str) and not re.match(r"(?i)[a-z][a-z0-9+.-]*:|/|\\", path) \
                and ".." not in path.replace("\\", "/").split("/")
            there = inside and isinstance(custom, str) and (files / custom / str(path)).is_file()
            if not there:
                found.append(f"{config_file}: {key}: {path!r} is not a file of the theme folder "
                             f"({custom or 'custom_dir'}/): a script or style from elsewhere would run or load on "
                             "every page unchecked")
            elif key == "extra_javascript" and not own_file(files / str(custom), str(path)):
                found.append(f"{config_file}: {key}: {path!r} is not one of the generator's scripts, byte for byte: "
                             "it would run on every page as the site's own")
    if "<" in str(config.get("copyright") or ""):
        found.append(f"{config_file}: copyright: HTML is written into every page's footer, outside the text's "
                     "checks: write it as text")
    for key in ("repo_url", "repo_name", "edit_uri"):
        if config.get(key):
            found.append(f"{config_file}: {key}: the theme would ask the repository's host for it from every "
                         "reader's browser (a request to another host): remove it")
    return found


def _hook(hook: str, *, config_file: str, files: Path) -> list[str]:
    """A hook must be one of the generator's, as the generator has it (`policy init` copies them)."""
    own = generator_hooks()
    name = PurePosixPath(hook).name
    why = "a hook runs any code while the site is built and checked"
    if own is None:
        return [] if PurePosixPath(hook) == PurePosixPath("hooks/policy.py") else [
            f"{config_file}: hooks: {hook} is not the generator's hooks/policy.py: {why}"]
    if name not in own or PurePosixPath(hook).parent != PurePosixPath("hooks"):
        return [f"{config_file}: hooks: {hook} is not one of the generator's ({', '.join(sorted(own))} in hooks/): "
                f"{why}"]
    written = files / hook
    if not written.is_file() or written.read_bytes() != own[name]:
        return [f"{config_file}: hooks: {hook} differs from the generator's own: {why}; copy the generator's "
                f"over it ({_generator_root()}/hooks/{name}: a new version of the generator may change it)"]
    return []


def _generator_root() -> Path | None:
    from policysite import init

    try:
        return init.generator_root()
    except init.InitError:
        return None


@cache
def generator_hooks() -> dict[str, bytes] | None:
    """The generator's hooks by file name, as its source tree has them; None when it is not beside the package."""
    root = _generator_root()
    return None if root is None else {path.name: path.read_bytes() for path in sorted((root / "hooks").glob("*.py"))}


_INSTALLED = Path(sysconfig.get_paths()["purelib"]).resolve()


def installed(folder: str | Path) -> bool:
    """`folder` is in an installed package (Material's templates), not in the project: the same all process long."""
    return Path(folder).resolve().is_relative_to(_INSTALLED)


def own_template(template: Path, name: str) -> bool:
    """`template` (a theme override's `partials/javascripts/<name>`) is the generator's own, byte for byte."""
    root = _generator_root()
    if root is None:
        return False
    return _same(template, root / "overrides" / "partials" / "javascripts" / name)


def own_templates(folder: str | Path) -> bool:
    """Every file of `folder` (a theme's `custom_dir`) is the generator's own `overrides/` file of its name, byte for
    byte: templates nobody changed, which need no sandbox. False where the generator's tree is not beside the
    package."""
    root = _generator_root()
    if root is None:
        return False
    base, mine = Path(folder), root / "overrides"
    for path in base.rglob("*"):
        if path.is_symlink() or (path.is_file() and not _same(path, mine / path.relative_to(base))):
            return False
    return True


def _same(path: Path, other: Path) -> bool:
    return other.is_file() and not other.is_symlink() and path.read_bytes() == other.read_bytes()


# The kinds of file a project's theme folder may hold of its own: templates (rendered in the sandbox), print
# templates, stylesheets (checked: css_problems), images and fonts. Anything else the site would serve as it is:
# a script by any name (`.es`, `.txt` named in a <script src>), a document a browser runs scripts in (`.xml`,
# `.xht`, `.shtml`), Python.
OWN_KINDS = frozenset({".html", ".typ", ".css", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico",
                       ".woff", ".woff2", ".ttf", ".otf"})
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_CSS_RULES = (
    (re.compile(r"url\s*\(|image-set\s*\(|image\s*\(|@import|@font-face|expression\s*\(|-moz-binding|behavior\s*:"
                r"|\\", re.I), "loads a file or escapes the checks (url(), @import, @font-face, a CSS escape): a "
                                  "privacy policy site makes no request to another host"),
    (re.compile(r"(?<![\w-])content\s*:[^;}]*[\"'][^\"']*[^\W_][^\"']*[\"']", re.I),
     "writes words into the page (content: “…”) that the checks never read"),
    (re.compile(r"(?<![\w-])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0*\.?0*\s*[;}!]|"
                r"font-size\s*:\s*0[a-z%]*\s*[;}!]|color\s*:\s*transparent|text-indent\s*:\s*-)", re.I),
     "hides text of the page from its readers"),
)


_CSS_BLOCK = re.compile(r"([^{}]*)\{([^{}]*)\}")


def _declarations(css: str) -> set[tuple[str, str]]:
    """(selector, declaration) of each declaration of a stylesheet without comments, spacing normalised (the
    selector of a rule inside @media is the rule's own)."""
    found = set()
    for selector, body in _CSS_BLOCK.findall(css):
        key = " ".join(selector.split(";")[-1].split())
        found |= {(key, " ".join(d.split())) for d in body.split(";") if d.strip()}
    return found


def css_problems(text: str, *, generator: str = "") -> list[str]:
    """Why a stylesheet of the project's own may not be published, one reason a rule; [] when it may. What it
    keeps of the generator's stylesheet of its name (`generator`) may hide and write what the generator's does
    (a redline's marks, the print's link targets); what it adds may not."""
    css = _CSS_COMMENT.sub(" ", text)
    found = [why for pattern, why in _CSS_RULES[:1] if pattern.search(css)]
    added = _declarations(css) - _declarations(_CSS_COMMENT.sub(" ", generator))
    written = "".join(f"{selector} {{ {declaration}; }}\n" for selector, declaration in sorted(added))
    return found + [why for pattern, why in _CSS_RULES[1:] if pattern.search(written)]


def _typ_problems(text: str) -> list[str]:
    if re.search(r"""#\s*(?:import|include)\s*["']@""", text) or re.search(r"""\bplugin\s*\(""", text):
        return ["imports a Typst package (`@preview/…`, fetched from the network) or a plugin: the print template "
                "uses Typst alone"]
    return []


def own_file(folder: Path, rel: str) -> bool:
    """`folder/rel` is the generator's own `overrides/` file of that name, byte for byte."""
    root = _generator_root()
    path = folder / rel
    return root is not None and path.is_file() and not path.is_symlink() and _same(path, root / "overrides" / rel)


def foreign_files(folder: str | Path) -> list[tuple[str, str]]:
    """(path, why) for each file of a theme folder (`overrides/`) that is the project's own and that the site may
    not serve: of a kind a browser runs (any script is the generator's own, byte for byte), or a stylesheet or
    print template that loads, hides or writes what the checks never read. [] where the generator's tree is not
    beside the package, for scripts only: then any script is refused."""
    root = _generator_root()
    base = Path(folder)
    mine = root / "overrides" if root is not None else None
    found = []
    for path in sorted(base.rglob("*")):
        if not path.is_file() or (mine is not None and _same(path, mine / path.relative_to(base))):
            continue
        rel, kind = path.relative_to(base).as_posix(), path.suffix.lower()
        if kind in (".js", ".mjs", ".cjs"):
            found.append((rel, "is a script of the project's own, not the generator's: served from the site, it would "
                               "run as the site's own (a customised template could load it): remove it, or copy the "
                               "generator's over it"))
        elif kind not in OWN_KINDS:
            found.append((rel, f"is a file of a kind ({kind or 'no extension'}) the site would serve unchecked (a "
                               "script, a document a browser runs scripts in, code): a theme folder holds templates, "
                               "stylesheets, images and fonts"))
        elif kind in (".css", ".typ"):
            text = path.read_bytes().decode("utf-8", "replace")
            theirs = mine / rel if mine is not None else None
            generator = theirs.read_text(encoding="utf-8") if theirs is not None and theirs.is_file() else ""
            found += [(rel, why) for why in (css_problems(text, generator=generator) if kind == ".css"
                                             else _typ_problems(text))]
    return found


def own_scripts(folder: str | Path) -> list[str]:
    """The scripts of a theme folder of the project's own (`overrides/`) that are not the generator's, byte for
    byte: served from the site, a script runs as the site's own (the CSP allows `'self'`), and a customised
    template could load it. Relative paths; [] where the generator's tree is not beside the package (then any)."""
    root = _generator_root()
    base = Path(folder)
    mine = root / "overrides" if root is not None else None
    return [path.relative_to(base).as_posix() for path in sorted(base.rglob("*"))
            if path.suffix.lower() in (".js", ".mjs", ".cjs") and path.is_file()
            and (mine is None or not _same(path, mine / path.relative_to(base)))]
