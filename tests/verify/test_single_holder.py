"""Offices of one holder at a time (#13, helper 13s; blind set tests/data/verify/blind_single_holder.yaml).

`verify/resources/single_holder.yaml` marks offices one person holds at a time with the period over which
the pack lists every holder. A claim that someone held such an office while another held it, or followed
the wrong predecessor in it, is contradicted (rule `one_holder`), the proof naming the holder and dates;
words that may name another office (a deputy, an acting holder, a republic's namesake, a generic name)
leave it undecided, saying why. A copula dated inside the holding ("era comisario en 1920") is an
OFFICE_HELD claim, checked against the terms of the office the words name exactly.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cronica.resources import load_resource, package_file
from cronica.verify.holders import SingleHolderFile, _uncovered, load_offices

OFFICE_TYPES = ("OFFICE", "OFFICE_END", "OFFICE_HELD", "SUCCESSION", "APPOINTMENT")


def _claims(pipeline, text: str, lang: str):
    analysis = pipeline.analyze_text(text, lang=lang)
    offices = {e.id for e in analysis.events if e.type in OFFICE_TYPES}
    found = [c for c in analysis.claims if c.event in offices]
    assert found, [(e.type, c.text) for e in analysis.events for c in analysis.claims]
    return found


CONTRADICTED = [
    ("en", "Bukharin was chairman of the Council of People's Commissars of the USSR in 1927.", "Alexei Rykov"),
    ("es", "En 1933, Zinóviev era presidente de la OGPU.", "Menzhinsk"),
    ("en", "Leon Trotsky was chairman of the All-Russian Central Executive Committee from 1920 to 1926.", "Kalinin"),
    ("es", "Stalin sucedió a Chicherin como comisario del pueblo de Asuntos Exteriores en 1930.", "Litv"),
    # a commissariat of the Council (Rykov's Posts, 1931-1936) is not its chair
    ("en", "Rykov was chairman of the Council of People's Commissars of the USSR in 1934.", "Molotov"),
]


@pytest.mark.parametrize(("lang", "text", "holder"), CONTRADICTED)
def test_another_holder_refutes_with_its_proof(pipeline_es, pipeline_en, lang, text, holder):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in _claims(pipeline, text, lang) if c.verdict == "contradicted")
    assert claim.proof is not None and claim.proof.rule == "one_holder"
    assert holder in claim.explanation and "http" in claim.explanation
    assert claim.proof.rule_note


NOT_REFUTED = [
    ("en", "In 1929 Stalin was General Secretary of the party.", {"supported"}),
    ("es", "En 1946, Mólotov era comisario del pueblo de Asuntos Exteriores.", {"supported"}),
    # a generic name: a republic had its own council
    ("en", "Bukharin was chairman of the Council of People's Commissars in 1927.", {"not_enough_info"}),
    # a republic's namesake committee
    ("es", "En 1925, Zinóviev era presidente del Comité Ejecutivo Central de Ucrania.", {"not_enough_info"}),
    # outside the period over which the holders are listed
    ("en", "Litvinov was People's Commissar for Foreign Affairs in 1950.", {"not_enough_info"}),
]


@pytest.mark.parametrize(("lang", "text", "verdicts"), NOT_REFUTED)
def test_uncertain_offices_are_not_refuted(pipeline_es, pipeline_en, lang, text, verdicts):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    for claim in _claims(pipeline, text, lang):
        assert claim.verdict in verdicts, claim.explanation


def test_a_generic_name_says_which_link_failed(pipeline_en):
    claim = _claims(pipeline_en, "Bukharin was chairman of the Council of People's Commissars in 1927.", "en")[0]
    assert "republic" in claim.explanation


def test_the_data_file_is_valid_and_its_periods_ordered():
    load_resource(package_file("cronica.verify", "resources", "single_holder.yaml"), SingleHolderFile)
    offices, words = load_offices()
    assert offices and set(words) == {"en", "es"}
    for office in offices.values():
        assert office.period[0] < office.period[1] and office.source.startswith("http")
        assert set(office.markers) in (set(), {"en", "es"})


def test_uncovered_days():
    day = dt.date
    assert _uncovered((day(1920, 1, 1), day(1920, 12, 31)), [])
    assert not _uncovered((day(1920, 1, 1), day(1920, 12, 31)), [(day(1919, 1, 1), day(1921, 1, 1))])
    assert _uncovered((day(1920, 1, 1), day(1920, 12, 31)), [(day(1919, 1, 1), day(1920, 6, 1))])
    assert not _uncovered((day(1920, 1, 1), day(1920, 12, 31)), [(dt.date.min, dt.date.max)])


@pytest.mark.parametrize(
    ("lang", "text", "reads"),
    [
        ("es", "En 1933, Zinóviev era presidente de la OGPU.", "lo ocupó desde el 30 de julio de 1926 hasta el"),
        ("en", "In 1933, Zinoviev was chairman of the OGPU.", "held it from 30 July 1926 to"),
    ],
)
def test_the_holders_dates_read_as_the_language_writes_them(pipeline_es, pipeline_en, lang, text, reads):
    """A day after a preposition takes its article in Spanish ("desde el 30 de julio"), never "de 30 de julio"."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in _claims(pipeline, text, lang) if c.verdict == "contradicted")
    assert reads in claim.explanation and " de el " not in claim.explanation
