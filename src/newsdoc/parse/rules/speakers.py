"""Speakers rule: resolve each quote's speaker mention to a Person of the document.

Runs after the quote rules.  Those leave ``speaker_text`` / ``speaker_span`` as
written ("Li", "He", "the ministry"); this rule builds the document's people
registry (:mod:`newsdoc.parse.people`), resolves every mention in reading order
and fills ``Quote.speaker`` and ``state.people``:

- names by the registry (full name, surname by name order, title + surname);
- pronouns ("he", "she", "it", "they") and "who"/"which" by salience: the
  latest speaker or sentence subject of a fitting kind before the mention;
- definite role nouns ("the official", "the Kenyan leader") like "he";
- organisations ("the ministry", "Harborview police", "the DPRK") by their
  name, an acronym defined in the text, or an earlier, fuller mention;
- generic groups and indefinite mentions ("officials", "a villager") stay
  unresolved (``speaker=None``); an ambiguous surname is recorded as an
  ``ambiguous-speaker`` problem, never guessed.

``Document.people`` holds the speakers and the credited people (bylines, photo
credits), in order of first mention.  People who are named but never quoted
are not listed: they are not reliably told apart from places and events by a
rule, and leaving them out keeps the registry scan off documents without
quotes (the scan runs only when some quote has a speaker mention).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from attrs import frozen

from newsdoc.model import Person, PersonKind, Quote, Span
from newsdoc.parse import namedata as nd
from newsdoc.parse.people import (
    Entry,
    NameMention,
    Registry,
    Token,
    ends_with_capitalised_word,
    find_names,
    is_acronym,
    is_capitalised,
    name_key,
    opens_at,
    span_order,
    strip_possessive,
    tokenize,
)
from newsdoc.parse.state import ParseState, Rule, new_span

_WORD: Final = re.compile(r"\w+(?:['’\-]\w+)*")
# Every word :meth:`Resolver._pronoun` reads (a mention of one other word skips the call).
_PRONOUNS: Final = nd.PERSON_PRONOUNS | nd.PLURAL_PRONOUNS | nd.THING_PRONOUNS | nd.RELATIVE_PRONOUNS
_PREPOSITIONS: Final = frozenset({"of", "in", "from", "at", "with", "for", "on", "to", "near"})
_ANY_KIND_ANAPHORS: Final = frozenset({"source", "sources"})
_FUNCTION_WORDS: Final = frozenset({"of", "for", "and", "the", "a", "an", "in", "on", "at", "to"})
# How many earlier subjects and speakers salience looks through.
_SALIENCE_REACH: Final = 200
# A quote without a speaker mention continues the last speaker's this many paragraphs on.
_FLOATING_REACH: Final = 2


@frozen
class Resolution:
    """What a document's speaker resolution produced."""

    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]
    problems: tuple[tuple[str, str, Span | None], ...]


class _Outcome:
    """What one mention resolves to (a plain slotted class: one is made per mention)."""

    __slots__ = ("entry", "problem")

    def __init__(self, entry: Entry | None, problem: str | None = None) -> None:
        self.entry = entry
        self.problem = problem


class Resolver:
    """Resolves speaker mentions of one document in reading order, tracking salience.

    A plain slotted class: its memos are filled as mentions ask for them.
    """

    __slots__ = (
        "_described",
        "_fuller",
        "_lower_words",
        "_lowered",
        "_phrases",
        "_runs_seen",
        "registry",
        "text",
    )

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self._phrases: dict[str, list[tuple[int, int, str]]] = {}
        self._lower_words: dict[str, bool] = {}
        self._lowered: str | None = None
        self._fuller: dict[tuple[str, ...], list[re.Match[str]]] = {}
        self._described: dict[str, list[Entry]] | None = None
        self._runs_seen = 0

    def note_speaker(self, position: int, entry: Entry) -> None:
        """Make ``entry`` the most salient speaker from ``position`` on."""
        entry.spoke = True
        self.registry.note_speaker(position, entry)

    def salient(self, position: int, kinds: tuple[str, ...], gender: str | None = None) -> Entry | None:
        """The latest subject or speaker of ``kinds`` before ``position`` (at most _SALIENCE_REACH back)."""
        for entry in self.registry.recent(position, _SALIENCE_REACH):
            if entry.kind in kinds and _gender_fits(entry, gender):
                return entry
        return None

    # ------------------------------------------------------------------ mentions

    def resolve(self, mention: str | None, span: Span | None, depth: int = 0) -> _Outcome:
        """The entry a speaker mention refers to (``None`` when generic or unknown).

        A mention of one word of letters ("he", "Li"), the commonest, is one token
        whose forms are the word and its case-folding: :meth:`_one_word` answers most
        of them from the word itself, before any tokenizing.
        """
        if span is not None and span.end <= len(self.text):
            word = self.text[span.start : span.end]
            if word.isalpha():
                low = word.casefold()
                quick = self._one_word(word, low, low, span.start, depth)
                if quick is not None:
                    return quick
                return self._resolve_tokens(self._mention_tokens(mention, span), mention, span, depth, True)
        return self._resolve_tokens(self._mention_tokens(mention, span), mention, span, depth)

    def _resolve_tokens(
        self,
        tokens: list[Token],
        mention: str | None,
        span: Span | None,
        depth: int,
        one_word_read: bool = False,
    ) -> _Outcome:
        """:meth:`resolve` of the mention's tokens (``one_word_read``: :meth:`_one_word` gave no answer)."""
        if not tokens:
            return _Outcome(None)
        position = span.start if span is not None else 0
        source = self.text if span is not None else mention or ""
        first = tokens[0].low
        if len(tokens) == 1 and not one_word_read:
            token = tokens[0]
            quick = self._one_word(token.text, first, token.base, position, depth)
            if quick is not None:
                return quick
        if first in nd.POSSESSIVE_PRONOUNS:
            return _Outcome(None)  # "his spokesman", "her daughter": someone else
        determiner = first if first in nd.DETERMINERS and len(tokens) > 1 else None
        body, apposition = _split_apposition(source, tokens[1:] if determiner else tokens)
        if len(body) == 1 and body[0].low in nd.GROUP_HEADS:
            return _Outcome(None)
        named = self._named(source, body, position)
        if named is not None:
            return named
        if apposition and is_capitalised(apposition[0].text):
            # "The minister of the economy, Mr. X," names the speaker after the comma
            named = self._named(source, apposition, position)
            if named is not None and named.entry is not None and named.entry.kind == "person":
                return named
        head_index = _head_index(body)
        head = body[head_index].base
        if head in nd.GROUP_HEADS or _plural(body[head_index].text):
            return _Outcome(self._group(body, head_index))
        if span is not None and (determiner in nd.INDEFINITES or head in nd.TITLE_WORDS):
            before = self._apposed_name(span.start)  # "Nabil Abu Karim, a spokesman, said"
            if before is not None:
                return _Outcome(before)
        if determiner in nd.INDEFINITES or head in nd.ANONYMOUS_HEADS:
            return _Outcome(None)
        if head in nd.TITLE_HEADS:
            return _Outcome(self._role(body, head, position))
        if body[head_index].text[:1].isupper() and head not in nd.ORG_HEADS and head not in nd.PLACES:
            return _Outcome(self._new_entry(body[: head_index + 1], "organisation"))
        if head in _ANY_KIND_ANAPHORS:
            return _Outcome(self.salient(position, ("person", "organisation", "group", "unknown")))
        if head in nd.ORG_HEADS or head in nd.PLACES:
            return _Outcome(self._organisation(body, head_index, position, determiner))
        if head in nd.DOCUMENT_HEADS:
            return _Outcome(self._document(body, head_index, position))
        return _Outcome(self._role(body, head, position))

    def _one_word(self, word: str, low: str, base: str, position: int, depth: int) -> _Outcome | None:
        """A one-word mention's answer when the word alone gives it: a pronoun, "a" / "the", a known surname.

        ``low`` and ``base`` are the word's token forms (case-folded; less a possessive).
        """
        if low in _PRONOUNS:
            pronoun = self._pronoun(low, position, depth)
            if pronoun is not None:
                return pronoun
        if low in nd.INDEFINITES or low in nd.DETERMINERS:
            return _Outcome(None)
        return self._known_surname(word, base, position)

    def _known_surname(self, word: str, base: str, position: int) -> _Outcome | None:
        """The quick path for the commonest mention, a surname of a registered person ("Li")."""
        if not is_capitalised(word) or base in nd.GROUP_HEADS or is_acronym(word):
            return None
        found = self.registry.lookup(word, position)
        if found.entry is not None and found.entry.kind == "person":
            return _Outcome(found.entry)
        return None

    def _apposed_name(self, start: int) -> Entry | None:
        """The person named just before a mention set off by a comma ("X, a spokesman")."""
        before = self.text[max(0, start - 120) : start].rstrip()
        if not before.endswith(","):
            return None
        end = start - (len(self.text[max(0, start - 120) : start]) - len(before)) - 1
        if not ends_with_capitalised_word(self.text, max(0, start - 120), end):
            return None  # a name ending at the comma ends with a capitalised word
        tokens = tokenize(self.text, max(0, start - 120), end)
        names = find_names(self.text, tokens[1:] if len(tokens) > 1 else tokens)
        if not names or names[-1].span.end != end or names[-1].kind != "person":
            return None
        return self.registry.lookup(names[-1].name, start).entry

    def _mention_tokens(self, mention: str | None, span: Span | None) -> list[Token]:
        if span is not None and span.end <= len(self.text):
            tokens = tokenize(self.text, span.start, span.end)
            source = self.text
        elif mention:
            tokens = tokenize(mention)
            source = mention
        else:
            return []
        kept = (
            tokens
            if _plain_stretch(source, tokens)
            else _before_break(source, _outside_brackets(source, tokens))
        )
        while len(kept) > 1 and kept[-1].low in nd.TRAILING_ADVERBS:
            kept.pop()
        return kept

    def _pronoun(self, word: str, position: int, depth: int) -> _Outcome | None:
        if word in nd.PERSON_PRONOUNS:
            gender = "f" if word in nd.FEMALE_PRONOUNS else "m" if word in nd.MALE_PRONOUNS else None
            return _Outcome(self.salient(position, ("person",), gender))
        if word in nd.PLURAL_PRONOUNS:
            return _Outcome(self.salient(position, ("group", "organisation")))
        if word in nd.THING_PRONOUNS:
            return _Outcome(self.salient(position, ("organisation", "unknown")))
        if word in nd.RELATIVE_PRONOUNS:
            return self._antecedent(position, depth)
        return None

    def _named(self, source: str, body: list[Token], position: int) -> _Outcome | None:
        """A mention that contains a name: "RTO chief Tomas Verlaine", "President Arvelo", "the DPRK"."""
        by_acronym = self.registry.acronym(body[0].low) if len(body) == 1 else None
        if by_acronym is not None:
            return _Outcome(by_acronym)
        names = find_names(source, body) if body else []
        if not names:
            return None
        if _coordinated(names, body):
            return _Outcome(None)  # "Mr. Grassley and Mr. Leahy": two people, not one speaker
        last = names[-1]
        if last.span.end < body[-1].start or not _is_head_name(last, body):
            return None
        head = body[_head_index(body)]
        titled = last.title is not None or last.honorific is not None
        if head.end <= last.span.start and not titled and head.base not in nd.TITLE_WORDS:
            return None  # the name sits in a prepositional phrase: "the complaint to the X Court"
        found = self.registry.lookup(last.name, position)
        if found.ambiguous:
            names_list = ", ".join(sorted({e.name for e in found.candidates}))
            return _Outcome(None, f"{last.name!r} could be {names_list}")
        if found.entry is not None:
            return _Outcome(found.entry)
        return _Outcome(self.registry.add(last))

    def _group(self, body: list[Token], head_index: int) -> Entry | None:
        """ "The WHO experts": a group named after a known organisation; others stay unresolved."""
        qualifier = [t for t in body[:head_index] if t.low not in nd.ORG_PREMODIFIERS]
        if not qualifier or not all(is_capitalised(t.text) for t in qualifier):
            return None
        org = None
        if len(qualifier) == 1:
            org = self.registry.acronym(qualifier[0].low)
        if org is None:
            found = self.registry.lookup(" ".join(t.text for t in qualifier))
            org = found.entry if found.entry is not None and found.entry.kind == "organisation" else None
        if org is None:
            return None
        name = f"{org.name} {body[head_index].text}"
        return self.registry.add(NameMention(name=name, span=_span(body), kind="group"))

    def _organisation(
        self, body: list[Token], head_index: int, position: int, determiner: str | None
    ) -> Entry | None:
        """ "the ministry", "Local police", "the official Merovian news agency", "India"."""
        words = [t for t in body[: head_index + 1] if t.low not in nd.ORG_PREMODIFIERS]
        proper = [t for t in words[:-1] if is_capitalised(t.text) and not t.sentence_start]
        head = body[head_index].base
        if len(words) == 1 and is_capitalised(words[0].text) and head in nd.PLACES:
            return self._new_entry(words, "organisation")
        if proper or is_acronym(words[0].text):
            return self._new_entry(words, "organisation")
        fuller = self._fuller_mention(words, position)
        if fuller is not None:
            return fuller
        if len(words) <= 2:
            earlier = self._earlier_or_nearby(head, position)
            if earlier is not None:
                return earlier
        return self._new_entry(body, "organisation")

    def _document(self, body: list[Token], head_index: int, position: int) -> Entry | None:
        """ "the statement", "the report": an earlier speaker with that head, else as written."""
        head = body[head_index].base
        words = list(body[: head_index + 1])
        if any(is_capitalised(t.text) and not t.sentence_start for t in words[:-1]):
            return self._new_entry(words, "unknown")
        earlier = self._earlier_or_nearby(head, position)
        if earlier is not None:
            return earlier
        return self._new_entry(words, "unknown")

    def _earlier_or_nearby(self, head: str, position: int) -> Entry | None:
        """A bare head noun: the latest speaker with that head, else the nearest "<Name> head"."""
        earlier = self._same_head(head, position)
        return earlier if earlier is not None else self._qualified(head, position)

    def _role(self, body: list[Token], head: str, position: int) -> Entry | None:
        """ "the official", "the Kenyan leader": the salient person, preferring one so described."""
        if not _person_noun(head):
            return None
        described = self._best_described(body, position)
        if described is not None:
            return described
        recent = self.salient(position, ("person",))
        for entry in self.registry.recent(position, 12):
            if entry.kind == "person" and head in _described_words(entry):
                return entry
        return recent

    def _best_described(self, body: list[Token], position: int) -> Entry | None:
        """The person whose title and descriptor share two or more words with the mention.

        "the PNA Minister of Civil Affairs" finds "Palestinian Minister of Civil
        Affairs Mohamed X"; a tie is no answer.
        """
        words = {t.base for t in body if t.low not in _FUNCTION_WORDS}
        if len(words) < 2:
            return None
        registry = self.registry
        if self._described is None:
            # what a full read would have at the first call: every entry so far, then runs' entries
            self._described = {}
            for entry in registry.read_entries:
                if entry.kind == "person" and entry.strong:
                    for word in _described_words(entry):
                        self._described.setdefault(word, []).append(entry)
            self._runs_seen = len(registry.made_from_runs)
        registry.read_described(words)
        for entry, title, descriptor, strong in registry.made_from_runs[self._runs_seen :]:
            if entry.kind == "person" and strong:
                for word in _words_of(title, descriptor):
                    self._described.setdefault(word, []).append(entry)
        self._runs_seen = len(registry.made_from_runs)
        counts: dict[int, tuple[int, Entry]] = {}
        for word in words:
            for entry in self._described.get(word, ()):
                seen = counts.get(id(entry), (0, entry))[0]
                counts[id(entry)] = (seen + 1, entry)
        scored = [(n, -abs(position - e.first), e) for n, e in counts.values() if n >= 2]
        if not scored:
            return None
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][2]

    def _antecedent(self, position: int, depth: int) -> _Outcome:
        """ "Li, who ..." / "the European Union (EU) which ...": the phrase before the pronoun."""
        if depth > 0:
            return _Outcome(None)
        end = _skip_back(self.text, position)
        window_start = max(0, end - 160)
        tokens = tokenize(self.text, window_start, end)
        if not tokens:
            return _Outcome(None)
        names = find_names(self.text, tokens)
        if names and names[-1].span.end >= tokens[-1].start:
            found = self.registry.lookup(names[-1].name, position)
            if found.entry is not None:
                return _Outcome(found.entry)
        k = len(tokens) - 1
        while k > 0 and len(tokens) - k < 6 and tokens[k].low not in nd.DETERMINERS:
            if not _tight(self.text, tokens[k - 1], tokens[k]):
                break
            k -= 1
        phrase = tokens[k:]
        return self.resolve(None, new_span(phrase[0].start, phrase[-1].end), depth + 1)

    # ------------------------------------------------------------------ helpers

    def _fuller_mention(self, words: list[Token], position: int) -> Entry | None:
        """ "the provincial health department" after "the provincial health department of Yunnan"."""
        core = tuple(t.low for t in words)
        matches = self._fuller.get(core)
        if matches is None and not self._may_precede_of(words):
            matches = self._fuller[core] = []
        if matches is None:
            pattern = re.compile(
                r"\bthe\s+" + r"\s+".join(re.escape(t.text) for t in words) + r"\s+of\s+", re.IGNORECASE
            )
            matches = self._fuller[core] = list(pattern.finditer(self.text))
        before = [m for m in matches if m.end() <= position]
        if not before:
            return None
        found = before[-1]
        parts: list[str] = []
        for match in _WORD.finditer(self.text, found.end(), min(position, found.end() + 60)):
            if not match.group()[:1].isupper() or (parts and self.text[match.start() - 1] != " "):
                break
            parts.append(match.group())
        if not parts:
            return None
        phrase = " ".join(self.text[found.start() + 4 : found.end()].split())
        return self.registry.add(
            NameMention(name=f"{phrase} {' '.join(parts)}", span=_span(words), kind="organisation")
        )

    def _may_precede_of(self, words: list[Token]) -> bool:
        """Whether the last of ``words`` stands before " of " anywhere in the text (in any case).

        A cheap necessary condition for the pattern of :meth:`_fuller_mention`, so that
        most mentions never build nor run it.  Only told for ASCII words, where a
        case-insensitive match of the pattern is a match in the lower-cased text (and
        ``\\s`` is :meth:`str.isspace`) unless the text holds one of the three
        characters that match an ASCII letter but do not lower-case to it (see
        :func:`_lowers_to_its_matches`); otherwise always ``True``.
        """
        if not "".join([t.text for t in words]).isascii() or not _lowers_to_its_matches(self.text):
            return True
        return _stands_before_of(self._lower_text(), words[-1].low)

    def _same_head(self, head: str, position: int) -> Entry | None:
        # only an entry that spoke matches, and those are read already: no need to read more runs
        for entry in self.registry.recent_registered(position, _SALIENCE_REACH):
            specific = any(c.isupper() for c in entry.name) or len(entry.key) > 1
            if entry.kind != "person" and entry.spoke and specific and _head_word(entry.key) == head:
                return entry
        return None

    def _qualified(self, head: str, position: int) -> Entry | None:
        """The nearest "<Proper> head" phrase ("Harborview police"), before the mention if any."""
        best: tuple[int, str] | None = None
        for start, end, phrase in self._qualified_phrases(head):
            distance = position - end if end <= position else 10 * (start - position)
            if best is None or distance < best[0]:
                best = (distance, phrase)
        if best is None:
            return None
        return self.registry.add(
            NameMention(name=best[1], span=new_span(position, position), kind="organisation")
        )

    def _qualified_phrases(self, head: str) -> list[tuple[int, int, str]]:
        """Every "<Proper> head" phrase of the text, found once per head noun."""
        cached = self._phrases.get(head)
        if cached is not None:
            return cached
        found: list[tuple[int, int, str]] = []
        for start, end in self._whole_word(head):
            before = self.text[max(0, start - 40) : start]
            words = before.split() if before.endswith(" ") else []
            if not words or not words[-1].replace("-", "").isalpha() or not is_capitalised(words[-1]):
                continue
            word = words[-1]
            if self._qualifier(word, start - 1 - len(word)):
                found.append((start, end, f"{word} {self.text[start:end]}"))
        self._phrases[head] = found
        return found

    def _whole_word(self, word: str) -> list[tuple[int, int]]:
        """Where ``word`` (lower case) stands as a whole word in the text, any case.

        ``str.find`` on the lower-cased text, so no pattern is compiled per word;
        a text whose lower-casing changes its length falls back to a regular expression.
        A list, not a generator: its one caller reads it all.
        """
        lowered = self._lower_text()
        if len(lowered) != len(self.text):
            pattern = re.compile(r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w'’\-])", re.IGNORECASE)
            return [match.span() for match in pattern.finditer(self.text)]
        found: list[tuple[int, int]] = []
        size = len(word)
        at = lowered.find(word)
        while at >= 0:
            end = at + size
            if not (at and _word_char(lowered[at - 1])) and not (
                end < len(lowered) and _word_char(lowered[end])
            ):
                found.append((at, end))
            at = lowered.find(word, at + 1)
        return found

    def _lower_text(self) -> str:
        """The text lower-cased, made once per document."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def _qualifier(self, word: str, start: int) -> bool:
        """Whether ``word`` names which one is meant ("Harborview" police, not "Local" police)."""
        low = word.casefold()
        if low in nd.NOT_NAME_WORDS or low in nd.PLACES:
            return False
        return not (opens_at(self.text, start, 0) and self._lower_elsewhere(low))

    def _lower_elsewhere(self, low: str) -> bool:
        """Whether a sentence-initial capitalised word appears in lower case elsewhere (so is common)."""
        known = self._lower_words.get(low)
        if known is None:
            known = self._lower_words[low] = f" {low} " in self.text
        return known

    def _new_entry(self, words: list[Token], kind: PersonKind) -> Entry | None:
        if not words:
            return None
        last = words[-1]
        name = " ".join([*self.text[words[0].start : last.start].split(), strip_possessive(last.text)])
        mention = NameMention(name=name, span=_span(words), kind=kind)
        return self.registry.add(mention)


def _lowers_to_its_matches(text: str) -> bool:
    """Whether each character of ``text`` a case-insensitive ASCII letter matches lower-cases to that letter.

    "İ", "ı" and "ſ" are the only characters a case-insensitive pattern matches to an
    ASCII letter ("i", "i", "s") that ``str.lower`` does not turn into it (it turns the
    Kelvin sign into "k").
    """
    return text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text)


def _stands_before_of(lowered: str, word: str) -> bool:
    """Whether ``word`` occurs in ``lowered`` followed by white space, "of" and white space."""
    size = len(lowered)
    at = lowered.find(word)
    while at >= 0:
        k = at + len(word)
        j = k
        while j < size and lowered[j].isspace():
            j += 1
        if j > k and lowered.startswith("of", j) and j + 2 < size and lowered[j + 2].isspace():
            return True
        at = lowered.find(word, at + 1)
    return False


def _word_char(char: str) -> bool:
    """A character that continues a word (``[\\w'’-]``)."""
    return char.isalnum() or char in "_'’-"


def _gender_fits(entry: Entry, gender: str | None) -> bool:
    if gender is None or entry.honorific is None:
        return True
    low = entry.honorific.rstrip(".").casefold()
    if gender == "f":
        return low not in nd.MALE_HONORIFICS
    return low not in nd.FEMALE_HONORIFICS


def _described_words(entry: Entry) -> set[str]:
    return _words_of(entry.title, entry.descriptor)


def _words_of(title: str | None, descriptor: str | None) -> set[str]:
    words: set[str] = set()
    for text in (title, descriptor):
        if text:
            words.update(name_key(text))
    return words


def _head_word(key: tuple[str, ...]) -> str:
    """The head of a name: the word before "of" ("ministry" of "Ministry of X"), else the last."""
    if "of" in key[1:]:
        return key[key.index("of", 1) - 1]
    return key[-1] if key else ""


def _coordinated(names: Sequence[NameMention], body: list[Token]) -> bool:
    """Two people joined by "and" in one mention."""
    people = [n for n in names if n.kind == "person"]
    for left, right in itertools.pairwise(people):
        if any(t.low in ("and", "&") and left.span.end <= t.start < right.span.start for t in body):
            return True
    return False


def _plural(word: str) -> bool:
    """A lower-case plural noun ("staffers", "records"), not "boss" or "status"."""
    return word[:1].islower() and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


_PERSON_ENDINGS: Final[tuple[str, ...]] = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "ee",
    "man",
    "woman",
    "person",
    "ive",
    "ate",
    "al",
    "ar",
)
_THING_ENDINGS: Final[tuple[str, ...]] = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ing",
    "ism",
    "ure",
    "cy",
    "percent",
)
_NOT_PEOPLE: Final = frozenset(
    {"number", "majority", "minority", "rest", "total", "paper", "order", "letter", "center"}
)


def _person_noun(head: str) -> bool:
    """Whether a common noun can name a person ("leader", "winner", "native"), not "transition"."""
    if head in nd.TITLE_WORDS:
        return True
    if head in _NOT_PEOPLE or head.endswith(_THING_ENDINGS) or not head.isalpha():
        return False
    return head.endswith(_PERSON_ENDINGS)


def _split_apposition(source: str, body: list[Token]) -> tuple[list[Token], list[Token]]:
    """ "David Doe, the party's director," -> ("David Doe", "the party's director")."""
    for k in range(1, len(body)):
        gap = source[body[k - 1].end : body[k].start]
        if "," in gap or "—" in gap or " -- " in gap:
            rest = body[k:]
            for m in range(1, len(rest)):
                if "," in source[rest[m - 1].end : rest[m].start]:
                    rest = rest[:m]
                    break
            return body[:k], rest
    return body, []


def _head_index(body: list[Token]) -> int:
    """The head noun of a phrase: before its first preposition, else its last word."""
    for k in range(1, len(body)):
        if body[k].low in _PREPOSITIONS and not body[k].text[:1].isupper():
            return k - 1
    return len(body) - 1


def _is_head_name(name: NameMention, body: list[Token]) -> bool:
    """A name ending the mention is its head when it is full, titled or the whole mention."""
    if name.kind == "organisation":
        return True
    return (
        len(name.tokens) > 1
        or name.title is not None
        or name.honorific is not None
        or (name.span.start <= body[0].start)
    )


def _outside_brackets(source: str, tokens: list[Token]) -> list[Token]:
    """Drop words inside parentheses ("Sen. X (I-Vt.)", "the World Health Organization (WHO) experts")."""
    if not tokens or "(" not in source[tokens[0].start : tokens[-1].end]:
        return tokens  # nothing opens a bracket between the words
    kept: list[Token] = []
    depth = 0
    previous_end = tokens[0].start
    for token in tokens:
        gap = source[previous_end : token.start]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth == 0:
            kept.append(token)
        previous_end = token.end
    return kept


_BREAK_MARKS: Final = frozenset('"“”«»')


def _plain_stretch(source: str, tokens: list[Token]) -> bool:
    """Whether no bracket, quote mark or sentence end lies between the words (most mentions).

    Then :func:`_outside_brackets` and :func:`_before_break` keep every word: one
    look at the covered text tells it.  One word holds none of them (nor a space).
    """
    if len(tokens) < 2:
        return True
    covered = source[tokens[0].start : tokens[-1].end]
    return "(" not in covered and ". " not in covered and _BREAK_MARKS.isdisjoint(covered)


def _before_break(source: str, tokens: list[Token]) -> list[Token]:
    """A mention ends at a quote mark or a sentence end inside it ('Qin."It is ...')."""
    if not tokens:
        return tokens
    covered = source[tokens[0].start : tokens[-1].end]
    if ". " not in covered and _BREAK_MARKS.isdisjoint(covered):
        return tokens  # no gap can break the mention
    for k in range(1, len(tokens)):
        gap = source[tokens[k - 1].end : tokens[k].start]
        if not _BREAK_MARKS.isdisjoint(gap) or (". " in gap and not gap.startswith(". ")):
            return tokens[:k]
        if gap.startswith(". ") and not is_capitalised(tokens[k - 1].text[:1]):
            return tokens[:k]
    return tokens


def _skip_back(text: str, position: int) -> int:
    """From a relative pronoun, back over spaces, a comma and a bracketed acronym."""
    end = position
    while end > 0 and text[end - 1] in " \t\r\n,":
        end -= 1
    if end > 0 and text[end - 1] == ")":
        opening = text.rfind("(", max(0, end - 40), end)
        if opening >= 0:
            end = opening
            while end > 0 and text[end - 1] in " \t\r\n,":
                end -= 1
    return end


def _tight(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].strip() == ""


def _span(words: list[Token]) -> Span:
    if not words:
        return new_span(0, 0)
    return new_span(words[0].start, words[-1].end)


# --------------------------------------------------------------------------- driver


def resolve_quotes(
    text: str,
    quotes: Sequence[Quote],
    regions: Iterable[Span] | None = None,
    credited: Iterable[tuple[str, Span, str]] = (),
) -> Resolution:
    """Resolve the speakers of ``quotes`` over ``text``; usable without the rest of the parser.

    ``regions`` are the spans to read names from (paragraphs and captions; the
    whole text by default) and ``credited`` are ``(name, span, role)`` of
    bylines and photo credits.
    """
    speakers, people, problems = _resolve(text, quotes, regions, credited)
    out = [
        quote if person is None and quote.speaker is None else _with_speaker(quote, person)
        for quote, person in zip(quotes, speakers, strict=True)
    ]
    return Resolution(tuple(out), people, tuple(problems))


def _resolve(
    text: str,
    quotes: Sequence[Quote],
    regions: Iterable[Span] | None,
    credited: Iterable[tuple[str, Span, str]],
) -> tuple[list[Person | None], tuple[Person, ...], list[tuple[str, str, Span | None]]]:
    """Each quote's speaker (``None`` when unresolved), the document's people and the problems."""
    needs_names = False
    for quote in quotes:
        if quote.speaker_text or quote.speaker_span:
            needs_names = True
            break
    registry = Registry.from_text(text, regions) if needs_names else Registry()
    for name, span, role in credited:
        registry.add_credit(name, span, role)
    resolver = Resolver(text, registry)
    chosen: list[Entry | None] = [None] * len(quotes)
    problems: list[tuple[str, str, Span | None]] = []
    last: tuple[int, Entry] | None = None
    for i in _reading_order(quotes):
        quote = quotes[i]
        speaker_span = quote.speaker_span
        if speaker_span is None and not quote.speaker_text:
            if last is not None and quote.paragraph - last[0] <= _FLOATING_REACH:
                chosen[i] = last[1]
            continue
        outcome = resolver.resolve(quote.speaker_text, speaker_span)
        entry = outcome.entry
        if outcome.problem is not None:
            problems.append(("ambiguous-speaker", outcome.problem, speaker_span))
        if entry is not None:
            chosen[i] = entry
            anchor = speaker_span.start if speaker_span is not None else _anchor(quote)
            resolver.note_speaker(anchor, entry)
            last = (quote.paragraph, entry)
    registry.read_credited()
    published = [e for e in registry.read_entries if _published(e)]
    published.sort(key=lambda e: e.first)
    persons = {id(e): e.to_person() for e in published}
    speakers = [None if entry is None else persons.get(id(entry)) for entry in chosen]
    return speakers, tuple([persons[id(e)] for e in published]), problems


def _with_speaker(quote: Quote, person: Person | None) -> Quote:
    """``attrs.evolve(quote, speaker=person)`` without its per-call field introspection."""
    return Quote(
        quote.kind,
        quote.text,
        quote.content,
        quote.paragraph,
        quote.rule,
        quote.confidence,
        quote.cue,
        quote.cue_span,
        quote.speaker_text,
        quote.speaker_span,
        person,
    )


def _published(entry: Entry) -> bool:
    """Which registry entries become ``Document.people``: the speakers and the credited people."""
    return entry.spoke or entry.credited


def _reading_order(quotes: Sequence[Quote]) -> Sequence[int]:
    """The quotes' indices by their anchors (a stable sort, skipped when already in order)."""
    anchors = [
        quote.speaker_span.start
        if quote.speaker_span is not None
        else (quote.content[0].start if quote.content else 0)
        for quote in quotes
    ]  # _anchor of each quote, inlined: one call fewer per quote
    if anchors == sorted(anchors):
        return range(len(anchors))
    return sorted(range(len(anchors)), key=anchors.__getitem__)


def _anchor(quote: Quote) -> int:
    if quote.speaker_span is not None:
        return quote.speaker_span.start
    return quote.content[0].start if quote.content else 0


def _regions(state: ParseState) -> list[Span]:
    """Where names are read: body paragraphs and captions (credits come separately)."""
    spans = [p.span for p in state.paragraphs]
    if state.captions:
        spans.extend([c.span for c in state.captions])
    if not spans:
        spans = [Span(0, len(state.text))]
    return spans if _in_order(spans) else sorted(spans, key=span_order)


def _in_order(spans: list[Span]) -> bool:
    """Whether ``spans`` are sorted by start, then end (paragraphs are, in the usual story)."""
    last_start = last_end = -1
    for span in spans:  # each offset read once: a model attribute is a generic look-up compiled
        start = span.start
        if start < last_start:
            return False
        end = span.end
        if start == last_start and end < last_end:
            return False
        last_start, last_end = start, end
    return True


def _credits(state: ParseState) -> list[tuple[str, Span, str]]:
    found = [(b.name, b.span, b.role) for b in state.bylines]
    found.extend((c.credit.name, c.credit.span, c.credit.role) for c in state.captions if c.credit)
    return found


def apply(state: ParseState) -> None:
    """Resolve the speakers of ``state.quotes`` and fill ``state.people``.

    The state's quotes are the parse's working objects, not yet frozen into a
    document: one the quote rules left without a speaker gets it in place rather
    than being built a second time (see :func:`_complete`).
    """
    quotes = state.quotes
    speakers, people, problems = _resolve(state.text, quotes, _regions(state), _credits(state))
    for code, message, span in problems:
        state.problem(code, message, span)  # raises in strict mode: before any quote is touched
    state.people = list(people)
    _complete(quotes, speakers)


def _complete(quotes: list[Quote], speakers: Sequence[Person | None]) -> None:
    """Give each quote of the parse state its speaker, as :func:`resolve_quotes` would.

    A quote without a speaker yet is completed in place (a quote is frozen for
    its readers, not for the parse still building it); one that has a speaker
    already (the rule run twice) is replaced, so no quote is ever changed twice.
    Runs last, after every speaker is known and every problem recorded, so a crash
    or a strict-mode error leaves the quotes as they were.
    """
    for k, person in enumerate(speakers):
        quote = quotes[k]
        if quote.speaker is None:
            if person is not None:
                _set_attribute(quote, "speaker", person)
        else:
            quotes[k] = _with_speaker(quote, person)


_set_attribute: Final = object.__setattr__


RULE: Rule = Rule("speakers", apply, quotes=True)
