"""Biography shapes (#13): participial openings, lead parentheses, "hasta"/"until" closing an
office, a death dated by its own clause next to a dated attack."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "type_name", "person", "date"),
    [
        ("analyze_es", "Nacido en Gori en 1878, Iósif Stalin estudió en Tiflis.", {"1878": "1878"}, "BIRTH",
         "Iósif Stalin", "1878"),
        ("analyze_es", "Expulsado del partido en 1927, León Trotski se instaló en Alma-Ata.", {"1927": "1927"},
         "EXPULSION", "León Trotski", "1927"),
        ("analyze_en", "Born in Simbirsk in 1870, Vladimir Lenin studied law in Kazan.", {"1870": "1870"}, "BIRTH",
         "Vladimir Lenin", "1870"),
        ("analyze_en", "Expelled from the party in 1927, Leon Trotsky settled in Alma-Ata.", {"1927": "1927"},
         "EXPULSION", "Leon Trotsky", "1927"),
    ],
)  # fmt: skip
def test_a_participial_opening_takes_the_main_subject(request, analyzer, text, dates, type_name, person, date):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    event = only(analysis, type_name)
    assert resolved(analysis, event, "patient") == [person]
    assert event.time_value == date
    # the main clause does not take the opening's date
    assert all(e.time_value is None for e in analysis.events if e.type != type_name)


def test_an_absolute_participle_keeps_its_own_subject(analyze_es):
    analysis = analyze_es("Muerto Lenin, Stalin consolidó su poder.")
    assert "Stalin" not in [n for e in analysis.events for n in resolved(analysis, e, "patient")]


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "expected"),
    [
        ("analyze_es", "León Trotski (Yanovka, 7 de noviembre de 1879 - Coyoacán, 21 de agosto de 1940) fue X.",
         {"7 de noviembre de 1879": "1879-11-07", "21 de agosto de 1940": "1940-08-21"},
         [("BIRTH", "1879-11-07", ["Yanovka"]), ("DEATH", "1940-08-21", ["Coyoacán"])]),
        ("analyze_es", "Nikolái Bujarin (Moscú, 9 de octubre de 1888-Moscú, 15 de marzo de 1938) fue un líder.",
         {"9 de octubre de 1888": "1888-10-09", "15 de marzo de 1938": "1938-03-15"},
         [("BIRTH", "1888-10-09", ["Moscú"]), ("DEATH", "1938-03-15", ["Moscú"])]),
        ("analyze_en", "Leon Trotsky (7 November [O.S. 26 October] 1879 – 21 August 1940) was a revolutionary.",
         {"7 November": "XXXX-11-07", "26 October": "XXXX-10-26", "1879": "1879", "21 August 1940": "1940-08-21"},
         [("BIRTH", "1879-11-07", []), ("DEATH", "1940-08-21", [])]),
        ("analyze_en", "Vladimir Lenin (1870–1924) led the Bolsheviks.", {"1870": "1870", "1924": "1924"},
         [("BIRTH", "1870", []), ("DEATH", "1924", [])]),
        ("analyze_en", "Vladimir Lenin (b. 1870) led the Bolsheviks.", {"1870": "1870"}, [("BIRTH", "1870", [])]),
    ],
)  # fmt: skip
def test_lead_parentheses_give_a_birth_and_a_death(request, analyzer, text, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    found = [(e.type, e.time_value, role(e, "place")) for e in analysis.events if e.type in ("BIRTH", "DEATH")]
    assert found == expected
    name = text.split(" (")[0]
    assert all(role(e, "patient") == [name] for e in analysis.events if e.type in ("BIRTH", "DEATH"))
    assert all(e.trigger.start > len(name) for e in analysis.events)  # triggered by the parenthesis
    # the parenthesis dates nothing else ("was a revolutionary", "led")
    assert all(e.time_value is None for e in analysis.events if e.type not in ("BIRTH", "DEATH"))


@pytest.mark.parametrize(
    ("analyzer", "text", "name", "dates", "expected"),
    [
        # on the next line, after a birth name and a semicolon
        ("analyze_es", "Grigori Zinóviev\n(Grigori Radomyslski; Elisavetgrad, 1883 - Moscú, 1936) Político.",
         "Grigori Zinóviev", {"1883": "1883", "1936": "1936"},
         [("BIRTH", "1883", ["Elisavetgrad"]), ("DEATH", "1936", ["Moscú"])]),
        ("analyze_en", "Grigory Zinoviev\n\n(b. 1883)\n\nSoviet politician.", "Grigory Zinoviev",
         {"1883": "1883"}, [("BIRTH", "1883", [])]),
        # after a heading's descriptor
        ("analyze_es", "Nikolái Bujarin\nTeórico bolchevique (Moscú, 1888 - Moscú, 1938).", "Nikolái Bujarin",
         {"1888": "1888", "1938": "1938"}, [("BIRTH", "1888", ["Moscú"]), ("DEATH", "1938", ["Moscú"])]),
        ("analyze_en", "Nikolai Bukharin\nRussian revolutionary (Moscow, 1888 – Moscow, 1938).", "Nikolai Bukharin",
         {"1888": "1888", "1938": "1938"}, [("BIRTH", "1888", ["Moscow"]), ("DEATH", "1938", ["Moscow"])]),
        # a marked death instead of a dash
        ("analyze_en", "Yakov Sverdlov\n\n(3 June 1885, d. 16 March 1919)", "Yakov Sverdlov",
         {"3 June 1885": "1885-06-03", "16 March 1919": "1919-03-16"},
         [("BIRTH", "1885-06-03", []), ("DEATH", "1919-03-16", [])]),
        ("analyze_es", "Yákov Sverdlov\n\n(3 de junio de 1885, m. 16 de marzo de 1919)", "Yákov Sverdlov",
         {"3 de junio de 1885": "1885-06-03", "16 de marzo de 1919": "1919-03-16"},
         [("BIRTH", "1885-06-03", []), ("DEATH", "1919-03-16", [])]),
    ],
)  # fmt: skip
def test_a_life_span_laid_out_apart_from_the_name(request, analyzer, text, name, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    found = [(e.type, e.time_value, role(e, "place")) for e in analysis.events if e.type in ("BIRTH", "DEATH")]
    assert found == expected
    # (spaCy alone may end a heading's name past its line break; the pipeline's link stage trims it)
    patients = [
        [n.strip() for n in resolved(analysis, e, "patient")] for e in analysis.events if e.type in ("BIRTH", "DEATH")
    ]
    assert all(p == [name] for p in patients)


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_es", "Iósif Stalin\nSu madre (1858-1937) era lavandera.", {"1858": "1858", "1937": "1937"}),
        ("analyze_en", "Joseph Stalin\nHis mother (1858–1937) was a washerwoman.", {"1858": "1858", "1937": "1937"}),
        ("analyze_es", "Iósif Stalin\nLa madre (1858-1937) era lavandera.", {"1858": "1858", "1937": "1937"}),
        ("analyze_en", "Joseph Stalin said it.\nThe war (1941–1945) changed him.", {"1941": "1941", "1945": "1945"}),
        # a section heading's years under the page's title
        ("analyze_en", "Joseph Stalin\nEarly life (1878–1899)\nHe studied in Gori.", {"1878": "1878", "1899": "1899"}),
        ("analyze_es", "Iósif Stalin\nPrimeros años (1878-1899)\nEstudió en Gori.", {"1878": "1878", "1899": "1899"}),
    ],
)  # fmt: skip
def test_a_heading_does_not_take_a_relatives_or_a_later_lines_span(request, analyzer, text, dates):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert not [e for e in analysis.events if e.type in ("BIRTH", "DEATH")]


def test_a_parenthesis_without_dates_is_no_life_span(analyze_en):
    analysis = analyze_en("Vladimir Lenin (Ulyanov) led the Bolsheviks.")
    assert not [e for e in analysis.events if e.type in ("BIRTH", "DEATH")]


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "expected"),
    [
        ("analyze_es", "León Trotski fue comisario de guerra de 1918 hasta enero de 1925.",
         {"1918": "1918", "enero de 1925": "1925-01"}, [("OFFICE", "1918"), ("OFFICE_END", "1925-01")]),
        ("analyze_es", "León Trotski ejerció como comisario de guerra hasta enero de 1925.",
         {"enero de 1925": "1925-01"}, [("OFFICE_END", "1925-01")]),
        ("analyze_en", "Leon Trotsky served as War Commissar from 1918 until 1925.",
         {"1918": "1918", "1925": "1925"}, [("OFFICE", "1918"), ("OFFICE_END", "1925")]),
        ("analyze_en", "Leon Trotsky was War Commissar until 1925.", {"1925": "1925"}, [("OFFICE_END", "1925")]),
    ],
)  # fmt: skip
def test_hasta_until_closes_an_office(request, analyzer, text, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert [(e.type, e.time_value) for e in analysis.events] == expected
    assert all(role(e, "position") for e in analysis.events)


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        ("analyze_es", "León Trotski fue nombrado comisario de guerra, cargo que ocupó hasta 1925.", {"1925": "1925"}),
        ("analyze_en", "Leon Trotsky was appointed War Commissar and held the post until 1925.", {"1925": "1925"}),
    ],
)
def test_an_until_date_never_dates_an_appointment(request, analyzer, text, dates):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert only(analysis, "APPOINTMENT").time_value is None


@pytest.mark.parametrize(
    ("analyzer", "text"),
    [
        ("analyze_es", "León Trotski fue un político ruso."),
        ("analyze_en", "Leon Trotsky was a Russian politician until 1940."),
    ],
)
def test_a_description_is_no_office(request, analyzer, text):
    analysis = request.getfixturevalue(analyzer)(text, {"1940": "1940"} if "1940" in text else {})
    assert not [e for e in analysis.events if e.type.startswith("OFFICE")]


@pytest.mark.parametrize(
    ("analyzer", "text"),
    [
        ("analyze_es", "León Trotski fue comisario de guerra."),
        ("analyze_en", "Lenin was the first president of the Soviet Union."),
    ],
)
def test_a_copular_office_without_any_date_is_an_undated_claim(request, analyzer, text):
    """Issue 13 (13o): "X was the first president of the Soviet Union" claims the office; with no date at
    all it is checked undated (an office never held can still be refuted)."""
    analysis = request.getfixturevalue(analyzer)(text, {})
    (office,) = [e for e in analysis.events if e.type.startswith("OFFICE")]
    assert office.type == "OFFICE" and office.time is None
    assert any(p.role == "position" for p in office.participants)


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "attack", "death"),
    [
        ("analyze_es", "Ramón Mercader lo atacó el 20 de agosto de 1940 y León Trotski murió el 21 de agosto de 1940.",
         {"el 20 de agosto de 1940": "1940-08-20", "el 21 de agosto de 1940": "1940-08-21"}, "1940-08-20",
         "1940-08-21"),
        ("analyze_en", "Attacked on 20 August 1940, Leon Trotsky died on 21 August 1940.",
         {"20 August 1940": "1940-08-20", "21 August 1940": "1940-08-21"}, None, "1940-08-21"),
    ],
)  # fmt: skip
def test_a_death_keeps_its_own_date_beside_a_dated_attack(request, analyzer, text, dates, attack, death):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    assert only(analysis, "DEATH").time_value == death
    if attack:
        assert only(analysis, "ATTACK").time_value == attack
