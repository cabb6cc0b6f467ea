"""Paragraphs rule: every block no other rule claimed becomes a body paragraph."""

from __future__ import annotations

from newsdoc.model import Paragraph, Span
from newsdoc.parse.state import ParseState, Rule


def apply(state: ParseState) -> None:
    for index in state.unclaimed():
        block = state.blocks[index]
        start = block.start
        if index == state.dateline_block and state.dateline is not None:
            start = _skip_space(state.text, state.dateline.span.end, block.end)
            if start >= block.end:
                continue
        state.claim(index, "body")
        text = block.unwrapped(state.text, start)
        state.paragraphs.append(Paragraph(text=text, span=Span(start, block.end)))
        state.paragraph_blocks.append(index)


def _skip_space(text: str, position: int, limit: int) -> int:
    while position < limit and text[position].isspace():
        position += 1
    return position


RULE = Rule("paragraphs", apply)
