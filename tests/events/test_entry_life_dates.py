"""Life dates in dictionary and encyclopedia entry shapes (#13, helper 13b; blind set
tests/data/verify/blind_entry_life_dates.yaml, gold written before any run): marker and labelled lines
under the name line ("b. Yanovka, 7 November 1879", "Fallecimiento: 5 de marzo de 1953, Moscú"), marked
parts between commas after the name ("X, b. Moscow, 9 Oct. 1888, d. 15 Mar. 1938, edited …"), a
genealogical asterisk ("(* 1888, † 1938)"). Never a life: bare years after a ruler's title (the reign),
a relative's marked death, a line under the heading that is not a marked line.
"""

from __future__ import annotations

import pytest

from cronica.events.entry_lines import marked_kind
from cronica.events.lexicon import load_lexicon


def _lives(analysis):
    names = {e.id: e.canonical or e.text for e in analysis.entities}
    return [
        (e.type, e.time_value, names.get(next((p.entity for p in e.participants if p.role == "patient"), None)))
        for e in analysis.events
        if e.type in ("BIRTH", "DEATH")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Andrey Vyshinsky\nb. Odessa, 10 December 1883\nd. New York, 22 November 1954\nSoviet prosecutor.",
         [("BIRTH", "1883-12-10", "Andrey Vyshinsky"), ("DEATH", "1954-11-22", "Andrey Vyshinsky")]),
        ("es", "Lázar Kaganóvich\nn. Kabany, 22 de noviembre de 1893\nm. Moscú, 25 de julio de 1991\nDirigió los "
               "ferrocarriles.",
         [("BIRTH", "1893-11-22", "Lazar Kaganovich"), ("DEATH", "1991-07-25", "Lazar Kaganovich")]),
        ("en", "Vyacheslav Molotov\nBorn: 9 March 1890, Kukarka\nDied: 8 November 1986, Moscow\nSoviet diplomat.",
         [("BIRTH", "1890-03-09", "Vyacheslav Molotov"), ("DEATH", "1986-11-08", "Vyacheslav Molotov")]),
        ("es", "Viacheslav Mólotov\nNacimiento: 9 de marzo de 1890\nFallecimiento: 8 de noviembre de 1986\nDiplomático "
               "soviético.",
         [("BIRTH", "1890-03-09", "Vyacheslav Molotov"), ("DEATH", "1986-11-08", "Vyacheslav Molotov")]),
        ("en", "Lazar Kaganovich, b. Kabany, 22 Nov. 1893, d. 25 July 1991, ran the railways.",
         [("BIRTH", "1893-11-22", "Lazar Kaganovich"), ("DEATH", "1991-07-25", "Lazar Kaganovich")]),
        ("es", "Andréi Vyshinski (* 1883, † 1954) fue fiscal en los procesos de Moscú.",
         [("BIRTH", "1883", "Andrey Vyshinsky"), ("DEATH", "1954", "Andrey Vyshinsky")]),
    ],
)  # fmt: skip
def test_an_entrys_life_dates_are_the_persons(pipeline_es, pipeline_en, lang, text, expected):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert _lives(analysis) == expected  # one event per part: "Died:" is no second DEATH


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Emperor Nicholas II (1894–1917) opened the Duma in 1906."),
        ("es", "El zar Nicolás II (1894-1917) inauguró la Duma en 1906."),
        ("en", "Vladimir Lenin\nHis father, Ilya Ulyanov\nd. 1886\nHe was a school inspector."),
        ("en", "Vladimir Lenin\nDeath of his brother: 1887\nThe family moved to Kazan."),
    ],
)  # fmt: skip
def test_no_life_from_a_reign_or_another_line(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    lenin_or_tsar = [life for life in _lives(analysis) if life[2] in ("Vladimir Lenin", "Nicholas II of Russia")]
    assert lenin_or_tsar == []


def test_a_label_counts_only_before_its_colon():
    lexicon = load_lexicon("en")
    assert lexicon is not None
    cues = lexicon.cues
    assert marked_kind("Born: 9 March 1890", cues) == ("BIRTH", 5)
    assert marked_kind("b. Odessa, 1883", cues) == ("BIRTH", 2)
    assert marked_kind("Death of his brother: 1887", cues) is None
    assert marked_kind("borne by the party", cues) is None


def test_an_asterisk_is_a_birth_only_where_it_opens_a_part(pipeline_en):
    values = [
        t.value for t in pipeline_en.analyze_text("He paid 3 * 1888 roubles (* 1888, † 1938).", lang="en").timexes
    ]
    assert values == ["1888", "1938"]
