"""A hand-built Document over an invented wire story, for the export tests.

Every element is constructed by hand (spans found with ``str.index`` in the
fixture text), so the exports can be tested on datelines, bylines, captions,
tails, quotes and speakers before the parse rules for them exist.  The story,
people and places are invented; the text holds characters that need escaping
(``&``, ``<``, ``>``, quotes) and a hard-wrapped paragraph.
"""

from __future__ import annotations

import datetime as dt

from newsdoc import Byline, Caption, Dateline, Document, Paragraph, Person, Quote, Span, Tail

TEXT = """\
 date 2031-03-14 Harbour city opens tidal barrier after decade of delays

March 14, 2031

By Mara Ellison and Tomas Reyes-Okafor

Workers stand on the new tidal barrier in Port Calder, Wexmoor, March 13, 2031. (Tidewire/Ines Varga)

PORT CALDER, Wexmoor, March 13 (Tidewire) -- The long-delayed tidal barrier opened on Thursday, city officials said.

"This wall will keep our homes dry & safe for fifty years," Mayor Odile Franck told reporters at the <Gate 3> ceremony.

Franck said the project had cost less than the council feared, and
that repairs to the old sea wall would begin in April.

The harbour authority said shipping would not be affected.

Enditem
"""


def span_of(needle: str, start: int = 0) -> Span:
    """The span of the first ``needle`` at or after ``start`` (fails loudly if absent)."""
    begin = TEXT.index(needle, start)
    return Span(begin, begin + len(needle))


def _paragraph(first_words: str, last_words: str) -> Paragraph:
    start = TEXT.index(first_words)
    end = TEXT.index(last_words, start) + len(last_words)
    text = " ".join(line.strip() for line in TEXT[start:end].splitlines())
    return Paragraph(text=text, span=Span(start, end))


FRANCK = Person(name="Odile Franck", title="Mayor", aliases=("Franck",))
AUTHORITY = Person(name="harbour authority", kind="organisation")
OFFICIALS = Person(name="city officials", kind="group")


def _quotes(paragraphs: tuple[Paragraph, ...]) -> tuple[Quote, ...]:
    direct = span_of("This wall will keep our homes dry & safe for fifty years,")
    lead_claim = span_of("The long-delayed tidal barrier opened on Thursday")
    wrapped = span_of(
        "the project had cost less than the council feared, and\nthat repairs to the old sea wall would begin in April"
    )
    shipping = span_of("shipping would not be affected")
    return (
        Quote(
            kind="indirect",
            text=lead_claim.slice(TEXT),
            content=(lead_claim,),
            paragraph=0,
            rule="fixture",
            cue="said",
            cue_span=span_of("said", lead_claim.end),
            speaker_text="city officials",
            speaker_span=span_of("city officials"),
            speaker=OFFICIALS,
        ),
        Quote(
            kind="direct",
            text=direct.slice(TEXT),
            content=(direct,),
            paragraph=1,
            rule="fixture",
            cue="told",
            cue_span=span_of("told"),
            speaker_text="Mayor Odile Franck",
            speaker_span=span_of("Mayor Odile Franck"),
            speaker=FRANCK,
        ),
        Quote(
            kind="indirect",
            text=wrapped.slice(TEXT),
            content=(wrapped,),
            paragraph=2,
            rule="fixture",
            confidence=0.9,
            cue="said",
            cue_span=span_of("said", paragraphs[2].span.start),
            speaker_text="Franck",
            speaker_span=span_of("Franck", paragraphs[2].span.start),
            speaker=FRANCK,
        ),
        Quote(
            kind="indirect",
            text=shipping.slice(TEXT),
            content=(shipping,),
            paragraph=3,
            rule="fixture",
            cue="said",
            cue_span=span_of("said", paragraphs[3].span.start),
            speaker_text="The harbour authority",
            speaker_span=span_of("The harbour authority"),
            speaker=AUTHORITY,
        ),
    )


def build() -> Document:
    """The hand-built document (a fresh but equal object each call)."""
    byline_block = span_of("By Mara Ellison and Tomas Reyes-Okafor")
    caption_span = span_of(
        "Workers stand on the new tidal barrier in Port Calder, Wexmoor, March 13, 2031. (Tidewire/Ines Varga)"
    )
    dateline_span = span_of("PORT CALDER, Wexmoor, March 13 (Tidewire) --")
    first = span_of("The long-delayed tidal barrier opened on Thursday, city officials said.")
    paragraphs = (
        Paragraph(text=first.slice(TEXT), span=first),
        _paragraph('"This wall', "ceremony."),
        _paragraph("Franck said the project", "begin in April."),
        _paragraph("The harbour authority said", "not be affected."),
    )
    header = span_of(" date 2031-03-14 Harbour city opens tidal barrier after decade of delays")
    return Document(
        text=TEXT,
        headline="Harbour city opens tidal barrier after decade of delays",
        headline_span=span_of("Harbour city opens tidal barrier after decade of delays"),
        published=dt.date(2031, 3, 14),
        published_span=span_of("2031-03-14"),
        header_span=Span(header.start + 1, header.end),
        date_line_span=span_of("March 14, 2031"),
        dateline=Dateline(
            span=dateline_span,
            text=dateline_span.slice(TEXT),
            location="PORT CALDER",
            region="Wexmoor",
            date=dt.date(2031, 3, 13),
            month=3,
            day=13,
            agency="Tidewire",
            location_span=span_of("PORT CALDER"),
            agency_span=span_of("Tidewire", dateline_span.start),
        ),
        bylines=(
            Byline(name="Mara Ellison", span=span_of("Mara Ellison"), block=byline_block),
            Byline(name="Tomas Reyes-Okafor", span=span_of("Tomas Reyes-Okafor"), block=byline_block),
        ),
        captions=(
            Caption(
                text=caption_span.slice(TEXT),
                span=caption_span,
                credit=Byline(
                    name="Ines Varga",
                    span=span_of("Ines Varga"),
                    block=span_of("Tidewire/Ines Varga"),
                    role="photographer",
                    agency="Tidewire",
                ),
            ),
        ),
        paragraphs=paragraphs,
        tails=(Tail(kind="end-marker", text="Enditem", span=span_of("Enditem")),),
        quotes=_quotes(paragraphs),
        people=(FRANCK, AUTHORITY, OFFICIALS),
    )
