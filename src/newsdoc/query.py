"""Questions asked of one parsed document: who said what, which sentences match, how long.

Everything here reads a :class:`~newsdoc.model.Document` and returns model
objects or small frozen records with spans into ``doc.text``; nothing is
re-parsed.  Speaker look-ups go through :func:`person_matches`, the one place
that decides whether a name someone typed ("Li", "Premier Li") means a person.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from attrs import frozen

from newsdoc.model import Document, Paragraph, Person, Quote, Span
from newsdoc.parse import namedata, people

# --------------------------------------------------------------------------- names


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Courtesy and office titles that may precede a name in a query or a mention
# ("Premier Li", "Mr. Bektenov").  Compared case-insensitively, word by word.
# Words that may stand before a name in a query or a mention ("Premier Li",
# "Mr. Zhou", "Chinese President Hu"): the resolver's honorifics and office
# words, plus the nationality adjectives that open wire titles.
_TITLE_WORDS = (
    namedata.HONORIFICS
    | namedata.TITLE_WORDS
    | _word_set("madam mister u.s us chinese american british french german russian japanese indian")
)

_PRONOUNS = namedata.PERSON_PRONOUNS | namedata.PLURAL_PRONOUNS | namedata.THING_PRONOUNS | {"you", "one"}
_PRONOUN_KEYS = frozenset((p,) for p in _PRONOUNS)


def _words(name: str) -> tuple[str, ...]:
    """Lower-cased name words without surrounding punctuation ("Mr." -> "mr")."""
    words = []
    for raw in name.casefold().replace("\u2019", "'").split():
        word = raw.strip(".,;:'\"()[]")
        if word and word != "'s":
            words.append(word.removesuffix("'s"))
    return tuple(words)


def _strip_titles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop leading title words, but never every word ("President" alone stays)."""
    start = 0
    while start < len(words) - 1 and words[start] in _TITLE_WORDS:
        start += 1
    return words[start:]


def _surname(person: Person) -> str | None:
    words = _words(person.name)
    if len(words) < 2 or person.kind != "person":
        return None
    return words[0] if person.surname_first else words[-1]


def _person_forms(person: Person, text: str | None = None) -> set[tuple[str, ...]]:
    """Every word sequence that names ``person``: full name, aliases, surname, title forms.

    With the document ``text``, the person's mentions count too: a story that
    writes "Li said" teaches that "Li" names Li Qiang, whatever the name order.
    """
    forms = {_words(person.name)}
    if text is not None:
        for span in person.mentions:
            said = _words(span.slice(text))
            forms.update((said, _strip_titles(said)))
    forms.update(_words(alias) for alias in person.aliases)
    surname = _surname(person)
    if surname is not None:
        forms.add((surname,))
    if person.title:
        title = _words(person.title)
        forms.add(title + _words(person.name))
        if surname is not None:
            forms.add((*title, surname))
            forms.add((*title[-1:], surname))
    forms.discard(())
    return forms


def person_matches(query: str, person: Person, text: str | None = None) -> bool:
    """Whether ``query`` names ``person``: full name, alias, surname or title + surname.

    Titles in front of the query are ignored ("Premier Li", "Mr. Li" and "Li"
    all match Li Qiang), case and periods do not matter.  Pronouns never match.
    Given the document ``text``, the way the story itself mentions the person
    also counts.  This is the single swap point for a smarter name matcher.
    """
    words = _words(query)
    if not words or words in _PRONOUN_KEYS:
        return False
    forms = _person_forms(person, text)
    return words in forms or _strip_titles(words) in forms


def _mention_matches(query: str, mention: str) -> bool:
    """An unresolved speaker mention ("Li", "Mr. Li") against a typed name ("Li Qiang")."""
    said = _strip_titles(_words(mention))
    wanted = _strip_titles(_words(query))
    if not said or not wanted or said in _PRONOUN_KEYS:
        return False
    if said == wanted:
        return True
    # A one-word mention is a surname: it may be the first (Chinese order) or last word.
    return len(said) == 1 and len(wanted) > 1 and said[0] in (wanted[0], wanted[-1])


def quote_is_by(quote: Quote, name: str, text: str | None = None) -> bool:
    """Whether ``quote`` was said by someone called ``name`` (resolved speaker or mention)."""
    if quote.speaker is not None:
        if person_matches(name, quote.speaker, text):
            return True
        return quote.speaker_text is not None and _mention_matches(name, quote.speaker_text)
    return quote.speaker_text is not None and _mention_matches(name, quote.speaker_text)


def quotes_by(doc: Document, name: str) -> tuple[Quote, ...]:
    """The quotes attributed to ``name`` under any of its forms, in document order.

    Besides :func:`quote_is_by`, the speaker resolver's own look-up picks the one
    person of ``doc.people`` that ``name`` fits best (a given name or part of a
    name counts when nobody fits better), so its quotes are found too.
    """
    chosen = people.find_person(doc.people, name) if _words(name) not in _PRONOUN_KEYS else None
    return tuple(
        quote
        for quote in doc.quotes
        if (chosen is not None and quote.speaker == chosen) or quote_is_by(quote, name, doc.text)
    )


UNKNOWN_SPEAKER = "?"


def speaker_label(quote: Quote) -> str:
    """The name a quote is counted under: the resolved speaker, else the mention as written.

    A quote with no speaker, or only an unresolved pronoun ("he said"), gets
    ``"?"``: counting "he" as a speaker would say nothing about who spoke.
    """
    if quote.speaker is not None:
        return quote.speaker.name
    if quote.speaker_text is None or _words(quote.speaker_text) in _PRONOUN_KEYS:
        return UNKNOWN_SPEAKER
    return quote.speaker_text


def speakers(doc: Document) -> list[tuple[str, int]]:
    """Speakers and how many quotes each has, most quoted first (ties by first quote).

    Quotes are counted under :func:`speaker_label`.
    """
    counts = Counter(speaker_label(quote) for quote in doc.quotes)
    return counts.most_common()


# --------------------------------------------------------------------------- people


@frozen
class Mention:
    """One place where the document names a person."""

    person: Person
    span: Span
    text: str


def find_person(doc: Document, name: str) -> Person | None:
    """The person of ``doc.people`` that ``name`` refers to, or None when none or several do.

    The speaker resolver's tiered look-up first (full name or alias, then
    surname, then part of a name); else the one person :func:`person_matches`.
    """
    if _words(name) in _PRONOUN_KEYS:
        return None
    found = people.find_person(doc.people, name)
    if found is not None:
        return found
    matching = [person for person in doc.people if person_matches(name, person, doc.text)]
    return matching[0] if len(matching) == 1 else None


def mentions(doc: Document, person: Person | str | None = None) -> tuple[Mention, ...]:
    """Every name mention of the document's people (or of one person), in text order."""
    if isinstance(person, str):
        chosen = [p for p in doc.people if person_matches(person, p, doc.text)]
    elif person is not None:
        chosen = [person]
    else:
        chosen = list(doc.people)
    found = [Mention(p, span, span.slice(doc.text)) for p in chosen for span in p.mentions]
    found.sort(key=lambda m: m.span)
    return tuple(found)


# --------------------------------------------------------------------------- paragraphs


def lead(doc: Document) -> Paragraph | None:
    """The lead: the paragraph the dateline opens, else the first body paragraph."""
    if not doc.paragraphs:
        return None
    if doc.dateline is not None:
        for paragraph in doc.paragraphs:
            if paragraph.span.end > doc.dateline.span.start:
                return paragraph
    return doc.paragraphs[0]


def _matcher(pattern: str | re.Pattern[str], *, regex: bool, ignore_case: bool) -> re.Pattern[str]:
    """A compiled pattern; plain text is escaped so it matches literally."""
    if isinstance(pattern, re.Pattern):
        return pattern
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(pattern if regex else re.escape(pattern), flags)


def find_paragraphs(
    doc: Document, pattern: str | re.Pattern[str], *, regex: bool = False, ignore_case: bool = False
) -> tuple[Paragraph, ...]:
    """Body paragraphs whose (unwrapped) text contains ``pattern``.

    ``pattern`` is literal text unless ``regex=True`` or it is a compiled pattern.
    """
    compiled = _matcher(pattern, regex=regex, ignore_case=ignore_case)
    return tuple(p for p in doc.paragraphs if compiled.search(p.text))


# --------------------------------------------------------------------------- sentences


@frozen
class Sentence:
    """A sentence of a body paragraph; ``text`` has its whitespace collapsed."""

    text: str
    span: Span
    paragraph: int


# Words that end in a period without ending the sentence.
ABBREVIATIONS = _word_set(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt capt sgt maj adm cmdr gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol art fig approx est dept univ inc corp co ltd bros vs etc al cf ie eg
    """
)

_SPACE = re.compile(r"\s+")
_CLOSERS = "\"'\u201d\u2019)]"
_OPENERS = "\"'\u201c\u2018(["
_MARKS = ".!?"


def _ends_sentence(text: str, stop: int, after: int, floor: int) -> bool:
    """Whether the mark at ``stop`` ends a sentence, judged by the word before and after.

    ``floor`` is where the current word starts, so the look-back never rescans text.
    """
    if text[stop] != ".":
        return after >= len(text) or not text[after].islower()
    if after < len(text) and not (text[after].isupper() or text[after].isdigit() or text[after] in _OPENERS):
        return False
    word = text[floor:stop].lstrip(_OPENERS)
    if not word:
        return True
    if "." in word:  # "U.S.", "a.m.", "...": inner periods mark an abbreviation
        return not word.strip(_MARKS)
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return False
    return word.casefold() not in ABBREVIATIONS


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text`` (shifted by ``offset``), in one pass.

    A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes) before
    whitespace, unless the word is a known abbreviation, an initial or has inner
    periods ("U.S."), or the next word starts in lower case.  Each gap between
    words is looked at once and each word scanned at most twice: linear time.
    """
    start = len(text) - len(text.lstrip())
    word_start = start
    for gap in _SPACE.finditer(text, start):
        end = gap.start()
        close = end
        while close > word_start and text[close - 1] in _CLOSERS:
            close -= 1
        if close > word_start and text[close - 1] in _MARKS:
            stop = close - 1
            while stop > word_start and text[stop - 1] in _MARKS:
                stop -= 1
            if gap.end() < len(text) and _ends_sentence(text, stop, gap.end(), word_start):
                yield offset + start, offset + end
                start = gap.end()
        word_start = gap.end()
    end = len(text.rstrip())
    if start < end:
        yield offset + start, offset + end


def sentences(doc: Document) -> tuple[Sentence, ...]:
    """Every sentence of the body, with spans into ``doc.text``."""
    found = []
    for number, paragraph in enumerate(doc.paragraphs):
        source = paragraph.span.slice(doc.text)
        for start, end in split_sentences(source, paragraph.span.start):
            found.append(Sentence(" ".join(doc.text[start:end].split()), Span(start, end), number))
    return tuple(found)


def find_sentences(
    doc: Document, pattern: str | re.Pattern[str], *, regex: bool = False, ignore_case: bool = False
) -> tuple[Sentence, ...]:
    """Body sentences whose text contains ``pattern`` (literal unless ``regex=True``)."""
    compiled = _matcher(pattern, regex=regex, ignore_case=ignore_case)
    return tuple(s for s in sentences(doc) if compiled.search(s.text))


# --------------------------------------------------------------------------- where and when


def document_date(doc: Document) -> dt.date | None:
    """The story's date: the dateline's full date, else the publication date."""
    if doc.dateline is not None and doc.dateline.date is not None:
        return doc.dateline.date
    return doc.published


def document_month(doc: Document) -> str | None:
    """``YYYY-MM`` of :func:`document_date`; ``--MM`` (ISO 8601) when only the dateline month is known."""
    date = document_date(doc)
    if date is not None:
        return f"{date.year:04d}-{date.month:02d}"
    if doc.dateline is not None and doc.dateline.month is not None:
        return f"--{doc.dateline.month:02d}"
    return None


def dateline_location(doc: Document) -> str | None:
    """The dateline's place, title-cased when the source shouts it ("SHANGHAI" -> "Shanghai")."""
    return doc.dateline.display_location if doc.dateline is not None else None


# --------------------------------------------------------------------------- words


def word_count(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens with at least one letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


@frozen
class WordCounts:
    """Word counts of a document's parts."""

    headline: int
    body: int
    quotes: int
    paragraphs: tuple[int, ...]


def word_counts(doc: Document) -> WordCounts:
    """Words in the headline, the body (and per paragraph) and inside quotes."""
    per_paragraph = tuple(word_count(p.text) for p in doc.paragraphs)
    return WordCounts(
        headline=word_count(doc.headline or ""),
        body=sum(per_paragraph),
        quotes=sum(word_count(q.text) for q in doc.quotes),
        paragraphs=per_paragraph,
    )


__all__ = [
    "ABBREVIATIONS",
    "UNKNOWN_SPEAKER",
    "Mention",
    "Sentence",
    "WordCounts",
    "dateline_location",
    "document_date",
    "document_month",
    "find_paragraphs",
    "find_person",
    "find_sentences",
    "lead",
    "mentions",
    "person_matches",
    "quote_is_by",
    "quotes_by",
    "speaker_label",
    "speakers",
    "split_sentences",
    "word_count",
    "word_counts",
]
