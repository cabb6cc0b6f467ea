"""The cue lexicon: verbs and phrases that introduce speech, by tier.

A cue is the word (or phrase) that ties a speaker to what was said: "said",
"told", "pointed out", "according to".  Entries are lemmas with a tier and a
frame class; :data:`INFLECTIONS` and a few spelling rules generate the surface
forms, so no lemmatizer is needed.

Tiers (see ``docs/quotes.md``):

1. core speech verbs (say, tell, add, note, stress ...)
2. the diplomatic / Xinhua register (hail, welcome, voice, condemn, express ...)
3. evidential prepositions (according to, quoting, citing)
4. participial adjuncts (noting that, adding that ...) -- the ``-ing`` forms of
   tiers 1 and 2, marked by their ``form``
6. cognition and attitude (believe, think, hope ...): only with
   ``Config(cognition_cues=True)``

Frame classes say what follows the cue:

- ``"clause"``: a reported clause, "that" optional ("said (that) C")
- ``"that"``: a clause only with "that", ":" or a quote ("argued that C"); bare
  objects are not speech ("he maintained ties")
- ``"object"``: the content is the object and what follows ("urged X to ...",
  "condemned the attack")
- ``"tell"``: an addressee first, then the clause ("told reporters (that) C")
- ``"prep"``: a preposition naming the source ("according to S")
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

CueClass = Literal["clause", "that", "object", "tell", "prep"]
CueFormKind = Literal["base", "s", "past", "ing", "fixed"]


@dataclass(frozen=True, slots=True)
class CueForm:
    """One surface form of a cue: ``"pointed out"`` -> lemma ``"point out"``."""

    surface: str
    lemma: str
    tier: int
    cls: CueClass
    form: CueFormKind


# lemma -> (tier, frame class)
LEXICON: Final[dict[str, tuple[int, CueClass]]] = {
    # tier 1: core speech
    "say": (1, "clause"),
    "tell": (1, "tell"),
    "add": (1, "clause"),
    "state": (1, "that"),
    "note": (1, "clause"),
    "explain": (1, "clause"),
    "stress": (1, "clause"),
    "emphasize": (1, "clause"),
    "emphasise": (1, "clause"),
    "underline": (1, "that"),
    "underscore": (1, "clause"),
    "reiterate": (1, "clause"),
    "point out": (1, "clause"),
    "remark": (1, "that"),
    "comment": (1, "that"),
    "mention": (1, "object"),
    "announce": (1, "object"),
    "declare": (1, "object"),
    "report": (1, "object"),
    "reply": (1, "clause"),
    "respond": (1, "that"),
    "answer": (1, "clause"),
    "write": (1, "that"),
    "tweet": (1, "clause"),
    "ask": (1, "object"),
    "confirm": (1, "clause"),
    "acknowledge": (1, "clause"),
    "admit": (1, "clause"),
    "concede": (1, "clause"),
    "insist": (1, "clause"),
    "maintain": (1, "that"),
    "argue": (1, "clause"),
    "contend": (1, "clause"),
    "claim": (1, "clause"),
    "assert": (1, "that"),
    "allege": (1, "clause"),
    "deny": (1, "that"),
    "reveal": (1, "clause"),
    "disclose": (1, "that"),
    "recall": (1, "clause"),
    "warn": (1, "clause"),
    "caution": (1, "clause"),
    "urge": (1, "object"),
    "call on": (1, "object"),
    "call upon": (1, "object"),
    "call for": (1, "object"),
    "appeal to": (1, "object"),
    "demand": (1, "that"),
    "propose": (1, "object"),
    "suggest": (1, "clause"),
    "recommend": (1, "clause"),
    "promise": (1, "object"),
    "pledge": (1, "object"),
    "vow": (1, "object"),
    "predict": (1, "clause"),
    "estimate": (1, "that"),
    "conclude": (1, "clause"),
    "continue": (1, "that"),
    "go on": (1, "that"),
    "testify": (1, "that"),
    "observe": (1, "that"),
    "quip": (1, "that"),
    "joke": (1, "that"),
    "exclaim": (1, "that"),
    "shout": (1, "that"),
    "affirm": (1, "that"),
    "complain": (1, "clause"),
    "repeat": (1, "that"),
    "assure": (1, "that"),
    "indicate": (1, "that"),
    "quote as saying": (1, "clause"),
    "describe": (1, "object"),
    "post": (1, "that"),
    "threaten": (1, "object"),
    "charge": (1, "that"),
    "remind": (1, "object"),
    "boast": (1, "clause"),
    "question": (1, "object"),
    "cite": (1, "object"),
    # tier 2: diplomatic / Xinhua register
    "express hope": (2, "that"),
    "express the hope": (2, "that"),
    "express confidence": (2, "that"),
    "express concern": (2, "that"),
    "voice": (2, "object"),
    "express": (2, "object"),
    "decry": (2, "object"),
    "hail": (2, "object"),
    "welcome": (2, "that"),
    "praise": (2, "object"),
    "laud": (2, "object"),
    "commend": (2, "object"),
    "highlight": (2, "clause"),
    "reaffirm": (2, "clause"),
    "agree": (2, "clause"),
    "condemn": (2, "object"),
    "denounce": (2, "object"),
    "criticize": (2, "object"),
    "criticise": (2, "object"),
    "accuse": (2, "object"),
    "blame": (2, "object"),
    # tier 3: evidential prepositions
    "according to": (3, "prep"),
    # tier 6: cognition, opt-in
    "believe": (6, "that"),
    "think": (6, "that"),
    "feel": (6, "that"),
    "fear": (6, "that"),
    "hope": (6, "that"),
    "worry": (6, "that"),
    "expect": (6, "that"),
    "know": (6, "that"),
    "consider": (6, "that"),
}

COGNITION_TIER: Final = 6

# Irregular verbs: lemma head -> (3rd person -s, past forms, -ing).
INFLECTIONS: Final[dict[str, tuple[str, tuple[str, ...], str]]] = {
    "say": ("says", ("said",), "saying"),
    "tell": ("tells", ("told",), "telling"),
    "write": ("writes", ("wrote", "written"), "writing"),
    "hold": ("holds", ("held",), "holding"),
    "speak": ("speaks", ("spoke", "spoken"), "speaking"),
    "swear": ("swears", ("swore", "sworn"), "swearing"),
    "think": ("thinks", ("thought",), "thinking"),
    "feel": ("feels", ("felt",), "feeling"),
    "know": ("knows", ("knew", "known"), "knowing"),
    "go": ("goes", ("went", "gone"), "going"),
    "quote": ("quotes", ("quoted",), "quoting"),
}

# Verbs that double their final consonant (admit -> admitted).
_DOUBLING: Final = frozenset({"admit", "quip", "regret", "commit", "omit", "refer"})
_VOWELS: Final = frozenset("aeiou")


def verb_forms(verb: str) -> dict[CueFormKind, tuple[str, ...]]:
    """The base, -s, past and -ing forms of one verb, by spelling rule or table."""
    if verb in INFLECTIONS:
        irregular = INFLECTIONS[verb]
        return {"base": (verb,), "s": (irregular[0],), "past": irregular[1], "ing": (irregular[2],)}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in _DOUBLING:
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    elif verb.endswith("ee"):
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2] not in _VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    return {"base": (verb,), "s": (third,), "past": (past,), "ing": (ing,)}


def _forms_of(lemma: str, tier: int, cls: CueClass) -> list[CueForm]:
    if cls == "prep":
        return [CueForm(lemma, lemma, tier, cls, "fixed")]
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    forms: list[CueForm] = []
    for kind, words in verb_forms(head).items():
        for word in words:
            forms.append(CueForm(word + tail, lemma, tier, cls, kind))
    return forms


def _build() -> dict[str, CueForm]:
    table: dict[str, CueForm] = {}
    for lemma, (tier, cls) in LEXICON.items():
        for form in _forms_of(lemma, tier, cls):
            table.setdefault(form.surface, form)
    return table


CUE_FORMS: Final[dict[str, CueForm]] = _build()
"""Every surface form (lower case) -> its :class:`CueForm`."""


def lookup(surface: str) -> CueForm | None:
    """The cue a surface form belongs to ("Pointed  out" -> point out), else None.

    >>> lookup("pointed out").lemma
    'point out'
    >>> lookup("Noting").form
    'ing'
    >>> lookup("table") is None
    True
    """
    return CUE_FORMS.get(" ".join(surface.lower().split()))


Trie = dict[str, "Trie"]


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie, so a failing position costs one test."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: Trie) -> str:
    branches = []
    optional = False
    for char in sorted(node):
        if char == "":
            optional = True
            continue
        child = node[char]
        literal = r"\s+" if char == " " else re.escape(char)
        branches.append(literal + _node_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


# Base forms ("officials say") only for verbs whose base is rarely a noun.
_BARE_BASE_LEMMAS: Final = frozenset(
    {"say", "tell", "add", "warn", "urge", "argue", "insist", "agree", "deny", "admit"}
    | {"complain", "call on", "call for", "point out", "believe", "think", "fear", "hope"}
    | {"suggest", "claim", "vow", "pledge", "promise"}
)


_SPACE_CHARS: Final = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Exactly what ``\\s`` matches, spelled out for a character class: a plain class of
code points is tested faster by the regex engine than the ``\\s`` category."""


_LEAD: Final = "[" + _SPACE_CHARS + r"\"“‘(\[—–/-]"
"""What may stand right before a cue: a space, an opening quote or bracket, a dash."""
_ASCII_LEAD: Final = '[\t\n\x0b\x0c\r\x1c-\x1f "(\\[/-]'
"""The characters of :data:`_LEAD` below 128: in a text of ASCII only (``str.isascii``
costs nothing) this class finds the same leads, and a class of code points below 128
is tested much faster than one with typographic marks."""


def _cue_words(include_cognition: bool) -> list[str]:
    """The surface forms the cue search looks for, with the sentence-initial capitals."""
    words: list[str] = []
    for surface, form in CUE_FORMS.items():
        if form.tier == COGNITION_TIER and not include_cognition:
            continue
        if form.form == "base" and form.lemma not in _BARE_BASE_LEMMAS:
            continue
        words.append(surface)
        if form.form in ("ing", "fixed") or form.lemma == "quote as saying" or surface == "asked":
            words.append(surface[0].upper() + surface[1:])  # sentence-initial "Noting", "Asked"
    return words


def _cue_regex(words: list[str], lead: str) -> re.Pattern[str]:
    # A literal trie after one boundary character: a pattern that opens with a plain
    # character class lets the regex engine skip to candidate positions in C (a cue
    # at the very start of the text is found by the anchored variant, lead "").
    # Linear, no nested quantifiers.  Group 1 is the cue.
    return re.compile(lead + "(" + _trie_pattern(words) + r")(?![\w'’-])")


def _ungrouped_cue_regex(words: list[str], lead: str) -> re.Pattern[str]:
    """As :func:`_cue_regex`, without the group: the lead is one character, so the
    cue is the match minus its first character, and a pattern with no group to
    mark runs each attempt at a lead faster."""
    return re.compile(lead + "(?:" + _trie_pattern(words) + r")(?![\w'’-])")


def _first_word_needles(words: list[str]) -> dict[bytes, bytes]:
    """Each cue's first word in lower case -> that word between two spaces, the
    needle searched for in the letters-only copy of a text (see :func:`find_cues`)."""
    firsts = {word.split()[0].lower() for word in words}
    return {first.encode("ascii"): f" {first} ".encode("ascii") for first in sorted(firsts)}


_WORDS: Final = _cue_words(False)
_WORDS_COGNITION: Final = _cue_words(True)

CUE_RE: Final[re.Pattern[str]] = _cue_regex(_WORDS, _LEAD)
"""Finds every surface form of tiers 1-4 (whole words only, the cue in group 1)."""
CUE_RE_COGNITION: Final[re.Pattern[str]] = _cue_regex(_WORDS_COGNITION, _LEAD)
"""As :data:`CUE_RE`, with the cognition tier added."""
CUE_RE_ASCII: Final[re.Pattern[str]] = _cue_regex(_WORDS, _ASCII_LEAD)
"""As :data:`CUE_RE`, for texts of ASCII characters only (faster, same matches)."""
CUE_RE_COGNITION_ASCII: Final[re.Pattern[str]] = _cue_regex(_WORDS_COGNITION, _ASCII_LEAD)
CUE_AT_RE: Final[re.Pattern[str]] = _cue_regex(_WORDS_COGNITION, "")
"""A cue word starting exactly where ``.match`` is asked to look."""

_AT_LEAD: Final = _ungrouped_cue_regex(_WORDS, _LEAD)
_AT_ASCII_LEAD: Final = _ungrouped_cue_regex(_WORDS, _ASCII_LEAD)
_COGNITION_LEADS: Final[dict[bool, re.Pattern[str]]] = {}


def _cognition_lead_pattern(ascii_only: bool) -> re.Pattern[str]:
    """The pattern :func:`find_cues` tries at the leads with the cognition tier:
    compiled on first use, as only ``Config(cognition_cues=True)`` needs it (an
    import saves compiling two large patterns, about 35 ms)."""
    pattern = _COGNITION_LEADS.get(ascii_only)
    if pattern is None:
        lead = _ASCII_LEAD if ascii_only else _LEAD
        pattern = _COGNITION_LEADS[ascii_only] = _ungrouped_cue_regex(_WORDS_COGNITION, lead)
    return pattern


_FIRST_WORDS: Final = _first_word_needles(_WORDS)
_FIRST_WORDS_COGNITION: Final = _first_word_needles(_WORDS_COGNITION)
_FIRST_WORD_SET: Final = frozenset(_FIRST_WORDS)
_FIRST_WORD_SET_COGNITION: Final = frozenset(_FIRST_WORDS_COGNITION)
_FOLDED_LETTERS: Final = bytes(
    ord(chr(code).lower()) if code < 128 and chr(code).isalpha() else 32 for code in range(256)
)
"""A ``bytes.translate`` table: an ASCII letter to its lower case, every other byte to a space."""


def find_cues(text: str, start: int, end: int, cognition: bool = False) -> list[tuple[int, int, str]]:
    """Every match of :data:`CUE_RE` (or its cognition variant) in ``[start, end)``.

    Returns the cues (group 1) as (start, end, surface), in order.

    >>> find_cues("Li said, noting that it rained.", 0, 31)
    [(3, 7, 'said'), (9, 15, 'noting')]
    """
    if cognition:
        pattern = _cognition_lead_pattern(text.isascii())
    elif text.isascii():
        pattern = _AT_ASCII_LEAD
    else:
        pattern = _AT_LEAD
    found: list[tuple[int, int, str]] = []
    resume = start
    for lead in _candidate_leads(text, start, end, cognition):
        if lead < resume:
            continue  # inside the previous cue: "saying" in "quoted as saying"
        match = pattern.match(text, lead, end)
        if match is not None:
            resume = match.end()
            found.append((lead + 1, resume, text[lead + 1 : resume]))
    return found


def _candidate_leads(text: str, start: int, end: int, cognition: bool) -> list[int]:
    """Every offset in ``[start, end)`` where a cue's lead may stand, in order.

    A cue's first word is a whole run of ASCII letters right after its lead (a
    space, mark or dash, never a letter).  In a copy of the text with each letter
    in lower case and every other character a space (one byte a character, so the
    offsets hold), that is one of the cues' first words between two spaces: the
    words present are found by one split (in C), then each is searched for.  The
    pattern tried at these leads alone, in order and each past the previous match,
    repeats the scan's leftmost, non-overlapping matches.
    """
    encoded = text.encode("ascii") if text.isascii() else text.encode("ascii", "replace")
    letters = encoded[:end].translate(_FOLDED_LETTERS) + b" "  # a space closes a word at ``end``
    present = (_FIRST_WORD_SET_COGNITION if cognition else _FIRST_WORD_SET).intersection(
        letters[start:end].split()
    )
    if not present:
        return []
    needles = _FIRST_WORDS_COGNITION if cognition else _FIRST_WORDS
    leads: list[int] = []
    stop = end + 1
    for word in present:
        needle = needles[word]
        position = letters.find(needle, start, stop)
        while position >= 0:
            leads.append(position)
            position = letters.find(needle, position + len(word) + 1, stop)
    if len(present) > 1:
        leads.sort()
    return leads
