"""The strict YAML loader: YAML 1.1 surprises, duplicate and unknown keys are errors with file and line,
and every YAML file cronica ships loads through it against the schema of its kind."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import Field

import cronica
from cronica.errors import CronicaError
from cronica.resources import SCHEMAS, ResourceError, Schema, load_resource, parse_yaml, schema_for, yaml_files

PACKAGE = Path(cronica.__file__).parent


@pytest.mark.parametrize(
    ("scalar", "kind"),
    [
        ("on", "a boolean"), ("Off", "a boolean"), ("yes", "a boolean"), ("NO", "a boolean"),
        ("y", "a boolean"), ("n", "a boolean"), ("Y", "a boolean"),
        ("1:20", "a base-60 number"), ("190:20:30", "a base-60 number"), ("1:20.5", "a base-60 number"),
        ("010", "an octal number"), ("0o17", "an octal number"), ("0x1F", "a hexadecimal number"),
        ("0b101", "a binary number"), ("1_000", "a number with underscores"),
    ],
)  # fmt: skip
def test_a_yaml_1_1_surprise_is_an_error_naming_file_and_line(scalar: str, kind: str) -> None:
    text = f"# a comment\npreps:\n  in: place\n  {scalar}: place\n"
    with pytest.raises(ResourceError, match=re.escape(f"triggers.yaml:4: unquoted '{scalar}' is {kind}")):
        parse_yaml(text, "triggers.yaml")
    with pytest.raises(ResourceError, match=r"words\.yaml:2: "):
        parse_yaml(f"words:\n  - {scalar}\n", "words.yaml")


@pytest.mark.parametrize("scalar", ["on", "no", "y", "1:20", "010", "1_000", "0x1F"])
def test_quoted_it_is_the_word(scalar: str) -> None:
    assert parse_yaml(f'{{"{scalar}": place, list: ["{scalar}", \'{scalar}\']}}') == {
        scalar: "place",
        "list": [scalar, scalar],
    }


def test_yaml_1_2_plain_scalars_keep_their_meaning() -> None:
    text = "a: true\nb: False\nc: 12\nd: -3\ne: 0.85\nf: 1e3\ng: null\nh: ~\ni:\nj: 1879-11-07\nk: 1928-01\nl: 0\n"
    assert parse_yaml(text) == {
        "a": True, "b": False, "c": 12, "d": -3, "e": 0.85, "f": 1000.0, "g": None, "h": None, "i": None,
        "j": dt.date(1879, 11, 7), "k": "1928-01", "l": 0,
    }  # fmt: skip


def test_words_that_only_look_like_the_surprises_are_words() -> None:
    words = parse_yaml("[only, none, yesterday, onto, nor, y., n., 'o', 1920s, 12:00am, s]")
    assert words == ["only", "none", "yesterday", "onto", "nor", "y.", "n.", "o", "1920s", "12:00am", "s"]


def test_a_duplicate_key_is_an_error_at_its_second_line() -> None:
    with pytest.raises(ResourceError, match=r"cues\.yaml:4: duplicate key 'negation'"):
        parse_yaml("negation: [no]\n\nother: 1\nnegation: [not]\n".replace("[no]", '["no"]'), "cues.yaml")


def test_a_duplicate_key_in_a_flow_mapping_is_an_error() -> None:
    with pytest.raises(ResourceError, match="duplicate key 'in'"):
        parse_yaml("preps: {in: place, at: place, in: destination}")


def test_a_syntax_error_names_file_and_line() -> None:
    with pytest.raises(ResourceError, match=r"broken\.yaml:3: "):
        parse_yaml("a: 1\nb: [2, 3\nc: 4\n", "broken.yaml")


class _Entry(Schema):
    type: str
    preps: dict[str, str] = Field(default_factory=dict)


class _File(Schema):
    verbs: dict[str, _Entry]


def test_an_unknown_key_is_an_error_at_its_line() -> None:
    text = "verbs:\n  die:\n    type: DEATH\n  kill:\n    type: DEATH\n    manor: killing\n"
    with pytest.raises(ResourceError) as raised:
        parse_yaml(text, "triggers.yaml", _File)
    assert str(raised.value) == "triggers.yaml:6: verbs.kill.manor: unknown key"
    assert isinstance(raised.value, CronicaError) and raised.value.line == 6


def test_a_wrong_type_says_what_yaml_read() -> None:
    with pytest.raises(ResourceError, match=r"t\.yaml:3: verbs\.kill\.type: .*quote it"):
        parse_yaml("verbs:\n  kill:\n    type: 1917\n", "t.yaml", _File)
    with pytest.raises(ResourceError, match=r"t\.yaml:2: verbs\.kill\.preps\.in: .*as a date: quote it"):
        parse_yaml("verbs:\n  kill: {type: DEATH, preps: {in: 1917-01-01}}\n", "t.yaml", _File)


def test_the_schema_is_a_gate_not_a_transformation() -> None:
    data = parse_yaml("verbs:\n  die: {type: DEATH}\n", "t.yaml", _File)
    assert data == {"verbs": {"die": {"type": "DEATH"}}}  # no defaults filled in: the code sees the file


def test_a_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="no such file"):
        load_resource(tmp_path / "absent.yaml")


def test_a_file_that_is_not_utf8_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("negación: [sí]".encode("latin-1"))
    with pytest.raises(ResourceError, match="cannot read"):
        load_resource(path)


# --- every shipped file ---------------------------------------------------------------------------


def _shipped() -> list[str]:
    return [str(path.relative_to(PACKAGE)) for path in yaml_files(PACKAGE)]


def test_the_walk_finds_every_stage_s_files() -> None:
    shipped = _shipped()
    for folder in ("events/", "kb/", "rhetoric/", "timex/", "verify/"):
        assert any(name.startswith(folder) for name in shipped), folder


@pytest.mark.parametrize("relative", _shipped())
def test_every_shipped_yaml_file_loads_strictly_against_its_schema(relative: str) -> None:
    try:
        schema = schema_for(relative)
    except KeyError:
        pytest.fail(f"{relative} has no schema: add its kind to cronica.resources.SCHEMAS")
    assert schema is not None
    load_resource(PACKAGE / relative, schema)


def test_every_schema_pattern_matches_a_shipped_file() -> None:
    """A stale entry in SCHEMAS (a renamed file) is found here, not by a user."""
    from fnmatch import fnmatch

    shipped = _shipped()
    for pattern in SCHEMAS:
        assert any(fnmatch(name, pattern) for name in shipped), pattern


# --- properties ----------------------------------------------------------------------------------

_word = st.text(alphabet=st.characters(categories=("L", "Nd"), include_characters=" -'"), min_size=1, max_size=12)


@given(st.lists(_word, max_size=8), st.dictionaries(_word, _word, max_size=6))
def test_quoted_words_read_back_as_written(words: list[str], mapping: dict[str, str]) -> None:
    import json

    # JSON is YAML: double-quoted scalars are always strings, whatever they spell
    assert parse_yaml(json.dumps({"words": words, "map": mapping}, ensure_ascii=False)) == {
        "words": words,
        "map": mapping,
    }
