"""The people registry: name splitting, name order, lookup, ambiguity and find_person."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.model import Person, Span
from newsdoc.parse.people import (
    Registry,
    _can_open,
    find_names,
    find_person,
    is_surname_first,
    name_key,
    scan_names,
    tokenize,
)

STORY = (
    "LUMARA, May 2 (Xinhua) -- Freedonian Prime Minister Oskar Valdemar met Chinese Vice Premier "
    "Zhao Mingwei and ROK envoy Song Min-ho in Lumara on Friday.\n\n"
    "Valdemar said the talks were useful. Zhao said the ports would reopen.\n\n"
    "The Coastal Shipping Authority (CSA) said the berths were ready, while Mr. Tobias Renn, "
    "a harbour pilot, said the channel was deep enough.\n"
)


def names(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.name, m.title, m.descriptor) for m in find_names(text, tokenize(text))]


def test_tokenize_marks_sentence_starts_but_not_after_honorifics() -> None:
    tokens = tokenize("He left. Mr. Renn stayed.")
    starts = {t.text: t.sentence_start for t in tokens}
    assert starts["He"] is True
    assert starts["Mr"] is True
    assert starts["Renn"] is False
    assert starts["stayed"] is False


def test_tokenize_short_plain_words_like_a_long_text() -> None:
    # a short range of plain words takes a shortcut; it must give the regex tokenizer's tokens
    padding = " and then the pilots went home to rest after the long night shift"
    for words in ("He", "the ministry", "Chinese Premier Zhao Mingwei", "ROK envoy Song", "él dijo"):
        long_tokens = tokenize(words + padding)[: len(words.split())]
        assert tokenize(words) == long_tokens
        assert tokenize("x " + words, 2) == [
            t._replace(start=t.start + 2, end=t.end + 2) for t in long_tokens
        ]
    # not plain words: the tokenizer runs ("Mr. Renn" opens no sentence at "Renn", "O'Neill" is one word)
    assert [t.text for t in tokenize("Mr. Renn")] == ["Mr", "Renn"]
    assert [t.sentence_start for t in tokenize("Mr. Renn")] == [True, False]
    assert [t.text for t in tokenize("Sean O'Neill's")] == ["Sean", "O'Neill's"]
    assert tokenize("Sean O'Neill's")[1].base == "o'neill"
    assert [t.text for t in tokenize("two  spaces")] == ["two", "spaces"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZéÉ .'’-,\n", max_size=40))
def test_tokenize_shortcut_agrees_with_the_pattern(words: str) -> None:
    # past 48 characters tokenize always runs its pattern: the tokens of the short text
    # must be those the pattern finds for it inside a longer one
    short = tokenize(words)
    long_tokens = tokenize(words + " " + "z" * 60)
    assert short == long_tokens[: len(short)]
    assert long_tokens[len(short)].text == "z" * 60


def test_titles_and_descriptors_are_split_from_names() -> None:
    found = names(STORY)
    assert ("Oskar Valdemar", "Prime Minister", "Freedonian Prime Minister") in found
    assert ("Zhao Mingwei", "Vice Premier", "Chinese Vice Premier") in found
    assert ("Song Min-ho", "envoy", "ROK envoy") in found


def test_lower_case_descriptor_before_a_name() -> None:
    found = names("Portville police chief Anna Berg said on Monday that the road was closed.")
    assert found[-1] == ("Anna Berg", "chief", "Portville police chief")


def test_honorific_person_takes_the_apposition_as_descriptor() -> None:
    found = names(STORY)
    assert ("Tobias Renn", "Mr", "a harbour pilot") in found


def test_name_order() -> None:
    assert is_surname_first(("Zhao", "Mingwei"))
    assert is_surname_first(("Song", "Min-ho"))
    assert not is_surname_first(("Oskar", "Valdemar"))
    assert not is_surname_first(("Zhao",))


def test_short_mentions_follow_name_order() -> None:
    registry = Registry.from_text(STORY)
    assert registry.lookup("Zhao").entry is not None
    assert registry.lookup("Zhao").entry.name == "Zhao Mingwei"  # type: ignore[union-attr]
    assert registry.lookup("Valdemar").entry.name == "Oskar Valdemar"  # type: ignore[union-attr]
    assert registry.lookup("Song").entry.name == "Song Min-ho"  # type: ignore[union-attr]
    # the given name of a surname-first name is not its surname
    assert registry.lookup("Mingwei").entry.name == "Zhao Mingwei"  # type: ignore[union-attr]


def test_organisation_and_its_acronym() -> None:
    registry = Registry.from_text(STORY)
    entry = registry.lookup("CSA").entry
    assert entry is not None
    assert entry.name == "Coastal Shipping Authority"
    assert entry.kind == "organisation"


def test_shared_surname_is_ambiguous_not_guessed() -> None:
    text = "Vice Premier Zhao Mingwei and Trade Minister Zhao Lihua toured the port. Zhao said it was busy."
    result = Registry.from_text(text).lookup("Zhao", text.index("Zhao said"))
    assert result.entry is None
    assert result.ambiguous
    assert {e.name for e in result.candidates} == {"Zhao Mingwei", "Zhao Lihua"}


def test_later_longer_name_absorbs_an_earlier_partial_one() -> None:
    text = "Spokesman Abu Karim spoke first. Later, spokesman Nabil Abu Karim said the crossing was open."
    registry = Registry.from_text(text)
    assert [e.name for e in registry.entries if e.kind == "person"] == ["Nabil Abu Karim"]


def test_name_key_folds_case_possessives_and_suffixes() -> None:
    assert name_key("Trump's") == ("trump",)
    assert name_key("John Doe Jr.") == ("john", "doe")


PEOPLE = (
    Person(name="Li Qiang", title="Premier", aliases=("Li",), surname_first=True),
    Person(name="Olzhas Bektenov", title="Prime Minister", aliases=("Bektenov",)),
    Person(name="Li Xueren", descriptor="photographer", surname_first=True),
    Person(name="Ministry of Ports", kind="organisation", aliases=("MOP",)),
)


def test_find_person_by_name_alias_title_and_surname() -> None:
    assert find_person(PEOPLE, "Li Qiang") is PEOPLE[0]
    assert find_person(PEOPLE, "Li") is PEOPLE[0]
    assert find_person(PEOPLE, "Premier Li") is PEOPLE[0]
    assert find_person(PEOPLE, "Bektenov") is PEOPLE[1]
    assert find_person(PEOPLE, "Prime Minister Olzhas Bektenov") is PEOPLE[1]
    assert find_person(PEOPLE, "MOP") is PEOPLE[3]
    assert find_person(PEOPLE, "Xueren") is PEOPLE[2]
    assert find_person(PEOPLE, "Nobody") is None
    assert find_person(PEOPLE, "") is None


def test_find_person_refuses_an_ambiguous_surname() -> None:
    people = (Person(name="Li Qiang", surname_first=True), Person(name="Li Hui", surname_first=True))
    assert find_person(people, "Li") is None


def test_a_short_name_before_the_full_one_still_joins_it() -> None:
    # lone words are read after every full name, wherever they stand
    text = "Valdemar arrived late. Freedonian Prime Minister Oskar Valdemar then opened the port."
    entry = Registry.from_text(text).lookup("Valdemar").entry
    assert entry is not None and entry.name == "Oskar Valdemar"
    assert text.index("Valdemar") in [span.start for span in entry.mentions]


def test_lone_words_without_a_full_name_do_not_become_entries() -> None:
    registry = Registry.from_text("Lumara said nothing. Portville stayed quiet.")
    assert registry.entries == []


def test_the_same_name_read_in_two_places_keeps_each_context() -> None:
    # the split of a run is memoised by its words; position-bound parts must not leak
    text = (
        "Port Minister Ilse Brandt spoke first. "
        "Meanwhile, Port Minister Ilse Brandt's deputy said nothing. "
        "They met Port Minister Ilse Brandt. "
        "We met Mr. Tobias Renn, a harbour pilot, and later Mr. Tobias Renn left."
    )
    brandt = [m for m in scan_names(text) if m.name == "Ilse Brandt"]
    assert [m.span.start for m in brandt] == [14, 64, 122]
    assert [m.descriptor_start for m in brandt] == [0, 50, 108]
    assert [m.subject for m in brandt] == [True, True, False]
    assert {(m.title, m.descriptor) for m in brandt} == {("Minister", "Port Minister")}
    renn = [m.descriptor for m in scan_names(text) if m.name == "Tobias Renn"]
    assert renn == ["a harbour pilot", "Mr"]


def test_capitalised_words_inside_other_words_are_not_names() -> None:
    line = "The rebel leader Ahmed al-Zahar met U.S. envoy Ruth Noel-Baker and e-mailed reporters."
    assert [m.name for m in scan_names(line)] == ["Ahmed al-Zahar", "Ruth Noel-Baker"]
    # "iPhone", "eBay": no name inside a word; "el-" before a capital opens one
    assert [m.name for m in scan_names("the iPhone and eBay said, el-Sisi's aide")] == ["el-Sisi"]


def _entry_view(registry: Registry) -> list[tuple[str, tuple[str, ...], list[str], list[int]]]:
    return sorted((e.name, e.key, e.aliases, sorted(s.start for s in e.mentions)) for e in registry.entries)


def test_on_demand_reading_makes_the_entries_a_full_read_makes() -> None:
    story = STORY + "\nMr. Valdemar later met Renn. Zhao Mingwei's aide and the CSA chief left.\n"
    lazy = Registry.from_text(story)
    assert lazy.read_entries == []  # nothing is read before a lookup needs it
    valdemar = lazy.lookup("Valdemar").entry
    assert valdemar is not None
    read = {e.name for e in lazy.read_entries}
    assert "Oskar Valdemar" in read
    assert "Coastal Shipping Authority" not in read  # shares no word with "Valdemar"
    # only the runs with its words were read, yet the entry has every mention of the name
    assert len(valdemar.mentions) == story.count("Valdemar") == 3
    assert all(story[s.start : s.end].endswith("Valdemar") for s in valdemar.mentions)
    full = Registry.from_text(story)
    full.read_all()
    assert _entry_view(lazy) == _entry_view(full)


def test_salience_reads_back_only_to_the_subjects_it_yields() -> None:
    text = (
        "Alma Kovac arrived on Monday. Talks with Ben Osei went on.\n\n"
        "Dr. Rhea Lund opened the session. She said it would be short.\n"
    )
    registry = Registry.from_text(text)
    position = text.index("She")
    latest = next(registry.recent(position, 200))
    assert latest.name == "Rhea Lund"
    assert "Alma Kovac" not in {e.name for e in registry.read_entries}
    # the full walk gives the subjects latest first, as the whole registry orders them
    walked = [e.name for e in registry.recent(position, 200)]
    assert walked == [e.name for _, e in reversed(Registry.from_text(text).subjects)]
    assert walked == ["Rhea Lund", "Alma Kovac"]  # "Ben Osei" is not a sentence subject


def test_described_reading_takes_only_runs_with_the_words_nearby() -> None:
    filler = "The dock was ready after many weeks of repair work by crews from three towns. " * 2
    text = f"Ports director Oli Brandt came first. {filler}\n\nHarbour Minister Ines Falk opened it.\n"
    registry = Registry.from_text(text)
    registry.read_described({"harbour", "minister"})
    assert [e.name for e in registry.read_entries] == ["Ines Falk"]
    assert registry.made_from_runs[0][1:] == ("Minister", "Harbour Minister", True)
    registry.read_described({"ports", "director"})
    assert [e.name for e in registry.read_entries] == ["Ines Falk", "Oli Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        "NORRVIK, April 2 (Baltic Wire) -- Baltic Ferries said on Tuesday it would resume sailings.\n\n"
        "The harbour will reopen, the Ministry of Coastal Affairs said.\n",
        "NORRVIK, April 2 (Baltic Wire) -- Norrvik's Ministry of Coastal Affairs said on Tuesday"
        " the harbour would reopen.\n",
    ],
)
def test_organisation_mentions_end_on_a_word_boundary(text: str) -> None:
    # a name ending in "s" keeps it: only a possessive "'s" is left out of the span
    doc = newsdoc.parse(text)
    organisations = [person for person in doc.people if person.kind == "organisation"]
    assert organisations
    for person in organisations:
        for mention in person.mentions:
            assert not text[mention.end : mention.end + 1].isalnum(), mention.slice(text)
            assert " ".join(mention.slice(text).split()) in (person.name, *person.aliases)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), min_size=1, max_size=12))
def test_distinct_mentions_match_sorting_a_set(pairs: list[tuple[int, int]]) -> None:
    """The published mentions: each span once, in text order, as sorting a set of them gives."""
    from newsdoc.parse.people import _distinct_in_order, span_order

    spans = [Span(start, start + size) for start, size in pairs]
    assert _distinct_in_order(spans) == tuple(sorted(set(spans), key=span_order))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="aBcJrSRIVé ß'’.-1_\u0130\u212a", max_size=24))
def test_name_key_fast_path_matches_the_tokenizer(name: str) -> None:
    """Letters-only words split on spaces give the key the tokenizer gives."""
    from newsdoc.parse.people import _SUFFIXES, _TOKEN, strip_possessive

    expected = tuple(
        word
        for word in (strip_possessive(m.group()).casefold() for m in _TOKEN.finditer(name))
        if word not in _SUFFIXES
    )
    assert name_key.__wrapped__(name) == expected


def _in_brackets_by_line(text: str, start: int) -> bool:
    """The plain statement of :func:`_in_brackets`: an unclosed "(" on the line, at most 300 back."""
    floor = max(0, start - 300)
    newline = text.rfind("\n", floor, start)
    line_start = newline + 1 if newline >= 0 else floor
    return text.rfind("(", line_start, start) > text.rfind(")", line_start, start)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab ()\n", max_size=40), st.integers(0, 40), st.integers(0, 330))
def test_in_brackets_matches_reading_the_line(text: str, at: int, padding: int) -> None:
    from newsdoc.parse.people import _in_brackets

    text = "(" + "x" * padding + text  # an opening bracket sometimes beyond the reach
    start = min(len(text), at + padding)
    assert _in_brackets(text, start) == _in_brackets_by_line(text, start)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abZé ß\n\t.,'-1", max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
    st.booleans(),
)
def test_plain_tokens_match_the_tokenizer(text: str, a: int, b: int, opens: bool) -> None:
    """The letters-and-white-space fast path gives the tokenizer's tokens, or steps aside."""
    from newsdoc.parse.people import _plain_tokens, _regex_tokens

    start, stop = sorted((min(a, len(text)), min(b, len(text))))
    plain = _plain_tokens(text, start, stop, opens)
    if plain is not None:
        assert plain == _regex_tokens(text, start, stop, opens)
    elif text[start:stop].split() and all(w.isalpha() for w in text[start:stop].split()):
        raise AssertionError("letters-only words must take the fast path")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aZ é.,'’-\n_U.S1", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_capitalised_last_word_matches_tokenizing_the_stretch(text: str, a: int, b: int) -> None:
    """The short look at the last word agrees with tokenizing the whole stretch."""
    from newsdoc.parse.people import ends_with_capitalised_word, is_capitalised

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    tokens = tokenize(text, start, end)
    expected = bool(tokens) and tokens[-1].end == end and is_capitalised(tokens[-1].text)
    assert ends_with_capitalised_word(text, start, end) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="aBsSIß'’-\u0130\u212aé", min_size=1, max_size=12),
        st.sampled_from(["Ministry", "Ministry's", "Americans", "Jr", "LI'S", "Li’s", "Police", "Ma'S"]),
    )
)
def test_lone_word_reading_matches_its_three_parts(word: str) -> None:
    """One case-folding gives what the deferral test, the link words and the index key give."""
    from newsdoc.parse.people import _deferrable_word, _deferred_words, _index_word, _read_lone_word

    expected = (_deferrable_word(word), _deferred_words(word), _index_word(word))
    assert tuple(_read_lone_word(word, word.casefold())) == expected


_NAME_WORDS = st.sampled_from(
    [
        "The", "the", "Minister", "minister", "Prime", "of", "Finance", "Ministry", "Li", "Qiang",
        "Mr.", "Dr.", "Acme", "Oil", "Co", "police", "chief", "John", "Smith's", "U.S.", "WHO",
        "said", "and", "China", "Americans", "Jr", "al-Zahar", "Harborview", "President", "de",
    ]
)  # fmt: skip
_GAPS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", ' "', " (", ") ", "  "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_NAME_WORDS, _GAPS), min_size=1, max_size=10), st.integers(0, 9), st.booleans())
def test_memoised_leading_runs_read_as_reading_every_run(
    pairs: list[tuple[str, str]], cut: int, opens: bool
) -> None:
    """Runs opening the tokens take their split from the memo the registry's runs also fill."""
    from newsdoc.parse.people import _read_run, _run_end

    text = "".join(word + gap for word, gap in pairs)
    Registry.from_text(text).read_all()  # fills the memo from the text's capital runs
    start = min(cut, len(pairs) - 1)
    tokens = tokenize(text, len("".join(w + g for w, g in pairs[:start])), opens_first=opens)
    expected = []  # find_names without the memo: every run read afresh
    i = 0
    while i < len(tokens):
        if not _can_open(tokens, i):
            i += 1
            continue
        j = _run_end(text, tokens, i)
        mention = _read_run(text, tokens, i, j)
        if mention is not None:
            expected.append(mention)
        i = j + 1
    for _ in range(2):  # the first call may fill the memo, the second reads it
        assert [_fields(m) for m in find_names(text, tokens)] == [_fields(m) for m in expected]


def _fields(mention: object) -> tuple[object, ...]:
    return tuple(getattr(mention, name) for name in type(mention).__slots__)  # type: ignore[attr-defined]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 50), st.sampled_from(["Li", "LI'S", "Ma’s", "ß", "İz", "Acme's"])),
        max_size=5,
    ),
    st.booleans(),
)
def test_run_tokens_are_the_words_tokens(run: list[tuple[int, str]], opens: bool) -> None:
    """The inlined run tokens are :func:`_token` of each word, only the first opening a sentence."""
    from newsdoc.parse.people import _run_tokens, _token

    expected = [_token(start, word, opens and k == 0) for k, (start, word) in enumerate(run)]
    assert _run_tokens(run, opens) == expected


def test_a_lookup_that_finds_nobody_is_shared_and_left_unchanged() -> None:
    """Misses share one result, so resolving a story must not change it."""
    from newsdoc.parse.people import _NOBODY

    text = "Nadia Orlov, the mayor of Vell, said on Monday. Orlov said later the plan would go ahead."
    registry = Registry.from_text(text)
    assert registry.lookup("Brandt") is _NOBODY
    assert registry.lookup("Orlov").entry is not None
    newsdoc.parse(STORY)
    assert _NOBODY.entry is None and _NOBODY.candidates == ()


_STRETCH_TEXT = st.lists(
    st.sampled_from(
        [
            "al-",
            "el-",
            "al-Zahar",
            "Ada",
            "U.S.",
            "of",
            "x",
            "1",
            "_",
            "É",
            " ",
            " ",
            ". ",
            "\n",
            "-",
            "'",
            "’",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_STRETCH_TEXT, st.integers(0, 40), st.integers(0, 40), st.booleans())
def test_split_stretches_match_searching_in_place(text: str, a: int, b: int, particle: bool) -> None:
    """Splitting the range gives the stretches and gaps a search inside the whole text finds."""
    from newsdoc.parse.people import _stretch_pieces, _stretch_pieces_by_match

    start, stop = sorted((min(a, len(text)), min(b, len(text))))
    assert _stretch_pieces(text, start, stop, particle) == _stretch_pieces_by_match(
        text, start, stop, particle
    )


@settings(max_examples=200, deadline=None)
@given(_STRETCH_TEXT, st.lists(st.integers(0, 40), max_size=4))
def test_the_registry_reads_the_runs_of_the_full_pattern(text: str, cuts: list[int]) -> None:
    """One particle test for the whole text gives each region the runs the full pattern finds."""
    from newsdoc.parse.people import _capital_runs, _lone_word

    bounds = sorted({0, len(text), *(min(cut, len(text)) for cut in cuts)})
    regions = [Span(a, b) for a, b in itertools.pairwise(bounds)]
    expected = [
        run
        for region in regions
        for run in _capital_runs(text, region.start, region.end, True)
        if len(run) > 1 or _lone_word(run[0][1]) is not None
    ]
    assert Registry.from_text(text, regions)._runs == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr. ", "Z. ", "U.S. ", "said ", "Ann.", "x1? ", "é\n", "_", " ", "'", "’", "-", '"']
        ),
        max_size=14,
    ).map("".join),
    st.integers(0, 50),
    st.integers(0, 50),
    st.booleans(),
)
def test_split_tokens_are_the_word_pattern_matches(text: str, a: int, b: int, opens: bool) -> None:
    """Tokens from one split are the pattern's matches, each opening a sentence when its gap ends one."""
    from newsdoc.parse.people import _TOKEN, _ends_sentence, _regex_tokens, _token

    start, stop = sorted((min(a, len(text)), min(b, len(text))))
    matches = list(_TOKEN.finditer(text, start, stop))
    expected = [
        _token(
            match.start(),
            match.group(),
            opens
            if k == 0
            else _ends_sentence(matches[k - 1].group(), text[matches[k - 1].end() : match.start()]),
        )
        for k, match in enumerate(matches)
    ]
    assert _regex_tokens(text, start, stop, opens) == expected


_ASCII_STRETCH_TEXT = st.lists(
    st.sampled_from(
        [
            "Ada",
            "Ruth-Ann",
            "O'Neil",
            "U.S.",
            "A.",
            "Mr. ",
            "McRae",
            "iPhone",
            "bin",
            " of ",
            " and ",
            "Ministry",
            "x",
            "1",
            "_",
            " ",
            "  ",
            ". ",
            ", ",
            "\n",
            "\n\n",
            "\t",
            "\x1c",
            "\x1f",
            "\x0b",
            "-",
            "'",
            "(",
            '"',
        ]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ASCII_STRETCH_TEXT, st.integers(0, 60), st.integers(0, 60))
@example("Ada\x1cLee\x1f\x0bMcRae", 0, 20)
@example("Ministry of Ada. Mr. Lee\n\nU.S. A. iPhone O'Neil", 0, 60)
@example("xAda Lee", 1, 8)
def test_mapped_capital_runs_are_the_runs_of_the_text_pattern(text: str, a: int, b: int) -> None:
    """Searching the mapped bytes of ASCII text gives the runs the pattern finds in the text."""
    from newsdoc.parse.people import _capital_runs, _mapped_capitals

    start, stop = sorted((min(a, len(text)), min(b, len(text))))
    mapped = _mapped_capitals(text)
    assert mapped is not None
    assert _capital_runs(text, start, stop, False, mapped) == _capital_runs(text, start, stop, False)


def test_mapped_capitals_only_for_ascii_text_without_particles() -> None:
    from newsdoc.parse.people import _mapped_capitals

    assert _mapped_capitals("Ada Lind said.") == b"Ada Aind said."
    assert _mapped_capitals("José Lind said.") is None
    assert _mapped_capitals("Ahmed al-Zahar said.") is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abAB ßẞİΣσς\u0345ﬁ.\n", max_size=40),
    st.integers(0, 45),
    st.integers(0, 45),
    st.sets(st.text(alphabet="abssiσ ", max_size=3), max_size=4),
)
@example("Straße Ab", 0, 9, {"ss", "ab"})
def test_words_near_in_the_folded_text_match_folding_the_window(
    text: str, low: int, high: int, words: set[str]
) -> None:
    """Looking in the once-folded text finds the words folding each window finds."""
    from newsdoc.parse.people import _aligned_fold, _words_near

    low, high = sorted((min(low, len(text)), high))  # as the registry asks: a start within the text
    folded = _aligned_fold(text)
    assert folded is None or len(folded) == len(text)
    assert _words_near(text, folded, low, high, words) == _words_near(text, None, low, high, words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZU.S'’-_1é É\n", max_size=30))
@example("a.B.C. U.S. x.Y O'Neil-’s")
def test_token_split_pattern_splits_as_the_word_pattern(text: str) -> None:
    """The split pattern of :func:`tokenize` cuts every text where the word pattern as one group does."""
    import re

    from newsdoc.parse.people import _TOKEN, _TOKEN_SPLIT

    assert _TOKEN_SPLIT.split(text) == re.compile(f"({_TOKEN.pattern})").split(text)


# The stretch patterns as first written: greedy, with the look-behind on every word.
_PLAIN_CAPWORD = (
    r"[A-Zae](?<![\w'’\-].)"
    r"(?:(?<=[A-Z])(?:\.(?:[A-Z]\.)+|\w*(?:['’\-]\w+)*)|(?<=[ae])l-[A-Z]\w*(?:['’\-]\w+)*)"
)
_PLAIN_UPPERWORD = r"[A-Z](?<![\w'’\-].)(?:\.(?:[A-Z]\.)+|\w*(?:['’\-]\w+)*)"


@settings(max_examples=300, deadline=None)
@given(_STRETCH_TEXT)
@example("Ada al-Zahar el-Sisi and Bo’s O'Neil-Lee U.S. A.B x.Y Ann  eBay")
def test_stretch_patterns_split_as_first_written(text: str) -> None:
    """The possessive stretch patterns cut every text where the plain greedy ones do."""
    import re

    from newsdoc.parse.people import _CAPSPLIT, _UPPERSPLIT

    for pattern, word in ((_CAPSPLIT, _PLAIN_CAPWORD), (_UPPERSPLIT, _PLAIN_UPPERWORD)):
        plain = re.compile(rf"((?:{word})(?: (?:{word}))*+)")
        assert pattern.split(text) == plain.split(text)
