"""Every benchmark in one table: newsnorm beside its peers on the same data, in the same run.

    python benchmarks/run.py            # all jobs
    python benchmarks/run.py pipeline   # some jobs

Runs from a clean checkout: the pipeline job uses the pages shipped in benchmarks/pages
(written for the project). The per-capability jobs score against the development sets in
../shared, which are not distributed; without that folder they say so and are skipped.
Peers that are not installed (pip install -e ".[bench]") show as "not installed".
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, header, table

JOBS = ("pipeline", "boilerplate", "syndication", "dates", "quotes", "language")
NEEDS_SHARED = frozenset({"boilerplate", "syndication", "dates", "quotes", "language"})
PACKAGES = ("newsnorm", "trafilatura", "justext", "langdetect", "dateparser", "htmldate")


def main(argv: list[str]) -> int:
    jobs = argv or list(JOBS)
    unknown = sorted(set(jobs) - set(JOBS))
    if unknown:
        print(f"run.py: unknown job {unknown[0]!r}; choose from {', '.join(JOBS)}", file=sys.stderr)
        return 2
    print(header(PACKAGES))
    notes = []
    for job in jobs:
        print(f"\n## {job}\n")
        if job in NEEDS_SHARED and not SHARED.is_dir():
            print(f"(skipped: scored against the development sets in {SHARED}, not distributed)")
            continue
        print(f"running {job}...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"bench_{job}")
            rows = module.rows()
        except Exception:  # one broken benchmark must not hide the others
            print(f"(failed: {traceback.format_exc(limit=1).strip().splitlines()[-1]})")
            continue
        print(table(rows))
        if hasattr(module, "linearity"):
            notes.append(module.linearity())
    if notes:
        print("\n## Linearity (hostile input at two sizes)\n")
        for note in notes:
            print(f"- {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
