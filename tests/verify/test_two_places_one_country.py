"""Two places of one country (#13, class blind set tests/data/verify/blind_two_places_one_country.yaml).

The place rule proves two places of one country apart only when the KB puts both below it
(verify/places.py): a place known only by its country may lie inside the other. Saint Petersburg
had no region in the pack while Moscow had its federal district, so "born in Moscow" for a
Petersburger stayed undecided. The pack now gives Saint Petersburg, Kurgan and Astrakhan their
regions. A place inside a city the KB does not situate (Stalin's Kuntsevo dacha, in today's Moscow)
is still never a difference.
"""

from __future__ import annotations

import pytest

WRONG_CITY = [
    ("en", "Nadezhda Krupskaya was born in Moscow.", "Saint Petersburg"),
    ("es", "Nadezhda Krúpskaya nació en Moscú.", "San Petersburgo"),
    ("en", "Nikolai Bukharin was born in Saint Petersburg.", "Moscow"),
    ("es", "Nikolái Bujarin nació en San Petersburgo.", "Moscú"),
    ("en", "Leonid Krasin was born in Moscow.", "Kurgan"),
    ("es", "Iliá Uliánov nació en Simbirsk.", "Astracán"),
]

RIGHT_CITY = [
    ("en", "Nadezhda Krupskaya was born in Saint Petersburg."),
    ("es", "Serguéi Kírov fue asesinado en Leningrado."),
    ("en", "Stalin died at his dacha at Kuntsevo, in Moscow."),
    ("es", "Stalin murió en su dacha de Kúntsevo, en Moscú."),
]


@pytest.mark.parametrize(("lang", "text", "reference"), WRONG_CITY)
def test_another_city_of_the_same_country_is_refuted(pipeline_es, pipeline_en, lang, text, reference):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = [c for c in pipeline.analyze_text(text, lang=lang).claims if c.verdict == "contradicted"]
    assert claims, text
    assert reference in claims[0].explanation
    assert claims[0].proof is not None


@pytest.mark.parametrize(("lang", "text"), RIGHT_CITY)
def test_the_right_city_or_a_place_inside_it_is_never_refuted(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    verdicts = [c.verdict for c in pipeline.analyze_text(text, lang=lang).claims]
    assert "contradicted" not in verdicts, text
