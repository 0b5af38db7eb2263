"""Texts built to freeze a tokenizer or a stage: each is analyzed whole, with every layer true to its text.

Before the bounded tokenizer, 20,000 characters of `(«"'[` took 37 s in spaCy's tokenizer
and 240,000 were killed after 300 s; here they take seconds. The bound on each test is a
hang detector (tests/hostile/conftest.py), not a speed figure.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_checks import check_contract
from cronica.export.json_export import to_dict
from cronica.nlp import MAX_TOKEN_CHARS, BoundedTokenizer
from cronica.pipeline import Pipeline

BRACKETS = "(«\"'["
ES_BEFORE, ES_AFTER = "León Trotsky fue expulsado en 1929. ", " Stalin murió en 1953."
EN_BEFORE, EN_AFTER = "Leon Trotsky was expelled in 1929. ", " Stalin died in 1953."


def analyze(pipeline: Pipeline, text: str, lang: str) -> dict:
    data = to_dict(pipeline.analyze_text(text, lang=lang))
    check_contract(data)
    assert all(status in ("ok", "skipped") for status in data["stages"].values()), data["stages"]
    return data


@pytest.mark.parametrize("run", [20_000, 240_000])
@pytest.mark.parametrize(("lang", "before", "after"), [("es", ES_BEFORE, ES_AFTER), ("en", EN_BEFORE, EN_AFTER)])
def test_a_run_of_brackets_and_quotes_is_analyzed_with_a_warning(pipeline, run, lang, before, after):
    text = before + BRACKETS * (run // len(BRACKETS)) + after
    data = analyze(pipeline, text, lang)
    assert any("without a space reached the parser in pieces" in w for w in data["warnings"])
    names = {entity["text"] for entity in data["entities"]}
    assert "Stalin" in names and any("Trotsky" in name for name in names)
    assert {"1929", "1953"} <= {timex["value"] for timex in data["timexes"]}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a" * 200_000, id="200K letters without a space"),
        pytest.param("( " * 20_000, id="spaced brackets"),
        pytest.param('" ' * 20_000, id="spaced quotes"),
        pytest.param("word and Stalin in 1924 " * 2_000, id="one sentence of 10,000 words"),
        pytest.param("A. " * 15_000, id="15,000 tiny sentences"),
        pytest.param("Lenin died in 1924.\n" + "\n" * 100_000 + "Stalin died in 1953.", id="100K blank lines"),
        pytest.param("T" + "\u0301" * 50_000 + " died in 1924.", id="50K combining accents"),
        pytest.param("Lenin\x00died in 1924. " * 1_000, id="NUL characters"),
        pytest.param("\u202eLenin died in 1924.\u202c " * 1_000, id="bidi overrides"),
        pytest.param("\U0001f600" * 50_000, id="50K emoji"),
        pytest.param("http://example.org/" + "a/" * 30_000, id="a 60K-character URL"),
        pytest.param("1924 " * 10_000, id="10,000 years in a row"),
    ],
)
def test_pathological_texts_are_analyzed(pipeline, text):
    data = analyze(pipeline, text, "en")
    assert data["text"] == text.replace("\r\n", "\n")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.sampled_from(BRACKETS + "a ."), max_size=30),
            st.integers(min_value=MAX_TOKEN_CHARS - 2, max_value=3 * MAX_TOKEN_CHARS).map(lambda n: "«" * n),
            st.sampled_from([" ", "\n", "  ", "\n\n", "\t"]),
        ),
        max_size=12,
    )
)
def test_the_bounded_tokenizer_keeps_every_character(pipeline_en, pieces):
    text = "".join(pieces)
    nlp = pipeline_en.models.get("en")
    assert isinstance(nlp.tokenizer, BoundedTokenizer)
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert all(len(token.text) <= MAX_TOKEN_CHARS or token.is_space for token in doc)
