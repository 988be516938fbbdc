"""Each theme script's globals are read once a process and kept between commands (globalscache, perf18).

The output check reads the theme's scripts for the names they define on the global object (safety.theme_globals), one
reading a set of theme folders: a publication judged pages against three sets, each holding Material's bundle, read
token by token in Python every time (some 0.4 s of CPU a command). The answer is a function of a script's source and
of the code: a script is now read once a process, and a command reads back what an earlier one kept.
"""
from __future__ import annotations

from helpers import calls_to
from policysite import globalscache, safety, script_globals

BUNDLE = "(function(root){root.PolicyRedline = 1; var inner = 2})(this); window.document$ = x; var top = 3;"
SITE = 'self.policyVersions = []; function policyHelper() { var local = 1 }'
INLINE = '<script>var consent = 1; window.__md_scope = 2</script><script type="module">window.mod = 1</script>'


def _theme(folder, scripts: dict[str, str]):
    for rel, text in scripts.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return str(folder)


def _fresh() -> None:
    globalscache.defined.cache_clear()
    safety.theme_globals.cache_clear()


def test_a_script_in_several_theme_folder_sets_is_read_once(tmp_path, monkeypatch):
    material = _theme(tmp_path / "material", {"assets/javascripts/bundle.js": BUNDLE,
                                              "partials/javascripts/consent.html": INLINE})
    site = _theme(tmp_path / "site", {"assets/javascripts/policy.js": SITE})
    other = _theme(tmp_path / "other", {"assets/javascripts/policy.js": SITE})
    _fresh()
    read = calls_to(monkeypatch, script_globals, "defined")
    first = safety.theme_globals((site, material))
    second = safety.theme_globals((other, material))
    third = safety.theme_globals((material,))
    assert sorted(read) == sorted([BUNDLE, SITE, "var consent = 1; window.__md_scope = 2"])
    assert first == second == third | {"policyVersions", "policyHelper"}
    assert third == {"PolicyRedline", "document$", "top", "__md_scope"}


def test_a_command_reads_back_what_an_earlier_one_kept(tmp_path, monkeypatch):
    material = _theme(tmp_path / "material", {"assets/javascripts/bundle.js": BUNDLE})
    (tmp_path / "git").mkdir()
    kept = tmp_path / "git" / "policysite" / "globals"
    _fresh()
    with globalscache.kept_in(kept):
        cold = safety.theme_globals((material,))
    assert len(list(kept.iterdir())) == 1
    _fresh()  # (the next command)
    read = calls_to(monkeypatch, script_globals, "defined")
    with globalscache.kept_in(kept):
        assert safety.theme_globals((material,)) == cold == {"PolicyRedline", "document$", "top"}
    assert read == []
    # a kept file cut short is not read: the script is read again, and kept whole again
    (only,) = kept.iterdir()
    only.write_bytes(only.read_bytes()[:-3])
    _fresh()
    with globalscache.kept_in(kept):
        assert safety.theme_globals((material,)) == cold
    assert read == [BUNDLE]
    _fresh()
    read.clear()
    with globalscache.kept_in(kept):
        assert safety.theme_globals((material,)) == cold
    assert read == []


def test_nothing_kept_outside_a_folder_and_none_is_made_where_the_git_folder_is_gone(tmp_path):
    _fresh()
    assert globalscache.defined(SITE) == {"policyVersions", "policyHelper"}
    assert globalscache.defined(SITE, declared=False) == {"policyVersions"}
    gone = tmp_path / "no-git-folder" / "policysite" / "globals"
    _fresh()
    with globalscache.kept_in(gone):
        assert globalscache.defined(BUNDLE) == {"PolicyRedline", "document$", "top"}
    assert not gone.parent.exists()
