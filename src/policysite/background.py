"""The checks of one language, run beside a site build on the other core, collected when it ends.

A build forks itself: the child already has Python, MkDocs and this package loaded, so it only runs
the checks (no second interpreter start-up and imports). A process with other threads running
(`mkdocs serve`'s server) must not fork, and some systems cannot: there the checks run as a
`policy check --format json` process instead. Either way `result()` gives the same findings.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from policysite import checks, messages
from policysite.findings import Finding
from policysite.messages import Said


class CheckError(Exception):
    """The checks could not run at all (not: they ran and found something)."""


class Checks:
    """The checks of language `lang` of the project at `root`, started at once."""

    def __init__(self, *, root: Path, lang: str) -> None:
        self._pid: int | None = None
        self._read_fd: int | None = None
        self._process: subprocess.Popen | None = None
        if hasattr(os, "fork") and threading.active_count() == 1:
            self._fork(root, lang)
        else:
            self._process = subprocess.Popen(
                # -P: nothing of the working folder on the path (a project's own `yaml.py` would be imported)
                [sys.executable, "-P", "-m", "policysite.cli", "--root", str(root), "check", "--lang", lang,
                 "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8",
                errors="surrogateescape")

    def _fork(self, root: Path, lang: str) -> None:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the checks, write them as JSON, leave without running the parent's exit code
            status = 0
            payload: dict[str, object]
            try:
                os.close(read_fd)
                said_in = messages.DEFAULT
                try:
                    said_in = messages.for_project(root)  # as `policy check --format json` says them
                    payload = {"findings": [f.in_language(said_in).as_dict()
                                            for f in checks.check_project(root=root, langs=[lang])]}
                except Exception as exc:  # reported by the parent, which logs it: as `policy check` says it
                    from policysite.cli import error_of

                    payload = {"error": messages.said_in(error_of(exc)[0], said_in)}
                # (a file's name that is no UTF-8, `notes\xff`, is a finding's path: its bytes passed as they are,
                # where UTF-8's strict writing ended the checks, "status 512", the file unnamed)
                with os.fdopen(write_fd, "w", encoding="utf-8", errors="surrogateescape") as out:
                    json.dump(payload, out, ensure_ascii=False)
            except BaseException:
                status = 2
            finally:
                os._exit(status)
        os.close(write_fd)
        self._pid, self._read_fd = pid, read_fd

    def result(self) -> list[Finding]:
        """Wait for the checks; their findings, or CheckError naming why they could not run."""
        if self._process is not None:
            out, err = self._process.communicate()
            if self._process.returncode not in (0, 1):
                said = [line.removeprefix("error: ") for line in err.strip().splitlines() if line.startswith("error: ")]
                # (its `error:` line's words: "could not run: error: …" said the prefix twice)
                raise CheckError(said[-1] if said else err.strip() or Said("preview.checks-exited",
                                                                               code=self._process.returncode))
            return [Finding(**f) for f in json.loads(out)]
        assert self._read_fd is not None and self._pid is not None  # the forked checks, started once
        with os.fdopen(self._read_fd, encoding="utf-8", errors="surrogateescape") as pipe:
            out = pipe.read()
        self._read_fd = None
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status != 0 or not out:
            raise CheckError(Said("preview.checks-ended", status=status))
        payload = json.loads(out)
        if "error" in payload:
            raise CheckError(payload["error"])
        return [Finding(**f) for f in payload["findings"]]

    def cancel(self) -> None:
        """Stop the checks (the build failed): nothing is left running."""
        if self._process is not None:
            self._process.kill()
            self._process.communicate()
        if self._pid is not None:
            try:
                os.kill(self._pid, 9)
                os.waitpid(self._pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self._pid = None
        if self._read_fd is not None:
            os.close(self._read_fd)
            self._read_fd = None
