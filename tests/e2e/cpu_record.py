"""What each browser test costs in CPU, Chromium's processes included: `POLICY_E2E_CPU=cpu.jsonl pytest tests/e2e`.

A test's CPU is its worker's own (getrusage), the processes the worker waited for (the forked `policy history` of a
module's site, pdftotext, git) and the live processes under the worker, read from /proc: Playwright's driver and
Chromium's, by kind (`browser`, `renderer`, `gpu-process`, `utility:network…`; a `zygote`'s counts its renderers
gone). Chromium's are not in the worker's children: the browser leaves its zygotes to the system as it closes, and
they had waited for every renderer; `/usr/bin/time pytest` missed some 200 s of the e2e directory's 300.

Each worker appends one JSON line a test to the file (then one a worker, its totals); the run's summary, file by
file with the Playwright calls each made (contexts, page loads, axe runs, PDF prints), ends pytest's report.
"""
from __future__ import annotations

import collections
import json
import os
import resource
from collections.abc import Iterable
from pathlib import Path

import pytest

TICKS = os.sysconf("SC_CLK_TCK")
COUNTED = (("Browser", "new_context"), ("BrowserContext", "new_page"), ("Page", "goto"), ("Page", "pdf"),
           ("Page", "reload"))
AXE_RUN = "axe.run("  # the audits' own evaluation (wcag.axe, _focused_contrast)
AXE_SOURCE = 1 << 16  # characters: axe's source injected (half a megabyte) names axe.run too; an audit's call is short


def stat_line(text: str) -> tuple[int, float, str]:
    """The parent, CPU seconds (its own and its waited-for children's: utime, stime, cutime, cstime) and start time of
    a /proc/<pid>/stat line; its command may hold spaces and brackets."""
    close = text.rindex(")")
    fields = text[close + 2:].split()
    return int(fields[1]), sum(int(n) for n in fields[11:15]) / TICKS, fields[19]


def kind(command: bytes, name: str) -> str:
    """A process's kind: Chromium's by its `--type` (a utility's sub-type too), any other by its name. Chromium writes
    its arguments back as one line: they are split on spaces as well as on NULs."""
    words = command.replace(b"\0", b" ").split()
    if not name.startswith("chrom") and not (words and b"chrom" in words[0]):
        return name
    found = {word.split(b"=", 1)[0]: word.split(b"=", 1)[1].decode() for word in words if b"=" in word}
    role = found.get(b"--type", "browser")
    if role == "utility":
        role += ":" + found.get(b"--utility-sub-type", "").split(".")[0]
    return f"chromium-{role}"


def descendants(processes: dict[int, tuple[int, float, str]], root: int) -> collections.Counter:
    """CPU seconds by kind of every process under `root`, given each pid's (parent, seconds, kind)."""
    children: dict[int, list[int]] = collections.defaultdict(list)
    for pid, (parent, _, _) in processes.items():
        children[parent].append(pid)
    found: collections.Counter = collections.Counter()
    todo = list(children[root])
    while todo:
        pid = todo.pop()
        _, seconds, name = processes[pid]
        found[name] += seconds
        todo.extend(children[pid])
    return found


class Recorder:
    """The pytest plugin: a JSON line a test into `path`, a summary at the end of the run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kinds: dict[tuple[int, str], str] = {}  # (pid, start time) -> kind: a command is read once
        self.counts: collections.Counter = collections.Counter()
        self.counting = False
        self.at_teardown: tuple | None = None  # (own, tree) as the test's teardown starts

    # -- reading --

    def tree(self) -> collections.Counter:
        processes = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat") as file:
                    text = file.read()
                parent, seconds, start = stat_line(text)
                key = (int(entry.name), start)
                if key not in self.kinds:
                    with open(f"/proc/{entry.name}/cmdline", "rb") as file:
                        self.kinds[key] = kind(file.read(), text[text.index("(") + 1:text.rindex(")")])
            except (OSError, ValueError):
                continue  # gone meanwhile
            processes[key[0]] = (parent, seconds, self.kinds[key])
        return descendants(processes, os.getpid())

    @staticmethod
    def own() -> tuple[float, float]:
        me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime

    def count_calls(self) -> None:
        """Count the Playwright calls of COUNTED, and axe's runs, as the tests make them."""
        if self.counting:
            return
        import playwright.sync_api as api

        def counted(cls, name):
            real = getattr(cls, name)

            def call(this, *args, **options):
                self.counts[name] += 1
                return real(this, *args, **options)
            setattr(cls, name, call)

        for cls, name in COUNTED:
            counted(getattr(api, cls), name)
        evaluate = api.Page.evaluate

        def evaluated(this, expression, *args, **options):
            self.counts["axe"] += AXE_RUN in expression and len(expression) < AXE_SOURCE
            return evaluate(this, expression, *args, **options)
        api.Page.evaluate = evaluated
        self.counting = True

    # -- recording --

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        self.count_calls()
        self.counts.clear()
        tree, own = self.tree(), self.own()
        self.at_teardown = None
        yield
        end_own, end_tree = self.own(), self.tree()
        call_own, call_tree = self.at_teardown or (end_own, end_tree)
        spent = {"self": call_own[0] - own[0], "children": call_own[1] - own[1], **{
            name: call_tree[name] - tree[name] for name in call_tree | tree}}
        # the teardown's, unless processes left the tree unwaited for (the browser closed at the session's end): then
        # what they had spent was counted already, and what the worker reaped of them would be counted twice
        left = end_tree.total() - call_tree.total() + end_own[1] - call_own[1]
        if left >= 0:
            spent["self"] += end_own[0] - call_own[0]
            spent["children"] += end_own[1] - call_own[1]
            for name in end_tree | call_tree:
                spent[name] = spent.get(name, 0) + end_tree[name] - call_tree[name]
        else:
            spent["self"] += end_own[0] - call_own[0]
        self.write({"test": item.nodeid, "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
                    "cpu": {name: round(seconds, 3) for name, seconds in spent.items() if seconds},
                    "calls": dict(self.counts)})

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(self, item, nextitem):
        self.at_teardown = (self.own(), self.tree())
        yield

    def write(self, record: dict) -> None:
        with open(self.path, "a", encoding="utf-8") as file:
            file.write(json.dumps(record) + "\n")

    def pytest_configure(self, config):
        if not os.environ.get("PYTEST_XDIST_WORKER"):
            self.path.unlink(missing_ok=True)  # the run's own lines only: the workers start after this

    def pytest_terminal_summary(self, terminalreporter):
        if os.environ.get("PYTEST_XDIST_WORKER") or not self.path.exists():
            return
        for line in summary(json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines()):
            terminalreporter.write_line(line)


def summary(records: Iterable[dict]) -> list[str]:
    """The CPU seconds of each test file, its worker's own, its children's and Chromium's (its driver's with it), and
    its Playwright calls; the files costliest first, then the run's total by kind of process."""
    files: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    kinds: collections.Counter = collections.Counter()
    for record in records:
        if "test" not in record:
            continue
        spent = files[record["test"].split("::")[0]]
        spent["tests"] += 1
        for name, seconds in record["cpu"].items():
            group = name if name in ("self", "children") else "chromium"  # Playwright's driver with it
            spent[group] += seconds
            kinds[name] += seconds
        for name, count in record["calls"].items():
            spent[name] += count
    lines = [f"{'file':45} tests   total   self children chromium contexts loads axe pdf"]
    for path, spent in sorted(files.items(), key=lambda item: -sum(item[1][k] for k in ("self", "children", "chromium"))):
        total = spent["self"] + spent["children"] + spent["chromium"]
        lines.append(f"{Path(path).name:45} {spent['tests']:5} {total:7.1f} {spent['self']:6.1f} {spent['children']:8.1f}"
                     f" {spent['chromium']:8.1f} {spent['new_context']:8} {spent['goto']:5} {spent['axe']:3}"
                     f" {spent['pdf']:3}")
    lines.append(f"total {sum(kinds.values()):.1f} s CPU: " + ", ".join(
        f"{name} {seconds:.1f}" for name, seconds in kinds.most_common()))
    return lines
