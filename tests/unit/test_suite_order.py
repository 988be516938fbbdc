"""The order in which `pytest -n 3 --dist loadfile` hands the suite's files to its workers (helpers.suite_order)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from helpers import ROOT, suite_order


def _items(*files: tuple[str, int, tuple[str, ...]]) -> list[SimpleNamespace]:
    """`count` items of each file (a path under tests/), each asking for `fixtures`, in the order given."""
    return [SimpleNamespace(path=ROOT / "tests" / name, fixturenames=fixtures, n=n)
            for name, count, fixtures in files for n in range(count)]


def test_browser_files_of_their_own_site_come_first_then_integration_then_unit_each_file_whole_and_in_order():
    """xdist's own order (the files with the most tests first) scheduled a browser file of one test publishing its own
    site, and the integration files of one costly test, last: the other workers waited for them."""
    items = _items(("unit/test_b.py", 9, ()), ("integration/test_one.py", 1, ("tmp_path",)),
                   ("e2e/test_shared.py", 5, ("site", "page")), ("e2e/test_own.py", 1, ("published",)),
                   ("integration/test_many.py", 4, ()), ("unit/test_a.py", 2, ()), ("test_top.py", 3, ()),
                   ("e2e/test_own_more.py", 3, ("history",)))
    ordered = suite_order(items)
    files = [str(Path(item.path).relative_to(ROOT / "tests")) for item in ordered]
    assert list(dict.fromkeys(files)) == [
        "e2e/test_own_more.py", "e2e/test_own.py", "e2e/test_shared.py", "integration/test_many.py",
        "integration/test_one.py", "unit/test_b.py", "unit/test_a.py", "test_top.py"]
    assert sorted(ordered, key=id) == sorted(items, key=id)  # every item once
    for name in set(files):  # each file's items together and in their own order
        mine = [n for n, item in enumerate(ordered) if item.path == ROOT / "tests" / name]
        assert mine == list(range(mine[0], mine[0] + len(mine)))
        assert [ordered[n].n for n in mine] == list(range(len(mine)))
    assert suite_order(list(reversed(items)))[0].path == ROOT / "tests" / "e2e" / "test_own_more.py"


def test_no_two_test_files_share_a_name():
    """The suite's folders are not packages: pytest imports each test file by its name, so two of one name (session
    41: tests/unit/test_words9.py and tests/integration/test_words9.py, and before them test_histories10.py) stop the
    whole run at collection ("import file mismatch"), while each folder run alone passes."""
    names: dict[str, list[str]] = {}
    for path in (ROOT / "tests").rglob("test_*.py"):
        if "node_modules" not in path.parts:
            names.setdefault(path.name, []).append(str(path.relative_to(ROOT / "tests")))
    assert {name: paths for name, paths in names.items() if len(paths) > 1} == {}
