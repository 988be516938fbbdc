"""The `policy` command: parse arguments, call an operation, turn errors into `error: …` lines."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policysite import checks
from policysite.settings import SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="policy", description="Check, build and publish the privacy policy site.")
    parser.add_argument("--root", default=".", help="project root holding mkdocs.yml (default: .)")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check every language of the policy without building the site")
    check.add_argument("--format", choices=("text", "json"), default="text")

    mark = sub.add_parser("sync-mark", help="record that a translation's sections are in line with the authoritative text")
    mark.add_argument("lang", help="language of the translation, e.g. en")
    mark.add_argument("sections", nargs="*", help="section numbers, e.g. 7.3 15")
    mark.add_argument("--all", action="store_true", help="every section (after a full review)")

    build = sub.add_parser("build", help="build every language into a deployable tree")
    build.add_argument("--site-dir", default="public")

    args = parser.parse_args(argv)
    root = Path(args.root)
    try:
        if args.command == "check":
            findings = checks.check_project(root=root)
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
        if args.command == "build":
            from policysite.build import build_site

            for path in build_site(root=root, site_dir=Path(args.site_dir)):
                print(f"built {path}")
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


if __name__ == "__main__":
    sys.exit(main())
