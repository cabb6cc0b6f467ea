"""The per-document people registry: who is named, and which entry a mention means.

A wire story names a person once in full, with a title ("Chinese Premier Li
Qiang"), then by surname ("Li") or pronoun ("He").  :class:`Registry` collects
the full mentions of one document; :meth:`Registry.lookup` maps a short name to
an entry by name order (surname-first names match on their first token, others
on their last) and reports ambiguity instead of guessing.  :func:`find_person`
does the same for query code over a finished ``Document.people``.

Only ``str`` methods and two bounded regular expressions are used; every pass is
linear in the text.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from newsdoc.model import Person, PersonKind, Span
from newsdoc.parse import namedata as nd
from newsdoc.parse.state import new_person, new_span

# A word: an acronym with dots ("U.S."), or letters/digits joined by apostrophes
# and hyphens ("Min-soon", "Xiao'ai", "al-Zahar").  No nested quantifiers.
_POSSESSIVE_ENDINGS: Final[tuple[str, ...]] = ("'s", "’s")
"""What :func:`strip_possessive` takes off a word ("Trump's", "Trump’s")."""
_TOKEN: Final = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’\-]\w+)*")
# The word pattern as one capturing group, for ``split``; a split of a slice finds the words a
# search inside the whole text finds (its one look-behind reads a character of the word).  It
# matches what :data:`_TOKEN` matches, written to open with a word character, so the regex
# engine skips to candidate characters instead of trying a match at each one; nothing follows a
# word, so possessive repeats match what greedy ones do.
_TOKEN_SPLIT: Final = re.compile(r"(\w(?:(?<=[A-Z])\.(?:[A-Z]\.)+|\w*+(?:['’\-]\w++(?:['’\-]\w++)*+|)))")
# The rest of a word after its first letter ("i", "oel-Baker"): nothing after a word can make it
# backtrack, so possessive repeats match what greedy ones do, with less bookkeeping.
_WORD_REST: Final = r"\w*+(?:['’\-]\w++(?:['’\-]\w++)*+|)"
# A capitalised word ("Li", "U.S.", "al-Zahar", "Noel-Baker") not inside another word.  It
# opens with a character class, so the regex engine skips ahead to candidate letters; the
# look-behind after that letter checks the character before it.
_CAPBODY: Final = rf"(?:(?<=[A-Z])(?:\.(?:[A-Z]\.)+|{_WORD_REST})|(?<=[ae])l-[A-Z]{_WORD_REST})"
# Capitalised words joined by single spaces ("Vice Premier Wu Yi"), the commonest part of a
# run; each repeat opens with a space, which no word can hold (so the words after the first need
# no look-behind), and is possessive.
_CAPSTRETCH: Final = re.compile(rf"[A-Zae](?<![\w'’\-].){_CAPBODY}(?: [A-Zae]{_CAPBODY})*+")
# The same without the particle branch ("al-Zahar"): for text with no "al-" or "el-", where it
# matches exactly the same stretches, and the engine no longer stops at every "a" and "e".
_UPPERBODY: Final = rf"(?:\.(?:[A-Z]\.)+|{_WORD_REST})"
_UPPERSTRETCH: Final = re.compile(rf"[A-Z](?<![\w'’\-].){_UPPERBODY}(?: [A-Z]{_UPPERBODY})*+")
# The two stretch patterns as one capturing group, for ``split``: it returns the stretches and
# the gaps between them as plain strings, with no match object per stretch.
_CAPSPLIT: Final = re.compile(f"({_CAPSTRETCH.pattern})")
_UPPERSPLIT: Final = re.compile(f"({_UPPERSTRETCH.pattern})")
# :data:`_UPPERSPLIT` for ASCII text turned into bytes by :data:`_ASCII_CLASSES`, where every
# capital is "A": a pattern that opens with one literal byte, which the regex engine finds by a
# tight loop instead of testing a character class at every character (half the cost of the
# split).  On ASCII text it finds the same stretches: ``\w`` is the same set, "’" cannot occur,
# a word after a space needs no look-behind, and nothing after a word can make it backtrack, so
# possessive repeats match what greedy ones do.
_MAPPED_WORD: Final = rb"(?:\.(?:A\.)+|\w*+(?:['\-]\w++(?:['\-]\w++)*+|))"
_MAPPED_SPLIT: Final = re.compile(rb"(A(?<![\w'\-].)" + _MAPPED_WORD + rb"(?: A" + _MAPPED_WORD + rb")*+)")
_ASCII_CLASSES: Final = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ\x1c\x1d\x1e\x1f", b"AAAAAAAAAAAAAAAAAAAAAAAAAA\x0b\x0b\x0b\x0b"
)
"""Capitals to "A"; the separators ``str.isspace`` counts as white space and ``bytes.isspace`` does
not to a vertical tab (which it does), so a mapped gap is white space when the text's gap is."""
_CONNECTORS: Final = frozenset({"of", "for", "and", "the"})
_QUOTE_CHARS: Final = "\"'“”‘’«»()[]"
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A lone capitalised word that cannot be a name ("The", "China", "President"): see _worth_reading.
_LONE_NOT_NAMES: Final = nd.NOT_NAME_WORDS | nd.PLACES | nd.TITLE_WORDS


class Token(NamedTuple):
    """One word of the text: its offsets, its text, whether it opens a sentence, its case-folded form."""

    start: int
    end: int
    text: str
    sentence_start: bool
    low: str
    base: str  # ``low`` without a possessive "'s"


# Final names for what hot code calls: compiled, a Final name is a C static, where a
# module-level name, a module's attribute or ``tuple.__new__`` is looked up at every use.
_TOKEN_CLASS: Final = Token
_new_tuple: Final = tuple.__new__
_bisect_left: Final = bisect.bisect_left
_insort: Final = bisect.insort


def _token(start: int, text: str, opens: bool) -> Token:
    low = text.casefold()
    base = low[:-2] if low.endswith(_POSSESSIVE_ENDINGS) else low
    return _new_tuple(
        _TOKEN_CLASS, (start, start + len(text), text, opens, low, base)
    )  # no generated __new__


def _run_tokens(run: list[tuple[int, str]], opens: bool) -> list[Token]:
    """The tokens of a run's ``(start, word)`` pairs; only the first may open a sentence."""
    tokens: list[Token] = []
    new = _new_tuple  # _token, inlined: a run is read word by word
    for start, word in run:
        low = word.casefold()
        base = low[:-2] if low.endswith(_POSSESSIVE_ENDINGS) else low
        tokens.append(new(_TOKEN_CLASS, (start, start + len(word), word, opens, low, base)))
        opens = False
    return tokens


def _not_opening(token: Token) -> Token:
    """``token._replace(sentence_start=False)`` without the generic ``_replace``."""
    return _new_tuple(_TOKEN_CLASS, (token.start, token.end, token.text, False, token.low, token.base))


def tokenize(text: str, start: int = 0, end: int | None = None, *, opens_first: bool = True) -> list[Token]:
    """The words of ``text[start:end]`` with sentence starts marked (one pass)."""
    stop = len(text) if end is None else end
    if stop - start <= _PLAIN_REACH:
        plain = _plain_tokens(text, start, stop, opens_first)
        if plain is not None:
            return plain
    return _regex_tokens(text, start, stop, opens_first)


def _regex_tokens(text: str, start: int, stop: int, opens_first: bool) -> list[Token]:
    """:func:`tokenize` by the word pattern, for any text.

    One ``split`` gives the words and the gaps between them as strings (no match
    object per word); a word opens a sentence when the gap before it ends one.
    """
    tokens: list[Token] = []
    append = tokens.append
    new = _new_tuple  # skips the generated NamedTuple constructor (a Python call per word)
    pieces = _TOKEN_SPLIT.split(text if start == 0 and stop == len(text) else text[start:stop])
    at = start + len(pieces[0])  # where the next word starts
    opens = opens_first
    for k in range(1, len(pieces), 2):
        word = pieces[k]
        word_start = at
        at += len(word)
        if k > 1:
            gap = pieces[k - 1]
            opens = gap != " " and _ends_sentence(pieces[k - 2], gap)
        low = word.casefold()
        base = low[:-2] if low.endswith(_POSSESSIVE_ENDINGS) else low
        append(new(_TOKEN_CLASS, (word_start, at, word, opens, low, base)))
        at += len(pieces[k + 1])
    return tokens


# Up to how many characters :func:`tokenize` tries :func:`_plain_tokens` first (speaker mentions).
_PLAIN_REACH: Final = 100


def _plain_tokens(text: str, start: int, stop: int, opens_first: bool) -> list[Token] | None:
    """:func:`tokenize` of letters-only words between white space ("the ministry"), else ``None``.

    Most speaker mentions are such words; splitting them is cheaper than running the
    tokenizer, and gives the same tokens: each word is one token, and white space
    holds no period, so no sentence opens inside.
    """
    words = text[start:stop].split()
    if not words:
        return None
    for word in words:
        if not word.isalpha():
            return None
    tokens: list[Token] = []
    new = _new_tuple
    at = start
    opens = opens_first
    for word in words:
        at = text.find(word, at)  # only white space lies before it: this is where it stands
        low = word.casefold()
        tokens.append(new(_TOKEN_CLASS, (at, at + len(word), word, opens, low, low)))
        at += len(word)
        opens = False
    return tokens


def _ends_sentence(word: str, gap: str) -> bool:
    return ("." in gap or "!" in gap or "?" in gap) and not _is_abbreviation(word, gap)


def opens_at(text: str, position: int, region_start: int) -> bool:
    """Whether the word at ``position`` opens a sentence (looking back past quotes and spaces)."""
    k = position
    while k > region_start and (text[k - 1].isspace() or text[k - 1] in _QUOTE_CHARS):
        k -= 1
    if k <= region_start:
        return True
    if text[k - 1] not in ".!?":
        return False
    word_start = k - 1
    while word_start > region_start and (text[word_start - 1].isalnum()):
        word_start -= 1
    return not _is_abbreviation(text[word_start : k - 1], text[k - 1 : position])


def after_lead_in(text: str, position: int) -> bool:
    """Whether ``position`` follows a short sentence opener and a comma ("Meanwhile, X ...").

    A name there is still the subject of its sentence.  At most four words may
    sit between the sentence start and the comma.
    """
    if not text.endswith(", ", 0, position):
        return False
    window = text[max(0, position - 48) : position - 2]
    stop = max(window.rfind(". "), window.rfind("\n"), window.rfind('." '))
    if stop < 0 and position - 48 > 0:
        return False
    lead = window[stop + 1 :].strip(" .\"'“”")
    return 0 < len(lead.split()) <= 4 and "," not in lead


def scan_names(text: str, start: int = 0, end: int | None = None) -> list[NameMention]:
    """Every name in ``text[start:end]``, visiting only capitalised words (fast on long text).

    Builds the same runs as :func:`find_names` but tokenizes only the words of
    each capitalised run and, when a lower-case office word precedes it ("police
    chief"), a short look-back for the descriptor.
    """
    stop = len(text) if end is None else end
    found: list[NameMention] = []
    for run in _capital_runs(text, start, stop):
        if _worth_reading(run):
            mention = _read_capital_run(text, run, start)
            if mention is not None:
                found.append(mention)
    return found


def _mapped_capitals(text: str) -> bytes | None:
    """``text`` as :func:`_capital_runs` can search it fast (ASCII with no "al-" / "el-"), else ``None``."""
    if not text.isascii() or "al-" in text or "el-" in text:
        return None
    return text.encode("ascii").translate(_ASCII_CLASSES)


def _capital_runs(
    text: str, start: int, stop: int, particle: bool | None = None, mapped: bytes | None = None
) -> list[list[tuple[int, str]]]:
    """The runs of capitalised words (and the connectors between them) of ``text[start:stop]``, in one pass.

    The regex finds each stretch of words joined by single spaces; only the gaps
    between stretches (other white space, an abbreviation's period, a connector
    such as " of ") are judged here.  ``particle`` says whether the text may hold
    an "al-" or "el-" (``None``: look in the range); ``mapped`` is
    :func:`_mapped_capitals` of the text, when there is one.  A list, not a
    generator: its callers read every run, and a compiled generator costs more per item.
    """
    if mapped is not None and (start == 0 or text[start - 1].isspace()):
        return _mapped_capital_runs(text, start, _MAPPED_SPLIT.split(mapped[start:stop]))
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    left = ""
    if particle is None:
        particle = text.find("al-", start, stop) >= 0 or text.find("el-", start, stop) >= 0
    pieces = _stretch_pieces(text, start, stop, particle)
    at = start + len(pieces[0])  # where the next stretch starts
    for k in range(1, len(pieces), 2):
        stretch = pieces[k]
        stretch_start = at
        stretch_end = at + len(stretch)
        at = stretch_end + len(pieces[k + 1])
        if run:
            gap = pieces[k - 1]  # the text between the previous stretch and this one
            if (gap.isspace() and "\n\n" not in gap) or (gap == ". " and _is_abbreviation(left, gap)):
                pass
            elif len(gap) <= 8 and _connector_gap(gap, left):  # the length test saves most calls
                inner = gap.strip()
                run.append((stretch_start - len(gap) + gap.index(inner), inner))
            else:
                runs.append(run)
                run = []
        left = _add_stretch(run, stretch_start, stretch)
    if run:
        runs.append(run)
    return runs


def _add_stretch(run: list[tuple[int, str]], start: int, stretch: str) -> str:
    """Append the words of a capitalised stretch (single-spaced) to ``run``; its last word."""
    if " " not in stretch:
        run.append((start, stretch))
        return stretch
    word = stretch
    for word in stretch.split(" "):
        run.append((start, word))
        start += len(word) + 1
    return word


def _mapped_capital_runs(text: str, start: int, pieces: list[bytes]) -> list[list[tuple[int, str]]]:
    """:func:`_capital_runs` from the split of the mapped range: the stretches are read from ``text``.

    A mapped gap is judged as the text's gap would be (white space, a blank line,
    ". "); a short one that may hold a connector is read from the text.
    """
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    left = ""
    at = start + len(pieces[0])  # where the next stretch starts
    for k in range(1, len(pieces), 2):
        stretch_start = at
        stretch_end = at + len(pieces[k])
        stretch = text[stretch_start:stretch_end]
        at = stretch_end + len(pieces[k + 1])
        if run:
            gap = pieces[k - 1]  # mapped: the text between the previous stretch and this one
            if (gap.isspace() and b"\n\n" not in gap) or (gap == b". " and _is_abbreviation(left, ". ")):
                pass
            elif len(gap) <= 8 and _connector_gap(
                text_gap := text[stretch_start - len(gap) : stretch_start], left
            ):
                inner = text_gap.strip()
                run.append((stretch_start - len(gap) + text_gap.index(inner), inner))
            else:
                runs.append(run)
                run = []
        left = _add_stretch(run, stretch_start, stretch)
    if run:
        runs.append(run)
    return runs


def _stretch_pieces(text: str, start: int, stop: int, particle: bool) -> list[str]:
    """``text[start:stop]`` cut into gap, stretch, gap, ..., stretch, gap (what ``split`` returns).

    The stretch pattern's look-behind reads the character before a word; at
    ``start`` that is ``text[start - 1]``, which a split of the slice cannot see.
    When that character could continue a word, :func:`_stretch_pieces_by_match`
    reads the range in place instead.
    """
    if start > 0 and not text[start - 1].isspace():
        return _stretch_pieces_by_match(text, start, stop, particle)
    pattern = _CAPSPLIT if particle else _UPPERSPLIT
    return pattern.split(text if start == 0 and stop == len(text) else text[start:stop])


def _stretch_pieces_by_match(text: str, start: int, stop: int, particle: bool) -> list[str]:
    """:func:`_stretch_pieces` by searching ``text`` in place (any ``start``)."""
    pieces: list[str] = []
    previous_end = start
    for match in (_CAPSTRETCH if particle else _UPPERSTRETCH).finditer(text, start, stop):
        stretch_start, stretch_end = match.span()
        pieces.append(text[previous_end:stretch_start])
        pieces.append(text[stretch_start:stretch_end])
        previous_end = stretch_end
    pieces.append(text[previous_end:stop])
    return pieces


def _connector_gap(gap: str, left: str) -> bool:
    """ " of " after "Ministry", " bin " inside a name: a lower-case word that joins a run."""
    if len(gap) > 8 or not gap.startswith(" ") or not gap.endswith(" "):
        return False
    inner = gap[1:-1]
    if " " in inner or not inner.islower():
        return False
    if inner in nd.NAME_PARTICLES and inner not in ("the", "and"):
        return True
    return inner in _CONNECTORS and _descriptive(strip_possessive(left.casefold()))


def _worth_reading(run: list[tuple[int, str]]) -> bool:
    """Skip runs that cannot hold a name: "The", "However", "China", "President" alone."""
    if len(run) > 1:
        return True
    low = run[0][1].casefold()
    return not (low in _LONE_NOT_NAMES or is_acronym(run[0][1]))


def _read_capital_run(text: str, run: list[tuple[int, str]], region_start: int) -> NameMention | None:
    first_start = run[0][0]
    opens = opens_at(text, first_start, region_start)
    previous, described = _previous_word(text, first_start, region_start)
    if len(run) == 1 and not described:
        return _single_word(text, first_start, run[0][1], opens)
    if not (previous and described and not opens):
        return _read_plain_run(text, run, opens)
    tokens = _run_tokens(run, opens)
    back: list[Token] = []
    if previous and described and not opens:
        back_start = max(region_start, first_start - 80)
        back = tokenize(text, back_start, first_start, opens_first=opens_at(text, back_start, region_start))
        if back and back_start > region_start:
            back = back[1:]  # the first word may be cut
    tokens = back + tokens
    i = _first_opener(tokens, len(back))
    if i >= len(tokens):
        return None
    return _read_run(text, tokens, i, len(tokens) - 1)


def _first_opener(tokens: list[Token], i: int) -> int:
    """The first token from ``i`` on that can open a run; the ones skipped stop opening sentences."""
    while i < len(tokens) and not _can_open(tokens, i):
        i += 1
        if i < len(tokens):
            tokens[i] = _not_opening(tokens[i])
    return i


def _previous_word(text: str, start: int, region_start: int) -> tuple[str, bool]:
    """The word before ``start`` (case-folded) and whether it is an office or organisation word."""
    before = text[max(region_start, start - 80) : start].rstrip()
    previous = before[before.rfind(" ") + 1 :].casefold()
    return previous, previous in nd.TITLE_WORDS or previous in nd.ORG_HEADS


def _deferrable_word(text_word: str) -> bool:
    """A lone word that, unless an office word stands before it, can only be a short name.

    Plain letters, not an organisation head, a suffix or a people ("Americans").
    """
    if not text_word.replace("'", "").replace("’", "").isalpha():
        return False
    low = strip_possessive(text_word).casefold()
    return not (low in nd.ORG_HEADS or low in _SUFFIXES or _is_demonym_plural(low))


class _LoneWord(NamedTuple):
    """What the registry needs of a lone capitalised word that depends on the word alone."""

    may_defer: bool  # :func:`_deferrable_word`; the word before it still decides
    deferred_words: list[str]  # :func:`_deferred_words` (read only, shared)
    key: str  # :func:`_index_word`


_LONE_WORD_CLASS: Final = _LoneWord


# Lone words by their text (``None``: a word that cannot be a name alone); wire copy
# repeats its names and sentence openers, so most lone runs are a dictionary hit.
_LONE_WORDS: Final[dict[str, _LoneWord | None]] = {}
_LONE_WORDS_LIMIT: Final = 50_000
_UNREAD: Final = _LoneWord(False, [], "")
"""What the lone-word memo answers for a word not in it (one dictionary look-up instead of two)."""


def _lone_word(word: str) -> _LoneWord | None:
    """:class:`_LoneWord` of ``word``, or ``None`` when it cannot be a name alone (memoised)."""
    known = _LONE_WORDS.get(word, _UNREAD)
    if known is not _UNREAD:
        return known
    low = word.casefold()
    lone = None if low in _LONE_NOT_NAMES or is_acronym(word) else _read_lone_word(word, low)
    if len(_LONE_WORDS) >= _LONE_WORDS_LIMIT:
        _LONE_WORDS.clear()
    _LONE_WORDS[word] = lone
    return lone


def _read_lone_word(word: str, low: str) -> _LoneWord:
    """``_LoneWord(_deferrable_word(word), _deferred_words(word), _index_word(word))`` from one case-folding.

    ``low`` is ``word.casefold()``; case folding maps each character on its own, so
    the folded word less a possessive is the fold of the word less it.
    """
    key = low[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else low
    known = low[:-2] if low.endswith(_POSSESSIVE_ENDINGS) else low
    may_defer = word.replace("'", "").replace("’", "").isalpha() and not (
        key in nd.ORG_HEADS or key in _SUFFIXES or _is_demonym_plural(key)
    )
    words = [key] if known == key else [key, known]
    return _new_tuple(_LONE_WORD_CLASS, (may_defer, words, key))  # no generated __new__


def _single_word(text: str, start: int, word: str, opens: bool) -> NameMention | None:
    """A lone capitalised word ("Bektenov", "Hamas"): a short name or a one-word organisation."""
    name = strip_possessive(word)
    low = name.casefold()
    if _is_demonym_plural(low):
        return None
    span = new_span(start, start + len(name))
    if low in nd.ORG_HEADS:
        return NameMention(
            name=name, span=span, kind="organisation", subject=opens or after_lead_in(text, start)
        )
    return NameMention(
        name=name,
        span=span,
        kind="person",
        descriptor=_appositive(text, span.end),
        subject=opens or after_lead_in(text, start),
        in_brackets=_in_brackets(text, start),
    )


def _is_abbreviation(word: str, gap: str) -> bool:
    """Whether the period after ``word`` abbreviates it ("Mr.", "W.") instead of ending a sentence."""
    if not gap.startswith("."):
        return False
    return word.casefold() in nd.HONORIFICS or (len(word) == 1 and word.isupper())


def ends_with_capitalised_word(text: str, start: int, end: int) -> bool:
    """Whether the last word :func:`tokenize` finds in ``text[start:end]`` ends at ``end`` and is capitalised.

    Words never hold white space, so that word is the last one after the last white
    space: a few characters are read, not the whole stretch.
    """
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    last = None
    for match in _TOKEN.finditer(text, begin, end):
        last = match
    return last is not None and last.end() == end and is_capitalised(last.group())


def strip_possessive(word: str) -> str:
    """``"Trump's"`` -> ``"Trump"``."""
    return word[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else word


def is_capitalised(word: str) -> bool:
    """A word that can be part of a name: capitalised, or a particle joined by a hyphen ("al-Zahar")."""
    if word[:1].isupper():
        return True
    head, sep, rest = word.partition("-")
    return bool(sep) and head.casefold() in nd.NAME_PARTICLES and rest[:1].isupper()


def is_acronym(word: str) -> bool:
    """``"RTO"``, ``"DPRK"``, ``"U.S."``: two or more capitals and nothing lower-case."""
    return len(word) >= 2 and word.isupper() and (word[1] != "." or len(word) >= 4)


def is_surname_first(tokens: Sequence[str]) -> bool:
    """Whether a multi-word person name puts the surname first ("Li Qiang", "Park Ji-hoon").

    True when the first word is a common Chinese, Korean or Vietnamese surname,
    or when the given name is hyphenated in the Korean way ("Min-soon").
    """
    if len(tokens) < 2 or len(tokens) > 3:
        return False
    if tokens[0].casefold() in nd.SURNAME_FIRST:
        return True
    head, sep, rest = tokens[-1].partition("-")
    return len(tokens) == 2 and bool(sep) and rest[:1].islower() and head[:1].isupper()


@lru_cache(maxsize=16384)
def name_key(name: str) -> tuple[str, ...]:
    """The comparable form of a name: case-folded words, possessives and suffixes dropped (memoised)."""
    if name.isalpha():
        low = name.casefold()
        return () if low in _SUFFIXES else (low,)
    parts = name.split(" ")
    if all(part.isalpha() for part in parts):
        # letters-only words joined by single spaces ("Li Qiang"): the words the tokenizer finds
        words = [part.casefold() for part in parts]
    else:
        words = [strip_possessive(m.group()).casefold() for m in _TOKEN.finditer(name)]
    return tuple([w for w in words if w not in _SUFFIXES])


_name_key: Final = name_key
""":func:`name_key` under a Final name for the hot callers here (a C static when compiled)."""


class NameMention:
    """A name found in the text, split into descriptor, title and the name proper.

    A plain slotted class, not an attrs one: thousands are made per document, and a
    hand-written ``__init__`` builds one with no further call.  Compared by identity.
    """

    __slots__ = (
        "acronym",
        "descriptor",
        "descriptor_start",
        "honorific",
        "in_brackets",
        "kind",
        "name",
        "span",
        "subject",
        "title",
        "tokens",
    )

    def __init__(
        self,
        name: str,
        span: Span,
        kind: PersonKind,
        descriptor: str | None = None,
        descriptor_start: int | None = None,
        title: str | None = None,
        honorific: str | None = None,
        subject: bool = False,
        acronym: str | None = None,
        in_brackets: bool = False,
    ) -> None:
        self.name = name
        self.span = span
        self.kind = kind
        self.descriptor = descriptor
        self.descriptor_start = descriptor_start
        self.title = title
        self.honorific = honorific
        self.subject = subject
        self.acronym = acronym
        self.in_brackets = in_brackets
        self.tokens: tuple[str, ...] = _name_key(name)

    def __repr__(self) -> str:
        return f"NameMention({self.name!r}, {self.span!r}, {self.kind!r}, title={self.title!r})"


def find_names(text: str, tokens: Sequence[Token]) -> list[NameMention]:
    """Every capitalised run in ``tokens`` read as a person or organisation name."""
    if not isinstance(tokens, list):
        tokens = list(tokens)  # the helpers index a list (faster when compiled)
    found: list[NameMention] = []
    i = 0
    while i < len(tokens):
        if not _can_open(tokens, i):
            i += 1
            continue
        j = _run_end(text, tokens, i)
        mention = _read_run(text, tokens, i, j) if i else _read_leading_run(text, tokens, j)
        if mention is not None:
            found.append(mention)
        i = j + 1
    return found


def _can_open(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if not is_capitalised(token.text):
        return False
    return not (token.low in nd.NOT_NAME_WORDS and (token.sentence_start or token.low in nd.DETERMINERS))


def _tight(text: str, left: Token, right: Token) -> bool:
    """Only spaces (or an abbreviation's period) between two words of one name."""
    gap = text[left.end : right.start]
    if gap.strip() == "":
        return True
    return gap.startswith(".") and gap[1:].strip() == "" and _is_abbreviation(left.text, gap)


def _run_end(text: str, tokens: list[Token], i: int) -> int:
    """The last index of the capitalised run opened at ``i``."""
    j = i
    while j + 1 < len(tokens) and _tight(text, tokens[j], tokens[j + 1]):
        nxt = tokens[j + 1]
        if nxt.sentence_start:
            break
        if is_capitalised(nxt.text) and nxt.low not in nd.DETERMINERS:
            j += 1
            continue
        if j + 2 < len(tokens) and _joins(text, tokens, j) and is_capitalised(tokens[j + 2].text):
            j += 2
            continue
        break
    return j


def _joins(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the lower-case word after ``tokens[j]`` joins two parts of one name."""
    word, after = tokens[j + 1], tokens[j + 2]
    if not _tight(text, word, after):
        return False
    if word.low in nd.NAME_PARTICLES and word.low not in ("the", "and"):
        return True
    return word.low in _CONNECTORS and _descriptive(tokens[j].low)


def _descriptive(low: str) -> bool:
    """Words after which "of" / "and" continue a name ("Ministry of X", "Minister and Y")."""
    return low in nd.TITLE_WORDS or low in nd.ORG_HEADS


def _is_descriptor_token(token: Token) -> bool:
    low = token.base
    return (
        low in nd.TITLE_WORDS
        or low in nd.HONORIFICS
        or low in nd.PLACES
        or low in nd.ORG_HEADS
        or low in _CONNECTORS
        or (is_acronym(token.text) and low not in _SUFFIXES)
    )


def _read_run(text: str, tokens: list[Token], i: int, j: int) -> NameMention | None:
    """Split run ``tokens[i..j]`` into descriptor and name, or read it as an organisation."""
    shape = _run_shape(text, tokens, i, j)
    return None if shape is None else _mention_of(text, tokens, shape)


def _read_leading_run(text: str, tokens: list[Token], j: int) -> NameMention | None:
    """:func:`_read_run` of ``tokens[0..j]``, a run that opens the tokens, its split memoised.

    With no word before it, the split depends only on the run's words and whether
    the first opens a sentence (the other words are tight and open none), as for
    the runs :func:`_read_plain_run` splits: both share one memo.
    """
    key = (tuple([token.text for token in tokens[: j + 1]]), tokens[0].sentence_start)
    shape = _SHAPES.get(key, _NO_SHAPE)
    if shape is _NO_SHAPE:
        shape = _remember_shape(key, _run_shape(text, tokens, 0, j))
    return None if shape is None else _mention_of(text, tokens, shape)


class _Shape(NamedTuple):
    """How a run splits, by token index: the part that depends on its words only."""

    organisation: bool
    first: int  # first word of the name
    last: int  # last word of the name
    start_of_np: int  # first word of the descriptor (``first`` when there is none)
    name: str = ""
    title: str | None = None
    honorific: str | None = None


_SHAPE_CLASS: Final = _Shape


def _run_shape(text: str, tokens: list[Token], i: int, j: int) -> _Shape | None:
    run = tokens[i : j + 1]
    org = _org_end(run)
    if org is not None:
        return _new_tuple(_SHAPE_CLASS, (True, i, i + org, i, "", None, None))  # no generated __new__
    last_descriptor = -1
    in_prefix = True
    for k, token in enumerate(run):
        low = token.base
        place = in_prefix and low in nd.PLACES and not (low in nd.SURNAME_FIRST and k + 1 < len(run))
        if place or (_is_descriptor_token(token) and low not in nd.PLACES):
            last_descriptor = k
        else:
            in_prefix = False
    name_tokens = run[last_descriptor + 1 :]
    if not name_tokens or len(name_tokens) > 5:
        return None
    if not nd.NOT_NAME_WORDS.isdisjoint([t.low for t in name_tokens]):
        return None
    if len(name_tokens) == 1 and _is_demonym_plural(name_tokens[0].low):
        return None
    first = i + last_descriptor + 1
    start_of_np = _descriptor_start(text, tokens, first)
    title, honorific = _title_of(tokens[start_of_np:first])
    name = " ".join([t.text[:-2] if t.text.endswith(_POSSESSIVE_ENDINGS) else t.text for t in name_tokens])
    return _new_tuple(_SHAPE_CLASS, (False, first, j, start_of_np, name, title, honorific))


def _mention_of(text: str, tokens: list[Token], shape: _Shape) -> NameMention:
    """The mention a shape gives at the tokens' positions (what depends on the text around them)."""
    if shape.organisation:
        return _org_mention(text, tokens, shape.first, shape.last)
    first, start_of_np = shape.first, shape.start_of_np
    np_start = tokens[start_of_np].start
    descriptor = text[np_start : tokens[first - 1].end] if start_of_np < first else None
    last = tokens[shape.last]
    span = new_span(tokens[first].start, last.start + len(strip_possessive(last.text)))
    return _person_mention(
        text,
        shape,
        span,
        _clean_descriptor(descriptor),
        np_start if descriptor else None,
        np_start,
        tokens[start_of_np].sentence_start,
    )


def _person_mention(
    text: str,
    shape: _Shape,
    span: Span,
    before: str | None,
    descriptor_start: int | None,
    np_start: int,
    subject: bool,
) -> NameMention:
    """A person's mention from its split: an appositive stands in for a missing descriptor."""
    if before is None or before == shape.honorific:
        before = _appositive(text, span.end) or before
    return NameMention(
        name=shape.name,
        span=span,
        kind="person",
        descriptor=before,
        descriptor_start=descriptor_start,
        title=shape.title,
        honorific=shape.honorific,
        subject=subject or after_lead_in(text, np_start),
        in_brackets=_in_brackets(text, span.start),
    )


_NO_SHAPE: Final = _Shape(False, -1, -1, -1)
# Run shapes by (words, opens a sentence); wire copy repeats its names, so most runs hit.
_SHAPES: Final[dict[tuple[tuple[str, ...], bool], _Shape | None]] = {}
_SHAPES_LIMIT: Final = 50_000


def _remember_shape(key: tuple[tuple[str, ...], bool], shape: _Shape | None) -> _Shape | None:
    """Store a run's split in the memo (emptied when full, so memory stays bounded)."""
    if len(_SHAPES) >= _SHAPES_LIMIT:
        _SHAPES.clear()
    _SHAPES[key] = shape
    return shape


def clear_caches() -> None:
    """Forget the memoised run splits and name keys (for benchmarks that time a cold start)."""
    _SHAPES.clear()
    _LONE_WORDS.clear()
    name_key.cache_clear()


def _read_plain_run(text: str, run: list[tuple[int, str]], opens: bool) -> NameMention | None:
    """A run with no descriptor before it: its split is looked up by its words (memoised)."""
    key = (tuple([word for _, word in run]), opens)
    shape = _SHAPES.get(key, _NO_SHAPE)
    if shape is _NO_SHAPE:
        shape = _remember_shape(key, _shape_of_plain(text, _run_tokens(run, opens)))
    if shape is None:
        return None
    return _plain_mention(text, run, opens, shape)


def _plain_mention(text: str, run: list[tuple[int, str]], opens: bool, shape: _Shape) -> NameMention:
    """:func:`_mention_of` for a plain run, read straight from its ``(start, word)`` pairs."""
    np_start = run[shape.start_of_np][0]
    subject = shape.start_of_np == 0 and opens
    if shape.organisation:
        first_start = run[shape.first][0]
        last_start, last_word = run[shape.last]
        raw = text[first_start : last_start + len(last_word)]
        return NameMention(
            name=strip_possessive(" ".join(raw.split())),
            span=new_span(first_start, first_start + len(strip_possessive(raw))),
            kind="organisation",
            subject=shape.first == 0 and opens,
            acronym=_bracketed_acronym(text, last_start + len(last_word)),
            in_brackets=_in_brackets(text, first_start),
        )
    last_start, last_word = run[shape.last]
    span = new_span(run[shape.first][0], last_start + len(strip_possessive(last_word)))
    before = None
    if shape.start_of_np < shape.first:
        previous_start, previous_word = run[shape.first - 1]
        before = _clean_descriptor(text[np_start : previous_start + len(previous_word)])
    return _person_mention(
        text, shape, span, before, np_start if before is not None else None, np_start, subject
    )


def _shape_of_plain(text: str, tokens: list[Token]) -> _Shape | None:
    i = _first_opener(tokens, 0)
    if i >= len(tokens):
        return None
    return _run_shape(text, tokens, i, len(tokens) - 1)


def _appositive(text: str, end: int) -> str | None:
    """``"Fu Min, general manager of X,"``: the lower-case phrase set off after a name."""
    if not text.startswith(", ", end):
        return None
    window = text[end + 2 : end + 122]
    if not window[:1].islower() or window.startswith(("who ", "which ", "said", "says", "and ")):
        return None
    stop = min((i for i in (window.find(","), window.find("."), window.find(";")) if i >= 0), default=-1)
    if stop <= 0:
        return None
    return " ".join(window[:stop].split())


def _is_demonym_plural(low: str) -> bool:
    """ "Americans", "Republicans": a people or party, not a person's name."""
    return low.endswith("s") and (low[:-1] in nd.PLACES or low in nd.GROUP_HEADS)


def _org_end(run: list[Token]) -> int | None:
    """Index of the last word of an organisation name in ``run``, if the run is one.

    A run is an organisation when an organisation head ("Office", "Ministry")
    comes before any office title ("Minister") — "Liberation Tigers of X" or
    "Regional Transit Office" — and it ends at the last capitalised word.
    """
    lows = [t.base for t in run]
    last = len(lows) - 1
    if not nd.TITLE_HEADS.isdisjoint(lows) or not nd.HONORIFICS.isdisjoint(lows[:last]):
        return None
    if nd.ORG_HEADS.isdisjoint(lows):
        return None
    return last


def _org_mention(text: str, tokens: list[Token], i: int, j: int) -> NameMention:
    run = tokens[i : j + 1]
    name = text[run[0].start : run[-1].end]
    name = " ".join(name.split())
    name = strip_possessive(name)
    acronym = _bracketed_acronym(text, run[-1].end)
    return NameMention(
        name=name,
        span=new_span(run[0].start, run[0].start + len(strip_possessive(text[run[0].start : run[-1].end]))),
        kind="organisation",
        subject=run[0].sentence_start,
        acronym=acronym,
        in_brackets=_in_brackets(text, run[0].start),
    )


def _bracketed_acronym(text: str, end: int) -> str | None:
    """``"(RTO)"`` right after a name: the name's acronym."""
    rest = text[end : end + 16]
    if "(" not in rest:
        return None  # the common case, told without stripping
    stripped = rest.lstrip()
    if not stripped.startswith("(") or rest.count("\n", 0, len(rest) - len(stripped)) > 1:
        return None  # a hard line wrap may fall before the bracket, a blank line may not
    close = stripped.find(")")
    if close < 2:
        return None
    inner = stripped[1:close]
    return inner if is_acronym(inner) and " " not in inner else None


_BRACKET_REACH: Final = 300
"""How far back on its line :func:`_in_brackets` looks for an opening parenthesis.

Photo credits are short; an unbounded look-back made every name on a very long
line rescan the line (quadratic time on one-line articles)."""


def _in_brackets(text: str, start: int) -> bool:
    """Whether ``start`` sits inside parentheses opened shortly before on the same line (a photo credit).

    Looks for the last opening bracket first: most names have none near them, which one
    search tells.
    """
    opening = text.rfind("(", max(0, start - _BRACKET_REACH), start)
    if opening < 0:
        return False
    # the bracket must be on the name's line and not closed before the name
    return text.find("\n", opening, start) < 0 and text.find(")", opening, start) < 0


def _descriptor_start(text: str, tokens: list[Token], first: int) -> int:
    """Walk back from a name over its descriptor ("Harborview police chief")."""
    k = first
    while k > 0:
        prev = tokens[k - 1]
        if not _tight(text, prev, tokens[k]) or tokens[k].sentence_start:
            break
        low = prev.base
        if prev.text[:1].isupper():
            if low in nd.NOT_NAME_WORDS and low not in nd.PLACES:
                break
        elif low not in nd.TITLE_WORDS and low not in nd.ORG_HEADS and low not in _CONNECTORS:
            break
        if low in ("the", "and") and not prev.text[:1].isupper():
            break
        k -= 1
    while k < first and tokens[k].low in _CONNECTORS:
        k += 1
    return k


def _title_of(descriptor: list[Token]) -> tuple[str | None, str | None]:
    """The office words at the end of a descriptor ("Prime Minister") and any honorific."""
    honorific = None
    if descriptor and descriptor[-1].low in nd.HONORIFICS:
        honorific = descriptor[-1].text
    words: list[Token] = []
    for token in reversed(descriptor):
        if token.low in nd.TITLE_WORDS and token.low not in ("state", "affairs"):
            words.append(token)
        elif token.low in nd.HONORIFICS and not words:
            continue
        else:
            break
    words.reverse()
    while words and words[0].low not in nd.TITLE_HEADS and not _qualifies(words[0].low):
        words.pop(0)
    if any(w.low in nd.TITLE_HEADS for w in words):
        return (" ".join(w.text for w in words), honorific)
    return (_office_phrase(descriptor) or honorific, honorific)


def _office_phrase(descriptor: list[Token]) -> str | None:
    """ "Minister of Civil Affairs": an office named by a capitalised head and what follows it."""
    for k in range(len(descriptor) - 1, -1, -1):
        token = descriptor[k]
        if token.low in nd.TITLE_HEADS and token.text[:1].isupper():
            first = k
            while first > 0 and _qualifies(descriptor[first - 1].low):
                first -= 1
            return " ".join(t.text for t in descriptor[first:])
    return None


def _qualifies(low: str) -> bool:
    return low in ("prime", "vice", "deputy", "foreign", "defense", "defence", "finance", "interior", "chief")


def _clean_descriptor(descriptor: str | None) -> str | None:
    if descriptor is None:
        return None
    return " ".join(descriptor.split()) or None


# --------------------------------------------------------------------------- registry


class Entry:
    """A person or organisation of one document, gathered while reading it.

    A plain slotted class (see :class:`NameMention`); compared by identity.
    """

    __slots__ = (
        "acronym",
        "aliases",
        "credited",
        "descriptor",
        "first",
        "honorific",
        "key",
        "kind",
        "mentions",
        "name",
        "spoke",
        "strong",
        "surname_first",
        "title",
    )

    def __init__(
        self, name: str, key: tuple[str, ...], kind: PersonKind, first: int, surname_first: bool = False
    ) -> None:
        self.name = name
        self.key = key
        self.kind: PersonKind = kind
        self.first = first
        self.title: str | None = None
        self.descriptor: str | None = None
        self.honorific: str | None = None
        self.surname_first = surname_first
        self.strong = False
        self.credited = False
        self.spoke = False
        self.acronym: str | None = None
        self.mentions: list[Span] = []
        self.aliases: list[str] = []

    def __repr__(self) -> str:
        return f"Entry({self.name!r}, {self.kind!r}, first={self.first})"

    @property
    def short_key(self) -> tuple[str, ...]:
        """The words a short mention uses: the surname (first word when surname-first)."""
        if self.kind != "person" or len(self.key) < 2:
            return self.key
        return self.key[:1] if self.surname_first else self.key[-1:]

    def add_alias(self, alias: str) -> None:
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def to_person(self) -> Person:
        # positional, in field order: a keyword call from compiled code builds a dict
        return new_person(
            self.name,
            self.kind,
            self.title,
            self.descriptor,
            tuple(self.aliases),
            _distinct_in_order(self.mentions),
            self.surname_first,
        )


def _distinct_in_order(spans: list[Span]) -> tuple[Span, ...]:
    """``tuple(sorted(set(spans), key=span_order))`` told by offsets (no span hashing or key calls)."""
    if len(spans) == 1:
        return (spans[0],)
    distinct: dict[tuple[int, int], Span] = {}
    for span in spans:
        distinct.setdefault((span.start, span.end), span)
    return tuple([distinct[offsets] for offsets in sorted(distinct)])


class Lookup:
    """The result of a name lookup: one entry, or the candidates that made it ambiguous.

    A plain slotted class, not an attrs one: every lookup makes one (and mypyc
    compiles it to a native class).
    """

    __slots__ = ("candidates", "entry")

    def __init__(self, entry: Entry | None, candidates: tuple[Entry, ...] = ()) -> None:
        self.entry = entry
        self.candidates = candidates

    def __repr__(self) -> str:
        return f"Lookup({self.entry!r}, {self.candidates!r})"

    @property
    def ambiguous(self) -> bool:
        return self.entry is None and len(self.candidates) > 1


_NOBODY: Final = Lookup(None)
"""The lookup that found nobody (shared: lookups are read, never changed)."""


# A registry event: sort key (position, 0 for a subject / 1 for a speaker, then order) and entry.
Event = tuple[tuple[int, int, int, int], "Entry"]
_UNTOUCHED: Final = 0
_CHECKED: Final = 1
_REGISTERED: Final = 2
# How far before its run a mention's descriptor (and so its subject position) can start.
_LOOK_BACK: Final = 80


def _index_word(word: str) -> str:
    """A run's word as name keys have it (``strip_possessive(word).casefold()``, inlined)."""
    low = word.casefold()
    return low[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else low


def _deferred_words(word: str) -> list[str]:
    """A lone word's link words: as its lookup keys it, and as the known-word test does ("LI'S")."""
    key = _index_word(word)
    low = word.casefold()
    known = low[:-2] if low.endswith(_POSSESSIVE_ENDINGS) else low
    return [key] if known == key else [key, known]


_event_key: Final[Callable[[Event], tuple[int, int, int, int]]] = operator.itemgetter(0)
"""An event's sort key (a C-level getter: bisect calls it once per probe)."""


def _longest_first(pair: tuple[int, NameMention]) -> int:
    """Sort key of :meth:`Registry._register`: names with more words first."""
    return -len(pair[1].tokens)


class Registry:
    """The people and organisations named in one document, with lookup by any alias.

    Runs are read on demand.  Two mentions can only meet in the registry through
    a shared word (a name key word or an acronym), so a lookup or an addition
    first reads every run that shares a word with it, then every run sharing a
    word with those, and so on: those runs make exactly the entries a full read
    would.  Salience reads the runs before a position, latest first, only until
    it finds what it needs.  ``entries``, ``subjects`` and ``acronyms`` read
    everything first.
    """

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._by_key: dict[tuple[str, ...], Entry] = {}
        self._by_word: dict[str, list[Entry]] = {}
        self._acronyms: dict[str, Entry] = {}
        self._events: list[Event] = []
        self._text = ""
        # the capitalised runs, numbered in text order, as parallel lists (no object per run)
        self._runs: list[list[tuple[int, str]]] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._region_starts: list[int] = []
        self._deferred: list[bool] = []  # a lone word that can only be a short name (read if an entry has it)
        self._index: dict[str, list[int]] = {}
        self._state = bytearray()
        self._jump: list[int] = []  # towards the previous untouched run (see _untouched_at_or_before)
        self._all_read = False
        self._described_cost = 0
        self._readings: dict[int, NameMention | None] = {}
        self._visited: set[str] = set()
        self._folded: str | None = None  # the text case-folded, when it lines up with the text
        self._folded_read = False
        self._serial = 0
        # (entry, title, descriptor, strong) of each entry runs made, as it stood when made
        self.made_from_runs: list[tuple[Entry, str | None, str | None, bool]] = []

    @classmethod
    def from_text(cls, text: str, regions: Iterable[Span] | None = None) -> Registry:
        """The registry of the names in ``regions`` of ``text`` (the whole text by default)."""
        registry = cls()
        registry._text = text
        spans = list(regions) if regions is not None else [Span(0, len(text))]
        runs, starts, ends, region_starts, deferreds = (
            registry._runs,
            registry._starts,
            registry._ends,
            registry._region_starts,
            registry._deferred,
        )
        index = registry._index
        lone_words = _LONE_WORDS
        brackets = "(" in text  # without one, no run has a bracketed acronym
        particle = "al-" in text or "el-" in text  # once for every region
        mapped = _mapped_capitals(text)
        for region in spans:
            region_start = region.start  # once per region: a model attribute is a generic look-up compiled
            for run in _capital_runs(text, region_start, region.end, particle, mapped):
                deferred = False
                if len(run) == 1:
                    start, word = run[0]
                    lone = lone_words.get(word, _UNREAD)
                    if lone is _UNREAD:
                        lone = _lone_word(word)
                    if lone is None:
                        continue  # most runs stop here
                    deferred = lone.may_defer and not _previous_word(text, start, region_start)[1]
                    words = lone.deferred_words if deferred else [lone.key]
                else:  # _index_word of each word, inlined
                    words = [
                        w.casefold()[:-2] if w.endswith(_POSSESSIVE_ENDINGS) else w.casefold() for _, w in run
                    ]
                if brackets and not deferred:
                    acronym = _bracketed_acronym(text, run[-1][0] + len(run[-1][1]))
                    if acronym is not None:
                        words.append(acronym.casefold())
                number = len(runs)
                runs.append(run)
                starts.append(run[0][0])
                ends.append(run[-1][0] + len(run[-1][1]))
                region_starts.append(region_start)
                deferreds.append(deferred)
                for word in words:
                    numbers = index.get(word)
                    if numbers is None:
                        index[word] = [number]
                    else:
                        numbers.append(number)
        registry._state = bytearray(len(runs))
        registry._jump = list(range(-1, len(runs) - 1))
        return registry

    # ------------------------------------------------------------------ reading on demand

    def _reading(self, number: int) -> NameMention | None:
        """The mention a (not deferred) run reads as, read once."""
        readings = self._readings
        if number in readings:
            return readings[number]
        mention = _read_capital_run(self._text, self._runs[number], self._region_starts[number])
        if mention is not None and not mention.tokens:
            mention = None
        readings[number] = mention
        return mention

    def _link_words(self, number: int) -> Sequence[str]:
        """The words through which run ``number`` meets others: its name key and acronym."""
        if self._deferred[number]:
            return _deferred_words(self._runs[number][0][1])
        mention = self._reading(number)
        if mention is None:
            return ()
        if mention.acronym is None:
            return mention.tokens
        return (*mention.tokens, mention.acronym.casefold())

    def _read_words(self, words: Sequence[str]) -> None:
        """Register every run that shares a word with ``words``, transitively (see the class doc).

        The closure does not depend on the order words are taken in; a word already
        visited is skipped when it is taken from the queue.
        """
        visited = self._visited
        if visited.issuperset(words):
            return  # the commonest case: a lookup by words already read
        queue = [w for w in words if w not in visited]
        batch: list[int] = []
        state, index = self._state, self._index
        while queue:
            word = queue.pop()
            if word in visited:
                continue
            visited.add(word)
            numbers = index.get(word)
            if numbers is None:
                continue
            for number in numbers:
                if state[number] != _REGISTERED:
                    state[number] = _REGISTERED
                    batch.append(number)
                    queue.extend(self._link_words(number))
        if batch:
            batch.sort()
            self._register(batch)

    def _register(self, batch: list[int]) -> None:
        """Add runs to the registry as a full read does: longest names first, then the short names."""
        full: list[tuple[int, NameMention]] = []
        short: list[tuple[int, NameMention | None]] = []
        for number in batch:
            if self._deferred[number]:
                short.append((number, None))
                continue
            mention = self._reading(number)
            del self._readings[number]  # a registered run is never read again: keep fewer objects alive
            if mention is None:
                continue
            if mention.kind == "person" and len(mention.tokens) == 1 and mention.title is None:
                short.append((number, mention))
            else:
                full.append((number, mention))
        if len(full) > 1:
            full.sort(key=_longest_first)
        made = len(self._entries)
        for number, mention in full:
            entry = self._add(mention)
            if mention.subject and (len(entry.key) > 1 or entry.strong):
                position = mention.descriptor_start or mention.span.start
                self._insert_event(((position, 0, -len(mention.tokens), number), entry))
        for number, read in short:
            if read is None:
                start, word = self._runs[number][0]  # named, not starred: a starred call is a generic call
                read = self._known_word(self._text, self._region_starts[number], start, word)
            if read is None:
                continue
            found = self._add_short(read)
            if found is not None and read.subject and (len(found.key) > 1 or found.strong):
                self._insert_event(((read.span.start, 0, 1, number), found))
        for entry in self._entries[made:]:
            self.made_from_runs.append((entry, entry.title, entry.descriptor, entry.strong))

    def _insert_event(self, event: Event) -> None:
        _insort(self._events, event, key=_event_key)

    def _untouched_at_or_before(self, number: int) -> int:
        """The last run at or before ``number`` not yet checked or registered (-1 if none).

        Touched runs are jumped over with path compression, so the salience walks of a
        document together stay linear however many pronouns look back past the same runs.
        """
        state, jump = self._state, self._jump
        path: list[int] = []
        while number >= 0 and state[number] != _UNTOUCHED:
            path.append(number)
            number = jump[number]
        for passed in path:
            jump[passed] = number
        return number

    def _check(self, number: int) -> None:
        """Read a run for salience: if it is a sentence subject, register it (and what it meets)."""
        if self._state[number] != _UNTOUCHED:
            return
        self._state[number] = _CHECKED
        if self._may_be_subject(number):
            self._read_words(self._link_words(number))

    def _may_be_subject(self, number: int) -> bool:
        """Whether a run can be a sentence subject, read only when the cheap tests cannot tell."""
        text = self._text
        start, region_start, deferred = (
            self._starts[number],
            self._region_starts[number],
            self._deferred[number],
        )
        if opens_at(text, start, region_start):
            return deferred or self._is_subject(number)
        if not deferred and _previous_word(text, start, region_start)[1]:
            return self._is_subject(number)  # a descriptor before the run may open the sentence
        if not after_lead_in(text, start):
            return False
        return deferred or self._is_subject(number)

    def _is_subject(self, number: int) -> bool:
        mention = self._reading(number)
        return mention is not None and mention.subject

    def read_all(self) -> None:
        """Read every run (what a full scan does)."""
        if self._all_read:
            return
        self._all_read = True
        for number in range(len(self._runs)):
            if self._state[number] != _REGISTERED:
                self._read_words(self._link_words(number))
                self._state[number] = _REGISTERED

    def read_described(self, words: set[str]) -> None:
        """Read the runs with two or more of ``words`` near them (in a descriptor or an apposition).

        A person's title and descriptor are text within 80 characters before one of
        its runs or 125 after, so only those runs can make a person described by the words.
        """
        if self._all_read:
            return
        self._described_cost += len(self._runs)
        if self._described_cost > 4 * len(self._runs) + 4000:
            self.read_all()  # many role mentions: one full read costs less than scanning each time
            return
        text = self._text
        if not self._folded_read:
            self._folded_read = True
            self._folded = _aligned_fold(text)
        folded = self._folded
        for number, start in enumerate(self._starts):
            if self._state[number] == _REGISTERED or self._deferred[number]:
                continue
            if _words_near(text, folded, max(0, start - _LOOK_BACK), self._ends[number] + 125, words) >= 2:
                self._read_words(self._link_words(number))
                self._state[number] = _REGISTERED

    def read_credited(self) -> None:
        """Read the runs inside brackets (photo credits): their people are published."""
        opening = self._text.find("(")
        if opening < 0:
            return  # no bracket anywhere (most stories): no run can be inside one
        for number, start in enumerate(self._starts):
            if (
                start > opening
                and self._state[number] != _REGISTERED
                and not self._deferred[number]
                and _in_brackets(self._text, start)
            ):
                self._read_words(self._link_words(number))

    # ------------------------------------------------------------------ salience

    def note_speaker(self, position: int, entry: Entry) -> None:
        """A speaker event: ``entry`` spoke at ``position`` (after the subjects there)."""
        self._serial += 1
        _insort(self._events, ((position, 1, self._serial, 0), entry), key=_event_key)

    def recent(self, position: int, limit: int) -> Iterator[Entry]:
        """The subjects and speakers before ``position``, latest first (at most ``limit``).

        Reads the runs before ``position`` only as far back as the events it yields.
        """
        bound: tuple[int, int, int, int] = (position, -1, 0, 0)
        unchecked = self._untouched_at_or_before(_bisect_left(self._starts, position + _LOOK_BACK) - 1)
        events = self._events
        at = _bisect_left(events, bound, key=_event_key) - 1
        given = 0
        while given < limit:
            latest = events[at][0][0] if at >= 0 else -1
            # a run can hold an event no later than its end: read those ending after the latest known
            if unchecked >= 0 and self._ends[unchecked] >= latest:
                self._check(unchecked)
                unchecked = self._untouched_at_or_before(unchecked - 1)
                at = _bisect_left(events, bound, key=_event_key) - 1  # the check may add events
                continue
            if at < 0:
                return
            bound, entry = events[at]
            at -= 1
            given += 1
            yield entry

    def recent_registered(self, position: int, limit: int) -> Iterator[Entry]:
        """Like :meth:`recent` for a search that can only match registered entries (no reading)."""
        if len(self._runs) + len(self._events) > limit:
            yield from self.recent(position, limit)
            return
        at = _bisect_left(self._events, (position, -1, 0, 0), key=_event_key)
        for _, entry in reversed(self._events[:at]):
            yield entry

    # ------------------------------------------------------------------ the full view

    @property
    def entries(self) -> list[Entry]:
        """Every entry, in the order they were made (reads every run first)."""
        self.read_all()
        return self._entries

    @property
    def read_entries(self) -> list[Entry]:
        """The entries made so far (without reading more runs)."""
        return self._entries

    @property
    def acronyms(self) -> dict[str, Entry]:
        """Entries by acronym ("ato"), case-folded (reads every run first)."""
        self.read_all()
        return self._acronyms

    def acronym(self, word: str) -> Entry | None:
        """The entry with acronym ``word`` (case-folded), reading only the runs it needs."""
        self._read_words((word,))
        return self._acronyms.get(word)

    @property
    def subjects(self) -> list[tuple[int, Entry]]:
        """``(position, entry)`` of every sentence subject, in text order (reads every run first)."""
        self.read_all()
        return [(key[0], entry) for key, entry in self._events if key[1] == 0]

    # ------------------------------------------------------------------ adding and lookup

    def _known_word(self, text: str, region_start: int, start: int, word: str) -> NameMention | None:
        """A deferred lone word as a mention, if some entry has that word (else it cannot match)."""
        low = word.casefold()
        if low.endswith(_POSSESSIVE_ENDINGS):
            low = low[:-2]
        if low not in self._by_word and low not in self._acronyms:
            return None
        return _single_word(text, start, word, opens_at(text, start, region_start))

    def add(self, mention: NameMention, *, credited: bool = False) -> Entry:
        """Record a full mention, merging it with an entry of the same name."""
        words = list(mention.tokens)
        if mention.acronym is not None:
            words.append(mention.acronym.casefold())
        self._read_words(words)
        return self._add(mention, credited=credited)

    def _add(self, mention: NameMention, *, credited: bool = False) -> Entry:
        key = mention.tokens
        entry = self._by_key.get(key)
        if entry is None and key and mention.kind in ("person", "organisation"):
            candidates = [
                e for e in self._by_word.get(key[0], []) if e.kind == mention.kind and _affix_match(e, key)
            ]
            found = _choose(candidates, None)
            entry = found.entry
        if entry is None:
            entry = Entry(
                name=mention.name,
                key=key,
                kind=mention.kind,
                first=mention.span.start,
                surname_first=mention.kind == "person" and is_surname_first(key),
            )
            self._entries.append(entry)
            self._by_key[key] = entry
            for word in key:
                self._by_word.setdefault(word, []).append(entry)
        elif mention.name != entry.name:
            entry.add_alias(mention.name)
        entry.mentions.append(mention.span)
        entry.first = min(entry.first, mention.span.start)
        titled = mention.title is not None or mention.honorific is not None
        if titled and entry.title is None:
            entry.title = mention.title
            entry.descriptor = mention.descriptor
        if mention.honorific and entry.honorific is None:
            entry.honorific = mention.honorific
        entry.strong = entry.strong or (titled and not mention.in_brackets) or mention.kind != "person"
        entry.credited = entry.credited or credited or mention.in_brackets
        if mention.acronym is not None:
            entry.acronym = mention.acronym
            entry.add_alias(mention.acronym)
            self._acronyms.setdefault(mention.acronym.casefold(), entry)
        if titled and mention.title and len(key) == 1 and mention.title not in entry.aliases:
            entry.add_alias(f"{mention.title} {mention.name}")
        return entry

    def add_short(self, mention: NameMention) -> Entry | None:
        """Attach a one-word mention ("Bektenov") to the entry it names, if there is one."""
        self._read_words(mention.tokens)
        return self._add_short(mention)

    def _add_short(self, mention: NameMention) -> Entry | None:
        found = self._lookup(mention.name, mention.span.start)
        if found.entry is not None:
            found.entry.mentions.append(mention.span)
            found.entry.add_alias(mention.name)
        return found.entry

    def add_credit(self, name: str, span: Span, role: str) -> Entry:
        """A byline or photo credit: the person joins the registry as credited."""
        mention = NameMention(name=name, span=span, kind="person", descriptor=role)
        entry = self.add(mention, credited=True)
        if entry.descriptor is None:
            entry.descriptor = role
        return entry

    def lookup(self, name: str, position: int | None = None) -> Lookup:
        """The entry ``name`` refers to: exact name, acronym, surname, then any word.

        Credited-only people (photographers) lose to people named in the story;
        among several candidates named before ``position`` none is chosen and
        the result is ambiguous.
        """
        key = _name_key(name)
        self._read_words(key)
        return self._lookup_key(key, position)

    def _lookup(self, name: str, position: int | None) -> Lookup:
        return self._lookup_key(_name_key(name), position)

    def _lookup_key(self, key: tuple[str, ...], position: int | None) -> Lookup:
        if not key:
            return _NOBODY
        exact = self._by_key.get(key)
        if exact is not None:
            return Lookup(exact)
        if len(key) == 1 and key[0] in self._acronyms:
            return Lookup(self._acronyms[key[0]])
        pool = self._by_word.get(key[0], [])
        preferred = [e for e in pool if _affix_match(e, key)]
        chosen = _choose(preferred, position)
        if chosen.entry is not None or chosen.ambiguous:
            return chosen
        anywhere = [e for e in pool if _contains(e.key, key)]
        return _choose(anywhere, position)


def _aligned_fold(text: str) -> str | None:
    """``text.casefold()`` when each character folds to one (so its offsets are the text's), else ``None``.

    Folding maps each character on its own; none folds to nothing, so the same
    length means one character for one.
    """
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


def _words_near(text: str, folded: str | None, low: int, high: int, words: set[str]) -> int:
    """How many of ``words`` occur in ``text[low:high].casefold()`` (``low`` within the text, not past ``high``).

    ``folded`` is :func:`_aligned_fold` of the text: then each word is looked for in
    its range, and no window is cut and folded for every run.
    """
    count = 0
    if folded is None:
        window = text[low:high].casefold()
        for word in words:
            if word in window:
                count += 1
        return count
    for word in words:
        if folded.find(word, low, high) >= 0:
            count += 1
    return count


def _affix_match(entry: Entry, key: tuple[str, ...]) -> bool:
    """``key`` is the entry's surname, or a run of words at the surname end of its name."""
    if len(key) >= len(entry.key):
        return False
    if entry.kind != "person":
        return entry.key[-len(key) :] == key
    if entry.surname_first:
        return entry.key[: len(key)] == key
    return entry.key[-len(key) :] == key


def _contains(words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    size = len(key)
    return any(words[i : i + size] == key for i in range(len(words) - size + 1))


def _all_one(candidates: list[Entry]) -> bool:
    """Whether every candidate is the same entry (the commonest case: one candidate)."""
    first = candidates[0]
    return len(candidates) == 1 or all(entry is first for entry in candidates)


def _choose(candidates: list[Entry], position: int | None) -> Lookup:
    if not candidates:
        return _NOBODY
    if _all_one(candidates):
        return Lookup(candidates[0])
    story = [e for e in candidates if not (e.credited and not e.strong)]
    if position is not None:
        before = [e for e in story if e.first <= position]
        story = before or story
    strong = [e for e in story if e.strong]
    pick = strong if strong else story
    if len(pick) == 1:
        return Lookup(pick[0])
    return Lookup(None, tuple(pick or candidates))


# --------------------------------------------------------------------------- public helper


def find_person(people: Sequence[Person], mention: str) -> Person | None:
    """The person of ``people`` that ``mention`` names, by name, alias, title + surname or surname.

    For query code over a finished ``Document.people``: ``"Li"``,
    ``"Li Qiang"`` and ``"Premier Li"`` all find Li Qiang.  Returns ``None`` when
    nobody matches or when the mention fits several people equally well.
    """
    key = _without_title(_name_key(mention))
    if not key:
        return None
    tiers: list[list[Person]] = [[], [], []]
    for person in people:
        keys = [_name_key(person.name), *(_name_key(a) for a in person.aliases)]
        if key in keys:
            tiers[0].append(person)
            continue
        full = keys[0]
        surname = full[:1] if person.surname_first else full[-1:]
        if person.kind == "person" and len(full) > 1 and key == surname:
            tiers[1].append(person)
        elif _contains(full, key):
            tiers[2].append(person)
    for tier in tiers:
        if len(tier) == 1:
            return tier[0]
        if tier:
            return None
    return None


def _without_title(key: tuple[str, ...]) -> tuple[str, ...]:
    """``("premier", "li")`` -> ``("li",)``: drop leading titles and honorifics."""
    k = 0
    while k < len(key) - 1 and (key[k] in nd.TITLE_WORDS or key[k] in nd.HONORIFICS):
        k += 1
    return key[k:]


def span_order(span: Span) -> tuple[int, int]:
    """Sort key for spans (a plain tuple: cheaper than the generated comparison)."""
    return (span.start, span.end)
