"""The stripper's merged passes agree with the separate passes they replaced.

Each function below is a pass as it was written before the passes were merged into one
reading of each line (features._describe_page) and one pass over the described lines
(region.choose_region). They are the specification the merged code must keep.
"""

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text

from newsnorm.boilerplate import weights as w
from newsnorm.boilerplate.features import (
    _CJK,
    _CLOSERS,
    _COLONS,
    _CONTINUED,
    _DENSE,
    _HANGUL,
    _INLINE_REASONS,
    _LIST_MARKERS,
    _MAYBE_WIDE,
    _QUESTION_OR_EXCLAMATION,
    _SENTENCE_END,
    CJK_LINE_CHARACTERS,
    CJK_WEIGHT,
    CJK_WORD_LENGTH,
    DENSE_WORD_LENGTH,
    HANGUL_WEIGHT,
    MIN_CJK_PROSE_WEIGHT,
    MIN_PROSE_WEIGHT,
    UNKNOWN_STOPWORD_SHARE,
    LineInfo,
    _count_stopwords,
    _describe_page,
    _is_date_line,
    _is_prose,
    _is_title_case,
    _knows_language,
    _mark_tables,
    _new_info,
)
from newsnorm.boilerplate.phrases import (
    CONTAINS_LIMIT,
    COOKIE_NOTICE_LIMIT,
    PREFIX_LIMIT,
    _fold_lines,
    _phrases,
    contained_reasons,
    cookie_notices,
    lower_lines,
    page_reasons,
    stopwords,
)
from newsnorm.boilerplate.region import (
    _BODY_ENDS,
    CLUSTER_PENALTY,
    FOOTER_SHARE,
    HEADER_CLUSTER,
    TEASER_PENALTY,
    Region,
    _closing_lines,
    _skip_header,
    choose_region,
    section_lines,
)


def _describe_one(
    line: str,
    lowered: str,
    header: str | None,
    reason: str | None,
    *,
    common: frozenset[str] | None,
    stops: dict[str, int],
    wide: bool = True,
) -> LineInfo:
    length = len(line)
    cjk = dense = hangul = 0
    if wide and not line.isascii() and _MAYBE_WIDE.search(line) is not None:
        cjk = len(_CJK.findall(line))
        dense = len(_DENSE.findall(line))
        hangul = len(_HANGUL.findall(line))
    weight = length + (CJK_WEIGHT - 1) * cjk + (HANGUL_WEIGHT - 1) * hangul
    if header is not None:
        return _new_info(("header", header, weight, w.HEADER_SCORE, False, False, False))
    if reason is not None:
        # Captions, ads and share bars sit inside articles too: crossing them costs little.
        if reason in _INLINE_REASONS:
            extra = min(weight, w.INLINE_PHRASE_CAP) * w.INLINE_PHRASE_SHARE
        else:
            extra = min(weight, w.PHRASE_WEIGHT_CAP)
        return _new_info(
            ("phrase", reason, weight, -(w.PHRASE_BASE_COST + extra), False, False, False)
        )
    bare = line.rstrip(_CLOSERS)
    last = bare[-1:]
    ends = last in _SENTENCE_END
    if weight < w.ELLIPSIS_MAX_WEIGHT and (last == "…" or bare.endswith("...")):
        score = -float(min(weight, w.ELLIPSIS_WEIGHT_CAP))
        return _new_info(("ellipsis", None, weight, score, False, False, False))
    words = lowered.count(" ") + 1 if lowered else 0  # lowered: words and single spaces
    listed = line[:1] in _LIST_MARKERS and line[1:2].isspace()
    if weight >= (MIN_CJK_PROSE_WEIGHT if cjk >= CJK_LINE_CHARACTERS else MIN_PROSE_WEIGHT):
        if common is None:
            stop_share = UNKNOWN_STOPWORD_SHARE
        else:
            known = stops.get(lowered)
            if known is None:
                known = _count_stopwords(lowered, common)
            stop_share = known / max(words, 1)
        word_count = words + cjk // CJK_WORD_LENGTH + dense // DENSE_WORD_LENGTH
        if _is_prose(line, word_count, cjk, stop_share, ends=ends) and not (
            (listed and weight < w.LISTED_PROSE_MIN_WEIGHT)
            or _is_title_case(line, words, ends=ends)
        ):
            full = stop_share >= w.FULL_PROSE_STOPWORD_SHARE or cjk
            score = float(weight) * (1.0 if full else w.THIN_PROSE_SHARE)
            if listed:
                score *= w.LISTED_PROSE_SHARE
            colon = last in _COLONS
            return _new_info(("prose", None, weight, score, False, ends, colon))
    headline = (
        (not ends or last in _QUESTION_OR_EXCLAMATION)
        and w.HEADLINE_MIN_WEIGHT <= weight <= w.HEADLINE_MAX_WEIGHT
        and (cjk >= w.HEADLINE_MIN_CJK or words >= w.HEADLINE_MIN_WORDS)
    )
    if listed:
        return _new_info(("list", None, weight, w.LIST_SCORE, headline, False, False))
    if weight <= w.DATE_MAX_WEIGHT and _is_date_line(line):
        return _new_info(("date", None, weight, w.DATE_SCORE, False, False, False))
    if _is_title_case(line, words, ends=ends):
        # Title Case without a full stop: a headline, of this article or of a teaser.
        score = -float(min(weight, w.TITLE_CASE_WEIGHT_CAP)) * w.TITLE_CASE_COST_SHARE
        return _new_info(("short", None, weight, score, headline, ends, False))
    # A line that stops at a comma continues its sentence on the next line.
    sentence = ends or line.endswith(_CONTINUED)
    colon = last in _COLONS
    return _new_info(("short", None, weight, w.SHORT_SCORE, headline, sentence, colon))


def _describe_separately(lines):
    """The page's descriptions as the separate passes made them."""
    unique = list(dict.fromkeys(lines))
    folded, lowered = _fold_lines(unique)
    headers, reasons = page_reasons(unique, lowered)
    stops = {}
    lowered_of = dict(zip(unique, lowered, strict=True))
    known = _knows_language(map(lowered_of.__getitem__, lines), stops)
    common = stopwords() if known else None
    wide = _MAYBE_WIDE.search("\n".join(unique)) is not None
    described = {
        line: _describe_one(
            line, lowered_line, header, reason, common=common, stops=stops, wide=wide
        )
        for line, lowered_line, header, reason in zip(
            unique, lowered, headers, reasons, strict=True
        )
    }
    infos = list(map(described.__getitem__, lines))
    marks = [
        ("e" if info.weight <= w.TABLE_ROW_MAX_WEIGHT else ".")
        + ("r" if "  " in line or "\t" in line else ".")
        if info.kind in {"short", "date", "list"}
        else ".."
        for line, info in zip(lines, infos, strict=True)
    ]
    return _mark_tables(lines, infos, marks), dict(zip(unique, folded, strict=True))


def _best_run(scores: list[float]) -> tuple[int, int, float]:
    """The maximum-sum run of *scores* as ``(start, end, total)`` (Kadane's algorithm)."""
    best = (0, 0, 0.0)
    start = 0
    total = 0.0
    for index, score in enumerate(scores):
        if total <= 0:
            start, total = index, 0.0
        total += score
        if total > best[2]:
            best = (start, index + 1, total)
    return best


def _announced_lines(infos: list[LineInfo], gaps: Sequence[bool]) -> frozenset[int]:
    """Lines of a list announced by a line ending in a colon ("Tour dates:").

    The list runs through the lines of the same block (no blank line between) that are not
    known boilerplate.
    """
    announced: set[int] = set()
    inside = False
    for index, info in enumerate(infos):
        if inside and (gaps[index] or info.kind in {"phrase", "header"}):
            inside = False
        if inside:
            announced.add(index)
        if info.colon and info.kind in {"short", "prose"}:
            inside = True
    return frozenset(announced)


def _choose_region_separately(
    infos: list[LineInfo],
    *,
    repeated: frozenset[int] = frozenset(),
    gaps: Sequence[bool] = (),
) -> Region:
    """Choose the article region among the described lines of a page.

    Args:
        infos: One :class:`LineInfo` per line, in order.
        repeated: Indices of lines whose text occurs more than once on the page.
        gaps: For each line, whether a blank line comes before it (all ``False`` if empty).

    Returns:
        The region; ``start == end`` when the page has no prose.
    """
    teaser, comments = section_lines(infos)
    announced = _announced_lines(infos, gaps or [False] * len(infos))
    scores = []
    last_header = -HEADER_CLUSTER
    footer = len(infos) - len(infos) // FOOTER_SHARE
    run = 0  # furniture lines in a row so far
    for index, info in enumerate(infos):
        score = info.score
        if info.kind in _BODY_ENDS:
            run = 0
        else:
            run += 1
            if run > w.FURNITURE_RUN_FREE:
                score -= w.FURNITURE_RUN_COST  # a long stretch of furniture: menus, teasers
        if index >= footer and score > 0:
            score *= w.FOOTER_PROSE_SHARE
        if info.kind == "header":
            if index - last_header <= HEADER_CLUSTER:
                score -= CLUSTER_PENALTY  # headers in a row: the page's teaser area
            last_header = index
        if index in repeated and info.kind != "prose":
            score -= min(info.weight, w.REPEATED_WEIGHT_CAP)
        elif index in repeated:
            score *= w.REPEATED_PROSE_SHARE
        if index in teaser or index in comments:
            if score > 0:
                score *= w.TEASER_PROSE_SHARE
            score -= TEASER_PENALTY
        scores.append(score)
    start, end, _total = _best_run(scores)
    while start < end and infos[start].kind != "prose":
        start += 1
    while end > start and infos[end - 1].kind not in _BODY_ENDS and end - 1 not in announced:
        end -= 1
    if start == end:
        return Region(0, 0, None, teaser, comments, announced)
    start = _skip_header(infos, start, end)
    end = _closing_lines(infos, end, teaser | comments)
    while end < len(infos) and end in announced:
        end += 1
    return Region(start, end, None, teaser, comments, announced)


# Lines that phrases, tables, dates, lists and prose decide, in the shapes pages give them.
_LINES = (
    "Related Articles",
    "* Share this article",
    "12 Comments",
    "Comments (4)",
    "More from Sport desk today",
    "FacebookTwitterEmail",
    "By Ada Moss",
    "Photo: Ada Moss / Reuters",
    "Sign up for our newsletter",
    "We use cookies to make this website work for you.",
    "Tour dates:",
    "Crew          Time",
    "Marlow        12:04",
    "3 May - Lyon, Hall",
    "4 May - Nice, Arena",
    "5 May - Metz, Dome",
    "* Home",
    "Bay Club\t12:19",
    "Pier Crew\t12:31",
    "Old Mill\t12:40",
    "12.03.2031",
    "5 hours ago",
    "The Council Votes On The New Harbour Plan",
    "Is the ferry safe enough for the winter storms?",
    "The harbour board met on Monday and agreed, after a long debate, to keep the ferry.",
    "Read the full story of the storm, the rescue and the repairs in our special report...",
    "港口委员会周一开会，同意继续运营渡轮。",
    "항구 위원회는 월요일에 회의를 열었다",
    "คณะกรรมการท่าเรือประชุมเมื่อวันจันทร์",
)


def _page_lines(lines):
    return [line for line in (text.strip() for text in lines) if line and "\n" not in line]


_PAGES = st.lists(st.one_of(news_text, any_text, st.sampled_from(_LINES)), max_size=30)


@given(_PAGES, st.data())
def test_one_reading_of_each_line_describes_as_the_separate_passes(lines, data):
    lines = _page_lines(lines)
    lines += data.draw(st.lists(st.sampled_from(lines), max_size=4)) if lines else []
    assert _describe_page(lines) == _describe_separately(lines)


@given(_PAGES, st.data())
def test_one_pass_over_the_lines_chooses_the_region_of_the_separate_passes(lines, data):
    lines = _page_lines(lines)
    infos = _describe_separately(lines)[0]
    repeated = frozenset(data.draw(st.sets(st.integers(0, max(len(lines) - 1, 0)))))
    gaps = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    for gap in (gaps, ()):
        region = choose_region(infos, repeated=repeated, gaps=gap)
        assert region == _choose_region_separately(infos, repeated=repeated, gaps=gap)
        assert (region.teaser, region.comments) == section_lines(infos)


@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=60))
def test_merged_passes_agree_on_tables_dates_and_prose(lines):
    infos = _describe_page(lines)[0]
    assert infos == _describe_separately(lines)[0]
    assert choose_region(infos) == _choose_region_separately(infos)


_PROSE = (
    "The harbour board met on Monday and agreed, after a long debate, to keep the ferry.",
    "Its engineers said the hull would need new plates before the storms of the winter.",
    "A spokesman for the board said that the repairs would be paid for by the port itself.",
)


@given(
    st.integers(0, 9),
    st.sampled_from(["12 Comments", "Related Articles", "Tour dates:", "Share"]),
    st.lists(st.sampled_from(_LINES + _PROSE), max_size=30),
)
def test_merged_passes_agree_on_sections_below_the_article(prose, header, tail):
    lines = [_PROSE[index % len(_PROSE)] for index in range(prose)] + [header, *tail]
    infos = _describe_page(lines)[0]
    assert infos == _describe_separately(lines)[0]
    for repeated in (frozenset(), frozenset(range(0, len(lines), 3))):
        expected = _choose_region_separately(infos, repeated=repeated)
        assert choose_region(infos, repeated=repeated) == expected


def _contained_separately(lines, lowered):
    """contained_reasons() as a search of each line for each phrase, in the data's order."""
    phrases = _phrases()
    found = {}
    for index, line in enumerate(lines):
        if len(line) <= CONTAINS_LIMIT:
            for phrase, reason in phrases.contains:
                if phrase in lowered[index]:
                    found[index] = reason
                    break
    social = {
        index
        for index, line in enumerate(lines)
        if len(line) <= PREFIX_LIMIT
        and any(network in lowered[index] for network in phrases.network_needles)
    }
    return found, social


_NEEDLES = (*(phrase for phrase, _reason in _phrases().contains), "design", "signal")
_NEEDLE_LINES = st.builds(
    lambda before, needle, after, upper: before + (needle.upper() if upper else needle) + after,
    st.sampled_from(("", "The ", "Ada Moss ", "(", "* ")),
    st.lists(st.sampled_from(_NEEDLES), min_size=1, max_size=3).map(" ".join),
    st.sampled_from(("", " today", ": Ada Moss", " and more.", ")")),
    st.booleans(),
)


@given(st.lists(st.one_of(_NEEDLE_LINES, _NEEDLE_LINES, news_text, any_text), max_size=20))
def test_phrases_found_through_shared_words_are_those_found_one_by_one(lines):
    lines = _page_lines(lines)
    lowered = lower_lines(lines)
    assert contained_reasons(lines, lowered) == _contained_separately(lines, lowered)


def _cookies_separately(lines, lowered):
    """cookie_notices() as a test of each line for each cookie word and each context word."""
    phrases = _phrases()
    return {
        index
        for index, line in enumerate(lines)
        if len(line) <= COOKIE_NOTICE_LIMIT
        and any(word in lowered[index] for word in phrases.cookie_words)
        and any(word in lowered[index] for word in phrases.cookie_context)
    }


_COOKIE_LINES = st.builds(
    lambda before, word, after, padding: before + word + after + padding,
    st.sampled_from(("", "We use ", "* Bake the ", "Çerez ")),
    st.sampled_from(("cookies", "COOKIE", "çerez", "куки", "biscuits")),
    st.sampled_from(
        ("", " on this website.", " to measure traffic (consent).", " for ten minutes")
    ),
    st.sampled_from(("", " and more" * 300)),  # the longer one is over the notices' limit
)


@given(st.lists(st.one_of(_COOKIE_LINES, _COOKIE_LINES, news_text, any_text), max_size=12))
def test_cookie_notices_are_those_found_line_by_line(lines):
    lines = _page_lines(lines)
    lowered = lower_lines(lines)
    assert cookie_notices(lines, lowered) == _cookies_separately(lines, lowered)
