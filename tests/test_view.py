"""The view page: what normalise() found is all on it, in the right place, as valid HTML."""

from __future__ import annotations

import html
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, news_text

import newsnorm
from newsnorm.cli import main
from newsnorm.model import UNDETERMINED, Article, DateMention, Language, Quote, Segment
from newsnorm.viewer import run_view_command
from newsnorm.viewer.align import body_to_source
from newsnorm.viewer.marks import Mark, render_marks, safe_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour-page.txt"

# A page of our own with two credits: a wire dateline cut out of the first paragraph (so the
# body's offsets differ from the source's inside that line) and a republishing notice.
CREDITED = """Menu
Sport
World

Bridge repairs finish early

By Ana Costa
12 February 2025

LISBON (Reuters) - Engineers finished repairs on the old river bridge two days early on Tuesday, the city said.

"We are proud of the crews who worked through the night," said Joana Silva, the city's transport chief.

Traffic will return to both lanes next week, officials said.

This article was originally published by The Conversation.

Share on Facebook
Related Articles
New tram line opens"""

VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})


class _Page(HTMLParser):
    """Checks that tags balance and records every marked element and label."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.doctype = False
        # id -> (class, title, label, text without labels) of the element's first piece
        self.marked: dict[str, dict[str, str]] = {}
        self.open_marks: list[dict[str, str] | None] = []
        self.label_depth = 0
        self.labels: list[str] = []
        self.text: list[str] = []
        self.in_text = 0

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attributes}
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attributes)
        if tag in VOID:
            return
        self.stack.append(tag)
        if self.in_text:
            self.in_text += 1
        elif values.get("class") == "text":
            self.in_text = 1
        record = None
        if tag in {"mark", "del"} and "id" in values:
            record = {"class": values.get("class", ""), "title": values.get("title", "")}
            record |= {"label": "", "text": ""}
            self.marked[values["id"]] = record
        self.open_marks.append(record)
        if values.get("class") == "lab":
            self.label_depth += 1
            self.labels.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        self.open_marks.pop()
        if self.in_text:
            self.in_text -= 1
        if tag == "span" and self.label_depth:
            self.label_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.label_depth:
            self.labels[-1] += data
            owner = next((mark for mark in reversed(self.open_marks) if mark is not None), None)
            if owner is not None and not owner["label"]:
                owner["label"] = data
            return
        if self.in_text:
            self.text.append(data)
        for record in self.open_marks:
            if record is not None:
                record["text"] += data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.doctype, "the page starts with <!DOCTYPE html>"
    assert not parser.problems, parser.problems
    assert not parser.stack, f"unclosed: {parser.stack}"
    return parser


def squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=["example", "credited"])
def article(request: pytest.FixtureRequest) -> Article:
    text = EXAMPLE.read_text(encoding="utf-8") if request.param == "example" else CREDITED
    return newsnorm.normalise(text)


def test_the_page_shows_everything_normalise_found(article):
    assert article.removed  # the fixtures exercise every kind of mark
    assert article.dates
    assert article.quotes
    page = newsnorm.view(article)
    parsed = parse(page)
    marked = parsed.marked
    for number, segment in enumerate(article.removed, start=1):
        mark = marked[f"rm-{number}"]
        assert mark["class"].split()[0] == "rm"
        assert mark["label"] == f"removed: {segment.reason}"
        assert squeeze(mark["text"]) == squeeze(segment.text)
    for number, credit in enumerate(article.syndication, start=1):
        mark = marked[f"cr-{number}"]
        assert credit.name in mark["title"]
        assert credit.kind in mark["title"]
        assert credit.name in mark["label"]
        assert mark["text"] == credit.evidence
        assert f"<strong>{html.escape(credit.name)}</strong>" in page  # the side list
    for number, mention in enumerate(article.dates, start=1):
        mark = marked[f"dt-{number}"]
        assert mark["class"] == "date"
        assert mention.value in mark["title"]
        assert mark["text"] == mention.text  # placed on its own words in the source
        assert mention.value in parsed.labels
    for number, quote in enumerate(article.quotes, start=1):
        mark = marked[f"q-{number}"]
        assert mark["class"] == "quote"
        assert mark["text"] == quote.text
        assert mark["label"] == f"quote {number}: {quote.speaker or 'no speaker'}"
        assert f"speaker: {quote.speaker or 'not named'}" in mark["title"]
    speakers = [label for label in parsed.labels if label.startswith("speaker of quote")]
    mentions = {
        (q.speaker_start, q.speaker_end) for q in article.quotes if q.speaker_start is not None
    }
    assert len(speakers) == len(mentions)
    published = article.published
    assert published is not None
    assert marked["pub"]["text"] == published.text
    assert f"{published.value} (found in the text" in page
    # The text shown is the source, character for character.
    assert "".join(parsed.text) == article.source
    assert f"<h1>{html.escape(article.title or '')}</h1>" in page
    assert f"<dt>Quotes</dt><dd>{len(article.quotes)}</dd>" in page


def test_credits_are_marked_with_source_and_kind():
    article = newsnorm.normalise(CREDITED)
    assert {(credit.name, credit.kind) for credit in article.syndication} == {
        ("Reuters", "wire"),
        ("The Conversation", "republished"),
    }
    marked = parse(newsnorm.view(article)).marked
    assert marked["cr-1"]["label"] == "credit: Reuters \u00b7 wire"
    assert "reuters.com" in marked["cr-1"]["title"]


def test_body_offsets_are_mapped_into_the_source():
    article = newsnorm.normalise(CREDITED)
    # The cut dateline makes the body's first paragraph start later in the source.
    assert article.text.startswith("Engineers")
    mapping = body_to_source(article.text, article.source, article.removed)
    for item in (*article.dates, *article.quotes):
        span = mapping.span(item.start, item.end)
        assert span is not None
        assert article.source[span[0] : span[1]] == item.text
        assert article.source.index(item.text) == span[0]


def test_a_span_across_a_cut_credit_covers_the_credit_in_the_source():
    source = "The pier (AP) reopened on Friday."
    removed = (Segment(9, 13, "(AP)", "syndication"),)
    body = "The pier reopened on Friday."
    mapping = body_to_source(body, source, removed)
    assert mapping.span(4, 17) == (4, 22)
    assert mapping.span(9, 17) == (14, 22)
    assert mapping.span(8, 8) == (14, 14)  # between words: empty, at the next word
    assert mapping.span(8, 9) is None  # only whitespace
    assert body_to_source("", source, removed).span(0, 0) is None


def test_words_the_source_does_not_hold_are_left_unplaced():
    mapping = body_to_source("alpha omega", "alpha beta", ())
    assert mapping.span(0, 5) == (0, 5)
    assert mapping.span(6, 11) is None


def _kept_words(source: str, span: tuple[int, int], removed: tuple[Segment, ...]) -> str:
    inside = [True] * (span[1] - span[0])
    for segment in removed:
        for position in range(max(segment.start, span[0]), min(segment.end, span[1])):
            inside[position - span[0]] = False
    kept = "".join(
        char for char, keep in zip(source[span[0] : span[1]], inside, strict=True) if keep
    )
    return "".join(kept.split())


@given(news_text)
def test_mapped_spans_hold_the_same_words(text):
    article = newsnorm.normalise(text)
    mapping = body_to_source(article.text, article.source, article.removed)
    spans = [(item.start, item.end, item.text) for item in (*article.dates, *article.quotes)]
    spans += [
        (
            quote.speaker_start,
            quote.speaker_end,
            article.text[quote.speaker_start : quote.speaker_end],
        )
        for quote in article.quotes
        if quote.speaker_start is not None and quote.speaker_end is not None
    ]
    for start, end, text_of_span in spans:
        words = "".join(text_of_span.split())
        span = mapping.span(start, end)
        if not words:
            continue
        assert span is not None
        assert 0 <= span[0] <= span[1] <= len(article.source)
        assert _kept_words(article.source, span, article.removed) == words


@given(any_text)
def test_view_never_raises_and_is_well_formed(text):
    article = newsnorm.normalise(text)
    page = newsnorm.view(article)
    parsed = parse(page)
    assert "".join(parsed.text) == safe_text(text)
    page.encode("utf-8")  # no lone surrogate survives


@given(st.text(max_size=40), st.integers(-5, 60), st.integers(-5, 60), st.text(max_size=20))
def test_hand_made_articles_with_odd_offsets_still_render(text, start, end, source):
    quote = Quote(0, 0, "")
    if 0 <= start <= end:
        speaker = "<b>\ud800\x00"  # names come from the text: anything may be in them
        quote = Quote(start, end, "x", speaker=speaker, speaker_start=start, speaker_end=end)
    article = Article(
        text=text,
        title="<script>alert(1)</script>",
        language=Language("\ud800<x>", 0.5),
        dates=(DateMention(None, None, "spring", None, "season", origin="metadata"),),
        quotes=(quote,),
        removed=(Segment(2, 9, "nothing", "other"),),
        source=source,
    )
    page = newsnorm.view(article)
    page.encode("utf-8")
    parsed = parse(page)
    assert "script" not in parsed.tags


def test_everything_is_escaped_and_nothing_is_loaded():
    page = newsnorm.view(
        newsnorm.normalise(
            '<script src="https://example.org/x.js"></script>\n'
            '<img src="x.png" onerror="alert(1)">\n\n'
            '"Every <b>word</b> & sign counts," said Ada Brook on Monday, 3 March 2025.'
        )
    )
    parsed = parse(page)
    assert set(parsed.tags) <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "dl", "div", "dt",
        "dd", "ul", "li", "span", "mark", "del", "main", "aside", "section", "h2", "ol", "a",
        "strong", "em", "p",
    }  # fmt: skip
    assert "&lt;script" in page
    names = {name for name, _ in parsed.attributes}
    assert not names & {"src", "srcset", "background", "style", "onerror", "onload"}
    assert all(value.startswith("#") for name, value in parsed.attributes if name == "href")
    style = page[page.index("<style>") : page.index("</style>")].lower()
    assert "url(" not in style
    assert "@import" not in style
    assert "default-src 'none'" in page


def test_quotes_show_why_their_speaker_when_attribution_says():
    @attrs.frozen
    class ReasonedQuote(Quote):
        reason: str | None = None

    body = '"The tide waits for nobody," said Ola Dune.'
    quote = ReasonedQuote(1, 26, body[1:26], "Ola Dune", 33, 41, "said", reason="named after cue")
    article = Article(body, None, Language("en", 1.0), quotes=(quote,), source=body)
    page = newsnorm.view(article)
    marked = parse(page).marked
    assert "why this speaker: named after cue" in marked["q-1"]["title"]
    assert "because: named after cue" in page
    plain = attrs.evolve(article, quotes=(Quote(1, 26, body[1:26], "Ola Dune", 33, 41),))
    assert "why this speaker" not in newsnorm.view(plain)


def test_an_article_without_source_shows_its_body():
    body = "Dry weather returns on Friday."
    article = Article(
        body,
        "Weather",
        Language("en", 1.0),
        dates=(DateMention(23, 29, "Friday", "2025-03-07", "day", relative=True),),
        removed=(Segment(0, 4, "Menu", "navigation"),),
    )
    page = newsnorm.view(article)
    parsed = parse(page)
    assert "".join(parsed.text) == body
    assert parsed.marked["dt-1"]["text"] == "Friday"
    assert "rm-1" not in parsed.marked
    assert "(not placed in the text)" in page


@pytest.mark.parametrize(
    ("published", "origin"),
    [
        (DateMention(None, None, "2025-04-01T08:00", "2025-04-01", "day", origin="metadata"),
         "read from the page's metadata"),
        (DateMention(None, None, "2025-04-01", "2025-04-01", "day", origin="caller"),
         "given by the caller"),
        (None, None),
    ],
)  # fmt: skip
def test_the_header_says_where_the_publication_date_came_from(published, origin):
    body = "Low tide \ud800 at noon.\x00"
    speaker = Quote(0, 3, "Low", "Ana \ud800", 4, 8)
    article = Article(body, None, UNDETERMINED, published=published, quotes=(speaker,))
    page = newsnorm.view(article)
    page.encode("utf-8")  # a lone surrogate in a name does not survive either
    header = page[page.index("<header>") : page.index("</header>")]
    if published is None:
        assert "<dt>Published</dt><dd>not found</dd>" in header
    else:
        assert f"2025-04-01 ({html.escape(origin)}" in header
        assert "pub" not in parse(page).marked  # no place in the text


def test_view_rejects_what_is_not_an_article():
    with pytest.raises(TypeError, match=r"article must be a newsnorm\.Article"):
        newsnorm.view("Some text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="body must be a str"):
        body_to_source(None, "", ())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name must be a str"):
        run_view_command(3)  # type: ignore[arg-type]


def test_overlapping_marks_nest_and_keep_the_text():
    text = "one two three four"
    marks = [
        Mark(0, 13, "del", "rm", ident="a", label="A"),
        Mark(4, 18, "mark", "quote", ident="b", label="B"),
        Mark(8, 8, "mark", "date", label="empty"),
        Mark(8, 18, "mark", "date", ident="c", label="C", label_at_end=True),
        Mark(5, 99, "mark", "date", label="out of range"),
    ]
    page = '<!DOCTYPE html><div class="text">' + render_marks(text, marks) + "</div>"
    parsed = parse(page)
    assert "".join(parsed.text) == text
    assert parsed.labels == ["A", "B", "empty", "C"]  # each label once, first piece only
    assert parsed.marked["b"]["text"] == "two three"  # the first piece, up to the outer end
    assert "out of range" not in page


def test_long_pages_have_a_few_elements_per_mark():
    paragraph = (
        '"We will open the new pier on Monday," said harbour master Ivo Lind. '
        "Work began in March 2024.\n\n"
    )
    article = newsnorm.normalise("Menu\n\n" + paragraph * 300, published="2025-05-01")
    page = newsnorm.view(article)
    marks = len(article.dates) + 2 * len(article.quotes) + len(article.removed)
    assert page.count("<mark") + page.count("<del") <= marks + 10
    assert len(article.quotes) >= 100  # the page is long and dense with marks


def test_command_line_writes_the_page(tmp_path, capsysbinary):
    assert main(["--view", str(EXAMPLE)]) == 0
    page = capsysbinary.readouterr().out.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Tomas Reyes" in page
    html_page = tmp_path / "page.html"
    html_page.write_text(
        "<html><head><title>Pier opens</title></head><body><article><h1>Pier opens</h1>"
        "<p>The new pier opened on Monday after two years of building work, "
        "the harbour office said in a statement.</p>"
        '<p>"It is a good day for the whole town," said Ivo Lind, the harbour master.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    assert main(["--html", "--view", str(html_page)]) == 0
    page = capsysbinary.readouterr().out.decode("utf-8")
    parse(page)
    assert "quote 1: Ivo Lind" in page


def test_command_line_reports_an_unreadable_file(tmp_path, capsys):
    assert main(["--view", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


# Rendering in a real browser.


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _pixels(png: bytes) -> tuple[int, int, set[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG; return width, height and the set of its colours."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, width, height, channels = 8, b"", 0, 0, 0
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        chunk = png[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8
            assert colour in {2, 6}
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += chunk
    raw = zlib.decompress(data)
    stride = width * channels
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for index in range(stride):
            left = line[index - channels] if index >= channels else 0
            up = previous[index]
            corner = previous[index - channels] if index >= channels else 0
            if kind == 1:
                line[index] = (line[index] + left) & 0xFF
            elif kind == 2:
                line[index] = (line[index] + up) & 0xFF
            elif kind == 3:
                line[index] = (line[index] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                near = min(
                    (abs(guess - left), 0, left),
                    (abs(guess - up), 1, up),
                    (abs(guess - corner), 2, corner),
                )
                line[index] = (line[index] + near[2]) & 0xFF
        if row % 8 == 0:
            colours.update(bytes(line[i : i + 3]) for i in range(0, stride, channels * 4))
        previous = line
    return width, height, colours


def _screenshot(page: str, directory: Path, *, dark: bool = False) -> bytes:
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium binary on PATH (.ci/run installs Debian's chromium package)")
    source = directory / "view.html"
    source.write_text(page, encoding="utf-8")
    target = directory / ("dark.png" if dark else "light.png")
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--window-size=1000,800",
        f"--screenshot={target}",
    ]
    if dark:
        command.append("--force-dark-mode")
    subprocess.run([*command, source.as_uri()], check=True, capture_output=True, timeout=120)
    return target.read_bytes()


def test_the_page_renders_in_chromium(tmp_path):
    article = newsnorm.normalise(EXAMPLE.read_text(encoding="utf-8"))
    page = newsnorm.view(article)
    width, height, colours = _pixels(_screenshot(page, tmp_path))
    assert (width, height) == (1000, 800)
    assert len(colours) > 20, "the screenshot is blank or nearly so"
    _, _, dark = _pixels(_screenshot(page, tmp_path, dark=True))
    assert len(dark) > 20
    assert bytes.fromhex("17181b") in dark  # the dark background
    assert bytes.fromhex("fdfdfb") in colours  # the light one


def test_view_command_decodes_legacy_encodings(tmp_path):
    import io

    from newsnorm.viewer import run_view_command

    page = tmp_path / "page.txt"
    page.write_bytes("Le café du port a rouvert, a déclaré la mairie.\n".encode("cp1252"))
    out = io.StringIO()
    assert run_view_command(str(page), stdout=out) == 0
    assert "café" in out.getvalue()


def test_view_command_refuses_binary(tmp_path):
    import io

    from newsnorm.viewer import run_view_command

    page = tmp_path / "image.bin"
    page.write_bytes(bytes(range(256)) * 8)
    errors = io.StringIO()
    assert run_view_command(str(page), stdout=io.StringIO(), stderr=errors) == 1
    assert "not text" in errors.getvalue()
