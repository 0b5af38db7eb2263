"""The narrative future in the past (#13, blind set tests/data/verify/blind_future_in_past.yaml): historical
prose tells a later event from an earlier vantage and asserts it ("Pyatakov, who would be shot in 1937, ran
heavy industry"), so the event is asserted. A counterfactual, a condition, a plan or fear in speech, the
reportive conditional ("habría sido envenenado"), a modal and a conditional with no past vantage stay
hypothetical."""

from __future__ import annotations

import pytest


def _modalities(analysis, trigger: str) -> list[str]:
    return [e.modality for e in analysis.events if trigger in e.trigger.text.lower()]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("In 1930 Pyatakov, who would be shot in 1937, ran the planning of heavy industry.", "shot", "asserted"),
        ("Radek, who was to die in prison in 1939, wrote for Izvestia in those years.", "die", "asserted"),
        ("Frunze commanded the southern front in 1920; he would die in Moscow in 1925.", "die", "asserted"),
        ("Had Frunze lived until 1937, he would have been shot with Tukhachevsky.", "shot", "hypothetical"),
        ("If the Whites had won, Lenin would be executed in 1920.", "executed", "hypothetical"),
        ("In 1936 Radek told his friends that he would be shot in 1937.", "shot", "hypothetical"),
        ("Tomsky feared that he would be arrested in 1936.", "arrested", "hypothetical"),
        ("Pyatakov, who could be shot at any moment, still ran heavy industry in 1936.", "shot", "hypothetical"),
        ("Radek, who would probably be shot in 1937, wrote for Izvestia in 1935.", "shot", "hypothetical"),
        ("Pyatakov, who would be shot in 1937, is remembered as an able administrator.", "shot", "hypothetical"),
    ],
)
def test_english_future_in_the_past(analyze_en, text, trigger, modality):
    assert modality in _modalities(analyze_en(text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("En 1930 Piatakov, que sería fusilado en 1937, dirigía la industria pesada.", "fusilado", "asserted"),
        ("Radek, quien habría de morir en prisión en 1939, escribía entonces en Izvestia.", "morir", "asserted"),
        ("Frunze mandó el frente sur en 1920; en 1925 moriría en Moscú.", "moriría", "asserted"),
        ("Si Frunze hubiera vivido hasta 1937, habría sido fusilado con Tujachevski.", "fusilado", "hypothetical"),
        ("Si lo detenían, Tomski sería fusilado en 1936.", "fusilado", "hypothetical"),
        ("Kúibyshev habría sido envenenado en 1935.", "envenenado", "hypothetical"),
        ("En 1936 Radek dijo a sus amigos que sería fusilado en 1937.", "fusilado", "hypothetical"),
        (
            "Piatakov, que podría ser fusilado en cualquier momento, dirigía la industria en 1936.",
            "fusilado",
            "hypothetical",
        ),
        ("Radek, que quizá sería fusilado en 1937, escribía en Izvestia en 1935.", "fusilado", "hypothetical"),
    ],
)
def test_spanish_future_in_the_past(analyze_es, text, trigger, modality):
    assert modality in _modalities(analyze_es(text), trigger)
