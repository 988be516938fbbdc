"""`make serve`'s server for a site `policy init` made: the exported site (`public/`) on 127.0.0.1, each request
logged as Python's http.server logs it. A port another program holds is one `error:` line in the team's language
(http.server's own traceback, `OSError: [Errno 98] Address already in use`, was all a new company saw).
`--preview`: whether `make preview` can serve on the port, said the same way before MkDocs builds the pages (`mkdocs
serve` printed the same traceback, after building them); nothing served. `--preview PORT -- serve …` then runs `mkdocs
serve …` here: the port is free when checked, but another program can take it while MkDocs builds the pages, before
MkDocs binds it (company11): that too is the same `error:` line, not MkDocs' traceback."""
from __future__ import annotations

import argparse
import errno
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from policysite import messages
from policysite.messages import Said

HOST = "127.0.0.1"


def main(argv: list[str] | None = None) -> int:
    """Serve `--directory` on `port` until interrupted: 0 then, 1 when the port cannot be bound (`--preview`: 0 at
    once where it can)."""
    parser = argparse.ArgumentParser(prog="python -m policysite.serving")
    parser.add_argument("--directory", default="public")
    parser.add_argument("--preview", action="store_true", help="only say whether make preview can serve on the port")
    parser.add_argument("port", type=int)
    argv = sys.argv[1:] if argv is None else argv
    mkdocs = argv[argv.index("--") + 1:] if "--" in argv else None  # `mkdocs serve`'s arguments, to run it here
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    try:
        lang = messages.for_project(Path.cwd())
    except messages.MessagesError:
        lang = messages.DEFAULT
    handler = functools.partial(SimpleHTTPRequestHandler, directory=args.directory)
    try:
        server = ThreadingHTTPServer((HOST, args.port), handler)
    except (OSError, OverflowError) as exc:  # (OverflowError: a port above 65535)
        return _refused(exc, args.port, preview=args.preview, lang=lang)
    if args.preview:  # (the port is free: MkDocs binds it once the pages are built)
        server.server_close()
        return 0 if mkdocs is None else _mkdocs(mkdocs, args.port, lang=lang)
    print(messages.said_in(Said("serve.serving", url=f"http://{HOST}:{args.port}/"), lang), flush=True)
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            return 0
    return 0


def _refused(exc: OSError | OverflowError, port: int, *, preview: bool, lang: str) -> int:
    """The port cannot be bound: one `error:` line in the team's language, exit status 1."""
    reason = Said("serve.in-use") if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE else \
        messages.os_reason(exc) if isinstance(exc, OSError) else Said("os.other", text=str(exc))
    command = "make preview" if preview else "make serve"
    print(f"error: {messages.said_in(Said('serve.port', port=port, reason=reason, command=command), lang)}",
          file=sys.stderr)
    return 1


def _mkdocs(arguments: list[str], port: int, *, lang: str) -> int:
    """`mkdocs <arguments>` (its `serve`) in this process, its exit status; the port taken by another program after
    the check, while MkDocs built the pages, is the check's `error:` line (MkDocs binds only once they are built)."""
    from mkdocs.__main__ import cli

    try:
        cli.main(args=arguments, prog_name="mkdocs")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0 if done.code is None else 1
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        return _refused(exc, port, preview=True, lang=lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
