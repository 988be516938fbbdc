"""`policy upgrade` brings a site's Makefile and workflows to this generator's skeleton where they are still as an
earlier `policy init` wrote them, and keeps (with a note) one the company edited (company11: a site made before
company10 kept a `make serve` on `python -m http.server`, a busy port a traceback, and upgrade never touched it)."""
from __future__ import annotations

import json
import re

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from helpers import git
from policysite import cli, init, makefile_lines

FORMER = init.SKELETON / "former"


def _former(name: str) -> str:
    """An earlier skeleton's `name` as `policy init` rendered it for a site in English made with no options."""
    env = Environment(loader=FileSystemLoader(str(FORMER)), undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters["q"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    return env.get_template(name).render(bin_dir=str(init.scripts_dir()).replace("$", "$$"), authoritative="en",
                                         branch="main", codes="en", generator="", daily=init.daily_line(""),
                                         **makefile_lines.error_lines("en"))  # (its error lines since legal20)


def _commit(site, message):
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", message)


def test_an_earlier_policy_inits_makefile_and_workflows_become_this_ones(tmp_path, capsys):
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    files = {"Makefile": "Makefile", "publish.yml": ".github/workflows/publish.yml",
             "pull-request.yml": ".github/workflows/pull-request.yml"}
    today = {rel: (site / rel).read_text(encoding="utf-8") for rel in files.values()}
    readme = " ".join((site / "README.md").read_text(encoding="utf-8").split())  # what the team reads of it
    assert "and its `Makefile` and `.github/workflows/` files where yours are still as `policy init` wrote" in readme
    assert "`git remote add origin ADDRESS` and `git push -u origin main`" in readme
    olds = sorted(FORMER.glob("*.j2"))
    assert {path.name.split(".")[0] for path in olds} == {"Makefile", "publish", "pull-request"}
    assert any("http.server" in path.read_text(encoding="utf-8") for path in olds)  # before company10
    for path in olds:
        rel = files[path.name.rsplit(".", 2)[0]]
        if _former(path.name) == today[rel]:  # (a change of the template that renders the same without options)
            continue
        (site / rel).write_text(_former(path.name), encoding="utf-8")
        _commit(site, f"as {path.name} wrote it")
        capsys.readouterr()
        assert cli.main(["--root", str(site), "upgrade"]) == 0
        out = capsys.readouterr()
        assert (site / rel).read_text(encoding="utf-8") == today[rel], path.name
        assert f"updated {rel}: as this generator's policy init writes it (it was an earlier one's)" in out.out
        assert "hooks/ and overrides/ already hold this generator's files: review the files updated" in out.out
        assert out.err == ""
        _commit(site, "upgraded")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "upgrade"]) == 0  # today's: nothing to do
    assert capsys.readouterr().out == "hooks/ and overrides/ already hold this generator's files\n"


def test_a_makefile_the_company_edited_is_kept_with_a_note_and_an_uncommitted_one_refused(tmp_path, capsys):
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    old = _former("Makefile.62466e13.j2")
    assert "http.server" in old
    edited = old.replace("serve: build\n", "serve: build\n\t@echo our own step\n")
    (site / "Makefile").write_text(old, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "upgrade"]) == 1  # what it would replace is not in git
    assert "Makefile" in capsys.readouterr().err and (site / "Makefile").read_text(encoding="utf-8") == old
    (site / "Makefile").write_text(edited, encoding="utf-8")
    _commit(site, "our own Makefile")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    out = capsys.readouterr()
    assert (site / "Makefile").read_text(encoding="utf-8") == edited
    line = edited.splitlines().index("\t@echo our own step") + 1
    assert out.err.startswith("note: Makefile: kept as it is: it is not as any policy init wrote it (1 change from what it wrote)")
    assert f"line {line} has `@echo our own step`, which policy init did not write" in out.err, out.err
    assert "updated Makefile" not in out.out and git(site, "status", "--porcelain") == ""


def test_every_variable_a_new_sites_makefile_sets_is_used(tmp_path):
    """A variable the Makefile sets and no recipe reads (MKDOCS since company11 ran MkDocs under policysite.serving)
    is a knob the team may set for nothing: each is read as $(NAME), or exported to the commands."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    text = (site / "Makefile").read_text(encoding="utf-8")
    lines = text.splitlines()
    set_here = [(number, match["name"], bool(match["export"])) for number, line in enumerate(lines)
                if (match := re.match(r"(?P<export>export\s+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*[?:+]?=", line))]
    assert {name for _, name, _ in set_here} >= {"BIN", "POLICY", "PYTHON", "port"}
    for number, name, exported in set_here:
        rest = "\n".join(lines[:number] + lines[number + 1:])
        assert exported or f"$({name})" in rest, f"Makefile sets {name} and nothing reads it"


def test_a_site_made_with_the_makefile_that_set_mkdocs_is_brought_to_todays(tmp_path, capsys):
    """The skeleton's Makefile before leads47 set MKDOCS ?= $(BIN)/mkdocs, unused: a site made with it is the tool's
    (skeleton/former/ keeps it), so `policy upgrade` brings it to today's rather than keep it with a note."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    today = (site / "Makefile").read_text(encoding="utf-8")
    assert "MKDOCS" not in today.replace("NO_MKDOCS_2_WARNING", "")
    before = today.replace("POLICY ?= $(BIN)/policy\n", "POLICY ?= $(BIN)/policy\nMKDOCS ?= $(BIN)/mkdocs\n", 1)
    before = before.replace("(`policy`, `python`)", "(`policy`, `mkdocs`, `python`)", 1)
    for name, english in makefile_lines.ENGLISH_BEFORE.items():  # (its error lines as it wrote them: legal20)
        before = before.replace(makefile_lines.error_lines("en")[name], english, 1)
    before = before.replace(' $(if $(from),--from "$(from)")', "").replace(  # (make publish from=: legal21)
        "# From another branch on purpose, named: make publish from=BRANCH (on any other, nothing is published).\n", "")
    assert before.count("MKDOCS ?=") == 1 and "`mkdocs`" in before and "--from" not in before
    (site / "Makefile").write_text(before, encoding="utf-8")
    _commit(site, "as policy init wrote it before leads47")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    out = capsys.readouterr()
    assert "updated Makefile: as this generator's policy init writes it (it was an earlier one's)" in out.out
    assert out.err == ""
    assert (site / "Makefile").read_text(encoding="utf-8") == today
