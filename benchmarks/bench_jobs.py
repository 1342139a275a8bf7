"""Wall-clock time of the command line on 1,000 pages with --jobs 1 and --jobs 2.

    python benchmarks/bench_jobs.py [--pages 1000] [--jobs 2]

The pages are the shipped ones (benchmarks/pages), repeated, as one JSONL file. The figure
needs as many free cores as jobs: on a busy machine the speed-up shrinks.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import header, shipped_pages


def wall_seconds(path: Path, jobs: int) -> float:
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
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    arguments = parser.parse_args()
    texts, _, _ = shipped_pages()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pages.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for index in range(arguments.pages):
                stream.write(json.dumps({"id": index, "text": texts[index % len(texts)]}) + "\n")
        one = wall_seconds(path, 1)
        many = wall_seconds(path, arguments.jobs)
    print(header(["newsnorm"]))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"| jobs | seconds for {arguments.pages:,} pages | speed-up |\n|---|---|---|")
    print(f"| 1 | {one:.1f} | 1.0x |")
    print(f"| {arguments.jobs} | {many:.1f} | {one / many:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
