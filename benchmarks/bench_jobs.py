"""Wall-clock time of the command line on 1,000 pages with --jobs 1 and --jobs 2.

    python benchmarks/bench_jobs.py [--pages 1000] [--jobs 2] [--repeat 3]

The pages are the shipped ones (benchmarks/pages), repeated, as one JSONL file. The runs
alternate (1, N, 1, N, ...) and the best wall time of each is kept, so that a burst of
other work on the machine hurts both alike. The figure needs as many free cores as jobs:
on a busy machine the speed-up shrinks, which is why the load average is printed, and the
CPU seconds of each run (the command and its workers, from the operating system's
accounting): a speed-up below the jobs count with no more CPU time spent is the machine
being busy, not work done twice.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import header, shipped_pages


def timed_run(path: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and its workers) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "newsnorm",
            "--jsonl",
            "--jobs",
            str(jobs),
            str(path),
            "-o",
            os.devnull,
        ],
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, alternated")
    arguments = parser.parse_args()
    texts, _, _ = shipped_pages()
    load_before = os.getloadavg()[0]
    runs: dict[int, list[tuple[float, float]]] = {1: [], arguments.jobs: []}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pages.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for index in range(arguments.pages):
                stream.write(json.dumps({"id": index, "text": texts[index % len(texts)]}) + "\n")
        for _ in range(max(1, arguments.repeat)):
            for jobs, results in runs.items():
                results.append(timed_run(path, jobs))
    print(header(["newsnorm"]))
    print(
        f"{os.cpu_count()} CPUs, load average {load_before:.1f} before and "
        f"{os.getloadavg()[0]:.1f} after; best wall time of {max(1, arguments.repeat)} "
        "alternated runs each"
    )
    best = {jobs: min(results) for jobs, results in runs.items()}
    one = best[1][0]
    print(
        f"| jobs | seconds for {arguments.pages:,} pages | CPU seconds | speed-up |"
        "\n|---|---|---|---|"
    )
    for jobs, (wall, cpu) in best.items():
        print(f"| {jobs} | {wall:.1f} | {cpu:.1f} | {one / wall:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
