"""Hand-built documents for the query and corpus tests.

The articles are invented.  Documents are assembled by hand (not parsed) so the
query layer can be tested with quotes, people and datelines before the parse
rules that produce them exist; every span is found with ``str.index`` in the
fixture text, and ``test_fixture_spans_are_consistent`` checks them.
"""

from __future__ import annotations

import datetime as dt

from newsdoc import Dateline, Document, Paragraph, Person, Quote, Span

FERRY = (
    "Ferry line opens across Alden Bay\n"
    "\n"
    "PORT ALDEN, March 13 (Newsroom) -- Premier Zhou Minghai opened a ferry line on Thursday. "
    "Mr. Zhou said the route would cut travel times by half.\n"
    "\n"
    '"This is a good day for the islands," Zhou said.\n'
    "\n"
    "Transport Minister Tomas Vell said the line cost 3.5 million dollars. "
    '"We expect 4,000 riders a day by Dec. 1," Vell said.\n'
    "\n"
    "He said the U.S. firm Baymark\n"
    "built the boats.\n"
)

STORM = (
    "Storm closes Norrvik harbour\n"
    "\n"
    "NORRVIK, April 2 (Baltic Wire) -- A storm closed the harbour at Norrvik on Tuesday, officials said.\n"
    "\n"
    '"We will reopen when the wind drops," harbour master Eva Lind told reporters.\n'
)

BUDGET = (
    "Port Alden budget passes\n"
    "\n"
    "PORT ALDEN, May 20 (Newsroom) -- The city council passed the harbour budget on Monday.\n"
    "\n"
    "Premier Zhou told the council that ferries would stay free for pupils.\n"
)


def span(text: str, needle: str, after: str = "") -> Span:
    """The span of ``needle``, searching from the end of ``after`` when given."""
    start = text.index(after) + len(after) if after else 0
    found = text.index(needle, start)
    return Span(found, found + len(needle))


def _line(text: str, first_words: str, last_words: str) -> Span:
    start = text.index(first_words)
    return Span(start, text.index(last_words, start) + len(last_words))


def _dateline(text: str, head: str, location: str, date: dt.date, agency: str) -> Dateline:
    return Dateline(
        span=span(text, head),
        text=head,
        location=location,
        date=date,
        agency=agency,
        month=date.month,
        day=date.day,
        location_span=span(text, location),
        agency_span=span(text, agency),
    )


def _quote(
    text: str,
    kind: str,
    content: str,
    paragraph: int,
    speaker_text: str,
    speaker: Person | None,
    cue: str,
    after: str = "",
) -> Quote:
    piece = span(text, content, after)
    who = span(text, speaker_text, after)
    verb = text.index(cue, who.end)
    return Quote(
        kind=kind,  # type: ignore[arg-type]
        text=" ".join(content.split()),
        content=(piece,),
        paragraph=paragraph,
        rule="hand",
        cue=cue,
        cue_span=Span(verb, verb + len(cue)),
        speaker_text=speaker_text,
        speaker_span=who,
        speaker=speaker,
    )


def ferry_doc() -> Document:
    """Two resolved speakers, one referred to by a pronoun, a hard-wrapped paragraph."""
    text = FERRY
    zhou = Person(
        "Zhou Minghai",
        title="Premier",
        surname_first=True,
        mentions=(
            span(text, "Zhou Minghai"),
            span(text, "Zhou", "Mr. "),
            span(text, "Zhou", 'islands," '),
        ),
    )
    vell = Person(
        "Tomas Vell",
        title="Transport Minister",
        mentions=(span(text, "Tomas Vell"), span(text, "Vell", 'Dec. 1," ')),
    )
    paragraphs = (
        Paragraph(
            "Premier Zhou Minghai opened a ferry line on Thursday. "
            "Mr. Zhou said the route would cut travel times by half.",
            _line(text, "Premier Zhou", "by half."),
        ),
        Paragraph('"This is a good day for the islands," Zhou said.', _line(text, '"This is', "Zhou said.")),
        Paragraph(
            "Transport Minister Tomas Vell said the line cost 3.5 million dollars. "
            '"We expect 4,000 riders a day by Dec. 1," Vell said.',
            _line(text, "Transport Minister", "Vell said."),
        ),
        Paragraph("He said the U.S. firm Baymark built the boats.", _line(text, "He said", "the boats.")),
    )
    quotes = (
        _quote(text, "indirect", "the route would cut travel times by half", 0, "Mr. Zhou", zhou, "said"),
        _quote(text, "direct", "This is a good day for the islands,", 1, "Zhou", zhou, "said", "by half."),
        _quote(text, "indirect", "the line cost 3.5 million dollars", 2, "Tomas Vell", vell, "said"),
        _quote(
            text, "direct", "We expect 4,000 riders a day by Dec. 1,", 2, "Vell", vell, "said", "dollars."
        ),
        _quote(
            text, "indirect", "the U.S. firm Baymark\nbuilt the boats", 3, "He", vell, "said", "Vell said."
        ),
    )
    return Document(
        text=text,
        headline="Ferry line opens across Alden Bay",
        headline_span=span(text, "Ferry line opens across Alden Bay"),
        dateline=_dateline(
            text, "PORT ALDEN, March 13 (Newsroom) --", "PORT ALDEN", dt.date(2031, 3, 13), "Newsroom"
        ),
        paragraphs=paragraphs,
        quotes=quotes,
        people=(zhou, vell),
    )


def storm_doc() -> Document:
    """An unresolved group speaker ("officials") and a resolved one."""
    text = STORM
    lind = Person("Eva Lind", title="harbour master", mentions=(span(text, "Eva Lind"),))
    quotes = (
        _quote(
            text, "indirect", "A storm closed the harbour at Norrvik on Tuesday", 0, "officials", None, "said"
        ),
        _quote(
            text, "direct", "We will reopen when the wind drops,", 1, "harbour master Eva Lind", lind, "told"
        ),
    )
    return Document(
        text=text,
        headline="Storm closes Norrvik harbour",
        headline_span=span(text, "Storm closes Norrvik harbour"),
        dateline=_dateline(
            text, "NORRVIK, April 2 (Baltic Wire) --", "NORRVIK", dt.date(2031, 4, 2), "Baltic Wire"
        ),
        paragraphs=(
            Paragraph(
                "A storm closed the harbour at Norrvik on Tuesday, officials said.",
                _line(text, "A storm", "officials said."),
            ),
            Paragraph(
                '"We will reopen when the wind drops," harbour master Eva Lind told reporters.',
                _line(text, '"We will', "reporters."),
            ),
        ),
        quotes=quotes,
        people=(lind,),
    )


def budget_doc() -> Document:
    """A speaker mention left unresolved ("Premier Zhou", no Person)."""
    text = BUDGET
    return Document(
        text=text,
        headline="Port Alden budget passes",
        headline_span=span(text, "Port Alden budget passes"),
        dateline=_dateline(
            text, "PORT ALDEN, May 20 (Newsroom) --", "PORT ALDEN", dt.date(2031, 5, 20), "Newsroom"
        ),
        paragraphs=(
            Paragraph(
                "The city council passed the harbour budget on Monday.",
                _line(text, "The city council", "on Monday."),
            ),
            Paragraph(
                "Premier Zhou told the council that ferries would stay free for pupils.",
                _line(text, "Premier Zhou", "for pupils."),
            ),
        ),
        quotes=(
            _quote(text, "indirect", "ferries would stay free for pupils", 1, "Premier Zhou", None, "told"),
        ),
    )


def all_docs() -> list[Document]:
    return [ferry_doc(), storm_doc(), budget_doc()]
