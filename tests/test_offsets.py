"""Property: whatever Unicode comes in, every span's text is the slice its offsets name."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_checks import check_contract
from cronica.errors import InputError
from cronica.export.json_export import to_dict

# letters, digits, punctuation, spaces, combining marks, emoji, and a few Spanish words
_alphabet = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(["\u0301", "\u0303", "\u200d", "ñ", "é", "\n", "\r", " ", "."]),
)
_words = st.sampled_from(
    ["Trotsky", "Stalin", "Moscú", "en", "1927", "el 7 de noviembre de 1917", "fue", "y", "👍🏽", "🇪🇸", "e\u0301"]
)
_texts = st.lists(st.one_of(st.text(_alphabet, min_size=1, max_size=12), _words), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts)
def test_offsets_hold_on_random_unicode(text: str, pipeline_es) -> None:
    try:
        analysis = pipeline_es.analyze_text(text)
    except InputError:
        return  # empty after normalization: refused with a message, which is the right outcome
    check_contract(to_dict(analysis))


@settings(max_examples=40, deadline=None)
@given(text=_texts)
def test_ingest_normalization_is_stable(text: str) -> None:
    from cronica.ingest import normalize_text

    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\r" not in once
