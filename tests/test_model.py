import datetime as dt
import json
import pickle

import attrs
import pytest

import newsnorm
from newsnorm.model import (
    UNDETERMINED,
    Article,
    DateMention,
    Language,
    Quote,
    Segment,
    Stripped,
    Syndication,
    is_timex_value,
)


def test_public_names_are_exported_sorted():
    assert newsnorm.__all__ == sorted(newsnorm.__all__)
    for name in newsnorm.__all__:
        assert hasattr(newsnorm, name)


def test_results_are_frozen():
    segment = Segment(0, 4, "Menu", "navigation")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        segment.start = 1  # type: ignore[misc]


def test_results_pickle_and_compare():
    quote = Quote(1, 5, "word", "Ana Berg", 10, 18, "said")
    assert pickle.loads(pickle.dumps(quote)) == quote
    assert hash(quote) == hash(Quote(1, 5, "word", "Ana Berg", 10, 18, "said"))


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_segment_rejects_disordered_offsets(start, end):
    with pytest.raises(ValueError, match="0 <= start <= end"):
        Segment(start, end, "x", "other")


def test_segment_rejects_unknown_reason():
    with pytest.raises(ValueError, match="reason must be one of"):
        Segment(0, 1, "x", "spam")


def test_syndication_rejects_unknown_kind():
    with pytest.raises(ValueError, match="kind must be one of"):
        Syndication(0, 1, "x", None, None, "copied")


def test_quote_speaker_offsets_must_come_in_pairs():
    with pytest.raises(ValueError, match="both be set or both be None"):
        Quote(0, 1, "x", "Ana", 3, None, "said")


def test_date_mention_validates_value_and_origin():
    with pytest.raises(ValueError, match="TIMEX3"):
        DateMention(0, 5, "March", "March 2025", "month")
    with pytest.raises(ValueError, match="needs start and end"):
        DateMention(None, None, "2025", "2025", "year")
    with pytest.raises(ValueError, match="origin must be one of"):
        DateMention(None, None, "2025", "2025", "year", origin="guess")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-21", dt.date(2025, 1, 21)),
        ("2025-01-21T09:15", dt.date(2025, 1, 21)),
        ("2025-W03", None),
        ("2025-01", None),
        ("XXXX-01-23", None),
        (None, None),
    ],
)
def test_date_is_set_for_full_days_only(value, expected):
    granularity = "week" if value and "W" in value else "day"
    assert DateMention(0, 1, "x", value, granularity).date == expected


@pytest.mark.parametrize(
    "value", ["2025", "199", "19", "2025-Q3", "2025-SU", "2025-W03", "XXXX-01-23", "2025-H1"]
)
def test_timex_values_accepted(value):
    assert is_timex_value(value)


@pytest.mark.parametrize("value", ["", "2", "2025-13-01x", "Jan 2025", "2025-W3", "2025-Q5"])
def test_timex_values_rejected(value):
    assert not is_timex_value(value)


def test_language_confidence_range():
    with pytest.raises(ValueError, match="between 0 and 1"):
        Language("en", 1.5)


def test_article_to_dict_is_json_and_leaves_source_out():
    mention = DateMention(None, None, "2025-01-22", "2025-01-22", "day", origin="caller")
    article = Article(
        "Body.",
        "Title",
        Language("en", 0.99),
        published=mention,
        removed=(Segment(0, 4, "Menu", "navigation"),),
        source="Menu\n\nBody.",
    )
    data = article.to_dict()
    assert "source" not in data
    assert data["published"]["value"] == "2025-01-22"
    assert data["removed"] == [{"start": 0, "end": 4, "text": "Menu", "reason": "navigation"}]
    assert json.loads(json.dumps(data)) == data
    assert article.to_dict(include_source=True)["source"] == "Menu\n\nBody."


def test_stripped_defaults():
    assert Stripped("Body.", None).removed == ()
    assert UNDETERMINED.code == "und"
