"""A cause, a means, an occasion or a time after the passive's agent preposition is not who acted
(#13, class "cause not agent"): "fue detenido por primera vez", "expulsado por sus ideas",
"fusilado por órdenes de Stalin", "killed by gunfire", "deported by ship". The heads are data (cues
`not_agents`); a name in that place is still the agent. The blind set is
tests/data/events/blind_13/c9_cause_not_agent.json (gold written before the change); these are
other sentences.
"""

from __future__ import annotations

import pytest

NO_AGENT = [
    ("es", "Bujarin fue detenido por segunda vez en 1937."),
    ("es", "Rýkov fue expulsado del partido por sus posiciones derechistas, es decir, por su oposición en 1937."),
    ("es", "Tujachevski fue fusilado por órdenes del Politburó en junio de 1937."),
    ("es", "Kámenev fue desterrado por dos años a Siberia en 1915."),
    ("en", "Trotsky was arrested by mistake in Halifax in April 1917."),
    ("en", "Trotsky was expelled by decree from the Soviet Union in 1929."),
    ("en", "Zinoviev was shot by order of the Military Collegium in August 1936."),
    ("en", "Radek was exiled by train to Tomsk in 1929."),
]


@pytest.mark.parametrize(("lang", "text"), NO_AGENT)
def test_a_cause_or_a_means_is_not_the_agent(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    events = pipeline.analyze_text(text, lang=lang).events
    assert events
    assert not [p.text for e in events for p in e.participants if p.role == "agent"]


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("es", "Trotski fue expulsado del partido por Stalin en 1927.", "Stalin"),
        ("es", "Kírov fue asesinado por Leonid Nikoláyev en 1934.", "Leonid Nikoláyev"),
        ("en", "Lenin was arrested by the police in December 1895.", "the police"),
        ("en", "Trotsky was attacked by Ramón Mercader in August 1940.", "Ramón Mercader"),
    ],
)
def test_who_acted_is_still_the_agent(pipeline_es, pipeline_en, lang, text, agent):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    events = pipeline.analyze_text(text, lang=lang).events
    assert [p.text for e in events for p in e.participants if p.role == "agent"] == [agent]
