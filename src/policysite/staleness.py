"""Which translated sections fell behind an edit of the authoritative text.

Each translation keeps a record (`docs/<lang>/.translated-from.yml`) of the fingerprint of the
authoritative section it was last confirmed against; `policy sync-mark` writes it. Since the
record's last commit, git history decides: a commit (or the working tree) that changes a
section of the translation brings it in line; one that changes only the authoritative
section makes it outdated.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from policysite import document, files, messages
from policysite.document import Policy, Section
from policysite.findings import Finding
from policysite.heading_numbers import heading_number, split_number

if TYPE_CHECKING:  # GitPython is imported only when history must be read
    import git as gitpython

RECORD_NAME = ".translated-from.yml"
HEADER = (  # (the command that wrote it: `sync-mark`, or `import` with the translation of the same version)
    "# The fingerprint of the authoritative text each section of this translation was last\n"
    "# brought in line with. Written by `policy {command}`; not edited by hand.\n"
)


@dataclass(frozen=True)
class GitView:
    """The history staleness replays: `rev` of `repo`, and how a checked file is named there.

    Without one, the checks replay HEAD and the working tree; with one (the gate, judging one
    commit), they replay the history up to that commit and take its files as the present.
    """

    repo: gitpython.Repo
    rev: str
    name: Callable[[Path], str]


def fingerprint(section: Section | None) -> str:
    """A short hash of a section's title and blocks: changes when its text, links or shape change."""
    if section is None:
        return ""
    digest = hashlib.sha256(section.title.encode("utf-8"))
    for block in section.blocks:
        digest.update(f"\0{block.kind}\0{block.depth}\0{block.text}\0{' '.join(block.links)}".encode())
    return digest.hexdigest()[:12]


def fingerprints(policy: Policy) -> dict[str, str]:
    return {s.number: fingerprint(s) for s in policy.sections}


def paired(source: Policy | None, translation: Policy | None) -> dict[str, str]:
    """The translation's section fingerprints under the numbers of the source sections they render: headings
    without numbers have their own slugs in each language (`práva`, `rights`), paired by position."""
    if translation is None:
        return {}
    if source is None:
        return fingerprints(translation)
    from policysite.sync import pair_sections

    return {source.sections[i].number: fingerprint(translation.sections[j])
            for i, j in pair_sections(source, translation).items()}


def record_file(translation_page: Path, document: str = "") -> Path:
    """The translation record beside a page: `.translated-from.yml`, or `.translated-from.<id>.yml` for a
    further document of the site (its pages share the folder)."""
    return translation_page.parent / (f".translated-from.{document}.yml" if document else RECORD_NAME)


def read_record(path: Path) -> dict[str, str] | None:
    """The record's section → fingerprint mapping, or None when there is no record."""
    if not path.exists():
        return None
    try:  # read as front matter is: no aliases (a nest of them expands to gigabytes), no key twice
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=document.MetaLoader) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RecordError("sync.record-missing/unreadable", record=path.name,
                          problem=messages.yaml_reason(exc, at=True)) from None
    sections = data.get("sections") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(sections or {}, dict):  # (a list: read as no section aligned)
        raise RecordError("sync.record-missing/sections", record=path.name)
    return {str(k): str(v) for k, v in (sections or {}).items()}


class RecordError(ValueError):
    """A translation record that cannot be read: why, as a message of the catalogues (its key and fields)."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(messages.english(key, fields))
        self.key, self.fields = key, fields


def write_record(path: Path, *, source: str, sections: dict[str, str]) -> None:
    files.write_text(path, record_text(source=source, sections=sections))


def record_text(*, source: str, sections: dict[str, str], command: str = "sync-mark") -> str:
    """A translation record's text: `sections` (number -> fingerprint) of the authoritative page `source`, written by
    `policy COMMAND`."""
    return HEADER.format(command=command) + yaml.safe_dump(
        {"source": source, "sections": dict(sorted(sections.items(), key=_key))}, allow_unicode=True, sort_keys=False)


def _key(item: tuple[str, str]) -> tuple[tuple[int, int, int | str], ...]:
    """Sections by number (2 before 10, 2.1 after 2), then those known by an id or a slug (an annex, or a policy
    whose headings have no numbers), by name."""
    parts, place = split_number(item[0])
    if parts:  # `2bis` after §2 and its subsections, before §3 (`2.1` is (0, 2, 0), (0, 1, 0))
        return tuple((0, p, 0) for p in parts[:-1]) + ((0, parts[-1], place),)
    return tuple((0, int(p), 0) if p.isascii() and p.isdigit() else (1, 0, p) for p in item[0].split("."))


def _as_named(number: str, sections: Mapping[str, object]) -> str:
    """A section as the messages and the page name it (`§2`, `§ 7.3`, `2.`), as the record keys it (`2`, `7.3`): the
    legal team copies it from `sync.outdated` (legal hunt 36: "docs/fr/index.md has no section §§2")."""
    if number in sections:
        return number
    bare = number.strip().removeprefix("§").strip().rstrip(".")
    inserted = heading_number(f"Article {bare} –x")  # `§2 bis`, `2a`, as the page writes an inserted article: `2bis`
    return inserted[0] if bare not in sections and inserted and inserted[0] in sections else bare or number


def mark(*, source: Policy, record: Path, numbers: list[str] | None, translation_file: Path | None = None,
         source_file: Path | None = None) -> list[str]:
    """Record the current authoritative fingerprint of `numbers` (all when None); return them. With all of them,
    a record that cannot be read (a merge's conflict markers in it) is written anew: none of it is kept. Given the
    pages' files, the sections not named that history has in line now (both languages edited since the record, a
    section inserted renumbering those after it) are recorded in line too, as they are: the record's commit starts
    the history replayed, and marking §3 made every section renumbered since the last record outdated once it was
    committed (legal hunt 15: a pull request marking one section refused 30)."""
    current = fingerprints(source)
    try:
        recorded = read_record(record) or {}
    except RecordError:
        if numbers is not None:
            raise
        recorded = {}
    chosen = list(current) if numbers is None else [_as_named(n, current) for n in numbers]
    unknown = [n for n in chosen if n not in current]
    if unknown:
        # which it has (words 25: a number mistyped was told only that it is not one)
        some = ", ".join(f"§{n}" for n in list(current)[:8]) + (", …" if len(current) > 8 else "")
        raise ValueError(messages.Said("sync-mark.no-section", path=source.path, some=some,
                                       sections=", ".join("§" + n for n in unknown))
                         if current else messages.Said("sync-mark.no-numbered", path=source.path))
    if numbers is not None and recorded and translation_file is not None and source_file is not None:
        states = in_line(recorded, source, source_file, translation_file, record, None)
        recorded.update({n: current[n] for n, fine in states.items() if fine})
    recorded = {n: v for n, v in recorded.items() if n in current}
    recorded.update({n: current[n] for n in chosen})
    write_record(record, source=source.path, sections=recorded)
    return chosen


def check(*, source: Policy, translation: Policy, source_file: Path, translation_file: Path,
          view: GitView | None = None, record_path: Path | None = None) -> list[Finding]:
    """Findings for translated sections whose authoritative section changed after they were last in line."""
    record_path = record_path or record_file(translation_file)
    try:
        recorded = read_record(record_path)
    except RecordError as exc:
        return [Finding.of(translation.path, 1, exc.key, **exc.fields)]
    if recorded is None:
        return [Finding.of(translation.path, 1, "sync.record-missing", record=record_path.name,
                           page=translation.path, lang=translation.lang)]
    states, last = _in_line(recorded, source, source_file, translation_file, record_path, view)
    if all(states.values()):
        return []
    findings = []
    from policysite.sync import pair_sections

    for i, j in sorted(pair_sections(source, translation).items()):
        number, section = source.sections[i].number, translation.sections[j]
        if number in states and not states[number]:
            # items only put in another order in the authoritative text: "update this section" sent the translator
            # looking for words that had not changed (legal28)
            was = last.get(number)
            key = "sync.outdated/moved" if was is not None and reordered(was, source.sections[i]) else "sync.outdated"
            findings.append(Finding.of(translation.path, section.line, key, where=section.label,
                                       source=source.lang, translation=translation.lang, number=number))
    return findings


def reordered(old: Section, new: Section) -> bool:
    """Whether `new` is `old` with its blocks (paragraphs, items, rows) in another order and nothing else changed:
    the same title, the same blocks by kind, depth, words and links, each as many times."""
    def blocks(section: Section) -> list[tuple[str, int, str, tuple[str, ...]]]:
        return [(b.kind, b.depth, b.text, b.links) for b in section.blocks]

    return old.title == new.title and blocks(old) != blocks(new) and Counter(blocks(old)) == Counter(blocks(new))


def in_line(recorded: dict[str, str], source: Policy, source_file: Path, translation_file: Path, record_path: Path,
            view: GitView | None) -> dict[str, bool]:
    """Whether each authoritative section's translation is in line now: confirmed against exactly today's text
    (whatever history says), else as the commits since the record, and the working tree, replayed say."""
    return _in_line(recorded, source, source_file, translation_file, record_path, view)[0]


def _in_line(recorded: dict[str, str], source: Policy, source_file: Path, translation_file: Path, record_path: Path,
             view: GitView | None) -> tuple[dict[str, bool], dict[str, Section]]:
    """in_line, and the authoritative section as it was when each was last in line where history tells (_replay)."""
    current = fingerprints(source)
    if all(recorded.get(n) == fp for n, fp in current.items()):
        return dict.fromkeys(current, True), {}  # every section confirmed against today's text: no history to read
    replayed, last = _replay(recorded, source, source_file, translation_file, record_path, view)
    return {n: replayed.get(n, False) or recorded.get(n) == fp for n, fp in current.items()}, last


def _replay(recorded: dict[str, str], source: Policy, source_file: Path, translation_file: Path,
            record_path: Path, view: GitView | None) -> tuple[dict[str, bool], dict[str, Section]]:
    """Replay the commits since the record over each section's in-line state; with it, the authoritative section as
    it was at the last step its translation was in line (what changed since is what the translator has to do)."""
    from policysite import git  # GitPython only when history must be read: most checks never need it

    current = fingerprints(source)
    if view is None:
        try:
            repo = git.open_repo(source_file.parent)
            view = GitView(repo, "HEAD", lambda path: git.repo_path(repo, path))
        except git.GitError:
            view = None
    since = None
    if view is not None and view.repo.head.is_valid():
        since = git.run(view.repo, "log", "-1", "--format=%H", view.rev, "--", view.name(record_path)).strip() or None
    if view is None or since is None:
        return {n: recorded.get(n) == fp for n, fp in current.items()}, {}
    repo = view.repo
    source_name, translation_name = view.name(source_file), view.name(translation_file)

    def parse(rev: str, name: str, lang: str) -> Policy | None:
        data = git.read_blob(repo, rev, name)
        if data is None:
            return None
        try:
            return document.parse(document.decode(data, path=name), path=name, lang=lang)
        except document.DecodeError:
            return None

    def at(rev: str) -> tuple[dict[str, Section], dict[str, str], dict[str, str]]:
        src = parse(rev, source_name, source.lang)
        return _sections(src), (fingerprints(src) if src else {}), paired(src, parse(rev, translation_name,
                                                                                      "translation"))

    sections, src_prev, dst_prev = at(since)
    state = {n: recorded.get(n) == fp for n, fp in src_prev.items()}
    # The record's own commit is a step too for the sections it does not vouch for: one whose translation it changed
    # was brought in line by it (both languages edited, committed with a record marking another section), as the
    # working tree said before the commit (company4).
    parents = git.run(repo, "log", "-1", "--format=%P", since).split() if not all(state.values()) else []
    if parents:  # (a root commit has none: the record and the texts written at once)
        dst_before = at(parents[0])[2]
        state.update({n: True for n, fine in state.items() if not fine and dst_prev.get(n) != dst_before.get(n)})
    last = {n: sections[n] for n, fine in state.items() if fine and n in sections}
    revs = git.run(repo, "log", "--reverse", "--format=%H", f"{since}..{view.rev}", "--",
                   source_name, translation_name).split()
    translation_now = paired(source, document.read(translation_file, lang="translation"))
    steps = [at(r) for r in revs]
    steps.append((_sections(source), current, translation_now))
    for sections, src, dst in steps:
        for number, fp in src.items():
            if dst.get(number) != dst_prev.get(number):
                state[number] = True
            elif fp != src_prev.get(number):
                state[number] = False
            if state.get(number):
                last[number] = sections[number]
        src_prev, dst_prev = src, dst
    return state, last


def _sections(policy: Policy | None) -> dict[str, Section]:
    """A policy's sections by number, as fingerprints() keys them."""
    return {s.number: s for s in policy.sections} if policy is not None else {}
