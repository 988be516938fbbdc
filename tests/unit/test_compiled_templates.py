"""The theme's compiled templates kept between processes, in the repository's git folder."""
from __future__ import annotations

import jinja2
import pytest

from policysite import build


@pytest.fixture
def compiles(monkeypatch):
    """The templates Jinja compiled (each call of Environment.compile)."""
    names: list[str | None] = []
    real = jinja2.Environment.compile

    def counted(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return real(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return names


def environment(folder, kind: str = "theme") -> jinja2.Environment:
    """A new process's environment for the theme in `folder`: nothing compiled in memory yet."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), bytecode_cache=build._Compiled(kind))


def test_a_template_compiled_by_one_process_is_not_compiled_again_by_the_next(tmp_path, compiles):
    theme, kept = tmp_path / "theme", tmp_path / "git" / "policysite" / "templates"
    theme.mkdir()
    (tmp_path / "git").mkdir()
    (theme / "main.html").write_text("<p>{{ words | upper }}</p>", encoding="utf-8")
    with build.compiled_kept_in(kept):
        assert environment(theme).get_template("main.html").render(words="un") == "<p>UN</p>"
        assert compiles == ["main.html"] and len(list(kept.iterdir())) == 1
        assert environment(theme).get_template("main.html").render(words="deux") == "<p>DEUX</p>"
        assert compiles == ["main.html"]
        # the sandbox compiles otherwise: its own
        environment(theme, "sandboxed").get_template("main.html")
        assert compiles == ["main.html"] * 2
        # a template whose text changed is compiled again
        (theme / "main.html").write_text("<p>{{ words }}!</p>", encoding="utf-8")
        assert environment(theme).get_template("main.html").render(words="trois") == "<p>trois!</p>"
        assert compiles == ["main.html"] * 3
        # a kept file that is not code is compiled again, and written anew
        for file in kept.iterdir():
            file.write_bytes(b"not code")
        assert environment(theme).get_template("main.html").render(words="quatre") == "<p>quatre!</p>"
        assert compiles == ["main.html"] * 4
        assert environment(theme).get_template("main.html").render(words="cinq") == "<p>cinq!</p>"
        assert compiles == ["main.html"] * 4
    # outside it (a `mkdocs build` of the hooks, a repository gone), nothing is kept nor read
    assert environment(theme).get_template("main.html").render(words="six") == "<p>six!</p>"
    assert compiles == ["main.html"] * 5
    with build.compiled_kept_in(tmp_path / "gone" / "policysite" / "templates"):
        environment(theme).get_template("main.html")
    assert not (tmp_path / "gone").exists()


def test_only_the_newest_compiled_templates_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "KEPT_TEMPLATES", 2)
    theme, kept = tmp_path / "theme", tmp_path / "git" / "templates"
    theme.mkdir()
    (tmp_path / "git").mkdir()
    with build.compiled_kept_in(kept):
        for n in range(4):
            (theme / f"page{n}.html").write_text(f"{n}", encoding="utf-8")
            environment(theme).get_template(f"page{n}.html")
    assert len(list(kept.iterdir())) == 2


def test_the_root_page_compiled_by_one_process_is_not_compiled_again_by_the_next(tmp_path, compiles, monkeypatch):
    """The site's root page (its template and the door's script it includes) was compiled again by each `policy
    publish`, `history` and `verify`, the theme's templates being kept: some 20 ms of CPU a command (suite13)."""
    import shutil

    from helpers import ROOT

    root, kept = tmp_path / "project", tmp_path / "git" / "policysite" / "templates"
    (tmp_path / "git").mkdir()
    shutil.copytree(ROOT / "overrides", root / "overrides")
    monkeypatch.setattr(build, "_REDIRECT", build._Compiled("redirect"))  # a new process: nothing in memory
    first = build.render_root_redirect(root=root, target="fr/latest/", compiled_in=kept)
    assert compiles == ["policy-redirect.html"] and len(list(kept.iterdir())) == 1
    monkeypatch.setattr(build, "_REDIRECT", build._Compiled("redirect"))  # the next process
    assert build.render_root_redirect(root=root, target="fr/latest/", compiled_in=kept) == first
    assert compiles == ["policy-redirect.html"]
