"""The scoring model of boilerplate stripping: every weight and threshold, named, with its why.

A page's lines are scored one by one (:mod:`~newsnorm.boilerplate.features`): prose scores
its length, furniture a penalty. The article region is then the run of lines with the
largest total score (:mod:`~newsnorm.boilerplate.region`), which adds page-level evidence:
teaser lists, comments, repeated lines, the footer. The numbers below are that model. They
were set by hand on the tuning part of the development pages (split by site) and checked on
the part held out; ``benchmarks/bench_boilerplate.py`` reports both. A length is a line's
*weight*: its characters, a CJK character counted three times (see
:data:`~newsnorm.boilerplate.features.CJK_WEIGHT`).

Examples:
    >>> SHORT_SCORE < 0 < TABLE_ROW_SHARE
    True
"""

from __future__ import annotations

from typing import Final

# ----------------------------------------------------------------------------- line scores

HEADER_SCORE: Final = -150.0
"""A header that opens a teaser list or the comments ("Related", "12 Comments"): the article
does not continue past it unless much prose follows."""
PHRASE_BASE_COST: Final = 20.0
"""What any line of a known boilerplate phrase costs, before its length."""
PHRASE_WEIGHT_CAP: Final = 200
"""A phrase line also costs its weight, up to this: a long newsletter box costs much."""
INLINE_PHRASE_CAP: Final = 60
"""Captions, ads and share bars sit inside articles too: only this much of their weight…"""
INLINE_PHRASE_SHARE: Final = 0.5
"""…counted at this share adds to their cost, so the region crosses them."""
ELLIPSIS_MAX_WEIGHT: Final = 300
"""A line ending in an ellipsis is a truncated teaser only up to this weight."""
ELLIPSIS_WEIGHT_CAP: Final = 200
"""A truncated teaser costs its weight up to this."""
THIN_PROSE_SHARE: Final = 0.6
"""Prose with few stopwords (below :data:`FULL_PROSE_STOPWORD_SHARE`) scores this share of
its weight: teaser blurbs and bylines are prose-shaped but thin in function words."""
FULL_PROSE_STOPWORD_SHARE: Final = 0.2
"""From this share of stopwords on, prose scores its full weight."""
LISTED_PROSE_SHARE: Final = 0.5
"""A list item that reads as prose scores this share: lists are article and teasers alike."""
LISTED_PROSE_MIN_WEIGHT: Final = 100
"""A list item is prose only from this weight on; below, it is a menu entry."""
LIST_SCORE: Final = -25.0
"""A short list item: menus and link lists are made of them."""
DATE_SCORE: Final = -15.0
"""A date or time line: in datelines, teaser lists and comment headers."""
DATE_MAX_WEIGHT: Final = 60
"""A date line is at most this heavy."""
DATE_MAX_LETTERS: Final = 25
"""…and has at most this many letters besides the date."""
TITLE_CASE_COST_SHARE: Final = 0.5
"""A Title Case line without a full stop (a headline, of this article or of a teaser) costs
this share of its weight…"""
TITLE_CASE_WEIGHT_CAP: Final = 80
"""…up to this weight."""
SHORT_SCORE: Final = -10.0
"""Any other short line: a subhead between paragraphs costs little."""
TABLE_ROW_SHARE: Final = 0.3
"""A row of a table (cells apart by runs of spaces, three rows or more) scores this share of
its weight: result tables and price lists belong to articles, so the region crosses and
keeps them, while a table alone (a sidebar's league table) is not prose enough to win."""
TABLE_ROW_WEIGHT_CAP: Final = 120
"""A row scores its weight up to this: a wide row is not more article than a narrow one."""
TABLE_MIN_ROWS: Final = 3
"""A table has at least this many rows in a row."""
PARALLEL_MIN_ROWS: Final = 4
"""Lines of the same shape (a schedule: "12 May - Lyon, Hall 3") make a table from this many
in a row on: fewer are as often a menu's or a byline's."""
TABLE_ROW_MAX_WEIGHT: Final = 200
"""A line of the same shape as its neighbours is a row up to this weight."""
SHAPE_PREFIX: Final = 60
"""A line's shape is read in its first characters only."""

# ----------------------------------------------------------------------------- prose shape

PROSE_STOPWORD_SHARE: Final = 0.25
"""A line without sentence end is still prose with this share of stopwords…"""
PROSE_MIN_WORDS_UNENDED: Final = 16
"""…and at least this many words (a paragraph whose end the page lost)."""
PROSE_MIN_SENTENCE_BREAKS: Final = 2
"""A line with this many sentence breaks inside is prose whatever its last character."""

# ----------------------------------------------------------------------------- headlines

HEADLINE_MIN_WEIGHT: Final = 12
"""A headline-shaped line is at least this heavy…"""
HEADLINE_MAX_WEIGHT: Final = 220
"""…at most this heavy…"""
HEADLINE_MIN_WORDS: Final = 3
"""…and has at least this many words…"""
HEADLINE_MIN_CJK: Final = 6
"""…or this many CJK characters."""

# ----------------------------------------------------------------------------- region

FOOTER_PROSE_SHARE: Final = 0.5
"""Prose in the last tenth of a page's lines counts this share: footers hold prose too."""
REPEATED_PROSE_SHARE: Final = 0.5
"""Prose that occurs twice on a page (a teaser repeating the standfirst) counts this share."""
REPEATED_WEIGHT_CAP: Final = 150
"""Furniture that occurs twice on a page (a menu) costs its weight up to this."""
TEASER_PROSE_SHARE: Final = 0.5
"""Prose inside a teaser list or the comments counts this share (before the teaser cost)."""
FURNITURE_RUN_FREE: Final = 3
"""Up to this many lines of furniture in a row (a caption, its credit, a subhead) cost only
their own scores…"""
FURNITURE_RUN_COST: Final = 15.0
"""…each further one costs this more: articles do not run on through long menus or lists."""
HEADER_WINDOW: Final = 12
"""A page's header (standfirst, date, byline) is looked for in this many first lines."""
CLOSING_MIN_WEIGHT: Final = 12
"""A short closing line that extends the body ("Jane Roe contributed.") is this heavy."""
