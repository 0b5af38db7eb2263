"""A life span in brackets away from the name (#13, fifth round; blind set
tests/data/verify/blind_lifespan3.yaml, gold written before any run): behind a gloss of the name
("Sverdlov (en ruso: Яков Свердлов) (Nizhni Nóvgorod, 1885 - Moscú, 1919)") and on a line of its own
under a heading block ("Lev Kamenev\\n\\n(b. 1883)\\n\\nQuick Reference\\n\\n(22 July 1883, d. 25 Aug. 1936)").
Its dates date the birth and the death, never the sentence's verb ("… (1877 – 1926) founded the Cheka"
is no founding in 1877). A relative's or another person's line before the parenthesis keeps it theirs,
and a term of office in brackets is no life.
"""

from __future__ import annotations

import pytest


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
        ("es", "Guénrij Yagoda (en ruso: Генрих Ягода) (Rybinsk, 7 de noviembre de 1891 - Moscú, 15 de marzo de 1938) "
               "dirigió la NKVD.",
         [("BIRTH", "1891-11-07", "Genrikh Yagoda"), ("DEATH", "1938-03-15", "Genrikh Yagoda")]),
        ("es", "Lázar Kaganóvich [Лазарь Каганович] (Kabany, 22 de noviembre de 1893 - Moscú, 25 de julio de 1991) "
               "dirigió los ferrocarriles.",
         [("BIRTH", "1893-11-22", "Lazar Kaganovich"), ("DEATH", "1991-07-25", "Lazar Kaganovich")]),
        ("en", "Lazar Kaganovich (Russian: Лазарь Каганович) (22 November 1893 – 25 July 1991) ran the railways.",
         [("BIRTH", "1893-11-22", "Lazar Kaganovich"), ("DEATH", "1991-07-25", "Lazar Kaganovich")]),
        ("es", "Kliment Voroshílov\n\nMariscal soviético\n\n(4 de febrero de 1881 - 2 de diciembre de 1969)\n\n"
               "Fue comisario de Defensa.",
         [("BIRTH", "1881-02-04", "Kliment Voroshilov"), ("DEATH", "1969-12-02", "Kliment Voroshilov")]),
        ("en", "Andrey Vyshinsky\n\nQuick Reference\n\n(10 Dec. 1883, d. 22 Nov. 1954)\n\nSoviet prosecutor.",
         [("BIRTH", "1883-12-10", "Andrey Vyshinsky"), ("DEATH", "1954-11-22", "Andrey Vyshinsky")]),
    ],
)  # fmt: skip
def test_a_life_span_away_from_the_name_is_the_persons(pipeline_es, pipeline_en, lang, text, expected):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert _lives(analysis) == expected
    # the parenthesis dates nothing else in the sentence
    assert all(e.time_value is None for e in analysis.events if e.type not in ("BIRTH", "DEATH"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Mijaíl Tomski (en ruso: Михаил Томский) (jefe de los sindicatos de 1922 a 1929) "
               "nació en San Petersburgo."),
        ("en", "Mikhail Tomsky (Russian: Михаил Томский) (trade union leader 1922–1929) was born in Saint Petersburg."),
        ("es", "Iósif Stalin\n\nSu hijo Yákov Dzhugashvili\n\n(1907 - 1943)\n\nMurió en un campo alemán."),
        ("en", "Leon Trotsky\n\nHis son, Lev Sedov\n\n(1906–1938)\n\nHe died in Paris."),
    ],
)  # fmt: skip
def test_no_life_for_the_heading_from_a_term_or_a_relatives_line(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    bracket = (text.index("("), text.index(")"))
    heading = {"Joseph Stalin", "Leon Trotsky", "Mikhail Tomsky"}
    # the parenthesis gives the heading's person no birth or death ("nació en …" is still a birth)
    assert not [
        life
        for life, event in zip(_lives(analysis), _life_events(analysis), strict=True)
        if life[2] in heading and (bracket[0] < event.trigger.start < bracket[1] or life[1] is not None)
    ]


def _life_events(analysis):
    return [e for e in analysis.events if e.type in ("BIRTH", "DEATH")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El padre de Lenin (1831-1886) fue inspector de escuelas."),
        ("en", "The father of Lenin (1831–1886) was a school inspector."),
        ("es", "Iósif Stalin\n\nSucesor de Lenin\n\n(Gori, 1878 - Moscú, 1953)"),
        ("en", "The successor of Lenin (1878–1953) ruled until 1953."),
    ],
)
def test_a_name_after_an_of_preposition_is_not_the_one_whose_life_it_is(pipeline_es, pipeline_en, lang, text):
    """Found by the probe of true sentences for this round (not blind): the parenthesis after "el padre de
    Lenin" gave Lenin a birth in 1831 and a death in 1886, both contradicted."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert not [life for life in _lives(analysis) if life[2] == "Vladimir Lenin"]
    assert not [c for c in analysis.claims if c.verdict == "contradicted"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joseph Stalin\n\nGeneral Secretary\n\n(1922–1952)\n\nHe ruled the Soviet Union."),
        ("es", "Iósif Stalin\n\nSecretario general\n\n(1922 - 1952)\n\nGobernó la Unión Soviética."),
    ],
)
def test_years_alone_on_their_line_under_a_heading_are_no_life_and_date_nothing(pipeline_es, pipeline_en, lang, text):
    """An infobox's term of office looks like a life of years only: no birth, no death, and its years date
    no other event (the next line's sentence once took 1922 for its own)."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert not _lives(analysis)
    assert all(e.time_value not in ("1922", "1952") for e in analysis.events)
