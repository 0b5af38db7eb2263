"""Zero-width characters inside words are hidden from the stages; offsets stay true to the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_checks import check_contract
from cronica.export.json_export import to_dict
from cronica.invisible import INVISIBLE, hide_invisible
from cronica.pipeline import Pipeline

ZWSP, SOFT_HYPHEN, ZWJ = "\u200b", "\u00ad", "\u200d"


@pytest.mark.parametrize(
    ("lang", "text", "name", "year"),
    [
        ("es", f"Sta{ZWSP}lin murió el 5 de marzo de 19{ZWSP}53 en Kúntsevo.", "Stalin", "1953-03-05"),
        ("en", f"Tro{SOFT_HYPHEN}tsky was expelled from the party in Novem{ZWJ}ber 1927.", "Trotsky", "1927-11"),
    ],
)
def test_hidden_characters_no_longer_hide_names_and_dates(
    lang: str, text: str, name: str, year: str, pipeline: Pipeline
) -> None:
    analysis = pipeline.analyze_text(text, lang=lang)
    data = to_dict(analysis)
    check_contract(data)  # every span's text is the slice of the text as given, invisible characters included
    assert data["text"] == text and data["document"]["chars"] == len(text)
    linked = [e for e in data["entities"] if e["text"].replace(ZWSP, "").replace(SOFT_HYPHEN, "") == name]
    assert linked and linked[0]["kb_id"], data["entities"]
    assert any(t["value"] == year for t in data["timexes"]), data["timexes"]
    assert any("invisible character" in w for w in data["warnings"])


def test_a_text_without_invisible_characters_is_left_alone(pipeline: Pipeline) -> None:
    analysis = pipeline.analyze_text("Lenin murió en 1924.", lang="es")
    assert not any("invisible" in w for w in analysis.warnings)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(f"ab {INVISIBLE}"), max_size=60), st.data())
def test_offsets_map_back_to_the_same_visible_characters(text: str, data: st.DataObject) -> None:
    cleaned, hidden = hide_invisible(text)
    assert not any(ch in INVISIBLE for ch in cleaned)
    if hidden is None:
        assert cleaned == text
        return
    start = data.draw(st.integers(min_value=0, max_value=len(cleaned)))
    end = data.draw(st.integers(min_value=start, max_value=len(cleaned)))
    original_start, original_end = hidden.to_original(start), hidden.to_original(end, end=True)
    assert original_start <= original_end or start == end
    span = text[original_start:original_end]
    assert "".join(ch for ch in span if ch not in INVISIBLE) == cleaned[start:end]
    if span:  # the span starts and ends on visible characters
        assert span[0] not in INVISIBLE and span[-1] not in INVISIBLE
