"""A birth's place after intervening words (#13, class blind set
tests/data/verify/blind_birth_place_after_words.yaml): the parser hangs "in Moscow" on the birth name,
the family or the subject's apposition, not on the verb; BIRTH says `carried_place` in the trigger data.
A participle set off by a comma after a name ("Stalin, nacido en 1878 en Gori, …") is that name's birth."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "place"),
    [
        ("analyze_en", "Lev Kamenev was born Lev Rosenfeld in Moscow in 1883.", {"1883": "1883"}, "Moscow"),
        ("analyze_en", "Genrikh Yagoda was born into a Jewish family in Nizhny Novgorod in 1891.", {"1891": "1891"},
         "Nizhny Novgorod"),
        ("analyze_en", "Genrikh Yagoda was born Heinrich Yehuda in Lodz, then part of the Russian Empire.", {},
         "Lodz"),
        ("analyze_en", "Nadezhda Krupskaya was born into a family of impoverished nobles in Moscow in 1869.",
         {"1869": "1869"}, "Moscow"),
        ("analyze_es", "Génrij Yagoda nació en el seno de una familia judía en Moscú en 1891.", {"1891": "1891"},
         "Moscú"),
        ("analyze_es", "León Trotski nació con el nombre de Lev Bronstein en Kiev en 1879.", {"1879": "1879"},
         "Kiev"),
        ("analyze_es", "Nadezhda Krúpskaya nació en una familia noble empobrecida en San Petersburgo.", {},
         "San Petersburgo"),
    ],
)  # fmt: skip
def test_a_place_hung_on_a_word_after_the_verb_is_the_births(request, analyzer, text, dates, place):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert role(only(analysis, "BIRTH"), "place") == [place]


@pytest.mark.parametrize(
    ("analyzer", "text"),
    [
        ("analyze_en", "Lev Kamenev was born in a village near Moscow."),  # "near" is not the birth's
        ("analyze_es", "Lev Kámenev nació en una aldea cerca de Moscú."),
    ],
)
def test_a_place_near_the_carrier_is_not_the_births(request, analyzer, text):
    analysis = request.getfixturevalue(analyzer)(text)
    assert "Moscow" not in role(only(analysis, "BIRTH"), "place")
    assert "Moscú" not in role(only(analysis, "BIRTH"), "place")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_only_the_birth_carries_its_place_in_the_trigger_data(lang):
    from cronica.events.lexicon import load_lexicon

    lexicon = load_lexicon(lang)
    carried = {e.type for entries in lexicon.verbs.values() for e in entries if e.carried_place}
    assert carried == {"BIRTH"}


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "person", "place"),
    [
        ("analyze_es", "Iósif Stalin, nacido en 1878 en Gori, gobernó la Unión Soviética.", {"1878": "1878"},
         "Iósif Stalin", "Gori"),
        ("analyze_en", "Joseph Stalin, born in 1878 in Gori, ruled the Soviet Union.", {"1878": "1878"},
         "Joseph Stalin", "Gori"),
    ],
)  # fmt: skip
def test_a_participle_set_off_after_a_name_is_that_names_event(request, analyzer, text, dates, person, place):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    birth = only(analysis, "BIRTH")
    assert resolved(analysis, birth, "patient") == [person]
    assert role(birth, "place") == [place]
    assert birth.time_value == "1878"


def test_a_participle_without_a_comma_restricts_its_noun(analyze_es):
    analysis = analyze_es("Un hombre nacido en Gori gobernó la Unión Soviética.")
    assert not [e for e in analysis.events if e.type == "BIRTH" and resolved(analysis, e, "patient")]
