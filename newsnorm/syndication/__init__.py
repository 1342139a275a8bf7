"""Detect syndication: credits saying who first published a text, named canonically.

News sites republish agency copy and each other's stories and say so: a dateline
("KYIV, Ukraine (AP) —"), a closing credit ("(IANS)", "— AFP"), a notice ("This post
appeared first on example.org"), a source line ("Source: AA"), a contribution ("With inputs
from PTI"), a scraper's "Source link", an in-house desk ("(Int'l Monitoring Desk)").
:func:`detect_syndication` finds them with their offsets, so that a boilerplate stripper can
cut exactly the credit, and names each source as the registry (``data/agencies.json``)
spells it.

Detection goes candidates, decisions, names. Three modules find candidates by form and drop
those whose context says they are something else (a picture's credit, a caption, a menu,
an attribution): :mod:`~newsnorm.syndication.wire` (credits by position: datelines in
brackets or slashes, closing brackets, copyright lines, Chinese dispatch heads),
:mod:`~newsnorm.syndication.lines` (credits a line holds alone, starts or ends with: agency
names, bylines, editors' tags, "Source link", desks, closing dashes) and
:mod:`~newsnorm.syndication.notices` (credits in words, from cue phrases per language, and
source lines). :mod:`~newsnorm.syndication.credits` holds what they share; the registry
(:mod:`~newsnorm.syndication.registry`) canonicalises names but is no gate: a source it does
not know keeps the name the text gives.
:mod:`~newsnorm.syndication.detect` runs them and keeps one credit per source and place.
"""

from newsnorm.syndication.detect import detect_syndication

__all__ = ["detect_syndication"]
