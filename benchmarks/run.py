"""Every benchmark in one table: newsnorm beside its peers on the same data, in the same run.

    python benchmarks/run.py            # all jobs
    python benchmarks/run.py language   # some jobs

Needs the peers: pip install -e ".[bench]". Reads the development data in ../shared.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, table

JOBS = ("boilerplate", "syndication", "dates", "quotes", "language", "pipeline")
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
        try:
            module = importlib.import_module(f"bench_{job}")
        except ModuleNotFoundError as error:
            print(f"run.py: no benchmark for {job} ({error})", file=sys.stderr)
            continue
        print(f"running {job}...", file=sys.stderr, flush=True)
        rows = module.rows()
        print(f"\n## {job}\n")
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
