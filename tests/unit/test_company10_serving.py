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
        assert err == (f"error: cannot serve on 127.0.0.1:{port}: another program holds that port (a make serve "
                       "still running?): serve on another port (make serve port=8001)\n")
        monkeypatch.setenv(messages.ENVIRONMENT, "fr")
        assert serving.main(["--directory", str(tmp_path), str(port)]) == 1
        assert capsys.readouterr().err.startswith(f"error: impossible de servir sur 127.0.0.1:{port}\u00a0: un autre "
                                                  "programme occupe ce port")
    assert serving.main(["--directory", str(tmp_path), "99999"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: impossible de servir sur 127.0.0.1:99999") and "Traceback" not in err
