"""normalise_html on the real development pages: never an exception, dates at htmldate's level."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsnorm import normalise_html


def _rows(folder: Path) -> list[dict[str, str]]:
    lines = (folder / "index.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.shared
def test_every_boilerplate_page_gives_a_body(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "boilerplate"
    for row in _rows(folder):
        data = gzip.decompress((folder / f"{row['id']}.html.gz").read_bytes())
        article = normalise_html(data, url=row["url"])
        assert article.text, row["id"]


@pytest.mark.shared
def test_publication_dates_of_real_pages_given_as_bytes(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "pubdate-html"
    rows = _rows(folder)
    dated = right = 0
    for row in rows:
        data = gzip.decompress((folder / f"{row['id']}.html.gz").read_bytes())
        published = normalise_html(data, url=row["url"]).published
        if published is not None:
            dated += 1
            right += published.value == row["date"]
    # htmldate's extensive search: 0.933 of the pages right, precision 0.936; newsnorm 0.955
    # and 0.958 (the goal: htmldate + 0.02, precision >= 0.93).
    assert right / len(rows) >= 0.95
    assert right / dated >= 0.95
