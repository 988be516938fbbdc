"""`policy import --git`: the texts a file of an old site's repository held, each dated, as sources to import.

An old site kept its policy in git (`privacy.md`, edited over the years): each commit of its branch's first parents
that changed the file (a merged pull request counts on the day it was merged, not its drafts) gave readers a new text.
Its date is the day the text says it took effect ("Last updated: …", `date:` in its front matter, the lines ending
it), where it says one day after the version before; else the day a tag of its commit (of a merge's text, of the
merged branch's commit that wrote it too), or of a release tagged on the very next commit that released it alone (no
file changed but the release's version or changelog), names (`v2021-02-17`, an annotated tag's message "in force
2021-02-17"; a tag of its commit that is no day, or two naming two days, refuse the import; a release tagged later, of
other work too, or whose tag names no day, is said beside, not read: the text's commit, or releases deployed untagged
in between, may have shown the text first, and an app's tags are its releases', not the text's); else the day it was
committed (the day it reached the old site, as the commit's own clock read it): a text edited without its date line (a
typo corrected, a sentence added later) is a new text from the day it was committed, never a rewrite of the earlier one;
a text committed on or before the day of the one before replaces it (two texts of one day: the day's last; an
announcement corrected or withdrawn before its day). Each commit is said with the day it is given and why.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import git as gitpython

from policysite import git, history as hist
from policysite.convert import (
    convert,
    eleventy,
    gitbook_refs,
    hugo,
    linked_css,
    liquid,
    markdown_in_html,
    md_includes,
    mdx,
    sources as convert_sources,
    templates,
)
from policysite.convert.model import ConvertError, Source
from policysite.convert.notes import Notes
from policysite.errors import ImportRefused
from policysite.messages import Said


@dataclass(frozen=True)
class Committed:
    """One text the file held: the commit that wrote it, its path there, the day it was committed, its blob."""

    commit: str
    path: str
    committed: dt.date
    blob: str
    stamp: int = 0  # the commit's time, to put texts of several repositories in order
    rank: int = 0  # its place on the branch's first parents (0: the oldest), to put texts of several files in order
    skewed: str = ""  # why its commit's day cannot be the day it reached the site (a clock that was wrong), if so
    when: str = ""  # the commit's time as its clock read it (ISO 8601, with its offset)
    zoned: str = ""  # why its day is the commit before it's, not its clock's (made after it, west of it), if so
    removed: bool = False  # the commit removed the file: no text (`blob` is git's null id)
    linked: str = ""  # the commit made the file a symbolic link (to this target) or a submodule ("" and `removed`)
    authored: int = 0  # the commit's author time: kept by a rebase, which sets the commit's time anew
    rebased: str = ""  # its author day, where that follows the commit before it's while its commit's day does not
    merged: str = ""  # the merge that brought it into the branch from a history of its own (the site's repository)
    tag: str = ""  # the tag naming its day, where its text names none (`v2021-02-17`), and the commit it points at
    tagged: str = ""


@dataclass(frozen=True)
class Dated:
    """A commit's text and the day it is imported as (`None`: left out, replaced on or before its day), with why."""

    text: Committed
    date: dt.date | None
    why: str


# The day a commit's tags give a text (`history.tagged_day`): (day, the tag giving it, []) or (None, None, the wrong)
_Tagged = tuple[dt.date | None, hist.TagDay | None, list[hist.TagDay]]

# A page a site's framework builds from code (a React, Vue, Svelte or Astro component: a Next.js app's
# privacy/page.tsx), which no converter and not pandoc reads (adoption 8).
_CODE_PAGES = (".js", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".astro")


def _at(text: Committed, why: Said) -> Said:
    """`why` of a text of the old site's history, after its file, commit and day: `{path} at {commit} (committed
    {day}): …`."""
    return Said("import.git-text", path=text.path, commit=text.commit[:7], committed=text.committed.isoformat(),
                why=why)


def committed_texts(repo: gitpython.Repo, path: str, ref: str = "HEAD") -> list[Committed]:
    """Oldest first, each text `path` held on the first parents of `ref` (a commit's id, or HEAD; followed through
    renames), a commit that left its text as it was (a move) left out; a commit that removed it is there, `removed`.

    The file's own commits are read as they are; git's following of it (`--follow`) is taken only where no file had
    its name, before it was moved there or between a move away and a move back (history 28: privacy.md copied to
    privacy.bak.md, removed, and the copy renamed back months later: git followed the copy, so the copy's draft was
    imported from the day it was made, while the old site still showed privacy.md's text, and the removal was not
    seen)."""
    chain = git.run(repo, "rev-list", "--first-parent", ref).split()
    rank = {commit: len(chain) - n for n, commit in enumerate(chain)}
    own = _records(repo, path, ref, rank, follow=False)
    followed = _records(repo, path, ref, rank, follow=True)
    mine = {text.commit for text in own}
    elsewhere = [text for text in followed if text.path != path and text.commit not in mine]
    present = git.object_ids(repo, [f"{text.commit}:{path}" for text in elsewhere])
    elsewhere = [text for text, there in zip(elsewhere, present) if there is None]  # the file had another name then
    first = Committed("", path, dt.date.min, "")
    moved = {text.commit for text in followed if text.path != path}  # a removal that is a move away, followed
    texts = sorted([text for text in own if not (text.removed and text.commit in moved)] + elsewhere,
                   key=lambda text: text.rank)
    while texts and texts[0].removed:  # (a history read from a removal on: nothing before it to say was removed)
        first = texts.pop(0)
    if first.linked and texts:  # a link first, its text after: kept, said (histories14: left out unsaid)
        texts.insert(0, first)
    if texts and not texts[0].linked and (other := _merged_history(repo, texts[0])):  # its texts there first, in
        # this branch's order
        texts = [dataclasses.replace(text, rank=texts[0].rank, merged=texts[0].commit)
                 for text in committed_texts(repo, texts[0].path, other)] + texts
    return [text for n, text in enumerate(texts) if n == 0 or text.blob != texts[n - 1].blob]


REWRITE_DAYS = 7  # an author's date this long before the commit's: no commit of one sitting


def _rewritten(texts: list[Committed]) -> list[Committed]:
    """The texts, from the first, of commits all of one day whose authors' dates are days apart and weeks before it: a
    history rewritten that day (its commits' dates reset by git rebase --root or filter-branch, its authors' kept),
    where each text's commit says nothing of when it reached the site (adoption 8: a PHP site's 7 texts, written from
    2021-01-20 on, all committed 2022-11-22); else none."""
    shown = [text for text in texts if not text.removed]
    run = [text for text in shown if text.committed == shown[0].committed] if shown else []
    if len(run) < 2 or (shown[0].committed - _day_written(shown[0])).days < REWRITE_DAYS or \
            len({_day_written(text) for text in run}) < 2:
        return []
    return run


def _merged_history(repo: gitpython.Repo, first: Committed) -> str | None:
    """The parent through which the merge `first` brought its file into the branch from a history of its own, if it
    did: one sharing no commit with the branch (the old site's own repository, merged with
    `--allow-unrelated-histories`), which held the file; its branch was the old site, each text published from the day
    it was committed there (adoption 8: a web server's website, merged into its repository, gave its first text on the
    day of the merge, the texts its own repository had published before lost). A pull request's branch shares the
    branch's history: its drafts are no versions."""
    parents = git.run(repo, "rev-list", "--parents", "-n", "1", first.commit).split()[1:]
    if len(parents) < 2 or git.object_ids(repo, [f"{parents[0]}:{first.path}"])[0] is not None:
        return None
    return next((other for other, there in zip(parents[1:], git.object_ids(
        repo, [f"{other}:{first.path}" for other in parents[1:]]))
        if there is not None and not git.run_ok(repo, "merge-base", parents[0], other)), None)


def _records(repo: gitpython.Repo, path: str, ref: str, rank: dict[str, int], *, follow: bool) -> list[Committed]:
    """Newest first, each commit of `ref`'s first parents that changed `path` (followed through renames, as git follows
    them, if `follow`): its text there, or its removal; a commit making it a link or a submodule, no text of its own,
    is one too, `linked` (histories14: it was left out without a word, the text before it imported in force while the
    old site showed the link's target, or nothing)."""
    out = git.run(repo, "-c", "core.quotepath=off", "log", "--first-parent", *(["--follow"] if follow else []),
                  "--raw", "--no-abbrev", "--format=%x00%H %cI %ct %at", ref, "--", path)
    texts: list[Committed] = []
    for record in out.split("\0")[1:]:
        head, _, changes = record.partition("\n")
        commit, when, stamp, authored = _dates(repo, head)
        for line in changes.splitlines():
            if not line.startswith(":"):
                continue
            fields, *quoted = line.split("\t")
            names = [git.path_named(name) for name in quoted]  # (a tab, quote or backslash in a name: git quotes it,
            # core.quotepath=off or not: histories31)
            _old_mode, new_mode, _old_blob, new_blob, status = fields[1:].split()
            if names[-1].startswith(f"{path}/"):  # a folder of its name, which git's pathspec matches: another page
                # (histories14: `privacy.md/index.md` was imported as privacy.md's text); moved there, the file removed
                if names[0] != path:
                    continue
                names, status = [path], "D"
            linked = "" if status.startswith("D") or new_mode.startswith("100") else \
                git.readable(git.cat_blob(repo, new_blob).decode("utf-8", "surrogateescape")) \
                if new_mode == "120000" else "-"  # (a submodule: "-")
            texts.append(Committed(commit, names[-1], _day_committed(when, stamp), new_blob, stamp,
                                   rank.get(commit, 0), when=when, removed=status.startswith("D") or bool(linked),
                                   authored=authored, linked=linked))
    return texts


def _dates(repo: gitpython.Repo, head: str) -> tuple[str, str, int, int]:
    """A commit's id, committer date (ISO, in its own zone), committer and author times, from a `%H %cI %ct %at` line;
    read from the commit itself where git prints no date (a time before 1970, which git stores and does not format:
    `policy import` failed with "not enough values to unpack", histories9), for the clock checks to judge."""
    fields = head.split()
    if len(fields) == 4 and fields[2].lstrip("-").isdigit() and fields[3].lstrip("-").isdigit():
        return fields[0], fields[1], int(fields[2]), int(fields[3])
    raw = git.run(repo, "cat-file", "commit", fields[0]).partition("\n\n")[0]
    stamps = {line.split(" ", 1)[0]: line.rsplit(" ", 2)[1:] for line in raw.splitlines()
              if line.startswith(("author ", "committer "))}
    (stamp, zone), authored = stamps["committer"], int(stamps["author"][0])
    offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * (-1 if zone[0] == "-" else 1)
    when = dt.datetime.fromtimestamp(int(stamp), dt.timezone(offset)).isoformat()
    return fields[0], when, int(stamp), authored


def _removed(repo: gitpython.Repo, path: str, ref: str) -> tuple[str, str, str] | None:
    """(the commit, its day, the name it moved `path` to, or "") of the first-parent commit that removed `path`, where
    `ref` no longer holds it."""
    if git.run(repo, "-c", "core.quotepath=off", "ls-tree", "--name-only", ref, "--", path).strip():
        return None
    found = git.run(repo, "log", "--first-parent", "--diff-filter=D", "-1", "--format=%H %cs", ref, "--", path).split()
    if len(found) != 2:
        return None
    changes = git.run(repo, "-c", "core.quotepath=off", "diff", "--name-status", "-M", f"{found[0]}^", found[0])
    renames = [[git.path_named(name) for name in line.split("\t")[1:]] for line in changes.splitlines()
               if line.startswith("R")]
    moved = [names[1] for names in renames if names[:1] == [path]]
    return found[0], found[1], moved[0] if moved else ""  # (a move: the text goes on under its new name)


def _superproject(repo: gitpython.Repo, top: Path) -> tuple[gitpython.Repo, Path] | None:
    """The repository whose submodule `repo` is (its top-level folder `top`), and its own top-level folder, or None."""
    try:
        outer = git.run(repo, "-C", str(top), "rev-parse", "--show-superproject-working-tree").strip()
    except git.GitError:
        return None
    return (git.open_repo(outer), Path(outer).resolve()) if outer else None


def pinned_texts(repo: gitpython.Repo, inner: gitpython.Repo, link: str, path: str,
                 ref: str = "HEAD") -> list[Committed]:
    """Oldest first, each text the file `path` of the submodule at `link` had in the commits of `repo` (the old site's
    repository) on the first parents of `ref` that pinned another of the submodule's commits (history 28: the file's
    own history in the submodule dated its texts by the submodule's commits, including texts the old site never
    pinned, and the first from before the old site took the submodule at all). Each is that commit's, its `blob` the
    submodule's (read in `inner`); a pinned commit without the file, or the submodule removed, is `removed`."""
    out = git.run(repo, "log", "--first-parent", "--raw", "--no-abbrev", "--format=%x00%H %cI %ct %at", ref, "--",
                  link)
    chain = git.run(repo, "rev-list", "--first-parent", ref).split()
    rank = {commit: len(chain) - n for n, commit in enumerate(chain)}
    texts: list[Committed] = []
    for record in out.split("\0")[1:]:
        head, _, changes = record.partition("\n")
        commit, when, stamp, authored = _dates(repo, head)
        for line in changes.splitlines():
            fields, _, name = line.partition("\t")
            if not line.startswith(":") or git.path_named(name) != link:
                continue
            _old_mode, new_mode, _old, pinned, status = fields[1:].split()
            blob = None
            if not status.startswith("D") and new_mode == "160000":
                if git.rev_parse(inner, f"{pinned}^{{commit}}") is None:
                    where = repo.working_tree_dir
                    raise ImportRefused(Said("import.submodule-unfetched", link=link, path=path, where=where,
                                             commit=commit[:7], pinned=pinned[:7]))
                blob = git.object_ids(inner, [f"{pinned}:{path}"])[0]
            texts.append(Committed(commit, f"{link}/{path}", _day_committed(when, stamp), blob or "0" * 40,
                                   stamp, rank.get(commit, 0), when=when, removed=blob is None,
                                   authored=authored))
    texts.reverse()
    while texts and texts[0].removed:
        texts.pop(0)
    return [text for n, text in enumerate(texts) if n == 0 or text.blob != texts[n - 1].blob]


def _day_committed(when: str, stamp: int) -> dt.date:
    """The day a commit reached the old site: in the company's time zone where the site names one (history 26: a
    deploy bot's commit at 23:30 UTC, 01:30 the next day in Paris, dated the text a day before readers could see it,
    where versions take effect at 00:00 in Paris); else as the commit's own clock read it (a merge at 23:30 in New
    York is of that day, not of the next in UTC)."""
    from policysite import clock

    return clock.day_of(stamp) if clock.zone() is not dt.UTC else dt.datetime.fromisoformat(when).date()


def _skew_cause(text: Committed) -> Said:
    """Why a text's commit's day is not when it reached the site: a rebase (its author date says so), or a clock."""
    if text.rebased:
        return Said("import.git-cause/rebased", written=text.rebased)
    return Said("import.git-cause/clock")


def _day_written(text: Committed) -> dt.date:
    """The day of a text's author date, as `_day_committed` reads a commit's (the company's, else its commit's zone)."""
    from policysite import clock

    if clock.zone() is not dt.UTC:
        return clock.day_of(text.authored)
    return dt.datetime.fromtimestamp(text.authored, dt.datetime.fromisoformat(text.when).tzinfo).date()


LATE_DAYS = 31  # a text committed more than a month after the day it says it took effect: no deploy's lag


def _and(why: str, more: str) -> str:
    """`why` and `more` after it, each said in the site's language where it is a `Said`."""
    return Said("import.git-why", why=why, more=more)


def dated(texts: list[tuple[Committed, dt.date | None, str]]) -> list[Dated]:
    """Each text (with the one day it says it took effect, and that sentence, if it says one; else None and the
    sentence saying a month or two days, if one does) and the day it is imported as: the day it says, after the version
    before; else the day it was committed. A text committed on or
    before the day of the one before replaces it (that one never took effect, or was the text of that day only until
    this one: the day's last is what readers were left with), and is dated against the version before that one: an
    announced text corrected before its day, a day's second commit, a date line mistyped years ahead (`2201`) that the
    next text contradicts. A text whose commit's day is `skewed` (a wrong clock) and says no day after the version
    before is left out: its day is unknown."""
    out: list[Dated] = []
    says: dict[str, dt.date | None] = {}  # the day each text before says (by commit)
    for text, stated, sentence in texts:
        says[text.commit] = stated
        day: dt.date | None
        why: str
        replaced: list[Dated] = []
        while True:
            before = next((d for d in reversed(out) if d.date is not None), None)
            last = before.date if before is not None else None
            if stated is not None and (last is None or stated > last):
                day = stated
                why = Said("import.git-dated/stated-committed", day=day.isoformat(), sentence=sentence[:60],
                           committed=text.committed.isoformat()) if text.committed != day else \
                    Said("import.git-dated/stated", day=day.isoformat(), sentence=sentence[:60])
                if text.tag:
                    why = Said("import.git-dated/tag", day=day.isoformat(), tag=text.tag, commit=text.tagged[:7])
                if before is not None and not text.skewed and (text.committed - day).days > LATE_DAYS:
                    # (history 28: a text saying 5 January 2021 committed on 10 January 2023 was imported in force from
                    # 2021, though the old site showed the text before it for two years; only its commit's day said so)
                    why = _and(why, Said("import.git-dated/late", days=(text.committed - day).days,
                                         before=before.text.commit[:7], day=day.isoformat()))
                break
            if text.skewed:  # its own day, if it says one after the version before, else none is known
                day = None
                why = Said("import.git-dated/skewed", committed=text.committed.isoformat(), skewed=text.skewed,
                           cause=_skew_cause(text), sentence=sentence[:60], last=last.isoformat() if last else "")
                break
            if last is None or text.committed > last:
                day = text.committed
                if stated is None and sentence:  # "Updated March 2023", `05/06/2021`: said, its day never guessed
                    why = Said("import.git-dated/committed-not-a-day", day=day.isoformat(), sentence=sentence[:60])
                elif stated is None:
                    why = Said("import.git-dated/committed", day=day.isoformat())
                elif before is not None and before.text.blob == text.blob:  # the text between left out: the same
                    why = Said("import.git-dated/again", day=day.isoformat(), before=before.text.commit[:7])
                elif back := next((d for d in out if d.text.blob == text.blob and d.date is not None), None):
                    # a revert: an earlier text put back, its date line with it (history 26: "a date line gone back,
                    # or mistyped")
                    why = Said("import.git-dated/revert", day=day.isoformat(), back=back.text.commit[:7],
                               since=str(back.date), sentence=sentence[:60],
                               before=before.text.commit[:7] if before else "")
                elif before is not None and last is not None and last != stated == says.get(before.text.commit):
                    # its date line the one of the text before, which was dated by its commit, later (history
                    # adoption, session 28: basecamp/policies' text of 2022-12-22 was said "a date line gone back")
                    why = Said("import.git-dated/same-line", day=day.isoformat(), sentence=sentence[:60],
                               before=before.text.commit[:7], last=last.isoformat())
                else:
                    why = Said("import.git-dated/" + ("same-day-line" if stated == last else "gone-back"),
                               day=day.isoformat(), sentence=sentence[:60],
                               before=before.text.commit[:7] if before else "", last=last.isoformat() if last else "")
                break
            assert before is not None and last is not None
            when = Said("import.git-dated/same-day", day=last.isoformat()) if text.committed == last else \
                Said("import.git-dated/before-day", committed=text.committed.isoformat(), day=last.isoformat())
            out[out.index(before)] = Dated(before.text, None, Said("import.git-dated/replaced", when=when,
                                                                   commit=text.commit[:7]))
            replaced.append(before)
        if replaced:
            why = _and(why, Said("import.git-dated/replaces",
                                 commits=", ".join(one.text.commit[:7] for one in replaced)))
        out.append(Dated(text, day, why))
    for n, (one, after) in enumerate(zip(out, out[1:])):
        if one.date is not None and after.text.committed < one.date and not after.text.skewed:  # announced, then
            # changed before its day
            out[n] = Dated(one.text, one.date, _and(one.why, Said(
                "import.git-dated/announced-replaced", committed=after.text.committed.isoformat(),
                commit=after.text.commit[:7], day=one.date.isoformat())))
    return out


def git_sources(paths: list[Path], folder: Path, *, own: set[Path], languages: tuple[str, ...], lang: str,
                say: Callable[[str], None], ref: str = "") -> list[Source]:
    """The texts the files at `paths` held in their repository's history (that of the site itself too, a file of the
    old site kept in it, but none of `own`, the site's pages), written into `folder` (each named `privacy@<commit>.md`:
    what the import's lines and `imported.yml` name), each dated as `dated` says, oldest first. `ref`: the branch, tag
    or commit whose history is read (an old site's `gh-pages` of built pages, `origin/main`), else HEAD's (history
    26: only the branch checked out could be read)."""
    if ref.startswith("-"):
        raise ImportRefused(Said("import.ref-dash", ref=ref))
    found: list[tuple[Committed, gitpython.Repo, Path]] = []
    oldest: list[tuple[Committed, gitpython.Repo, Path]] = []  # each file's first text
    seen: set[tuple[Path, str]] = set()
    finals: set[str] = set()  # the commits that removed a file for good (said once, with what the site does)
    given = {Path(os.path.abspath(path)).resolve() for path in paths}
    for path in paths:
        if path.is_dir():
            raise ImportRefused(Said("import.git-folder", path=str(path)))
        if path.suffix.lower() not in convert_sources.FORMATS:  # (adoption 6 of session 30: Read the Docs' .rst
            # policy was dated text by text, "its text says no one day", then refused at its first text's conversion)
            raise ImportRefused(Said("import.git-format/asciidoc" if path.suffix.lower() in convert_sources.ASCIIDOC
                                     else "import.git-format/code" if path.suffix.lower() in _CODE_PAGES
                                     else "import.git-format", path=str(path), extension=path.suffix or "none",
                                     name=path.name))
        place = path if path.exists() else next((p for p in path.parents if p.exists()), Path("."))
        try:
            repo = git.open_repo(place)
        except git.GitError:
            raise ImportRefused(Said("import.git-not-repository", path=str(place))) from None
        top = Path(repo.working_tree_dir or repo.git_dir).resolve()
        inner: tuple[gitpython.Repo, str, str] | None = None  # the submodule holding the file: it, its path, the file's
        if (outer := _superproject(repo, top)) is not None:  # the old site's repository pinned the submodule's commits
            inner = (repo, top.relative_to(outer[1]).as_posix(), Path(os.path.abspath(path)).resolve().relative_to(
                top).as_posix())
            repo, top = outer
        if Path(os.path.abspath(path)).resolve() in own:
            raise ImportRefused(Said("import.git-own-page", path=str(path)))
        name = Path(os.path.abspath(path)).resolve().relative_to(top).as_posix()
        named = convert_sources.language_named(Path(os.path.abspath(path)).resolve(), [top], languages)
        if named is not None and named[0].casefold() != lang.casefold():  # (history 26: `--lang fr --git
            # fr/privacy.md en/privacy.md` imported the English texts as French versions, between the French ones)
            raise ImportRefused(Said(f"import.other-language/{named[1]}", path=str(path), lang=named[0]))
        if not git.rev_parse(repo, "HEAD"):
            raise ImportRefused(Said("import.git-no-commit", path=str(path)))
        tip = git.rev_parse(repo, f"{ref}^{{commit}}") if ref else "HEAD"
        if tip is None:
            raise ImportRefused(Said("import.ref-unknown", path=str(path), ref=ref, top=str(top)))
        if git.shallow_boundary(repo) or (inner and git.shallow_boundary(inner[0])):  # its first commits would be
            # missing, the first text dated by the boundary
            raise ImportRefused(Said("import.shallow", path=str(path), top=str(top)))
        if (top, name) in seen:  # the same file named twice (`privacy.md ./privacy.md`): read once
            continue
        seen.add((top, name))
        with _objects_needed(path, top):
            texts = committed_texts(repo, name, tip) if inner is None else pinned_texts(repo, *inner, tip)
            texts = _with_includes(repo, texts, name, tip) if inner is None and texts else texts
        if not texts:
            raise ImportRefused(Said("import.git-no-text" if ref else "import.git-no-text/branch", path=str(path),
                                     ref=ref, name=name))
        if rewritten := _rewritten(texts):
            earliest, latest = _day_written(rewritten[0]).isoformat(), _day_written(rewritten[-1]).isoformat()
            say(Said("import.git-rewritten", name=name, count=len(rewritten), day=rewritten[0].committed.isoformat(),
                     earliest=earliest, latest=latest))
        if merge := next((text.merged for text in texts if text.merged), ""):
            when, subject = git.run(repo, "log", "-1", "--format=%cs %s", merge).split(" ", 1)
            say(Said("import.git-merged-history", name=name, commit=merge[:7], day=when, subject=git.readable(subject)))
        removed = _removed(repo, name, tip) if inner is None else None
        if removed and removed[2] and Path(top / removed[2]) not in given:  # (adoption 8: a Docusaurus page given by
            # the name it had before a move, its move said as a removal, the texts after it left out unsaid)
            raise ImportRefused(Said("import.git-moved-away", path=str(path), name=removed[2], commit=removed[0][:7],
                                     day=removed[1], new=str(top / removed[2])))
        if removed and not removed[2]:  # (adoption 28: a translation gone)
            finals.add(removed[0])  # (said here, not again as a removal the text came back from)
            last = [text for text in texts if not text.removed][-1]
            say(Said("import.git-translation-removed", name=name, commit=removed[0][:7], day=removed[1],
                     last=last.committed.isoformat(), lang=lang))
        had = {(t_top, t.commit, t.path) for t, _r, t_top in found}  # a text two files' histories share (a move
        # git followed, both names given): read once
        reader = inner[0] if inner else repo  # the repository holding the texts' blobs
        found += [(text, reader, top) for text in texts if (top, text.commit, text.path) not in had]
        if inner is None:
            oldest.append((next(text for text in texts if not text.removed), repo, top))
        else:
            say(Said("import.git-submodule", name=name, submodule=inner[1], top=str(top),
                     clone=str(top / inner[1])))
    _refuse_untracked_moves(oldest, {(top, text.path) for text, _repo, top in found}, say)
    # the branch's order, not its commits' clocks (history 26: a commit dated 2031 by a wrong clock was sorted last,
    # its older text imported as the newest, upcoming in 2031); several repositories' texts by their times
    found.sort(key=lambda item: (item[0].stamp,) if len({top for _t, _r, top in found}) > 1 else (item[0].rank,))
    found = [(text, repo, top) for text, (_t, repo, top) in zip(_clocks([t for t, _r, _top in found]), found)]
    tops = {text.commit + text.path: top for text, _repo, top in found}
    tagged: dict[str, _Tagged] = {}
    passed: dict[str, tuple[list[hist.TagDay], str, int, list[str]]] = {}  # a tag after a text, not its day
    for repo in {id(r): r for _t, r, _top in found}.values():
        on_own, later = _tagged(repo, [t for t, r, _top in found if r is repo], ref or "HEAD")
        tagged.update(on_own)
        passed.update(later)
    tag_notes: dict[str, Said] = {}  # (commit + path): that later tag, said beside the day its text is given
    stated: list[tuple[Committed, dt.date | None, str]] = []
    written: dict[str, Path] = {}
    shown: tuple[Committed, str] | None = None  # the text before, as read (history 26: a site rebuilt, its gh-pages
    # page's build time or asset names changed, was "a text whose words it changed without changing its date")
    rebuilt: dict[str, list[str]] = {}
    titles: list[tuple[str, str]] = []  # (commit + path, its title or "") of each text read, in order
    html_markdowns: dict[str, bool] = {}  # (commit + path): whether its site read the Markdown in raw HTML blocks
    site_params: dict[str, dict[str, str]] = {}  # (commit + path): the params of the Hugo site it was part of
    constants: dict[str, dict[str, str]] = {}  # (commit + path): the string constants an MDX page imports
    includes: dict[str, dict[str, str]] = {}  # (commit + path): the files an HTML page's template includes, by name
    stylesheets: dict[str, dict[str, str]] = {}  # (commit + path): an HTML page's stylesheets, by the address it links
    read = {(top, text.path) for text, _repo, top in found}
    moves = {text.commit for text, _repo, _top in found if not text.removed}  # a file read removed as another read
    # file is added (a move git did not follow, both files given): no removal

    # A pull request rebased, or merged by rebase: its commits reached the branch at once, the old site deployed the
    # last; each text before it in the landing, a draft, the site never showed (histories15: each was imported, in
    # force from the day it said until the next)
    landed = {id(one): hist.landings(one, ref or "HEAD") for one in {id(r): r for _t, r, _top in found}.values()}
    last_landed = {landed[id(r)][text.commit][0]: text for text, r, _top in found if text.commit in landed[id(r)]}

    def left_out(line: str) -> None:
        """Say a text the old site showed none of: at the text before it, which stayed in force, else now."""
        if shown:
            rebuilt.setdefault(shown[0].commit + shown[0].path, []).append(line)
        else:
            say(line)

    for text, repo, top in found:
        if text.removed:
            if text.linked and (top, posixpath.normpath(posixpath.join(posixpath.dirname(text.path), text.linked))) \
                    not in read:  # (histories14: left out unsaid; the link's target read, its texts are there)
                first = "/first" if shown is None else ""  # (no text before it: the archive starts after it)
                left_out(_at(text, Said(f"import.git-file-submodule{first}") if text.linked == "-" else
                             Said(f"import.git-file-link{first}", target=text.linked)))
            elif not text.linked and text.commit not in moves | finals:  # the page gone from the old site
                # (history 28: removed on 1 March, put back on 1 May, the text before was imported in force throughout,
                # nothing said)
                left_out(_at(text, Said("import.git-file-removed")))
            continue
        if (landing := landed[id(repo)].get(text.commit)) and (final := last_landed[landing[0]]) is not text:
            left_out(_at(text, Said("import.git-landed-draft", final=final.commit[:7],
                                    landed=final.committed.isoformat())))
            continue
        stem, suffix = os.path.splitext(Path(text.path).name)
        file = folder / f"{stem}@{text.commit[:7]}{suffix}"
        with _objects_needed(top / text.path, top):
            file.write_bytes(data := git.cat_blob(repo, text.blob))
        alone = bool(data.strip()) and _front_matter_alone(data, suffix)  # a page not yet written, a translation's
        # placeholder the old site filled with another language's text (adoption 6 of session 30: Let's Encrypt's
        # French page, committed as `untranslated: 1` in 2019, refused the whole import as "no text in it")
        if not data.strip() or alone:  # the file emptied by mistake, its text put back later: no text the site showed
            # (history 26: it refused the whole import, naming a temporary file)
            left_out(_at(text, Said("import.git-front-matter-alone" if alone else "import.git-empty")))
            continue
        if _draft(data, suffix):
            say(_at(text, Said("import.git-draft")))
            continue
        title = ""
        html_markdown = _markdown_in_html(repo, text.commit, text.path)
        params = _site_params(repo, text.commit, text.path, data)
        imports = _constants(repo, text.commit, text.path, data)
        styles = _stylesheets(repo, text.commit, text.path, data)
        parts = _includes(repo, text.commit, text.path, data) or _markdown_includes(repo, text.commit, text.path, data)
        parts = {**_card_pages(repo, text.commit, text.path, data), **parts}
        try:
            converted = convert(file, markdown_in_html=html_markdown, site_params=params, constants=imports,
                                stylesheets=styles, template=True, includes=parts, page=text.path)
            markdown: str | None = converted.markdown
            title = converted.meta.get("title", "")
        except (ConvertError, OSError, ValueError):
            markdown = None  # (said when imported)
        if markdown is not None and _title_alone(markdown):  # a page not yet written: no text the site showed
            left_out(_at(text, Said("import.git-title-alone")))
            continue
        if markdown is not None and shown and shown[1] == markdown:  # the same words, its file's other bytes changed
            again = "" if text.blob == shown[0].blob else "/rebuilt"
            rebuilt.setdefault(shown[0].commit + shown[0].path, []).append(
                _at(text, Said(f"import.git-same-text{again}", shown=shown[0].commit[:7])))
            continue
        shown = (text, markdown) if markdown is not None else None
        written[text.commit + text.path] = file
        html_markdowns[text.commit + text.path] = html_markdown
        site_params[text.commit + text.path] = params
        constants[text.commit + text.path] = imports
        stylesheets[text.commit + text.path] = styles
        includes[text.commit + text.path] = parts
        heading = re.search(r"(?m)^# +(.+?)[ \t]*$", markdown or "")
        titles.append((text.commit + text.path, title or (heading.group(1) if heading else "")))
        said = convert_sources.stated_day(file, languages, lang=lang, markdown=markdown, title=title)
        day = dt.date.fromisoformat(said[1][0]) if said is not None and len(said[1]) == 1 else None
        if said is None and (month := convert_sources.stated_month(file, languages, markdown=markdown, title=title)):
            said = (month[0], [month[1]], "its text")  # a month alone: dated by its commit, the month said
        elif said is None and (period := convert_sources.stated_period(file, languages, markdown=markdown)):
            said = (period, [], "its text")  # "Effective: Q1 2023": dated by its commit, the line said
        if day is None and text.commit in tagged:  # a history kept by tags (`v2021-02-17`), not dated in its text
            tag_day, tag, wrong = tagged[text.commit]
            if wrong:
                raise ImportRefused(hist.tag_fault(wrong, commit=wrong[0].commit, path=text.path))
            if tag_day is not None and tag is not None:
                text, day, said = dataclasses.replace(text, tag=tag.tag, tagged=tag.commit), tag_day, (tag.tag, [], "")
        elif day is None and text.commit in passed:
            tag_notes[text.commit + text.path] = _tag_passed(*passed[text.commit])
        stated.append((text, day, said[0] if said is not None else ""))
    out: list[Source] = []
    ordered = dated(stated)
    _refuse_newest_undated(ordered, tops, lang=lang)
    for one in ordered:
        file = written[one.text.commit + one.text.path]
        if one.text.zoned:
            one = dataclasses.replace(one, why=_and(one.why, Said("import.git-zoned/said", zoned=one.text.zoned)))
        own_day, own_tag, _wrong = tagged.get(one.text.commit, (None, None, []))
        if one.date is not None and not one.text.tag and own_tag is not None and own_tag.commit == one.text.commit \
                and own_day != one.date:  # (its text's own words say when it took effect: its tag is said beside)
            one = dataclasses.replace(one, why=_and(one.why, Said("import.git-dated/tag-other", tag=own_tag.tag,
                                                                  day=str(own_day))))
        if one.date is not None and (note := tag_notes.get(one.text.commit + one.text.path)):
            one = dataclasses.replace(one, why=_and(one.why, note))
        say(Said("import.git-text", path=one.text.path, commit=one.text.commit[:7],
                 committed=one.text.committed.isoformat(), why=one.why))
        for kept in rebuilt.get(one.text.commit + one.text.path, []):
            say(kept)
        if one.date is not None:
            kind = convert_sources.FORMATS.get(file.suffix.lower())
            if kind is None:
                raise ImportRefused(Said("import.git-unread-format", path=one.text.path,
                                         commit=one.text.commit[:7], formats=convert_sources.read_formats()))
            top = tops[one.text.commit + one.text.path]
            origin = Said("import.origin", path=one.text.path, commit=one.text.commit, top=top,
                          committed=one.text.committed.isoformat(), why=one.why)
            out.append(Source(file, one.date, kind, origin=origin,
                              title=_nearest_title(titles, one.text.commit + one.text.path),
                              markdown_in_html=html_markdowns[one.text.commit + one.text.path],
                              site_params=tuple(site_params[one.text.commit + one.text.path].items()),
                              constants=tuple(constants[one.text.commit + one.text.path].items()),
                              stylesheets=tuple(stylesheets[one.text.commit + one.text.path].items()),
                              template=True, includes=tuple(includes[one.text.commit + one.text.path].items()),
                              page=one.text.path))
    return out


def _tagged(repo: gitpython.Repo, texts: list[Committed], tip: str
            ) -> tuple[dict[str, _Tagged], dict[str, tuple[list[hist.TagDay], str, int, list[str]]]]:
    """The day tags give each text (by its commit), as `history.tagged_day` reads them: its own (`history.own_tags`:
    its commit's and, for a text a merge brought, those of the merged branch's commit that wrote it; a name that is no
    day refusing the import); else those of the very next commit on the branch's first parents where it is a release
    of that text alone (`_release_alone`: it changed no file, or only the release's records) and they name one day.
    For each other text,
    the first tagged commit after it while it was the text, with how many commits came between and, for the very next,
    the files it changed besides: not its day (a release of other work too, or releases deployed untagged in between,
    may have shown it days or years earlier; an app's tags written day first are its releases', not the text's), said
    beside the day it is given."""
    tags = hist.tag_days(repo)
    if not tags:
        return {}, {}
    try:  # (a submodule's texts: `tip` is its superproject's)
        rows = [line.split() for line in git.run(repo, "rev-list", "--first-parent", "--reverse", "--parents",
                                                  tip).splitlines()]
    except git.GitError:
        return {}, {}
    chain, merges = [row[0] for row in rows], {row[0] for row in rows if len(row) > 2}
    mine = {text.commit: text for text in texts}
    out: dict[str, _Tagged] = {}
    passed: dict[str, tuple[list[hist.TagDay], str, int, list[str]]] = {}
    current: Committed | None = None
    between = 0  # the commits since the current text's
    for commit in chain:
        if commit in mine:
            current, between = (None if mine[commit].removed else mine[commit]), 0
            own = [] if current is None else hist.own_tags(repo, tags, commit, current.path, merge=commit in merges)
            if own:
                out[commit], current = hist.tagged_day(own), None
            continue
        if current is not None and commit in tags:
            read = hist.tagged_day(tags[commit])
            next_day = between == 0 and read[0] is not None
            others = _release_alone(repo, commit) if next_day else []
            if next_day and not others:
                out[current.commit] = read
            else:
                passed[current.commit] = (tags[commit], commit, between, others)
            current = None
        between += 1
    return out, passed


# The files a release commit changes besides its text: its version and its changelog (`CHANGELOG.md`, `VERSION`,
# `package.json`), which readers do not see.
_RELEASE_RECORD = re.compile(
    r"(?i)(?:change[-_ ]?log|changes|releases?|release[-_ ]?notes|version)(?:\.\w+)?"
    r"|package(?:-lock)?\.json|pyproject\.toml|setup\.(?:py|cfg)|cargo\.(?:toml|lock)|composer\.json|pom\.xml"
    r"|build\.gradle(?:\.kts)?|[^/]+\.gemspec|_?_?version_?_?\.(?:py|rb|js|ts|go)")


def _release_alone(repo: gitpython.Repo, commit: str) -> list[str]:
    """The files `commit` changed against its first parent that are no release's record (`_RELEASE_RECORD`), at most
    three: none where it released the text before it alone (an empty commit, a version or changelog bumped), its tag
    then naming the day readers got it. A release of other work too (a feature, another page) may follow a text
    deployed on its own (histories14: the text was dated by such a tag, any commit after it being taken for its
    release)."""
    parents = git.run(repo, "rev-list", "--parents", "-n", "1", commit).split()[1:]
    changed = git.run(repo, "-c", "core.quotepath=off", "diff-tree", "-r", "--no-commit-id", "--name-only", "-z",
                      *(parents[:1] or ["--root"]), commit).split("\0")
    return [name for name in changed if name and not _RELEASE_RECORD.fullmatch(posixpath.basename(name))][:3]


def _tag_passed(tags: list[hist.TagDay], commit: str, between: int, others: Sequence[str] = ()) -> Said:
    """Why the tags of `commit`, the first tagged after a text saying no day, do not date it (`others`: the files the
    very next commit changed besides the release's records)."""
    day, tag, _wrong = hist.tagged_day(tags)
    if day is not None and tag is not None and others:
        return Said("import.git-dated/tag-next-other", tag=tag.tag, commit=commit[:7], day=day.isoformat(),
                    files=", ".join(others))
    if day is not None and tag is not None:
        return Said("import.git-dated/tag-late", tag=tag.tag, commit=commit[:7], day=day.isoformat(), count=between)
    return Said("import.git-dated/tag-unread", tags=hist.tag_names(tags), commit=commit[:7])


# What git says of an object its repository lacks: a partial clone's (`git clone --filter=blob:none`) whose remote
# cannot be reached, a damaged copy's (adoption 9 of session 32: two real sites' copies so made).
_MISSING_OBJECT = re.compile(r"unable to read [0-9a-f]{40}|is not in the repository|bad object|missing blob"
                             r"|could not fetch|bad file", re.I)


@contextlib.contextmanager
def _objects_needed(path: Path, top: Path) -> Iterator[None]:
    """Refuse the import, naming `path` and how to fetch what is missing, where its repository (at `top`) lacks an
    object its history needs; git's own words said as the cause."""
    try:
        yield
    except git.GitError as exc:
        if _MISSING_OBJECT.search(str(exc)) is None:
            raise
        sha = re.search(r"\b[0-9a-f]{40}\b", str(exc))
        raise ImportRefused(Said("import.git-objects-missing", path=str(path), top=str(top),
                                 object=sha.group(0)[:12] if sha else "?")) from None


def _markdown_in_html(repo: gitpython.Repo, commit: str, path: str) -> bool:
    """Whether the Jekyll site holding `path` at `commit` (the nearest `_config.yml` above it) had kramdown read the
    Markdown inside raw HTML blocks (`parse_block_html: true`): its page showed a card's `#### …` as a heading."""
    if not path.lower().endswith(tuple(ext for ext, kind in convert_sources.FORMATS.items() if kind == "markdown")):
        return False
    folder = posixpath.dirname(path)
    while True:
        settings = git.read_blob(repo, commit, posixpath.join(folder, "_config.yml") if folder else "_config.yml")
        if settings is not None or not folder:
            return markdown_in_html.site_reads_it(settings)
        folder = posixpath.dirname(folder)


def _site_params(repo: gitpython.Repo, commit: str, path: str, data: bytes) -> dict[str, str]:
    """The params of the Hugo site holding `path` at `commit` (its configuration's, nearest above it), where the text
    asks for one (`{{< param key >}}`), and the global data of an Eleventy site its `{{ name.key }}` name (its
    `_data` folder's, under `eleventy.PREFIX`) and the settings of a Jekyll site its `{{ site.key }}` name (its
    `_config.yml`'s, under `liquid.CONFIG`): the words the old site filled in."""
    read = lambda name: git.read_blob(repo, commit, name)  # noqa: E731
    params = hugo.site_params(read, posixpath.dirname(path)) if re.search(rb"\{\{[<%]-?\s*param\s", data) else {}
    if path.lower().endswith((".md", ".markdown")) and b"{{" in data:
        params |= eleventy.global_data(read, posixpath.dirname(path), data.decode("utf-8", "replace"))
    if path.lower().endswith((".md", ".markdown", ".html", ".htm")) and b"{{" in data and \
            liquid.uses_site(data.decode("utf-8", "replace")):  # a Jekyll site's settings (`{{ site.email }}`)
        params |= liquid.site_config(read, posixpath.dirname(path))
    return params


def _constants(repo: gitpython.Repo, commit: str, path: str, data: bytes) -> dict[str, str]:
    """The string constants an MDX page at `commit` imports by name from its site's modules (`import { ORG_NAME } from
    "../const"`), as that commit held them: the words its `{ORG_NAME}` showed."""
    if not path.lower().endswith(".mdx") or b"import" not in data:
        return {}
    return mdx.imported_constants(data.decode("utf-8", "replace"), lambda name: git.read_blob(repo, commit, name),
                                  posixpath.dirname(path))


def _includes(repo: gitpython.Repo, commit: str, path: str, data: bytes) -> dict[str, str]:
    """The files an HTML page at `commit` includes by its template (`{% include privacy-text.html %}`), by the name it
    includes each by, as that commit held them: beside the page (`include_relative`, a Jinja template's folder), else in
    the `_includes/` of its folder or the nearest above it (Jekyll's), else from the repository's root; each read as
    UTF-8, itself read for its own includes."""
    if convert_sources.FORMATS.get(posixpath.splitext(path)[1].lower()) != "html" or b"include" not in data:
        return {}
    found: dict[str, str] = {}
    pending = templates.included(data.decode("utf-8", "replace"))
    while pending and len(found) < 50:
        name = pending.pop(0)
        if name in found or name.startswith("/") or ".." in name.split("/"):
            continue
        folder, candidates = posixpath.dirname(path), []
        while True:
            candidates += [posixpath.join(folder, name), posixpath.join(folder, "_includes", name)]
            if not folder:
                break
            folder = posixpath.dirname(folder)
        blob = next((b for b in (git.read_blob(repo, commit, c) for c in candidates) if b is not None), None)
        if blob is not None and len(blob) <= 1 << 20:
            found[name] = blob.decode("utf-8", "replace")
            pending += templates.included(found[name])
    return found


def _markdown_includes(repo: gitpython.Repo, commit: str, path: str, data: bytes) -> dict[str, str]:
    """The files a Markdown page at `commit` includes (`{% include x.md %}`, `--8<-- "x.md"` …), by their path, as that
    commit held them, found where its generator looked (md_includes), a symbolic link followed inside the repository;
    one leading out kept as such, which the page's conversion refuses."""
    if convert_sources.FORMATS.get(posixpath.splitext(path)[1].lower()) != "markdown" or not md_includes.INCLUDE.search(
            text := data.decode("utf-8", "replace")):
        return {}
    kept: dict[str, str] = {}

    def blob(name: str, links: int = 0) -> bytes | None:
        try:
            entry = repo.commit(commit).tree / name
        except (KeyError, ValueError, gitpython.BadName):  # (in a submodule: the commit it pinned, its repository's)
            return _pinned_blob(repo, commit, name)
        if entry.mode == 0o120000:  # a symbolic link: its target, from its folder
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name),
                                                       entry.data_stream.read().decode("utf-8", "replace")))
            if target.startswith(("/", "../")) or target == ".." or links > 8:
                raise md_includes.Outside(name)
            return blob(target, links + 1)
        return entry.data_stream.read() if entry.type == "blob" else None

    with contextlib.suppress(ConvertError):
        md_includes.expand(text, page=path, read=md_includes.recording(blob, kept),
                           name=path, notes=Notes())
    return kept


def _card_pages(repo: gitpython.Repo, commit: str, path: str, data: bytes) -> dict[str, str]:
    """The pages a Markdown page at `commit` links by a GitBook card (`{% content-ref url="contact.md" %}`), by their
    path, as that commit held them: the card showed the linked page's title (gitbook_refs). Not its includes: a change
    of those pages gives the page no version."""
    if convert_sources.FORMATS.get(posixpath.splitext(path)[1].lower()) != "markdown" or b"content-ref" not in data:
        return {}
    found: dict[str, str] = {}
    for linked in dict.fromkeys(gitbook_refs.targets(data.decode("utf-8", "replace"), path)):  # (each page once)
        blob = git.read_blob(repo, commit, linked)
        if blob is not None and len(blob) <= gitbook_refs.MOST_BYTES:
            found[linked] = blob.decode("utf-8", "replace")
    return found


def _with_includes(repo: gitpython.Repo, texts: list[Committed], name: str, tip: str) -> list[Committed]:
    """`texts` of the Markdown page `name` and, among them, each commit of `tip`'s first parents after the first that
    changed a file the page includes (or pinned another commit of the submodule holding it) and not the page: its
    readers' words changed, the page's text held with them (adoption 11 of session 34: an include edited alone gave no
    version, the old site's next text lost unsaid)."""
    specs: set[str] = set()
    for text in texts:
        if not text.removed:
            tree = repo.commit(text.commit).tree
            specs |= {_submodule_link(tree, path) or path for path in
                      _markdown_includes(repo, text.commit, name, git.cat_blob(repo, text.blob))}
    if not specs:
        return texts
    chain = git.run(repo, "rev-list", "--first-parent", tip).split()
    rank = {commit: len(chain) - n for n, commit in enumerate(chain)}
    have = {text.commit for text in texts}
    heads = [_dates(repo, line) for line in git.run(repo, "-c", "core.quotepath=off", "log", "--first-parent",
                                                    "--format=%H %cI %ct %at", tip, "--", *sorted(specs)).splitlines()]
    heads = [head for head in heads if head[0] not in have and rank.get(head[0], 0) > texts[0].rank]
    blobs = git.object_ids(repo, [f"{head[0]}:{name}" for head in heads])
    more = [Committed(commit, name, _day_committed(when, stamp), blob, stamp, rank[commit], when=when,
                      authored=authored)
            for (commit, when, stamp, authored), blob in zip(heads, blobs) if blob is not None]
    return sorted(texts + more, key=lambda text: text.rank)


def _submodule_link(tree: gitpython.Tree, path: str) -> str | None:
    """The folder of the submodule `path` lies in, in `tree`, if it lies in one."""
    parts = path.split("/")
    for depth in range(1, len(parts)):
        try:
            entry = tree / "/".join(parts[:depth])
        except KeyError:
            return None
        if entry.type == "submodule":
            return "/".join(parts[:depth])
    return None


def _pinned_blob(repo: gitpython.Repo, commit: str, name: str) -> bytes | None:
    """The bytes of `name` at `commit` where it lies in a submodule (`legal/body.md`, `legal/` the legal team's
    repository): the file of the submodule's commit that `commit` pinned, as the old site's build read it (adoption 11
    of session 34: such an include was left out, "not in its repository"); None where no submodule holds it. A pinned
    commit its repository lacks (not fetched, or the submodule never initialised) is refused, naming the command that
    fetches it."""
    tree = repo.commit(commit).tree
    if (link := _submodule_link(tree, name)) is None:
        return None
    path, pinned = name[len(link) + 1:], (tree / link).hexsha
    top, where = Path(repo.working_tree_dir or repo.git_dir), Path(repo.git_dir) / "modules" / link
    inner = next((git.open_repo(folder) for folder in (top / link, where) if (folder / ".git").exists()
                  or (folder / "HEAD").is_file()), None)
    if inner is None or git.rev_parse(inner, f"{pinned}^{{commit}}") is None:
        raise ImportRefused(Said("import.submodule-unfetched", link=link, path=path, where=str(top),
                                 commit=commit[:7], pinned=pinned[:7]))
    return git.read_blob(inner, pinned, path)


def _stylesheets(repo: gitpython.Repo, commit: str, path: str, data: bytes) -> dict[str, str]:
    """The stylesheets an HTML page at `commit` links from its repository (`../style/site.css`; `/css/site.css` from
    its top), by the address it links each by, as that commit held them: what they draw, hide or reorder is what its
    readers saw (adoption 8: a page's ../style/info.css was "not there", the scratch folder holding the page alone).
    A page its site serves from a shallower folder than the repository keeps it in (`pages/info/privacy.php` served as
    `info/privacy.php`, its `../style/` the top's `style/`) has the address read from there too."""
    if convert_sources.FORMATS.get(posixpath.splitext(path)[1].lower()) != "html":
        return {}
    out: dict[str, str] = {}
    folders = posixpath.dirname(path).split("/") if posixpath.dirname(path) else []
    for href in linked_css.hrefs(data):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path:
            continue
        for served in range(len(folders) + 1):  # the page's folder as the repository has it, then shallower
            name = posixpath.normpath(unquote(parts.path).lstrip("/") if parts.path.startswith("/") else
                                      posixpath.join("/".join(folders[served:]), unquote(parts.path)))
            if name.startswith("../") or (css := git.read_blob(repo, commit, name)) is None:
                continue
            if len(css) <= linked_css.MAX_BYTES:
                out[href] = css.decode("utf-8", "replace").removeprefix("\ufeff")
            break
    return out


def _nearest_title(titles: list[tuple[str, str]], key: str) -> str:
    """For the text `key` (commit + path) if it has no title, the title of the nearest text of `titles` that has one,
    before it, else after it (Automattic's privacy texts of 2018 to 2021 have none, the old site drawing "Privacy
    Policy" from its template, and those before and after open with it: 19 versions were published untitled)."""
    at = next((n for n, (one, _title) in enumerate(titles) if one == key), None)
    if at is None or titles[at][1]:
        return ""
    return next((title for _key, title in [*reversed(titles[:at]), *titles[at + 1:]] if title), "")


def _refuse_newest_undated(ordered: list[Dated], tops: dict[str, Path], *, lang: str) -> None:
    """Refuse the import when the newest text (the one the old site shows today) has no day: its commit's clock was
    wrong (a day after today, or before the commit before it) and its text says no day after the version before.
    Imported as its commit's day, it was a version upcoming in 2099 while the old site already showed it (safety hunt
    47); left out, the text before it would be published as the one in force. Either is a false statement of which
    text applied: the day must come from the team."""
    if not ordered or ordered[-1].date is not None or not ordered[-1].text.skewed:
        return
    from policysite import clock

    text = ordered[-1].text
    top = tops[text.commit + text.path]
    stem, suffix = os.path.splitext(Path(text.path).name)
    raise ImportRefused(Said("import.git-newest-undated", path=text.path, commit=text.commit[:7],
                             committed=text.committed.isoformat(), skewed=text.skewed, cause=_skew_cause(text),
                             today="" if text.rebased else clock.today().isoformat(), top=str(top),
                             file=f"{stem}-YYYY-MM-DD{suffix}", lang=lang))


def _refuse_untracked_moves(oldest: list[tuple[Committed, gitpython.Repo, Path]], read: set[tuple[Path, str]],
                            say: Callable[[str], None]) -> None:
    """Each file's first text (`oldest`), added by a commit that removed another file of its kind not `read` (each
    (repository, path) whose history is imported): moved and rewritten at once, git follows no rename (its similarity
    under half), and the texts before the move were silently not imported (history 26: `git mv content/privacy.md
    legal/privacy.md` with a new text gave one version of 2022, the 2021 ones lost). One of the same name is refused,
    naming the command with both; another of its kind is said."""
    for text, repo, top in oldest:
        # against the branch's commit before it: a merge's own diff (a pull request's move) is empty (adoption 7)
        parents = repo.commit(text.commit).parents
        changes = git.run(repo, "-c", "core.quotepath=off", "diff-tree", "-r", "--root", "--no-renames",
                          "--name-status", "--no-commit-id", *([parents[0].hexsha] if parents else []),
                          text.commit).splitlines()
        status = {git.path_named(path): how for how, _, path in (line.partition("\t") for line in changes)}
        if status.get(text.path) != "A":
            continue
        suffix = os.path.splitext(text.path)[1].lower()
        # of its kind, or of its name in another format the import reads (a Jekyll `privacy.html` become `privacy.md`)
        gone = sorted(path for path, how in status.items() if how == "D" and (top, path) not in read
                      and (os.path.splitext(path)[1].lower() == suffix
                           or (Path(path).stem == Path(text.path).stem and
                               os.path.splitext(path)[1].lower() in convert_sources.FORMATS)))
        same = [path for path in gone if Path(path).stem == Path(text.path).stem]
        if same:
            raise ImportRefused(Said("import.git-moved", path=text.path, commit=text.commit[:7],
                                     committed=text.committed.isoformat(), removed=same[0], before=str(top / same[0]),
                                     after=str(top / text.path)))
        for path in gone:
            say(Said("import.git-moved/other", path=text.path, commit=text.commit[:7],
                     committed=text.committed.isoformat(), removed=path, before=str(top / path),
                     after=str(top / text.path)))


def _clocks(texts: list[Committed]) -> list[Committed]:
    """`texts`, in the branch's order, each whose commit's day is after today, or before the day of the commit before
    it, marked `skewed`: the clock of the machine that made it was wrong, and its day is not when the text reached the
    site (history 26: a commit dated 2031 made an older text the version of 2031; one dated 2019 replaced the text of
    2021 before it)."""
    from policysite import clock

    today, floor, out = clock.today(), None, []
    for text in texts:
        if floor is not None and text.committed < floor.committed and text.stamp >= floor.stamp:
            # made after the commit before it, by a clock west of its: each clock was right, the days are two time
            # zones' (history 28: 20:00 in New York after 00:30 in Paris, the next day, was refused as a wrong clock)
            # and the text is that day's last, in either zone
            text = dataclasses.replace(text, committed=floor.committed, zoned=Said(
                "import.git-zoned", when=text.when, committed=text.committed.isoformat(), floor=floor.commit[:7],
                floor_when=floor.when, floor_day=floor.committed.isoformat()))
        # after today: no text reached the old site on a day still to come, whatever the commits after it say (a
        # history whose every commit is ahead, or only its last: safety hunt 47, its newest text was imported as a
        # version still to come)
        why = Said("import.git-skew/after-today", today=today.isoformat()) if text.committed > today else \
            Said("import.git-skew/before", commit=floor.commit[:7], day=floor.committed.isoformat()) \
            if floor is not None and text.committed < floor.committed else ""
        if why and floor is not None and text.committed < floor.committed and floor.authored <= text.authored \
                and (written := _day_written(text)) <= today:
            # written after the commit before it, as its author date says, and committed before it: a rebase (it keeps
            # each commit's author date and sets its commit date anew), not a clock (texts 29)
            text = dataclasses.replace(text, skewed=why, rebased=written.isoformat())
        elif why:
            text = dataclasses.replace(text, skewed=why)
        else:
            floor = text
        out.append(text)
    return out


def _draft(data: bytes, suffix: str) -> bool:
    """Whether a Markdown text's front matter says `draft: true` (Hugo's, Docusaurus') or `published: false`
    (Jekyll's): a text its site did not publish (the Markdown reader refuses it)."""
    from policysite.convert import markdown_source
    from policysite.convert.notes import Notes

    if convert_sources.FORMATS.get(suffix.lower()) != "markdown":
        return False
    try:
        markdown_source.front_matter(markdown_source.decode(data, Notes()), Notes())
    except ConvertError:
        return True
    return False


def _title_alone(markdown: str) -> bool:
    """Whether a converted text is a title and nothing else, which the import refuses as a version's whole text."""
    from policysite import document

    read = document.parse(markdown, path="page.md", lang="und")
    return bool(read.title.strip()) and not read.sections and not read.preamble


def _front_matter_alone(data: bytes, suffix: str) -> bool:
    """Whether a Markdown text is its front matter and nothing else (`untranslated: 1`, a page's placeholder)."""
    from policysite.convert import markdown_source
    from policysite.convert.notes import Notes

    if convert_sources.FORMATS.get(suffix.lower()) != "markdown":
        return False
    try:
        _meta, body, offset, _addresses, _variables = markdown_source.front_matter(
            markdown_source.decode(data, Notes()), Notes())
    except ConvertError:
        return False
    return offset > 0 and not body.strip()
