"""`make serve`'s server (a site `policy init` made): a port another program holds is one `error:` line in the
team's language, not http.server's traceback."""
from __future__ import annotations

import socket

from policysite import messages, serving


def test_a_port_in_use_is_one_error_line_in_the_team_s_language(tmp_path, monkeypatch, capsys):
    """Company10: `make serve` while another program held 8000 printed http.server's traceback, ending `OSError:
    [Errno 98] Address already in use`; a port above 65535 likewise (OverflowError)."""
    monkeypatch.chdir(tmp_path)  # no site here: English
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert serving.main(["--directory", str(tmp_path), str(port)]) == 1
        err = capsys.readouterr().err
        assert err == (f"error: cannot serve on 127.0.0.1:{port}: another program holds that port (a make serve or make "
                       "preview still running?): serve on another port (make serve port=8001)\n")
        monkeypatch.setenv(messages.ENVIRONMENT, "fr")
        assert serving.main(["--directory", str(tmp_path), str(port)]) == 1
        assert capsys.readouterr().err.startswith(f"error: impossible de servir sur 127.0.0.1:{port}\u00a0: un autre "
                                                  "programme occupe ce port")
    assert serving.main(["--directory", str(tmp_path), "99999"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: impossible de servir sur 127.0.0.1:99999") and "Traceback" not in err


def test_preview_asks_for_the_port_before_mkdocs_builds_and_names_its_own_command(tmp_path, monkeypatch, capsys):
    """leads45: `make preview` ran `mkdocs serve`, which built every page, then printed the same traceback (`OSError:
    [Errno 98] Address already in use`) on a port another program held. `--preview` says so at once, naming `make
    preview port=8001`; on a free port it serves nothing and leaves the port free for MkDocs."""
    monkeypatch.chdir(tmp_path)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert serving.main(["--preview", str(port)]) == 1
        out = capsys.readouterr()
        assert out.out == "" and out.err == (
            f"error: cannot serve on 127.0.0.1:{port}: another program holds that port (a make serve or make preview "
            "still running?): serve on another port (make preview port=8001)\n")
    assert serving.main(["--preview", str(port)]) == 0
    assert capsys.readouterr().out == ""
    with socket.socket() as after:  # released: MkDocs binds it next
        after.bind(("127.0.0.1", port))


def test_preview_says_a_port_taken_while_mkdocs_builds_in_one_error_line(tmp_path, monkeypatch, capsys):
    """company11: `make preview` checked the port, freed it, and MkDocs bound it only after building the pages;
    another program that took it in between got MkDocs' traceback (`OSError: [Errno 98] Address already in use`).
    MkDocs now runs under `--preview PORT -- serve …`: the port taken after the check is the check's `error:` line."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        real = serving.ThreadingHTTPServer

        def checked(address, handler):  # the check finds the port free: the holder takes it just after
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                server = real(probe.getsockname(), handler)
            holder.listen()
            return server

        monkeypatch.setattr(serving, "ThreadingHTTPServer", checked)
        status = serving.main(["--preview", str(port), "--", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}",
                               "-f", "mkdocs.yml"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.endswith(f"error: cannot serve on 127.0.0.1:{port}: another program holds that port (a make serve or "
                        "make preview still running?): serve on another port (make preview port=8001)\n")
    assert "Traceback" not in err


def test_preview_hands_mkdocs_its_arguments_and_its_exit_status(tmp_path, monkeypatch, capsys):
    """The arguments after `--` are MkDocs' own: a refused one is MkDocs' usage error and status (2)."""
    monkeypatch.chdir(tmp_path)
    assert serving.main(["--preview", "0", "--", "serve", "--no-such-option"]) == 2
    assert "No such option '--no-such-option'" in capsys.readouterr().err
