"""The scorer's prediction format (../shared/tools/score.py), shared by the benchmark scripts."""

from __future__ import annotations

from newsdoc.model import Quote


def quote_record(quote: Quote) -> dict[str, object]:
    """One quote as the scorer reads it: kind, content, cue and speaker spans, speaker name."""
    return {
        "kind": quote.kind,
        "content": [[s.start, s.end] for s in quote.content],
        "cue": [quote.cue_span.start, quote.cue_span.end] if quote.cue_span else None,
        "speaker": [quote.speaker_span.start, quote.speaker_span.end] if quote.speaker_span else None,
        "speaker_name": quote.speaker_name,
    }
