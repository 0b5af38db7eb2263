"""Two readings of the real-world page "Fue arrestado por causa de sus actividades políticas, luego
deportado a Siberia en 1898" (#13), as classes:

- a multiword preposition ("por causa de", "a causa de", "en lugar de") is not the passive agent's
  "por": the activities are a cause, never the one who arrested;
- a participle the parser hangs on a noun ("actividades … deportado a Siberia en 1898") is a
  predicate of its own: its date never dates the main verb.

Expected readings written before the change (es and en).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Bujarin fue detenido por causa de sus escritos en febrero de 1937."),
        ("es", "Kámenev fue expulsado a causa de sus críticas en 1927."),
        ("en", "Bukharin was arrested because of his writings in February 1937."),
    ],
)
def test_a_multiword_preposition_names_no_agent(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (event,) = [e for e in pipeline.analyze_text(text, lang=lang).events if e.type in ("ARREST", "EXPULSION")]
    assert "agent" not in {p.role for p in event.participants}, event.participants


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        ("es", "Trotski fue arrestado por sus actividades políticas, luego deportado a Siberia en 1900.", "arrestado"),
        ("es", "Stalin fue detenido por sus actividades, después desterrado a Siberia en 1913.", "detenido"),
    ],
)
def test_a_participles_date_never_dates_the_main_verb(pipeline_es, pipeline_en, lang, text, trigger):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (event,) = [e for e in analysis.events if trigger in e.trigger.text]
    assert event.time_value is None, (event.time_value, event.time_source)
    assert not [c for c in analysis.claims if c.verdict == "contradicted"]
