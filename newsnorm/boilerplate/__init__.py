r"""Strip the boilerplate from the plain text of a news page: keep the article, say what went.

Scrapers hand over the whole page as text: menus, "Popular" lists with their own dates,
share buttons, newsletter boxes, comment counters and copyright footers all around the
article. :func:`strip_boilerplate` keeps the body and returns every dropped piece as a
:class:`~newsnorm.model.Segment` with offsets into the caller's text and a reason.

The method, in three steps (each module explains its own):

1. **Describe each line** (:mod:`~newsnorm.boilerplate.features`): prose is long, ends in
   sentence punctuation and is full of function words; furniture is short, Title Case,
   listed, dated, truncated, repeated, or a known phrase ("Share", "Related Articles",
   :mod:`~newsnorm.boilerplate.phrases`).
2. **Choose the article as a whole** (:mod:`~newsnorm.boilerplate.region`): the contiguous
   run of lines with the largest total score, so short subheads and quotes inside the article
   stay and a teaser list outside it goes; then skip a standfirst-and-byline header and find
   the headline above the body.
3. **Clean inside the region** (:mod:`~newsnorm.boilerplate.cleanup`): drop share lines,
   "Read more" prompts, captions and dates inside the article, and cut syndication credits
   glued to a paragraph ("... trading partners. (City Desk)"), keeping the rest of the line.

Examples:
    >>> page = ("Home\nWorld\n\nFerry back on the water\n\n"
    ...         "The island ferry sailed again on Monday after three weeks of repairs.\n\n"
    ...         "Tickets will cost the same as before, the harbour office said.\n\n"
    ...         "Share on Facebook\nRelated Articles\nHarbour gets a new crane")
    >>> stripped = strip_boilerplate(page)
    >>> stripped.title
    'Ferry back on the water'
    >>> print(stripped.text)
    The island ferry sailed again on Monday after three weeks of repairs.
    <BLANKLINE>
    Tickets will cost the same as before, the harbour office said.
    >>> [(segment.text, segment.reason) for segment in stripped.removed][-2:]
    [('Share on Facebook', 'share'), ('Related Articles\nHarbour gets a new crane', 'teaser')]
"""

from newsnorm.boilerplate.strip import strip_boilerplate

__all__ = ["strip_boilerplate"]
