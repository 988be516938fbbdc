"""What writing the site's dates and counts in the language's digits costs (strings.long_date, strings.number).

A publication onto 1,000 versions writes some 18,000 dates (4,000 distinct) and a few hundred counts. Each language's
4,000 dates are written once (the cache filled, as a publication's first pass), then `--runs` times more; the counts
0-3,999 `--runs` / 5 times. CPU time of this process (user + system), per call.

    PYTHONPATH=src .venv/bin/python bench/bench_digits.py --langs fr fa ar-EG --runs 25
"""
from __future__ import annotations

import argparse
import datetime as dt
import resource

from policysite import strings


def cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="+", default=["fr", "fa", "ar-EG"])
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    days = [dt.date(2000, 1, 1) + dt.timedelta(days=n) for n in range(4000)]
    for lang in args.langs:
        for day in days:
            strings.long_date(day, lang)
        start = cpu()
        for _ in range(args.runs):
            for day in days:
                strings.long_date(day, lang)
        dated = cpu()
        counts = max(1, args.runs // 5)
        for _ in range(counts):
            for n in range(4000):
                strings.number(n, lang)
        counted = cpu()
        print(f"{lang}: long_date {(dated - start) / (args.runs * 4000) * 1e6:.2f} us, "
              f"number {(counted - dated) / (counts * 4000) * 1e6:.2f} us "
              f"({strings.long_date(days[-1], lang)}, {strings.number(3999, lang)})")


if __name__ == "__main__":
    main()
