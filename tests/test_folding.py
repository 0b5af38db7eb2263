"""The one comparison key (cronica.folding): case and accents away, ñ kept where a language asks,
compatibility forms left alone; idempotent and stable, with the length callers may expect."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.folding import fold

#: letters of Spanish and English texts: ASCII, the Latin-1 letters and the Latin Extended-A block
_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x17F, exclude_characters="ß")
_ANY = st.characters(exclude_categories=("Cs",))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Zinóviev", "zinoviev"), ("ZINÓVIEV", "zinoviev"), ("Mércader", "mercader"), ("sábado", "sabado"),
        ("Pingüino", "pinguino"), ("Peña", "pena"), ("AÑO", "ano"), ("Straße", "strasse"), ("ﬁnal", "final"),
        ("İstanbul", "istanbul"), ("ıstanbul", "istanbul"), ("Łódź", "łodz"), ("Œuvre", "œuvre"),
        ("Троцкий", "троцкии"), ("Ἀθῆναι", "αθηναι"), ("français", "francais"),
    ],
)  # fmt: skip
def test_case_and_accents_go(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [("año", "año"), ("AÑO", "año"), ("Año", "año"), ("a\u0303n\u0303o", "año"), ("sábado", "sabado")],
)
def test_kept_letters_keep_their_mark(text: str, key: str) -> None:
    assert fold(text, keep="ñ") == key


@pytest.mark.parametrize("text", ["1º", "2ª", "nº", "m²", "½", "１９２７"])
def test_compatibility_forms_stay_as_written(text: str) -> None:
    """NFKD would make "nº" the negator "no" and "1º" a word: ordinal indicators are not letters o/a."""
    assert fold(text) == text.casefold()


def test_a_decomposed_and_a_composed_text_meet() -> None:
    assert fold(unicodedata.normalize("NFD", "Zinóviev, Peña")) == fold("Zinóviev, Peña") == "zinoviev, pena"


@given(st.text(_ANY), st.sampled_from(["", "ñ"]))
def test_folding_twice_changes_nothing(text: str, keep: str) -> None:
    once = fold(text, keep)
    assert fold(once, keep) == once


@given(st.text(_ANY))
def test_no_combining_mark_is_left(text: str) -> None:
    assert not any(unicodedata.combining(char) for char in unicodedata.normalize("NFD", fold(text)))


@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_is_lower_case(text: str) -> None:
    assert fold(text) == text.lower()


@given(st.text(_LATIN))
def test_latin_text_keeps_its_length(text: str) -> None:
    """One character for one, for the letters of Spanish and English (not ß, not the Turkish İ):
    a key's words line up with the text's words."""
    text = text.replace("İ", "I").replace("ŉ", "n")
    assert len(fold(text)) == len(text)
    assert len(fold(text, "ñ")) == len(text)


@given(st.text(_LATIN))
def test_case_does_not_matter(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


@given(st.text(_LATIN))
def test_accents_do_not_matter(text: str) -> None:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    assert fold(bare) == fold(text)
