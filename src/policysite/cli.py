"""The `policy` command: parse arguments, call an operation, turn errors into `error: …` lines."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policysite import checks
from policysite.settings import SettingsError


def main(argv: list[str] | None = None) -> int:
    """`policy …`: never a traceback; an unforeseen failure is one `error:` line too (exit 2)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last net: each known failure has its own message below
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="policy", description="Check, build and publish the privacy policy site.")
    parser.add_argument("--root", default=".", help="project root holding mkdocs.yml (default: .)")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check every language of the policy without building the site")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--lang", action="append", help="only this language (repeatable); default: all")

    mark = sub.add_parser("sync-mark",
                          help="record that a translation's sections are in line with the authoritative text")
    mark.add_argument("lang", help="language of the translation, e.g. en")
    mark.add_argument("sections", nargs="*", help="section numbers, e.g. 7.3 15")
    mark.add_argument("--all", action="store_true", help="every section (after a full review)")

    build = sub.add_parser("build", help="build every language into a deployable tree")
    build.add_argument("--site-dir", default="public")

    diff = sub.add_parser("diff", help="redline between two versions, each a date, `latest` or `worktree`")
    diff.add_argument("old", help="a dated version (2021-02-17), latest (published) or worktree")
    diff.add_argument("new", help="a dated version, latest or worktree")
    diff.add_argument("--lang", help="language (default: the authoritative one)")
    diff.add_argument("--format", choices=("text", "html", "markdown", "json"), default="text")
    diff.add_argument("-b", "--branch", default="gh-pages", help="branch of the archive (default: gh-pages)")

    _add_publishing_commands(sub)

    args = parser.parse_args(argv)
    root = Path(args.root)
    if args.command in PUBLISHING:
        return _publishing(args, root)
    try:
        if args.command == "check":
            findings = checks.check_project(root=root, langs=args.lang)
            if args.format == "json":
                print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
            else:
                for finding in findings:
                    print(finding)
                if findings:
                    print(f"{len(findings)} finding(s)", file=sys.stderr)
            return 1 if findings else 0
        if args.command == "sync-mark":
            if not args.all and not args.sections:
                parser.error("sync-mark needs section numbers or --all")
            for path, numbers in checks.mark_in_line(root=root, lang=args.lang,
                                                     numbers=None if args.all else args.sections):
                print(f"{path}: marked {len(numbers)} section(s) in line: {', '.join(numbers)}")
            return 0
        if args.command == "diff":
            return _diff(args, root)
        if args.command == "build":
            from policysite.build import build_site

            for built in build_site(root=root, site_dir=Path(args.site_dir)):
                print(f"built {built}")
            return 0
    except (SettingsError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # mkdocs' Abort and PluginError carry a message for the user
        from mkdocs.exceptions import MkDocsException

        if isinstance(exc, MkDocsException):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        raise
    return 0


def _diff(args, root: Path) -> int:
    """`policy diff OLD NEW`: the redline on stdout; identical versions say so on stderr."""
    import os

    from policysite import git, redline, settings as policy_settings, sides

    lang = args.lang or policy_settings.load(root).authoritative
    try:
        result = sides.compare(args.old, args.new, root=root, lang=lang, branch=args.branch)
    except (sides.SideError, git.GitError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not result.changed:
        notes = result.notes
        extra = f" ({notes.whitespace} whitespace and {notes.formatting} formatting change(s) only)" \
            if notes.whitespace or notes.formatting else ""
        print(f"{args.old} and {args.new} have the same {lang} text{extra}", file=sys.stderr)
        if args.format != "json":
            return 0
    if args.format == "json":
        print(json.dumps(redline.to_json(result), ensure_ascii=False, indent=1))
    elif args.format == "markdown":
        print(redline.render_markdown(result, lang=lang))
    elif args.format == "html":
        from jinja2 import Environment, FileSystemLoader

        # As MkDocs' theme environment: no autoescape; the partial escapes every value itself.
        env = Environment(loader=FileSystemLoader(str(root / "overrides")))
        print(redline.render_html(result, env=env, lang=lang))
    else:
        print(redline.render_text(result, color=redline.wants_color(sys.stdout, environ=os.environ), lang=lang))
    return 0


PUBLISHING = ("publish", "history", "verify", "export")


def _add_publishing_commands(sub) -> None:
    """`publish`, `history`, `verify`, `export`: the dated archive on the gh-pages branch."""
    def branch_options(command, *, remote: bool = True) -> None:
        command.add_argument("-b", "--branch", default="gh-pages", help="branch of the archive (default: gh-pages)")
        if remote:
            command.add_argument("-r", "--remote", default="origin", help="remote to push to (default: origin)")
            command.add_argument("-p", "--push", action="store_true", help="push the branch to the remote")

    branch_options(sub.add_parser("publish", help="publish the current commit's policy as its dated version"))
    history = sub.add_parser("history", help="publish every dated version of git history not yet on the branch")
    branch_options(history)
    history.add_argument("--rebuild", action="store_true", help="rebuild every dated version with today's theme")
    history.add_argument("-j", "--jobs", type=int, default=None, help="build processes (default: one per core)")
    branch_options(sub.add_parser("verify", help="re-check the published files against the manifest"), remote=False)
    export = sub.add_parser("export", help="write the branch as it is served into a folder")
    branch_options(export, remote=False)
    export.add_argument("--site-dir", default="public")


def _publishing(args, root: Path) -> int:
    from policysite import export_site, gate, publish, verify
    from policysite.git import GitError

    def waiting(path) -> None:
        print(f"waiting for another publication to finish ({path})", file=sys.stderr)

    def progress(n: int, total: int, version: str, elapsed: float) -> None:
        end = "\n" if n == total else ""
        print(f"\r\x1b[Kversion {n} of {total}: {version} ({elapsed:.1f}s)", end=end, file=sys.stderr, flush=True)

    try:
        if args.command == "verify":
            report = verify.verify(root=root, branch=args.branch)
            for line in report.notes:
                print(f"note: {line}", file=sys.stderr)
            for line in report.problems:
                print(line)
            if report.problems:
                print(f"{len(report.problems)} difference(s) from the manifest on {args.branch}", file=sys.stderr)
                return 1
            print(f"{args.branch}: {report.files} files of {report.versions} version(s) match the manifest; "
                  f"{report.archive_files} files of the history, compare and feed pages are as the manifests give; "
                  f"{report.rebuilt} version(s) rebuilt from their source commit came out byte for byte as published; "
                  "every file is accounted for and every page passes the output check")
            return 0
        if args.command == "export":
            target = export_site.export(root=root, branch=args.branch, site_dir=Path(args.site_dir))
            print(f"exported {args.branch} into {target}")
            return 0
        options = dict(root=root, branch=args.branch, remote=args.remote, push=args.push, on_wait=waiting)
        if args.command == "publish":
            outcome = publish.publish(**options)
        else:
            outcome = publish.publish_history(**options, rebuild=args.rebuild, jobs=args.jobs,
                                              progress=progress if sys.stderr.isatty() else None)
    except (publish.PublishError, GitError, SettingsError, gate.GateError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for line in outcome.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in outcome.messages:
        print(line)
    for refusal in outcome.refused:
        print(f"error: {refusal}", file=sys.stderr)
    if outcome.refused:
        print(f"error: {len(outcome.refused)} dated version(s) refused by the checks: fix them in a new commit, "
              f"or record each commit in {gate.EXCEPTIONS_FILE} as never published", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
