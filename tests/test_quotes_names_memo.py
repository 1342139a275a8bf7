"""The memo of a long line's runs (``names.read_names``) reads as reading each run afresh."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm.quotes import names

_PIECES = (
    "Ana Ruiz said ",
    "he told Mr. Jonas Lund “no.” ",
    "De Vries said “no.” ",
    "Mayor Piet de Vries left. ",
    "Van Dam told Ana “yes.” ",
    "met Jan van Dam, ",
    "The Harbour Board ",
    "Dr. Lee’s office ",
    "Secretary of State Ana Ruiz ",
    "das Unternehmen Kessler Bau ",
    "Casey Jr. and ",
    "La Paz. ",
)


def _fresh(monkeypatch: pytest.MonkeyPatch, text: str) -> list[names.Name]:
    with monkeypatch.context() as patch:
        patch.setattr(names, "_MEMO_LINE", len(text) + 1)
        return names.read_names(text, 0, len(text))


def test_long_line_of_repeated_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(_PIECES) * 40
    assert len(text) > names._MEMO_LINE
    read = names.read_names(text, 0, len(text))
    assert read == _fresh(monkeypatch, text)
    # "De Vries" reads as "Vries" until "de Vries" came before, then with its particle
    words = [name.words for name in read if name.words[-1] == "Vries"]
    assert words[0] == ("Vries",)
    assert ("de", "Vries") in words[2:]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=200))
def test_memo_reads_as_fresh(pieces: list[str]) -> None:
    text = "".join(pieces) * 3
    with pytest.MonkeyPatch.context() as patch:
        read = names.read_names(text, 0, len(text))
        assert read == _fresh(patch, text)
        assert all(0 <= name.start <= name.end <= len(text) for name in read)
