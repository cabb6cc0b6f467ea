"""Documents cross process and machine boundaries (``--jobs``, Dask): every model class pickles."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import newsdoc
from newsdoc.model import ELEMENT_TYPES

TEXT = (
    "Harbour council opens ferry pier\n"
    "By Lena Okafor and Piet Vranck\n"
    'LUMEN CITY, March 3 (Wirepost) -- The pier opened, "It is ours," mayor Ada Brel said.\n'
    "Reuter\n"
)


def _span(piece: str, after: int = 0) -> newsdoc.Span:
    start = TEXT.index(piece, after)
    return newsdoc.Span(start, start + len(piece))


def handbuilt() -> newsdoc.Document:
    """A document holding at least one of every element type, built by hand."""
    byline_block = _span("By Lena Okafor and Piet Vranck")
    mayor = newsdoc.Person(
        name="Ada Brel",
        kind="person",
        title="mayor",
        descriptor="mayor of Lumen City",
        aliases=("Brel",),
        mentions=(_span("Ada Brel"),),
    )
    return newsdoc.Document(
        text=TEXT,
        headline="Harbour council opens ferry pier",
        headline_span=_span("Harbour council opens ferry pier"),
        published=dt.date(2031, 3, 3),
        dateline=newsdoc.Dateline(
            span=_span("LUMEN CITY, March 3 (Wirepost) --"),
            text="LUMEN CITY, March 3 (Wirepost) --",
            location="LUMEN CITY",
            date=dt.date(2031, 3, 3),
            agency="Wirepost",
            month=3,
            day=3,
            location_span=_span("LUMEN CITY"),
            agency_span=_span("Wirepost"),
        ),
        bylines=(
            newsdoc.Byline("Lena Okafor", _span("Lena Okafor"), byline_block),
            newsdoc.Byline("Piet Vranck", _span("Piet Vranck"), byline_block, agency="Wirepost"),
        ),
        captions=(
            newsdoc.Caption(
                "Pier photo",
                _span("The pier"),
                credit=newsdoc.Byline("Ada Brel", _span("Ada Brel"), _span("Ada Brel"), role="photographer"),
            ),
        ),
        paragraphs=(newsdoc.Paragraph("The pier opened.", _span("The pier opened,")),),
        tails=(newsdoc.Tail("signoff", "Reuter", _span("Reuter")),),
        quotes=(
            newsdoc.Quote(
                kind="direct",
                text="It is ours,",
                content=(_span("It is ours,"),),
                paragraph=0,
                rule="hand",
                confidence=0.9,
                cue="said",
                cue_span=_span("said"),
                speaker_text="mayor Ada Brel",
                speaker_span=_span("mayor Ada Brel"),
                speaker=mayor,
            ),
        ),
        people=(mayor,),
        problems=(newsdoc.Problem("odd", "something odd", _span("Reuter"), "error"),),
    )


def _instances(doc: newsdoc.Document) -> set[type]:
    found = {type(doc)}
    for value in (doc.dateline, doc.bylines, doc.captions, doc.paragraphs, doc.tails, doc.quotes):
        items = value if isinstance(value, tuple) else (value,)
        found.update(type(item) for item in items)
    found.update(type(p) for p in doc.people + tuple(q.speaker for q in doc.quotes if q.speaker))
    found.update(type(p) for p in doc.problems)
    found.add(type(doc.headline_span))
    return found


def test_the_handbuilt_document_covers_every_model_class() -> None:
    assert _instances(handbuilt()) >= set(ELEMENT_TYPES)


@pytest.mark.parametrize("protocol", [pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_handbuilt_document_pickles(protocol: int) -> None:
    doc = handbuilt()
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert back == doc
    assert back is not doc
    assert back.quotes[0].speaker == doc.people[0]
    assert back.dateline is not None and back.dateline.date == dt.date(2031, 3, 3)


def test_seed_document_pickles(seed_doc: newsdoc.Document) -> None:
    assert pickle.loads(pickle.dumps(seed_doc)) == seed_doc


def test_every_element_pickles_on_its_own() -> None:
    doc = handbuilt()
    elements = [doc.dateline, *doc.bylines, *doc.captions, *doc.paragraphs, *doc.tails]
    elements += [*doc.quotes, *doc.people, *doc.problems, doc.headline_span]
    for element in elements:
        assert pickle.loads(pickle.dumps(element)) == element


def test_config_pickles() -> None:
    config = newsdoc.Config(strict=True, published=dt.date(2031, 1, 2), disabled_rules=("header",))
    assert pickle.loads(pickle.dumps(config)) == config
