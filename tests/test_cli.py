import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsnorm.cli import main

STORY = "The harbour ferry sailed again on Monday after three weeks of repairs, officials said."


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"id": f"good-{index}", "text": f"{STORY} Story {index}."}) for index in range(5)
    ]
    lines.insert(1, json.dumps({"id": "no-text", "body": STORY}))
    lines.insert(4, '{"id": "broken", "text": "cut off')
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_keeps_every_record_in_order(corpus, capsys):
    status = main(["--jsonl", str(corpus)])
    records = _records(capsys.readouterr().out)
    assert status == 1
    assert [record["id"] for record in records] == [
        "good-0",
        "no-text",
        "good-1",
        "good-2",
        "broken",
        "good-3",
        "good-4",
    ]
    errors = [record for record in records if "error" in record]
    assert [record["id"] for record in errors] == ["no-text", "broken"]
    assert "no 'text' field" in errors[0]["error"]
    assert "not valid JSON" in errors[1]["error"]


def test_jobs_keep_input_order(corpus, capsys):
    main(["--jsonl", "--jobs", "2", str(corpus)])
    ids = [record["id"] for record in _records(capsys.readouterr().out)]
    assert ids == ["good-0", "no-text", "good-1", "good-2", "broken", "good-3", "good-4"]


def test_other_fields_are_carried_and_url_is_used(tmp_path, capsys):
    path = tmp_path / "one.jsonl"
    record = {
        "id": 7,
        "url": "https://www.harbour-times.example/news/1",
        "lang_hint": "en",
        "body": STORY,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["--jsonl", "--field", "body", str(path)]) == 0
    (out,) = _records(capsys.readouterr().out)
    assert out["id"] == 7
    assert out["lang_hint"] == "en"
    assert out["site"] == "harbour-times.example"
    assert out["language"]["code"] == "en"


def test_field_that_is_not_a_string_is_an_error_record(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": 42}\n[1, 2]\n', encoding="utf-8")
    assert main(["--jsonl", str(path)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first == {"error": "line 1: 'text' is not a string (int)", "id": 1}
    assert second["error"].startswith("line 2: not a JSON object")


def test_files_give_one_record_each_with_their_path(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_bytes(STORY.encode("utf-8") + b"\r\n\xff")
    missing = tmp_path / "missing.txt"
    assert main([str(page), str(missing)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first["path"] == str(page)
    assert "error" not in first
    assert second["path"] == str(missing)
    assert second["error"].startswith("cannot read")


def test_html_input(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1>"
        f"<p>{STORY}</p><p>{STORY}</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["--html", str(page)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["title"] == "Ferry back"
    assert "ferry sailed again" in record["text"]


def test_size_cap_gives_an_error_record(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    assert main(["--max-chars", "10", str(page)]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert "over --max-chars" in record["error"]


@pytest.mark.parametrize(
    "arguments", [["--jobs", "0"], ["--bogus"], ["--timeout", "-1"], ["--max-chars", "0"]]
)
def test_usage_errors_exit_2_with_one_line(arguments, capsys):
    assert main(arguments) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("newsnorm: error:")


def test_include_source(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    main(["--include-source", str(page)])
    (record,) = _records(capsys.readouterr().out)
    assert record["source"] == STORY


def test_module_reads_stdin_and_survives_a_closed_pipe():
    lines = "".join(json.dumps({"id": index, "text": STORY}) + "\n" for index in range(300))
    command = f"{sys.executable} -m newsnorm --jsonl | head -n 1"
    result = subprocess.run(
        ["bash", "-c", command], input=lines, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["id"] == 0
    assert "Traceback" not in result.stderr


def test_version_flag():
    result = subprocess.run(
        [sys.executable, "-m", "newsnorm", "--version"], capture_output=True, text=True, check=False
    )
    assert result.stdout.startswith("newsnorm ")
