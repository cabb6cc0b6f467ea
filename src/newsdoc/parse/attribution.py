"""Attribution frames: who said what, found sentence by sentence.

The engine works on the source text inside each paragraph's span, so every
offset it returns indexes ``Document.text`` directly (hard-wrapped copy
included: newlines count as spaces).  For each sentence it finds the cue words
outside quote marks (:mod:`newsdoc.parse.cues`) and tries the frames in a fixed
order; each frame has a pattern id that ends up in ``Quote.rule``:

==================  ==========================================================
``said-that``        S CUE (that) C              Li said (that) China is ready.
``said-colon``       S CUE: "C"                  Li said: "We are ready."
``trailing-said``    C, S CUE.                   China is ready, Li said.
``quote-said``       "C," S CUE.                 "We are ready," Li said.
``inverted``         C, CUE S.                   "We are ready," said Li.
``according-to``     According to S, C / C, according to S
``participial-lead`` Noting that C1, S CUE C2    (two quotes, one speaker)
``participle-trail`` ..., adding/saying (that) C
``coordinated``      S CUE C1 and CUE C2
``call-on``          S called on / urged X to ...
``asked-passive``    S was asked (by A) whether C  (A speaks; no speaker without "by")
(continuation)       "C1," S CUE. "C2."          (C2 joins the quote as a piece)
``floating``         a quoted paragraph after an attributed quote
==================  ==========================================================
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Final

from newsdoc.parse.cues import CUE_AT_RE, CueForm, find_cues, lookup
from newsdoc.parse.quotemarks import (
    Region,
    RegionIndex,
    find_marks,
    marks_and_apostrophes,
    pair_quotes,
    split_sentences,
)

Piece = tuple[int, int]

WINDOW: Final = 300
"""How far (characters) a frame looks left or right of a cue for a speaker or an
adjunct: bounds the work per cue, so a run-on sentence stays linear."""

CONFIDENCE: Final[dict[str, float]] = {
    # Share of each frame's predictions overlapping a gold attribution (overlap >= 0.3),
    # pooled over polnear-train (840 docs) and xinhua-quotes-dev (30 docs):
    # `benchmarks/quotes.py --rules`.
    "quote-said": 0.984,  # 2373 / 2412
    "inverted": 0.952,  # 826 / 868
    "coordinated": 0.931,  # 108 / 116
    "said-colon": 0.930,  # 106 / 114
    "according-to": 0.915,  # 356 / 389
    "call-on": 0.915,  # 236 / 258
    "said-that": 0.911,  # 4270 / 4689
    "participle-trail": 0.899,  # 505 / 562
    "asked-passive": 0.882,  # 15 / 17
    "trailing-said": 0.853,  # 522 / 612
    "participial-lead": 0.846,  # 44 / 52
    "floating": 0.695,  # 73 / 105
}
"""Per-frame precision measured on the development sets (see docs/quotes.md)."""


@dataclass(slots=True, init=False)
class Found:
    """One attribution found by a frame (offsets into the document text)."""

    rule: str
    content: list[Piece]
    cue: Piece | None
    speaker: Piece | None
    paragraph: int
    kind: str
    lemma: str | None
    tier: int

    def __init__(
        self,
        rule: str,
        content: list[Piece],
        cue: Piece | None,
        speaker: Piece | None,
        paragraph: int,
        kind: str = "indirect",
        lemma: str | None = None,
        tier: int = 0,
    ) -> None:
        # Written out (init=False): mypyc compiles a class's own __init__, not the one
        # dataclasses generates at import, so this keeps construction native.
        self.rule = rule
        self.content = content
        self.cue = cue
        self.speaker = speaker
        self.paragraph = paragraph
        self.kind = kind
        self.lemma = lemma
        self.tier = tier


@dataclass(slots=True, init=False)
class ParagraphQuotes:
    """The quote-relevant layout of one paragraph (one holding a cue or a quote mark)."""

    index: int
    start: int
    end: int
    regions: list[Region]
    unclosed: int | None
    sentences: list[Piece]
    cue_matches: list[tuple[int, int, str]]
    index_: RegionIndex

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        regions: list[Region],
        unclosed: int | None,
        sentences: list[Piece],
        cue_matches: list[tuple[int, int, str]],
        index_: RegionIndex,
    ) -> None:
        # Written out for mypyc, like Found's.
        self.index = index
        self.start = start
        self.end = end
        self.regions = regions
        self.unclosed = unclosed
        self.sentences = sentences
        self.cue_matches = cue_matches
        self.index_ = index_


@dataclass(slots=True, init=False)
class CueSite:
    """One cue in its sentence: what the frames look at around it."""

    layout: ParagraphQuotes
    quotes: RegionIndex
    start: int  # sentence start
    end: int  # sentence end, final punctuation excluded
    cue_from: int  # the cue with its auxiliaries ("had said")
    cue_end: int
    speaker_end: int  # where a speaker written before the cue ends
    form: CueForm
    tail: int  # where the content starts past the cue's adjuncts (-1: not yet known)

    def __init__(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        start: int,
        end: int,
        cue_from: int,
        cue_end: int,
        speaker_end: int,
        form: CueForm,
        tail: int = -1,
    ) -> None:
        # Written out for mypyc, like Found's.
        self.layout = layout
        self.quotes = quotes
        self.start = start
        self.end = end
        self.cue_from = cue_from
        self.cue_end = cue_end
        self.speaker_end = speaker_end
        self.form = form
        self.tail = tail


_WORD_RE: Final = re.compile(r"[\w'’.-]+")
_DETERMINERS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "said",
        "such",
        "any",
        "no",
        "every",
    ]
)
_NEGATIONS: Final = frozenset(["not", "never"])
_OBJECT_PRONOUNS: Final = frozenset(
    ["him", "her", "them", "me", "us", "you", "it", "whom", "which", "what", "this"]
)
_WH_WORDS: Final = frozenset(["whether", "if", "how", "why", "what", "when", "where", "who"])
_ASKED_NEXT: Final = frozenset(
    ["by", "whether", "if", "about", "what", "how", "why", "who", "when", "where", "which"]
)
_NEGATED_BE: Final = frozenset(
    ["isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t"]
)
_BE: Final = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got"])
_AUX: Final = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "did",
        "does",
        "do",
        "shall",
        "should",
        "could",
        "can",
        "may",
        "might",
        "must",
    ]
)
_AUX_CUE: Final = frozenset(
    ["has", "have", "had", "will", "would", "did", "does", "do", "was", "were", "is", "are"]
)
_ADVERBS: Final = frozenset(
    [
        "also",
        "further",
        "again",
        "once",
        "then",
        "later",
        "earlier",
        "repeatedly",
        "previously",
        "still",
        "recently",
        "already",
        "first",
        "separately",
        "meanwhile",
        "however",
        "just",
        "even",
        "publicly",
        "openly",
        "reportedly",
        "once",
        "again",
        "not",
        "never",
    ]
)
_PREPOSITIONS: Final = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "while",
        "when",
        "upon",
        "from",
        "to",
        "via",
        "through",
        "with",
        "by",
        "over",
        "following",
        "ahead",
        "since",
        "amid",
    ]
)
_TIME_WORDS: Final = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "here",
        "recently",
        "earlier",
        "later",
        "now",
        "again",
        "also",
        "repeatedly",
        "last",
        "this",
        "next",
    ]
)
_ADVERBIAL_STARTS: Final = _PREPOSITIONS | frozenset(
    [
        "meanwhile",
        "however",
        "but",
        "and",
        "yet",
        "also",
        "earlier",
        "later",
        "separately",
        "moreover",
        "furthermore",
        "besides",
        "still",
        "then",
        "last",
        "this",
        "next",
        "today",
        "yesterday",
        "speaking",
        "addressing",
        "asked",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "so",
        "thus",
        "nevertheless",
        "instead",
        "otherwise",
        "indeed",
        "therefore",
        "in",
        "as",
        "among",
        "for",
        "despite",
        "under",
        "like",
        "unlike",
        "across",
        "against",
        "within",
        "without",
    ]
)
_LEADING_FILLERS: Final = frozenset(["and", "but", "so", "yet", "however", "meanwhile", "also", "or"])
_FILLER_INITIALS: Final = "".join(
    sorted({word[0] for word in _LEADING_FILLERS} | {word[0].upper() for word in _LEADING_FILLERS})
)
"""The letters a filler can start with, in either case (no other character lowers to one)."""
_CLAUSE_WORDS: Final = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "that",
        "if",
        "because",
        "says",
        "said",
        "told",
        "adds",
        "added",
    ]
)
_NP_END_BAD: Final = frozenset(
    ["the", "a", "an", "of", "to", "and", "but", "or", "for", "in", "on", "at", "with", "by", "from", "as"]
)
_RELATIVES: Final = frozenset({"who", "which"})
_PHRASE_BREAKERS: Final = _PREPOSITIONS - {"of", "for"}
_PREPOSITIONS_OF_AND: Final = _PREPOSITIONS | {"of", "and"}
_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we", "i", "you", "this", "there"])
_DAYS: Final = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]
)
_TIME_OR_DAY: Final = _TIME_WORDS | _DAYS
_MEDIUM_PREPOSITIONS: Final = frozenset(["in", "on", "during", "via", "through"])
_MEDIA: Final = frozenset(
    [
        "statement",
        "interview",
        "speech",
        "letter",
        "email",
        "e-mail",
        "post",
        "tweet",
        "message",
        "video",
        "op-ed",
        "column",
        "briefing",
        "call",
        "appearance",
        "release",
        "podcast",
        "broadcast",
        "blog",
    ]
)
_COMMA_CLOSERS: Final = frozenset([',"', ",”", ",'", ",’"])
_TIME_ENDINGS: Final = frozenset(["ago", "later", "earlier", "before", "afterwards"])
_TIME_PREPOSITIONS: Final = frozenset(["on", "at", "during", "earlier", "late", "early", "in"])
_TIME_MODIFIERS: Final = frozenset(["this", "last", "next", "late", "early"])
_DAY_PARTS: Final = frozenset(["night", "morning", "afternoon", "evening"])
_NP_OPENERS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "many",
        "most",
        "few",
        "several",
        "all",
        "both",
        "his",
        "her",
        "their",
        "its",
        "other",
        "one",
        "two",
        "three",
        "he",
        "she",
        "they",
        "we",
        "i",
        "officials",
        "police",
        "analysts",
        "experts",
        "critics",
    ]
)
_ADJECTIVE_CONTEXT: Final = _NP_OPENERS | _DETERMINERS
_CONTINUATION_WORDS: Final = frozenset(["but", "and", "or", "because", "so", "which", "that", "if", "when"])
_CALL_ON_LEMMAS: Final = frozenset(["call on", "call upon", "call for", "urge", "appeal to", "ask"])
_TIME_NOUNS: Final = frozenset(
    ["night", "day", "week", "month", "year", "morning", "evening", "afternoon", "time"]
)
_TIME_NOUNS_BUT_DAY: Final[tuple[str, ...]] = tuple(sorted(_TIME_NOUNS - {"day"}))
"""The time nouns but "day", which every day name holds too (a tuple: searched in turn)."""
# -s forms that are usually verbs; "states", "reports", "claims" are usually nouns.
_SAFE_S_FORMS: Final = frozenset(
    [
        "says",
        "tells",
        "adds",
        "notes",
        "writes",
        "argues",
        "insists",
        "explains",
        "recalls",
        "continues",
        "warns",
        "asks",
        "stresses",
        "emphasizes",
        "emphasises",
        "reiterates",
        "urges",
        "acknowledges",
        "admits",
        "concedes",
        "contends",
        "asserts",
        "alleges",
        "denies",
        "reveals",
        "tweets",
        "predicts",
        "suggests",
    ]
)
_CLAUSE_OPENERS: Final = frozenset(
    [
        "that",
        "and",
        "but",
        "while",
        "because",
        "when",
        "after",
        "before",
        "if",
        "as",
        "since",
        "although",
        "though",
        "where",
        "whereas",
        "or",
        "so",
        "than",
        "whom",
        "which",
        "who",
    ]
)
_NP_START_BAD: Final = (_NP_END_BAD - {"the", "a", "an"}) | frozenset(
    ["then", "when", "while", "but", "so", "if", "as", "because"]
)
_AUDIENCE: Final = frozenset(
    [
        "reporters",
        "journalists",
        "xinhua",
        "correspondents",
        "media",
        "press",
        "parliament",
        "lawmakers",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "state",
        "local",
        "visiting",
        "news",
        "conference",
        "briefing",
        "gathering",
        "audience",
        "crowd",
        "supporters",
        "delegates",
        "participants",
    ]
)


_CLAUSE_PUNCT_RE: Final = re.compile(r"[,:;]")
_OBJECT_OPENERS: Final = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that"]
)
_NOT_AFTER_ADJECTIVE: Final = (
    _WH_WORDS
    | _PREPOSITIONS
    | _SUBJECT_PRONOUNS
    | _OBJECT_OPENERS
    | frozenset(["so", "yes", "no", "him", "them", "us", "me", "was", "were", "is", "are", "would", "will"])
)
_SUBORDINATORS: Final = frozenset(["as", "while", "because", "if", "when", "than", "since", "although"])
# The end of a dateline: an agency in parentheses or a date, then a double dash.
_DATELINE_END_RE: Final = re.compile(r"[)\d](?:[ \t]*(?:--|—|–)[ \t]*|[ \t]+-[ \t]+)")
# The space is matched, not looked behind at, so the search skips ahead in C.
_RELATIVE_RE: Final = re.compile(r"\s(?:who|which)(?![\w'’-])")
_SPACE_RE: Final = re.compile(r"\s+")
_DASHES: Final[tuple[str, ...]] = ("-", "—", "–")
"""The characters a dateline's end (:data:`_DATELINE_END_RE`) is made around.  Typed as a
tuple of any length: compiled, a ``Final`` tuple of fixed shape is rebuilt at every use."""
_NEXT_WORD_RE: Final = re.compile(r"\s*([\w'’.-]+)")


_LOOKUP_CACHE: Final[dict[str, CueForm | None]] = {}
# Final: a C static in the compiled build, where an imported name is a dict look-up per call.
_bisect_left: Final = bisect.bisect_left
_islice: Final = itertools.islice

_NO_QUOTES: Final = RegionIndex([])
"""The index of every paragraph without a quote (most of them): one object, shared."""


def _paragraph_index(layout: ParagraphQuotes) -> int:
    """The sort key of the layouts (for a bisection by paragraph)."""
    return layout.index


def _lookup(surface: str) -> CueForm | None:
    """:func:`lookup`, memoised on the exact matched string."""
    try:
        return _LOOKUP_CACHE[surface]
    except KeyError:
        form = _LOOKUP_CACHE[surface] = lookup(surface)
        return form


def _words(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """Word spans in ``[start, end)``; only the first ``limit`` when given."""
    matches = _WORD_RE.finditer(text, start, end)
    if limit is not None:
        return [m.span() for m in _islice(matches, limit)]
    return [m.span() for m in matches]


def _has_clause_word(words: list[str]) -> bool:
    """Whether a word of ``words`` is a clause word ("is", "that", "said"): a plain
    loop, cheaper than ``any`` over a generator in both the pure and compiled builds."""
    for word in words:  # noqa: SIM110 (a loop on purpose: see above)
        if word.lower() in _CLAUSE_WORDS:
            return True
    return False


class Analyzer:
    """Finds the attributions of one document, paragraph by paragraph."""

    def __init__(self, text: str, paragraphs: list[Piece], cognition: bool = False) -> None:
        self.text = text
        self.spans = paragraphs
        self.cognition = cognition
        self.layouts: list[ParagraphQuotes] = []  # only paragraphs with a cue or a mark
        self.found: list[Found] = []
        self.unclosed: list[int] = []
        self.claimed: set[int] = set()
        self.size = len(text)
        # The memos are keyed by one int made of the offsets (see _pair_key): a tuple
        # key costs a tuple, its hash and its release on every question.
        self._stride = len(text) + 1
        self._prev_cache: dict[int, str] = {}
        self._noun_phrase_cache: dict[int, bool] = {}
        self._quote_speaker_cache: dict[int, bool] = {}
        self._region_break_cache: dict[int, tuple[int, int] | None] = {}
        self._phrase_start = self._phrase_limit = self._phrase_stop = -1

    def _pair_key(self, first: int, offset: int) -> int:
        """One int for the pair (``first``, ``offset``), ``offset`` an offset into the
        text (0 to its length): distinct pairs get distinct keys."""
        return first * self._stride + offset

    # ------------------------------------------------------------------ driver

    def run(self) -> list[Found]:
        """Lay out every paragraph, then run the frames over each sentence."""
        self._lay_out()
        for layout in self.layouts:
            if layout.unclosed is not None and not self._continues(layout.index):
                self.unclosed.append(layout.unclosed)
        claimed = self.claimed
        for layout in self.layouts:
            if (layout.cue_matches or layout.regions) and layout.index not in claimed:
                self._paragraph(layout)  # a paragraph with neither has nothing to attribute
        return self.found

    def _lay_out(self) -> None:
        """One :class:`ParagraphQuotes` per paragraph with a cue or a mark, from one
        scan of the document.

        Two cursors walk the document's cues and marks along the paragraphs; a
        paragraph with neither has nothing to attribute and gets no layout.
        """
        matches = self._document_cues()
        marks = self._document_marks()
        match_count = len(matches)
        mark_count = len(marks)
        cursor = mark_cursor = 0
        for index, (start, end) in enumerate(self.spans):
            while mark_cursor < mark_count and marks[mark_cursor][0] < start:
                mark_cursor += 1
            first_mark = mark_cursor
            while mark_cursor < mark_count and marks[mark_cursor][0] < end:
                mark_cursor += 1
            while cursor < match_count and matches[cursor][0] < start:
                cursor += 1
            first = cursor
            while cursor < match_count and matches[cursor][1] <= end:
                cursor += 1
            if first_mark != mark_cursor or first != cursor:
                cues, quote_marks = matches[first:cursor], marks[first_mark:mark_cursor]
                self.layouts.append(self._layout(index, start, end, quote_marks, cues))

    def _layout(
        self, index: int, start: int, end: int, marks: list[tuple[int, str]], cues: list[tuple[int, int, str]]
    ) -> ParagraphQuotes:
        """A paragraph's quote regions, and its sentences when it holds a cue.

        With quotes but no cue only the floating-quote frame may look at the
        sentences, and it splits them itself when it needs them.
        """
        text = self.text
        regions: list[Region] = []
        unclosed: int | None = None
        quotes = _NO_QUOTES
        if marks:
            regions, unclosed = pair_quotes(text, start, end, marks)
            if regions:
                quotes = RegionIndex(regions)
        sentences: list[Piece] = []
        if cues:
            sentences = split_sentences(text, start, end, quotes)
            if regions and len(sentences) > 1:
                sentences = self._rejoin_attributions(sentences, cues)
        return ParagraphQuotes(index, start, end, regions, unclosed, sentences, cues, quotes)

    def _rejoin_attributions(self, sentences: list[Piece], cues: list[tuple[int, int, str]]) -> list[Piece]:
        """ "Why not?" Li said.  -- a quote ending in ? or ! keeps its attribution."""
        text = self.text
        joined = [sentences[0]]
        for start, end in sentences[1:]:
            prev_start, prev_end = joined[-1]
            tail = text[prev_end - 2 : prev_end]
            if (
                len(tail) == 2
                and tail[0] in "?!"
                and tail[1] in "\"”’'"
                and self._starts_with_attribution(start, end, cues)
            ):
                joined[-1] = (prev_start, end)
            else:
                joined.append((start, end))
        return joined

    def _starts_with_attribution(self, start: int, end: int, cues: list[tuple[int, int, str]]) -> bool:
        """A sentence opening "Trump said ..." / "said Li": a cue within its first words."""
        index = _bisect_left(cues, (start, 0, ""))
        if index >= len(cues) or cues[index][1] > end:
            return False
        form = _lookup(cues[index][2])
        if form is None or form.form not in ("past", "s"):
            return False
        return len(self.text[start : cues[index][0]].split()) <= 6

    def _document_marks(self) -> list[tuple[int, str]]:
        """Every quote mark of the body, in one scan.

        The scan leaves out an apostrophe between two letters; seen from a
        paragraph that starts or ends at it (inside a word), such a mark is a
        candidate after all, so then the body is searched paragraph by paragraph
        (never seen in wire copy: paragraphs start and end at spaces or marks).
        """
        spans = self.spans
        if not spans:
            return []
        text = self.text
        marks, apostrophes = marks_and_apostrophes(text, spans[0][0], spans[-1][1])
        # The apostrophes come in order: a cursor walks the paragraphs along with them
        # (a bisection of tuples per apostrophe cost far more in the compiled build).
        index = -1
        last = len(spans) - 1
        for position in apostrophes:
            while index < last and spans[index + 1][0] <= position:
                index += 1
            paragraph = spans[index]  # the last paragraph starting at or before it
            if paragraph[0] == position or paragraph[1] == position + 1:
                return [mark for s, e in spans for mark in find_marks(text, s, e)]
        return marks

    def _document_cues(self) -> list[tuple[int, int, str]]:
        """Every cue word of the body, in one scan: (start, end, surface)."""
        if not self.spans:
            return []
        start, end = self.spans[0][0], self.spans[-1][1]
        found = []
        first = CUE_AT_RE.match(self.text, start, end)  # a cue opening the text
        if first is not None:
            found.append((start, first.end(1), first.group(1)))
        text = self.text
        for cue in find_cues(text, start, end, self.cognition):
            cue_start = cue[0]
            if cue_start > start and not (text[cue_start - 1] == "-" and text[cue_start - 2].isalnum()):
                found.append(cue)  # not "self-described"
        return found

    def _continues(self, index: int) -> bool:
        """An unclosed quote is fine when the next paragraph reopens it."""
        if index + 1 >= len(self.spans):
            return False
        return self.text[self.spans[index + 1][0]] in "\"“«'‘`"

    def _paragraph(self, layout: ParagraphQuotes) -> None:
        if not layout.cue_matches:
            if layout.regions:
                self._floating(layout, layout.index_)  # no cue: no frame, no continuation
            return
        if not layout.sentences:
            return
        quotes = layout.index_
        before = len(self.found)
        previous = layout.start
        found = self.found
        for number, (s_start, s_end) in enumerate(layout.sentences):
            # Only a sentence after this paragraph's first attribution can continue one.
            if len(found) > before and self._continuation(layout, quotes, s_start, s_end, before, previous):
                previous = s_start
                continue
            previous = s_start
            if number == 0:
                s_start = self._after_dateline(s_start, s_end)
            self._sentence(layout, quotes, s_start, s_end)
        if len(self.found) == before:
            self._floating(layout, quotes)

    def _after_dateline(self, start: int, end: int) -> int:
        """Skip a dateline still inside the paragraph ("LISBON, Nov. 24 (Xinhua) -- ")."""
        text = self.text
        stop = min(end, start + 100)
        dash = stop
        for mark in _DASHES:
            found = text.find(mark, start, dash)
            if found >= 0:
                dash = found
        if dash == stop:
            return start  # no dash, no dateline: skips a slow search on most sentences
        match = _DATELINE_END_RE.search(text, self._dateline_end_floor(start, dash), stop)
        if match is None:
            return start
        return match.end()

    def _dateline_end_floor(self, start: int, dash: int) -> int:
        """Where a match of :data:`_DATELINE_END_RE` can start at the earliest, given the
        first dash at ``dash``: every match holds a dash after its first character with
        only spaces and tabs between, so none starts before the first dash's spaces."""
        text = self.text
        pos = dash
        while pos > start and text[pos - 1] in " \t":
            pos -= 1
        return max(start, pos - 1)

    # ---------------------------------------------------------------- sentence

    def _cues(
        self, layout: ParagraphQuotes, quotes: RegionIndex, start: int, end: int
    ) -> list[tuple[int, int, CueForm]]:
        cues = []
        matches = layout.cue_matches
        for position in range(_bisect_left(matches, (start, 0, "")), len(matches)):
            m_start, m_end, surface = matches[position]
            if m_end > end:
                break
            if quotes.inside(m_start):
                continue
            form = _LOOKUP_CACHE.get(surface) if surface in _LOOKUP_CACHE else _lookup(surface)
            if form is None or not self._plausible(m_start, m_end, form, start):
                continue
            cues.append((m_start, m_end, form))
        return cues

    def _plausible(self, start: int, end: int, form: CueForm, floor: int) -> bool:
        """False positives off: "the said agreement", "told to leave", "is said to"."""
        if form.form == "fixed":
            return True
        prev = self._prev_word(start, floor).lower()
        if prev in _DETERMINERS and form.form != "ing":
            return False
        if not prev and form.form == "past" and self._after_number(start, end, floor):
            return False  # "300 pledged delegates": an adjective after a number
        if form.lemma == "ask" and prev in _BE and self._next_word(end).lower() in _ASKED_NEXT:
            return True  # "was asked by the host whether ...", "was asked about ..."
        if form.form in ("past", "s", "base") and form.lemma != "quote as saying":
            if prev in _NEGATIONS:  # "were not disclosed": look past the negation
                prev = self._prev_word(self._strip_left(floor, start) - len(prev), floor).lower()
            if prev in _BE or prev in _NEGATED_BE:
                return False  # passive: "was told", "is said to be", "wasn't told"
        if form.lemma in ("tell", "ask") and self._next_word(end).lower() == "to":
            return False
        return not (form.form == "base" and prev in ("to", "not", "n't", "will", "would", "could"))

    def _after_number(self, start: int, end: int, floor: int) -> bool:
        """A word between a number and a plain lower-case word ("300 pledged delegates")."""
        before = self._strip_left(floor, start)
        following = self._next_word(end)
        return (
            before > floor
            and self.text[before - 1].isdigit()
            and following.islower()
            and following not in _NOT_AFTER_ADJECTIVE
        )

    def _prev_word(self, pos: int, floor: int) -> str:
        """The run of letters (and apostrophes) ending before ``pos`` past spaces, not
        before ``floor`` (memoised; the usual word after one space needs no scan loop)."""
        key = pos * self._stride + floor  # _pair_key(pos, floor), spelled out on the hot path
        word = self._prev_cache.get(key)
        if word is not None:
            return word
        text = self.text
        end = pos
        while end > floor and text[end - 1].isspace():
            end -= 1
        space = text.rfind(" ", max(floor, end - 40), end)  # bounded: linear on any text
        word = text[space + 1 : end] if space >= 0 else ""
        if not word.isalpha():  # an apostrophe, a mark, another space or none near: scan
            word = self._scan_prev_word(floor, end)
        self._prev_cache[key] = word
        return word

    def _scan_prev_word(self, floor: int, end: int) -> str:
        """The letters and apostrophes ending at ``end``, one character at a time."""
        text = self.text
        begin = end
        while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] in "'’"):
            begin -= 1
        return text[begin:end]

    def _next_word(self, pos: int) -> str:
        """The word at ``pos``, past any spaces.

        Usually a word of letters starts right at ``pos`` and a space ends it: then
        it is the letters before the next space (no pattern to run), else the pattern.
        """
        text = self.text
        space = text.find(" ", pos + 1, pos + 24)  # bounded: longer words take the pattern
        if space > 0 and pos >= 0:
            word = text[pos:space]
            if word.isalpha():  # letters only: exactly the pattern's word
                return word
        match = _NEXT_WORD_RE.match(text, pos)
        return match.group(1) if match else ""

    def _skip_space(self, pos: int, limit: int | None = None) -> int:
        text = self.text
        if pos >= self.size or not text[pos].isspace():
            return pos
        stop = self.size if limit is None else limit
        if pos >= stop:
            return pos
        if pos + 1 >= stop or not text[pos + 1].isspace():
            return pos + 1  # one space, the usual gap: no pattern needed
        match = _SPACE_RE.match(text, pos, stop)
        return match.end() if match else pos

    def _sentence(self, layout: ParagraphQuotes, quotes: RegionIndex, start: int, end: int) -> None:
        if not layout.cue_matches or layout.cue_matches[-1][0] < start:
            return
        cues = self._cues(layout, quotes, start, end)
        if not cues:
            return
        body_end = self._body_end(quotes, start, end)
        taken = start
        index = 0
        while index < len(cues):
            cue_start, _cue_end, _form = cues[index]
            if cue_start < taken:
                index += 1
                continue
            done = self._frame(layout, quotes, start, body_end, cues, index)
            if done is None:
                index += 1
                continue
            taken = done
            index += 1

    def _body_end(self, quotes: RegionIndex, start: int, end: int) -> int:
        """Sentence end without its final punctuation (kept when inside a quote)."""
        stop = end
        while stop > start and self.text[stop - 1].isspace():
            stop -= 1
        region = quotes.containing(stop - 1) if stop > start else None
        if region is not None and region.end == stop:
            return stop
        while stop > start and self.text[stop - 1] in ".!?;":
            stop -= 1
        return stop

    # ------------------------------------------------------------------ frames

    def _frame(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        start: int,
        end: int,
        cues: list[tuple[int, int, CueForm]],
        index: int,
    ) -> int | None:
        """Try the frames for cue ``index``; the offset consumed up to, or None."""
        cue_start, cue_end, form = cues[index]
        if form.cls == "prep":
            return self._according_to(
                CueSite(layout, quotes, start, end, cue_start, cue_end, cue_start, form)
            )
        if form.lemma == "ask" and form.form != "ing" and self._prev_word(cue_start, start).lower() in _BE:
            return self._asked_passive(
                CueSite(layout, quotes, start, end, cue_start, cue_end, cue_start, form)
            )
        if form.surface == "asked" and self.text[cue_start] == "A" and self._cue_opens(start, cue_start):
            return self._participial_lead(layout, quotes, start, end, cues, index)  # "Asked about X, Li said"
        if form.form == "ing" and self._prev_word(cue_start, start).lower() not in _BE:
            if self._cue_opens(start, cue_start):
                return self._participial_lead(layout, quotes, start, end, cues, index)
            return self._participle_trail(
                CueSite(layout, quotes, start, end, cue_start, cue_end, cue_start, form)
            )
        cue_from, speaker_end = self._cue_extent(start, cue_start)
        before = self.text[max(start, speaker_end - 4) : speaker_end].rstrip()
        tail_start = self._after_adjuncts(quotes, cue_end, end, form)
        site = CueSite(layout, quotes, start, end, cue_from, cue_end, speaker_end, form, tail_start)
        at_tail = tail_start >= end or (
            self.text[tail_start] == "," and not quotes.inside(self._skip_space(tail_start + 1, end))
        )
        if form.form == "s" and form.surface not in _SAFE_S_FORMS and at_tail:
            return None
        if tail_start < end and self.text[tail_start] == "," and not at_tail:
            interrupted = self._trailing(site, interrupted=True)
            if interrupted is not None:
                return interrupted
        has_quotes = bool(quotes.regions)
        quoted_before = has_quotes and self._ends_with_quote(quotes, start, speaker_end)
        if has_quotes and self._quote_then_speaker(quotes, start, speaker_end):
            done = self._trailing(site)
            if done is not None:
                return done
        right_after_break = before.endswith(",") or quoted_before
        if right_after_break and (at_tail or self._is_inverted_speaker(cue_end, end)):
            subject_first = not quoted_before and self._sentence_level_subject(quotes, start, speaker_end)
            if at_tail or not subject_first:
                return self._inverted(site)
        if at_tail:
            done = self._trailing(site)
            if done is not None or tail_start >= end:
                return done
        return self._said_that(site)

    def _region_break(self, quotes: RegionIndex, start: int, speaker_end: int) -> tuple[int, int] | None:
        """ "C," Ki Hong, 33, said: the closing quote, even with commas in the speaker (memoised:
        :meth:`_trailing` asks again about the cue :meth:`_quote_then_speaker` just weighed)."""
        key = self._pair_key(start, speaker_end)
        cache = self._region_break_cache
        if key in cache:
            return cache[key]
        cut = cache[key] = self._scan_region_break(quotes, start, speaker_end)
        return cut

    def _scan_region_break(self, quotes: RegionIndex, start: int, speaker_end: int) -> tuple[int, int] | None:
        region = quotes.last_before(speaker_end)
        if region is None or not region.closed or region.start < start or region.end >= speaker_end:
            return None
        noun_end = self._before_relative(region.end, speaker_end)
        words = self.text[region.end : noun_end].replace(",", " ").split()
        if not 0 < len(words) <= 12 or _has_clause_word(words):
            return None
        speaker_start = region.end
        while speaker_start < speaker_end and self.text[speaker_start] in ", \t\n":
            speaker_start += 1
        return region.end, speaker_start

    def _quote_then_speaker(self, quotes: RegionIndex, start: int, speaker_end: int) -> bool:
        """ "C," S CUE ...: a closed quote, then a short noun phrase, then the cue (memoised:
        the trailing frame asks again about the cue :meth:`_frame` just weighed)."""
        key = self._pair_key(start, speaker_end)
        verdict = self._quote_speaker_cache.get(key)
        if verdict is None:
            verdict = self._quote_speaker_cache[key] = self._scan_quote_then_speaker(
                quotes, start, speaker_end
            )
        return verdict

    def _scan_quote_then_speaker(self, quotes: RegionIndex, start: int, speaker_end: int) -> bool:
        cut = self._region_break(quotes, start, speaker_end)
        if cut is None:
            cut = self._last_break(quotes, start, speaker_end)
            if cut is None or cut[0] != cut[1]:
                return False
        speaker_start = self._skip_space(cut[1], speaker_end)
        noun_end = self._before_relative(speaker_start, speaker_end)
        return speaker_start < noun_end and self._is_noun_phrase(speaker_start, noun_end, 10)

    def _before_relative(self, start: int, end: int) -> int:
        """ "Mira Olsen, who chairs the group," -> the end of "Mira Olsen" (else ``end``)."""
        relative = self._relative_search(start, end)
        if relative is None:
            return end
        stop = self._strip_left(start, relative.start() + 1)
        if stop <= start or self.text[stop - 1] != ",":
            return end
        return self._strip_left(start, stop - 1)

    def _cue_opens(self, start: int, cue_start: int) -> bool:
        """Whether the cue opens its sentence (asked only of "Asked" and "-ing" cues)."""
        return self._opens_sentence(start, self._strip_left(start, cue_start))

    def _opens_sentence(self, start: int, lead: int) -> bool:
        """Whether only quote marks or a filler ("And", "But") precede ``lead``."""
        return lead <= start or (
            lead - start <= 12 and self.text[start:lead].strip(' "“').lower() in _LEADING_FILLERS
        )

    def _strip_left(self, start: int, pos: int) -> int:
        text = self.text
        if pos <= start or not text[pos - 1].isspace():
            return pos  # the usual case: no space to strip
        pos -= 1
        while pos > start and text[pos - 1].isspace():
            pos -= 1
        return pos

    def _cue_extent(self, floor: int, cue_start: int) -> tuple[int, int]:
        """Where the cue starts with its auxiliaries and where the speaker before it ends.

        Most cues follow the speaker's last word directly ("Li said"): one look at
        that word settles both, without the auxiliary and adverb walks.
        """
        lowered = self._prev_word(cue_start, floor).lower()
        if lowered not in _AUX_CUE and lowered not in _ADVERBS and lowered not in _DAYS:
            text = self.text
            if cue_start - 1 > floor and text[cue_start - 1] == " " and not text[cue_start - 2].isspace():
                return cue_start, cue_start - 1  # one space before the cue: no strip call
            return cue_start, self._strip_left(floor, cue_start)
        cue_from = self._aux_start(floor, cue_start)
        return cue_from, self._adverb_start(floor, cue_from)

    def _aux_start(self, floor: int, cue_start: int) -> int:
        """Extend a cue left over auxiliaries: "had said", "has also promised"."""
        pos = cue_start
        probe = pos
        for _ in range(3):
            word = self._prev_word(probe, floor)
            if not word:
                break
            lowered = word.lower()
            if lowered not in _AUX_CUE and lowered not in _ADVERBS:
                break  # the usual case: the speaker's last word
            word_start = self._strip_left(floor, probe) - len(word)
            if lowered in _AUX_CUE:
                pos = word_start
            probe = word_start
        return pos

    def _adverb_start(self, floor: int, pos: int) -> int:
        """Skip adverbs between the speaker and the cue ("Li also said")."""
        for _ in range(4):
            word = self._prev_word(pos, floor)
            lowered = word.lower()
            if not word or (lowered not in _ADVERBS and lowered not in _DAYS):
                break
            pos = self._strip_left(floor, pos) - len(word)
            before = self._prev_word(pos, floor)
            if lowered in _DAYS and before.lower() in ("on", "earlier", "late", "early"):
                pos = self._strip_left(floor, pos) - len(before)
        return self._strip_left(floor, pos)

    def _ends_with_quote(self, quotes: RegionIndex, start: int, pos: int) -> bool:
        pos = self._strip_left(start, pos)
        if pos <= start:
            return False
        region = quotes.containing(pos - 1)
        return region is not None and region.end == pos

    def _is_inverted_speaker(self, cue_end: int, end: int) -> bool:
        """After an inverted cue comes a short noun phrase, then the end or a comma."""
        start = self._skip_space(cue_end, end)
        stop = self._phrase_end(start, end)
        words = self.text[start:stop].split()
        if not 0 < len(words) <= 8 or _has_clause_word(words):
            return False
        if words[0].lower() in _SUBJECT_PRONOUNS or words[0].lower() in _PREPOSITIONS:
            return False
        for index in range(1, len(words)):
            word = words[index]
            adjective = index + 1 < len(words) and words[index - 1].lower() in _ADJECTIVE_CONTEXT
            if word.islower() and word.endswith("ed") and not adjective:
                return False  # a verb: "said Li reported ..."; "a retired teacher" is fine
        rest = self._skip_space(stop, end)
        return rest >= end or self.text[rest] in ",." or self._next_word(rest).lower() in _PREPOSITIONS

    def _after_adjuncts(self, quotes: RegionIndex, cue_end: int, end: int, form: CueForm) -> int:
        """Skip "on Monday in Shanghai", "in a statement", "told reporters" after a cue.

        Returns where the content (or the end of the clause) starts.  Not memoised:
        each cue asks once (:meth:`_frame` hands its answer on in ``CueSite.tail``).
        """
        text = self.text
        if cue_end + 1 < end and text[cue_end] == " " and not text[cue_end + 1].isspace():
            pos = cue_end + 1  # the usual one space after the cue: no call
        else:
            pos = self._skip_space(cue_end, end)
        if pos >= end or text[pos] in ",:;" or quotes.inside(pos):
            return pos
        first = self._next_word(pos).lower().rstrip(".")
        if form.lemma in ("tell", "ask"):
            question = self._question_after_addressee(quotes, pos, end)
            if question is not None:
                return question
        if end - pos <= 60 and self._time_phrase_to_end(pos, end):  # (a longer rest is no time phrase)
            return end  # "..., the Post reported late Thursday."
        adjunct = first in _PREPOSITIONS or first in _TIME_WORDS or form.cls == "tell"
        if not first or not adjunct:
            return pos
        if first == "to" and form.cls == "object":
            return pos  # "promised to act", "urged X to": the content itself
        if first == "to" and self._to_verb(pos):
            return pos  # "continues to pursue ...": a verb complement, not an adjunct
        if first in _TIME_PREPOSITIONS or first in _TIME_MODIFIERS or first in _DAYS:
            after_time = self._time_adjunct_end(quotes, pos, end)
            if after_time is not None:
                return after_time
        reach = min(end, pos + 160)
        if first != "to" and "that" in text[pos:reach].lower():  # (no "that": no words to read)
            that = self._that_after_adjunct(quotes, pos, reach)
            if that is not None:
                return that
        medium = self._medium_adjunct_end(quotes, pos, end)
        if medium is not None:
            return medium
        stop = self._clause_stop(quotes, pos, end)
        if len(text[pos:stop].split()) <= 10:
            return self._skip_space(stop, end) if stop < end else end
        if form.cls != "tell":
            return pos
        after = pos
        for w_start, w_end in _words(text, pos, reach, 5):
            word = text[w_start:w_end].lower()
            if self._has_break(quotes, after, w_start):
                break
            if word in _AUDIENCE or text[w_start].isupper():
                after = w_end
                continue
            break
        after = self._skip_space(after, end)
        return self._medium_adjunct_end(quotes, after, end) or after

    def _that_after_adjunct(self, quotes: RegionIndex, pos: int, reach: int) -> int | None:
        """ "said in Paris that C": the "that" among the first 16 words, before a break.

        Read lazily: the words after the answer are not needed.  A break among the
        first 16 words is the first break of the whole stretch, so that is where
        the search stops.
        """
        text = self.text
        stop_at = self._unquoted_break(quotes, pos, reach)
        for match in _islice(_WORD_RE.finditer(text, pos, reach), 16):
            w_start, w_end = match.span()
            if quotes.inside(w_start):
                continue  # a title in quotes: "This Week"
            if stop_at < w_start:
                break
            if text[w_start:w_end].lower() == "that" and self._next_word(w_end).lower() not in _TIME_NOUNS:
                return w_start
        return None

    def _medium_adjunct_end(self, quotes: RegionIndex, pos: int, end: int) -> int | None:
        """ "in a statement the port ...", "in an interview with the Harbour Times he ...".

        The content starts after "in/on (a) statement|interview|..." and an optional
        "with/to/on" + capitalised name, when a pronoun or determiner follows.
        """
        first = self._next_word(pos)
        if first and first.lower() not in _MEDIUM_PREPOSITIONS:
            return None  # the usual adjunct: no ten words to read (the first word is this one)
        if self._media_index(_words(self.text, pos, min(end, pos + 120), 3)) < 0:
            return None  # "in Paris", "on Monday": three words settle it, not ten
        return self._read_medium_adjunct_end(quotes, pos, end)

    def _media_index(self, words: list[tuple[int, int]]) -> int:
        """Where the medium word of "in/on (a) statement|interview|..." is among ``words``
        (the stretch's first words), or -1 when they do not open that way."""
        text = self.text
        if len(words) < 3 or text[words[0][0] : words[0][1]].lower() not in _MEDIUM_PREPOSITIONS:
            return -1
        index = 2 if text[words[1][0] : words[1][1]].lower() in _OBJECT_OPENERS else 1
        return index if text[words[index][0] : words[index][1]].lower() in _MEDIA else -1

    def _read_medium_adjunct_end(self, quotes: RegionIndex, pos: int, end: int) -> int | None:
        text = self.text
        words = _words(text, pos, min(end, pos + 120), 10)
        index = self._media_index(words)
        if index < 0:
            return None
        index += 1
        if index < len(words) and text[words[index][0] : words[index][1]].lower() in (
            "with",
            "to",
            "on",
            "at",
        ):
            probe = index + 1
            if probe < len(words) and text[words[probe][0] : words[probe][1]].lower() in _OBJECT_OPENERS:
                probe += 1
            named = probe
            while probe < len(words) and text[words[probe][0]].isupper():
                probe += 1
            if probe == named:
                return None
            index = probe
        if index >= len(words) or self._has_break(quotes, pos, words[index][0]):
            return None
        following = text[words[index][0] : words[index][1]]
        if (
            following.lower() in _SUBJECT_PRONOUNS
            or following.lower() in _OBJECT_OPENERS
            or following[0].isupper()
        ):
            return words[index][0]
        return None

    def _to_verb(self, pos: int) -> bool:
        """Whether "to" at ``pos`` opens an infinitive ("to pursue") rather than a phrase ("to reporters")."""
        after = self._skip_space(pos + 2)
        word = self._next_word(after)
        lowered = word.lower()
        return (
            bool(word)
            and word.islower()
            and lowered not in _ADJECTIVE_CONTEXT
            and lowered not in _AUDIENCE
            and lowered not in _OBJECT_PRONOUNS
            and not lowered.endswith("s")
            and _lookup(lowered) is None  # "went on to say", "goes on to slam": speech after all
        )

    def _question_after_addressee(self, quotes: RegionIndex, pos: int, end: int) -> int | None:
        """ "asked the mayor how ...", "told the crowd why ...": the content opens at the wh-word."""
        text = self.text
        limit = min(end, pos + 100)
        stretch = text[pos:limit].lower()
        if "wh" not in stretch and "if" not in stretch and "how" not in stretch:
            return None  # no wh-word can be among the words (the usual case): none to read
        punct = _CLAUSE_PUNCT_RE.search(text, pos, limit)
        stop = punct.start() if punct is not None else limit
        for w_start, w_end in _words(text, pos, limit, 8):
            if w_start > stop or quotes.inside(w_start):
                return None
            word = text[w_start:w_end].lower()
            if word in _WH_WORDS:
                return w_start
            if word == "that" or (word in _PREPOSITIONS and word not in ("at", "in", "on", "of")):
                return None
        return None

    def _time_phrase_to_end(self, pos: int, end: int) -> bool:
        """ "late Thursday", "ten days ago", "a few days later": a time phrase closing the sentence."""
        if end - pos > 60:
            return False  # at most five short words: no split of a long sentence
        words = self.text[pos:end].split()
        if not 0 < len(words) <= 5:
            return False
        last = words[-1].lower().rstrip(".,")
        return last in _TIME_ENDINGS or (
            last in _DAYS and words[0].lower() in _TIME_PREPOSITIONS | {"late", "early"}
        )

    def _time_adjunct_end(self, quotes: RegionIndex, pos: int, end: int) -> int | None:
        """ "said on Friday he met ...": the content right after a bare time adjunct.

        Only when a plain word follows the time expression (not "that", a
        preposition, a comma or a quote mark: those are left to the adjunct scan).
        Its head, a day or a time noun, is a word of the stretch: a stretch naming
        neither ("said in a statement") needs no words read.
        """
        window = self.text[pos : min(end, pos + 80)].lower()
        if "day" not in window:  # every day name ends in "day"
            for noun in _TIME_NOUNS_BUT_DAY:
                if noun in window:
                    break
            else:
                return None
        return self._read_time_adjunct_end(quotes, pos, end)

    def _read_time_adjunct_end(self, quotes: RegionIndex, pos: int, end: int) -> int | None:
        text = self.text
        words = _words(text, pos, min(end, pos + 80), 6)
        index = 0
        if words and text[words[0][0] : words[0][1]].lower() in _TIME_PREPOSITIONS:
            index = 1
        modified = index < len(words) and text[words[index][0] : words[index][1]].lower() in _TIME_MODIFIERS
        index += modified
        if index >= len(words):
            return None
        head = text[words[index][0] : words[index][1]].lower().rstrip(".")
        if head not in _DAYS and not (modified and head in _TIME_NOUNS):
            return None
        index += 1
        if index < len(words) and text[words[index][0] : words[index][1]].lower() in _DAY_PARTS:
            index += 1
        if index >= len(words) or text[words[index - 1][1] : words[index][0]].strip():
            return None
        following = text[words[index][0] : words[index][1]].lower()
        if following in _PREPOSITIONS or following in _CLAUSE_OPENERS or quotes.inside(words[index][0]):
            return None
        return words[index][0]

    def _has_break(self, quotes: RegionIndex, start: int, end: int) -> bool:
        gap = self.text[start:end]
        return "," in gap or ":" in gap or ";" in gap or quotes.inside(end)

    def _unquoted_break(self, quotes: RegionIndex, start: int, end: int) -> int:
        """The first comma, colon or semicolon in ``[start, end)`` outside quote marks."""
        for match in _CLAUSE_PUNCT_RE.finditer(self.text, start, end):
            if not quotes.inside(match.start()):
                return match.start()
        return end

    def _clause_stop(self, quotes: RegionIndex, start: int, end: int) -> int:
        """The next top-level comma, colon, semicolon or quote mark after ``start``."""
        stop = min(end, quotes.next_start(start), start + WINDOW)
        if quotes.inside(start):
            return start
        pos = start
        while True:
            match = _CLAUSE_PUNCT_RE.search(self.text, pos, stop)
            if match is None:
                return stop
            if not self._in_number(match.start()):
                return match.start()
            pos = match.end()

    # ----------------------------------------------------------- frame bodies

    def _said_that(
        self,
        site: CueSite,
    ) -> int | None:
        """F1 ``S CUE (that) C`` with appositives and adjuncts; F5 ``S CUE: "C"``."""
        layout, quotes, start, end = site.layout, site.quotes, site.start, site.end
        cue_from, cue_end, speaker_end, form = site.cue_from, site.cue_end, site.speaker_end, site.form
        speaker = self._subject(quotes, start, speaker_end)
        if speaker is None:
            return None
        rule = "call-on" if form.lemma in _CALL_ON_LEMMAS else "said-that"
        content_start = site.tail if site.tail >= 0 else self._after_adjuncts(quotes, cue_end, end, form)
        content_start, introduced = self._skip_complementizer(quotes, content_start, end)
        if introduced == ":":
            rule = "said-colon"
        if form.cls == "that" and introduced is None and not quotes.inside(content_start):
            return None
        if content_start >= end:
            if introduced == ":":
                return self._colon_next_paragraph(layout, speaker, (cue_from, cue_end), form)
            return None
        self._emit_split(layout, quotes, rule, content_start, end, (cue_from, cue_end), speaker, form)
        return end

    def _skip_complementizer(self, quotes: RegionIndex, pos: int, end: int) -> tuple[int, str | None]:
        text = self.text
        if pos < end and text[pos].isspace():  # usually at a word already: no call
            pos = self._skip_space(pos, end)
        if text.startswith("that", pos) and not (pos + 4 < end and text[pos + 4].isalnum()):
            return self._skip_space(pos + 4, end), "that"
        if pos < end and text[pos] in ":,":
            after = self._skip_space(pos + 1, end)
            if text[pos] == ":" or quotes.inside(after):
                return after, text[pos]
            if after < end and CUE_AT_RE.match(text, after) is None:
                return after, ","
        if quotes.inside(pos):
            return pos, '"'
        return pos, None

    def _emit_split(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        rule: str,
        content_start: int,
        end: int,
        cue: Piece,
        speaker: Piece,
        form: CueForm,
    ) -> None:
        """Emit ``[content_start, end)``, split at ", adding that" and "and CUE"."""
        matches = layout.cue_matches
        later = _bisect_left(matches, (content_start, 0, ""))
        # Only a cue inside the content can split it: most contents hold none, no call.
        pieces = (
            self._split_points(layout, quotes, content_start, end)
            if later < len(matches) and matches[later][1] <= end
            else []
        )
        current_rule, current_cue, current_form = rule, cue, form
        current_speaker = speaker
        cursor = content_start
        for split_at, next_cue_start, next_cue_end, next_form, next_rule, next_speaker in pieces:
            if split_at <= cursor:
                continue
            self._emit(
                layout, quotes, current_rule, [(cursor, split_at)], current_cue, current_speaker, current_form
            )
            if next_form.cls == "prep":
                return  # ", according to S": another source, not more content
            after = self._after_adjuncts(quotes, next_cue_end, end, next_form)
            cursor, _ = self._skip_complementizer(quotes, after, end)
            current_rule, current_cue, current_form = next_rule, (next_cue_start, next_cue_end), next_form
            current_speaker = next_speaker or current_speaker
        if cursor < end:
            self._emit(
                layout, quotes, current_rule, [(cursor, end)], current_cue, current_speaker, current_form
            )

    def _split_points(
        self, layout: ParagraphQuotes, quotes: RegionIndex, start: int, end: int
    ) -> list[tuple[int, int, int, CueForm, str, Piece | None]]:
        """Where a trailing participle, a coordinated cue or a new attribution starts.

        Each split: (content end, cue start, cue end, cue form, frame id, new speaker
        or None for the same one).
        """
        found: list[tuple[int, int, int, CueForm, str, Piece | None]] = []
        text = self.text
        matches = layout.cue_matches
        for position in range(_bisect_left(matches, (start, 0, "")), len(matches)):
            m_start, m_end, surface = matches[position]
            if m_end > end:
                break
            if quotes.inside(m_start):
                continue
            form = _lookup(surface)
            if form is None:
                continue
            cue_from, lead = self._cue_extent(start, m_start)
            gap_from = lead
            while gap_from > start and text[gap_from - 1] in " ,":
                gap_from -= 1
            joint = text[gap_from:lead]
            if "," not in joint and gap_from - 2 > start and text[gap_from - 2] == ",":
                region = quotes.containing(gap_from - 1)
                if region is not None and region.end == gap_from:
                    joint = ","  # ..., "a quote," claiming that ...: split after the mark
            if form.cls == "prep":
                if "," in joint:
                    found.append((gap_from, m_start, m_end, form, "according-to", None))
            elif form.form == "ing" and "," in joint:
                found.append((gap_from, m_start, m_end, form, "participle-trail", None))
            elif form.form in ("past", "s") and self._prev_word(lead, start).lower() in ("and", "but"):
                conjunction = self._prev_word(lead, start)
                and_start = self._strip_left(start, lead) - len(conjunction)
                split_at = self._strip_left(start, and_start)
                if split_at > start and text[split_at - 1] == ",":
                    split_at -= 1
                found.append((split_at, cue_from, m_end, form, "coordinated", None))
            elif (
                "," in joint
                and form.form == "past"
                and (subject := self._main_verb_after_aside(layout, m_start, m_end)) is not None
            ):
                found.append((gap_from, cue_from, m_end, form, "said-that", subject))
            elif (form.form == "past" or form.surface in _SAFE_S_FORMS) and self._plausible(
                m_start, m_end, form, start
            ):
                second = self._second_attribution(quotes, start, lead)
                if second is not None:
                    found.append((second[0], cue_from, m_end, form, "said-that", second[1]))
        return found

    def _main_verb_after_aside(self, layout: ParagraphQuotes, cue_start: int, cue_end: int) -> Piece | None:
        """ "Dahl, who said C, said he ...": the second cue belongs to the sentence subject.

        Only when a clause follows the cue (a pronoun or "that"), so an inverted
        ", said Dahl" is left alone.
        """
        following = self._next_word(cue_end).lower()
        if following not in _SUBJECT_PRONOUNS and following != "that":
            return None
        index = _bisect_left(layout.sentences, (cue_start + 1, 0)) - 1
        if index < 0:
            return None
        sentence_start = layout.sentences[index][0]
        subject = self._sentence_subject(sentence_start, cue_start)
        if subject is None or self.text[subject[0] : subject[1]].lower() in _PRONOUNS:
            return None
        return subject

    def _second_attribution(self, quotes: RegionIndex, start: int, lead: int) -> tuple[int, Piece] | None:
        """ "..., but six in 10 said ...": a new subject after a comma and conjunction."""
        text = self.text
        speaker_end = self._strip_left(start, lead)
        np_start = self._clause_start(quotes, start, speaker_end)
        if not start < np_start < speaker_end or not self._is_noun_phrase(np_start, speaker_end, 6):
            return None
        first = self._next_word(np_start)
        if not (first[:1].isupper() or first[:1].isdigit() or first.lower() in _NP_OPENERS):
            return None
        before = self._strip_left(start, np_start)
        word = self._prev_word(before, start).lower()
        if word in ("but", "while", "and", "although", "whereas", "where", "that"):
            before = self._strip_left(start, before - len(word))
            if first.lower() in _SUBJECT_PRONOUNS and before > start:
                return before, (np_start, speaker_end)  # "... and he said ...": no comma needed
        if before > start + 1 and text[before - 2 : before] in _COMMA_CLOSERS:
            return before, (np_start, speaker_end)  # '..."fears," the senator said'
        if before <= start or text[before - 1] not in ",;":
            return None
        return before - 1, (np_start, speaker_end)

    def _trailing(
        self,
        site: CueSite,
        interrupted: bool = False,
    ) -> int | None:
        """F2 ``C, S CUE.`` and F4 ``"C," S CUE.``; an interrupted C continues after."""
        layout, quotes, start, end = site.layout, site.quotes, site.start, site.end
        cue_from, cue_end, speaker_end, form = site.cue_from, site.cue_end, site.speaker_end, site.form
        cut = self._region_break(quotes, start, speaker_end)
        if cut is None or not self._quote_then_speaker(quotes, start, speaker_end):
            cut = self._last_break(quotes, start, speaker_end)  # a quoted word inside the content
        if cut is None:
            return None
        content_end, speaker_start = cut
        speaker_start = self._skip_space(speaker_start, speaker_end)
        noun_end = self._before_relative(speaker_start, speaker_end)
        if not self._is_noun_phrase(speaker_start, noun_end, 10):
            return None
        pieces = [self._quote_only(quotes, self._content_piece(quotes, start, content_end))]
        if pieces[0][1] <= pieces[0][0]:
            return None
        direct = quotes.inside(pieces[0][0])
        lead = self.text[pieces[0][0] : pieces[0][1]]
        # Only "fewer than 5" and "at most 8" are asked: nine pieces answer both.
        lead_words = len(lead.split(None, 8))
        short = lead_words < 5
        if not short and self._is_adverbial(pieces[0]):
            short = lead_words <= 8 and "," not in lead
        if interrupted and not direct and (short or self._is_adverbial_phrase(pieces[0])):
            return None  # "On Monday, Li said ...", "At a rally in X, Li said, "C"": adverbials
        rule = "quote-said" if direct else "trailing-said"
        tail = site.tail if site.tail >= 0 else self._after_adjuncts(quotes, cue_end, end, form)
        if not direct and tail < end and self.text[tail] == "," and short:
            return self._short_lead(
                layout, quotes, pieces, tail, end, (cue_from, cue_end), (speaker_start, noun_end), form
            )
        return self._finish_tail(
            layout, quotes, rule, pieces, tail, end, (cue_from, cue_end), (speaker_start, noun_end), form
        )

    def _short_lead(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        pieces: list[Piece],
        comma: int,
        end: int,
        cue: Piece,
        speaker: Piece,
        form: CueForm,
    ) -> int | None:
        """ "This plan, he says, is different": a short lead and the rest are one content.

        Not when the rest opens with a cue or a quote (", saying ...", ', "We ..."').
        """
        rest = self._skip_space(comma + 1, end)
        if rest >= end or quotes.inside(rest) or CUE_AT_RE.match(self.text, rest) is not None:
            return None
        pieces.append(self._content_piece(quotes, rest, end))
        self._emit(layout, quotes, "trailing-said", pieces, cue, speaker, form)
        return end

    def _finish_tail(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        rule: str,
        pieces: list[Piece],
        tail: int,
        end: int,
        cue: Piece,
        speaker: Piece,
        form: CueForm,
    ) -> int:
        """After "C, S said": an interrupted second piece or a trailing participle."""
        text = self.text
        if tail < end and text[tail] != ",":
            tail = self._clause_stop(quotes, tail, end)
        if tail < end and text[tail] == ",":
            rest = self._skip_space(tail + 1, end)
            next_word = self._next_word(rest)
            follow = lookup(next_word) if next_word else None
            if follow is not None and follow.form == "ing":
                self._emit(layout, quotes, rule, pieces, cue, speaker, form)
                ing_end = rest + len(next_word)
                after = self._after_adjuncts(quotes, ing_end, end, follow)
                after, _ = self._skip_complementizer(quotes, after, end)
                if after < end:
                    self._emit_split(
                        layout, quotes, "participle-trail", after, end, (rest, ing_end), speaker, follow
                    )
                return end
            if rest < end and self._continues_content(quotes, pieces[0], rest, end):
                pieces.append(self._content_piece(quotes, rest, end))
            elif rest < end:
                self._emit(layout, quotes, rule, pieces, cue, speaker, form)
                return rest  # ", though he added that ...": later cues get their turn
        self._emit(layout, quotes, rule, pieces, cue, speaker, form)
        return end

    def _continues_content(self, quotes: RegionIndex, first: Piece, rest: int, end: int) -> bool:
        """Whether ", ..." after "C, S said" resumes the content (not an appositive)."""
        if quotes.inside(first[0]):
            return quotes.inside(rest)
        word = self._next_word(rest).lower()
        if word in _CONTINUATION_WORDS:
            return True
        return not self._is_aside((rest, end))

    def _inverted(
        self,
        site: CueSite,
    ) -> int | None:
        """F3 ``C, CUE S.`` / ``"C," said S.``."""
        layout, quotes, start, end = site.layout, site.quotes, site.start, site.end
        cue_from, cue_end, speaker_end, form = site.cue_from, site.cue_end, site.speaker_end, site.form
        cut = self._last_break(quotes, start, speaker_end)
        if cut is None:
            return None
        content_end, _ = cut
        piece = self._quote_only(quotes, self._content_piece(quotes, start, content_end))
        if piece[1] <= piece[0]:
            return None
        s_start = self._skip_space(cue_end, end)
        s_end = self._phrase_end(s_start, end)
        if s_end <= s_start or self._next_word(s_start).lower().rstrip(".") in _TIME_OR_DAY:
            if speaker_end > start and self._region_break(quotes, start, speaker_end) is not None:
                return self._trailing(site)
            return None
        tail = self._after_adjuncts(quotes, s_end, end, form) if s_end < end else end
        return self._finish_tail(
            layout, quotes, "inverted", [piece], tail, end, (cue_from, cue_end), (s_start, s_end), form
        )

    def _phrase_end(self, start: int, end: int) -> int:
        """End of a noun phrase after an inverted cue: before a comma or adjunct.

        Memoised on the last question: :meth:`_inverted` asks again about the
        phrase :meth:`_is_inverted_speaker` has just read after the same cue.
        """
        if start == self._phrase_start and end == self._phrase_limit:
            return self._phrase_stop
        stop = self._read_phrase_end(start, end)
        self._phrase_start, self._phrase_limit, self._phrase_stop = start, end, stop
        return stop

    def _read_phrase_end(self, start: int, end: int) -> int:
        text = self.text
        stop = start
        for count, match in enumerate(_WORD_RE.finditer(text, start, min(end, start + WINDOW))):
            w_start, w_end = match.span()
            if "," in text[stop:w_start] and count:
                break
            word = text[w_start:w_end].lower().rstrip(".")
            if count and (word in _PHRASE_BREAKERS or word in _RELATIVES):
                break
            if word in ("told", "adding", "saying", "noting", "who", "which"):
                break
            stop = w_end
            if count >= 13:
                break
        while stop > start and text[stop - 1] in ".,;:":
            stop -= 1
        return stop

    def _last_break(self, quotes: RegionIndex, start: int, pos: int) -> tuple[int, int] | None:
        """The last top-level comma or closing quote before ``pos``: (content end, speaker start)."""
        text = self.text
        scan = pos
        start = max(start, pos - WINDOW)
        while scan > start:
            comma = text.rfind(",", start, scan)
            region = quotes.last_before(scan)
            if region is not None and region.end > comma and region.start >= start:
                if region.closed:
                    return region.end, region.end
                scan = region.start
                continue
            if comma < 0:
                return None
            region = quotes.containing(comma)
            if region is not None:
                scan = region.start
                continue
            if self._in_number(comma):
                scan = comma
                continue
            return comma, comma + 1
        return None

    def _quote_only(self, quotes: RegionIndex, piece: Piece) -> Piece:
        """ "As for X, ''C,'' Y said": after an introductory phrase only the quote is content."""
        region = quotes.last_before(piece[1])
        if region is None or not region.closed or region.end != piece[1] or region.start <= piece[0]:
            return piece
        lead = self.text[piece[0] : region.start].rstrip()
        if lead.endswith((",", ":")) and not quotes.inside(len(lead) + piece[0] - 1):
            return region.start, region.end
        return piece

    def _content_piece(self, quotes: RegionIndex, start: int, end: int) -> Piece:
        """Trim spaces, a final comma or period (kept inside quote marks)."""
        text = self.text
        if start < end and text[start].isspace():  # most pieces are trimmed already
            start = self._skip_space(start, end)
        stop = end
        if stop > start and text[stop - 1].isspace():
            stop = self._strip_left(start, stop)
        while stop > start and text[stop - 1] in ",;" and not quotes.inside(stop - 1):
            stop = self._strip_left(start, stop - 1)
        return start, stop

    def _according_to(
        self,
        site: CueSite,
    ) -> int | None:
        """F6 ``According to S, C`` and ``C, according to S``."""
        layout, quotes, start, end = site.layout, site.quotes, site.start, site.end
        cue_start, cue_end, form = site.cue_from, site.cue_end, site.form
        text = self.text
        head = text[max(start, cue_start - 20) : cue_start].strip(' "“') if cue_start - start <= 20 else "x"
        source_start = self._skip_space(cue_end, end)
        comma = self._top_comma(quotes, source_start, end)
        if not head or head.lower() in _LEADING_FILLERS:
            if comma is None:
                return None
            source = (source_start, self._strip_left(source_start, comma))
            piece = self._content_piece(quotes, comma + 1, end)
            if piece[1] <= piece[0]:
                return None
            self._emit(layout, quotes, "according-to", [piece], (cue_start, cue_end), source, form)
            return end
        before = self._strip_left(start, cue_start)
        content_end = before - 1 if before > start and text[before - 1] == "," else before
        pieces = [self._quote_only(quotes, self._content_piece(quotes, start, content_end))]
        source_stop = end if comma is None else comma
        source = (source_start, self._strip_left(source_start, source_stop))
        if comma is not None and self._resumes_after_source(quotes, pieces[0], comma + 1, end):
            rest = self._content_piece(quotes, comma + 1, end)
            if rest[1] > rest[0]:
                pieces.append(rest)
        if pieces[0][1] <= pieces[0][0] or source[1] <= source[0]:
            return None
        self._emit(layout, quotes, "according-to", pieces, (cue_start, cue_end), source, form)
        return end

    def _resumes_after_source(self, quotes: RegionIndex, first: Piece, rest: int, end: int) -> bool:
        """ "C1, according to S, C2" resumes the content only mid-clause.

        After a complete first part ("..., according to a tally, but ...", "...,
        according to Dahl, who ..."), what follows is an aside or a new clause;
        after a short or adverbial lead ("Since May, according to X, ...") the
        clause goes on.
        """
        if quotes.inside(first[0]):
            return quotes.inside(rest)
        return len(_words(self.text, first[0], first[1], 5)) < 5 or self._is_adverbial_phrase(first)

    def _top_comma(self, quotes: RegionIndex, start: int, end: int) -> int | None:
        pos = start
        end = min(end, start + WINDOW)
        while True:
            comma = self.text.find(",", pos, end)
            if comma < 0:
                return None
            region = quotes.containing(comma)
            if region is None and not self._in_number(comma):
                return comma
            pos = region.end if region is not None else comma + 1

    def _in_number(self, comma: int) -> bool:
        """ "20,000": a thousands separator, not a clause break."""
        text = self.text
        return 0 < comma < len(text) - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit()

    def _participial_lead(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        start: int,
        end: int,
        cues: list[tuple[int, int, CueForm]],
        index: int,
    ) -> int | None:
        """F7 ``Noting that C1, S said C2``: C1 and C2 share the main clause's speaker."""
        cue_start, cue_end, form = cues[index]
        for main in range(index + 1, len(cues)):
            m_start, m_end, m_form = cues[main]
            if m_form.form == "ing" or m_form.cls == "prep":
                continue
            cue_from, speaker_end = self._cue_extent(start, m_start)
            cut = self._last_break(quotes, cue_end, speaker_end)
            if cut is None:
                continue
            lead_end, speaker_start = cut
            speaker_start = self._skip_space(speaker_start, speaker_end)
            if not self._is_noun_phrase(speaker_start, speaker_end, 10):
                continue
            first, _ = self._skip_complementizer(quotes, cue_end, lead_end)
            piece = self._content_piece(quotes, first, lead_end)
            if piece[1] <= piece[0]:
                return None
            speaker = (speaker_start, speaker_end)
            self._emit(layout, quotes, "participial-lead", [piece], (cue_start, cue_end), speaker, form)
            tail = self._after_adjuncts(quotes, m_end, end, m_form)
            content_start, _ = self._skip_complementizer(quotes, tail, end)
            if content_start < end:
                self._emit_split(
                    layout, quotes, "said-that", content_start, end, (cue_from, m_end), speaker, m_form
                )
            return end
        return None

    def _participle_trail(
        self,
        site: CueSite,
    ) -> int | None:
        """F8 on its own: "X spoke at the opening, saying that C" (speaker = subject)."""
        layout, quotes, start, end = site.layout, site.quotes, site.start, site.end
        cue_start, cue_end, form = site.cue_from, site.cue_end, site.form
        text = self.text
        before = text[max(start, cue_start - 4) : cue_start].rstrip()
        by = self._prev_word(cue_start, start).lower() in ("by", "after", "before", "while", "when")
        if not before.endswith(",") and not by:
            return None
        speaker = self._sentence_subject(self._main_clause_start(quotes, start, cue_start), cue_start)
        if speaker is None:
            return None
        after = self._after_adjuncts(quotes, cue_end, end, form)
        content_start, introduced = self._skip_complementizer(quotes, after, end)
        if form.cls == "that" and introduced is None:
            return None
        if content_start >= end:
            return None
        self._emit_split(
            layout, quotes, "participle-trail", content_start, end, (cue_start, cue_end), speaker, form
        )
        return end

    def _asked_passive(self, site: CueSite) -> int | None:
        """ "Li was asked (by the host) whether C": the asker speaks, the question is content.

        Without "by" the asker is unnamed and the quote has no speaker.
        """
        quotes, start, end, cue_start, cue_end = (
            site.quotes,
            site.start,
            site.end,
            site.cue_from,
            site.cue_end,
        )
        text = self.text
        be = self._prev_word(cue_start, start)
        cue = (self._strip_left(start, cue_start) - len(be), cue_end)
        speaker: Piece | None = None
        pos = self._skip_space(cue_end, end)
        if self._next_word(pos).lower() == "by":
            agent = self._skip_space(pos + 2, end)
            pos = agent
            for w_start, w_end in _words(text, agent, min(end, agent + 120), 10):
                if text[w_start:w_end].lower() in _ASKED_NEXT or text[pos:w_start].count(","):
                    break
                pos = w_end
            if pos <= agent:
                return None
            speaker = (agent, pos)
            pos = self._skip_space(pos, end)
        word = self._next_word(pos).lower()
        if word not in _ASKED_NEXT or word == "by" or quotes.inside(pos):
            return None
        if word == "about":
            pos = self._skip_space(pos + len(word), end)
        if pos >= end:
            return None
        content = self._content_piece(quotes, pos, end)
        if content[1] <= content[0]:
            return None
        self.found.append(
            Found(
                "asked-passive",
                [content],
                cue,
                speaker,
                site.layout.index,
                "indirect",
                site.form.lemma,
                site.form.tier,
            )
        )
        return end

    def _main_clause_start(self, quotes: RegionIndex, start: int, end: int) -> int:
        """Past leading adverbial clauses: "As results came in, he spoke, saying ..." -> "he"."""
        for chunk in self._chunks(quotes, start, end):
            if not self._is_adverbial(chunk):
                return chunk[0]
        return start

    def _colon_next_paragraph(
        self, layout: ParagraphQuotes, speaker: Piece, cue: Piece, form: CueForm
    ) -> int | None:
        """F11: "Li said:" closing a paragraph, the quote in the next one."""
        following = layout.index + 1
        position = _bisect_left(self.layouts, following, key=_paragraph_index)
        if position >= len(self.layouts) or self.layouts[position].index != following:
            return None  # no cue and no mark: no quote opens the next paragraph
        nxt = self.layouts[position]
        if not nxt.regions or nxt.regions[0].start != nxt.start:
            return None
        pieces = [(r.start, r.end) for r in nxt.regions]
        self.claimed.add(following)
        self.found.append(
            Found("said-colon", pieces, cue, speaker, layout.index, "direct", form.lemma, form.tier)
        )
        return layout.end

    # ------------------------------------------------------------- speakers

    def _subject(self, quotes: RegionIndex, start: int, end: int) -> Piece | None:
        """The speaker of ``S CUE``: the sentence subject, else the nearest noun phrase."""
        text = self.text
        if end > start and text[end - 1].isspace():  # usually trimmed already: no call
            end = self._strip_left(start, end)
        if end <= start:
            return None
        found = None
        if end - start <= WINDOW:
            found = self._sentence_level_subject(quotes, start, end)
        if found is None:
            start = max(start, end - WINDOW)
            found = self._local_subject(quotes, start, end)
        return found

    def _local_subject(self, quotes: RegionIndex, start: int, end: int) -> Piece | None:
        """The noun phrase right before the cue, back to a clause boundary.

        "..., 32 percent said", "the deal that officials said", "Li met Wang and
        said" (a coordinated verb: the sentence subject speaks).
        """
        text = self.text
        begin = self._clause_start(quotes, start, end)
        if begin >= end:
            opener = self._prev_word(end, start)
            if opener.lower() in _RELATIVES:
                return end - len(opener), end
            if opener.lower() in ("and", "but"):
                return self._sentence_subject(start, end)  # "X met Y and said ..."
            return None
        begin = self._skip_fillers(begin, end)
        if text[begin:end].lower() in _RELATIVES:
            return begin, end
        opener = self._next_word(begin)
        if opener.lower() in _RELATIVES or opener.lower() in _CLAUSE_OPENERS:
            begin = self._skip_space(begin + len(opener), end)
        relative = self._relative_in(begin, end)
        if relative is not None:
            return None
        if not self._is_noun_phrase(begin, end, 8):
            begin = self._last_determiner(begin, end)
            if not self._is_noun_phrase(begin, end, 8):
                return None
        return begin, end

    def _last_determiner(self, start: int, end: int) -> int:
        """ "In a statement the mayor" -> "the mayor": a determiner not after "of"."""
        words = _words(self.text, max(start, end - WINDOW), end)
        for i in range(len(words) - 1, 0, -1):
            word = self.text[words[i][0] : words[i][1]].lower()
            before = self.text[words[i - 1][0] : words[i - 1][1]].lower()
            if word in ("the", "a", "an") and before not in _PREPOSITIONS_OF_AND:
                return words[i][0]
        return start

    def _clause_start(self, quotes: RegionIndex, start: int, end: int) -> int:
        """Back from ``end`` to the nearest punctuation, quote or conjunction."""
        text = self.text
        pos = end
        start = max(start, end - WINDOW)
        # No offset after the last quote's end is quoted: skip the lookups there.
        last = quotes.last_before(end)
        quoted_up_to = -1 if last is None else min(last.end, end) - 1
        while pos > start:
            char = text[pos - 1]
            if (char in ",;:()—–" or (pos <= quoted_up_to + 1 and quotes.inside(pos - 1))) and not (
                char == "," and self._in_number(pos - 1)
            ):
                return self._skip_space(pos, end)
            if char.isspace():
                word = self._next_word(pos).lower()
                if word in _CLAUSE_OPENERS:
                    return self._skip_space(pos + len(word), end)
            pos -= 1
        return start

    def _sentence_level_subject(self, quotes: RegionIndex, start: int, end: int) -> Piece | None:
        text = self.text
        chunks = self._chunks(quotes, start, end)
        last = chunks[-1]
        last_text = text[last[0] : last[1]].strip().lower()
        if last_text in _RELATIVES:
            return last
        while len(chunks) > 1 and self._is_adverbial(chunks[0]):
            chunks.pop(0)
        stop = self._strip_left(start, end) if end > start and text[end - 1].isspace() else end
        after_comma = text[stop - 1] == "," or text[stop - 2 : stop] in _COMMA_CLOSERS  # '"liar," said'
        if len(chunks) > 1 and not after_comma:
            return None  # the cue sits in a later clause: its subject is local
        head = chunks[0]
        h_start = self._skip_fillers(head[0], head[1])
        if h_start >= head[1]:
            return None
        h_end = head[1]
        if text.find("wh", max(h_start - 1, 0), h_end) >= 0:  # rarely: no relative, no call
            relative = self._relative_in(h_start, h_end)
            if relative is not None:
                h_end = relative
        if not self._is_noun_phrase(h_start, h_end, 12):
            return None
        if len(chunks) > 1 and not all(self._is_aside(c) or self._is_participial(c) for c in chunks[1:]):
            return None
        return h_start, self._strip_left(h_start, h_end) if text[h_end - 1].isspace() else h_end

    def _chunks(self, quotes: RegionIndex, start: int, end: int) -> list[Piece]:
        """``[start, end)`` cut at its top-level commas, each piece trimmed."""
        text = self.text
        if text.find(",", start, end) < 0:  # the usual subject: one chunk, no comma to weigh
            # Trimmed ends ask for no call (the usual case: the cue's caller trimmed them).
            first = self._skip_space(start, end) if start < end and text[start].isspace() else start
            last = self._strip_left(start, end) if end > start and text[end - 1].isspace() else end
            return [(first, last)] if last > first else [(start, end)]
        chunks = []
        pos = start
        while pos < end:
            comma = self._top_comma(quotes, pos, end)
            stop = end if comma is None else comma
            piece = (self._skip_space(pos, stop), self._strip_left(pos, stop))
            if piece[1] > piece[0]:
                chunks.append(piece)
            if comma is None:
                break
            pos = comma + 1
        return chunks or [(start, end)]

    def _is_adverbial(self, chunk: Piece) -> bool:
        word = self._next_word(chunk[0]).lower()
        if word in _ADVERBIAL_STARTS or word.endswith("ly"):
            return True
        return word.endswith(("ed", "ing")) and len(word) > 4  # "Pressed by ...", "Speaking at ..."

    def _is_adverbial_phrase(self, chunk: Piece) -> bool:
        """ "At a rally in Kessel", "After reading the letter": adverbial, with no clause inside."""
        return self._is_adverbial(chunk) and self._is_aside(chunk)

    def _is_participial(self, chunk: Piece) -> bool:
        """ "later alleging that ...", "citing the report": a participle phrase as an aside."""
        words = self.text[chunk[0] : min(chunk[1], chunk[0] + 40)].split()[:2]
        if words and words[0].lower() in _ADVERBS and len(words) > 1:
            words = words[1:]
        return bool(words) and words[0].islower() and words[0].endswith("ing") and len(words[0]) > 5

    def _is_aside(self, chunk: Piece) -> bool:
        """An appositive or relative clause between subject and cue."""
        word = self._next_word(chunk[0]).lower()
        if word in ("who", "which", "whose"):
            return True
        relative = self._relative_search(chunk[0], chunk[1])
        stop = chunk[1] if relative is None else relative.start()  # "a senator who has ..."
        if stop - chunk[0] > 600:
            return False  # far more than 25 words: bounded work on run-on sentences
        words = self.text[chunk[0] : stop].split()
        return len(words) <= 25 and not _has_clause_word(words)

    def _skip_fillers(self, start: int, end: int) -> int:
        """Past spaces, opening marks and up to two fillers ("And", "But also")."""
        text = self.text
        pos = self._skip_space(start, end) if start < end and text[start].isspace() else start
        while pos < end and text[pos] in '"“(':
            pos += 1
        if pos >= end or (text[pos] not in _FILLER_INITIALS and not text[pos].isspace()):
            return pos  # the usual head: no filler can start here, no word to read
        for _ in range(2):
            word = self._next_word(pos)
            if word.lower() in _LEADING_FILLERS and pos + len(word) < end:
                pos = self._skip_space(pos + len(word), end)
            else:
                break
        return pos

    def _relative_search(self, start: int, end: int) -> re.Match[str] | None:
        """The first " who" / " which" in ``[start, end)``.

        Most stretches have no "wh" at all: one substring search rules them out
        faster than the pattern, which must stop at every space.
        """
        if self.text.find("wh", start, end) < 0:
            return None
        return _RELATIVE_RE.search(self.text, start, end)

    def _relative_in(self, start: int, end: int) -> int | None:
        """ "officials who spoke on condition of anonymity" -> end before "who"."""
        match = self._relative_search(max(start - 1, 0), end)
        return self._strip_left(start, match.start() + 1) if match else None

    def _is_noun_phrase(self, start: int, end: int, max_words: int) -> bool:
        """A short phrase with no clause words, not ending in a determiner (memoised:
        the frames ask again about the same stretch)."""
        key = self._pair_key(start, end) * 16 + max_words  # (max_words is below 16)
        verdict = self._noun_phrase_cache.get(key)
        if verdict is None:
            verdict = self._noun_phrase_cache[key] = self._scan_noun_phrase(start, end, max_words)
        return verdict

    def _scan_noun_phrase(self, start: int, end: int, max_words: int) -> bool:
        if end - start > 20 * max_words:
            return False
        words = self.text[start:end].split()
        if not words or len(words) > max_words:
            return False
        if words[-1].lower() in _NP_END_BAD or words[0].lower() in ("that", "to"):
            return False
        if words[0][0] in "\"“”'’,;:.-":
            return False
        for i in range(1, len(words) - 1):
            if (
                words[i].endswith("ed")
                and words[i].islower()
                and (words[i - 1][:1].isupper() or words[i - 1].lower() in _SUBJECT_PRONOUNS)
                and words[i + 1].lower() in _OBJECT_OPENERS
            ):
                return False  # "Olsen called the plan ...": a verb, not a noun phrase
        for index, word in enumerate(words):
            if index and word[0].isupper():
                continue  # a name part: "Will Dahl", "Theresa May"
            lowered = word.lower().strip('"“”,.')
            if lowered in _CLAUSE_WORDS or (lowered in _SUBORDINATORS and index):
                return False
        first = words[0].lstrip('"“(').lower()
        return bool(first) and first not in _NP_START_BAD

    def _sentence_subject(self, start: int, end: int) -> Piece | None:
        """The leading noun phrase of a sentence (for a trailing participle)."""
        text = self.text
        pos = self._skip_fillers(start, end)
        words = _words(text, pos, min(end, pos + WINDOW), 8)
        if not words:
            return None
        first = text[words[0][0] : words[0][1]]
        if first.lower() in _PRONOUNS:
            return words[0]
        stop = None
        determined = first.lower() in ("the", "a", "an", "this", "that")
        for i, (w_start, w_end) in enumerate(words[:8]):
            word = text[w_start:w_end]
            if "," in text[words[i - 1][1] : w_start] if i else False:
                break
            lowered = word.lower()
            if word[0].isupper() or lowered in ("the", "of", "and", "for"):
                stop = w_end
                continue
            if determined and i < 5 and not lowered.endswith("ed") and lowered not in _CLAUSE_WORDS:
                stop = w_end  # "The affidavit cited ...": lower-case nouns after "The"
                continue
            break
        if stop is None:
            return None
        while True:
            last = text[pos:stop].split()[-1].lower()
            if last in _NP_END_BAD and stop > pos:
                stop = self._strip_left(pos, stop - len(last))
                if stop <= pos:
                    return None
                continue
            break
        return pos, stop

    # ------------------------------------------------------------ sentences

    def _continuation(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        start: int,
        end: int,
        first_found: int,
        previous: int,
    ) -> bool:
        """F12: a quoted sentence right after a direct quote joins it as another piece."""
        if len(self.found) <= first_found:
            return False
        last = self.found[-1]
        if last.rule == "participle-trail" and len(self.found) - 1 > first_found:
            last = self.found[-2]  # '"C1," she said, adding that C. "C2."': C2 joins C1
        if last.kind != "direct" or last.paragraph != layout.index or last.content[-1][1] < previous:
            return False  # only right after the sentence that holds the quote
        pure = self._pure_quote(quotes, start, end)
        if pure is None:
            return False
        last.content.append(pure)
        return True

    def _pure_quote(self, quotes: RegionIndex, start: int, end: int) -> Piece | None:
        """The sentence when it is one quote from its first to its last character."""
        start = self._skip_space(start, end)
        stop = self._strip_left(start, end)
        region = quotes.containing(start)
        if region is None or region.start != start:
            return None
        if region.end >= stop or not self.text[region.end : stop].strip(" .,"):
            return region.start, min(region.end, stop) if region.closed else stop
        return None

    def _floating(self, layout: ParagraphQuotes, quotes: RegionIndex) -> None:
        """F16: a paragraph that is only a quote, after an attributed quote."""
        if not self.found or layout.index == 0:
            return
        previous = self.found[-1]
        if previous.paragraph not in (layout.index - 1, layout.index):
            return
        if not layout.regions or layout.regions[0].start != layout.start:
            return
        if not layout.sentences:
            layout.sentences = split_sentences(self.text, layout.start, layout.end, quotes)
        pieces = []
        for s_start, s_end in layout.sentences:
            pure = self._pure_quote(quotes, s_start, s_end)
            if pure is None:
                return
            pieces.append(pure)
        if pieces:
            self.found.append(
                Found("floating", pieces, None, previous.speaker, layout.index, "direct", None, 0)
            )

    # ---------------------------------------------------------------- output

    def _emit(
        self,
        layout: ParagraphQuotes,
        quotes: RegionIndex,
        rule: str,
        pieces: list[Piece],
        cue: Piece | None,
        speaker: Piece | None,
        form: CueForm,
    ) -> None:
        cleaned = []
        for piece_start, piece_end in pieces:
            piece = self._content_piece(quotes, piece_start, piece_end)
            if piece[1] > piece[0]:
                cleaned.append(piece)
        if not cleaned:
            return
        kind = self._kind(quotes, cleaned) if quotes.regions else "indirect"  # no quote, no weighing
        if kind == "direct" and rule == "trailing-said":
            rule = "quote-said"
        self.found.append(Found(rule, cleaned, cue, speaker, layout.index, kind, form.lemma, form.tier))

    def _kind(self, quotes: RegionIndex, pieces: list[Piece]) -> str:
        if not quotes.regions:
            return "indirect"
        total = 0
        for s, e in pieces:
            total += e - s
        quoted = 0
        for s, e in pieces:
            for region in quotes.within(s, e):
                quoted += region.end - region.start
            around = quotes.containing(s)
            if around is not None and around.start < s:
                quoted += min(around.end, e) - s
        opens_quoted = quotes.inside(pieces[0][0])
        if total and (quoted >= 0.9 * total or (opens_quoted and quoted >= 0.6 * total)):
            return "direct"
        return "mixed" if quoted else "indirect"


_PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we", "i", "who", "which"])
