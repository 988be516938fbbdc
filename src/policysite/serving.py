"""`make serve`'s server for a site `policy init` made: the exported site (`public/`) on 127.0.0.1, each request
logged as Python's http.server logs it. A port another program holds is one `error:` line in the team's language
(http.server's own traceback, `OSError: [Errno 98] Address already in use`, was all a new company saw).
`--preview`: whether `make preview` can serve on the port, said the same way before MkDocs builds the pages (`mkdocs
serve` printed the same traceback, after building them); nothing served."""
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
    args = parser.parse_args(argv)
    try:
        lang = messages.for_project(Path.cwd())
    except messages.MessagesError:
        lang = messages.DEFAULT
    handler = functools.partial(SimpleHTTPRequestHandler, directory=args.directory)
    try:
        server = ThreadingHTTPServer((HOST, args.port), handler)
    except (OSError, OverflowError) as exc:  # (OverflowError: a port above 65535)
        reason = Said("serve.in-use") if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE else \
            messages.os_reason(exc) if isinstance(exc, OSError) else Said("os.other", text=str(exc))
        command = "make preview" if args.preview else "make serve"
        print(f"error: {messages.said_in(Said('serve.port', port=args.port, reason=reason, command=command), lang)}",
              file=sys.stderr)
        return 1
    if args.preview:  # (the port is free: MkDocs binds it once the pages are built)
        server.server_close()
        return 0
    print(messages.said_in(Said("serve.serving", url=f"http://{HOST}:{args.port}/"), lang), flush=True)
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
