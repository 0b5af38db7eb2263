"""Coordinated participles in biographical entries (#13, helper 13p; blind set
tests/data/verify/blind_chained_participles.yaml): "Político soviético, nacido en X en 1883 y fusilado en Y en
1936", "born in X in 1883 and died in Y in 1936", "Born … and executed …, N …". The second participle is an
event of the same person with its own date and place; a participle on another noun, or a date of the first
participle only, is not the second's."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "second", "person", "date", "place"),
    [
        ("analyze_es", "Nadezhda Krúpskaya, "
                       "nacida en San Petersburgo en 1869 y fallecida en Moscú en 1939, fue maestra.",
         {"1869": "1869", "1939": "1939"}, "DEATH", "Nadezhda Krúpskaya", "1939", ["Moscú"]),
        ("analyze_es", "Nacido en Saratov en 1881 y fusilado en 1938, Alekséi Ríkov presidió el gobierno.",
         {"1881": "1881", "1938": "1938"}, "EXECUTION", "Alekséi Ríkov", "1938", []),
        ("analyze_en", "Nadezhda Krupskaya, born in St Petersburg in 1869 and died in Moscow in 1939, was a teacher.",
         {"1869": "1869", "1939": "1939"}, "DEATH", "Nadezhda Krupskaya", "1939", ["Moscow"]),
        ("analyze_en", "Born in Moscow in 1883 and executed in 1936, Lev Kamenev chaired the Moscow Soviet.",
         {"1883": "1883", "1936": "1936"}, "EXECUTION", "Lev Kamenev", "1936", []),
    ],
)  # fmt: skip
def test_the_second_participle_is_the_same_persons_event(request, analyzer, text, dates, second, person, date, place):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    birth = only(analysis, "BIRTH")
    event = only(analysis, second)
    assert resolved(analysis, event, "patient") == [person] == resolved(analysis, birth, "patient")
    assert event.time_value == date and birth.time_value != date
    assert role(event, "place") == place


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "second", "description"),
    [
        ("analyze_es", "Ríkov, Alekséi Ivánovich.\n\n"
                       "Dirigente bolchevique, nacido en Saratov en 1881 y fusilado en 1938.",
         {"1881": "1881", "1938": "1938"}, "EXECUTION", "Dirigente"),
        ("analyze_es", "Radek, Karl.\n\nPeriodista bolchevique, nacido en Lemberg en 1885 y muerto en prisión en 1939.",
         {"1885": "1885", "1939": "1939"}, "DEATH", "Periodista"),
        ("analyze_en", "Rykov, Alexei Ivanovich.\n\nBolshevik leader, born in Saratov in 1881 and shot in 1938.",
         {"1881": "1881", "1938": "1938"}, "DEATH", "Bolshevik leader"),
        ("analyze_en", "Frunze, Mikhail.\n\n"
                       "Soviet military leader, born in Pishpek in 1885 and died in Moscow in 1925.",
         {"1885": "1885", "1925": "1925"}, "DEATH", "Soviet military leader"),
    ],
)  # fmt: skip
def test_both_participles_of_an_entry_description_are_its_events(request, analyzer, text, dates, second, description):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    birth, event = only(analysis, "BIRTH"), only(analysis, second)
    assert role(birth, "patient") == role(event, "patient")
    assert role(event, "patient")[0].startswith(description)
    assert birth.time_value == min(dates.values()) and event.time_value == max(dates.values())


def test_a_participle_agrees_with_the_description_not_its_complement(analyze_es):
    text = "Yagoda, Guénrij.\n\nJefe de la policía política soviética, nacido en Rybinsk en 1891 y ejecutado en 1938."
    analysis = analyze_es(text, {"1891": "1891", "1938": "1938"})
    assert role(only(analysis, "BIRTH"), "patient") == ["Jefe"]
    assert role(only(analysis, "EXECUTION"), "patient") == ["Jefe"]


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_es", "Kámenev, Lev.\n\n"
                       "Revolucionario ruso, nacido en Moscú en 1883 y fusilado tras el primer proceso.",
         {"1883": "1883"}),
        ("analyze_en", "Kamenev, Lev.\n\nRussian revolutionary, born in Moscow in 1883 and shot after the first trial.",
         {"1883": "1883"}),
    ],
)  # fmt: skip
def test_the_first_participles_date_is_not_the_seconds(request, analyzer, text, dates):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert only(analysis, "BIRTH").time_value == "1883"
    assert all(e.time_value is None for e in analysis.events if e.type in ("DEATH", "EXECUTION"))


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "other"),
    [
        ("analyze_es", "Sverdlov, Yákov.\n\n"
                       "Dirigente bolchevique, nacido en 1885 y responsable de la familia imperial, "
         "fusilada en Ekaterimburgo en 1918.", {"1885": "1885", "1918": "1918"}, "la familia imperial"),
        ("analyze_en", "Sverdlov, Yakov.\n\nBolshevik leader, born in 1885 and answerable for the imperial family, "
         "executed in Yekaterinburg in 1918.", {"1885": "1885", "1918": "1918"}, "the imperial family"),
    ],
)  # fmt: skip
def test_a_participle_on_another_noun_is_not_the_headwords(request, analyzer, text, dates, other):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    execution = only(analysis, "EXECUTION")
    assert role(execution, "patient") == [other]
