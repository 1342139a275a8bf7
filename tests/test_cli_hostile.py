"""Careless and hostile command-line uses: each a clear message or record, never lost data."""

import bz2
import json
import lzma
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsnorm.cli import main

STORY = "The harbour ferry sailed again on Monday after three weeks of repairs, officials said."


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run *command* in bash, where ``nn`` is this newsnorm; kill it all after a minute."""
    script = f'nn() {{ "{sys.executable}" -m newsnorm "$@"; }}; {command}'
    process = subprocess.Popen(
        ["bash", "-c", script],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # a run that reads its own output never ends
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_resume_keeps_a_later_record_whose_id_is_already_written(tmp_path, capsys):
    # Ids repeat in real data; the output holds the first "a" only, so the second is still to do.
    texts = ["First story.", "Second story.", "Third story, same id as the first."]
    path = _jsonl(
        tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in zip("aba", texts, strict=True)]
    )
    out = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(path), "-o", str(out)]) == 0
    first_two = out.read_text(encoding="utf-8").splitlines(keepends=True)[:2]
    out.write_text("".join(first_two), encoding="utf-8")
    assert main(["--jsonl", str(path), "-o", str(out), "--resume"]) == 0
    written = _records(out.read_text(encoding="utf-8"))
    assert [record["text"] for record in written] == texts
    assert "skipped 2 documents" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("nn --jsonl -o in.jsonl < in.jsonl", "--output in.jsonl is also an input"),
        ("nn --jsonl in.jsonl >> in.jsonl", "stdout is also an input file"),
        ("nn --jsonl < in.jsonl >> in.jsonl", "stdout is also an input file"),
        ("nn --view in.jsonl -o in.jsonl", "--output in.jsonl is also an input"),
    ],
)
def test_an_output_that_is_also_the_input_is_refused(tmp_path, command, said):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY}])
    before = path.read_bytes()
    result = _shell(command, tmp_path)
    assert result.returncode == 2
    assert said in result.stderr
    assert path.read_bytes() == before


def test_stdin_and_stdout_on_the_same_device_are_fine(tmp_path):
    result = _shell("nn < /dev/null > /dev/null", tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_file_without_end_is_read_only_up_to_the_cap(tmp_path):
    # /dev/zero (or a FIFO fed forever) has no size: reading it whole never ends.
    resource = pytest.importorskip("resource")

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))

    result = subprocess.run(
        [sys.executable, "-m", "newsnorm", "--max-chars", "1000", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_memory,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (record,) = _records(result.stdout)
    assert "over --max-chars 1,000" in record["error"]


def test_more_jobs_than_cpus_are_capped_with_a_note(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    path = _jsonl(tmp_path / "in.jsonl", [{"id": i, "text": STORY} for i in range(3)])
    assert main(["--jsonl", "--jobs", "3", str(path)]) == 0
    captured = capsys.readouterr()
    assert [record["id"] for record in _records(captured.out)] == [0, 1, 2]
    assert "--jobs 3 is more than the 1 CPU here; using 1" in captured.err


def test_errors_name_json_kinds_not_python_types(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('null\n[1]\n{"text": null}\n{"text": {"a": 1}}\n{"text": false}\n')
    assert main(["--jsonl", str(path)]) == 1
    errors = [record["newsnorm"]["error"] for record in _records(capsys.readouterr().out)]
    assert errors == [
        "line 1: not a JSON object (null)",
        "line 2: not a JSON object (array)",
        "line 3: 'text' is not a string (null)",
        "line 4: 'text' is not a string (object)",
        "line 5: 'text' is not a string (boolean)",
    ]


def test_a_pattern_that_matched_no_file_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["*.jsonl"]) == 1
    assert "no file matches this pattern" in capsys.readouterr().err


@pytest.mark.parametrize(("suffix", "compress"), [("bz2", bz2.compress), ("xz", lzma.compress)])
def test_bzip2_and_xz_inputs_are_read(tmp_path, capsys, suffix, compress):
    lines = "".join(json.dumps({"id": i, "text": STORY}) + "\n" for i in range(3))
    corpus = tmp_path / f"in.jsonl.{suffix}"
    corpus.write_bytes(compress(lines.encode("utf-8")))
    page = tmp_path / f"page.txt.{suffix}"
    page.write_bytes(compress(STORY.encode("utf-8")))
    assert main(["--jsonl", str(corpus)]) == 0
    assert [record["id"] for record in _records(capsys.readouterr().out)] == [0, 1, 2]
    assert main([str(page)]) == 0
    assert _records(capsys.readouterr().out)[0]["text"] == STORY


def test_zstd_input_is_one_clear_error_not_a_record_per_line_of_noise(tmp_path, capsys):
    corpus = tmp_path / "in.jsonl.zst"
    corpus.write_bytes(b"\x28\xb5\x2f\xfd" + bytes(range(256)) * 4 + b"\n" * 50)
    assert main(["--jsonl", str(corpus)]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert "compressed with zstd" in record["newsnorm"]["error"]


@pytest.mark.parametrize(
    "arguments",
    [["--timeout", "nan"], ["--timeout", "inf"], ["--timeout", "1e300"], ["--max-chars", "9" * 20]],
)
def test_numbers_out_of_range_are_usage_errors_not_tracebacks(tmp_path, capsys, arguments):
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    assert main([*arguments, str(page)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsnorm: error: --")
    assert err.count("\n") == 1


def test_resume_knows_a_file_whose_name_is_not_utf8(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # a Latin-1 name: U+FFFD in the output
    try:
        Path(os.fsdecode(name)).write_text(STORY, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system does not take names that are not UTF-8")
    out = tmp_path / "out.jsonl"
    for extra in ([], ["--resume"]):
        assert main([os.fsdecode(name), "-o", str(out), *extra]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_a_raw_tab_inside_a_string_is_read_with_a_warning(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "Harbour\tnews: the ferry sailed again on Monday."}\n')
    assert main(["--jsonl", str(path)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["text"].startswith("Harbour\tnews")
    assert record["newsnorm"]["warnings"] == [
        "control characters inside strings (not allowed in JSON) read as they are"
    ]


def test_a_given_utf16_without_its_mark_is_an_error_record_not_a_traceback(tmp_path, capsys):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY}])
    assert main(["--jsonl", "--encoding", "utf-16", str(path)]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert record["newsnorm"]["error"].startswith("cannot read")


@pytest.mark.parametrize(
    ("typo", "hint"), [("--jsnol", " (did you mean --jsonl?)"), ("--bogus", " (see newsnorm")]
)
def test_a_mistyped_option_gets_the_one_it_is_close_to(capsys, typo, hint):
    assert main([typo, "page.txt"]) == 2
    assert f"unrecognized arguments: {typo}{hint}" in capsys.readouterr().err
