import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import any_text, non_str

import newsnorm
from newsnorm.cli import main


@given(any_text)
@settings(max_examples=40)
def test_normalise_never_raises_and_offsets_are_valid(text):
    article = newsnorm.normalise(text)
    assert article.source == text
    for segment in article.removed:
        assert text[segment.start : segment.end] == segment.text
    for credit in article.syndication:
        assert text[credit.start : credit.end] == credit.evidence
    for mention in article.dates:
        assert article.text[mention.start : mention.end] == mention.text
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text


@given(any_text)
@settings(max_examples=25)
def test_normalise_is_deterministic(text):
    assert newsnorm.normalise(text) == newsnorm.normalise(text)


@given(any_text)
@settings(max_examples=15)
def test_normalise_html_never_raises(html):
    assert isinstance(newsnorm.normalise_html(html), newsnorm.Article)


@given(non_str)
def test_normalise_rejects_non_str(value):
    with pytest.raises(TypeError, match="text must be a str"):
        newsnorm.normalise(value)
    if not isinstance(value, bytes):  # bytes are a page's encoded HTML
        with pytest.raises(TypeError, match="html must be a str"):
            newsnorm.normalise_html(value)


# --- the command line: any sequence of JSONL lines, one record per line, in order ----------

_ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
_RECORD_LINE = st.builds(
    lambda text, extra: json.dumps({"text": text, **extra}, ensure_ascii=True).encode(),
    st.text(_ANY_CHARACTER, max_size=300),
    st.dictionaries(
        st.text(_ANY_CHARACTER, max_size=5).filter(
            lambda key: key not in {"text", "position", "newsnorm"}
        ),
        st.none() | st.text(_ANY_CHARACTER, max_size=5),
        max_size=3,
    ),
)
_JUNK_LINE = st.binary(max_size=200).map(lambda data: data.replace(b"\n", b" "))
_LINE = st.one_of(
    _RECORD_LINE, _JUNK_LINE, st.sampled_from([b"{", b"null", b'{"id": 1}', b"\xff\xfe{\x00"])
)


def _is_blank(line: bytes, number: int) -> bool:
    if number == 0:
        line = line.removeprefix(b"\xef\xbb\xbf")
    return not line.strip(b" \t\r\n")


@given(st.lists(_LINE, max_size=8))
@settings(max_examples=30, deadline=None)
def test_any_jsonl_lines_give_one_valid_record_each_in_order(tmp_path_factory, lines):
    # Each record line carries its position, so that the order of the output can be checked.
    # A file that opens with a UTF-16/32 byte-order mark and JSON, or with a gzip header, is
    # read as such (and so is not a sequence of UTF-8 lines): such first lines are left out.
    assume(not lines or not lines[0].startswith((b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b\x08")))
    tagged = [
        b'{"position": ' + str(position).encode() + b", " + line[1:]
        if line.startswith(b'{"text"')
        else line
        for position, line in enumerate(lines)
    ]
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_bytes(b"\n".join(tagged))
    output = path.with_name("out.jsonl")
    status = main(["--jsonl", "--progress", "never", str(path), "-o", str(output)])
    assert status in {0, 1}
    records = [json.loads(line) for line in output.read_bytes().decode("utf-8").splitlines()]
    # splitlines splits on every Unicode line break: the output escapes them all but "\n"
    expected = [position for position, line in enumerate(tagged) if not _is_blank(line, position)]
    assert len(records) == len(expected)
    for position, record in zip(expected, records, strict=True):
        assert "newsnorm" in record
        if "position" in record:
            assert record["position"] == position
        if tagged[position].startswith(b'{"position"'):
            assert record["position"] == position
            assert "error" not in record["newsnorm"]
