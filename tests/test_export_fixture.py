"""The hand-built export fixture is itself consistent: every span slices to its field."""

from __future__ import annotations

from export_fixture import TEXT, build


def test_fixture_spans_match_their_fields() -> None:
    doc = build()
    assert doc.headline_span is not None and doc.headline_span.slice(TEXT) == doc.headline
    assert doc.dateline is not None and doc.dateline.span.slice(TEXT) == doc.dateline.text
    for byline in doc.bylines:
        assert byline.span.slice(TEXT) == byline.name
        assert byline.block.contains(byline.span)
    for quote in doc.quotes:
        assert "".join(piece.slice(TEXT) for piece in quote.content) == quote.text
        assert doc.paragraphs[quote.paragraph].span.contains(quote.span)
        assert quote.speaker_span is not None and quote.speaker_span.slice(TEXT) == quote.speaker_text
        assert quote.cue_span is not None and quote.cue_span.slice(TEXT) == quote.cue
    for paragraph in doc.paragraphs:
        assert " ".join(paragraph.span.slice(TEXT).split()) == paragraph.text


def test_fixture_has_a_wrapped_paragraph() -> None:
    doc = build()
    assert any("\n" in p.span.slice(TEXT) for p in doc.paragraphs)
