"""leads45: the project's own `make serve` served with `python -m http.server` and `make preview` (its and a new
site's) with `mkdocs serve`: a port another program held printed a Python traceback, `OSError: [Errno 98] Address
already in use` (`make preview` after building every page). Both Makefiles now serve as a new site's `make serve` did
(policysite.serving): one `error:` line naming the command and another port, MkDocs never started."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from helpers import ROOT
from policysite import init, messages


def _bin(tmp_path: Path) -> Path:
    """The commands the Makefiles run: this environment's Python, and a `policy` and `mkdocs` that record their call
    (the checks and MkDocs are theirs to test)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")  # (its venv's)
    (folder / "python").chmod(0o755)
    for name in ("policy", "mkdocs"):
        (folder / name).write_text(f'#!/bin/sh\necho "{name} $*" >> "{tmp_path}/ran"\n', encoding="utf-8")
        (folder / name).chmod(0o755)
    return folder


def _makefiles(tmp_path: Path, folder: Path) -> dict[str, tuple[Path, list[str]]]:
    """Each Makefile in a folder of its own, and what `make` is told not to remake before serving."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "Makefile", project / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")  # (its install stamp's name)
    site = tmp_path / "site"
    site.mkdir()
    langs = [init.new_language("en", company="Acme", public_url="https://e.test/p/", themes=init.material_languages(),
                               stemmers=init.search_stemmers(), dictionaries=init.spelling_dictionaries())]
    (site / "Makefile").write_text(init.render(company="Acme", languages=langs, public_url="https://e.test/p/",
                                               bin_dir=str(folder))["Makefile"], encoding="utf-8")
    return {"project": (project, ["-o", "build", "-o", "install"]), "site": (site, ["-o", "build"])}


def _make(where: Path, *args: str, folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, messages.ENVIRONMENT: "en"}
    return subprocess.run(["make", "-s", *args, f"BIN={folder}"], cwd=where, capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("makefile", ["project", "site"])
@pytest.mark.parametrize("command", ["serve", "preview"])
def test_a_port_in_use_is_one_error_line_and_nothing_served(tmp_path, makefile, command):
    folder = _bin(tmp_path)
    where, kept = _makefiles(tmp_path, folder)[makefile]
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        made = _make(where, *kept, command, f"port={port}", folder=folder)
    assert made.returncode != 0 and "Traceback" not in made.stderr, made.stdout + made.stderr
    assert made.stderr.splitlines()[0] == (
        f"error: cannot serve on 127.0.0.1:{port}: another program holds that port (a make serve or make preview still "
        f"running?): serve on another port (make {command} port=8001)"), made.stderr
    ran = (tmp_path / "ran").read_text(encoding="utf-8") if (tmp_path / "ran").exists() else ""
    assert "mkdocs" not in ran and ran == ("policy check --configuration\n" if command == "preview" else ""), ran


@pytest.mark.parametrize("makefile", ["project", "site"])
def test_make_serve_serves_the_exported_site_on_a_free_port(tmp_path, makefile):
    """The README's first commands, `make serve` on a fresh clone: the site served at the port, as before."""
    folder = _bin(tmp_path)
    where, kept = _makefiles(tmp_path, folder)[makefile]
    (where / "public").mkdir()
    (where / "public" / "index.html").write_text("<p>served</p>\n", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(["make", "-s", *kept, "serve", f"port={port}", f"BIN={folder}"], cwd=where,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                              env={**os.environ, messages.ENVIRONMENT: "en"})
    try:
        assert server.stdout is not None
        assert server.stdout.readline() == f"Serving http://127.0.0.1:{port}/ (Ctrl-C to stop)\n"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=30) as answer:
            assert answer.read() == b"<p>served</p>\n"
    finally:
        os.killpg(server.pid, 15)
        server.communicate(timeout=30)
