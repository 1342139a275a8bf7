"""Hypothesis strategies shared by the property tests: text as scrapers deliver it."""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces that exercise the parsers: dates, quotes, agency names, markup, line ends, damage.
_PIECES = (
    "January 22, 2025",
    "23-01-2025",
    "12. Februar 2025",
    "on Tuesday",
    "last week",
    "2025-01-",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u00ab",
    "\u00bb",
    "\u201e",
    " said ",
    "he said",
    "(AP) \u2014",
    "(Reuters) -",
    "SOURCE: AA",
    "This post appeared first on example.com",
    "Source link",
    "Share",
    "Related Articles",
    "Copyright \u00a9 2025",
    "<p>",
    "</div>",
    "\r\n",
    "\n\n",
    "\n",
    "\x00",
    "\ufeff",
    "\u200b",
    "\u00a0",
    "\ud800",
    "e\u0301",
    "((((",
    "]]]]",
    "  ",
    "\t",
    "Mr. Smith",
    "Anna Berg",
    "May",
    "march",
    "9/11",
    "24/7",
)

news_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=20)), max_size=30).map(
    "".join
)
"""Text made of news-like pieces, arbitrary characters and damage, joined."""

any_text = st.one_of(st.text(), news_text)
"""Either fully arbitrary text or news-like text."""

non_str = st.one_of(
    st.none(), st.integers(), st.binary(max_size=10), st.lists(st.text(max_size=3), max_size=2)
)
"""Values that are not ``str``, which every public function rejects with a TypeError."""
