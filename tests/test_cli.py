import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm import cli
from newsnorm.cli import main

_real_process_document = cli.process_document

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
    errors = [record for record in records if "error" in record["newsnorm"]]
    assert [record["id"] for record in errors] == ["no-text", "broken"]
    assert "no 'text' field" in errors[0]["newsnorm"]["error"]
    assert "not valid JSON" in errors[1]["newsnorm"]["error"]
    assert errors[1]["newsnorm"]["line"] == 5


def test_jobs_keep_input_order(corpus, capsys):
    main(["--jsonl", "--jobs", "2", str(corpus)])
    ids = [record["id"] for record in _records(capsys.readouterr().out)]
    assert ids == ["good-0", "no-text", "good-1", "good-2", "broken", "good-3", "good-4"]


def test_jobs_warm_every_date_grammar_up_and_leave_nothing_frozen(corpus, capsys):
    import gc

    from newsnorm.dates.patterns import all_form_patterns

    all_form_patterns.cache_clear()
    main(["--jsonl", "--jobs", "2", str(corpus)])
    assert len(_records(capsys.readouterr().out)) == 7
    # Compiled once in the parent, before the workers fork, not once in each worker.
    assert all_form_patterns.cache_info().currsize == 1
    # The heap frozen for the workers' sake is handed back to the collector afterwards.
    assert gc.get_freeze_count() == 0


def test_warm_up_pages_cover_every_date_language():
    from newsnorm.dates.patterns import languages
    from newsnorm.language import detect_language

    found = {detect_language(page).code for page in cli._WARM_UP_PAGES}
    assert set(languages()) <= found


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
    assert {key: out[key] for key in record} == record
    assert out["newsnorm"]["site"] == "harbour-times.example"
    assert out["newsnorm"]["language"]["code"] == "en"


def test_field_that_is_not_a_string_is_an_error_record(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": 42}\n[1, 2]\n', encoding="utf-8")
    assert main(["--jsonl", str(path)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first == {
        "id": 1,
        "text": 42,
        "newsnorm": {"error": "line 1: 'text' is not a string (number)", "line": 1, "warnings": []},
    }
    assert second["newsnorm"]["error"].startswith("line 2: not a JSON object")


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


# --- issue 15: no record lost, the caller's record whole, honest decoding -------------------


def _run_cli(arguments, *, input_bytes=b"", env=None, cwd=None):
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "newsnorm", *arguments],
        input=input_bytes,
        capture_output=True,
        check=False,
        env=environment,
        cwd=cwd,
    )


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_lone_surrogate_loses_no_record_and_is_counted(tmp_path):
    lines = [json.dumps({"id": index, "text": f"{STORY} {index}"}) for index in range(5)]
    lines[1] = (
        '{"id": 1, "text": "Caf\\ud800 owners said the harbour ferry sailed again.", "t": "\\udfff"}'
    )
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run_cli(["--jsonl", str(path)])
    assert result.returncode == 0, result.stderr
    records = _records(result.stdout.decode("utf-8"))  # strict: valid UTF-8
    assert [record["id"] for record in records] == [0, 1, 2, 3, 4]
    assert records[1]["t"] == "\ufffd"
    assert records[1]["newsnorm"]["warnings"] == [
        "2 lone surrogates (invalid UTF-16 escapes) replaced by U+FFFD"
    ]
    assert "\ud800" not in records[1]["newsnorm"]["text"]


def test_callers_fields_are_never_overwritten(tmp_path, capsys):
    record = {
        "id": "x",
        "title": "Caller's title",
        "url": "https://www.harbour-times.example/a",
        "language": "xx",
        "dates": ["mine"],
        "error": None,
        "text": STORY,
    }
    path = _jsonl(tmp_path / "in.jsonl", [record])
    assert main(["--jsonl", str(path)]) == 0  # an input "error": null is just data
    (out,) = _records(capsys.readouterr().out)
    assert {key: out[key] for key in record} == record
    assert out["newsnorm"]["language"]["code"] == "en"
    assert out["newsnorm"]["site"] == "harbour-times.example"


def test_an_input_error_field_does_not_hide_newsnorms_error(tmp_path, capsys):
    good = {"id": 1, "error": "upstream timeout", "text": STORY}
    bad = {"id": 2, "error": "upstream timeout", "text": ["not", "text"]}
    path = _jsonl(tmp_path / "in.jsonl", [good, bad])
    assert main(["--jsonl", str(path)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first["error"] == "upstream timeout"
    assert "error" not in first["newsnorm"]
    assert second["error"] == "upstream timeout"
    assert "'text' is not a string" in second["newsnorm"]["error"]


def test_into_names_the_result_field(tmp_path, capsys):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY, "newsnorm": "keep me"}])
    assert main(["--jsonl", "--into", "nn", str(path)]) == 0
    (out,) = _records(capsys.readouterr().out)
    assert out["newsnorm"] == "keep me"
    assert out["nn"]["language"]["code"] == "en"


def test_empty_body_carries_a_warning(tmp_path, capsys):
    path = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": 1, "text": "Share this article\n\nSubscribe to our newsletter"}],
    )
    assert main(["--jsonl", str(path)]) == 0
    (out,) = _records(capsys.readouterr().out)
    assert out["newsnorm"]["text"] == ""
    assert "no article text was found" in out["newsnorm"]["warnings"]


PAGE_ACCENTED = (
    "Zürich: Die Fähre über den See fährt nach drei Wochen Reparatur am Montag wieder, "
    "teilte die Schifffahrtsgesellschaft mit. Die Passagiere äußerten sich erleichtert über "
    "die Rückkehr des gewohnten Fahrplans."
)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_files_in_legacy_and_wide_encodings_are_decoded(tmp_path, capsys, encoding):
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE_ACCENTED.encode(encoding))
    assert main([str(page)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert "Zürich" in record["text"] or "Fähre" in record["text"]
    assert "\x00" not in record["text"]
    assert "\ufffd" not in record["text"]
    assert record["language"]["code"] == "de"


def test_encoding_option_overrides_detection(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_bytes("Ελλάδα: το πλοίο έφυγε από το λιμάνι τη Δευτέρα.".encode("iso-8859-7"))
    assert main(["--encoding", "iso-8859-7", str(page)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert "πλοίο" in record["text"]


def test_unknown_encoding_is_a_usage_error(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    assert main(["--encoding", "no-such-codec", str(page)]) == 2
    assert "unknown encoding" in capsys.readouterr().err


def test_binary_file_is_an_error_record_saying_so(tmp_path, capsys):
    binary = tmp_path / "image.png"
    binary.write_bytes(bytes(range(256)) * 200)
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    assert main([str(binary), str(page)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first["path"] == str(binary)
    assert "not a text document" in first["error"]
    assert "text" not in first
    assert "error" not in second


def test_failures_are_summarised_on_stderr(tmp_path, capsys):
    good = tmp_path / "page.txt"
    good.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main([str(good), str(missing), str(good)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[-1] == "newsnorm: 1 of 3 documents failed; see the error records"
    assert any("missing.txt" in line and "cannot read" in line for line in lines[:-1])


def test_stdout_that_cannot_take_utf8_still_gets_every_record(tmp_path):
    path = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": index, "text": PAGE_ACCENTED + " 🚢"} for index in range(3)],
    )
    result = _run_cli(["--jsonl", str(path)], env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    records = _records(result.stdout.decode("utf-8"))
    assert [record["id"] for record in records] == [0, 1, 2]
    assert "Fähre" in records[0]["newsnorm"]["text"]


def test_hostile_lines_each_give_one_record_in_order(tmp_path):
    lines = [
        b'{"id": 0, "text": "' + STORY.encode() + b'"}',
        b'{"id": 1, "text": "nul \\u0000 inside ' + STORY.encode() + b'"}',
        b'{"id": 2, "text": "raw nul \x00 byte"}',
        b'{"id": 3, "text": "cut',
        b"\xff\xfe\x00garbage\x01\x02",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": 6, "text": "' + "Fähre".encode("cp1252") + b' sailed on Monday"}',
        b'{"id": 7, "text": "x", "score": NaN, "big": 1e999}',
        b"42",
        b'{"id": 9, "text": "' + STORY.encode() * 40 + b'"}',
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n\n   \n")
    result = _run_cli(["--jsonl", "--max-chars", "2000", str(path)])
    assert result.returncode == 1
    records = _records(result.stdout.decode("utf-8"))
    assert len(records) == len(lines)
    assert [record.get("id") for record in records] == [0, 1, 2, 3, None, None, 6, 7, None, 9]
    assert "error" not in records[0]["newsnorm"]
    assert "error" not in records[1]["newsnorm"]
    # A raw control character is not JSON, but the line is unambiguous: read, with a warning.
    assert records[2]["newsnorm"]["text"] == "raw nul \x00 byte"
    assert "control characters inside strings" in records[2]["newsnorm"]["warnings"][0]
    assert "not valid JSON" in records[3]["newsnorm"]["error"]
    assert (
        "nested too deeply" in records[5]["newsnorm"]["error"] or "error" in records[5]["newsnorm"]
    )
    assert records[6]["newsnorm"]["warnings"][0].startswith("the line is not UTF-8")
    assert "Fähre" in records[6]["text"]
    assert records[7]["score"] is None
    assert records[7]["big"] is None
    assert "2 NaN or infinite numbers replaced by null" in records[7]["newsnorm"]["warnings"]
    assert "over --max-chars" in records[9]["newsnorm"]["error"]
    assert "10 documents" in result.stderr.decode()


def test_utf16_jsonl_file_is_read(tmp_path, capsys):
    path = tmp_path / "wide.jsonl"
    text = "".join(
        json.dumps({"id": i, "text": PAGE_ACCENTED}, ensure_ascii=False) + "\n" for i in range(2)
    )
    path.write_bytes(text.encode("utf-16"))
    assert main(["--jsonl", str(path)]) == 0
    records = _records(capsys.readouterr().out)
    assert [record["id"] for record in records] == [0, 1]
    assert records[0]["newsnorm"]["language"]["code"] == "de"


def _killer(text, **options):
    if "KILL THIS WORKER" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_process_document(text, **options)


def test_a_dying_worker_gives_error_records_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    records = [{"id": index, "text": f"{STORY} {index}"} for index in range(40)]
    records[13]["text"] = "KILL THIS WORKER"
    records[29]["text"] = "KILL THIS WORKER again"
    path = _jsonl(tmp_path / "in.jsonl", records)
    monkeypatch.setattr(cli, "process_document", _killer)
    status = main(["--jsonl", "--jobs", "2", str(path)])
    out = _records(capsys.readouterr().out)
    assert status == 1
    assert [record["id"] for record in out] == list(range(40))
    failed = [record["id"] for record in out if "error" in record["newsnorm"]]
    assert failed == [13, 29]
    assert "worker process died" in out[13]["newsnorm"]["error"]


def test_killing_a_worker_from_outside_does_not_hang(tmp_path):
    path = _jsonl(
        tmp_path / "in.jsonl", [{"id": index, "text": f"{STORY} {index}"} for index in range(1500)]
    )
    command = [sys.executable, "-m", "newsnorm", "--jsonl", "--jobs", "2", str(path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        deadline = time.monotonic() + 60
        children: list[int] = []
        while not children and time.monotonic() < deadline:
            time.sleep(0.2)
            children_file = Path(f"/proc/{process.pid}/task/{process.pid}/children")
            if children_file.exists():
                children = [int(pid) for pid in children_file.read_text().split()]
        if not children:
            process.kill()
            pytest.skip("cannot see the worker processes (no /proc)")
        time.sleep(0.5)
        with contextlib.suppress(ProcessLookupError):
            os.kill(children[0], signal.SIGKILL)
        out, err = process.communicate(timeout=300)
    records = _records(out.decode("utf-8"))
    assert [record["id"] for record in records] == list(range(1500))
    assert b"Traceback" not in err


def test_resume_skips_ids_already_written_and_repairs_a_cut_line(tmp_path, capsys):
    records = [{"id": f"r{index}", "text": f"{STORY} {index}"} for index in range(6)]
    source = _jsonl(tmp_path / "in.jsonl", records)
    output = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(source), "-o", str(output)]) == 0
    written = output.read_bytes().splitlines(keepends=True)
    output.write_bytes(b"".join(written[:3]) + written[3][:25])  # a run killed mid-line
    capsys.readouterr()
    assert main(["--jsonl", str(source), "-o", str(output), "--resume"]) == 0
    assert "skipped 3 documents" in capsys.readouterr().err
    final = _records(output.read_text(encoding="utf-8"))
    assert [record["id"] for record in final] == [f"r{index}" for index in range(6)]


def test_resume_without_ids_continues_by_position(tmp_path, capsys):
    records = [{"text": f"{STORY} {index}"} for index in range(5)]
    records.insert(2, {"id": "keyed", "text": STORY})
    source = _jsonl(tmp_path / "in.jsonl", records)
    output = tmp_path / "out.jsonl"
    assert main(["--jsonl", str(source), "-o", str(output)]) == 0
    whole = output.read_bytes()
    written = whole.splitlines(keepends=True)
    output.write_bytes(b"".join(written[:4]) + written[4][:30])  # killed in the fifth record
    capsys.readouterr()
    assert main(["--jsonl", str(source), "-o", str(output), "--resume"]) == 0
    assert "skipped 4 documents" in capsys.readouterr().err
    assert output.read_bytes() == whole


def test_resume_needs_an_output_file(capsys):
    assert main(["--jsonl", "--resume"]) == 2
    assert "--resume needs --output" in capsys.readouterr().err


def test_output_that_is_also_an_input_is_refused(tmp_path, capsys):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY}])
    before = path.read_bytes()
    assert main(["--jsonl", str(path), "-o", str(path)]) == 2
    assert "is also an input" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_no_input_on_a_terminal_is_a_usage_error_not_a_hang(monkeypatch, capsys):
    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main([]) == 2
    assert "no input" in capsys.readouterr().err


def test_directory_and_empty_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main([str(tmp_path), str(empty)]) == 1
    first, second = _records(capsys.readouterr().out)
    assert first["error"].startswith("cannot read")
    assert second["text"] == ""
    assert second["warnings"] == ["no article text was found"]


def test_gzipped_inputs_are_read(tmp_path, capsys):
    import gzip

    corpus = tmp_path / "in.jsonl.gz"
    corpus.write_bytes(
        gzip.compress(
            b"".join(json.dumps({"id": i, "text": STORY}).encode() + b"\n" for i in range(3))
        )
    )
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PAGE_ACCENTED.encode("utf-8")))
    assert main(["--jsonl", str(corpus)]) == 0
    assert [record["id"] for record in _records(capsys.readouterr().out)] == [0, 1, 2]
    assert main([str(page)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert "Fähre" in record["text"]
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(corpus.read_bytes()[:30])
    assert main(["--jsonl", str(broken)]) == 1
    assert "cannot read" in _records(capsys.readouterr().out)[-1]["newsnorm"]["error"]


def test_careless_formats_get_a_hint(tmp_path, capsys):
    lines = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY}])
    assert main([str(lines)]) == 0  # forgot --jsonl: one document, with a hint
    captured = capsys.readouterr()
    assert "--jsonl processes one record per line" in captured.err
    (record,) = _records(captured.out)
    assert "this looks like JSON lines: --jsonl processes one record per line" in record["warnings"]
    array = tmp_path / "in.json"
    array.write_text(json.dumps([{"id": 1, "text": STORY}], indent=1), encoding="utf-8")
    assert main(["--jsonl", str(array)]) == 1
    captured = capsys.readouterr()
    assert "starts with a JSON array" in captured.err
    assert len(_records(captured.out)) == len(array.read_text().splitlines())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("to_file", [False, True])
def test_a_full_disk_is_one_line_on_stderr_not_a_traceback(tmp_path, to_file):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": index, "text": STORY} for index in range(3)])
    if to_file:
        result = _run_cli(["--jsonl", str(path), "-o", "/dev/full"])
    else:
        command = f"{sys.executable} -m newsnorm --jsonl {path} > /dev/full"
        result = subprocess.run(["bash", "-c", command], capture_output=True, check=False)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1
    assert "Traceback" not in stderr
    assert "cannot write" in stderr
    assert "No space left on device" in stderr


_STOPS = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]


@pytest.mark.parametrize("stop", _STOPS)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_ends_on_a_whole_record_and_resume_finishes_the_run(tmp_path, jobs, stop):
    records = [{"id": index, "text": f"{STORY} {index}"} for index in range(400)]
    path = _jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "newsnorm",
        "--jsonl",
        "--jobs",
        jobs,
        str(path),
        "-o",
        str(out),
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.stat().st_size > 0:
            break
        time.sleep(0.05)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:  # the run finished before the signal: nothing to check
        return
    assert process.returncode == 128 + stop
    assert "Traceback" not in stderr.decode("utf-8")
    written = out.read_bytes()
    assert written.endswith(b"\n")
    assert all(json.loads(line) for line in written.splitlines())
    assert f"after {len(written.splitlines())} documents" in stderr.decode("utf-8")
    result = _run_cli(["--jsonl", "--jobs", jobs, "--resume", str(path), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == list(range(400))


_PAGE_HTML = (
    "<!DOCTYPE html>\n<html><head><title>Ferry back</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Ferry back</h1>"
    f"<p>{STORY}</p></article></body></html>"
)


def test_a_page_given_without_html_is_read_as_html_and_says_so(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(_PAGE_HTML, encoding="utf-8")
    assert main([str(page)]) == 0
    captured = capsys.readouterr()
    (record,) = _records(captured.out)
    assert "<p>" not in record["text"]
    assert "harbour" in record["text"]
    assert any(note.startswith("read as HTML") for note in record["warnings"])
    assert "read as HTML" in captured.err


def test_a_jsonl_record_holding_a_page_is_read_as_html(tmp_path, capsys):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": _PAGE_HTML}, {"id": 2, "text": STORY}])
    assert main(["--jsonl", str(path)]) == 0
    first, second = _records(capsys.readouterr().out)
    assert "<p>" not in first["newsnorm"]["text"]
    assert any(note.startswith("read as HTML") for note in first["newsnorm"]["warnings"])
    assert not any(note.startswith("read as HTML") for note in second["newsnorm"]["warnings"])


def test_text_that_only_contains_markup_stays_text(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(f"{STORY}\nThe tag <html> opens a page.", encoding="utf-8")
    assert main([str(page)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert "<html>" in record["text"]
    assert not any(note.startswith("read as HTML") for note in record["warnings"])


def test_plain_text_given_with_html_is_read_as_text_and_says_so(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(f"Menu | Home | Sport\n\n{STORY}\n", encoding="utf-8")
    assert main(["--html", str(page)]) == 0
    captured = capsys.readouterr()
    (record,) = _records(captured.out)
    assert "harbour ferry" in record["text"]
    assert any(note.startswith("read as text") for note in record["warnings"])
    assert "read as text" in captured.err
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY}, {"id": 2, "text": _PAGE_HTML}])
    assert main(["--jsonl", "--html", str(path)]) == 0
    first, second = _records(capsys.readouterr().out)
    assert "harbour ferry" in first["newsnorm"]["text"]
    assert any(note.startswith("read as text") for note in first["newsnorm"]["warnings"])
    assert not any(note.startswith("read as text") for note in second["newsnorm"]["warnings"])


def test_a_text_file_given_to_jsonl_gets_a_hint(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(f"{STORY}\nA second line.\n", encoding="utf-8")
    assert main(["--jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    assert len(_records(captured.out)) == 2  # still one error record per line
    assert "does not start like JSON lines" in captured.err


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(
    record=st.dictionaries(st.text(max_size=6), _JSON_VALUES, max_size=4),
    result=st.dictionaries(st.text(max_size=6), _JSON_VALUES, max_size=4),
    into=st.text(min_size=1, max_size=6),
)
def test_a_spliced_result_gives_the_line_the_writer_would_write(record, result, into):
    # Line separators, lone surrogates, NaN, a name already in the record, empty records.
    try:
        fragment = cli._json_bytes(result)
    except ValueError:  # a worker sends such a result as the dict
        return
    expected, error = cli._dumps({**record, into: result}, into)
    spliced = cli._spliced(record, into, fragment)
    if spliced is not None:
        assert error is None
        assert spliced == expected
    else:
        assert into in record or error is not None or b"surrogate" in expected


def test_jobs_write_the_same_bytes_as_one_process(tmp_path):
    lines = [
        json.dumps({"id": 1, "text": f"{STORY}\u2028 It sails\x85 daily.", "url": "http://a.org/"}),
        json.dumps({"id": 2, "text": "Caf\ud800 " + STORY, "newsnorm": "taken"}),
        json.dumps({"text": STORY, "v": float("nan")}),
        json.dumps({"id": 3, "text": STORY, "\u00fcber": ["\u2029", {}]}),
        '{"id": 4, "text": "cut',
        json.dumps({"id": 5, "body": STORY}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8", errors="surrogatepass")
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}.jsonl"
        main(["--jsonl", "--jobs", jobs, str(path), "-o", str(target)])
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    records = _records(outputs[0].decode("utf-8"))
    assert len(records) == 18
    assert "\u2028" not in outputs[0].decode("utf-8")
    assert records[1]["newsnorm"]["warnings"][-1] == "the input's 'newsnorm' field was replaced"


# --- careless uses: closed standard streams, options that would lose data ------------------


def _run_with_closed(fd_redirect: str, arguments: str, tmp_path: Path):
    """Run the command with one standard stream closed (``<&-``, ``>&-`` or ``2>&-``)."""
    command = f"{sys.executable} -m newsnorm {arguments} {fd_redirect}"
    return subprocess.run(["bash", "-c", command], capture_output=True, check=False, cwd=tmp_path)


@pytest.mark.parametrize("jsonl", [False, True])
def test_a_closed_stdin_is_an_error_record_not_a_traceback(tmp_path, jsonl):
    result = _run_with_closed("<&-", "--jsonl -" if jsonl else "-", tmp_path)
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1
    assert "Traceback" not in stderr
    (record,) = _records(result.stdout.decode("utf-8"))
    error = record["newsnorm"]["error"] if jsonl else record["error"]
    assert "standard input is closed" in error


def test_a_closed_stdout_without_output_is_a_usage_error(tmp_path):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    result = _run_with_closed(">&-", "page.txt", tmp_path)
    assert result.returncode == 2
    assert "stdout is closed" in result.stderr.decode("utf-8")


def test_a_closed_stderr_loses_no_record_and_keeps_stdout_clean(tmp_path):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    result = _run_with_closed("2>&-", "missing.txt page.txt", tmp_path)
    assert result.returncode == 1
    first, second = _records(result.stdout.decode("utf-8"))
    assert "cannot read missing.txt" in first["error"]
    assert second["path"] == "page.txt"
    assert "error" not in second


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["--field", "body", "page.txt"], "add --jsonl"),
        (["--into", "result", "page.txt"], "add --jsonl"),
        (["--jsonl", "--into", "text", "in.jsonl"], "lose its text"),
        (["--jsonl", "--field", "body", "--into", "body", "in.jsonl"], "lose its text"),
        (["--jsonl", "--into", "id", "in.jsonl"], "id field"),
        (["--view", "page.txt", "other.txt"], "one document"),
        (["--jsonl", "--field", "", "in.jsonl"], "--field needs a field name"),
        (["--jsonl", "--id-field", "", "in.jsonl"], "--id-field needs a field name"),
    ],
)
def test_options_that_would_drop_data_are_refused(tmp_path, capsys, monkeypatch, arguments, said):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY}])
    assert main(arguments) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert said in captured.err
    assert captured.err.count("\n") == 1


def test_output_dash_is_stdout(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    assert main(["page.txt", "-o", "-"]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["path"] == "page.txt"
    assert not (tmp_path / "-").exists()
    assert main(["page.txt", "-o", "-", "--resume"]) == 2
    assert "--resume needs --output FILE" in capsys.readouterr().err


def test_view_writes_to_output_and_leaves_no_page_on_failure(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    shown = tmp_path / "view.html"
    assert main(["--view", str(page), "-o", str(shown)]) == 0
    assert shown.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert capsys.readouterr().out == ""
    missing = tmp_path / "never.html"
    assert main(["--view", str(tmp_path / "absent.txt"), "-o", str(missing)]) == 1
    assert not missing.exists()
    assert "cannot read" in capsys.readouterr().err


def test_a_record_whose_url_cannot_be_read_is_processed_without_it(tmp_path, capsys):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY, "url": "https://[bad/a"}])
    assert main(["--jsonl", str(path)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["url"] == "https://[bad/a"  # the caller's field, untouched
    assert record["newsnorm"]["url"] is None
    assert "harbour ferry" in record["newsnorm"]["text"]
    assert any(note.startswith("url ignored") for note in record["newsnorm"]["warnings"])


def test_a_web_address_given_as_a_file_says_to_download_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["https://news.example/story"]) == 1
    captured = capsys.readouterr()
    (record,) = _records(captured.out)
    assert "download the page first" in record["error"]
    assert "download the page first" in captured.err
    assert main(["--jsonl", "https://news.example/feed.jsonl"]) == 1
    assert "download the page first" in capsys.readouterr().err


def test_jsonl_files_concatenated_with_their_byte_order_marks_are_read(tmp_path, capsys):
    bom = "\ufeff".encode()
    first = bom + json.dumps({"id": 1, "text": STORY}).encode() + b"\n"
    second = bom + json.dumps({"id": 2, "text": STORY}).encode() + b"\n"
    path = tmp_path / "both.jsonl"
    path.write_bytes(first + second)
    assert main(["--jsonl", str(path)]) == 0
    assert [record["id"] for record in _records(capsys.readouterr().out)] == [1, 2]


def test_pretty_printed_json_given_to_jsonl_gets_a_hint(tmp_path, capsys):
    path = tmp_path / "pretty.json"
    path.write_text(json.dumps({"id": 1, "text": STORY}, indent=2) + "\n", encoding="utf-8")
    assert main(["--jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    assert "jq -c ." in captured.err
    assert len(_records(captured.out)) == 4  # still one record per line, each an error
