"""Typst and pikepdf, run in a process of their own that prints every PDF of the process that started it.

Typst keeps worker threads once it has printed; a fork of a process holding them (the build's pool of
workers, the background checks) inherits them dead, and would wait for them forever at its own first
print. So no build process ever runs Typst: the first print of each process starts (spawns, never forks)
this module as a server, and each print is a request to it through a pipe. A forked process starts its
own. The server leaves when the pipe closes (its client ended), and its client waits for it.
"""
from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from policysite import pdfpack, pdfstrings

_HEADER = struct.Struct("!Q")


# How the engine is run, besides the standards asked for: part of each PDF's key (pdf.OPTIONS).
OPTIONS: dict[str, object] = {"pdf_tags": True, "ignore_system_fonts": True, "object_streams": "one",
                              "compress_streams": True, "deterministic_id": True, "content_strings": "raw",
                              "font_codes": "one byte",
                              "deflate": f"libdeflate {pdfstrings.LEVEL} {pdfpack.LEVEL}", "writer": "pdfpack"}


class TypesetError(Exception):
    """The engine refused or failed on a text (its message says why), or its process ended."""


def reason(exc: TypesetError) -> str:
    """What a failed print says, as a message's field: the catalogue's words where the engine's process failed (a
    `Said`), else the engine's own refusal of the text, cut at 300 characters."""
    from policysite import messages

    said = messages.text_of(exc)
    return said if isinstance(said, messages.Said) else str(exc)[:300]


def _said(key: str, /, **fields: object) -> str:
    from policysite.messages import Said  # (not at import: the server, this module run, never needs the catalogues)

    return Said(key, **fields)


def typeset(template: str, data: str, *, fonts: Sequence[str], standards: Sequence[str]) -> bytes:
    """`template` printed with `data` as `sys.inputs.data`, then its objects packed (run in the server)."""
    import pikepdf
    import typst


    compile_: Any = typst.compile  # its stubs name each standard as a literal; ours come from settings
    # The template reads nothing but its data and the fonts: its root (what `read()` and `image()` reach) and
    # its packages' folders are an empty folder, never the working directory (a project's print template read
    # uncommitted files and .git/config into the published PDF).
    printed = compile_(template.encode("utf-8"), sys_inputs={"data": data}, font_paths=list(fonts),
                       ignore_system_fonts=bool(OPTIONS["ignore_system_fonts"]), pdf_standards=list(standards),
                       pdf_tags=bool(OPTIONS["pdf_tags"]), root=_nothing(), package_path=_nothing(),
                       package_cache_path=_nothing())
    with pikepdf.open(io.BytesIO(printed)) as pdf:
        if OPTIONS["content_strings"] == "raw":
            pdfstrings.rewrite(pdf, one_byte=OPTIONS["font_codes"] == "one byte")
        if OPTIONS["object_streams"] == "one":
            return pdfpack.packed(pdf)
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=getattr(pikepdf.ObjectStreamMode, str(OPTIONS["object_streams"])),
                 compress_streams=bool(OPTIONS["compress_streams"]), deterministic_id=bool(OPTIONS["deterministic_id"]))
    return out.getvalue()


def print_pdf(template: str, data: str, *, fonts: Sequence[str], standards: Sequence[str]) -> bytes:
    """What `typeset` gives, printed by this process's server. Raises TypesetError.

    The same request to the same engine gives the same bytes (pdf.key): the last PRINTED answers are kept, by
    the digest of the request and of its font files, for this process and the processes it forks (which would
    otherwise each start a server of their own to print the same text again)."""
    from policysite import pdfengine

    request = (template, data, list(fonts), list(standards))
    digest = hashlib.sha256(pickle.dumps((request, pdfengine.font_digests(tuple(map(str, fonts)))))).hexdigest()
    with _lock:
        if digest in _printed:
            return _printed[digest]
        global _server
        if _server is None or not _server.usable():
            _server = _Server()
        answer = _server.ask(request)
        _printed[digest] = answer
        while len(_printed) > PRINTED:
            del _printed[next(iter(_printed))]
        return answer


PRINTED = 16  # PDFs kept (some 70 kB each)
_printed: dict[str, bytes] = {}


class _Server:
    def __init__(self) -> None:
        self.owner = os.getpid()
        # This package's own folder first on the path: the server imports this very module, installed or not.
        here = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)}
        # -P: not the working folder first on the path, where a project's `pikepdf.py` would be imported instead
        self.process = subprocess.Popen([sys.executable, "-P", "-m", "policysite.typeset"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        # Closed and waited for when this process ends: at exit, or as a pool's worker ends (multiprocessing
        # runs its finalizers there, never atexit's), so that its CPU is counted as the process's children's.
        import multiprocessing.util  # (here: a process that never prints, `policy check` asked nothing, needs none)

        multiprocessing.util.Finalize(self, self.close, exitpriority=10)

    def usable(self) -> bool:
        return self.owner == os.getpid() and self.process.poll() is None

    def ask(self, request: tuple) -> bytes:
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            _send(self.process.stdin, request)
            answer = _receive(self.process.stdout)
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            self.close()
            raise TypesetError(_said("pdf.engine-ended", kind=type(exc).__name__)) from exc
        if not (isinstance(answer, tuple) and len(answer) == 2 and answer[0] in ("ok", "error")):
            self.close()
            raise TypesetError(_said("pdf.engine-answer"))
        kind, value = answer
        if kind == "error":
            raise TypesetError(value)
        return value

    def close(self) -> None:
        if self.owner != os.getpid():
            return  # a fork's copy: the server is its parent's
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@functools.cache
def _nothing() -> str:
    """An empty folder, removed when the process ends."""
    folder = tempfile.TemporaryDirectory(prefix="policy-typeset-")
    _EMPTY.append(folder)
    return folder.name


_EMPTY: list[tempfile.TemporaryDirectory] = []
_server: _Server | None = None
_lock = threading.Lock()


def _send(out: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_HEADER.pack(len(data)) + data)
    out.flush()


def _receive(source: IO[bytes]) -> tuple:
    head = source.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise EOFError("no answer")
    (size,) = _HEADER.unpack(head)
    data = source.read(size)
    if len(data) < size:
        raise EOFError("a cut answer")
    return pickle.loads(data)  # noqa: S301 (our own server's answer, through our own pipe)


def _serve(source: IO[bytes], out: IO[bytes]) -> None:
    while True:
        try:
            template, data, fonts, standards = _receive(source)
        except EOFError:
            return
        try:
            answer: tuple = ("ok", typeset(template, data, fonts=fonts, standards=standards))
        except Exception as exc:  # the engine's refusal of a text: said to the client, the server goes on
            answer = ("error", f"{type(exc).__name__}: {exc}")
        _send(out, answer)


if __name__ == "__main__":
    import signal

    # Stopped with its command's process group (a cancelled job: SIGTERM), it leaves as its client does, through
    # Python's exit, so that its empty folders (_nothing) go too (history hunt 23)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))
    # The answers go to the pipe the client reads, and only they: anything the engines print on their own goes
    # to the standard error (the client's /dev/null), never between two answers.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    _serve(sys.stdin.buffer, answers)
