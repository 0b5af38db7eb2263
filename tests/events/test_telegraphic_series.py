"""Telegraphic chronologies and marked lead parentheses (issue #13, helper 13p), as classes:

- a bare participle after a comma or semicolon that goes on a series opened by a passive verb
  ("was expelled from the party (1927), exiled to Tomsk (1928)") shares that verb's subject, even when
  the parser hangs it on a noun ("the party, exiled to …": not the party exiled);
- a date alone in brackets dates the predicate right before it, never an earlier item of the list
  ("…, exiled to Tomsk, and readmitted (1930)": the exile stays undated);
- a lead parenthesis may mark its death after a semicolon ("(n. 1880; m. 1936)", "(born 1880; died 1936)").

Expected readings written before the tests were run (es and en; blind set
tests/data/verify/blind_biography_parentheses.yaml).
"""

from __future__ import annotations

import pytest


def _events(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    return pipeline.analyze_text(text, lang=lang).events


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        ("es", "Rádek fue expulsado del partido (1927), desterrado a Tomsk (1928) y readmitido (1930).", "Rádek"),
        ("en", "Radek was expelled from the party (1927), exiled to Tomsk (1928) and readmitted (1930).", "Radek"),
    ],
)
def test_a_series_participle_shares_the_passive_subject_and_its_own_year(pipeline_es, pipeline_en, lang, text, subject):
    (exile,) = [e for e in _events(pipeline_es, pipeline_en, lang, text) if e.type == "EXILE"]
    assert [p.text for p in exile.participants if p.role == "patient"] == [subject], exile.participants
    assert exile.time_value == "1928", (exile.time_value, exile.time_source)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Rádek fue expulsado del partido, desterrado a Tomsk y readmitido en el partido (1930)."),
        ("en", "Radek was ousted from the party, exiled to Tomsk, and readmitted to the party (1930)."),
    ],
)
def test_a_bracketed_year_never_dates_an_earlier_item(pipeline_es, pipeline_en, lang, text):
    exiles = [e for e in _events(pipeline_es, pipeline_en, lang, text) if e.type == "EXILE"]
    assert exiles, "the exile is read"
    assert all(e.time_value is None for e in exiles), [(e.time_value, e.time_source) for e in exiles]
    assert all("party" not in p.text and "partido" not in p.text for e in exiles for p in e.participants)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Mijaíl Tomski (n. 1880; m. 1936) dirigió los sindicatos soviéticos."),
        ("en", "Mikhail Tomsky (born 1880; died 1936) led the Soviet trade unions."),
    ],
)
def test_a_semicolon_before_a_marked_death(pipeline_es, pipeline_en, lang, text):
    events = _events(pipeline_es, pipeline_en, lang, text)
    births = [e.time_value for e in events if e.type == "BIRTH"]
    deaths = [e.time_value for e in events if e.type == "DEATH" and e.time_value]
    assert births == ["1880"], births
    assert deaths == ["1936"], deaths


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Grigori Zinóviev (Moscú, 1883 - íd., 1936) presidió la Comintern.", "Moscú"),
        ("en", "Grigory Zinoviev (Moscow, 1883 – ibid., 1936) chaired the Comintern.", "Moscow"),
    ],
)
def test_a_death_part_said_as_the_birth_place(pipeline_es, pipeline_en, lang, text, place):
    events = _events(pipeline_es, pipeline_en, lang, text)
    (death,) = [e for e in events if e.type == "DEATH"]
    assert [p.text for p in death.participants if p.role == "place"] == [place], death.participants


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("en", "Bukharin was arrested by the secret police, founded by Dzerzhinsky, and shot in 1938.", "Bukharin"),
        ("es", "Bujarin fue detenido por la policía política, fundada por Dzerzhinski, y fusilado en 1938.", "Bujarin"),
    ],
)
def test_a_nouns_modifier_with_an_agent_is_no_item(pipeline_es, pipeline_en, lang, text, other):
    events = _events(pipeline_es, pipeline_en, lang, text)
    founded = [e for e in events if e.type == "FOUNDING"]
    assert all(other not in p.text for e in founded for p in e.participants), founded
