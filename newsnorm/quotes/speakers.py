"""Speakers: from the mention a cue names to the fullest name the document gives.

Every name in the document is indexed once. Names that share words form one entity
("Ushakov" and "Kremlin aide Yury Ushakov"; "Mr. Xi" and "Xi Jinping"), whose fullest
form is the speaker's name. Each entity gathers what the text says about it: titles and
role words before the name ("Police spokesperson"), an age (", 34," or "34-year-old"), a
gender (from an honorific, a given name, or the first "he"/"she" after it), and whether it
is a person or an organisation.

A pronoun or a dropped subject goes to the most salient person before the cue: sentence by
sentence backwards, the source of an "according to" first, then the first-named person,
keeping only those of the pronoun's gender. A description goes to the entity it describes:
"the company" to the last organisation, "the 34-year-old" to the person of that age,
"the spokesman" to the person introduced as a spokesperson, and otherwise to the most
salient person. An indefinite description ("a senior official") names nobody.

Examples:
    >>> text = "Sprinter Leah Mbeki retired. “Enough,” the 31-year-old wrote."
    >>> from newsnorm.quotes.cues import cue_after
    >>> from newsnorm.quotes.document import Document
    >>> cue = cue_after(Document(text), 36, len(text))
    >>> choice = Speakers(Document(text), (), [(0, len(text))]).resolve(cue.mention, cue.start)
    >>> choice.speaker
    'Leah Mbeki'
    >>> choice.reason.split(":")[0]
    "description 'the 31-year-old'"
"""

# Quotation marks and apostrophes are this module's subject, not typos.

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from newsnorm.quotes.attribution import SPEAKS, Choice, Features, explain, nobody, score
from newsnorm.quotes.document import Document, opens_line, sentence_starts
from newsnorm.quotes.entities import (
    AGE_WORD,
    MODIFIER_GAP,
    Entity,
    fits,
    fits_organisation,
    is_common_plural,
    learn,
    modifies,
    role_stem,
)
from newsnorm.quotes.lexicon import lexicon
from newsnorm.quotes.mentions import Mention
from newsnorm.quotes.names import Name

_LOOK_BACK: Final = 8
"""How many sentences back a pronoun may find its person."""
_PRONOUN_WORDS: Final = [
    "he",
    "she",
    "his",
    "her",
    "him",
    "hers",
    "himself",
    "herself",
    "il",
    "elle",
    "er",
    "sie",
    "ella",
    "él",
    "lui",
    "lei",
    "ele",
    "ela",
]
# A pronoun, capitalised too: "He said" opening a sentence is the strongest evidence of all.
_PRONOUN: Final = regex.compile(
    r"(?<![\p{L}])(?:"
    + "|".join(f"{word}|{word.capitalize()}" for word in _PRONOUN_WORDS)
    + r")(?![\p{L}])"
)
_LETTER: Final = regex.compile(r"[\p{L}\p{M}]")
_CANDIDATES: Final = 40
"""How many earlier entities sharing a word a new name is compared with."""
_SALIENT_REACH: Final = 80
"""How many earlier name occurrences a pronoun looks through."""
_ACCORDING_REACH: Final = 60
"""How many characters after an "according to" a name may start and still be its source."""
_SCORE_SLACK: Final = 1e-6
"""Scores are rounded to six places: a candidate that could tie is read too."""
_VERB_REACH: Final = 16
"""How many characters before a name its inverted speech verb may span ("…,” said")."""
_INVERTED_CUE: Final = regex.compile(r"[,\"\u201d\u2019'][ \t]++(\p{Ll}++)[ \t]++$")
_APPOSITION: Final = regex.compile(r",[^,.;:!?\n\"\u201c\u201d]{1,100}+,|[ \t]*+\([^()\n]{1,24}+\)")
_APPOSITION_REACH: Final = 102
"""How long an apposition between a name and its verb may be ("Ruiz, a nurse in Leeds, said")."""
_WORD_AFTER: Final = regex.compile(r"[ \t]++(\p{Ll}++)")
_GENDER_REACH: Final = 600
"""How far after a mention a "he" or "she" said of it is looked for: only pronouns whose
subject the mention is count, so the reach can span a paragraph (tune +19, check +3 gold
quotes against 160 characters; 1,000 gains nothing more)."""
_NEXT_WORD: Final = regex.compile(r"[ \t]++(\p{L}++)")
_CHAIN_DEPTH: Final = 3
"""How many "he"s back a pronoun's subject is followed ("He … He … he said")."""
_FULLER_HITS: Final = 50
"""How many occurrences of a one-word name are searched for its fuller form."""
_FULLER_REACH: Final = 10_000
"""How far from its first mention a one-word name's fuller form is looked for."""
# A transcript turn's label: one to three words in capitals and a colon ("PENCE:", "MR. LEE:").
_TURN_LABEL: Final = regex.compile(
    r"[ \t]*+((?:\p{Lu}[\p{Lu}.'\u2019\-]*+[ \t]++){0,2}\p{Lu}[\p{Lu}.'\u2019\-]++)"
    r"[ \t]*+:[ \t\u00a0]"
)
_TURN_RECURS: Final = 2
"""A label that opens this many turns is a speaker's, even when the text names nobody so."""
_TURN_LOOK_BACK: Final = 4000
"""How far before the first turn the person a label stands for is looked for (the intro)."""


class _Occurrence(NamedTuple):
    start: int
    end: int
    entity: int
    quoted: bool
    sentence: int
    according: bool
    chain_start: int
    possessive: bool


def _word_hits(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """The offsets of *word* as a whole word in ``text[start:end]``."""
    position = text.find(word, start, end)
    while position >= 0:
        after = position + len(word)
        if (position == 0 or _LETTER.match(text, position - 1) is None) and (
            after >= end or _LETTER.match(text, after) is None
        ):
            yield position
            position = text.find(word, after, end)
        else:
            position = text.find(word, position + 1, end)


class Speakers:
    """The entities of one document and the resolution of mentions to them."""

    def __init__(
        self,
        document: Document,
        quoted: tuple[tuple[int, int], ...],
        ranges: list[tuple[int, int]],
    ) -> None:
        """Index the names of *document* in *ranges* (sorted); *quoted* are the quote spans."""
        text = document.text
        self._text = text
        self._document = document
        self._entities: list[Entity] = []
        self._occurrences: list[_Occurrence] = []
        self._by_start: dict[int, int] = {}
        self._by_word: dict[str, list[int]] = {}
        self._fuller: dict[frozenset[str], Name | None] = {}
        self._cue_names: set[int] = set()
        self._speaking: dict[int, bool] = {}
        """Whether a speech verb stands next to the name at each offset, once read."""
        """Where the names that cues resolved so far start: the speakers of quotes."""
        quoted_starts = [span[0] for span in quoted]
        self._quoted, self._quoted_starts = quoted, quoted_starts
        self._sentence_starts = sentence_starts(document, ranges)
        sources = [source[1] for start, end in ranges for source in document.sources(start, end)]
        after = bisect.bisect_right
        starts = self._sentence_starts
        entities, occurrences, by_start = self._entities, self._occurrences, self._by_start
        self._starts: list[int] = []
        self._front = 0
        """Where the names not yet indexed start: pronouns after it cannot be placed yet."""
        self._modifiers: set[int] = set()
        """Where the names that only qualify the next one's role start ("Obama consultant …")."""
        for start, end in ranges:
            for name in document.names(start, end):
                self._front = name.start
                if (
                    occurrences
                    and name.chain_start - occurrences[-1].end <= MODIFIER_GAP
                    # a quick test first: a space and a lowercase word right after the name
                    and text[occurrences[-1].end + 1 : occurrences[-1].end + 2].islower()
                    and modifies(
                        text, occurrences[-1].end, name.chain_start, titled=bool(name.titles)
                    )
                ):
                    self._modifiers.add(occurrences[-1].start)
                index = after(quoted_starts, name.start) - 1
                inside = index >= 0 and name.start < quoted[index][1]
                entity = self._entity_for(name)
                entities[entity].pending.append((name, inside))
                sentence = after(starts, name.start) - 1
                according = False
                if sources:
                    source = after(sources, name.chain_start) - 1
                    according = (
                        source >= 0
                        and sources[source] >= starts[sentence]
                        and name.chain_start - sources[source] < _ACCORDING_REACH
                    )
                occurrence = _Occurrence(
                    name.start,
                    name.end,
                    entity,
                    inside,
                    sentence,
                    according,
                    name.chain_start,
                    name.possessive,
                )
                by_start[name.start] = len(occurrences)
                occurrences.append(occurrence)
                self._starts.append(name.start)
        self._front = len(text)
        # The occurrences outside quotes: the only candidates of a pronoun.
        self._unquoted = [
            index for index, occurrence in enumerate(self._occurrences) if not occurrence.quoted
        ]

    def _fullest(self, entity: Entity) -> str:
        """The entity's fullest name, looking through the whole text for a fuller form."""
        if entity.size > 1 or entity.organisation:
            return entity.fullest
        key = entity.words
        if key not in self._fuller:
            self._fuller[key] = None
            word = next(iter(key))
            first = entity.ends[0] if entity.ends else 0
            stretch = (
                max(0, first - _FULLER_REACH),
                min(len(self._text), first + _FULLER_REACH // 5),
            )
            for count, hit in enumerate(_word_hits(self._text, word, *stretch)):
                if count >= _FULLER_HITS:
                    break
                window = self._document.names(
                    max(0, hit - 60), min(len(self._text), hit + len(word) + 60)
                )
                for name in window:
                    if (
                        name.start <= hit < name.end
                        and key < frozenset(name.words)
                        # "Ms. Khan" is not her son "Omar Khan": genders that disagree
                        and not (entity.gender and name.gender and entity.gender != name.gender)
                        and (
                            fits(entity.ordered, name.words)
                            or (not entity.person and fits_organisation(entity.ordered, name.words))
                        )
                    ):
                        if not name.possessive or self._fuller[key] is None:
                            self._fuller[key] = name
                        break
                if self._fuller[key] is not None:
                    break
        fuller = self._fuller[key]
        return fuller.label if fuller is not None else entity.fullest

    def _entity_for(self, name: Name) -> int:
        """The entity a new mention *name* belongs to, created if no earlier one fits.

        A shorter form joins a fuller one only when it ends the same way ("Lund" and
        "Victor Lund", never "White" and "White House") and when their genders, where known,
        agree ("Ms. Lund" is not "Victor Lund"); among several fitting entities the one
        mentioned most comes first, then the latest.
        """
        key = frozenset(name.words)
        candidates: set[int] = set()
        for word in key:
            candidates.update(self._by_word.get(word, ())[-_CANDIDATES:])
        best: tuple[bool, int, int] | None = None
        for index in candidates:
            entity = self._entities[index]
            if key <= entity.words and fits(name.words, entity.ordered):
                if name.gender and entity.gender not in ("", name.gender):
                    continue  # "Ms. Lund" is not "Victor Lund": another person of that name
                if (
                    name.gender
                    and len(name.words) < entity.size
                    and self._gender(index) not in ("", name.gender)
                ):
                    continue  # nor is she "Omar Lund", known as a man from the "he" after him
                rank = (True, entity.mentions, index)
                if best is None or rank > best:
                    best = rank
        for index in candidates if best is None else ():
            entity = self._entities[index]
            if fits_organisation(name.words, entity.ordered):
                agrees = not name.gender or entity.gender in ("", name.gender)
                rank = (agrees, entity.mentions, index)
                if best is None or rank > best:
                    best = rank
        if best is not None:
            entity = self._entities[best[2]]
            entity.mentions += 1
            entity.gender = entity.gender or name.gender
            return best[2]
        for index in sorted(candidates, reverse=True):
            entity = self._entities[index]
            if (
                entity.words <= key
                and len(name.words) > 1
                and fits(entity.ordered, name.words)
                and not (name.gender and entity.gender not in ("", name.gender))
            ):
                for word in key - entity.words:
                    self._by_word.setdefault(word, []).append(index)
                entity.words = key
                entity.ordered = name.words
                entity.fullest = name.label
                entity.size = len(name.words)
                entity.mentions += 1
                entity.gender = entity.gender or name.gender
                return index
        self._entities.append(
            Entity(name.label, key, len(name.words), ordered=name.words, gender=name.gender)
        )
        index = len(self._entities) - 1
        for word in key:
            self._by_word.setdefault(word, []).append(index)
        return index

    def _entity(self, index: int) -> Entity:
        """The entity at *index*, with what its mentions say learnt on first use."""
        entity = self._entities[index]
        if entity.pending:
            pending, entity.pending = entity.pending, []
            for name, inside in pending:
                learn(entity, self._text, name, inside=inside)
        return entity

    def _gender(self, index: int) -> str:
        """The entity's gender, from a "he"/"she"/"his"/"her" said of it if need be.

        A pronoun after one of its mentions counts only when the entity is that pronoun's
        subject: the first person named in the pronoun's sentence before it, or, when that
        stretch names nobody, in the nearest sentence before that does ("Pugh said … Lloyd
        watched from her garden": her garden is Lloyd's). An object pronoun ("backed her
        up") and one inside a quote stand for someone else, and give nothing.
        """
        entity = self._entity(index)
        if entity.gender or entity.gender_checked:
            return entity.gender
        words = lexicon()
        text = self._text
        scanned = 0  # the windows of nearby mentions overlap: each stretch is read once
        taken = -1  # where the last scan met someone else's pronoun
        for end in entity.ends:
            if end < taken:
                continue  # the first pronoun after this mention is that one too
            stop = min(len(text), end + _GENDER_REACH)
            start, scanned = max(end, scanned), stop
            for found in _PRONOUN.finditer(text, start, stop):
                if found.start() >= self._front:
                    return ""  # while the names are indexed: not known yet, asked again later
                word = found.group().lower()
                gender = words.possessive_gender.get(word) or words.pronoun_gender.get(word, "")
                if gender not in ("m", "f") or self._in_quote(found.start()):
                    continue
                if word in words.object_pronouns or (
                    word in words.determiners and self._is_object(found.end())
                ):
                    continue  # "Ruiz backed her up": someone else
                if self._after_other(found.start(), index):
                    continue  # "Lowe thanked Fenwick for his work": his may be Fenwick's
                owner = self._subject_before(found.start(), index)
                if owner is not None and owner != index:
                    taken = scanned = found.start()
                    break  # the first pronoun after this mention is someone else's
                entity.gender = gender
                return gender
        entity.gender_checked = True
        return entity.gender

    def _after_other(self, position: int, own: int) -> bool:
        """Whether another person is named in the same sentence right before *position*."""
        index = bisect.bisect_left(self._starts, position) - 1
        if index < 0:
            return False
        occurrence = self._occurrences[index]
        sentence = bisect.bisect_right(self._sentence_starts, position) - 1
        if occurrence.entity == own or occurrence.quoted or occurrence.sentence != sentence:
            return False
        entity = self._entity(occurrence.entity)
        return not (entity.organisation or entity.place) and (
            (entity.person and entity.mid_sentence) or entity.speaks
        )

    def _in_quote(self, position: int) -> bool:
        """Whether *position* is inside one of the document's quotes."""
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and position < self._quoted[index][1]

    def _is_object(self, end: int) -> bool:
        """Whether an object-or-possessive pronoun ending at *end* is an object ("told her that").

        A possessive stands before its noun ("her garden"); an object is followed by a
        punctuation mark, the end of the text, or a function word ("her up", "her that").
        """
        following = _NEXT_WORD.match(self._text, end)
        if following is None:
            return True
        word = following.group(1)
        words = lexicon()
        return (
            word in words.object_followers
            or word in words.prepositions
            or word in words.conjunctions
            or word in words.determiners
            or word in words.pronoun_gender
        )

    def _subject_before(self, position: int, own: int, depth: int = 0) -> int | None:
        """The entity a pronoun at *position* most likely stands for: its sentence's subject.

        The first person named (outside quotes) in the pronoun's sentence before it; when
        that stretch names nobody, the first person named in the nearest sentence before
        that does. Only names shown to be persons count (as for :meth:`_salient`), and the
        entity *own* whose gender is sought. When a "he" or "she" comes before that name
        in its sentence ("Then he visited a park outside San Diego"), the sentence's subject
        is that pronoun's, found the same way. Returns -1 when it cannot be told.
        """
        index = bisect.bisect_left(self._starts, position) - 1
        floor = max(-1, index - _SALIENT_REACH)
        found: _Occurrence | None = None
        while index > floor:
            occurrence = self._occurrences[index]
            index -= 1
            if found is not None and occurrence.sentence != found.sentence:
                break
            if occurrence.quoted or occurrence.possessive or occurrence.start in self._modifiers:
                continue  # "Hale's plan was bold, said Brandt": Hale is not the subject
            entity = self._entity(occurrence.entity)
            if (
                entity.organisation
                or entity.place
                or not ((entity.person and entity.mid_sentence) or entity.speaks)
            ):
                continue  # "Mexican officials", "Did they …": no person
            found = occurrence
        if found is None:
            return None
        # bounded, so that a text with no sentence breaks stays linear
        opening = max(self._sentence_starts[found.sentence], found.start - _GENDER_REACH)
        words = lexicon()
        for pronoun in _PRONOUN.finditer(self._text, opening, found.start):
            if pronoun.start() >= position:
                break
            if words.pronoun_gender.get(pronoun.group().lower()) in ("m", "f") and not (
                self._in_quote(pronoun.start())
            ):
                if depth >= _CHAIN_DEPTH:
                    return -1
                return self._subject_before(pronoun.start(), own, depth + 1)
        return found.entity

    def _entity_at(self, name: Name) -> int | None:
        index = self._by_start.get(name.start)
        return self._occurrences[index].entity if index is not None else None

    def _salient(
        self, position: int, gender: str, *, weak_too: bool = True
    ) -> tuple[int, int, int, str] | None:
        """The likeliest person before *position*: (entity, start, end, reason) of its mention.

        Every person named in the :data:`_LOOK_BACK` sentences before the cue, outside
        quotes, whose gender does not contradict *gender*, is a candidate; each is scored by
        :func:`~newsnorm.quotes.attribution.score`. Without *weak_too*, only known persons
        are candidates.
        """
        last = bisect.bisect_left(self._starts, position)
        if last == 0:
            return None
        floor = max(0, last - _SALIENT_REACH)
        # Sentences only grow with the index, so skipping the quoted occurrences changes
        # nothing about where the look back stops.
        back = bisect.bisect_left(self._unquoted, last) - 1
        if back < 0 or self._unquoted[back] < floor:
            return None  # no occurrence outside quotes within reach: no candidate
        cue_sentence = bisect.bisect_right(self._sentence_starts, position) - 1
        current = self._occurrences[last - 1].sentence
        best: tuple[float, int, int] | None = None
        chosen: tuple[_Occurrence, Features] | None = None
        first_seen: dict[int, int] = {}
        window: list[_Occurrence] = []
        while back >= 0 and self._unquoted[back] >= floor:
            occurrence = self._occurrences[self._unquoted[back]]
            if occurrence.sentence < current - _LOOK_BACK:
                break
            window.append(occurrence)
            back -= 1
        # "Xi told Putin …, according to Ushakov": the source speaks, the others are reported
        reported = {occurrence.sentence for occurrence in window if occurrence.according}
        scored: list[tuple[float, _Occurrence, Features]] = []
        for occurrence in reversed(window):
            entity = self._entity(occurrence.entity)
            if not (entity.person and entity.mid_sentence) and not (
                entity.speaks
                and gender
                and not entity.organisation
                and not entity.place
                and self._gender(occurrence.entity) == gender
            ):
                continue  # "Hale said he …": a one-word speaker, shown a person by the pronoun
            if occurrence.start not in self._modifiers:
                first_seen.setdefault(occurrence.sentence, occurrence.start)
            if gender and self._gender(occurrence.entity) not in ("", gender):
                continue
            if entity.organisation and not (gender and self._gender(occurrence.entity) == gender):
                continue  # a person read as an organisation too is one if "she" is said of them
            known = entity.known or bool(self._gender(occurrence.entity))
            if not known and not weak_too:
                continue
            features = Features(
                sentences_back=max(0, cue_sentence - occurrence.sentence),
                first_in_sentence=first_seen.get(occurrence.sentence) == occurrence.start,
                according=occurrence.according,
                known_person=known,
                mentions=entity.mentions,
            )
            scored.append((score(features), occurrence, features))
        if not scored:
            return None
        # Whether a candidate speaks is read only where it can change the winner: the others
        # stay below the best score even with the weight of speaking.
        floor_score = max(item[0] for item in scored) - SPEAKS - _SCORE_SLACK
        for base, occurrence, quiet in scored:
            features, value = quiet, base
            if (
                base >= floor_score
                and (occurrence.according or occurrence.sentence not in reported)
                and self._speaks(occurrence)
            ):
                features = quiet._replace(speaks=True)
                value = score(features)
            rank = (value, -features.sentences_back, -occurrence.start)
            if best is None or rank > best:
                best = rank
                chosen = (occurrence, features)
        if chosen is None:
            return None
        occurrence, features = chosen  # the reason is written for the winner only
        return (occurrence.entity, occurrence.start, occurrence.end, explain(features))

    def _speaks(self, occurrence: _Occurrence) -> bool:
        """Whether a mention is the subject of a speech verb.

        That is: named by the cue of an earlier quote, written after a speech verb that
        follows a comma or a closing mark ("…,” said Ruiz"), or followed by one, perhaps
        past an apposition ("Ruiz said", "Ruiz, a nurse in Leeds, said").
        """
        if occurrence.start in self._cue_names:
            return True  # named by the cue of a quote before
        known = self._speaking.get(occurrence.start)
        if known is None:
            known = self._speaking[occurrence.start] = self._next_to_verb(occurrence)
        return known

    def _next_to_verb(self, occurrence: _Occurrence) -> bool:
        """Whether a speech verb stands next to the mention, before or after it."""
        text, verbs = self._text, lexicon().verbs
        before = text[max(0, occurrence.chain_start - _VERB_REACH) : occurrence.chain_start]
        inverted = _INVERTED_CUE.search(before)
        if inverted is not None and inverted.group(1) in verbs:
            return True
        after = _APPOSITION.match(text, occurrence.end, occurrence.end + _APPOSITION_REACH)
        verb = _WORD_AFTER.match(text, after.end() if after is not None else occurrence.end)
        # a participle after a comma ("…, calling") tells what the sentence's subject did
        return verb is not None and verb.group(1) in verbs and not verb.group(1).endswith("ing")

    def _latest(
        self, position: int, *, organisation: bool, role: str = "", age: str = ""
    ) -> int | None:
        index = bisect.bisect_left(self._starts, position) - 1
        floor = max(-1, index - 200)
        while index > floor:
            occurrence = self._occurrences[index]
            entity = self._entity(occurrence.entity)
            index -= 1
            if occurrence.quoted or not entity.mid_sentence:
                continue
            if organisation and entity.organisation:
                return occurrence.entity
            if age and age in entity.ages:
                return occurrence.entity
            if role and not entity.organisation and role in entity.roles:
                return occurrence.entity
        return None

    def turns(self, paragraphs: list[tuple[int, int, bool, bool]]) -> dict[int, Choice]:
        """The speakers of a transcript's turns, each a quoted paragraph opened by a label.

        *paragraphs* holds, per quote in order: where its line starts, where its opening
        mark is, whether the quote closes, and whether it has a cue of its own. A quote whose
        line opens with the mark and a label in capitals ("PENCE: …", "MR. LEE: …") is the
        labelled speaker's turn; an unlabelled paragraph with no cue that follows an
        unclosed turn goes on with it. A label counts only when it opens
        :data:`_TURN_RECURS` turns or matches a name the text gives before the first turn
        (so a one-off heading such as "NOTE:" names nobody), and never when the word lists
        say it names nobody ("VIDEO:", "CROSSTALK:"). Returns the choice per index.
        """
        text = self._text
        found: dict[int, tuple[int, int, str]] = {}  # index: label start, end, label
        for index, (line_start, open_mark, _, _) in enumerate(paragraphs):
            # a turn's quote opens its line (read first: most quotes do not)
            if not opens_line(text, line_start, open_mark):
                continue
            match = _TURN_LABEL.match(text, open_mark + 1, min(len(text), open_mark + 80))
            if match is not None:
                found[index] = (match.start(1), match.end(1), match.group(1))
        if not found:
            return {}
        words = lexicon()
        counts: dict[str, int] = {}
        for _, _, label in found.values():
            counts[label] = counts.get(label, 0) + 1
        first = paragraphs[min(found)][1]
        names = self._document.names(max(0, first - _TURN_LOOK_BACK), first)
        speakers: dict[str, str | None] = {}
        for label, count in counts.items():
            named = None
            if label.casefold() not in words.not_speaker_labels and len(label.strip(".")) > 1:
                named = self._named_by_label(label, names)
                if named is None and count >= _TURN_RECURS:
                    named = " ".join(word.title() for word in label.split())
            speakers[label] = named
        chosen: dict[int, Choice] = {}
        current: Choice | None = None
        line, going = -1, False  # the current turn's last line, and whether it goes on
        for index, (line_start, open_mark, closed, cued) in enumerate(paragraphs):
            if current is not None and line_start == line:
                continue  # a quote inside the turn ("as “The Times” wrote"): not a turn
            turn = found.get(index)
            if turn is not None:
                speaker = speakers[turn[2]]
                current = None
                if speaker is not None:
                    reason = f"transcript label {turn[2]!r}"
                    current = Choice(speaker, turn[0], turn[1], reason)
            elif not (going and not cued and opens_line(text, line_start, open_mark)):
                current = None
            if current is not None:
                chosen[index] = current
                line, going = line_start, not closed
        return chosen

    def _named_by_label(self, label: str, names: list[Name]) -> str | None:
        """The fullest name before a transcript *label* that it stands for ("PENCE")."""
        words = lexicon()
        wanted = [
            word.casefold()
            for word in label.split()
            if word.rstrip(".").title() not in words.honorifics
        ]
        if not wanted:
            return None
        best: Name | None = None
        for name in names:
            written = [word.casefold() for word in name.words]
            if (
                written[-1] == wanted[-1]
                and set(wanted) <= set(written)
                and (best is None or len(name.words) >= len(best.words))
            ):
                best = name  # the fullest, then the latest
        if best is None:
            return None
        entity = self._entity_at(best)
        if entity is not None:
            return self._fullest(self._entity(entity))
        return best.label or " ".join(best.words)

    def is_person(self, mention: Mention | None) -> bool:
        """Whether *mention* is "he"/"she" or the name of someone the text shows is a person.

        A capitalised word that opens a sentence is not enough ("Former model Ana…" in a
        language whose titles the word lists lack): the name must have two words, a title,
        a known given name or an age somewhere in the document.
        """
        if mention is None:
            return False
        if mention.kind == "pronoun":
            return lexicon().pronoun_gender.get(mention.word) in ("m", "f")
        if mention.kind != "name" or mention.name is None:
            return False
        index = self._entity_at(mention.name)
        if index is None:
            return len(mention.name.words) > 1
        entity = self._entity(index)
        return entity.person and not entity.organisation

    def resolve(self, mention: Mention | None, position: int) -> Choice:
        """The speaker a *mention* at a cue at *position* names, and why.

        Returns a :class:`~newsnorm.quotes.attribution.Choice` whose speaker is ``None``
        when nobody is named.
        """
        if mention is None:
            return nobody("no subject found at the cue")
        words = lexicon()
        if mention.kind in ("name", "document") and mention.name is not None:
            written = self._text[mention.start : mention.end]
            entity = self._entity_at(mention.name)
            self._cue_names.add(mention.name.start)
            if entity is None:
                return Choice(mention.name.label, mention.start, mention.end, f"name {written!r}")
            found_entity = self._entity(entity)
            if found_entity.size == 1 and not (found_entity.person or found_entity.organisation):
                if not found_entity.mid_sentence and is_common_plural(mention.name.words[0]):
                    return nobody(f"{written!r} is a common noun")  # "Fans outside … sang"
                article = self._text[
                    max(0, mention.name.chain_start - 5) : mention.name.chain_start
                ]
                if article.split()[-1:] and article.split()[-1].casefold() in words.definite:
                    # "the Romanian said": a description written with a capital
                    mention = Mention("definite", mention.start, mention.end, mention.name.words[0])
                    return self._describe(mention, position)
            fullest = self._fullest(found_entity)
            kind = "organisation" if found_entity.organisation else "name"
            if fullest != written:
                return Choice(
                    fullest, mention.start, mention.end, f"{kind} {written!r}, fullest form"
                )
            return Choice(fullest, mention.start, mention.end, f"{kind} {written!r}")
        if mention.kind in ("pronoun", "dropped"):
            label = f"pronoun {mention.word!r}" if mention.kind == "pronoun" else "no subject"
            gender = words.pronoun_gender.get(mention.word, "") if mention.kind == "pronoun" else ""
            if gender == "o":
                found = self._latest(position, organisation=True)
                if found is None:
                    return nobody(f"{label}: no organisation before")
                return Choice(
                    self._fullest(self._entity(found)),
                    mention.start,
                    mention.end,
                    f"{label}: latest organisation",
                )
            if gender not in ("", "m", "f"):
                return nobody(f"{label}: plural")
            salient = self._salient(position, gender)
            if salient is None:
                return nobody(f"{label}: no person of that gender before")
            fullest = self._fullest(self._entity(salient[0]))
            if mention.kind == "dropped":
                return Choice(fullest, salient[1], salient[2], f"{label}: {salient[3]}")
            return Choice(fullest, mention.start, mention.end, f"{label}: {salient[3]}")
        if mention.kind in ("definite", "relation"):
            return self._describe(mention, position)
        return nobody(f"{mention.kind} {self._text[mention.start : mention.end]!r}")

    def _describe(self, mention: Mention, position: int) -> Choice:
        """Resolve a definite description ("the spokesperson", "the 34-year-old")."""
        words = lexicon()
        head = mention.word
        written = self._text[mention.start : mention.end]
        age = AGE_WORD.match(head)
        how = ""
        if head in words.organisation_nouns:
            found, how = self._latest(position, organisation=True), "latest organisation"
        elif age is not None:
            found = self._latest(position, organisation=False, age=age.group(1))
            how = "person of that age"
        else:
            found = self._latest(position, organisation=False, role=role_stem(head))
            how = "person given that role"
        if found is None and head not in words.organisation_nouns and mention.kind != "relation":
            salient = self._salient(position, "", weak_too=False)
            if salient is not None:
                found, how = salient[0], salient[3]
        if found is None:
            return nobody(f"{mention.kind} {written!r}: nobody it fits")
        return Choice(
            self._fullest(self._entity(found)),
            mention.start,
            mention.end,
            f"description {written!r}: {how}",
        )
