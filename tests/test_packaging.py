"""What ships: the licence in the repository and both packages, and the benchmark pages."""

import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "benchmarks" / "pages"


def test_the_licence_is_mit_and_declared_for_both_packages():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    assert "LICENSE" in project["project"]["license-files"]  # the wheel's dist-info/licenses
    assert "LICENSE" in project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_spark_extra_and_the_test_extra_agree():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    for requirement in extras["spark"]:
        assert requirement in extras["test"]  # CI runs the Spark tests: they must not skip


def test_benchmark_pages_ship_with_text_html_and_body():
    index = json.loads((PAGES / "index.json").read_text(encoding="utf-8"))
    assert len(index) >= 8
    assert {entry["language"] for entry in index} >= {"en", "de", "fr", "es"}
    for entry in index:
        text = (PAGES / f"{entry['page']}.page.txt").read_text(encoding="utf-8")
        html = (PAGES / f"{entry['page']}.html").read_text(encoding="utf-8")
        body = (PAGES / f"{entry['page']}.truth.txt").read_text(encoding="utf-8")
        for paragraph in body.split("\n\n"):
            assert paragraph.strip() in text
        assert len(text) > 1.3 * len(body)  # there is boilerplate around the article
        assert "<article>" in html
