"""Benchmark of the redline: two versions of the full policy per language, and why tokens matter.

Run: .venv/bin/python bench/bench_redline.py [--quick]
The new version is the policy with a section inserted (so every later section is renumbered),
a section removed, one word edited in every seventh paragraph, a link target changed and a
paragraph reflowed. The naive tokenisations run in a child process with a time limit.
"""
from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import queue as queue_module
import random
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policysite import document, redline  # noqa: E402


def mutate(text: str, *, seed: int = 1) -> str:
    """A plausible next version: renumbering insertion, removal, word edits, a link and a reflow."""
    rng = random.Random(seed)

    def shift(m: re.Match) -> str:
        first = int(m.group(2))
        return f"{m.group(1)} {first + 1 if first >= 3 else first}{m.group(3)} "

    text = re.sub(r"^(#{2,6}) (\d+)((?:\.\d+)*\.?) ", shift, text, flags=re.M)
    text = re.sub(r"^## 4\. ", "## 3. Synthetic benchmark section\n\nSynthetic paragraph added.\n\n## 4. ", text,
                  count=1, flags=re.M)
    text = re.sub(r"^## 19\. .*?(?=^## 20\. )", "", text, count=1, flags=re.M | re.S)
    lines = text.split("\n")
    prose = [i for i, line in enumerate(lines) if len(line.split()) > 8 and not line.startswith("#")]
    for i in prose[::7][1:]:
        words = lines[i].split(" ")
        words[rng.randrange(1, len(words))] = "SYNTHETIC"
        lines[i] = " ".join(words)
    reflow = next(i for i in prose if re.search(r"\. [A-Z]", lines[i]))  # whitespace only: a sentence a line
    lines[reflow] = re.sub(r"\. (?=[A-Z])", ".\n", lines[reflow])
    return "\n".join(lines).replace("(https://www.cnil.fr)", "(https://www.cnil.fr/synthetic)")


def visible(policy: document.Policy) -> str:
    return "\n".join([policy.title] + [s.title + "\n" + s.text for s in policy.sections])


def whitespace_tokens(text: str) -> list[redline.Token]:
    """Naive: words and the whitespace between them as separate tokens."""
    return [(t, t) for t in re.findall(r"\S+|\s+", text)]


def char_tokens(text: str) -> list[redline.Token]:
    """Naive: one token per character."""
    return [(c, c) for c in text]


def timed(fn, *, repeat: int) -> tuple[float, float]:
    """Median and minimum wall time in ms."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def _child(lang: str, granularity: str, tokenizer: str, queue: mp.Queue) -> None:
    old, new = _versions(lang)
    tokenize = {"words": redline.word_tokens, "whitespace": whitespace_tokens, "chars": char_tokens}[tokenizer]
    best = float("inf")
    for _ in range(5):  # the best of 5, or of as many as fit in the parent's time limit
        start = time.perf_counter()
        if granularity == "blocks":
            redline.diff(old, new, tokenize=tokenize)
        else:
            redline.word_ops(visible(old), visible(new), tokenize=tokenize)
        best = min(best, (time.perf_counter() - start) * 1000)
        queue.put(best)


def limited(lang: str, granularity: str, tokenizer: str, limit: float) -> str:
    queue: mp.Queue = mp.Queue()
    child = mp.Process(target=_child, args=(lang, granularity, tokenizer, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
    best = None
    try:
        while True:
            best = queue.get(timeout=0.2)
    except queue_module.Empty:
        pass
    return f"> {limit * 1000:,.0f} ms (stopped)" if best is None else f"{best:,.1f} ms (min)"


def _versions(lang: str) -> tuple[document.Policy, document.Policy]:
    text = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
    return (document.parse(text, path=f"{lang}/index.md", lang=lang),
            document.parse(mutate(text), path=f"{lang}/index.md", lang=lang))


def memory(old: document.Policy, new: document.Policy, *, runs: int) -> tuple[float, float, float]:
    """Peak KiB of one diff, then KiB still allocated after 100 and after `runs` diffs (flat if equal)."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    redline.diff(old, new)
    peak = tracemalloc.get_traced_memory()[1] - base
    for _ in range(99):
        redline.diff(old, new)
    gc.collect()
    after_100 = tracemalloc.get_traced_memory()[0] - base
    for _ in range(runs - 100):
        redline.diff(old, new)
    gc.collect()
    after_n = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    return peak / 1024, after_100 / 1024, after_n / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, shorter limit for naive tokens")
    args = parser.parse_args()
    repeat, limit, runs = (20, 10.0, 200) if args.quick else (200, 60.0, 2000)
    print(f"python {sys.version.split()[0]}, {repeat} runs each, median (min)")
    for lang in ("fr", "en"):
        text = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
        new_text = mutate(text)
        old, new = _versions(lang)
        r = redline.diff(old, new)
        print(f"\n[{lang}] {len(text.split())} words, {len(old.sections)} sections; "
              f"summary {r.summary.counts}, notes {r.notes}")
        med, low = timed(lambda: redline.diff(old, new), repeat=repeat)
        print(f"  redline.diff (sections, blocks, word tokens)       {med:7.2f} ms ({low:.2f})   target < 50 ms")
        med, low = timed(lambda: redline.diff(document.parse(text, path="a", lang=lang),
                                              document.parse(new_text, path="b", lang=lang)), repeat=repeat)
        print(f"  parse both + diff                                   {med:7.2f} ms ({low:.2f})")
        med, low = timed(lambda: redline.word_ops(visible(old), visible(new)), repeat=max(3, repeat // 10))
        print(f"  whole text at once, word tokens                     {med:7.2f} ms ({low:.2f})")
        for granularity, tokenizer, label in (
                ("blocks", "whitespace", "sections and blocks, separate whitespace tokens"),
                ("blocks", "chars", "sections and blocks, character tokens"),
                ("text", "whitespace", "whole text at once, separate whitespace tokens"),
                ("text", "chars", "whole text at once, character tokens")):
            print(f"  {label:<51} {limited(lang, granularity, tokenizer, limit)}")
        peak, after_100, after_n = memory(old, new, runs=runs)
        print(f"  memory: peak {peak:,.0f} KiB for one diff; retained after 100 diffs {after_100:,.1f} KiB, "
              f"after {runs} diffs {after_n:,.1f} KiB")


if __name__ == "__main__":
    main()
