"""`policy upgrade`: a site made by an earlier generator takes this generator's hooks and theme files.

`policy init` copies the generator's `hooks/` and `overrides/` into each new site, and the checks accept them only
as this generator has them, byte for byte (a script, a hook) or judged as the site's own (a stylesheet, a
template): after the site moves to a newer generator, its copies of the earlier one's files are refused. This
brings each of the generator's files in, as the generator has it, and removes the scripts and templates of the theme
folder it does not have (an earlier generator's, since dropped: the checks refuse them, whatever they say); the
site's own files (its images: logo, favicon; its languages' theme strings; its stylesheets) stay as they are, but
theme strings still as an earlier `policy init` wrote them, which become today's (`restrung`). It
needs those folders committed, so that what it replaces or removes stays in git (a colour of the site's own in
`policy.css` is put back from `git diff`), and the site then checks, and commits, what it brought.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

from policysite import config_rules, generated, git, messages
from policysite.init import InitError, generator_root

FOLDERS = ("hooks", "overrides")
# The site's own, whatever the generator has there: its logo and favicon, its languages' theme strings.
LANGUAGE_STRINGS = "overrides/partials/languages/"
OWN = ("overrides/assets/images/", LANGUAGE_STRINGS)
# Kinds of the theme folder that only the generator may have, byte for byte (scripts, templates, the print
# template): the checks refuse any other, so one an earlier generator had and this one dropped can only go.
GENERATOR_KINDS = (".js", ".mjs", ".cjs", ".html", ".typ")


class UpgradeError(Exception):
    """The site cannot take the generator's files: the message says why; nothing was written."""


def generator_files(source: Path | None = None) -> dict[str, bytes]:
    """The generator's hooks and theme files a site takes (path relative to a site's root -> bytes)."""
    source = source or generator_root()
    return {path.relative_to(source).as_posix(): path.read_bytes()
            for folder in FOLDERS for path in sorted((source / folder).rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
            and not path.relative_to(source).as_posix().startswith(OWN)}


def stale(root: Path, source: Path | None = None) -> list[str]:
    """The generator's files the site at `root` does not have as the generator has them (missing or different)."""
    return [rel for rel, data in generator_files(source).items()
            if not (root / rel).is_file() or (root / rel).is_symlink()
            or not config_rules.same_file_bytes((root / rel).read_bytes(), data)]


def dropped(root: Path, source: Path | None = None) -> list[str]:
    """The theme folder's scripts and templates the generator does not have: an earlier generator's, that this
    one dropped (`search-on-demand.js`, history hunt 27), which the checks refuse as the project's own."""
    files = generator_files(source)
    folder = Path(root) / "overrides"
    return sorted(rel for rel in (path.relative_to(root).as_posix() for path in folder.rglob("*")
                                  if path.is_file() and not path.is_symlink())
                  if rel not in files and not rel.startswith(OWN) and Path(rel).suffix.lower() in GENERATOR_KINDS)


def restrung(root: Path) -> dict[str, str]:
    """The languages' theme strings (`overrides/partials/languages/<code>.html`) that are, byte for byte, what an
    earlier `policy init` wrote (Swiss German's "Fußzeile", Serbian in Latin letters reading Material's Cyrillic) ->
    what today's writes: the checks accept a language's strings only as `policy init` writes them today."""
    from policysite.init import language_strings

    found: dict[str, str] = {}
    for path in sorted((Path(root) / LANGUAGE_STRINGS).glob("*.html")):
        if path.is_symlink() or not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        today = language_strings(path.stem)
        if today is not None and text != today and text == language_strings(path.stem, former=True):
            found[path.relative_to(root).as_posix()] = today
    return found


WORKFLOW = ".github/workflows/publish.yml"
_CRON = re.compile(r'^(?P<indent>[ \t]*)- cron: "(?P<cron>[^"]*)"(?P<comment>[^\n]*)$', re.M)
_GENERATORS = "  # every day at "  # how the generator's own schedule line goes on (init.daily_line)


def rescheduled(workflow: str, time_zone: str) -> str | None:
    """`workflow` (a site's publishing workflow) with the daily job's schedule the generator wrote moved to soon after
    midnight in the company's time zone (`init.daily_line`), or None where it is there already, or is the site's own
    (a line the generator did not write is never rewritten: `schedule_note` says it). History 26: a site given
    `time_zone: America/New_York` after `policy init` kept its 04:23 UTC job, 23:23 the evening before in New York:
    `latest` moved onto a version a whole day after it took effect."""
    from policysite.init import daily_line

    lines = list(_CRON.finditer(workflow))
    if len(lines) != 1 or not lines[0]["comment"].startswith(_GENERATORS):
        return None
    line = lines[0]
    wanted = line["indent"] + daily_line(time_zone)
    return None if line.group() == wanted else workflow[:line.start()] + wanted + workflow[line.end():]


def daily_said(time_zone: str) -> str:
    """When the generator's daily job runs, in words: `at 23:23 UTC, 00:23 in Europe/Paris (standard time)`."""
    from policysite.init import daily_run

    hour, minute = daily_run(time_zone)
    return messages.Said("upgrade.daily/zone" if time_zone else "upgrade.daily", time=f"{hour:02d}:{minute:02d}",
                         zone=time_zone)


def _late_runs(cron: str, time_zone: str) -> list[str]:
    """The times, in winter and in summer, a daily `cron` (GitHub's, in UTC) runs in the company's time zone (else
    UTC) that are more than three hours after midnight there, the instant a version takes effect; [] if none is,
    or the schedule is not one fixed time a day."""
    return [time for time in _runs(cron, time_zone) if int(time[:2]) * 60 + int(time[3:]) > 180]


def _runs(cron: str, time_zone: str) -> list[str]:
    """The times a daily `cron` (in UTC) runs in `time_zone` (else UTC), `HH:MM`, in winter then in summer where they
    differ; [] if it is not one fixed time a day."""
    from policysite import clock

    fields = cron.split()
    if len(fields) != 5 or not all(f.isdigit() for f in fields[:2]) or fields[2:] != ["*", "*", "*"]:
        return []
    zone = clock.zone_named(time_zone)
    year = clock.today().year
    runs: list[str] = []
    for month in (1, 7):  # winter and summer
        run = dt.datetime(year, month, 15, int(fields[1]), int(fields[0]), tzinfo=dt.UTC).astimezone(zone)
        if f"{run:%H:%M}" not in runs:
            runs.append(f"{run:%H:%M}")
    return runs


def schedule_note(workflow: str, time_zone: str) -> str | None:
    """A sentence where the site's own daily schedule (not the generator's line) runs long after midnight in the
    company's time zone, so that `latest` moves hours, or a day, after a version takes effect; None otherwise."""
    from policysite.init import daily_line

    lines = list(_CRON.finditer(workflow))
    if len(lines) != 1 or lines[0]["comment"].startswith(_GENERATORS):
        return None
    late = _late_runs(lines[0]["cron"], time_zone)
    if not late:
        return None
    return messages.Said(f"upgrade.late-schedule{'/two' if len(late) > 1 else ''}{'/zone' if time_zone else ''}",
                         workflow=WORKFLOW, cron=lines[0]["cron"], first=late[0], second=late[-1], zone=time_zone,
                         line=daily_line(time_zone))


class LateSchedule(NamedTuple):
    """A daily job that runs hours after the company's midnight: its line in the workflow, its cron, when it runs
    there, whether the generator wrote it (`policy upgrade` moves it) and the line that would run soon after."""

    line: int
    cron: str
    runs: list[str]
    generators: bool
    wanted: str


def late_schedule(workflow: str, time_zone: str) -> LateSchedule | None:
    """The publishing workflow's daily job where it runs hours after midnight in `time_zone` (else UTC), which
    `policy check` says: a site given `time_zone` by hand after `policy init` kept its 04:23 UTC job (23:23 the
    evening before in New York) until someone ran `policy upgrade`, and nothing told them (texts 27)."""
    from policysite.init import daily_line

    lines = list(_CRON.finditer(workflow))
    if len(lines) != 1:
        return None
    line = lines[0]
    generators = line["comment"].startswith(_GENERATORS)
    # The generator's line, written for another zone (or none), or the site's own line where the site names a zone
    # (without one, its UTC time is the site's choice, as 04:23 is the generator's).
    late = _late_runs(line["cron"], time_zone) \
        if (rescheduled(workflow, time_zone) is not None if generators else bool(time_zone)) else []
    if not late:
        return None
    return LateSchedule(workflow.count("\n", 0, line.start()) + 1, line["cron"], late, generators,
                        daily_line(time_zone).removeprefix("- "))


def upgrade(root: Path, source: Path | None = None, *, time_zone: str | None = None,
            authoritative: str = "") -> list[tuple[str, str]]:
    """Write each stale generator file into the site, and remove the scripts and templates it does not have; render
    anew the Makefile and workflows an earlier `policy init` wrote, where they are still as it wrote them
    (`generated.brought`; a file the company edited is kept: `generated.brought` says it); move the daily job the
    generator scheduled to soon after midnight in the company's `time_zone` (`rescheduled`; None: the site's
    settings could not be read, the schedule is left):
    (path, "added" | "updated" | "removed" | "regenerated" | "rescheduled"), in path order."""
    source = source or generator_root()
    if Path(root).resolve() == source.resolve():
        return []  # the generator's own tree: its files are the generator's
    found = stale(root, source)
    gone = dropped(root, source)
    strings_today = restrung(root)
    regenerated = {item.path: item.text for item in generated.brought(root, time_zone=time_zone or "",
                                                                      authoritative=authoritative)
                   if item.text is not None}
    workflow = Path(root) / WORKFLOW
    moved = rescheduled(regenerated.get(WORKFLOW) or workflow.read_text(encoding="utf-8"), time_zone) \
        if time_zone is not None and workflow.is_file() and not workflow.is_symlink() else None
    repo = git.open_repo(root)
    status = git.run(repo, "status", "--porcelain", "--untracked-files=all", "--", *FOLDERS, *regenerated,
                     *([WORKFLOW] if moved is not None else [])).splitlines()
    changed = [rel for rel in (line[3:] for line in status)
               if rel in found or rel in gone or rel == WORKFLOW or rel in regenerated or rel in strings_today]
    if changed:  # what it would replace is not in git yet
        raise UpgradeError(messages.Said("upgrade.uncommitted", count=len(changed),
                                         paths=f"{', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}"))
    files = generator_files(source)
    done: list[tuple[str, str]] = []
    before: dict[Path, bytes | None] = {}  # each file written, as it was: a failed upgrade puts them back
    try:
        for rel in found:
            path = Path(root) / rel
            if path.is_symlink() or (path.exists() and not path.is_file()):
                raise UpgradeError(messages.Said("upgrade.not-a-file", path=rel))
            _refuse_linked(root, path)
            before[path] = path.read_bytes() if path.exists() else None
            done.append((rel, "updated" if path.exists() else "added"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[rel])
        for rel in gone:
            path = Path(root) / rel
            _refuse_linked(root, path)  # (history hunt 33: it removed the scripts of the folder `overrides` linked to)
            before[path] = path.read_bytes()
            done.append((rel, "removed"))
            path.unlink()
        for rel, text, how in [*((rel, text, "regenerated") for rel, text in regenerated.items()),
                               *((rel, text, "updated") for rel, text in strings_today.items())]:
            path = Path(root) / rel
            _refuse_linked(root, path)
            before[path] = path.read_bytes()
            done.append((rel, how))
            path.write_text(text, encoding="utf-8")
        if moved is not None:
            _refuse_linked(root, workflow)
            before.setdefault(workflow, workflow.read_bytes())
            done.append((WORKFLOW, "rescheduled"))
            workflow.write_text(moved, encoding="utf-8")
    except (UpgradeError, OSError) as exc:
        for path, data in before.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)
        raise UpgradeError(messages.Said("upgrade.nothing-written", error=messages.text_of(exc))) from None
    return sorted(done)


def _refuse_linked(root: Path, path: Path) -> None:
    """A file of the site reached through a folder that is a link: it would be written or removed where the link goes,
    outside what git keeps (security hunt 20)."""
    linked = next((parent for parent in path.relative_to(root).parents if (Path(root) / parent).is_symlink()), None)
    if linked is not None:
        raise UpgradeError(messages.Said("upgrade.linked", path=linked.as_posix()))


def refusal(commit: str, refused: list[str], root: Path) -> str:
    """The message of a refused configuration (that of `commit`, else the working tree's), a `Said` each language
    says, each problem in its words: first, where the site's hooks
    or theme files are not this generator's, that `policy upgrade` brings them; then each problem once, on a line of
    its own, after the configuration files that have it (hunt 41: after a move to a newer generator, one line of some
    6,000 characters listed each file twice, in mkdocs.yml and in mkdocs.en.yml, and named `policy upgrade` last)."""
    said = hint(root) if any(("overrides/" in line or "hooks" in line) and not _of_shape(line) for line in refused) \
        else ""
    grouped: dict[str, tuple[object, list[str]]] = {}  # by its English words: the problem, and the files that have it
    for line in refused:
        if isinstance(line, messages.Said) and line.key == "said.prefixed":
            name, sep, problem = str(line.fields["name"]), ": ", line.fields["text"]
        else:
            name, sep, problem = line.partition(": ")
        if sep and _CONFIG_FILE.fullmatch(name):
            names = grouped.setdefault(str(problem), (problem, []))[1]
            names += [name] if name not in names else []  # (what mkdocs.en.yml INHERITs: at mkdocs.yml's line)
        else:
            grouped.setdefault(str(line), (line, []))
    lines = [messages.Said("config.refusal-line", names=", ".join(names), problem=problem) if names else
             messages.Said("config.refusal-line/alone", problem=problem) for problem, names in grouped.values()]
    what = messages.Said("config.refusal/at", commit=commit[:7]) if commit else messages.Said(
        "config.refusal/working-tree")
    return messages.Said("config.refusal", what=what, hint=said, lines=lines)


# The refusals of a setting's shape, not of a file: `hooks: hooks/policy.py` (no list) or `hooks: []`. The snapshot a
# publication builds from then holds no hook, which `hint` took for "the generator's hooks/policy.py differs" and
# said `policy upgrade` would bring it (safety88's note; safety90).
_SHAPE = frozenset({"config.kind", "config.hook-missing"})


def _of_shape(line: str) -> bool:
    """Whether a refused line says a setting's shape (_SHAPE) rather than a file's bytes."""
    problem = line.fields["text"] if isinstance(line, messages.Said) and line.key == "said.prefixed" else line
    return isinstance(problem, messages.Said) and problem.key in _SHAPE


_CONFIG_FILE = re.compile(r"mkdocs(?:\.[\w-]+)?\.ya?ml(?::\d+)?")  # (at the line of a setting)


def hint(root: Path) -> str:
    """A sentence for a refused configuration, where the site's hooks or theme files are not this generator's."""
    try:
        found = stale(root)
    except (InitError, OSError):
        return ""
    return messages.Said("config.refusal-hint", count=len(found),
                         files=", ".join(found[:3]) + (" …" if len(found) > 3 else "")) if found else ""
