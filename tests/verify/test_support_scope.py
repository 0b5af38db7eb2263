"""A support says what it checked (issue 13, 13p): `Claim.support`.

"Kuibyshev died on 12 January 1935" agreed with the reference's "January 1935" (cut to the month because
the sources disagree on the day) and was printed `supported`, which a fact-checker reads as "the text is
right"; the day is wrong. Now the support says the precision it reached against the text's, and the reading
of the words it holds under, in the verdict a reader sees ("supported (month only)", "apoyado (solo el año)",
"supported (one reading only)") and in the explanation. The truth scorer counts full and partial supports
apart: a wrong support is a full one.
"""

from __future__ import annotations

import csv
import io
from types import SimpleNamespace

import pytest

from cronica.evaluation.truth import Outcome, TruthClaim, TruthScore, score_truth_item
from cronica.export import get_exporter
from cronica.model import Support
from cronica.verify.places import compare_places

DATE_CASES = [
    ("en", "Valerian Kuibyshev died on 12 January 1935.", "day", "month", "supported (month only)",
     "the day is not checked"),
    ("es", "Nikolái Krylenko fue fusilado en marzo de 1938.", "month", "year", "apoyado (solo el año)",
     "el mes no se ha comprobado"),
]  # fmt: skip


def _only(pipeline, text: str, lang: str):
    (claim,) = pipeline.analyze_text(text, lang=lang).claims
    return claim


@pytest.mark.parametrize(("lang", "text", "said", "checked", "label", "note"), DATE_CASES)
def test_a_date_finer_than_the_reference_is_a_partial_support(
    pipeline_es, pipeline_en, lang, text, said, checked, label, note
):
    claim = _only(pipeline_es if lang == "es" else pipeline_en, text, lang)
    assert claim.verdict == "supported", claim.explanation
    support = claim.support
    assert support is not None and not support.full
    assert support.limits == ("date_precision",)
    assert (support.text_precision, support.checked_precision) == (said, checked)
    assert support.label == label and claim.shown_verdict() == label
    assert note in support.note and note in claim.explanation


@pytest.mark.parametrize(
    ("lang", "text", "precision"),
    [
        ("en", "Trotsky was expelled from the party on 12 November 1927.", "day"),
        ("es", "Mijaíl Súslov murió en enero de 1982.", "month"),  # a month against a month value
    ],
)
def test_a_date_as_precise_as_the_text_is_a_full_support(pipeline_es, pipeline_en, lang, text, precision):
    claim = _only(pipeline_es if lang == "es" else pipeline_en, text, lang)
    assert claim.verdict == "supported", claim.explanation
    assert claim.support is not None and claim.support.full and not claim.support.limits
    assert claim.support.checked_precision == precision
    assert claim.shown_verdict() == "supported" and not claim.partial


def test_a_shared_surname_supported_under_one_reading_names_it(pipeline_en):
    claim = _only(pipeline_en, "Sedov died in Paris in 1938.", "en")
    assert claim.verdict == "supported", claim.explanation
    assert claim.support is not None and "reading" in claim.support.limits
    assert claim.support.reading == "Q543149"  # Lev Sedov; Sergei (shot 1937) and Natalia (1962) are not
    assert claim.shown_verdict() == "supported (one reading only)"
    assert "Supported only if it is about Lev Sedov" in claim.explanation


def test_a_relative_pronoun_after_a_kinship_phrase_is_read_both_ways(pipeline_es):
    """ "El padre de Lenin, quien nació en Simbirsk en 1870": "quien" is the father (Astrakhan, 1831) or Lenin."""
    text = "El padre de Lenin, quien nació en Simbirsk en 1870, fue inspector de escuelas."
    claims = [c for c in pipeline_es.analyze_text(text, lang="es").claims if c.verdict != "not_checkable"]
    assert [c.verdict for c in claims] == ["supported"], [c.explanation for c in claims]
    support = claims[0].support
    assert support is not None and support.limits == ("reading",) and support.reading == "Q1394"
    assert "Iliá Uliánov" in support.note


def test_a_place_the_reference_holds_only_wider_is_told_apart():
    """The text's place inside the reference's checks only the wider place; the converse checks the text's."""
    view = SimpleNamespace(within=lambda place, region: (place, region) == ("gori", "georgia"))
    assert compare_places(view, "gori", "georgia") == "wider"  # type: ignore[arg-type]
    assert compare_places(view, "georgia", "gori") == "within"  # type: ignore[arg-type]


def test_the_table_and_the_csv_show_what_a_partial_support_reached(pipeline_en):
    analysis = pipeline_en.analyze_text("Valerian Kuibyshev died on 12 January 1935.", lang="en")
    table = get_exporter("table").render([analysis])
    assert "supported (month only)" in table and "(1 partly)" in table
    rows = list(csv.DictReader(io.StringIO(get_exporter("csv").render([analysis]))))
    assert rows and rows[0]["verdict"] == "supported (month only)"
    html = get_exporter("html").render([analysis])
    assert "supported (month only)" in html and "the day is not checked" in html


# --- the truth scorer -----------------------------------------------------------------------------------

TEXT = "Kuibyshev died on 12 January 1935."


def _claim(support: Support | None):
    return SimpleNamespace(
        start=0, end=len(TEXT) - 1, text=TEXT[:-1], verdict="supported", explanation="", proof=None, evidence=(),
        support=support,
    )  # fmt: skip


def _scored(support: Support | None, truth: str, prop: str = "death_date") -> TruthScore:
    score = TruthScore()
    gold = [TruthClaim(TEXT[:-1], 0, len(TEXT) - 1, truth, prop, "Valerian Kuibyshev")]
    score_truth_item(score, "t", "en", "test", gold, [_claim(support)], lambda claim, value: True)
    return score


def test_a_wrong_support_is_a_full_one():
    month_only = Support(full=False, text_precision="day", checked_precision="month", limits=("date_precision",))
    partial = _scored(month_only, "false")
    assert not partial.wrong_supports and len(partial.wrong_partial_supports) == 1
    assert partial.partial_supports["false"] == 1 and partial.supported.fp == 1  # every support still counted
    full = _scored(Support(full=True), "false")
    assert len(full.wrong_supports) == 1 and full.supported_full.fp == 1
    assert len(_scored(None, "false").wrong_supports) == 1  # a claim from before the field: full


def test_a_date_limit_leaves_a_place_claim_whole():
    """A support that reached the month only still checked the place in the same words whole."""
    month_only = Support(full=False, text_precision="day", checked_precision="month", limits=("date_precision",))
    score = _scored(month_only, "true", prop="death_place")
    assert score.supported_full.tp == 1 and score.partial_supports["true"] == 0
    true_day = _scored(month_only, "true")
    assert true_day.supported.tp == 1 and true_day.supported_full.fn == 1 and true_day.partial_supports["true"] == 1


def test_an_outcome_records_a_partial_support():
    assert Outcome("t", "en", "", "x", "true", "supported", partial=True).partial
