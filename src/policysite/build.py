"""Build the policy site, every language in-process, into one deployable tree."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import marshal
import os
import re
import shutil
import sys
import tempfile
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mkdocs.utils
from jinja2 import BaseLoader, BytecodeCache, Environment, FileSystemLoader, TemplateError, TemplateNotFound
from jinja2.bccache import Bucket
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import defaults as mkdocs_defaults, load_config
from mkdocs.config.config_options import Hooks
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policysite import (
    assets,
    config_rules,
    git,
    keptfiles,
    messages,
    rendercache,
    rootfiles,
    safety,
    settings as policy_settings,
    strings,
    stylesheet,
    written,
)
from policysite.messages import Said


def build_language(root: Path, language: policy_settings.Language, *, site_dir: Path,
                   extra: dict | None = None, share_theme: bool = False, unrendered: tuple[str, ...] = (),
                   compiled_in: Path | None = None, search_entries: bool = True,
                   theme_files: dict[str, Path] | None = None, theme_digest: str = "",
                   classes: list[stylesheet.Names] | None = None, templates: tuple[str, ...] = (),
                   **overrides) -> tuple[str, ...]:
    """Build one language with its mkdocs config into `site_dir`, strict.

    `extra` entries are added to the config's `extra` (`policy` entries into extra.policy).
    `share_theme` reuses one loaded theme (templates compiled once) across the builds of a process.
    `unrendered`: the theme's static pages this build does not write (a dated version's 404.html, which no
    host serves: the site's is the archive's). `compiled_in`: where the shared theme's compiled templates are kept
    between processes (`_Compiled`). `search_entries=False`: the search index is written with its configuration
    only, for a build whose index compact.site reduces to that (a published version's: the reader's browser reads
    the entries from the page). `theme_files`: the theme's files under `assets/` are not copied into the build but
    put there (path under `assets/` -> the file they are copied from), for assets.share to read (a dated version's
    theme files go to the shared folder). `theme_digest`: the digest of every file under `root` as a command wrote
    them there, no more to change (Project.theme_digest), which then stands for its theme folders' contents in the
    shared theme's key (else they are read and digested, some 1 ms a build). `classes`: what the build can write
    whatever its text, rendering `templates` (written.of_build), is appended there, for assets.share's trimming.
    Returns the theme's folders, which tell the output check the theme's own scripts.
    """
    _read_configs_once()
    config = load_config(str(root / language.config_file), site_dir=str(site_dir), strict=True, **overrides)
    for key, value in (extra or {}).items():
        if key == "policy":
            config.extra["policy"] = {**config.extra.get("policy", {}), **value}
        else:
            config.extra[key] = value
    if share_theme:
        _share_theme(config, root=root, digest=theme_digest)
    if classes is not None:
        own = config.theme.custom_dir
        classes.append(written.of_build(own=[own] if own else [], dirs=config.theme.dirs, templates=templates,
                                        extensions={name: config.mdx_configs.get(name)
                                                    for name in config.markdown_extensions if isinstance(name, str)}))
    config.theme.static_templates.difference_update(unrendered)  # this build's Theme object, not the shared env
    config.plugins["policysite/unused-theme-files"] = _UnusedThemeFiles(theme_files)
    config.plugins["policysite/search-attributes"] = _SearchAttributes()
    config.plugins["policysite/kept-renderings"] = _KeptRenderings()
    if not search_entries:
        config.plugins["policysite/no-search-entries"] = _NoSearchEntries()
    # (its hooks choose its configuration's digits: the choice before it is the one that writes what follows)
    with compiled_kept_in(compiled_in if share_theme else None), strings.digits_kept():
        mkdocs_build(config)
    return tuple(config.theme.dirs)


class _UnusedThemeFiles(BasePlugin):
    """The theme's files no page of the build requests (assets.unused: source maps, search languages not
    searched) are not copied into it: 1.8 of the 2.6 MB MkDocs copied into each build of a language, which
    the build's theme folder then dropped. With `taken`, the others are not copied either, but named there (path
    under `assets/` -> their file): a dated version's were copied, read back, digested, then dropped where the
    shared folder exists (some 12 ms a version). They stay in the build's files, so that links resolve as before."""

    def __init__(self, taken: dict[str, Path] | None = None) -> None:
        self.taken = taken

    @event_priority(-100)  # once every plugin added its files
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        searched = assets.searched(config.plugins)
        prefix = f"{assets.FOLDER}/"
        for file in [f for f in files if f.src_dir != config.docs_dir and f.src_uri.startswith(prefix)]:
            if assets.unused(file.src_uri.removeprefix(prefix), languages=searched):
                files.remove(file)
            elif self.taken is not None and not file.generated_by and file.abs_src_path \
                    and file.dest_uri.startswith(prefix):
                self.taken[file.dest_uri.removeprefix(prefix)] = Path(file.abs_src_path)
                file.copy_file = _not_copied  # type: ignore[method-assign]
        return files


class _KeptRenderings(BasePlugin):
    """Each page's Markdown rendered through rendercache: given back as kept where the same inputs were rendered
    before, within `rendercache.kept_in` (a dated version's build; elsewhere rendered as MkDocs renders it)."""

    @event_priority(-100)  # once every plugin had the page
    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        page.render = functools.partial(rendercache.render, page)  # type: ignore[method-assign]
        return page


def _not_copied(dirty: bool = False) -> None:
    """A theme file's copy into the build, not made: assets.share reads it from the theme (build_language)."""


class _NoSearchEntries(BasePlugin):
    """The search plugin's index without its entries: it read each page's HTML apart into sections (Python's
    html.parser, some 4 % of a version's build), for entries compact.search_index then dropped. The plugin's other
    work on the page (its `data-search-*` attributes taken out) is left to it."""

    @event_priority(-100)  # once the search plugin made its index
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        search = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(search, "search_index", None)
        if index is not None and hasattr(index, "add_entry_from_context"):
            index.add_entry_from_context = lambda page: None
        return config


# What Material's search plugin takes out of a page: its pattern (plugin.py, on_page_context) less the optional
# space in front, which made Python's engine try the pattern at every character of the page.
_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')


class _SearchAttributes(BasePlugin):
    """Material's search plugin (9.8.2, pinned) takes every `data-search-*="…"` attribute out of each page's HTML
    with `\\s?data-search-\\w+="[^"]+"`: starting with an optional space, it is tried at every character, 3 to 7 ms
    a page of 80 to 100 kB (some 3 ms of a dated version's build), where the site's pages have none (theirs are
    `data-search-exclude` without a value, which the pattern leaves as it is). Its page event is run as it is where
    a page has such an attribute; on the others, only the page's entry is added (the pattern would find nothing)."""

    @event_priority(-100)  # once the search plugin read its configuration
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        from material.plugins.search.plugin import SearchPlugin

        search = config.plugins.get("material/search") or config.plugins.get("search")
        if not isinstance(search, SearchPlugin):
            return config
        events = config.plugins.events["page_context"]
        original = search.on_page_context

        def on_page_context(context: dict[str, Any], *, page: Any, config: MkDocsConfig, nav: Any) -> None:
            if _SEARCH_ATTRIBUTE.search(page.content or ""):
                return original(context, page=page, config=config, nav=nav)
            if search.config.enabled:
                search.search_index.add_entry_from_context(page)
        events[:] = [on_page_context if event == original else event for event in events]
        return config


# Where compiled files are looked for while a configuration is loaded: under a file, so no such folder can exist.
_NO_BYTECODE = os.path.join(os.devnull, "policy-bytecode")


@contextlib.contextmanager
def _hooks_from_source() -> Iterator[None]:
    """MkDocs imports the hooks from the snapshot's files: Python would run a `__pycache__/*.pyc` beside a hook
    instead of its source (an unchecked hash-based pyc is never compared with it). While a hook is loaded (MkDocs'
    Hooks._load_hook, wrapped by _read_configs_once), compiled files are looked for where none can be, and none is
    written: nothing is left behind by a process, nor by a fork that ends without Python's exit handlers (a pool's
    worker)."""
    before = sys.pycache_prefix, sys.dont_write_bytecode
    sys.pycache_prefix, sys.dont_write_bytecode = _NO_BYTECODE, True
    try:
        yield
    finally:
        sys.pycache_prefix, sys.dont_write_bytecode = before


@functools.cache
def _read_configs_once() -> None:
    """MkDocs (1.6, pinned) reading a configuration as the checks read it, and without what it repeats for each
    build of a process: its YAML through settings.ConfigLoader (PyYAML's safe loader, on libyaml: MkDocs' own is
    PyYAML's full loader, which runs `!!python/object/apply` and reads `!ENV`; pure Python took 23 ms a
    language), and the installed themes' entry points looked up once (mkdocs' Theme clears their cache at every
    load: 20 ms a build scanning every installed package's metadata). Nothing installs a theme while a process
    builds."""
    def get_yaml_loader(loader=None, config=None):
        return policy_settings.ConfigLoader
    mkdocs_defaults.get_yaml_loader = get_yaml_loader
    mkdocs_defaults.yaml_load = policy_settings.read_yaml  # INHERIT: beside it only
    installed = functools.cache(getattr(mkdocs.utils.get_themes, "__wrapped__", mkdocs.utils.get_themes))

    def get_themes():
        return installed()
    get_themes.cache_clear = lambda: None  # type: ignore[attr-defined]
    mkdocs.utils.get_themes = get_themes  # type: ignore[assignment]
    load_hook = Hooks._load_hook

    def _load_hook(self, name, path):
        # Only the hooks' own loading (and the modules beside them it imports) runs without compiled files: the
        # whole configuration's loading did, and the installed plugins and Markdown extensions it imports first
        # (allow-listed: config_rules) were compiled from source, 0.13 s of CPU a process (pygments, backrefs…).
        with _hooks_from_source():
            return load_hook(self, name, path)
    Hooks._load_hook = _load_hook  # type: ignore[method-assign,assignment]


def plugins_without_search(root: Path, language: policy_settings.Language) -> list | dict:
    """The `plugins` of a language's config without the search: for pages with nothing to search (the
    history and compare pages list dates and link the versions, each of which has its own search)."""
    plugins = policy_settings.load_yaml(root / language.config_file).get("plugins", ["search"])
    searches = ("search", "material/search")
    if isinstance(plugins, dict):
        return {name: value for name, value in plugins.items() if name not in searches}
    return [p for p in plugins if (next(iter(p)) if isinstance(p, dict) else p) not in searches]


_THEMES: dict[tuple, tuple[Environment, list[str]]] = {}  # key -> the environment and the folders it reads
KEPT_THEMES = 8  # environments kept a process, the last used (one per theme and language in use)


class _Compiled(BytecodeCache):
    """The theme's templates compiled once per process, by name, whichever folder holds them, and kept between
    processes in the folder `keep_compiled` names.

    Each command copies the theme into a folder of its own (project.opened), so the environments of
    `_share_theme` differ from one command to the next in a process that runs several (the tests, the
    bench): compiling Material's ~60 templates again cost 0.2 s a language. The bucket checks each source's
    checksum, so a template whose text differs is compiled again. And each process (`policy publish`, `history`,
    `verify`) compiled the same templates again: 0.55 s of CPU, some 15 % of a publication's; a template's code is
    kept under the digest of its kind (sandboxed or not), name, source checksum, and the versions of Python, Jinja,
    MkDocs and Material (a file that cannot be read as code is ignored, and compiled again)."""

    def __init__(self, kind: str = "theme") -> None:
        self._code: dict[str, bytes] = {}
        self._kind = kind

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return name

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])
            if bucket.code is not None:
                return
        if (folder := _KEPT.folder) is not None:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                code = marshal.loads((folder / self._file(bucket)).read_bytes())
                if isinstance(code, types.CodeType):
                    bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
        if (folder := _KEPT.folder) is not None and bucket.code is not None:
            with contextlib.suppress(OSError, ValueError):
                folder.parent.mkdir(exist_ok=True)  # (in the git folder: none is made where it is gone)
                folder.mkdir(exist_ok=True)
                path = folder / self._file(bucket)
                temp = path.with_name(f".{path.name}.{os.getpid()}")
                temp.write_bytes(marshal.dumps(bucket.code))
                os.replace(temp, path)  # (whole, or not at all)
                kept = [folder / name for name in os.listdir(folder) if not name.startswith(".")]
                if len(kept) > KEPT_TEMPLATES:
                    kept.sort(key=lambda one: one.stat().st_mtime_ns)
                    for old in kept[:len(kept) - KEPT_TEMPLATES]:
                        old.unlink(missing_ok=True)

    def _file(self, bucket: Bucket) -> str:
        return hashlib.sha256("\0".join((self._kind, bucket.key, bucket.checksum, _versions())).encode()).hexdigest()


KEPT_TEMPLATES = 512
_KEPT = keptfiles.Place()
# While in the block, keep the theme's compiled templates in a folder too (a repository's `.git/policysite/templates`:
# only who can change the repository's own hooks can write there).
compiled_kept_in = _KEPT.kept_in


@functools.cache
def _versions() -> str:
    from importlib import metadata

    return "\0".join([sys.version, *(metadata.version(name) for name in ("jinja2", "mkdocs", "mkdocs-material"))])


_COMPILED = _Compiled("theme")
_SANDBOXED = _Compiled("sandboxed")
# the site's root page (render_root_redirect): its own environment, settings and cache
_REDIRECT = _Compiled("redirect")


def _share_theme(config, *, root: Path, digest: str = "") -> None:
    """Give `config` the process's Jinja environment for its theme and language.

    Compiling Material's templates and listing its ~15,000 files is most of a one-page build;
    both depend only on the theme's folders and locale, which every dated version shares. Safe
    while no plugin changes the environment in `on_env` (none of the configured ones does: where one
    would, the environment is not shared).

    Each command reads the project's theme from a folder of its own (project.opened), so an environment is kept by
    what its folders hold, not by where: a process running several commands (the tests, the bench) loaded Material's
    templates, its translations and the project's overrides again for each command, some 20 ms a command (session
    36, suite4: 6.6 % of a publishing test's CPU). The installed theme's folders are keyed by their place (nothing
    installs a theme while a process builds), the project's by the digest of their files: one byte, file or name
    more or less is another environment. Kept again, it reads the templates it has not loaded yet from this build's
    folders.
    """
    theme = config.theme
    dirs = [str(folder) for folder in theme.dirs]
    contents = None if config.plugins.events.get("env") else _contents(dirs, root=Path(root), digest=digest)
    key = (tuple(contents or dirs), str(theme.locale), tuple(theme.static_templates))
    kept = _THEMES.pop(key, None)
    if kept is None:
        env = theme.get_env()
        if not all(config_rules.installed(folder) or config_rules.own_templates(folder) for folder in theme.dirs):
            env = sandboxed(env)  # the project's own templates: Jinja's sandbox (15 % of a build's time)
        env.bytecode_cache = _SANDBOXED if env.sandboxed else _COMPILED  # the sandbox compiles calls otherwise
        listed: dict[str, list[str]] = {}
        list_templates = env.list_templates
        folders: list[str] = []
        rules = tuple(theme.static_templates)

        def cached_list(extensions=None, filter_func=None):
            # mkdocs filters with a new closure each build, always with the same rules for one theme
            if extensions is not None:
                return list_templates(extensions=extensions)
            if filter_func is None:
                listed.setdefault("all", sorted(set().union(*(_listing(d, rules, None) for d in folders))))
                return listed["all"]
            if "filtered" not in listed:
                listed["filtered"] = sorted(set().union(*(_listing(d, rules, filter_func) for d in folders)))
            return listed["filtered"]

        env.list_templates = cached_list
        kept = (env, folders)
    env, folders = kept
    folders[:] = dirs  # what it has not read yet, it reads from this build's folders (the same files)
    if isinstance(env.loader, FileSystemLoader):
        env.loader.searchpath = list(dirs)
    _THEMES[key] = kept  # (the last used last)
    while len(_THEMES) > KEPT_THEMES:
        del _THEMES[next(iter(_THEMES))]
    theme.get_env = functools.partial(_same, env)  # no function of ours: a template may not call it


def _contents(dirs: list[str], *, root: Path, digest: str) -> list[str] | None:
    """What the theme's folders hold, as a key: an installed folder's place, a folder under `root` the command's
    `digest` of root's files (with its place in root), any other folder the digest of its files' names and bytes;
    None where a folder holds a link (the environment is then kept for these folders only, by their places)."""
    found = []
    top = os.path.normpath(os.path.abspath(root))
    for folder in dirs:
        place = os.path.normpath(os.path.abspath(folder))  # (`root/../x` is not under root)
        if config_rules.installed(folder):
            found.append(f"installed\0{folder}")
        elif digest and os.path.commonpath([place, top]) == top:
            found.append(f"root\0{digest}\0{os.path.relpath(place, top)}")
        else:
            files = hashlib.sha256()
            for at, below, names in os.walk(folder):
                below.sort()
                for name in sorted([*names, *below]):
                    path = os.path.join(at, name)
                    if os.path.islink(path):
                        return None
                    if name in names:
                        with open(path, "rb") as file:
                            data = file.read()
                        files.update(os.path.relpath(path, folder).encode("utf-8", "surrogateescape") + b"\0"
                                     + hashlib.sha256(data).digest())
            found.append(f"files\0{files.hexdigest()}")
    return found


def _same(env: Environment) -> Environment:
    return env


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox, stricter: MkDocs hands templates live objects (`config.hooks` holds the hook modules, and
    through them `Path('/etc/hostname').read_text()`), so a template reads no module's or class's attribute, and
    calls only the theme's macros and Jinja's own objects, the environment's globals, the generator's own functions
    its code hands the templates, and the methods of plain data (`str.split`, `date.isoformat`, `dict.get`): what
    the theme's templates and the generator's call."""

    DATA = (str, bytes, int, float, bool, dict, list, tuple, set, frozenset, dt.date)

    # Objects a template never reads into: Jinja's machinery (the environment, its loader, globals and compiled
    # templates' cache: a way to run any code), and a `functools.partial`'s function and arguments.
    HIDDEN = (types.ModuleType, type, functools.partial, Environment, BaseLoader, BytecodeCache, Bucket)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, self.HIDDEN) or isinstance(value, self.HIDDEN):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def is_safe_callable(self, obj: Any) -> bool:
        if not super().is_safe_callable(obj):
            return False
        owner = getattr(obj, "__self__", None)
        if isinstance(obj, types.BuiltinMethodType) and isinstance(owner, self.DATA):
            return True
        wrapped, code = getattr(obj, "__wrapped__", None), getattr(obj, "__code__", None)
        if isinstance(wrapped, types.BuiltinMethodType) and isinstance(getattr(wrapped, "__self__", None), str) \
                and code is not None and "/jinja2/" in code.co_filename.replace("\\", "/"):
            return True  # the sandbox's own safe `str.format`
        if type(owner if owner is not None else obj).__module__ in ("jinja2.runtime", "jinja2.utils"):
            return True  # macros, `super()`, `loop.cycle`, `caller`, `cycler`
        if isinstance(obj, types.FunctionType) and (obj.__module__ or "").startswith("policysite."):
            return True  # what the generator's own code hands its templates (the redline's `heading`, `segments`)
        return id(obj) in self.trusted  # the globals as the environment was made (gettext, range, cycler…)

    trusted: frozenset[int] = frozenset()


def sandboxed(env: Environment) -> SandboxedEnvironment:
    """`env` (its loader, filters, tests, globals and translations) as Jinja's sandbox (_Sandbox): a template of
    the project's own (`overrides/`) is text a pull request changes, and unsandboxed it could reach Python itself
    (`{{ cycler.__init__.__globals__.os.popen(…) }}`) while the site is built; the sandbox refuses such access
    with an error, and the theme's templates render as before."""
    safe = _Sandbox(loader=env.loader, auto_reload=env.auto_reload, autoescape=env.autoescape,
                    extensions=list(env.extensions))
    safe.filters.update(env.filters)
    safe.tests.update(env.tests)
    safe.globals.update({name: value for name, value in env.globals.items() if name not in safe.globals})
    safe.policies.update(env.policies)
    safe.trusted = frozenset(id(value) for value in safe.globals.values() if callable(value))
    return safe


_LISTINGS: dict[tuple, frozenset[str]] = {}


def _listing(folder: str, rules: tuple, filter_func) -> frozenset[str]:
    """The files of one theme folder as Jinja lists them, those `filter_func` keeps if given.

    An installed theme's folder (Material's ~15,000 files) is listed once per process: a process that
    runs several commands (the tests, the bench) listed it again for each, since each command copies the
    project's overrides into a folder of its own and so makes a new environment (0.25 s a language). The
    rules of mkdocs's filter depend only on the theme's static templates, part of the key."""
    key = (folder, rules, filter_func is not None)
    if key in _LISTINGS:
        return _LISTINGS[key]
    names = _unhidden(folder) if _hides_dot_names(filter_func) else FileSystemLoader(folder).list_templates()
    found = frozenset(filter(filter_func, names) if filter_func else names)
    if config_rules.installed(folder):
        _LISTINGS[key] = found
    return found


# MkDocs' own filter of a theme's static files (Files.add_files_from_theme's `filter`), which refuses every name in a
# folder whose name starts with a dot: its patterns `.*` and `*/.*` (fnmatch's `*` takes slashes too)
_MKDOCS_FILTERS = frozenset(
    code for code in Files.add_files_from_theme.__code__.co_consts if isinstance(code, types.CodeType)
    and code.co_name == "filter" and any(isinstance(c, tuple) and {".*", "*/.*"} <= set(c) for c in code.co_consts))


def _hides_dot_names(filter_func) -> bool:
    """Whether `filter_func` is MkDocs' own filter of a theme's files (_MKDOCS_FILTERS): then nothing in a folder
    whose name starts with a dot is kept, and such a folder need not be walked."""
    return getattr(filter_func, "__code__", None) in _MKDOCS_FILTERS


def _unhidden(folder: str) -> list[str]:
    """The templates FileSystemLoader(folder) lists, but those in a folder whose name starts with a dot: Material's
    `.icons` holds 14,348 of its 14,509 files, which MkDocs' filter then refused one by one, some 60 ms of each
    command's CPU (issue 16: a command's own cost)."""
    found = set()
    for at, below, names in os.walk(folder):
        below[:] = [name for name in below if not name.startswith(".")]
        for name in names:  # (as jinja2's FileSystemLoader.list_templates names them)
            template = os.path.join(at, name)[len(folder):].strip(os.path.sep).replace(os.path.sep, "/")
            found.add(template[2:] if template[:2] == "./" else template)
    return sorted(found)


class Warnings(logging.Handler):
    """The warnings of one build, which a strict build turns into its failure."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


# How the hook's own warnings start (its plugin logger's prefix): findings, in the site's language
HOOK_PREFIX = "policy: "


def warned(message: str) -> str | Said:
    """A warning a build logged, as a refusal names it: the hook's own (a finding) as it is; MkDocs' own, in
    English, marked as its words."""
    if message.startswith(HOOK_PREFIX):
        return message.removeprefix(HOOK_PREFIX)
    return Said("build.mkdocs-warning", detail=detail_of(message))


def detail_of(failure: BaseException | str) -> Said:
    """What stopped a build, on a line of its own: a warning the hook logged as it is, MkDocs' words marked as its."""
    if isinstance(failure, str) and failure.startswith(HOOK_PREFIX):
        return Said("said.detail/own", text=failure.removeprefix(HOOK_PREFIX))
    return messages.detail("MkDocs", failure)


class SiteRefused(MkDocsException):
    """A preview build stopped by its warnings: each language's, as MkDocs logged them."""


def _writable_site(root: Path, site_dir: Path, codes: list[str], sources: tuple[tuple[Path, Said], ...] = ()) -> None:
    """Refuse a preview's folder that would have it write, and MkDocs empty, elsewhere than the folder it names:
    one that is, or lies in, a symbolic link of the project (a pull request's `public/` linked to the reviewer's
    home emptied its `fr/` and `en/` and wrote its index.html; security hunt 30), a language's folder or the root
    page or a search engine's root file in it that is a link, or a folder holding the project, its repository or its
    texts."""
    project = Path(root).resolve()
    given = Path(site_dir).absolute()
    inside = [path for path in (given, *given.parents) if path == project or project in path.parents]
    written = [given / code for code in codes] + [given / name for name in ("index.html", *rootfiles.NAMES)]
    linked = next((path for path in [*inside, *written] if path.is_symlink()), None)
    if linked is not None:
        raise SiteRefused(Said("build.linked", path=str(linked)))
    if given.exists() and not given.is_dir():  # (each language is built beside it first: refused before any build)
        raise SiteRefused(Said("build.not-a-folder", path=str(site_dir)))
    resolved = given.resolve()
    if any(resolved == path or resolved in path.parents for path in (project, project / ".git", project / "docs")):
        raise SiteRefused(Said("build.holds-project", path=str(site_dir)))
    # Inside a language's texts or the repository: `--site-dir docs/en` wrote the other languages' pages into the
    # English texts (docs/en/fr/…, which every later check and build then refused as files published unchecked) and
    # `--site-dir .git/x` into the repository (archive hunt 22, finding 7), as `policy export` refuses them.
    within = next(((path, what) for path, what in sources if resolved == path or path in resolved.parents), None)
    if within is not None:
        shown = within[0].relative_to(project) if within[0].is_relative_to(project) else within[0]
        raise SiteRefused(Said("build.in-sources", path=str(site_dir), shown=str(shown), what=within[1]))


def _own_texts(root: Path, settings: policy_settings.Settings) -> None:
    """Refuse a preview of texts folders holding a symbolic link or what is not a file (a FIFO, a device): MkDocs reads
    and copies every file of a docs folder, following links (a page or an image linked to /dev/zero took 8 GB of memory
    and more until the machine stopped it; one linked to /etc/shadow was copied into the preview), where publishing
    reads each file as git stores it. A folder that is one is said as the checks say it (config_rules.linked)."""

    for language in settings.languages:
        try:
            folder = policy_settings.docs_page(root, language, settings).parent
        except policy_settings.SettingsError:
            continue  # (the build says it, in its own terms)
        walked = [(str(folder.parent), [folder.name], [])] if folder.is_symlink() else os.walk(folder)
        for top, folders, files in walked:
            for name in sorted([*folders, *files]):
                path = Path(top) / name
                if path.is_symlink() or not (path.is_dir() or path.is_file()):
                    shown = path.relative_to(root) if path.is_relative_to(root) else path
                    raise SiteRefused(Said("build.not-a-text", path=str(shown), code=language.code))


def _pages_there(root: Path, settings: policy_settings.Settings) -> None:
    """Refuse, as `policy check` says it, a preview of a language whose texts folder is missing or whose page git keeps
    out of the working tree (a sparse checkout): MkDocs stopped on "Config value 'docs_dir': The path … isn't an
    existing directory", its own words, naming neither the page nor what to do (histories31)."""
    from policysite import checks

    for language in settings.languages:
        try:
            page = policy_settings.docs_page(root, language, settings)
        except policy_settings.SettingsError:
            continue  # (the build says it, in its own terms)
        if not page.exists() and (not page.parent.is_dir() or git.left_out(page)):
            checks.load_policy(root, settings, language.code)  # (raises: the page left out, or missing)


def _sources(root: Path, settings: policy_settings.Settings) -> tuple[tuple[Path, Said], ...]:
    """The folders a preview never writes into, and what each is: each language's texts (its docs_dir), the
    repository's git folder and the project's folders of tracked files."""
    found: list[tuple[Path, Said]] = []
    for language in settings.languages:
        with contextlib.suppress(policy_settings.SettingsError):
            found.append((policy_settings.docs_page(root, language, settings).parent.resolve(),
                          Said("build.source/texts", code=language.code)))
    with contextlib.suppress(git.GitError):
        repo = git.open_repo(root)
        found.append((git.git_dir(repo), Said("build.source/git")))
        # the project's folders holding files git tracks (hooks/, overrides/: `--site-dir overrides` put en/ there,
        # which the theme's check then refused); public/, ignored, is a preview's own
        project, top = Path(root).resolve(), git.top(repo).resolve()
        inside = [(top / path).relative_to(project) for path in git.run(repo, "ls-files", "-z").split("\0")
                  if path and (top / path).is_relative_to(project)]
        tracked = {path.parts[0] for path in inside if len(path.parts) > 1}
        found += [(project / name, Said("build.source/tracked")) for name in sorted(tracked)]
    return tuple(found)


def build_site(*, root: Path, site_dir: Path) -> list[Path]:
    """Build every configured language into `site_dir/<lang>/` and the root redirect. A language whose strict
    build fails does not stop the others: SiteRefused then names every warning of every language."""
    settings = policy_settings.load(root)
    _writable_site(root, site_dir, [language.code for language in settings.languages], _sources(root, settings))
    _own_texts(root, settings)
    _pages_there(root, settings)
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    # Each language is built beside the folder, and put in place once every one passed: MkDocs writes a strict
    # build's pages before it aborts, so a refused build left its pages in the folder (the words the checks refused,
    # in a tree said to be deployable) where the last good build's had been (safety hunt 44).
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    try:
        built, refused = [], []
        for language in settings.languages:
            target = staging / language.code
            warnings = Warnings()
            logging.getLogger("mkdocs").addHandler(warnings)
            try:
                theme_dirs = build_language(root, language, site_dir=target, share_theme=True)
            except MkDocsException as exc:  # Abort ("Aborted with 1 warnings in strict mode!") names none of them
                refused += [Said("build.refused/warning", code=language.code, message=warned(message))
                            for message in warnings.messages] or \
                    [Said("build.refused/failed", code=language.code, config=language.config_file,
                          detail=detail_of(exc))]
                continue
            except ValueError:
                # MkDocs' own reading of the text ended on it (its link rewriter's urlsplit: `[x](https://[::1/)`
                # stopped the build at "error: Invalid IPv6 URL", naming no file): the checks name its line
                from policysite import checks, findings

                blocking = findings.blocking(checks.check_project(root=root, langs=[language.code]))
                said = [Said("build.refused/warning", code=language.code, message=finding.as_said())
                        for finding in blocking]
                if not said:
                    raise
                refused += said
                continue
            finally:
                logging.getLogger("mkdocs").removeHandler(warnings)
            # A tree said to be deployable passes the output check a publication passes: it built, and was left to
            # be served, a page holding `<span id="__config">` (the theme then read its configuration from the text's
            # words) that `policy publish` refuses (safety hunt 39).
            unsafe = safety.check_site(target, theme_dirs=theme_dirs)
            if unsafe:
                refused += [Said("build.refused/output", code=language.code, violation=violation)
                            for violation in unsafe]
                continue
            built.append(language.code)
        if refused:
            raise SiteRefused(Said("build.stopped", count=len(refused), path=str(site_dir), findings=refused))
        site_dir.mkdir(exist_ok=True)
        for code in built:
            if (site_dir / code).is_dir():
                shutil.rmtree(site_dir / code)
            elif (site_dir / code).exists():
                (site_dir / code).unlink()
            (staging / code).rename(site_dir / code)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    write_root_redirect(root=root, site_dir=site_dir, target=f"{settings.authoritative}/")
    # what a search engine reads at the root, as publishing writes it (company13: the preview wrote neither, so the
    # tree said to be deployable lacked what `policy publish` serves)
    write_root_files(site_dir, rootfiles.root_files(settings.public_url, built))
    return [site_dir / code for code in built]


def write_root_files(site_dir: Path, files: dict[str, bytes]) -> None:
    """Into `site_dir`: a search engine's root files `files` (rootfiles.root_files'), and none of those they leave out
    (robots.txt an earlier preview wrote, once the site is in a folder of its host)."""
    for name in rootfiles.NAMES:
        if name in files:
            (site_dir / name).write_bytes(files[name])
        elif (site_dir / name).is_file():  # (a link there was refused before anything was built)
            (site_dir / name).unlink()


def write_root_redirect(*, root: Path, site_dir: Path, target: str) -> Path:
    """The site root sends readers to the authoritative language (`fr/`)."""
    html = render_root_redirect(root=root, target=target)
    site_dir.mkdir(parents=True, exist_ok=True)
    path = site_dir / "index.html"
    path.write_text(html, encoding="utf-8")
    return path


class RootPageRefused(Exception):
    """The site's root page, rendered from the project's template, fails the output check."""


def render_root_redirect(*, root: Path, target: str, lang: str = "", door: dict | None = None,
                         compiled_in: Path | None = None, site: frozenset[str] | None = None) -> str:
    """The HTML of a page that sends readers on to `target` (relative URL; `lang`, the language of what it sends
    to, else target's first folder; `door`, its title and links: pages.front_door): the project's template
    rendered in the sandbox, and checked as every published page is (RootPageRefused names what it may not do).
    `compiled_in`: where its compiled templates are kept between processes, as the theme's (`_Compiled`): publish,
    history and verify each compiled both again, some 20 ms of CPU a command (suite13)."""
    env = sandboxed(Environment(loader=FileSystemLoader(str(root / "overrides")), autoescape=True))
    env.bytecode_cache = _REDIRECT  # compiled once per process, not for each of a publication's root pages
    # The one script it may run is the theme's own (partials/javascripts/door.html: the reader's language), allowed
    # by its hash: rendered once to find the scripts it holds, then with the policy allowing exactly those.
    theme_dirs = (str(root / "overrides"),)
    policy = safety.csp([])
    try:
        with compiled_kept_in(compiled_in) if compiled_in else contextlib.nullcontext():
            template = env.get_template("policy-redirect.html")
            for _ in range(2):
                html = template.render(target=target, lang=lang or target.split("/")[0], csp=policy, **(door or {}))
                policy = safety.csp(safety.inline_script_hashes(html, theme_dirs=theme_dirs))
    except TemplateNotFound:
        raise RootPageRefused(Said("build.root-missing")) from None
    except TemplateError as exc:  # the sandbox's SecurityError among them
        raise RootPageRefused(Said("build.root-unrendered", line=getattr(exc, "lineno", None) or "",
                                   detail=messages.detail("Jinja", exc))) from None
    # (`site`: the site's descriptions, check_page's, so that verify, knowing them, reads it once: safety83)
    violations = [v.message for v in safety.check_page(html, file="index.html", theme_dirs=theme_dirs, text=False,
                                                       site=site)]
    if safety.csp_contents(html) != [policy]:  # the generator's policy, once: not one the template wrote
        violations.append(Said("build.root-csp"))
    if violations:
        raise RootPageRefused(Said("build.root-refused", violations=violations))
    return html
