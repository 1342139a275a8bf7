import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text, non_str

from newsnorm import strip_boilerplate
from newsnorm.boilerplate.features import describe, describe_lines
from newsnorm.boilerplate.phrases import (
    COMMENT_HEADER_LIMIT,
    contained_reasons,
    cookie_notices,
    header_reason,
    line_reason,
    lower,
    lower_lines,
    normalise_line,
    page_reasons,
    phrase_reason,
)
from newsnorm.boilerplate.strip import _strip
from newsnorm.model import SEGMENT_REASONS

# Lines that phrases decide, in the shapes pages give them (markers, counters, case, glue).
_PHRASE_LINES = (
    "Related Articles",
    "* Share this article",
    "12 Comments",
    "Comments (4)",
    "12 thoughts on \u201cFerry back\u201d",
    "More from Sport desk today",
    "FacebookTwitterEmail",
    "Facebook  Twitter\tWhatsApp",
    "By Ada Moss",
    "By noon the fog had lifted over the bay.",
    "\u00a9 2031 Harbour Gazette. All rights reserved.",
    "Photo: Ada Moss / Reuters",
    "Sign up for our newsletter",
    "5 min read",
    "Read more:",
    "Lesen Sie auch",
    "Home",
    "Source: Tide News",
)


_TABLE_LINES = (
    "Crew          Time",
    "Marlow        12:04",
    "3 May - Lyon, Hall",
    "* Home",
    "Bay Club\t12:19",
)


def _is_subsequence(small: str, big: str) -> bool:
    characters = iter(big)
    return all(character in characters for character in small)


def _letters(text: str) -> str:
    return "".join(text.split())


@given(any_text)
def test_never_raises_and_removed_offsets_are_valid(text):
    result = strip_boilerplate(text)
    previous_end = 0
    for segment in result.removed:
        assert 0 <= segment.start <= segment.end <= len(text)
        assert text[segment.start : segment.end] == segment.text
        assert segment.start >= previous_end
        assert segment.reason in SEGMENT_REASONS
        previous_end = segment.end


@given(any_text)
def test_body_is_made_of_the_inputs_own_text(text):
    result = strip_boilerplate(text)
    assert _is_subsequence(_letters(result.text), _letters(text))
    if result.title is not None:
        assert result.title in text


@given(news_text)
def test_extracted_mode_keeps_offsets_and_own_text(text):
    result = _strip(text, extracted=True)
    assert _is_subsequence(_letters(result.text), _letters(text))
    for segment in result.removed:
        assert text[segment.start : segment.end] == segment.text


@given(any_text)
def test_same_output_twice(text):
    assert strip_boilerplate(text) == strip_boilerplate(text)


@given(news_text)
def test_extracted_mode_is_idempotent_on_its_body(text):
    once = _strip(text, extracted=True).text
    assert _strip(once, extracted=True).text == once


@given(non_str)
def test_rejects_non_str(value):
    with pytest.raises(TypeError, match="text must be a str"):
        strip_boilerplate(value)


@pytest.mark.parametrize(
    "page",
    [
        "The ferry sailed again on Monday after repairs, the office said. " * 4000,
        "Related\n" * 30000,
        "* Home\n" * 30000,
        "(" * 200000,
        "\x00\r\n" * 30000,
        "FacebookTwitter" * 15000,
        "By Jane Roe\n\n" * 20000,
        "<meta " * 40000,
        "\ud800 \u3002" * 50000,
    ],
    ids=["one-line", "headers", "list", "brackets", "nul-crlf", "glued", "bylines", "tags", "cjk"],
)
def test_hostile_pages_finish(page):
    result = strip_boilerplate(page)
    for segment in result.removed[:50]:
        assert page[segment.start : segment.end] == segment.text


@given(st.lists(st.one_of(news_text, st.sampled_from(_PHRASE_LINES)), max_size=12))
def test_page_level_phrase_pass_agrees_with_the_line_functions(lines):
    lines = [line for line in (text.strip() for text in lines) if line and "\n" not in line]
    lowered = lower_lines(lines)
    assert lowered == [lower(line) for line in lines]
    headers, reasons = page_reasons(lines, lowered)
    contained, social = contained_reasons(lines, lowered)
    cookies = cookie_notices(lines, lowered)
    for index, line in enumerate(lines):
        header = header_reason(normalise_line(line)) if len(line) <= COMMENT_HEADER_LIMIT else None
        assert headers[index] == header
        if header is None:
            reason = line_reason(line, lowered[index], social=index in social)
            cookie = "navigation" if index in cookies else None
            assert reasons[index] == (reason or contained.get(index) or cookie)
            assert reasons[index] == phrase_reason(line)


@given(st.lists(any_text, max_size=8))
def test_cookie_notices_are_indices_of_lines_naming_cookies(lines):
    lowered = lower_lines(lines)
    for index in cookie_notices(lines, lowered):
        assert 0 <= index < len(lines)
        assert "cookie" in lowered[index] or not lowered[index].isascii()


@given(st.lists(st.one_of(news_text, st.sampled_from(_TABLE_LINES)), max_size=12))
def test_table_rows_score_for_the_article_and_keep_their_weight(lines):
    lines = [line for line in (text.strip() for text in lines) if line and "\n" not in line]
    for line, info in zip(lines, describe_lines(lines), strict=True):
        if info.kind == "table":
            assert info.score > 0
            assert info.weight == describe(line).weight
            assert info.reason is None


_SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1f", "\u200b", "\x85"])


@given(st.lists(st.lists(st.one_of(news_text, _SPACES), max_size=6).map("".join), max_size=8))
def test_lower_lines_is_lower_of_each_line_whatever_its_white_space(lines):
    assert lower_lines(lines) == [lower(line) for line in lines]


@given(st.lists(any_text, max_size=8))
def test_lower_lines_is_lower_of_each_line_on_any_text(lines):
    assert lower_lines(lines) == [lower(line) for line in lines]


@given(st.lists(st.one_of(st.sampled_from(_TABLE_LINES), news_text), max_size=14))
def test_same_shape_runs_read_shapes_only_where_a_run_can_be(lines):
    import re

    from newsnorm.boilerplate import weights
    from newsnorm.boilerplate.features import _MARKERS_AND_SPACE, _same_shape_runs

    def shape(line: str) -> str:
        text = line.lstrip(_MARKERS_AND_SPACE)
        if text.replace(" ", "").isalnum():
            return ""
        marks = re.findall(r"[^\w\s]", text[: weights.SHAPE_PREFIX])[:2]
        return ("0" if text[:1].isdigit() else "a") + "".join(marks) if marks else ""

    shapes = [shape(line) for line in lines]
    expected = []
    index = 0
    while index < len(shapes):
        stop = index + 1
        while stop < len(shapes) and shapes[stop] == shapes[index]:
            stop += 1
        if shapes[index] and stop - index >= weights.PARALLEL_MIN_ROWS:
            expected.append(range(index, stop))
        index = stop
    assert list(_same_shape_runs(lines, 0, len(lines))) == expected


@given(st.lists(st.one_of(news_text, st.sampled_from(_PHRASE_LINES)), max_size=12))
def test_repeated_lines_use_the_described_lines_case_folding(lines):
    from collections import Counter

    from newsnorm.boilerplate.cleanup import _repeated
    from newsnorm.boilerplate.features import _describe_page

    lines = [line for line in (text.strip() for text in lines) if line and "\n" not in line]
    lines += lines[:2]  # some lines twice
    infos, folded = _describe_page(lines)
    assert infos == describe_lines(lines)
    keys = [line.casefold() if len(line) >= 15 else "" for line in lines]
    counts = Counter(keys)
    assert _repeated(lines, folded) == {i for i, key in enumerate(keys) if key and counts[key] > 1}
