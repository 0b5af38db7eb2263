"""The pack's source is validated when built, and the shipped N-Triples match it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import yaml

from cronica.kb.pack import PackError, build_pack, data_path, load_source, source_path


def test_shipped_pack_is_the_build_of_its_source(tmp_path):
    target, _ = build_pack(output=tmp_path / "pack.nt.gz")
    assert gzip.decompress(target.read_bytes()) == gzip.decompress(data_path().read_bytes())


def test_pack_is_small_package_data():
    assert data_path().stat().st_size < 20 * 1024 * 1024


def test_every_entity_has_english_and_spanish_labels_and_a_source():
    for entity in load_source()["entities"]:
        assert {"en", "es"} <= set(entity["label"]), entity["id"]
        assert entity.get("source"), entity["id"]


def _write(tmp_path: Path, entities: list[dict]) -> Path:
    document = load_source()
    document["entities"] = entities
    path = tmp_path / "entities.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


def _person(**claims):
    return {"id": "Q5", "label": {"en": "human", "es": "ser humano"}, "source": {"ref": "enwiki", "page": "Human"}}, {
        "id": "Q33391",
        "label": {"en": "Leon Trotsky", "es": "León Trotski"},
        "source": {"ref": "enwiki", "page": "Leon_Trotsky"},
        "claims": {"P31": "Q5", **claims},
    }


@pytest.mark.parametrize(
    ("claims", "problem"),
    [
        ({"P569": "1879-02-30"}, "no such day"),
        ({"P569": "sometime"}, "not a date"),
        ({"P999999": "Q5"}, "not declared"),
        ({"P20": "Q1489"}, "not an entity of the pack"),
        ({"P1448": "Petrograd"}, "TEXT@LANG"),
    ],
)
def test_bad_statements_are_refused(tmp_path, claims, problem):
    with pytest.raises(PackError, match=problem):
        build_pack(_write(tmp_path, list(_person(**claims))), tmp_path / "out.nt.gz")


def test_unknown_source_is_refused(tmp_path):
    human, person = _person()
    person["source"] = {"ref": "my-memory"}
    with pytest.raises(PackError, match="unknown source"):
        build_pack(_write(tmp_path, [human, person]), tmp_path / "out.nt.gz")


def test_source_file_is_readable_yaml():
    assert source_path().read_text(encoding="utf-8").startswith("#")


def test_a_pack_error_is_one_clear_line_from_the_command(tmp_path, monkeypatch, capsys):
    """Not a traceback: the error names the entity and the problem (a frozen exception could not be raised)."""
    from contract_checks import run_cli

    source = _write(tmp_path, list(_person(P569="1879-02-30")))
    result = run_cli(["kb", "build", "--source", str(source), "-o", str(tmp_path / "out.nt.gz")], capsys, monkeypatch)
    assert result.code != 0
    assert (
        "Q33391 P569: no such day" in result.err
        and "Traceback" not in result.err
        and "internal error" not in result.err
    )


def test_kinship_mirrors_follow_the_parent_sex_and_never_guess(tmp_path):
    from cronica.kb.pack import with_inverse_kinship

    entities = [
        {
            "id": "Q1",
            "claims": {"P21": "Q6581097", "P40": ["Q3"], "P26": {"value": "Q2", "qualifiers": {"P580": 1900}}},
        },
        {"id": "Q2", "claims": {"P21": "Q6581072", "P40": "Q3"}},
        {"id": "Q3", "claims": {"P3373": "Q4"}},
        {"id": "Q4", "claims": {"P40": "Q3"}},  # parent of unstated sex: no P22/P25 for the child
    ]
    mirrored = {entity["id"]: entity["claims"] for entity in with_inverse_kinship(entities)}
    assert [c["value"] for c in mirrored["Q3"]["P22"]] == ["Q1"] and [c["value"] for c in mirrored["Q3"]["P25"]] == [
        "Q2"
    ]
    assert mirrored["Q2"]["P26"] == [{"value": "Q1", "source": None, "qualifiers": {"P580": 1900}}]
    assert [c["value"] for c in mirrored["Q4"]["P3373"]] == ["Q3"]
    assert "Q4" not in [c["value"] for pid in ("P22", "P25") for c in mirrored["Q3"].get(pid, [])]
