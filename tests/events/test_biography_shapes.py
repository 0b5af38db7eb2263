"""Biography shapes (#13): participial openings, lead parentheses, "hasta"/"until" closing an
office, a death dated by its own clause next to a dated attack."""

from __future__ import annotations

import pytest

from .conftest import only, resolved


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
