"""A small hand-built document with a resolved quote, shared by the JSON and cluster tests."""

from __future__ import annotations

import newsdoc

MAYOR_TEXT = 'Mayor Ada Brel said: "We are ready."\n\nThe vote is on Friday, council staff said.\n'


def mayor_doc() -> newsdoc.Document:
    """Two paragraphs, one direct quote by a person of the document, every span checked by hand."""
    start = MAYOR_TEXT.index("We")
    mayor = newsdoc.Person("Ada Brel", title="Mayor", mentions=(newsdoc.Span(6, 14),))
    quote = newsdoc.Quote(
        kind="direct",
        text="We are ready.",
        content=(newsdoc.Span(start, start + 13),),
        paragraph=0,
        rule="hand",
        cue="said",
        cue_span=newsdoc.Span(15, 19),
        speaker_text="Mayor Ada Brel",
        speaker_span=newsdoc.Span(0, 14),
        speaker=mayor,
    )
    paragraphs = (
        newsdoc.Paragraph(MAYOR_TEXT[:36], newsdoc.Span(0, 36)),
        newsdoc.Paragraph(MAYOR_TEXT[38:-1], newsdoc.Span(38, len(MAYOR_TEXT) - 1)),
    )
    return newsdoc.Document(text=MAYOR_TEXT, paragraphs=paragraphs, quotes=(quote,), people=(mayor,))
