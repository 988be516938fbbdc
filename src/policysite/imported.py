"""The record of texts that were public before the site existed: `imported.yml`, written by `policy import`.

Such a text is archived as it was published. The checks that judge how a text is written
(spelling, doubled words, the brand, numbering, how a translation follows its source) are said
and recorded for it, not blocking; the gate's safety and source rules hold for it as for any text.
A later edit makes a new text, judged in full. The record is committed, and read as committed
by the gate, so adding to it is a reviewed change like any other.
"""
from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from policysite import document, git
from policysite.findings import Finding
from policysite.messages import Said, yaml_reason

if TYPE_CHECKING:  # GitPython is imported where a repository is opened (git.open_repo)
    import git as gitpython

FILE = "imported.yml"
# Rules about how a text is written, which a text already public keeps as it was.
# Not editorial.tooltip: the import removes the titles it would name (neutralise), so a text keeping one was edited,
# and a record written by hand beside it in the same commit softened it onto gh-pages (safety77).
ADVISORY = ("spelling.", "editorial.doubled-word", "editorial.brand", "editorial.link-text", "structure.", "sync.")
HEADER = ("# Texts that were public before this site: `policy import` records each one here (language, date it\n"
          "# took effect, SHA-256 of the page as committed, source file). For these exact texts, spelling, style,\n"
          "# numbering and translation findings are warnings: the archive keeps what was published.\n")


class RecordError(ValueError):
    """imported.yml cannot be read."""


def digest(data: bytes) -> str:
    """The SHA-256 a page is recorded under: of its text as every command reads it."""
    return hashlib.sha256(document.normalise(data.decode("utf-8", "replace")).encode("utf-8")).hexdigest()


def parse(data: bytes | None) -> list[dict]:
    """The record's entries (an absent file is an empty record)."""
    if not data:
        return []
    try:
        entries = yaml.load(data.decode("utf-8"), Loader=document.MetaLoader) or []
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RecordError(Said("imported.yaml", file=FILE, error=yaml_reason(exc, at=True))) from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("sha256"), str)
                                                for e in entries):
        raise RecordError(Said("imported.entries", file=FILE))
    return entries


def digests(entries: Iterable[dict]) -> frozenset[str]:
    return frozenset(e["sha256"] for e in entries)


def in_tree(root: Path) -> frozenset[str]:
    """The digests recorded in the working tree's file."""
    path = Path(root) / FILE
    if path.is_symlink():
        raise RecordError(Said("imported.link", file=FILE))
    return digests(parse(path.read_bytes() if path.is_file() else None))


def at(repo: gitpython.Repo, rev: str, prefix: str = "") -> frozenset[str]:
    """The digests recorded in the file as committed at `rev`."""
    if not repo.head.is_valid():
        return frozenset()
    return digests(parse(git.read_blob(repo, rev, f"{prefix}/{FILE}" if prefix else FILE)))


def produced(repo: gitpython.Repo, rev: str, prefix: str = "") -> frozenset[str]:
    """The digests recorded at `rev` (`at`) whose text an import wrote: the commit that added the digest to the record
    wrote, in that same commit, a page of that digest (`policy import` commits each text with its entry). An entry
    added for a text committed before or after it, by hand (a new version recorded as imported, its misspellings
    warnings), softens nothing: the text is judged in full; nor one for a text taking effect after the page it
    replaced, the site's own (_before_the_site)."""
    recorded = at(repo, rev, prefix)
    if not recorded:
        return recorded
    key = (str(repo.common_dir), git.rev_parse(repo, rev) or rev, prefix, recorded)
    if key not in _PRODUCED:  # (the gate asks it of each version it judges, of one HEAD)
        if len(_PRODUCED) >= 8:
            _PRODUCED.clear()
        _PRODUCED[key] = _produced(repo, rev, f"{prefix}/{FILE}" if prefix else FILE, recorded)
    return _PRODUCED[key]


_PRODUCED: dict[tuple[str, str, str, frozenset[str]], frozenset[str]] = {}


def _produced(repo: gitpython.Repo, rev: str, name: str, recorded: frozenset[str]) -> frozenset[str]:
    return _written_with(functools.partial(git.run, repo), functools.partial(git.read_blob, repo), rev, name,
                         recorded)


def produced_here(root: Path) -> frozenset[str]:
    """`produced` at HEAD of the repository holding the project `root`, asked of git without opening it (`policy
    check` imports no GitPython), for the digests the working tree's record holds: what `policy publish` softens, so
    that `policy check` says every finding it refuses on (safety95: a record written by hand beside a new text made
    its misspellings warnings, the check exiting 0, and publish refused them). Empty outside a repository, before a
    first commit, or where the working tree records nothing."""
    recorded = in_tree(root)
    top = git.enclosing(root) if recorded else None
    if top is None:
        return frozenset()
    prefix = Path(os.path.relpath(Path(root).resolve(), top.resolve())).as_posix()
    name = FILE if prefix == "." else f"{prefix}/{FILE}"
    try:
        committed = digests(parse(git.file_at_plain(top, f"HEAD:{name}")))  # (none before a first commit)
    except RecordError:
        return frozenset()  # (the record as committed cannot be read: the gate softens nothing either)
    if not committed:
        return frozenset()

    def read(rev: str, path: str) -> bytes | None:
        return git.file_at_plain(top, f"{rev}:{path}")

    return recorded & _written_with(functools.partial(git.run_plain, top), read, "HEAD", name, committed)


def _written_with(run: Callable[..., str], read: Callable[[str, str], bytes | None], rev: str, name: str,
                  recorded: frozenset[str]) -> frozenset[str]:
    """_produced's reading, git asked through `run` (`git <args>`, its stdout) and `read` (a file at a commit)."""
    found: set[str] = set()
    log = [line.split() for line in run("log", "--format=%H %P", "--no-merges", rev, "--", name).splitlines()]
    for commit, *parents in reversed([line for line in log if line]):  # (oldest first: whether the page an import
        # replaced was an import's is known)
        parent = read(f"{commit}^", name) if parents else None
        try:
            added = (digests(parse(read(commit, name))) - digests(parse(parent))) & recorded - found
        except RecordError:
            continue  # (an unreadable record of the past records nothing; the checks say the present one's)
        if not added:
            continue
        written = run("diff-tree", "-r", "-z", "--root", "--no-commit-id", "--no-renames", "--name-only",
                      "--diff-filter=AM", commit).split("\0")
        for path in written:
            if path.endswith(".md") and (data := read(commit, path)) is not None \
                    and digest(data) in added \
                    and _before_the_site(data, _replaced(run, read, commit, path) if parents else None, found):
                found.add(digest(data))
    return frozenset(found)


def _replaced(run: Callable[..., str], read: Callable[[str, str], bytes | None], commit: str, path: str
              ) -> bytes | None:
    """The page at `path` before `commit` (which has a parent) wrote it: as the last commit before it that wrote it
    left it (a page removed in a commit of its own is still the page an import then replaced)."""
    last = run("log", "-1", "--format=%H", "--diff-filter=AM", f"{commit}^", "--", path).strip()
    return read(last, path) if last else None


def _before_the_site(data: bytes, replaced: bytes | None, found: set[str]) -> bool:
    """Whether a text an import commit wrote may be one public before the site: it replaced no page, or an import's,
    or one it is older than (`policy import` of older texts writes each over the newest, then puts it back). One
    replacing a newer text the site itself published took effect after it: a record written by hand beside a new
    version in the same commit (safety77) softened its misspellings, its translation's other e-mail address."""
    if replaced is None or digest(replaced) in found:
        return True
    new, old = (document.front(text.decode("utf-8", "replace"), path="", lang="").date for text in (data, replaced))
    return new is not None and old is not None and new < old


def downgrade(findings: list[Finding], *, kept: frozenset[str] = frozenset()) -> list[Finding]:
    """A text already public: its writing findings become warnings, but those whose key is in `kept` (a company's
    file beside the text, not the text: a list of words that cannot be read as one, refused by every command)."""
    return [f.as_warning() if f.rule.startswith(ADVISORY) and f.key not in kept else f for f in findings]


def render(entries: list[dict]) -> str:
    """The file's text for `entries`, one flow mapping a line, oldest first."""
    lines = [HEADER.rstrip("\n")]
    for e in entries:
        lines.append("- " + yaml.safe_dump({k: e[k] for k in ("lang", "date", "sha256", "source") if k in e},
                                           default_flow_style=True, allow_unicode=True, width=10_000).strip())
    return "\n".join(lines) + "\n"
