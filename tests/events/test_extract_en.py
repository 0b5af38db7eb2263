"""English event frames: types, passives, pronouns, coordination, modality, dates."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("text", "type_name", "main_role", "main"),
    [
        ("Winston Churchill was born at Blenheim Palace.", "BIRTH", "patient", "Winston Churchill"),
        ("Anne Boleyn was beheaded in London.", "EXECUTION", "patient", "Anne Boleyn"),
        ("Leon Trotsky was expelled from the Communist Party.", "EXPULSION", "patient", "Leon Trotsky"),
        ("Neville Chamberlain resigned as Prime Minister.", "RESIGNATION", "patient", "Neville Chamberlain"),
        ("Harry Truman succeeded Franklin Roosevelt.", "SUCCESSION", "successor", "Harry Truman"),
        ("Oscar Wilde was arrested at the Cadogan Hotel.", "ARREST", "patient", "Oscar Wilde"),
        ("Victor Hugo was exiled to Guernsey.", "EXILE", "patient", "Victor Hugo"),
        ("Emma Goldman was deported to Russia.", "DEPORTATION", "patient", "Emma Goldman"),
        ("Karl Marx lived in London.", "RESIDENCE", "patient", "Karl Marx"),
        ("Rosa Parks joined the NAACP.", "JOIN", "patient", "Rosa Parks"),
        ("Germany invaded Poland.", "ATTACK", "agent", "Germany"),
        ("Franklin Roosevelt met Winston Churchill in Casablanca.", "MEETING", "agent", "Franklin Roosevelt"),
        ("Spain signed the treaty with the United States.", "TREATY", "agent", "Spain"),
        ("Anne Boleyn was accused of adultery.", "ACCUSATION", "patient", "Anne Boleyn"),
        ("Charles Darwin published his theory of evolution.", "PUBLICATION", "work", "his theory of evolution"),
    ],
)  # fmt: skip
def test_each_family_is_typed_with_its_main_participant(analyze_en, text, type_name, main_role, main):
    analysis = analyze_en(text)
    event = only(analysis, type_name)
    assert main in role(event, main_role) or main in resolved(analysis, event, main_role)


def test_passive_by_phrase_is_the_agent_and_predicative_noun_the_position(analyze_en):
    analysis = analyze_en("Thomas Cromwell was appointed Lord Privy Seal by Henry VIII.")
    event = only(analysis, "APPOINTMENT")
    assert role(event, "patient") == ["Thomas Cromwell"]
    assert role(event, "position") == ["Lord Privy Seal"]
    assert role(event, "agent") == ["Henry VIII"]


def test_pronoun_resolves_to_the_salient_person(analyze_en):
    analysis = analyze_en("Leon Trotsky led the Red Army. In 1929 he was deported to Turkey.", {"1929": "1929"})
    event = only(analysis, "DEPORTATION")
    assert role(event, "patient") == ["he"]
    assert resolved(analysis, event, "patient") == ["Leon Trotsky"]
    assert event.time_value == "1929"


def test_coordinated_passive_shares_subject_but_not_a_later_date(analyze_en):
    analysis = analyze_en(
        "Marie Antoinette was tried on 14 October 1793 and guillotined.", {"14 October 1793": "1793-10-14"}
    )
    trial, execution = only(analysis, "TRIAL"), only(analysis, "EXECUTION")
    assert trial.time_value == "1793-10-14"
    assert role(execution, "patient") == ["Marie Antoinette"]
    assert execution.time_value is None


def test_coordinated_subjects_are_two_agents(analyze_en):
    event = only(analyze_en("Wellington and Blücher defeated the French army."), "BATTLE")
    assert sorted(role(event, "agent")) == ["Blücher", "Wellington"]


def test_relative_where_clause_gives_the_place(analyze_en):
    analysis = analyze_en("Napoleon was sent to Saint Helena, where he died.")
    event = only(analysis, "DEATH")
    assert role(event, "place") == ["Saint Helena"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Trotsky was never tried.", "negated"),
        ("Trotsky was not arrested.", "negated"),
        ("Trotsky refused to resign.", "negated"),
        ("Stalin tried to expel Trotsky.", "attempted"),
        ("Allegedly, Trotsky was arrested.", "alleged"),
        ("His enemies claimed that Trotsky had been arrested.", "alleged"),
        ("There were rumours that Trotsky had been arrested.", "alleged"),
        ("A rumour spread that Trotsky had been arrested.", "alleged"),
        ("According to the press, Trotsky was arrested.", "reported"),
        ("The press said that Trotsky had been arrested.", "reported"),
        ("Trotsky would resign two years later.", "hypothetical"),
        ("Trotsky was arrested.", "asserted"),
    ],
)
def test_modality(analyze_en, text, modality):
    analysis = analyze_en(text)
    assert analysis.events, text
    assert analysis.events[-1].modality == modality


def test_tried_is_a_trial_only_in_the_passive(analyze_en):
    assert [e.type for e in analyze_en("He was tried for treason.").events] == ["TRIAL"]
    assert "TRIAL" not in [e.type for e in analyze_en("He tried to escape.").events]


def test_nominal_trigger_with_its_of_phrase(analyze_en):
    analysis = analyze_en("The assassination of Abraham Lincoln shocked the nation.")
    event = only(analysis, "DEATH")
    assert role(event, "patient") == ["Abraham Lincoln"]
    assert event.manner == "killing"
    assert event.trigger.pos == "NOUN"  # kept on the trigger, for TimeML's MAKEINSTANCE pos


def test_a_verb_trigger_says_it_is_a_verb(analyze_en):
    assert only(analyze_en("Gandhi was arrested in Bombay."), "ARREST").trigger.pos == "VERB"


def test_undated_without_timexes(analyze_en):
    analysis = analyze_en("Gandhi was arrested in Bombay.")
    assert only(analysis, "ARREST").time_value is None


def test_place_hung_on_a_date_still_counts(analyze_en):
    analysis = analyze_en("Leon Trotsky was born on 7 November 1879 in Yanovka.", {"7 November 1879": "1879-11-07"})
    event = only(analysis, "BIRTH")
    assert role(event, "place") == ["Yanovka"] and event.time_value == "1879-11-07"


def test_a_plural_subject_is_not_the_antecedent_of_he(analyze_en):
    analysis = analyze_en(
        "Napoleon Bonaparte returned to France. "
        "Wellington and Blücher defeated him, and he was deported to Saint Helena."
    )
    event = only(analysis, "DEPORTATION")
    assert resolved(analysis, event, "patient") == ["Napoleon Bonaparte"]


def test_a_bare_nominal_is_not_an_event(analyze_en):
    assert analyze_en("Death was everywhere.").events == ()


def test_multiword_trigger_behind_a_preposition(analyze_en):
    event = only(analyze_en("Victor Hugo went into exile in Brussels."), "EXILE")
    assert role(event, "patient") == ["Victor Hugo"]


def test_a_gendered_pronoun_skips_a_person_of_the_other_gender(analyze_en):
    analysis = analyze_en(
        "Lord Darnley married Mary Stuart. Years later he was murdered, and she was arrested in England."
    )
    murder, arrest = only(analysis, "DEATH"), only(analysis, "ARREST")
    first = resolved(analysis, murder, "patient")
    assert resolved(analysis, arrest, "patient") != first


def test_a_verb_without_object_makes_its_subject_the_patient(analyze_en):
    assert role(only(analyze_en("The Soviet Union dissolved."), "DISSOLUTION"), "patient") == ["The Soviet Union"]
    event = only(analyze_en("Gorbachev dissolved the Central Committee."), "DISSOLUTION")
    assert role(event, "agent") == ["Gorbachev"] and role(event, "patient") == ["the Central Committee"]


def test_a_manner_phrase_in_the_clause_gives_the_manner(analyze_en):
    """cues.yaml manner_phrases: the trigger "died" says nothing of how; the phrase does."""
    assert only(analyze_en("Joseph Stalin died of natural causes in Moscow."), "DEATH").manner == "natural"
    assert only(analyze_en("Nikolai Yezhov died by firing squad."), "DEATH").manner == "execution"
    assert only(analyze_en("Vladimir Lenin died in Gorki."), "DEATH").manner is None


def test_a_noun_restating_its_verb_is_one_event(analyze_en):
    analysis = analyze_en("Joseph Stalin died a natural death in Moscow.")
    assert [e.type for e in analysis.events] == ["DEATH"]  # not a second DEATH for "death"


def test_a_manner_phrase_in_a_clause_about_someone_else_is_not_read(analyze_en):
    analysis = analyze_en("Leon Trotsky died in Mexico, a year after his son Lev Sedov was murdered.")
    trotsky = next(e for e in analysis.events if e.trigger.text == "died")
    assert trotsky.manner is None


def test_quitting_a_country_is_a_departure_not_leaving_a_body(analyze_en):
    """ "quit Norway" leaves a place (a TRAVEL from it); "quit the party" leaves a body (LEAVE)."""
    analysis = analyze_en("In 1936 Trotsky quit Norway.", {"1936": "1936"})
    event = only(analysis, "TRAVEL")
    assert role(event, "origin") == ["Norway"]
    analysis = analyze_en("In 1936 Trotsky quit the Communist Party.", {"1936": "1936"})
    assert only(analysis, "LEAVE")


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Six months prior to the 1917 February Revolution, Yezhov was arrested.", False),
        ("Gorky died a year before the Constitution of 1936.", False),
        ("Stalin died shortly after the congress of 1952.", False),
        ("During the revolution of 1905, Trotsky was arrested.", True),
    ],
)
def test_a_named_date_the_event_lies_before_or_after_does_not_date_it(analyze_en, text, dated):
    """blind_order_named_dates: the offset moves the event off the named thing's date."""
    year = next(word.strip(".,") for word in text.split() if word.strip(".,").isdigit())
    event = analyze_en(text, {year: year}).events[-1]
    assert (event.time_value is not None) is dated, event
