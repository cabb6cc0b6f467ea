"""Paragraphs rule: every block (or block remainder) no other rule took becomes a paragraph.

Runs after the structure rules, so text no rule understands is never dropped.
``Paragraph.text`` joins hard-wrapped lines (1987 Reuters copy) with single spaces;
``Paragraph.span`` covers the original lines.  In the dateline paragraph the
dateline itself is left out of the text, but its span is kept on the dateline.
"""

from __future__ import annotations

from newsdoc.model import Paragraph, Span
from newsdoc.parse.state import ParseState, Rule


def apply(state: ParseState) -> None:
    claim_unclaimed(state)


def claim_unclaimed(state: ParseState) -> bool:
    """Make every unclaimed block (remainder) a paragraph; whether any was added."""
    added = False
    for index in state.unclaimed():
        start, end = state.bounds(index)
        if start >= end:
            continue
        state.claim(index, "body")
        text = state.blocks[index].unwrapped(state.text, start, end)
        state.paragraphs.append(Paragraph(text=text, span=Span(start, end)))
        state.paragraph_blocks.append(index)
        added = True
    return added


RULE: Rule = Rule("paragraphs", apply)
