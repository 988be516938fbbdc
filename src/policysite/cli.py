"""The `policy` command: parse arguments, dispatch to one function per subcommand, and turn errors into
`error: …` lines with the exit codes of one table (README: "Exit codes")."""
from __future__ import annotations

import sys

try:  # a Ctrl-C while Python reads the command's modules (its first half second) ended in a traceback (safety90)
    import argparse
    import contextlib
    import errno
    import json
    import os
    import signal
    import threading
    from collections.abc import Callable
    from pathlib import Path

    from policysite import arguments, clock, messages
    from policysite.findings import visible
except KeyboardInterrupt:
    print("error: interrupted", file=sys.stderr)  # (no catalogue read yet, nor can one be before a second Ctrl-C)
    raise SystemExit(130) from None

OK, REFUSED, USAGE = 0, 1, 2  # done; findings, a refusal or a failure; bad usage, settings or names


def _exit_codes() -> tuple[tuple[type[BaseException], int], ...]:
    """Each kind of error and its exit code, most specific first: the one table the command uses."""
    from mkdocs.exceptions import MkDocsException

    from policysite import errors, gate, git, manifest, sides, source
    from policysite.background import CheckError
    from policysite.build import RootPageRefused
    from policysite.init import InitError
    from policysite.settings import SettingsError
    from policysite.upgrade import UpgradeError

    return ((SettingsError, USAGE), (InitError, USAGE), (sides.SideError, USAGE), (errors.PublishError, REFUSED),
            (UpgradeError, REFUSED),
            (errors.ImportRefused, REFUSED), (gate.GateError, REFUSED), (source.SourceError, REFUSED),
            (manifest.ManifestError, REFUSED),
            (git.GitError, REFUSED), (MkDocsException, REFUSED), (CheckError, REFUSED), (RootPageRefused, REFUSED),
            (OSError, REFUSED),
            (ValueError, USAGE))


def error_of(exc: Exception) -> tuple[str, int]:
    """What the `error:` line of `exc` says, and the exit code: a known error's own words (the table; no class name, a
    reader needs the words), an unforeseen one's with Python's name of it, kept for the report (the last net: no
    input may end in a traceback)."""
    code = next((code for kind, code in _exit_codes() if isinstance(exc, kind)), None)
    if isinstance(exc, OSError) and exc.errno in _FULL and not isinstance(messages.text_of(exc), messages.Said):
        # a full disk (or a quota, or a limit on a file's size) said "[Errno 28] No space left on device" alone, in
        # Python's English, naming neither the folder nor what to do (safety90)
        import tempfile

        said = (exc.strerror or str(exc)) + (f": '{exc.filename}'" if exc.filename else "")  # (the file, if known)
        return messages.Said("cli.disk-full", reason=messages.detail("Python", said),
                             temporary=tempfile.gettempdir()), REFUSED
    if code is None:
        detail = messages.detail("Python", f"{type(exc).__name__}: {messages.text_of(exc)}")
        return messages.Said("cli.unexpected", detail=detail), USAGE
    return messages.text_of(exc), code


# What a full disk, a quota reached or a file grown past the size the system allows raise (ENOSPC, EDQUOT, EFBIG)
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


class Terminated(BaseException):
    """SIGTERM: the command stopped from outside (a cancelled CI job, `kill`), ended as a Ctrl-C ends it."""


def _terminated(_signum, _frame) -> None:
    raise Terminated


def _time_zone(root: Path) -> str:
    """The company's time zone its settings name ("": UTC, or settings the command itself reads and says wrong)."""
    from policysite import settings as policy_settings

    try:
        return policy_settings.load(root).time_zone
    except policy_settings.SettingsError:  # a missing or broken mkdocs.yml: the command says so, in its own terms
        return ""


# The commands that say the messages are in English where the site's language has none (messages.fallback): those a
# team runs first, `make import`, and `make check`, with which `make build`, `make serve` and `make preview` start
# (company16: `make build` said it three times, once by each command it runs).
FALLBACK_SAID = frozenset({"check", "import"})


def main(argv: list[str] | None = None) -> int:
    """`policy …`: never a traceback; an unforeseen failure is one `error:` line too (exit 2)."""
    given = sys.argv[1:] if argv is None else argv
    try:
        return _main(argv, given)
    except KeyboardInterrupt:  # a Ctrl-C before the command ran (its arguments read, its folder found): Python's
        # traceback, some 30 lines ending in argparse's (safety90); the command's own are said in _main
        print(f"error: {_said_early(messages.Said('cli.interrupted'), given)}", file=sys.stderr)
        return 130


def _said_early(text: messages.Said, given: list[str]) -> str:
    """`text` in the language the command's messages are said in, read from its arguments alone (English where even
    that cannot be read: a second Ctrl-C)."""
    try:
        lang = arguments.language(given, lambda: project_root(Path.cwd()))
    except (KeyboardInterrupt, Exception):
        lang = messages.DEFAULT
    return messages.said_in(text, lang)


def _main(argv: list[str] | None, given: list[str]) -> int:
    """main's work, from reading the arguments to the command's exit code."""
    if argv is None:  # the `policy` script: the process is the command's (collector)
        from policysite import collector

        collector.for_command()
    parser = _parser()
    with arguments.said_in(lambda: arguments.language(given, lambda: project_root(Path.cwd()))):
        args = parser.parse_args(given)
    if not args.root:
        try:
            here = Path.cwd()
        except FileNotFoundError:  # the folder the shell is in was deleted (or moved) since: Python's traceback
            try:  # no site's setting can be read: the language --messages or $POLICY_MESSAGES names, else English
                lang = messages.choose(option=getattr(args, "messages", None))
            except messages.MessagesError:
                lang = messages.DEFAULT
            print(f"error: {messages.said_in(messages.Said('cli.no-folder'), lang)}", file=sys.stderr)
            return USAGE
        args.root = str(project_root(here))
    if args.command in FALLBACK_SAID \
            and (fallen := messages.fallen_back(Path(args.root), option=getattr(args, "messages", None))) \
            and not _told_before(Path(args.root), fallen):
        print(f"note: {messages.english('messages.fallback', {'lang': fallen, 'languages': messages.LANGUAGES})}",
              file=sys.stderr)
    # SIGTERM ended the command at once, without a word, its temporary folders (the versions' built sites) left
    # behind at each cancelled run (history hunt 23): it unwinds as a Ctrl-C does.
    handled = threading.current_thread() is threading.main_thread()  # (only there can a handler be set)
    previous = signal.signal(signal.SIGTERM, _terminated) if handled else None
    try:
        if args.messages:  # a language without messages refused before the command does anything, whichever it is
            messages.known(args.messages, where="--messages")
        with clock.company_zone(_time_zone(Path(args.root))), _one_reading(args.command):
            return COMMANDS[args.command](args, Path(args.root))
    except KeyboardInterrupt:
        print(f"error: {_said(messages.Said('cli.interrupted'), args)}", file=sys.stderr)
        return 130
    except Terminated:
        print(f"error: {_said(messages.Said('cli.terminated'), args)}", file=sys.stderr)
        return 128 + signal.SIGTERM
    except BrokenPipeError:  # its reader stopped reading (`policy check | head`): as Unix tools, said nothing
        _quiet_closed_output()
        return 128 + signal.SIGPIPE
    except Exception as exc:
        said, code = error_of(exc)
        print(f"error: {visible(_said(said, args))}", file=sys.stderr)
        return code
    finally:
        if handled:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _told_before(root: Path, lang: str) -> bool:
    """Whether this clone's team was told already that the messages are in English for want of `lang`'s: every
    command said it, the note before each check's findings (session 49); once a clone is enough, recorded beside the
    findings' cache in git's folder (a folder outside git, or one that cannot be written: said each time)."""
    from policysite import told

    return told.told_before(root, FALLBACK_TOLD, lang)


def _said(text: str, args: argparse.Namespace) -> str:
    """An error's text in the language the project's messages are said in (`--messages`, $POLICY_MESSAGES, the
    setting, the authoritative language): a `Said` in its catalogue's words, any other text as written."""
    if not isinstance(text, messages.Said):
        return text
    try:
        lang = messages.for_project(Path(args.root), option=getattr(args, "messages", None))
    except (messages.MessagesError, OSError, ValueError):  # (a language without messages: said in English)
        lang = messages.DEFAULT
    return messages.said_in(text, lang)


def _quiet_closed_output() -> None:
    """Where the command's standard output is a pipe its reader closed, what is left to print goes nowhere (Python
    would say so again when it flushes at exit)."""
    import select

    try:
        poll = select.poll()
        poll.register(sys.stdout.fileno(), select.POLLOUT)
        closed = any(events & select.POLLERR for _fd, events in poll.poll(0))  # a pipe whose reader is gone
    except (OSError, ValueError):
        return
    if closed:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


# --- the commands -----------------------------------------------------------------------------

def check(args: argparse.Namespace, root: Path) -> int:
    """`policy check`: one line per finding (or JSON); 1 when there are findings."""
    from policysite import checks
    from policysite.findings import blocking

    if args.configuration:  # `make preview`: the working tree's hooks and theme run in `mkdocs serve`
        refused = _refused_configuration(root)
        if refused:
            print("error: " + visible(_refusal(root, refused, args.messages)), file=sys.stderr)
        return REFUSED if refused else OK
    lang = messages.for_project(root, option=args.messages)
    findings = checks.check_project(root=root, langs=args.lang)
    errors = blocking(findings)
    if args.format == "json":  # the same keys in every language: the message is said in `lang`
        print(json.dumps([f.in_language(lang).as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(finding.annotation(lang) if args.format == "github" else finding.said(lang))
        # a clean check says so (it said nothing: a legal team read silence as the command not having run)
        print(check_summary(len(errors), len(findings) - len(errors), lang=lang) if findings else
              _say("check.clean", lang), file=sys.stderr)
    return REFUSED if errors else OK


def check_summary(errors: int, warnings: int, *, lang: str = messages.DEFAULT) -> str:
    """`policy check`'s last line: how many findings fail the check and how many warnings do not ("10 finding(s), 1
    warning(s), which do not fail the check" read as if the ten did not either: words 25), said in `lang`."""
    said = [_say("check.errors", lang, errors=errors)] if errors else []
    if warnings:
        said.append(_say("check.warnings/after" if errors else "check.warnings", lang, warnings=warnings))
    return _say("check.join", lang).join(said)


def _say(key: str, lang: str, **fields: object) -> str:
    """A message of the catalogues in `lang`, else in English."""
    return messages.say(key, fields, lang) or messages.english(key, fields)


def sync_mark(args: argparse.Namespace, root: Path) -> int:
    """`policy sync-mark LANG SECTION…`: record sections of a translation as in line."""
    from policysite import checks

    lang = _language(root, args.messages)
    if not args.all and not args.sections:
        print(f"error: {_say('sync-mark.needs', lang)}", file=sys.stderr)
        return USAGE
    for path, numbers in checks.mark_in_line(root=root, lang=args.lang, numbers=None if args.all else args.sections,
                                             document=_document(args)):
        print(_say("sync-mark.marked", lang, path=path, count=len(numbers), numbers=", ".join(numbers)))
    return OK


def words(args: argparse.Namespace, root: Path) -> int:
    """`policy words --prune`: drop the word-list entries that no text uses."""
    from policysite import checks

    lang = _language(root, args.messages)
    if not args.prune:
        print(f"error: {_say('words.needs', lang)}", file=sys.stderr)
        return USAGE
    for path, removed in checks.prune_words(root=root, langs=args.lang):
        print(_say("words.pruned" if removed else "words.pruned/none", lang, path=path, count=len(removed),
                   words=", ".join(removed)))
    return OK


def import_(args: argparse.Namespace, root: Path) -> int:
    """`policy import --lang L SOURCE…`: earlier texts, dated by their file names, committed oldest first."""
    from policysite import importer

    lang = _language(root, args.messages)
    report = importer.run(root=root, lang=args.lang, paths=[Path(p).expanduser() for p in args.sources],
                          document=args.document, say=lambda line: print(visible(messages.said_in(line, lang))),
                          from_git=args.git, ref=args.ref or "", new_document=args.new_document)
    print(_say("import.done" if report.commits else "import.done/nothing", lang, count=len(report.commits)))
    if report.refused:
        refused = visible(", ".join(report.refused))
        print(f"error: {_say('import.refused', lang, count=len(report.refused), names=refused)}", file=sys.stderr)
        return REFUSED
    return OK


def build(args: argparse.Namespace, root: Path) -> int:
    """`policy build`: every language of the working tree into a folder (a preview, not a publication)."""
    from policysite.build import build_site

    refused = _refused_configuration(root)
    if refused:
        print("error: " + visible(_refusal(root, refused, args.messages)), file=sys.stderr)
        return REFUSED
    lang = _language(root, args.messages)
    for built in build_site(root=root, site_dir=Path(args.site_dir) if args.site_dir else Path(root) / "public"):
        print(_say("build.built", lang, path=str(built)))
    return OK


def _refusal(root: Path, refused: list[str], option: str | None = None) -> str:
    from policysite import upgrade

    return messages.said_in(upgrade.refusal("", refused, root), _language(root, option))


def _refused_configuration(root: Path) -> list[str]:
    """The working tree's configuration under the rules a publication's is (its hooks run while it builds)."""
    from policysite import config_rules, settings as policy_settings

    refused = []
    for config in sorted(Path(root).glob("mkdocs*.yml")):
        refused += [messages.prefixed(config.name, messages.Said("config.linked"))] \
            if config_rules.linked(root, config) else config_rules.problems(
                policy_settings.load_yaml(config), config_file=config.name, files=Path(root))
    return refused


def _project_file(root: Path, target: Path, settings) -> str:
    """Why `target` is the project's to keep ("" if it is not): in a language's docs folder (a page of the site, the
    policy itself), in .git, or a file git tracks (its configuration, hooks, a policy page of another document).
    `policy diff -o docs/en/index.md` wrote the redline over the English policy, uncommitted edits lost (archive hunt
    22)."""
    from policysite import git, settings as policy_settings

    where = target.resolve()
    for language in settings.languages:
        with contextlib.suppress(policy_settings.SettingsError):
            folder = policy_settings.docs_page(root, language, settings).parent.resolve()
            if where.is_relative_to(folder):
                return messages.Said("diff.output-in-docs", code=language.code)
    try:
        repo = git.open_repo(root)
        top = git.top(repo).resolve()
    except git.GitError:
        return ""
    if where.is_relative_to(git.git_dir(repo).resolve()):
        return messages.Said("diff.output-in-git")
    if where.is_relative_to(top) and git.run(repo, "ls-files", "--", str(where.relative_to(top))).strip():
        return messages.Said("diff.output-tracked")
    return ""


def _write_output(output: str, data: bytes, *, root: Path | None = None, settings=None,
                  example: str = "redline.docx", option: str | None = None) -> int:
    """The redline written into `output` (-o), or an error line saying why it cannot be, in words (legal hunt 36:
    "error: [Errno 21] Is a directory: '…'"); never over the project's own files (`root`, `settings`)."""
    target = Path(output)
    if root is not None and settings is not None and (why := _project_file(root, target, settings)):
        said = messages.Said("diff.output-project", output=output, why=why)
    elif target.is_dir():
        said = messages.Said("diff.output-folder", output=output, example=str(target / example))
    elif not target.parent.is_dir():
        # (a file where a folder of the path should be: "does not exist: create it first" of a file that exists)
        blocking = next((folder for folder in target.parents if folder.exists()), None)
        said = messages.Said("diff.output-under-file", output=output, file=str(blocking)) \
            if blocking is not None and not blocking.is_dir() else \
            messages.Said("diff.output-parent", parent=str(target.parent))
    else:
        try:
            target.write_bytes(data)
            return OK
        except OSError as exc:
            said = messages.Said("diff.output-failed", output=output, reason=(exc.strerror or str(exc)).lower())
    told = _language(root, option) if root is not None else messages.DEFAULT
    print(f"error: {visible(messages.said_in(said, told))}", file=sys.stderr)
    return USAGE


def _stale_date(result, *, today) -> str:
    """The edited text compared with a published version and dated on or before it: publishing it is refused (legal
    hunt 36: the pull request's redline said nothing, the merge's publication failed). Dated before a version announced
    ahead and still to come, that this takes nothing back (legal17: the text in force put back, to withdraw the
    announced change, was said "refused", and once merged `publish` had "nothing to publish" while the announced
    version took effect all the same)."""
    old, new = result.old_date, result.new_date
    if not (result.new_edited and not result.old_edited and result.changed and old and new and new <= old):
        return ""
    if new < old and old > today:
        return messages.Said("diff.stale/announced", new=new.isoformat(), old=old.isoformat())
    return messages.Said("diff.stale", new=new.isoformat(), old=old.isoformat())


def _redated(result, *, today) -> str:
    """The edited text with the words of the version it is compared with under a later date: what publishing it
    would make the archive say (texts 27: the pull request's redline said the texts were the same, not that the merge
    would publish a version whose changes say none). Compared with a version published ahead and still to come, that
    it would not postpone it (legal17: the pull request moving an announced date said only "No change in the text.";
    `publish` said, once merged, that the announced version takes effect on its date all the same)."""
    old, new = result.old_date, result.new_date
    if not (result.new_edited and not result.old_edited and old and new and new > old):
        return ""
    if old > today:
        import datetime as dt

        return messages.Said("diff.not-postponed", new=new.isoformat(), old=old.isoformat(),
                             eve=(new - dt.timedelta(days=1)).isoformat())
    return messages.Said("diff.redated", new=new.isoformat())


def _changed_elsewhere(args: argparse.Namespace, *, root: Path, languages: list[str], lang: str) -> list[str]:
    """The site's other languages whose text differs between the two versions `diff` compares in `lang` (one a version
    lacks included): a translation corrected under a new date, French unchanged, was said to "not postpone the version
    published ahead", as if nothing had changed (legal23). A language that cannot be read is not named (`policy
    check` says why)."""
    from policysite import sides

    out = []
    for code in languages:
        if code == lang:
            continue
        try:
            changed = sides.compare(args.old, args.new, root=root, lang=code, branch=args.branch,
                                    doc=_document(args)).changed
        except sides.NoPage:
            changed = True
        except sides.SideError:
            changed = False
        if changed:
            out.append(code)
    return out


def _spelling_only(result) -> messages.Said | None:
    """What a redline correcting spelling alone says in plain words, each word named (redline.typos: the pull
    request's summary of a typo corrected read "1 changed", as a change of wording would, legal21); None otherwise."""
    from policysite.redline import typos

    words = typos.corrected(result)
    if not words:
        return None
    return messages.Said("diff.spelling-only" + ("" if result.editorial else "/material"), count=len(words),
                         words=[messages.Said("diff.spelling-only/word", section=section, old=old, new=new)
                                for section, old, new in words])


def _punctuation_only(result) -> messages.Said | None:
    """What a redline changing punctuation alone says in plain words, each sign with the words around it (redline.
    punctuation: a comma added read "1 changed", to be found among the words); not said editorial, as a spelling
    corrected is: a comma can change what a sentence obliges, so the team is told to read it (legal29). None
    otherwise."""
    from policysite.redline import punctuation

    found = punctuation.changed(result)
    if not found:
        return None
    return messages.Said("diff.punctuation-only" + ("" if result.editorial else "/material"), count=len(found),
                         signs=[messages.Said("diff.punctuation-only/one", section=section, old=old, new=new)
                                for section, old, new in found])


def _figures_changed(result) -> messages.Said | None:
    """The numbers a redline changes inside its sentences, each with the words around it, in plain words (redline.
    figures: `30 jours` → `60 jours` was said "1 changed", its digits struck among the words, legal28); None where it
    changes none."""
    from policysite.redline import figures

    return _each_changed("diff.figures", "figures", figures.changed(result))


def _links_changed(result) -> messages.Said | None:
    """The link addresses a redline changes, each the one it had and the one it has (redline.targets: the same words
    leading elsewhere were said "1 changed", legal28); None where it changes none."""
    from policysite.redline import targets

    return _each_changed("diff.links", "links", targets.changed(result))


def _each_changed(key: str, field: str, found) -> messages.Said | None:
    """`key`'s message over each (section, old, new) `found`, as `key/one`; None where none was found."""
    if not found:
        return None
    return messages.Said(key, count=len(found), **{field: [messages.Said(f"{key}/one", section=section, old=old,
                                                                         new=new) for section, old, new in found]})


def _site_name(root: Path, settings, lang: str) -> str:
    """The name a redline's PDF and Word document give the site: its language's `site_name`, else the company."""
    from policysite import settings as policy_settings

    config = policy_settings.load_yaml(root / settings.language(lang).config_file) \
        if any(language.code == lang for language in settings.languages) else {}
    return str(config.get("site_name") or settings.company)


def _redline_pdf(args: argparse.Namespace, result, *, root: Path, settings, lang: str, told: str) -> int:
    """`--format pdf`: the redline printed as the versions' PDFs are, into -o FILE; an `error:` line where the engine
    cannot print it."""
    from policysite import git, pdf, typeset
    from policysite.redline.pdf import kept_in, printed

    site = _site_name(root, settings, lang)
    try:
        kept = git.common_dir(root) / "policysite" / "redline-pdfs"
    except git.GitError:
        kept = None
    try:
        with kept_in(kept):
            data, note = printed(result, site=site, lang=lang, time_zone=settings.time_zone, author=settings.company,
                                 fonts=[str(root / folder) for folder in settings.pdf_fonts])
    except pdf.PdfUnavailable as exc:  # the version PDFs' advice (a rebuild) is not for it
        said = exc.args[0] if exc.args else None
        if isinstance(said, messages.Said) and said.key == "pdf.unavailable/script":  # its language, script, family
            fields = {k: v for k, v in said.fields.items() if k not in ("where", "setting")}
            print(f"error: {visible(messages.said_in(messages.Said('diff.pdf-failed/script', **fields), told))}",
                  file=sys.stderr)
            return REFUSED
        cause = exc.__cause__  # else the engine's own words
        reason = typeset.reason(cause) if isinstance(cause, typeset.TypesetError) else messages.text_of(exc)
        print(f"error: {visible(_say('diff.pdf-failed', told, reason=messages.said_in(reason, told)))}",
              file=sys.stderr)
        return REFUSED
    if note:  # a symbol no font draws (an emoji), drawn as □: named, the redline printed all the same
        _warn(visible(messages.said_in(note, told)), told)
    return _write_output(args.output, data, root=root, settings=settings, example="redline.pdf",
                         option=args.messages)


def diff(args: argparse.Namespace, root: Path) -> int:
    """`policy diff OLD NEW`: the redline on stdout or into -o FILE; identical versions say so on stderr."""
    from policysite import redline, settings as policy_settings, sides

    told = _language(root, args.messages)
    if args.format in ("docx", "pdf") and not args.output:
        print(f"error: {_say(f'diff.{args.format}-output', told)}", file=sys.stderr)
        return USAGE
    settings = policy_settings.load(root)
    lang = args.lang or settings.authoritative
    said: list[str] = []
    back: list[str] = []  # the earlier published version whose words the edited text brings back
    result = sides.compare(args.old, args.new, root=root, lang=lang, branch=args.branch, doc=_document(args),
                           said=said, back=back)
    _reading_note(root, args.branch, args.messages)
    if not result.changed:
        notes = result.notes
        # only the kinds found are counted: "3 whitespace changes only", never "and 0 formatting changes"
        kind = "notes" if notes.whitespace and notes.formatting else \
            "notes-whitespace" if notes.whitespace else "notes-formatting" if notes.formatting else ""
        extra = messages.Said(f"diff.same/{kind}", whitespace=notes.whitespace, formatting=notes.formatting) \
            if kind else ""
        # a heading's number written otherwise (`1.` become `I.`) is no word changed, but the redline shows it
        restyled = messages.Said("diff.same/restyled", count=result.restyled) if result.restyled else ""
        others = _changed_elsewhere(args, root=root, languages=[one.code for one in settings.languages], lang=lang)
        # another language changed: this version is published, its page in `lang` saying no change, no redating
        redated = messages.Said("diff.same/translated", others=others, code=others[0], language=lang) if others else \
            _redated(result, today=clock.today())
        same = _say("diff.same", told, old=args.old, new=args.new, language=lang, notes=extra, restyled=restyled,
                    redated=redated)
        if args.format == "markdown" and not result.restyled:  # a pull request's summary: its reviewer reads it there
            if args.output:  # (legal17: a language whose text had not changed was left out, its note in the log)
                return _write_output(args.output, f"{same}\n".encode(), root=root, settings=settings,
                                     option=args.messages)
            print(visible(f"{same}\n"))
            return OK
        print(same, file=sys.stderr)
        if args.format not in ("json", "docx", "pdf") and not result.restyled:
            return OK
    said[:0] = [stale] if (stale := _stale_date(result, today=clock.today())) else []
    for line in said:
        _warn(messages.said_in(line, told), told)
    spelt, punctuated = _spelling_only(result), _punctuation_only(result)
    figured, relinked = _figures_changed(result), _links_changed(result)
    # a text reverted to an earlier version's words: its redline shows changes like any other (legal29)
    brought = messages.Said("diff.brought-back", version=back[0]) if back else None
    for note in (brought, spelt, punctuated, figured, relinked):
        if note:
            print(f"note: {visible(messages.said_in(note, told))}", file=sys.stderr)
    if args.format == "docx":
        from policysite.redline.docx import render_docx

        return _write_output(args.output, render_docx(result, author=settings.company, lang=lang,
                                                             time_zone=settings.time_zone,
                                                             site=_site_name(root, settings, lang)), root=root,
                             settings=settings, option=args.messages)
    if args.format == "pdf":
        return _redline_pdf(args, result, root=root, settings=settings, lang=lang, told=told)
    if args.format == "json":
        text = json.dumps(redline.to_json(result), ensure_ascii=False, indent=1)
    elif args.format == "markdown":  # a pull request's summary: the reviewer reads the warning there
        text = "".join(_say("diff.warning", told, line=line) for line in said) + \
            "".join(_say("diff.note", told, line=note) for note in (brought, spelt, punctuated, figured, relinked)
                    if note) + \
            redline.render_markdown(result, lang=lang)
    elif args.format == "html":
        from jinja2 import Environment, FileSystemLoader

        from policysite.build import sandboxed
        from policysite.config_rules import generator_hooks, linked, own_file

        partial = Path(root) / "overrides" / "partials" / "redline.html"
        if linked(root, partial) or linked(root, Path(root) / "overrides"):
            print(f"error: {_say('diff.template-linked', told)}", file=sys.stderr)
            return REFUSED
        if partial.is_file() and generator_hooks() is not None \
                and not own_file(Path(root) / "overrides", "partials/redline.html"):
            # a pull request's template wrote its own words and script into the redline its reviewer opens, or left
            # out the sections it changed (security hunt 30); publishing refuses it as every template of the project's
            print(f"error: {_say('diff.template-own', told)}", file=sys.stderr)
            return REFUSED

        # As MkDocs' theme environment: no autoescape; the partial escapes every value itself. The working tree's
        # template is a pull request's text: rendered in the sandbox, as the build renders the project's own.
        env = sandboxed(Environment(loader=FileSystemLoader(str(root / "overrides"))))
        text = redline.render_html(result, env=env, lang=lang)
    else:
        color = not args.output and redline.wants_color(sys.stdout, environ=os.environ)  # a file gets no colour
        text = redline.render_text(result, color=color, lang=lang)
    if args.output:
        return _write_output(args.output, (text + "\n").encode("utf-8"), root=root, settings=settings,
                             option=args.messages)
    else:  # the text's control characters shown, not obeyed (the text format's own colours are its renderer's)
        print(text if args.format == "text" else visible(text))
    return OK


def publish(args: argparse.Namespace, root: Path) -> int:
    """`policy publish`: the current commit's policy as its dated version."""
    from policysite import errors, publish as operations

    lang = messages.for_project(root, option=args.messages)  # (a language without messages: nothing published)
    try:
        outcome = operations.publish(root=root, branch=args.branch, remote=args.remote, push=args.push,
                                     on_wait=_waiting(lang), document=args.document,
                                     from_branch=args.from_branch)
    except errors.RefusedError as exc:  # the version and its findings, in the legal team's words
        print(f"error: {visible(exc.refusal.said(lang))}", file=sys.stderr)
        return REFUSED
    return _outcome(outcome, lang=lang, root=root)


def history(args: argparse.Namespace, root: Path) -> int:
    """`policy history`: every dated version of git history that passes the gate; 1 if one was refused."""
    from policysite import publish as operations

    lang = messages.for_project(root, option=args.messages)  # (a language without messages: nothing published)
    return _outcome(operations.publish_history(root=root, branch=args.branch, remote=args.remote, push=args.push,
                                               on_wait=_waiting(lang), rebuild=args.rebuild, jobs=args.jobs,
                                               document=args.document, archive_only=args.archive_only,
                                               from_branch=args.from_branch,
                                               progress=_progress(lang) if sys.stderr.isatty() else None),
                    lang=lang, root=root)


def verify(args: argparse.Namespace, root: Path) -> int:
    """`policy verify`: every difference from what publishing wrote, one a line; 1 if any."""
    from policysite import verify as verification

    report = verification.verify(root=root, branch=args.branch, print_pdfs=args.print_pdfs)
    lang = _language(root, args.messages)
    for line in report.notes:
        print(f"note: {visible(messages.said_in(line, lang))}", file=sys.stderr)
    for line in report.problems:
        print(visible(messages.said_in(line, lang)))
    if report.problems:
        # not only files that differ from a manifest: a version removed, the branch's history rewritten, a manifest
        # edited with its files (legal hunt 36: "1 difference(s) from the manifest" of a PDF replaced with its digest)
        print(_say("verify.problems", lang, count=len(report.problems), branch=args.branch), file=sys.stderr)
        return REFUSED
    # a version a shallow clone could not rebuild: its pages are proven by nothing, and "every file is accounted for"
    # would be a proof the command never made (histories4: a depth-1 CI checkout verified 0 versions and exited 0)
    unproven = verification.unrebuilt(report, branch=args.branch)
    for line in unproven:
        print("error: " + visible(messages.said_in(line, lang)), file=sys.stderr)
    if unproven:
        return REFUSED
    print(messages.said_in(verification.said_ok(report, branch=args.branch), lang))
    return OK


def _language(root: Path, option: str | None = None) -> str:
    """The language a command says its lines in: `--messages` (`option`; one without messages is an error naming
    those there are), else English where $POLICY_MESSAGES or the setting names a language without messages (`policy
    check` says so)."""
    if option:
        return messages.for_project(root, option=option)
    try:
        return messages.for_project(root)
    except messages.MessagesError:
        return messages.DEFAULT


def at(args: argparse.Namespace, root: Path) -> int:
    """`policy at DAY [SECTION]`: the version in force that day and its URL (and the section's text); 1 if none was
    (or it had no such section)."""
    import dataclasses

    from policysite import at as in_force_on

    day, said = in_force_on.day_of(args.day)
    lang = _language(root, args.messages)
    section = args.section or args.section_option
    try:
        if section:  # (`policy at DAY s3`, `--section 7.3`: the section's text in force that day, under its address)
            found, text = in_force_on.section_in_force(root=root, day=day, section=section, lang=args.lang,
                                                       branch=args.branch, document=_document(args), proof=args.proof)
            print(dataclasses.replace(found, instant=said).said(lang) + "\n\n" + visible(text))
        else:
            print(dataclasses.replace(in_force_on.in_force(root=root, day=day, lang=args.lang, branch=args.branch,
                                                           document=_document(args), proof=args.proof),
                                      instant=said).said(lang))
    except Exception:
        if said:  # (the day an instant falls on, above the error saying nothing was in force that day)
            print(f"note: {messages.said_in(said, lang)}", file=sys.stderr)
        raise
    _reading_note(root, args.branch, args.messages)
    return OK


FALLBACK_TOLD = "messages-fallback"  # the language a clone's team was told has no messages (_told_before)
READING = frozenset({"at", "diff", "export", "verify"})  # commands that only read the repository: git.one_reading


def _one_reading(command: str) -> contextlib.AbstractContextManager:
    """A command that only reads the repository asks git once what it asks again (git.one_reading), its note on what it
    read (_reading_note) too; `policy check` imports no GitPython, nor the git module."""
    if command not in READING:
        return contextlib.nullcontext()
    from policysite import git

    return git.one_reading()


def _reading_note(root: Path, branch: str, option: str | None = None) -> None:
    """What a reading command read, when it is not the local branch as it stands (branch.reading)."""
    from policysite import branch as branch_state, git

    read = branch_state.reading(git.open_repo(Path(root).resolve()), branch)
    if read is not None and read.note:
        print(f"note: {messages.said_in(read.note, _language(root, option))}", file=sys.stderr)


def export(args: argparse.Namespace, root: Path) -> int:
    """`policy export`: the branch as served, into a new folder or a previous export."""
    from policysite import export_site

    target = export_site.export(root=root, branch=args.branch,
                                site_dir=Path(args.site_dir) if args.site_dir else Path(root) / "public")
    print(_say("export.done", _language(root, args.messages), branch=args.branch, target=str(target)))
    _reading_note(root, args.branch, args.messages)
    return OK


def upgrade(args: argparse.Namespace, root: Path) -> int:
    """`policy upgrade`: the generator's hooks and theme files into a site an earlier generator made."""
    from policysite import generated, settings as policy_settings, upgrade as upgrading

    authoritative = ""
    try:
        site = policy_settings.load(root)
        zone: str | None = site.time_zone
        authoritative = site.authoritative
    except policy_settings.SettingsError:  # settings it cannot read: the schedule is left as it is, not moved to UTC
        zone = None
    done = upgrading.upgrade(root, time_zone=zone, authoritative=authoritative)
    lang = _language(root, args.messages)
    for rel, how in done:
        print(_say(f"upgrade.{how}", lang, path=rel, when=upgrading.daily_said(zone or "")))
    for kept in generated.brought(root, time_zone=zone or "", authoritative=authoritative):
        if kept.note is not None:  # a Makefile or workflow the company edited: what differs from today's
            print(f"note: {messages.said_in(kept.note, lang)}", file=sys.stderr)
    themed = [rel for rel, how in done if how not in ("rescheduled", "regenerated")]
    print(_say("upgrade.themed", lang, count=len(themed)) if themed else
          _say("upgrade.current/generated" if any(how == "regenerated" for _rel, how in done) else
               "upgrade.current/schedule" if done else "upgrade.current", lang))
    workflow = root / upgrading.WORKFLOW
    if zone is not None and workflow.is_file() and \
            (note := upgrading.schedule_note(workflow.read_text(encoding="utf-8"), zone)):
        _warn(messages.said_in(note, lang), lang)
    if themed:  # the versions published before keep the earlier theme's pages, which verify judges by today's
        print(_say("upgrade.rebuild", lang))
    return OK


def init(args: argparse.Namespace, root: Path) -> int:
    """`policy init DIR`: a new git repository holding a policy site for a company; what it made and what next."""
    from policysite import init as new_site

    try:
        created = new_site.create(target=Path(args.dir), company=args.company, languages=args.languages, url=args.url,
                                  time_zone=args.time_zone or "", generator=args.generator, branch=args.branch,
                                  nested=args.nested, docs_dir=args.docs_dir)
    except new_site.InitError as exc:  # said in the language the new site's lines would be (there is no site yet)
        try:
            said = messages.choose(option=args.messages, authoritative=next(
                (code.strip() for code in args.languages.split(",") if code.strip()), ""))
        except messages.MessagesError:
            said = messages.DEFAULT
        print(f"error: {visible(messages.said_in(messages.text_of(exc), said))}", file=sys.stderr)
        return USAGE
    lang = _language(created.root, args.messages)
    for note in new_site.notes_for(list(created.languages), company=created.company):
        print(f"note: {messages.said_in(note, lang)}", file=sys.stderr)
    print("\n".join(messages.said_in(line, lang) for line in new_site.summary(created)))
    return OK


def languages(args: argparse.Namespace, root: Path) -> int:
    """`policy languages`: the site's language codes as its configuration has them now, the authoritative one first,
    on one line (the pull request workflow's loop: a language added after `policy init` is redlined too)."""
    from policysite import settings as policy_settings

    print(" ".join(language.code for language in policy_settings.load(root).languages))
    return OK


# `policy note NAME`: the pull request workflow's notes, in the site's language (legal17: in English whatever it was)
NOTES = {"redlines": "workflow.redlines", "unpublished": "workflow.unpublished"}


def note(args: argparse.Namespace, root: Path) -> int:
    """`policy note NAME`: one of the pull request workflow's notes to its summary, in the team's language."""
    print(_say(NOTES[args.name], _language(root, args.messages)))
    return OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "check": check, "sync-mark": sync_mark, "words": words, "import": import_, "build": build, "diff": diff,
    "publish": publish, "history": history, "verify": verify, "export": export, "at": at,
    "init": init, "upgrade": upgrade, "languages": languages, "note": note,
}


def _document(args: argparse.Namespace) -> str:
    """`--document ID` as the settings name it: the first document is also `""`."""
    from policysite import settings as policy_settings

    if not args.document:
        return ""
    site = policy_settings.load(args.root)
    first = site.all_documents[0].id
    return "" if args.document == first else args.document


def _warn(text: str, lang: str) -> None:
    """A warning on stderr, marked as `lang` marks a warning finding (`warning: `, `avertissement : `): the legal team
    reads it, and it fails nothing. An `error:` line keeps its English mark in every language: scripts and CI test it
    with the exit code (README: "Exit codes")."""
    print(f"{messages.say('finding.warning', {}, lang) or 'warning: '}{text}", file=sys.stderr)


def _waiting(lang: str) -> Callable[[Path], None]:
    """What a publication waiting for another's lock says, in `lang`."""
    return lambda path: print(_say("publish.waiting", lang, path=str(path)), file=sys.stderr)


def _progress(lang: str) -> Callable[[int, int, str, float], None]:
    """How far `policy history` is on a terminal, one line rewritten, in `lang`."""
    def said(n: int, total: int, version: str, elapsed: float) -> None:
        end = "\n" if n == total else ""
        line = _say("publish.progress", lang, n=n, total=total, version=version, elapsed=f"{elapsed:.1f}")
        print(f"\r\x1b[K{line}", end=end, file=sys.stderr, flush=True)
    return said


def _outcome(outcome, *, lang: str = messages.DEFAULT, root: Path | None = None) -> int:
    """What a publishing operation did, and every version the gate refused (exit 1 if any), its findings said in
    `lang`; a warning this clone (of `root`) was told already, of a kind said once (told.ONCE), not again."""
    from policysite import gate, told

    for line in told.unsaid(root, outcome.warnings, lang) if root is not None else outcome.warnings:
        _warn(visible(messages.said_in(line, lang)), lang)
    for line in outcome.messages:
        print(visible(messages.said_in(line, lang)))
    for refusal in outcome.refused:
        print(f"error: {visible(refusal.said(lang))}", file=sys.stderr)
    if outcome.refused:
        print("error: " + _say("refusal.summary", lang, count=len(outcome.refused), file=gate.EXCEPTIONS_FILE),
              file=sys.stderr)
        return REFUSED
    return OK


# --- the arguments ----------------------------------------------------------------------------

def _day(value: str):
    """A day as the command line gives it: strictly YYYY-MM-DD; or an instant with its offset (a complaint's or a
    consent record's time, `2024-02-28T23:30:00Z`), whose day `policy at` counts in the company's time zone."""
    import datetime as dt
    import re

    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", value):
            instant = dt.datetime.fromisoformat(value)
            if instant.tzinfo is None:
                raise argparse.ArgumentTypeError(arguments.said(messages.Said("at.day-offset", value=value)))
            return instant
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(arguments.said(messages.Said("at.day-invalid", value=value)))


def _section(value: str) -> str:
    """A section as `policy at` is asked for it: anything but blank (`policy at DAY ""` printed the whole version)."""
    if not value.strip().lstrip("#").lstrip("\u00a7").strip():
        raise argparse.ArgumentTypeError(arguments.said(messages.Said("at.section-blank", value=value)))
    return value


def _jobs(value: str) -> int:
    """A number of build processes: a whole number of 1 or more (0 or -1 were taken as one per core, or as 1)."""
    if value.strip().isdigit() and int(value) >= 1:
        return int(value)
    raise argparse.ArgumentTypeError(arguments.said(messages.Said("history.jobs-invalid", value=value)))


def project_root(here: Path) -> Path:
    """Where `policy` run from `here` finds the project: the nearest folder holding mkdocs.yml, `here` or above
    (as git finds its repository from a subfolder); `here` when none does."""
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return here


def _parser() -> argparse.ArgumentParser:
    parser = arguments.Parser(prog="policy", description="Check, build and publish the privacy policy site.")
    root_help = "project root holding mkdocs.yml (default: the nearest folder holding one, from here up; else .)"
    parser.add_argument("--root", help=root_help)
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check every language of the policy without building the site")
    check.add_argument("--format", choices=("text", "json", "github"), default="text",
                       help="github: each finding as an annotation GitHub shows on its line of the pull request "
                            "(the pull request workflow's check)")
    check.add_argument("--lang", action="append", help="only this language (repeatable); default: all")
    check.add_argument("--configuration", action="store_true",
                       help="only the configuration's rules (what `make preview` runs before `mkdocs serve`)")

    mark = sub.add_parser("sync-mark",
                          help="record that a translation's sections are in line with the authoritative text")
    mark.add_argument("lang", help="language of the translation, e.g. en")
    mark.add_argument("sections", nargs="*", help="section numbers, e.g. 7.3 15")
    mark.add_argument("--all", action="store_true", help="every section (after a full review)")
    mark.add_argument("-d", "--document", help="one of the site's documents, by its id (default: the first)")

    words = sub.add_parser("words", help="maintain the word lists (docs/<lang>/.words.txt)")
    words.add_argument("--prune", action="store_true", help="remove the entries no text uses")
    words.add_argument("--lang", action="append", help="only this language (repeatable); default: all")

    imports = sub.add_parser("import", help="commit a company's earlier texts, dated by their file names")
    imports.add_argument("--lang", required=True, help="language of the texts, e.g. fr")
    imports.add_argument("sources", nargs="+", help=(
        "files or folders whose names hold the date each text took effect (privacy-2021-02-17.html): Markdown "
        "(`.md .markdown .mdx .qmd .mdown .mkd .mkdn .markdoc .mdoc`), HTML (`.html .htm .xhtml .mhtml .mht`, and a "
        "page saved as `.php .phtml .asp .aspx .jsp .cfm .shtml`), Word (`.docx .docm .dotx .dotm`, and `.doc .rtf "
        ".wpd` through LibreOffice), OpenDocument (`.odt .fodt`), plain text (`.txt`), a site's data file (`.yml .yaml "
        ".json .toml`)"))
    imports.add_argument("--git", action="store_true",
                         help="the sources are files of an old site's git repository (~/old-site/privacy.md): "
                              "import each text its branch held, dated by the day the text says, else the day a tag "
                              "of it names (v2021-02-17), else its commit's")
    imports.add_argument("--ref", help="with --git: the branch, tag or commit whose history is read (default: the "
                                       "branch checked out), e.g. gh-pages for an old site's built pages")

    build = sub.add_parser("build", help="build every language into a deployable tree")
    build.add_argument("--site-dir", help="where to write the site (default: public/ in the project)")

    def document_option(command: argparse.ArgumentParser, *, every: bool = False) -> None:
        command.add_argument("-d", "--document", help="one of the site's documents, by its id in the site's "
                             "list of documents (`extra.policy.documents`; default: "
                             + ("every document)" if every else "the first)"))

    imports.add_argument("-d", "--document", help="the site's document these texts are of, by its id in "
                         "the site's list of documents (`extra.policy.documents`; needed where the site has several)")
    imports.add_argument("--new-document", action="store_true", help="with --document: a document the site does not "
                         "have yet (a cookie policy beside the privacy policy), declared in the site's list of "
                         "documents (`extra.policy.documents`: page <id>.md, titled as its newest text) in a commit of "
                         "its own")

    diff = sub.add_parser("diff", help="redline between two versions, each a date, `latest`, `newest` or `worktree`")
    diff.add_argument("old", help="a dated version (2021-02-17), latest (in force today), newest (the last published, "
                                  "announced ahead or not) or worktree")
    diff.add_argument("new", help="a dated version, latest, newest or worktree")
    diff.add_argument("--lang", help="language (default: the authoritative one)")
    diff.add_argument("--format", choices=("text", "html", "markdown", "json", "docx", "pdf"), default="text",
                      help="docx: a Word document with tracked changes, pdf: a PDF to file (insertions underlined, "
                           "deletions struck through), each written to -o FILE")
    diff.add_argument("-o", "--output", help="write the redline into this file (needed for docx and pdf)")
    diff.add_argument("-b", "--branch", default="gh-pages", help="branch of the archive (default: gh-pages)")
    document_option(diff)

    def branch_options(command: argparse.ArgumentParser, *, remote: bool = True) -> None:
        command.add_argument("-b", "--branch", default="gh-pages", help="branch of the archive (default: gh-pages)")
        if remote:
            command.add_argument("-r", "--remote", default="origin", help="remote to push to (default: origin)")
            command.add_argument("-p", "--push", action="store_true", help="push the branch to the remote")
            command.add_argument("--from", dest="from_branch", default="", metavar="BRANCH",
                                 help="publish from BRANCH on purpose (default: the publishing branch in "
                                      "mkdocs.yml, `extra.policy.publish_from`, else the remote's default branch, else "
                                      "main or master); from any other branch nothing is published")

    publish = sub.add_parser("publish", help="publish the current commit's policy as its dated version")
    branch_options(publish)
    document_option(publish, every=True)
    history = sub.add_parser("history", help="publish every dated version of git history not yet on the branch")
    branch_options(history)
    document_option(history, every=True)
    # one or the other: --archive-only with --rebuild was taken and rebuilt nothing, saying so in no word
    history_what = history.add_mutually_exclusive_group()
    history_what.add_argument("--rebuild", action="store_true", help="rebuild every dated version with today's theme")
    history.add_argument("-j", "--jobs", type=_jobs, default=None, help="build processes (default: one per core)")
    history_what.add_argument("--archive-only", action="store_true",
                              help="publish nothing: bring latest/, versions.json and the archive's pages up to today")
    verify = sub.add_parser("verify", help="re-check the published files against the publication record")
    branch_options(verify, remote=False)
    verify.add_argument("--print-pdfs", action="store_true",
                        help="print every rebuilt version's PDFs again, even those whose key is unchanged")
    at = sub.add_parser("at", help="the published version in force on a day, and its URL")
    at.add_argument("day", type=_day, help="a day, YYYY-MM-DD, or an instant with its offset, 2024-02-28T23:30:00Z "
                                          "(its day in the company's time zone)")
    at_section = at.add_mutually_exclusive_group()
    at_section.add_argument("section", nargs="?", type=_section,
                            help="a section, by its number or its link's id (7.3, s7-3): its text in force that day")
    at_section.add_argument("--section", dest="section_option", metavar="SECTION", type=_section,
                            help="the same as SECTION")
    at.add_argument("--lang", help="language (default: the authoritative one)")
    at.add_argument("--proof", action="store_true",
                    help="name what proves it: the text's source commit, the branch's files publishing it, each "
                         "against the fingerprint its publication record holds, and the branch's commit that added "
                         "that record")
    document_option(at)
    branch_options(at, remote=False)
    export = sub.add_parser("export", help="write the branch as it is served into a folder")
    branch_options(export, remote=False)
    export.add_argument("--site-dir", help="where to write the site (default: public/ in the project)")

    init = sub.add_parser("init", help="make a new git repository holding a policy site for a company")
    init.add_argument("dir", help="the new site's folder (new or empty)")
    init.add_argument("--company", required=True, help="the company's name, e.g. \"Example Ltd\"")
    init.add_argument("--docs-dir", help="the folder of the texts in the new site, a folder a language in it "
                                         "(default: docs, e.g. legal for legal/en/index.md)")
    init.add_argument("--languages", required=True,
                      help="language codes separated by commas, the authoritative one first, e.g. fr,en or de")
    init.add_argument("--time-zone", help="the company's time zone, in which a version takes effect at midnight on "
                                          "its date (an IANA name, e.g. Europe/Paris; default: UTC)")
    init.add_argument("--url", help="the address the site is served at (default: http://127.0.0.1:8000/, "
                                    "where make serve serves it; set the real one before publishing)")
    init.add_argument("--generator", help="the pip requirement the site's workflows install this generator from "
                                          "(POLICYSITE_SPEC), pinned: \"policysite @ git+https://<host>/<owner>/"
                                          "policysite@<tag>\" or a folder (default: empty, to set before publishing)")
    init.add_argument("--branch", help="the branch the text is committed on and published from, the repository's "
                                       "default (default: main)")
    init.add_argument("--nested", action="store_true", help="make the site's repository even inside another git "
                                                            "repository (a repository nested in it)")
    sub.add_parser("upgrade", help="bring this generator's hooks and theme files into a site an earlier one made")
    sub.add_parser("languages", help="print the site's language codes, the authoritative one first")
    said = sub.add_parser("note", help="print one of the pull request workflow's notes in the site's language")
    said.add_argument("name", choices=sorted(NOTES), help="redlines: where the Word redlines are; unpublished: no "
                                                          "published version to compare with")
    # every command that says something says it in the language --messages names (`policy diff … --messages fr` was
    # "unrecognized arguments": only check, publish and history had it)
    for command in sub.choices.values():  # `policy check --root DIR` as `policy --root DIR check`: options anywhere
        command.add_argument("--root", default=argparse.SUPPRESS, help=root_help)
        messages_option(command)
    return parser


def messages_option(command: argparse.ArgumentParser) -> None:
    """`--messages LANG`, the one definition every command takes (company9)."""
    command.add_argument("--messages", metavar="LANG",
                         help=f"the language the command's messages are said in ({', '.join(messages.LANGUAGES)}; "
                              f"default: ${messages.ENVIRONMENT}, else the site's messages setting, "
                              "`extra.policy.messages`, else the authoritative language's where there are messages in "
                              "it, else en)")


if __name__ == "__main__":
    sys.exit(main())
