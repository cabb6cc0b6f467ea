"""Quote detection: the seed, every frame, quote marks, false positives."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import corpus_dir

import newsdoc
from newsdoc.config import Config
from newsdoc.errors import ParseError
from newsdoc.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    doc = newsdoc.parse("Headline\n\n" + "\n\n".join(paragraphs))
    return list(doc.quotes)


def one(*paragraphs: str) -> Quote:
    found = quotes_of(*paragraphs)
    assert len(found) == 1, [(q.rule, q.text) for q in found]
    return found[0]


def content(quote: Quote, text: str) -> list[str]:
    return [span.slice(text) for span in quote.content]


# ---------------------------------------------------------------- the seed


def test_seed_has_exactly_eight_indirect_quotes(seed_doc: newsdoc.Document) -> None:
    got = [(q.speaker_text, q.cue, q.kind) for q in seed_doc.quotes]
    assert got == [
        ("Li", "said", "indirect"),
        ("He", "said", "indirect"),
        ("Li", "pointed out", "indirect"),
        ("He", "called on", "indirect"),
        ("Li", "said", "indirect"),
        ("Bektenov", "Noting", "indirect"),
        ("Bektenov", "said", "indirect"),
        ("Bektenov", "said", "indirect"),
    ]


def test_seed_spans_match_the_hand_annotation(seed_doc: newsdoc.Document) -> None:
    # Offsets checked by hand against the seed text: content excludes "that" and
    # the final period; "Noting that ..., Bektenov said ..." gives two quotes.
    text = seed_doc.text
    first, _, _, call_on, trailing, noting, main, _ = seed_doc.quotes
    assert content(first, text)[0].startswith("since the establishment")
    assert content(first, text)[0].endswith("neighboring countries")
    assert content(call_on, text)[0].startswith("the two countries to jointly work")
    assert content(trailing, text)[0].startswith("China stands ready")
    assert content(trailing, text)[0].endswith("equitable direction")
    assert content(noting, text)[0].startswith("in recent years")
    assert content(noting, text)[0].endswith("record high")
    assert noting.speaker_span == main.speaker_span
    assert content(main, text)[0].startswith("Kazakhstan attaches great importance")
    assert [q.paragraph for q in seed_doc.quotes] == [1, 2, 3, 4, 5, 6, 6, 7]


def test_seed_speakers_resolve_through_the_speakers_rule(seed_doc: newsdoc.Document) -> None:
    # The quote rules leave Quote.speaker empty; the later speakers rule fills it.
    names = [q.speaker_name for q in seed_doc.quotes]
    assert names == ["Li Qiang"] * 5 + ["Olzhas Bektenov"] * 3


def test_quote_rules_leave_resolution_to_the_speakers_rule(seed_text: str) -> None:
    doc = newsdoc.parse(seed_text, config=Config(disabled_rules=("speakers",)))
    assert len(doc.quotes) == 8
    assert all(q.speaker is None for q in doc.quotes)
    assert [q.rule for q in doc.quotes] == [
        "said-that",
        "said-that",
        "said-that",
        "call-on",
        "trailing-said",
        "participial-lead",
        "said-that",
        "said-that",
    ]


def test_quotes_off_gives_no_quotes(seed_text: str) -> None:
    assert newsdoc.parse(seed_text, config=Config(quotes=False)).quotes == ()


def test_each_rule_can_be_disabled(seed_text: str) -> None:
    doc = newsdoc.parse(seed_text, config=Config(disabled_rules=("reported-speech",)))
    assert doc.quotes == ()


# ---------------------------------------------------------------- frames

SAID_THAT = "Mayor Ana Torvik said that the bridge over the Velna river will reopen in May."


def test_said_that() -> None:
    quote = one(SAID_THAT)
    assert (quote.rule, quote.kind, quote.speaker_text, quote.cue) == (
        "said-that",
        "indirect",
        "Mayor Ana Torvik",
        "said",
    )
    assert quote.text == "the bridge over the Velna river will reopen in May"


def test_said_without_that() -> None:
    quote = one("The harbour authority says ferry traffic rose 12 percent last year.")
    assert quote.speaker_text == "The harbour authority"
    assert quote.text == "ferry traffic rose 12 percent last year"


def test_time_and_place_interjections_are_skipped() -> None:
    quote = one("Torvik said on Monday in Kessel that repairs would cost 40 million crowns.")
    assert quote.text == "repairs would cost 40 million crowns"
    assert quote.cue == "said"


def test_appositive_between_speaker_and_cue() -> None:
    quote = one("Torvik, who took office in March, said the city would borrow the money.")
    assert quote.speaker_text == "Torvik"
    assert quote.text == "the city would borrow the money"


def test_auxiliary_joins_the_cue() -> None:
    quote = one("The ministry had said it would publish the figures in June.")
    assert quote.cue == "had said"
    assert quote.speaker_text == "The ministry"


def test_trailing_said() -> None:
    quote = one("The talks will resume next week in Kessel, a union spokesman said.")
    assert quote.rule == "trailing-said"
    assert quote.speaker_text == "a union spokesman"
    assert quote.text == "The talks will resume next week in Kessel"


def test_inverted_indirect() -> None:
    quote = one("The talks will resume next week, said union leader Per Halvard.")
    assert quote.rule == "inverted"
    assert quote.speaker_text == "union leader Per Halvard"
    assert quote.text == "The talks will resume next week"


def test_quote_said_direct_keeps_marks_and_inner_comma() -> None:
    text_in = '"We will not give up on this bridge," Torvik told reporters in Kessel.'
    quote = one(text_in)
    assert quote.rule == "quote-said"
    assert quote.kind == "direct"
    assert quote.text == '"We will not give up on this bridge,"'
    assert (quote.speaker_text, quote.cue) == ("Torvik", "told")


def test_inverted_direct_with_curly_marks() -> None:
    quote = one("“The water is rising faster than last spring,” said engineer Mira Olsen.")
    assert quote.rule == "inverted"
    assert quote.kind == "direct"
    assert quote.speaker_text == "engineer Mira Olsen"


def test_said_colon() -> None:
    quote = one('Torvik said: "The bridge is safe."')
    assert quote.rule == "said-colon"
    assert quote.kind == "direct"
    assert quote.text == '"The bridge is safe."'


def test_said_colon_with_the_quote_in_the_next_paragraph() -> None:
    quote = one("In a statement the mayor said:", '"The bridge is safe and it will reopen."')
    assert quote.rule == "said-colon"
    assert quote.kind == "direct"
    assert quote.text == '"The bridge is safe and it will reopen."'


def test_according_to_leading() -> None:
    quote = one("According to the fire service, three houses burned down overnight.")
    assert quote.rule == "according-to"
    assert (quote.speaker_text, quote.cue) == ("the fire service", "According to")
    assert quote.text == "three houses burned down overnight"


def test_according_to_trailing() -> None:
    quote = one("Three houses burned down overnight, according to the fire service.")
    assert quote.rule == "according-to"
    assert quote.speaker_text == "the fire service"
    assert quote.text == "Three houses burned down overnight"


def test_participial_lead_gives_two_quotes() -> None:
    first, second = quotes_of(
        "Noting that exports fell in the spring, Olsen said the port must find new buyers."
    )
    assert (first.rule, first.cue, first.speaker_text) == ("participial-lead", "Noting", "Olsen")
    assert first.text == "exports fell in the spring"
    assert (second.cue, second.speaker_text) == ("said", "Olsen")
    assert second.text == "the port must find new buyers"


def test_adding_that_splits_off_a_second_quote() -> None:
    first, second = quotes_of("Olsen said the port would hire 200 workers, adding that wages would rise.")
    assert first.text == "the port would hire 200 workers"
    assert (second.rule, second.cue, second.speaker_text) == ("participle-trail", "adding", "Olsen")
    assert second.text == "wages would rise"


def test_direct_quote_then_adding() -> None:
    first, second = quotes_of('"We are hiring," Olsen said, adding that wages would rise.')
    assert first.kind == "direct"
    assert second.kind == "indirect"
    assert second.speaker_text == "Olsen"


def test_coordinated_cues() -> None:
    first, second = quotes_of(
        "Torvik said the city had no money and called on the government to pay for the repairs."
    )
    assert first.text == "the city had no money"
    assert (second.rule, second.cue) == ("coordinated", "called on")
    assert second.text == "the government to pay for the repairs"


def test_call_on_and_urge() -> None:
    quote = one("The union urged drivers to stay at home on Friday.")
    assert (quote.rule, quote.cue) == ("call-on", "urged")
    assert quote.text == "drivers to stay at home on Friday"


def test_mixed_quote() -> None:
    quote = one('Olsen said the new timetable was "a disaster for commuters" and had to go.')
    assert quote.kind == "mixed"


def test_interrupted_direct_quote_has_two_pieces() -> None:
    text_in = '"The bridge is safe," Torvik said, "and it will reopen in May."'
    quote = one(text_in)
    assert len(quote.content) == 2
    assert quote.kind == "direct"


def test_continuation_sentence_joins_the_quote() -> None:
    quote = one('"We are ready," Olsen said. "The ships can dock tomorrow."')
    assert len(quote.content) == 2
    assert quote.text.endswith('"The ships can dock tomorrow."')


def test_floating_quote_inherits_the_speaker() -> None:
    first, floating = quotes_of('"We are ready," Olsen said.', '"The ships can dock tomorrow."')
    assert floating.rule == "floating"
    assert floating.cue is None
    assert floating.speaker_span == first.speaker_span
    assert floating.paragraph == first.paragraph + 1


def test_pronoun_speaker_is_kept_as_written() -> None:
    quote = one("He told Xinhua that the fleet would sail on Sunday.")
    assert quote.speaker_text == "He"
    assert quote.text == "the fleet would sail on Sunday"


def test_relative_pronoun_speaker() -> None:
    quote = one("The council passed a resolution, which urges the state to fund the bridge.")
    assert quote.speaker_text == "which"


def test_confidence_comes_from_the_rule_table() -> None:
    from newsdoc.parse.attribution import CONFIDENCE

    quote = one(SAID_THAT)
    assert quote.confidence == CONFIDENCE["said-that"]
    assert 0 < quote.confidence <= 1


# ---------------------------------------------------------------- false positives


@pytest.mark.parametrize(
    "sentence",
    [
        "The said agreement was signed in Kessel in 1998.",
        "The drivers were told to leave the depot by noon.",
        "The bridge is said to be the oldest in the region.",
        "The union will hold a vote on Friday.",
        "Officials from four states met in Kessel on Tuesday.",
    ],
)
def test_not_quotes(sentence: str) -> None:
    assert quotes_of(sentence) == []


def test_cues_inside_quote_marks_are_ignored() -> None:
    quote = one('"Nobody said it would be easy," Olsen said.')
    assert quote.cue_span is not None
    assert quote.cue_span.start > quote.content[0].end


# ---------------------------------------------------------------- quote marks


def test_apostrophes_are_not_quote_marks() -> None:
    quote = one("Olsen's deputy said the port's cranes weren't ready for the '90s boom.")
    assert quote.kind == "indirect"


def test_single_and_guillemet_quotes() -> None:
    assert one("‘We are ready,’ Olsen said.").kind == "direct"
    assert one("«We are ready», Olsen said.").kind == "direct"


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    quote = one("\"They told us 'wait' and we waited,\" Olsen said.")
    assert quote.text == "\"They told us 'wait' and we waited,\""


def test_quote_over_two_paragraphs_is_not_a_problem() -> None:
    doc = newsdoc.parse(
        'Headline\n\n"We are ready," Olsen said. "The ships can dock tomorrow.\n\n"And the crews are here."'
    )
    assert not [p for p in doc.problems if p.code == "unclosed-quote"]
    assert doc.quotes[-1].rule == "floating"


def test_unclosed_quote_is_a_problem_not_an_exception() -> None:
    doc = newsdoc.parse('Headline\n\n"We are ready, Olsen said.\n\nThe port opened.')
    problems = [p for p in doc.problems if p.code == "unclosed-quote"]
    assert len(problems) == 1
    assert problems[0].span is not None and doc.text[problems[0].span.start] == '"'


def test_unclosed_quote_raises_in_strict_mode() -> None:
    with pytest.raises(ParseError):
        newsdoc.parse('Headline\n\n"We are ready, Olsen said.', config=Config(strict=True))


def test_sentence_split_respects_abbreviations() -> None:
    found = quotes_of("Mr. Olsen said the U.S. Navy would visit on Nov. 4. Torvik said nothing changed.")
    assert [q.speaker_text for q in found] == ["Mr. Olsen", "Torvik"]
    assert found[0].text == "the U.S. Navy would visit on Nov. 4"


def test_hard_wrapped_source_spans_index_the_source() -> None:
    text = "HEAD\n    Olsen said the port\nwould hire 200 workers.\n"
    quote = newsdoc.parse(text).quotes[0]
    assert quote.content[0].slice(text) == "the port\nwould hire 200 workers"
    assert quote.text == "the port would hire 200 workers"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab ,.\n\"'“”‘’«»:", "said ", "Li ", "that ", "\n\n", "According to "]),
        max_size=60,
    ).map("".join)
)
def test_any_text_parses_and_spans_stay_in_range(body: str) -> None:
    doc = newsdoc.parse("Headline\n\n" + body)
    for quote in doc.quotes:
        for span in quote.content:
            assert 0 <= span.start < span.end <= len(doc.text)
        if quote.speaker_span is not None:
            assert quote.speaker_span.end <= len(doc.text)


# ---------------------------------------------------------------- corpus


def test_xinhua_dev_recall_regression() -> None:
    corpus = corpus_dir("xinhua-quotes-dev")
    found = total = 0
    for line in (corpus / "gold.jsonl").open(encoding="utf-8"):
        gold = json.loads(line)
        doc = newsdoc.parse_file(corpus / f"{gold['id']}.txt")
        predicted = [{i for s in q.content for i in range(s.start, s.end)} for q in doc.quotes]
        for item in gold["attributions"]:
            if not item["speech"]:
                continue
            chars = {i for s, e in item["content"] for i in range(s, e)}
            total += 1
            found += any(len(chars & p) / len(chars | p) >= 0.3 for p in predicted)
    assert found / total >= 0.8


# ---------------------------------------------------------------- harder cases


def test_second_attribution_in_one_sentence() -> None:
    first, second = quotes_of(
        "Most members said the fund should grow, but several officials said it was too late."
    )
    assert (first.speaker_text, first.text) == ("Most members", "the fund should grow")
    assert (second.speaker_text, second.text) == ("several officials", "it was too late")


def test_coordinated_verb_takes_the_sentence_subject() -> None:
    quote = one("The report examined payrolls in ten towns and said that wages had fallen.")
    assert quote.speaker_text == "The report"
    assert quote.text == "wages had fallen"


def test_participle_after_by() -> None:
    quote = one("Olsen distanced himself from the group by saying he would help if asked.")
    assert (quote.rule, quote.speaker_text, quote.cue) == ("participle-trail", "Olsen", "saying")


def test_speaker_with_commas_after_a_quote() -> None:
    quote = one('"I kind of panicked," Per Dahl, 33, said of the discovery.')
    assert quote.kind == "direct"
    assert quote.speaker_text == "Per Dahl, 33,"
    assert quote.text == '"I kind of panicked,"'


def test_typewriter_double_apostrophe_quotes() -> None:
    quote = one("''We will win this,'' Mr. Olsen said.")
    assert quote.kind == "direct"
    assert quote.speaker_text == "Mr. Olsen"


def test_thousands_separator_is_not_a_clause_break() -> None:
    quote = one('Olsen wrote to his 20,000 followers, "The vote is on Friday."')
    assert quote.text == '"The vote is on Friday."'


def test_appositive_subject_is_not_an_inverted_speaker() -> None:
    quote = one("The senior abbot, who has visited 30 countries, said he always uses a phone.")
    assert (quote.rule, quote.speaker_text) == ("said-that", "The senior abbot")


def test_long_adjunct_after_a_direct_quote_is_not_content() -> None:
    quote = one('"This is personal to me," Olsen said at the depot as she sat between two drivers.')
    assert quote.rule == "quote-said"
    assert quote.text == '"This is personal to me,"'


def test_interrupted_indirect_quote() -> None:
    quote = one("Whatever progress the envoy has made, officials said, could easily be undone.")
    assert quote.rule == "trailing-said"
    assert len(quote.content) == 2
    assert quote.text == "Whatever progress the envoy has made ... could easily be undone"


def test_dateline_inside_the_first_paragraph_is_not_content() -> None:
    quote = one("KESSEL, Nov. 3 (Xinhua) -- Ferries will sail again on Monday, the port authority said.")
    assert quote.text == "Ferries will sail again on Monday"
    assert quote.speaker_text == "the port authority"


def test_question_quote_keeps_its_attribution() -> None:
    quote = one('"Why would we wait?" Olsen said on Friday. "The ships are here."')
    assert quote.speaker_text == "Olsen"
    assert len(quote.content) == 2


def test_progressive_cue() -> None:
    quote = one("The union is urging drivers to stay at home on Friday.")
    assert (quote.speaker_text, quote.cue) == ("The union", "is urging")


def test_introductory_phrase_before_a_quote_is_not_content() -> None:
    quote = one('As for the new timetable, "we will live with it," Olsen said.')
    assert quote.text == '"we will live with it,"'


def test_time_word_after_the_cue_is_not_an_inverted_speaker() -> None:
    quote = one('"We are ready," Per Dahl, the harbour master, said Sunday.')
    assert quote.speaker_text is not None and quote.speaker_text.startswith("Per Dahl")
    assert quote.text == '"We are ready,"'


def test_reuters_style_dateline_with_a_single_hyphen() -> None:
    quote = one("KESSEL, March 13 - Ferry traffic rose sharply last month, port officials said.")
    assert quote.text == "Ferry traffic rose sharply last month"


def test_quoted_title_inside_an_adjunct() -> None:
    quote = one('Olsen said on the "Harbour Hour" show that the port would "take a look" at it.')
    assert quote.kind == "mixed"
    assert quote.text == 'the port would "take a look" at it'


def test_opening_mark_typed_as_a_closer() -> None:
    quote = one("“It's unusual,“ said engineer Mira Olsen.")
    assert quote.kind == "direct"
    assert quote.speaker_text == "engineer Mira Olsen"


def test_asked_lead_gives_the_question_and_the_answer() -> None:
    asked, said = quotes_of("Asked whether the port would close, Olsen said the decision was not hers.")
    assert (asked.cue, asked.text) == ("Asked", "whether the port would close")
    assert (said.speaker_text, said.text) == ("Olsen", "the decision was not hers")


def test_coordinated_cue_with_auxiliary_and_but() -> None:
    quote = one("Olsen called the plan reckless but has said she would not block it.")
    assert (quote.speaker_text, quote.cue) == ("Olsen", "has said")
    assert quote.text == "she would not block it"
    first, second = quotes_of("Olsen criticized the plan but has said she would not block it.")
    assert (first.cue, first.text) == ("criticized", "the plan")
    assert (second.rule, second.speaker_text, second.cue) == ("coordinated", "Olsen", "has said")


def test_participle_after_a_closing_quote() -> None:
    quote = quotes_of('Olsen blamed the delay on a "bad signal," insisting that the line was fine.')[-1]
    assert (quote.rule, quote.cue, quote.speaker_text) == ("participle-trail", "insisting", "Olsen")
    assert quote.text == "the line was fine"


def test_pronoun_attribution_after_and() -> None:
    found = quotes_of('Olsen praised "the crews of the port," and he said the berth would reopen soon.')
    assert found[-1].speaker_text == "he"
    assert found[-1].text == "the berth would reopen soon"


def test_quote_then_speaker_with_appositive_before_tell() -> None:
    quote = one('"The line is safe," Per Dahl, head of the Kessel Ferry Union, told the Harbour Times.')
    assert quote.rule == "quote-said"
    assert quote.text == '"The line is safe,"'
    assert quote.speaker_text is not None and quote.speaker_text.startswith("Per Dahl")


def test_content_starts_right_after_a_bare_time_adjunct() -> None:
    quote = one("Olsen said on Friday she met the mayor last week and that the two discussed fares.")
    assert quote.text == "she met the mayor last week and that the two discussed fares"
    quote = one('Two papers reported on Wednesday the port had "more than one leak" last year.')
    assert quote.text == 'the port had "more than one leak" last year'
    quote = one("Olsen said on Monday in Kessel that fares would rise.")
    assert quote.text == "fares would rise"


def test_short_lead_interrupted_by_the_attribution() -> None:
    quote = one("The new timetable, Olsen says, is different.")
    assert (quote.rule, quote.speaker_text) == ("trailing-said", "Olsen")
    assert quote.text == "The new timetable ... is different"
    quote = one("At one point, she said, the ferry was full.")
    assert quote.text == "At one point ... the ferry was full"


def test_short_lead_before_a_participle_is_not_content() -> None:
    found = quotes_of("On Monday, Olsen said, adding that the port was closed.")
    assert all(not q.text.startswith("On Monday") for q in found)


def test_final_abbreviation_before_a_sentence_opener_ends_the_sentence() -> None:
    found = quotes_of("Olsen said the ferries will come from the U.S. The first one is due in May.")
    assert [q.text for q in found] == ["the ferries will come from the U.S"]  # the final dot is punctuation
    quote = one("Olsen said the U.S. Navy would help.")
    assert quote.text == "the U.S. Navy would help"


def test_clause_verbs_take_a_bare_clause_but_that_verbs_do_not() -> None:
    quote = one("Olsen insisted the ferry was safe.")
    assert (quote.cue, quote.text) == ("insisted", "the ferry was safe")
    quote = one("The port authority acknowledged it had made mistakes.")
    assert quote.text == "it had made mistakes"
    assert quotes_of("Olsen maintained close ties with the union.") == []
    assert quotes_of("Olsen continued her tour of the harbour.") == []


def test_thousands_separator_and_negated_passive_do_not_split_content() -> None:
    quote = one("The Harbour Times said roughly 1,100 ferry tickets were not refunded.")
    assert quote.text == "roughly 1,100 ferry tickets were not refunded"
    quote = one("The crew was not told about the leak, Dahl said.")
    assert (quote.cue, quote.text) == ("said", "The crew was not told about the leak")


def test_capitalised_name_parts_are_not_clause_words() -> None:
    quote = one("County chairman Will Dahl, for example, said the visit would help.")
    assert (quote.speaker_text, quote.text) == ("County chairman Will Dahl", "the visit would help")


def test_quoted_word_inside_trailing_content() -> None:
    quote = one('The agency made a "mistake" in the check, Olsen has said.')
    assert (quote.rule, quote.kind, quote.speaker_text) == ("trailing-said", "mixed", "Olsen")
    assert quote.text == 'The agency made a "mistake" in the check'


def test_appositive_with_a_relative_clause_between_speaker_and_cue() -> None:
    quote = one(
        "Senator Ann Fox, a Kessel Republican who has backed the mayor, acknowledged that fares may rise."
    )
    assert (quote.speaker_text, quote.text) == ("Senator Ann Fox", "fares may rise")


def test_a_second_cue_after_an_attributed_quote_gets_its_own_frame() -> None:
    said, added = quotes_of(
        '"The row will fade," said party boss Per Dahl, though he added that it was costly.'
    )
    assert (said.rule, said.speaker_text) == ("inverted", "party boss Per Dahl")
    assert (added.cue, added.speaker_text, added.text) == ("added", "he", "it was costly")


def test_trailing_participle_takes_the_subject_of_the_main_clause() -> None:
    quote = one("As the results came in on Tuesday, she spoke in Kessel, predicting she would win.")
    assert (quote.rule, quote.speaker_text, quote.text) == ("participle-trail", "she", "she would win")


def test_passive_asked_gives_the_question_to_the_asker() -> None:
    quote = one("Dahl was asked by host Mira Olsen whether the port would close.")
    assert (quote.rule, quote.cue, quote.speaker_text) == ("asked-passive", "was asked", "host Mira Olsen")
    assert quote.text == "whether the port would close"
    quote = one("Dahl was asked about the closure of the port.")
    assert (quote.speaker_text, quote.text) == (None, "the closure of the port")
    assert quotes_of("The ferry was asked to leave the harbour.") == []


def test_adverbial_lead_before_said_comma_quote_is_not_content() -> None:
    quote = one('At a rally in the old harbour on Friday, Dahl said, "We will not close the port."')
    assert quote.text == '"We will not close the port."'
    assert quote.speaker_text == "Dahl"


def test_hyphenated_compound_is_not_a_cue() -> None:
    quote = one("The self-described harbour rebel said she would run again.")
    assert (quote.cue, quote.speaker_text) == ("said", "The self-described harbour rebel")


def test_question_after_an_addressee() -> None:
    quote = one("A reporter asked Dahl how he was feeling on election day.")
    assert (quote.speaker_text, quote.text) == ("A reporter", "how he was feeling on election day")
    quote = one("Dahl asked the court to delay the case.")
    assert quote.text == "the court to delay the case"


def test_participle_adjective_in_an_inverted_speaker() -> None:
    quote = one('"There is no home advantage," said one unaligned Kessel strategist.')
    assert (quote.rule, quote.speaker_text) == ("inverted", "one unaligned Kessel strategist")


def test_quote_then_speaker_with_a_relative_clause() -> None:
    quote = one('"The ad raises questions," Mira Olsen, who chairs Harbour Action, said in a statement.')
    assert (quote.rule, quote.speaker_text) == ("quote-said", "Mira Olsen")
    assert quote.text == '"The ad raises questions,"'


def test_closing_mark_without_a_space_before_the_speaker() -> None:
    quote = quotes_of("“It has been surprising to me,”Olsen said. “Some comments are bad.”")[0]
    assert (quote.rule, quote.speaker_text, quote.kind) == ("quote-said", "Olsen", "direct")


def test_continuation_skips_a_trailing_participle_but_not_a_plain_sentence() -> None:
    said, _adding = quotes_of(
        '"That speaks volumes," she said, adding that the party will work. "They are waiting."'
    )
    assert said.text == '"That speaks volumes," ... "They are waiting."'
    found = quotes_of('"Your Honour," I said, "I can answer." Then I sat down. "Explain yourself."')
    assert found[0].text == '"Your Honour," ... "I can answer."'


def test_infinitive_complement_is_no_adjunct_and_number_adjective_is_no_cue() -> None:
    assert quotes_of("As Olsen continues to pursue talks, the ferry strike is growing.") == []
    quote = one('Dahl went on to say: "The port will close."')
    assert (quote.cue, quote.text) == ("went on", '"The port will close."')
    assert quotes_of("Olsen leads by nearly 300 pledged delegates.") == []
    quote = one("A Harbour Party ad in 2008 questioned whether Dahl was ready.")
    assert quote.text == "whether Dahl was ready"


def test_time_phrase_closing_a_trailing_attribution() -> None:
    quote = one("The mayor used a private account, the Harbour Times reported late Thursday.")
    assert (quote.rule, quote.text) == ("trailing-said", "The mayor used a private account")
    quote = one("The council had hidden the report, the Post said ten days ago.")
    assert quote.text == "The council had hidden the report"


def test_poll_share_subjects_and_a_quoted_aside_before_the_cue() -> None:
    quote = one("Many voters want change, but six in 10 said they want the ferries back.")
    assert (quote.speaker_text, quote.text) == ("six in 10", "they want the ferries back")
    quote = one('Humphrey, who calls the mayor a "liar," said he does not trust the plan.')
    assert (quote.speaker_text, quote.text) == ("Humphrey", "he does not trust the plan")


def test_participle_aside_between_subject_and_cue() -> None:
    quote = one("Dahl, later alleging that the mayor lied, said he would close the port.")
    assert (quote.speaker_text, quote.text) == ("Dahl", "he would close the port")


def test_according_to_in_the_middle_resumes_only_after_a_short_lead() -> None:
    quote = one("Dahl has won 75 seats so far, according to a harbour tally, but his path is narrowing.")
    assert quote.text == "Dahl has won 75 seats so far"
    quote = one("Since May, according to the port authority, ferries have carried 400 cars.")
    assert quote.text == "Since May ... ferries have carried 400 cars"


def test_main_verb_after_a_relative_clause_with_its_own_cue() -> None:
    inner, main = quotes_of("Dahl, who said the plan was checked by lawyers, said he knew of no dispute.")
    assert (inner.speaker_text, inner.text) == ("who", "the plan was checked by lawyers")
    assert (main.speaker_text, main.text) == ("Dahl", "he knew of no dispute")


def test_content_stops_before_a_new_speaker_after_a_quoted_comma() -> None:
    found = quotes_of('Nothing the mayor said "will calm fears," the harbour master said.')
    assert found[0].text == '"will calm fears,"'


def test_medium_adjunct_without_that_is_not_content() -> None:
    quote = one("Dahl said in a statement the port would close for two weeks.")
    assert quote.text == "the port would close for two weeks"
    quote = one("Dahl said in an interview with the Harbour Times he would not run again.")
    assert quote.text == "he would not run again"


def test_cue_search_treats_every_unicode_space_as_a_word_boundary() -> None:
    """The cue regex spells ``\\s`` out as a class (faster); it must stay exactly ``\\s``."""
    import re

    from newsdoc.parse import cues

    spelled = re.compile("[" + cues._SPACE_CHARS + "]")
    for code in range(0x110000):
        char = chr(code)
        assert bool(spelled.fullmatch(char)) == bool(re.fullmatch(r"\s", char)), hex(code)
    for space in ("\u2009", "\xa0", "\u3000", "\r", "\x0b"):
        match = cues.CUE_RE.search(f"Dahl{space}said no.")
        assert match is not None and match.group(1) == "said"


def test_ascii_cue_search_finds_what_the_full_search_finds() -> None:
    """Texts of ASCII only are scanned with a smaller lead class: same leads below 128, same cues."""
    import re

    from newsdoc.parse import cues

    full_lead = re.compile(cues.CUE_RE.pattern.split("](", 1)[0] + "]")
    ascii_lead = re.compile(cues._ASCII_LEAD)
    for code in range(128):
        char = chr(code)
        assert bool(full_lead.fullmatch(char)) == bool(ascii_lead.fullmatch(char)), hex(code)
    text = (
        'Ola Berg said\tthe dam (noted as "unsafe") was [reported] closed, adding/noting\n'
        "that crews-warned residents.  According to police, the self-described expert told"
        ' reporters "officials said -- and pointed  out -- that it held."'
    )
    for general, ascii_only in (
        (cues.CUE_RE, cues.CUE_RE_ASCII),
        (cues.CUE_RE_COGNITION, cues.CUE_RE_COGNITION_ASCII),
    ):
        expected = [m.span(1) for m in general.finditer(text)]
        assert [m.span(1) for m in ascii_only.finditer(text)] == expected
        assert len(expected) >= 8
