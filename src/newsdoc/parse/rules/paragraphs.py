"""Paragraphs rule: every block (or block remainder) no other rule took becomes a paragraph.

Runs after the structure rules, so text no rule understands is never dropped.
``Paragraph.text`` joins hard-wrapped lines (1987 Reuters copy) with single spaces;
``Paragraph.span`` covers the original lines.  In the dateline paragraph the
dateline itself is left out of the text, but its span is kept on the dateline.
"""

from __future__ import annotations

from newsdoc.parse.state import ParseState, Rule, new_paragraph, new_span


def apply(state: ParseState) -> None:
    claim_unclaimed(state)


def claim_unclaimed(state: ParseState) -> bool:
    """Make every unclaimed block (remainder) a paragraph; whether any was added.

    Reads the state's containers directly (no ``bounds``/``claim`` calls): it runs
    for every paragraph of every document, and a second time from the pipeline's
    final sweep, where a scan for an unclaimed role usually ends it at once.
    """
    roles = state.roles
    if "unclaimed" not in roles:
        return False
    text = state.text
    blocks = state.blocks
    trims = state.trims
    paragraphs = state.paragraphs
    paragraph_blocks = state.paragraph_blocks
    added = False
    for index in state.unclaimed():
        block = blocks[index]
        trimmed = trims.get(index) if trims else None
        start, end = (block.start, block.end) if trimmed is None else trimmed
        if start >= end:
            continue
        roles[index] = "body"
        # positional: a keyword call from compiled code builds a dict
        paragraphs.append(new_paragraph(block.unwrapped(text, start, end), new_span(start, end)))
        paragraph_blocks.append(index)
        added = True
    return added


RULE: Rule = Rule("paragraphs", apply)
