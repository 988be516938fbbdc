"""perf1 (session 43): the output check's rules read a tree's paths grouped once by their name's ending and depth
(servedpages.Tree), each rule the groups of the endings it judges and in them the blobs it has no kept verdict on:
the same paths, in the same order, as a pass over every path."""
from __future__ import annotations

import inspect
import itertools
import re
from types import SimpleNamespace

import pytest

from policysite import servedpages

# names whose endings the rules judge, in every case, and names a plain suffix test gets wrong: a dot in a folder, a
# name that is only an ending, none at all, an ending of two dots, a name ending in a dot
NAMES = ["index.html", "INDEX.HTML", "page.HtM", "a.shtml", "x.xhtml", "x.xht", "logo.svg", "logo.SVGZ", "f.svg.gz",
         "sitemap.xml", "sitemap.xml.gz", "feed.atom", "CNAME", ".nojekyll", ".html", "policy.pdf", "policy.PDF",
         "policy.docx", "a.js", "a.MJS", "a.cjs", "s.css", "search_index.json", "versions.json", "versions-recent.json",
         "other.json", "x.map", "trailing.", "dir.html/page", "dir.svg/x", "a..html", "ımage.svg", "İNDEX.HTML",
         "kelvin.\u212aml", "map.json.txt", "x.woff2", "s.otf"]
FOLDERS = ["", "fr/", "fr/2021-02-17/", "fr/2021-02-17/changes/", "assets/abc/stylesheets/", "manifest/"]


def _listing() -> dict[str, tuple[str, str]]:
    # several paths share a blob (a version's page copied to latest/), some blobs are held at several depths
    paths = [folder + name for folder, name in itertools.product(FOLDERS, NAMES)]
    return {path: ("100644", f"{n % 23:040x}") for n, path in enumerate(paths)}


def _holding_every_path(listing, wanted, known, depth=None) -> dict[str, list[str]]:
    """What the rules took before: every path of the listing tried, in order."""
    todo: dict[str, list[str]] = {}
    for path, blob in sorted((path, blob) for path, (_mode, blob) in listing.items()
                             if blob not in known and (depth is None or path.count("/") == depth) and wanted(path)):
        todo.setdefault(blob, []).append(path)
    return todo


RULES = [  # (what a rule takes, the endings it reads)
    (lambda path: not path.lower().endswith(servedpages.NOT_XML), servedpages._maybe_xml),
    (lambda path: path.lower().endswith(servedpages.DOCUMENTS), servedpages.DOCUMENTS.__contains__),
    (lambda path: path.lower().endswith(servedpages.XML_PAGES), servedpages.XML_PAGES.__contains__),
    (re.compile(r"\.pdf\Z", re.I).search, ".pdf".__eq__),
    (re.compile(r"\.docx\Z", re.I).search, ".docx".__eq__),
    (lambda path: path.rpartition("/")[2] in (servedpages.SEARCH_INDEX, *servedpages.VERSION_LISTS), ".json".__eq__),
    (lambda path: path.lower().endswith(servedpages.SCRIPTS + servedpages.STYLES),
     (servedpages.SCRIPTS + servedpages.STYLES).__contains__),
    (lambda path: path.lower().endswith(servedpages._PAGES), servedpages._PAGES.__contains__),
]


@pytest.mark.parametrize("rule", range(len(RULES)))
@pytest.mark.parametrize("known", [set(), {f"{n:040x}" for n in range(0, 23, 2)}, {f"{n:040x}" for n in range(23)}])
def test_a_rule_takes_the_paths_a_pass_over_every_path_took(rule, known):
    listing = _listing()
    tree = servedpages.Tree(listing)
    wanted, endings = RULES[rule]
    assert servedpages._holding(tree, wanted, known, endings=endings) == _holding_every_path(listing, wanted, known)
    assert tree.depths == sorted({path.count("/") for path in listing})
    for depth in tree.depths:
        assert servedpages._holding(tree, wanted, known, endings=endings, depth=depth) \
            == _holding_every_path(listing, wanted, known, depth)


@pytest.mark.parametrize("name", NAMES)
def test_an_ending_is_what_a_lower_case_suffix_test_says(name):
    for folder in FOLDERS:
        path = folder + name
        for end in {*servedpages.NOT_XML, *servedpages.DOCUMENTS, ".pdf", ".docx", ".json", ".xml", ".gz"}:
            assert (servedpages.ending(path) == end) == path.lower().endswith(end), (path, end)


def test_the_groups_hold_every_path_once():
    listing = _listing()
    tree = servedpages.Tree(listing)
    held = sorted(path for group in tree.groups.values() for paths in group.values() for path in paths)
    assert held == sorted(listing)
    assert sorted(tree.unknown(set(), lambda end: True)) == sorted((path, blob) for path, (_m, blob) in listing.items())
    assert list(tree.unknown({blob for _m, blob in listing.values()}, lambda end: True)) == []


# The rules of the output check that take a tree's paths through _holding (directly or by _by_depth): each found by its
# signature, so that a rule added later is held to the same pass; _unvouched_scripts takes its paths from Tree.unknown
# itself (RULES' scripts and styles above) and reads the installed theme, _by_depth is the depth rules' helper, _judged
# the helper of the rules reading each file once (_xml_pages, _active_documents, _rendered_json, _json_feeds).
# (`_files_unsafe`: every rule here at once, each held to the pass on its own: safety81)
TAKEN_ELSEWHERE = {"_unvouched_scripts", "_by_depth", "_judged", "_files_unsafe"}


def _rules() -> list:
    return [function for name, function in vars(servedpages).items()
            if inspect.isfunction(function) and name not in TAKEN_ELSEWHERE
            and list(inspect.signature(function).parameters)[:2] == ["project", "tree"]]


def test_the_rules_found_are_those_of_the_check():
    assert {function.__name__ for function in _rules()} >= {
        "_active_xml", "_xml_pages", "_active_documents", "_rendered_json", "_above_root", "_xml_above_root",
        "_pages_elsewhere"}


@pytest.mark.parametrize("rule", _rules(), ids=lambda function: function.__name__)
@pytest.mark.parametrize("known", [set(), {f"{n:040x}" for n in range(0, 23, 2)}])
def test_each_rule_of_the_check_takes_the_paths_a_pass_over_every_path_took(rule, known, monkeypatch, tmp_path):
    """Each rule as unsafe() calls it (its own `wanted` and endings, at each depth for the depth rules, safety57's former
    folders and canonical addresses among them), its kept verdicts `known`: the paths _holding gives it are those the
    pass over every path gave; none is read (the spy gives the rule nothing to read)."""
    listing = _listing()
    taken: list[tuple[object, int | None]] = []
    holding = servedpages._holding

    def spied(tree, wanted, known_here, *, endings, depth=None):
        assert holding(tree, wanted, known_here, endings=endings, depth=depth) \
            == _holding_every_path(listing, wanted, known_here, depth), (rule.__name__, depth)
        taken.append((wanted, depth))
        return {}

    monkeypatch.setattr(servedpages, "_holding", spied)
    monkeypatch.setattr(servedpages.passcache, "blobs_passed", lambda *_args, **_kwargs: set(known))
    project = SimpleNamespace(settings=SimpleNamespace(public_url="https://owner.example/site/", pdf_fonts=(),
                                                       languages=[SimpleNamespace(code="fr")], authoritative="fr",
                                                       all_documents=["privacy"], document=None, base=str),
                              passed=None, repo=SimpleNamespace(git_dir=str(tmp_path)), theme=tmp_path,
                              root=tmp_path)
    project.settings.for_document = lambda _doc_id: project.settings  # (one document: its own settings)
    tree = servedpages.Tree(listing)
    arguments = {"former": servedpages.FormerHosts(project, listing)}  # type: ignore[arg-type]
    extra = {name: arguments[name] for name in list(inspect.signature(rule).parameters)[2:]}
    assert rule(project, tree, **extra) == []
    assert taken  # (a rule taking its paths otherwise is to be held to the pass here too)
    if any(depth is not None for _wanted, depth in taken):  # (a depth rule: every depth of the tree holding a path
        # it takes, once each; a depth holding none is not read, its kept verdicts neither: perf3, session 44)
        depths = sorted({depth for _wanted, depth in taken})
        assert len(depths) == len(taken) and set(depths) <= set(tree.depths)
        wanted = taken[0][0]
        assert [depth for depth in tree.depths if depth not in depths
                and _holding_every_path(listing, wanted, set(), depth)] == [], rule.__name__
