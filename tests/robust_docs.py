"""Hand-built documents with every field filled, for JSON validation and export escaping tests.

Built directly (not parsed) so that every element type is present whatever the
parse rules currently find; all spans are checked by hand against the text.
"""

from __future__ import annotations

import datetime as dt

from newsdoc.model import (
    Byline,
    Caption,
    Dateline,
    Document,
    Paragraph,
    Person,
    Problem,
    Quote,
    Span,
    Tail,
)

HOSTILE = "<script>alert('x')</script> ]]> & &amp; \"q\" 'a' <!-- --> \x00\x01\x0b\x1f\x7f\ufffe \u2028"
"""Text that breaks naive XML, HTML, JSON or Markdown writers."""


def rich_document(payload: str = "") -> Document:
    """A document using every element type; ``payload`` is spliced into every text field."""
    head = f"Headline {payload}"
    date_line = "2025-01-02"
    dateline_text = "OSTRAVIA CITY, Jan. 2 (Xinhua) --"
    para = f'{dateline_text} "We stand ready {payload}," Lena Vark said on Thursday.'
    byline = f"By Tomas Ure {payload}"
    caption = f"Harbour at dawn {payload} (Xinhua/Ida Molle)"
    tail = "Enditem"
    parts = [head, date_line, byline, caption, para, tail]
    text = "\n\n".join(parts)
    starts = []
    position = 0
    for part in parts:
        starts.append(position)
        position += len(part) + 2
    s_head, s_date, s_by, s_cap, s_para, s_tail = starts
    quote_start = s_para + len(dateline_text) + 2
    quote_text = f"We stand ready {payload},"
    speaker_start = s_para + para.index("Lena Vark")
    cue_start = s_para + para.index("said")
    credit_start = s_cap + caption.index("Ida Molle")
    vark = Person(
        name="Lena Vark",
        kind="person",
        title=f"minister {payload}",
        descriptor=payload or None,
        aliases=("Vark", payload),
        mentions=(Span(speaker_start, speaker_start + 9),),
    )
    return Document(
        text=text,
        headline=head,
        headline_span=Span(s_head, s_head + len(head)),
        published=dt.date(2025, 1, 2),
        published_span=Span(s_date, s_date + len(date_line)),
        date_line_span=Span(s_date, s_date + len(date_line)),
        dateline=Dateline(
            span=Span(s_para, s_para + len(dateline_text)),
            text=dateline_text,
            location="OSTRAVIA CITY",
            date=dt.date(2025, 1, 2),
            agency="Xinhua",
            month=1,
            day=2,
            weekday=None,
            region=payload or None,
            location_span=Span(s_para, s_para + 13),
            agency_span=Span(s_para + 23, s_para + 29),
        ),
        bylines=(
            Byline(
                name=f"Tomas Ure {payload}".strip(),
                span=Span(s_by + 3, s_by + len(byline)),
                block=Span(s_by, s_by + len(byline)),
                agency=payload or None,
                title=payload or None,
            ),
        ),
        captions=(
            Caption(
                text=caption,
                span=Span(s_cap, s_cap + len(caption)),
                credit=Byline(
                    name="Ida Molle",
                    span=Span(credit_start, credit_start + 9),
                    block=Span(s_cap, s_cap + len(caption)),
                    role="photographer",
                    agency="Xinhua",
                ),
            ),
        ),
        paragraphs=(
            Paragraph(
                text=para[len(dateline_text) + 1 :],
                span=Span(s_para + len(dateline_text) + 1, s_para + len(para)),
            ),
        ),
        tails=(Tail(kind="end-marker", text=tail, span=Span(s_tail, s_tail + len(tail))),),
        quotes=(
            Quote(
                kind="direct",
                text=quote_text,
                content=(Span(quote_start, quote_start + len(quote_text)),),
                paragraph=0,
                rule="hand-built",
                confidence=0.9,
                cue="said",
                cue_span=Span(cue_start, cue_start + 4),
                speaker_text="Lena Vark",
                speaker_span=Span(speaker_start, speaker_start + 9),
                speaker=vark,
            ),
        ),
        people=(vark,),
        problems=(
            Problem(code="hand-built", message=f"note {payload}", span=Span(0, 4), severity="warning"),
        ),
    )
