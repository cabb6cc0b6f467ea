"""The speakers rule: each quote's mention resolved to a Person of the document."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc.model import Quote, Span
from newsdoc.parse import rule_names
from newsdoc.parse.rules.speakers import Resolution, resolve_quotes

STORY = """VALDORIA, March 3 (Xinhua) -- Freedonian Prime Minister Oskar Valdemar met with Chinese Vice Premier Zhao Mingwei in Valdoria on Tuesday.

Zhao said that the two countries should deepen cooperation in farming.

He said China is ready to expand trade with Freedonia.

Valdemar said his country welcomes investment in its ports.

The Coastal Shipping Authority (CSA) said the new terminal would open in May. The authority said fees would fall.

Officials said the talks were fruitful, according to the Ministry of Ports, which said the visit was a success.

Ms. Hana Ortelius, a port engineer, told reporters the cranes were ready. She said more ships would come.

"We will need more pilots," the engineer said. A local trader said prices were rising.

Valdoria police chief Ivo Brandt said the harbour was closed overnight. Local police said nobody was hurt.
"""


def quote(text: str, mention: str | None, paragraph: int, nth: int = 0, kind: str = "indirect") -> Quote:
    """A quote whose speaker mention is the ``nth`` occurrence of ``mention`` (content is a stand-in)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention if mention else "\n", start + 1)
    span = Span(start, start + len(mention)) if mention else None
    return Quote(
        kind=kind,  # type: ignore[arg-type]
        text="...",
        content=(Span(start, start + 1),),
        paragraph=paragraph,
        rule="test",
        speaker_text=mention,
        speaker_span=span,
    )


def resolve(*quotes: Quote, text: str = STORY) -> Resolution:
    return resolve_quotes(text, quotes)


def speaker_of(result: Resolution, index: int) -> str | None:
    return result.quotes[index].speaker_name if result.quotes[index].speaker else None


def test_surname_first_and_last_token_names() -> None:
    result = resolve(quote(STORY, "Zhao", 1, nth=1), quote(STORY, "Valdemar", 3, nth=1))
    assert speaker_of(result, 0) == "Zhao Mingwei"
    assert speaker_of(result, 1) == "Oskar Valdemar"
    assert result.quotes[0].speaker is not None
    assert result.quotes[0].speaker.title == "Vice Premier"
    assert result.quotes[0].speaker.descriptor == "Chinese Vice Premier"
    assert result.quotes[0].speaker.surname_first


def test_pronoun_takes_the_latest_speaker() -> None:
    result = resolve(quote(STORY, "Zhao", 1, nth=1), quote(STORY, "He", 2))
    assert speaker_of(result, 1) == "Zhao Mingwei"


def test_pronoun_without_a_speaker_takes_the_sentence_subject() -> None:
    text = "Prime Minister Oskar Valdemar met Vice Premier Zhao Mingwei on Tuesday.\n\nHe said trade grew.\n"
    result = resolve(quote(text, "He", 1), text=text)
    assert speaker_of(result, 0) == "Oskar Valdemar"  # the subject, not the object Zhao


def test_a_subject_named_by_surname_counts_too() -> None:
    result = resolve(quote(STORY, "He", 2))
    assert speaker_of(result, 0) == "Zhao Mingwei"  # "Zhao said ..." opens the paragraph before


def test_she_skips_a_man_known_by_his_honorific() -> None:
    text = (
        "Mrs. Vera Lund met Mr. Paul Ekberg on Monday. Ekberg said the deal was close. She said it was not."
    )
    result = resolve(quote(text, "Ekberg", 0, nth=1), quote(text, "She", 0), text=text)
    assert speaker_of(result, 0) == "Paul Ekberg"
    assert speaker_of(result, 1) == "Vera Lund"


def test_organisation_by_name_acronym_and_head_noun() -> None:
    result = resolve(
        quote(STORY, "The Coastal Shipping Authority (CSA)", 4),
        quote(STORY, "The authority", 4),
        quote(STORY, "the Ministry of Ports", 5),
        quote(STORY, "which", 5),
    )
    assert speaker_of(result, 0) == "Coastal Shipping Authority"
    assert speaker_of(result, 1) == "Coastal Shipping Authority"
    assert speaker_of(result, 2) == "Ministry of Ports"
    assert speaker_of(result, 3) == "Ministry of Ports"
    assert result.quotes[0].speaker is not None
    assert result.quotes[0].speaker.kind == "organisation"
    assert result.quotes[0].speaker.aliases == ("CSA",)


def test_generic_groups_and_indefinites_stay_unresolved() -> None:
    result = resolve(quote(STORY, "Officials", 5), quote(STORY, "A local trader", 7))
    assert result.quotes[0].speaker is None
    assert result.quotes[1].speaker is None
    assert result.quotes[0].speaker_name == "Officials"  # the mention as written is kept


def test_role_noun_refers_to_the_person_so_described() -> None:
    result = resolve(
        quote(STORY, "Ms. Hana Ortelius", 6),
        quote(STORY, "She", 6),
        quote(STORY, "the engineer", 7),
    )
    assert speaker_of(result, 0) == "Hana Ortelius"
    assert speaker_of(result, 1) == "Hana Ortelius"
    assert speaker_of(result, 2) == "Hana Ortelius"


def test_descriptor_led_mention_and_local_organisation() -> None:
    result = resolve(quote(STORY, "Valdoria police chief Ivo Brandt", 8), quote(STORY, "Local police", 8))
    assert speaker_of(result, 0) == "Ivo Brandt"
    assert speaker_of(result, 1) == "Valdoria police"


def test_ambiguous_surname_is_a_problem_not_a_guess() -> None:
    text = (
        "Vice Premier Zhao Mingwei and Trade Minister Zhao Lihua toured the port.\n\nZhao said it was busy.\n"
    )
    result = resolve(quote(text, "Zhao", 1, nth=2), text=text)
    assert result.quotes[0].speaker is None
    assert [code for code, _, _ in result.problems] == ["ambiguous-speaker"]


def test_floating_quote_continues_the_last_speaker() -> None:
    floating = attrs.evolve(
        quote(STORY, "Valdemar", 4, nth=1, kind="direct"), speaker_text=None, speaker_span=None
    )
    result = resolve(quote(STORY, "Valdemar", 3, nth=1), floating)
    assert speaker_of(result, 1) == "Oskar Valdemar"


def test_people_lists_each_speaker_once() -> None:
    result = resolve(
        quote(STORY, "Valdemar", 3, nth=1),
        quote(STORY, "Zhao", 1, nth=1),
        quote(STORY, "He", 2),
        quote(STORY, "Officials", 5),
    )
    assert [p.name for p in result.people] == ["Oskar Valdemar", "Zhao Mingwei"]  # first-mention order
    assert result.quotes[1].speaker == result.quotes[2].speaker
    assert result.quotes[1].speaker in result.people


def test_named_but_silent_people_are_not_listed() -> None:
    result = resolve(quote(STORY, "Zhao", 1, nth=1))
    assert [p.name for p in result.people] == ["Zhao Mingwei"]


def test_rule_runs_last_in_the_pipeline() -> None:
    assert rule_names()[-1] == "speakers"


# --------------------------------------------------------------------------- the seed


def seed_quote(text: str, mention: str, anchor: str, paragraph: int) -> Quote:
    start = text.index(anchor)
    return Quote(
        kind="indirect",
        text="...",
        content=(Span(start, start + len(anchor)),),
        paragraph=paragraph,
        rule="test",
        speaker_text=mention,
        speaker_span=Span(start, start + len(mention)),
    )


def test_seed_speakers(seed_text: str) -> None:
    quotes = (
        seed_quote(seed_text, "Li", "Li said that since", 1),
        seed_quote(seed_text, "He", "He said that China is ready", 2),
        seed_quote(seed_text, "Li", "Li pointed out", 3),
        seed_quote(seed_text, "He", "He called on", 4),
        seed_quote(seed_text, "Bektenov", "Bektenov said Kazakhstan attaches", 6),
        seed_quote(seed_text, "Bektenov", "Bektenov said Kazakhstan welcomes", 7),
    )
    result = resolve_quotes(seed_text, quotes)
    assert [q.speaker_name for q in result.quotes] == ["Li Qiang"] * 4 + ["Olzhas Bektenov"] * 2
    assert not result.problems


def test_seed_people(seed_text: str) -> None:
    quotes = (
        seed_quote(seed_text, "Li", "Li said that since", 1),
        seed_quote(seed_text, "Bektenov", "Bektenov said Kazakhstan welcomes", 7),
    )
    result = resolve_quotes(seed_text, quotes)
    people = {p.name: p for p in result.people}
    assert list(people) == ["Li Qiang", "Olzhas Bektenov", "Li Xueren"]  # caption order
    assert people["Li Qiang"].title == "Premier"
    assert people["Li Qiang"].descriptor == "Chinese Premier"
    assert people["Olzhas Bektenov"].title == "Prime Minister"
    assert people["Olzhas Bektenov"].descriptor == "Kazakh Prime Minister"
    for person in result.people:
        assert person.mentions
        for span in person.mentions:
            assert span.slice(seed_text) in (person.name, *person.aliases)


def test_parsed_speakers_are_listed_in_people(seed_doc: newsdoc.Document) -> None:
    assert {p.name for p in seed_doc.people} <= {"Li Qiang", "Olzhas Bektenov", "Li Xueren"}
    for q in seed_doc.quotes:
        if q.speaker is not None:
            assert q.speaker in seed_doc.people


def test_quotes_off_leaves_people_empty(seed_text: str) -> None:
    doc = newsdoc.parse(seed_text, config=newsdoc.Config(quotes=False))
    assert doc.people == ()


@pytest.mark.parametrize("mention", ["", "   ", "(", "who", "It", "they"])
def test_odd_mentions_never_raise(mention: str) -> None:
    text = f"{mention} said nothing.\n"
    result = resolve_quotes(
        text, (quote(text, mention or None, 0) if mention.strip() else quote(text, None, 0),)
    )
    assert len(result.quotes) == 1


MORE = """Senator Ada Quill and Governor Rex Varga spoke in Portville on Monday.

Mr. Quill and Ms. Varga said the bridge would be rebuilt. Her spokesman said funds were short.

The complaint to the Portville Board of Harbour Works said the fees were unfair.

Republican Ada Quill said the vote was close.
"""


def test_two_people_joined_by_and_are_not_one_speaker() -> None:
    result = resolve(quote(MORE, "Mr. Quill and Ms. Varga", 1), text=MORE)
    assert result.quotes[0].speaker is None


def test_possessive_pronoun_mention_is_someone_else() -> None:
    result = resolve(quote(MORE, "Her spokesman", 1), text=MORE)
    assert result.quotes[0].speaker is None


def test_name_inside_a_prepositional_phrase_is_not_the_speaker() -> None:
    result = resolve(quote(MORE, "The complaint to the Portville Board of Harbour Works", 2), text=MORE)
    speaker = result.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("complaint", "unknown")


def test_party_label_is_a_descriptor_not_a_name() -> None:
    result = resolve(quote(MORE, "Republican Ada Quill", 3), text=MORE)
    assert speaker_of(result, 0) == "Ada Quill"


_WORDS = st.sampled_from(
    ["Li", "He", "he", "the", "ministry", "Mr.", "said", "who", ",", "(", ")", "Zhao", "Mingwei",
     "Minister", "police", "Office", "(ABC)", "and", "of", "officials", "it", "\n\n", ".", "al-Qadir", "’s"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.data())
def test_any_text_and_mention_resolve_without_error(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    q = Quote(
        kind="indirect",
        text="...",
        content=(Span(start, end),),
        paragraph=0,
        rule="test",
        speaker_text=text[start:end] or None,
        speaker_span=Span(start, end),
    )
    result = resolve_quotes(text, (q, q))
    assert len(result.quotes) == 2
    for person in result.people:
        assert person.name
        for span in person.mentions:
            assert 0 <= span.start <= span.end <= len(text)


def test_name_after_a_role_apposition_is_the_speaker() -> None:
    text = "Trade talks resumed in Portville.\n\nThe minister of the economy, Mr. Ivo Lask, said tariffs would fall.\n"
    result = resolve(quote(text, "The minister of the economy, Mr. Ivo Lask,", 1), text=text)
    assert speaker_of(result, 0) == "Ivo Lask"


def test_countries_joined_by_and_stay_apart() -> None:
    text = "Freedonia and Sylvania signed the pact.\n\nSylvania said it would ratify it soon.\n"
    result = resolve(quote(text, "Sylvania", 1, nth=1), text=text)
    assert speaker_of(result, 0) == "Sylvania"


def test_a_thing_is_not_taken_for_a_person() -> None:
    text = "Prime Minister Oskar Valdemar spoke on Monday.\n\nThe transition in Freedonia said little.\n"
    result = resolve(quote(text, "The transition in Freedonia", 1), text=text)
    assert result.quotes[0].speaker is None


def test_surnames_joined_by_and_are_two_speakers() -> None:
    text = "Ada Quill met Rex Varga.\n\nQuill and Varga said the bridge would open. Varga said it was late.\n"
    result = resolve(quote(text, "Quill and Varga", 1), quote(text, "Varga", 1, nth=2), text=text)
    assert result.quotes[0].speaker is None
    assert speaker_of(result, 1) == "Rex Varga"


LEADS = """Prime Minister Oskar Valdemar opened the port on Monday.

Meanwhile, Sylvanian Foreign Minister Ida Brun condemned the strike. "It must end," she said.

Nabil Abu Karim, a Sylvanian official spokesman, told reporters the border was open.

Sylvanian Minister of Civil Affairs Omar Dahl toured the crossing. Later, the Sylvanian Minister of Civil Affairs said it was calm.

Brun thus said the talks would go on.
"""


def test_a_subject_after_a_short_opener_is_salient() -> None:
    result = resolve(quote(LEADS, "she", 1), text=LEADS)
    assert speaker_of(result, 0) == "Ida Brun"


def test_apposition_given_as_the_mention_names_the_person_before_it() -> None:
    result = resolve(quote(LEADS, "a Sylvanian official spokesman", 2), text=LEADS)
    assert speaker_of(result, 0) == "Nabil Abu Karim"


def test_office_description_finds_the_person_so_described() -> None:
    result = resolve(quote(LEADS, "the Sylvanian Minister of Civil Affairs", 3), text=LEADS)
    assert speaker_of(result, 0) == "Omar Dahl"


def test_trailing_adverb_is_not_part_of_the_name() -> None:
    result = resolve(quote(LEADS, "Brun thus", 4), text=LEADS)
    assert speaker_of(result, 0) == "Ida Brun"


def test_mention_stops_at_a_quote_mark() -> None:
    text = 'Harbour master Ida Qvist spoke.\n\n"We are ready," said Qvist."It is all we know," she added.\n'
    result = resolve(quote(text, 'Qvist."It is all we know', 1, nth=0), text=text)
    assert speaker_of(result, 0) == "Ida Qvist"


def test_seed_end_to_end(seed_doc: newsdoc.Document) -> None:
    """Runs once the quote detection rules are in the pipeline (skipped before)."""
    if not seed_doc.quotes:
        pytest.skip("no quote detection rules in the pipeline yet")
    names = [q.speaker.name if q.speaker else None for q in seed_doc.quotes]
    assert names.count("Li Qiang") == 5
    assert names.count("Olzhas Bektenov") == 3
    assert [p.name for p in seed_doc.people] == ["Li Qiang", "Olzhas Bektenov", "Li Xueren"]
    assert seed_doc.people[2].descriptor == "photographer"


def test_acronym_defined_after_a_hard_line_wrap_expands() -> None:
    """1987 Reuters copy wraps lines anywhere: "...Safety Board\\n(FMSB)" still defines FMSB."""
    text = (
        "MINING BOARD FINES TWO FIRMS\n\n"
        "    WASHINGTON, March 3 - The regulators of the Federal Mining Safety Board\n"
        "(FMSB) met on Tuesday to review two cases at western sites.\n"
        "    The FMSB said it fined the two operators a total of three mln dlrs\n"
        "for safety lapses.\n"
        " Reuter\n"
    )
    doc = newsdoc.parse(text)
    assert [(q.speaker_text, q.speaker_name) for q in doc.quotes] == [
        ("The FMSB", "Federal Mining Safety Board")
    ]
    unwrapped = newsdoc.parse(newsdoc.dumps(doc, format="text"))
    assert [q.speaker_name for q in unwrapped.quotes] == ["Federal Mining Safety Board"]


_FULLER_WORDS = st.sampled_from(
    ["the", "The", "THE", "health", "Health", "department", "Department", "of", "Of", "OF", "often",
     "off", "Yunnan", "\n", "  ", "\t", ",", "theof", "ofthe", "department-of", "the health department of"]
)  # fmt: skip
_MENTION_WORDS = st.lists(st.sampled_from(["health", "Department", "of", "U.S."]), min_size=1, max_size=3)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FULLER_WORDS, max_size=30), _MENTION_WORDS, st.sampled_from([" ", "\n", " \t "]))
def test_fuller_mention_prefilter_never_hides_a_match(words: list[str], mention: list[str], gap: str) -> None:
    """The cheap " of " test is a necessary condition of the fuller-mention pattern."""
    from newsdoc.parse.rules.speakers import _stands_before_of

    pattern = re.compile(
        r"\bthe\s+" + r"\s+".join(re.escape(w) for w in mention) + r"\s+of\s+", re.IGNORECASE
    )
    phrase = gap.join(["The", *(w.upper() if len(w) > 2 else w for w in mention), "of", ""])
    for text in (" ".join(words), " ".join([*words[:3], phrase, *words[3:]])):
        if pattern.search(text) is not None:
            assert _stands_before_of(text.lower(), mention[-1].lower())
    assert _stands_before_of(phrase.lower() + "x", mention[-1].lower())


_WIDE_FULLER_WORDS = st.sampled_from(
    ["the", "THE", "health", "HEALTH", "department", "of", "OF", "\u0130", "\u0131", "\u017f", "\u212a",
     "STRASSE", "Straße", "é", "“", "\xa0", "\u2028", "\n", "ſtate", "ınfo", "of\xa0", "the\u2028"]
)  # fmt: skip
_WIDE_MENTIONS = st.lists(
    st.sampled_from(["health", "department", "Straße", "strasse", "state", "info", "kin", "U.S."]),
    min_size=1,
    max_size=2,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WIDE_FULLER_WORDS, max_size=24), _WIDE_MENTIONS, st.sampled_from([" ", "\xa0", "\n"]))
@example(["the", "\u017ftate", "of", "x"], ["state"], " ")
@example(["the", "\u0130nfo", "of", "x"], ["info"], " ")
@example(["the", "stra\u00dfe", "of", "x"], ["Stra\u00dfe"], " ")
def test_fuller_mention_prefilter_holds_for_any_text(words: list[str], mention: list[str], gap: str) -> None:
    """On any text, a mention the cheap test rules out is one the fuller-mention pattern cannot find."""
    from newsdoc.parse.people import Registry, tokenize
    from newsdoc.parse.rules.speakers import Resolver

    phrase = gap.join(["the", *mention, "of", ""]).replace("state", "\u017ftate")
    for text in (" ".join(words), " ".join([*words[:3], phrase, *words[3:]])):
        tokens = tokenize(" ".join(mention))
        pattern = re.compile(
            r"\bthe\s+" + r"\s+".join(re.escape(t.text) for t in tokens) + r"\s+of\s+", re.IGNORECASE
        )
        if pattern.search(text) is not None:
            assert Resolver(text, Registry())._may_precede_of(tokens)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=8))
def test_reading_order_is_a_stable_sort_by_anchor(anchors: list[int]) -> None:
    from newsdoc.parse.rules.speakers import _reading_order

    quotes = [
        Quote(kind="indirect", text="x", content=(Span(a, a + 1),), paragraph=0, rule="t") for a in anchors
    ]
    assert list(_reading_order(quotes)) == sorted(range(len(anchors)), key=lambda i: anchors[i])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "Qin", "said", "WHO", "Mr"]),
            st.sampled_from([" ", " ", ". ", ".", ", ", " (", ") ", '"', "“", "» ", "\n"]),
        ),
        max_size=6,
    ),
    st.integers(0, 3),
)
def test_plain_stretch_keeps_what_the_bracket_and_break_cuts_keep(
    pairs: list[tuple[str, str]], cut: int
) -> None:
    """A mention the one-look gate passes loses no word to the bracket or the break cut."""
    from newsdoc.parse.people import tokenize
    from newsdoc.parse.rules.speakers import _before_break, _outside_brackets, _plain_stretch

    text = "".join(word + gap for word, gap in pairs)
    tokens = tokenize(text, min(cut, len(text)))
    if _plain_stretch(text, tokens):
        assert _before_break(text, _outside_brackets(text, tokens)) == tokens


@pytest.mark.parametrize("word", ["he", "she", "they", "it", "its", "who", "which", "li", "the", "ministry"])
def test_pronoun_gate_lists_every_word_the_pronoun_reading_takes(word: str) -> None:
    """Words outside the gate's set are no pronoun to :meth:`Resolver._pronoun`."""
    from newsdoc.parse.people import Registry
    from newsdoc.parse.rules.speakers import _PRONOUNS, Resolver

    resolver = Resolver("", Registry())
    assert (word in _PRONOUNS) == (resolver._pronoun(word, 0, 0) is not None)


_ONE_WORDS = [match.span() for match in re.finditer(r"[^\W\d_]+", STORY)]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_ONE_WORDS), min_size=1, max_size=8))
def test_one_word_mentions_resolve_as_their_tokens_do(spans: list[tuple[int, int]]) -> None:
    """The quick path for a one-word mention answers what resolving its one token answers."""
    from newsdoc.parse.people import Registry, Token
    from newsdoc.parse.rules.speakers import Resolver

    quick = Resolver(STORY, Registry.from_text(STORY))
    tokens = Resolver(STORY, Registry.from_text(STORY))
    for start, end in sorted(spans):
        span = Span(start, end)
        word = STORY[start:end]
        mention_tokens = tokens._mention_tokens(None, span)
        assert mention_tokens == [Token(start, end, word, True, word.casefold(), word.casefold())]
        fast = quick.resolve(None, span)
        slow = tokens._resolve_tokens(mention_tokens, None, span, 0)
        assert (fast.problem, fast.entry and fast.entry.name) == (
            slow.problem,
            slow.entry and slow.entry.name,
        )
        for resolver, outcome in ((quick, fast), (tokens, slow)):
            if outcome.entry is not None:
                resolver.note_speaker(start, outcome.entry)
