"""review2: the history template's parts rendered apart (its frame, one row), compiled from the template as this
package's code splits it, are kept between processes (.git/policysite/templates) under that code's digest too, as the
rows are: a generator that splits it otherwise does not run the parts another generator compiled."""
from __future__ import annotations

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import archive, build, findingcache


def test_a_part_compiled_by_other_code_is_not_run(tmp_path, monkeypatch):
    def parts(cache: build._Compiled) -> archive._Apart:
        archive._rows_apart.cache_clear()
        env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
        env.bytecode_cache = cache
        apart = archive._rows_apart(env, archive._source_of(env, archive.HISTORY_TEMPLATE))
        assert apart is not None
        return apart

    with build.compiled_kept_in(tmp_path):
        assert archive._MARK in parts(build._Compiled()).frame.render({"t": {}})
        # another generator, whose code marks the rows' place otherwise, in another process (nothing in memory)
        monkeypatch.setattr(findingcache, "checks_digest", lambda: "another generator's code")
        monkeypatch.setattr(archive, "_MARK", "\0another mark\0")
        assert "\0another mark\0" in parts(build._Compiled()).frame.render({"t": {}})
    archive._rows_apart.cache_clear()
