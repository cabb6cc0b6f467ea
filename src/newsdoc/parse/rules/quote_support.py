"""Shared by the two quote rules: one analysis per document, turned into Quotes."""

from __future__ import annotations

from typing import Final

from newsdoc.model import Quote, QuoteKind, Span
from newsdoc.parse.attribution import CONFIDENCE, Analyzer, Found
from newsdoc.parse.state import ParseState, new_quote, new_span

_MEMO_KEY: Final = "quote-analysis"


def analysis(state: ParseState) -> list[Found]:
    """The attributions of the document, computed once for both quote rules."""
    cached: list[Found] | None = state.memo.get(_MEMO_KEY)
    if cached is not None:
        return cached
    spans = [(p.span.start, p.span.end) for p in state.paragraphs]
    analyzer = Analyzer(state.text, spans, cognition=state.config.cognition_cues)
    found = analyzer.run()
    for position in analyzer.unclosed:
        state.problem(
            "unclosed-quote",
            "a quote mark opens here and its paragraph ends without closing it",
            new_span(position, position + 1),
        )
    state.memo[_MEMO_KEY] = found
    return found


_UNEVEN_SPACE: Final[tuple[str, ...]] = ("  ", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")
"""What ASCII text may hold besides single spaces and line breaks that ``str.split`` splits at
(typed as a tuple of any length: compiled, a ``Final`` tuple of fixed shape is rebuilt and
iterated generically at every use)."""


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``: each run of whitespace one space, none at either end.

    A quote cut from hard-wrapped copy usually has no whitespace but single spaces
    and single line breaks: replacing the breaks is one C-level copy, where the
    split makes a string per word.  ASCII text is checked for anything else (one
    search per kind of space) and split only when it holds some.
    """
    flat = text.replace("\n", " ")
    if flat.isascii() and flat[:1] != " " and flat[-1:] != " ":
        for uneven in _UNEVEN_SPACE:
            if uneven in flat:
                return " ".join(text.split())
        return flat
    return " ".join(text.split())


def to_quote(text: str, found: Found) -> Quote:
    """A model Quote from a frame match (speaker left unresolved for the speakers rule)."""
    content = found.content
    if len(content) == 1:  # the usual quote: one piece, no list to build
        only_start, only_end = content[0]
        pieces: tuple[Span, ...] = (new_span(only_start, only_end),)
        content_text = _single_spaced(text[only_start:only_end])
    else:
        pieces = tuple([new_span(s, e) for s, e in content])
        content_text = " ... ".join([_single_spaced(text[s:e]) for s, e in content])
    cue_span = cue_text = None
    if found.cue is not None:
        cue_start, cue_end = found.cue
        cue_span = new_span(cue_start, cue_end)
        cue_text = text[cue_start:cue_end]
        if not cue_text.isalpha():  # "said" needs no spacing cleaned, "pointed\n out" does
            cue_text = _single_spaced(cue_text)
    speaker_span = speaker_text = None
    if found.speaker is not None:
        speaker_start, speaker_end = found.speaker
        speaker_span = new_span(speaker_start, speaker_end)
        speaker_text = " ".join(text[speaker_start:speaker_end].split())
    kind: QuoteKind = "direct" if found.kind == "direct" else "mixed" if found.kind == "mixed" else "indirect"
    # positional, in field order: a keyword call from compiled code builds a dict
    return new_quote(
        kind,
        content_text,
        pieces,
        found.paragraph,
        found.rule,
        CONFIDENCE.get(found.rule, 0.5),
        cue_text,
        cue_span,
        speaker_text,
        speaker_span,
        None,
    )


def add_quotes(state: ParseState, direct: bool) -> None:
    """Append this rule's share of the analysis and keep quotes in text order."""
    for found in analysis(state):
        if (found.kind == "direct") == direct:
            state.quotes.append(to_quote(state.text, found))
    state.quotes.sort(key=lambda q: (q.content[0].start, q.rule))
