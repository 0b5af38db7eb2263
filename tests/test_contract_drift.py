"""The contract has one home, the typed model: everything derived from it must agree with it."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, get_args

import pytest
import yaml

from cronica import model
from cronica.languages import languages
from cronica.schema import analysis_schema
from cronica.schema.fields import contract_fields, field_notes, model_classes
from cronica.schema.generate import analysis_json_schema, main, render, shipped_path, type_schema


def test_shipped_schema_is_the_one_the_model_generates() -> None:
    assert shipped_path().read_text(encoding="utf-8") == render(analysis_json_schema()), (
        "schema/analysis-1.json is out of date: run `python -m cronica.schema.generate`"
    )
    assert main(["--check"]) == 0


def test_every_model_class_is_in_the_schema_with_its_fields() -> None:
    def objects(schema: Any) -> list[dict[str, Any]]:
        found = []
        if isinstance(schema, dict):
            if schema.get("type") in ("object", ["object", "null"]) and "properties" in schema:
                found.append(schema)
            for value in schema.values():
                found += objects(value)
        elif isinstance(schema, list):
            for value in schema:
                found += objects(value)
        return found

    shapes = [list(obj["properties"]) for obj in objects(analysis_schema())]
    for cls in model_classes():
        assert [item.name for item in contract_fields(cls)] in shapes, cls.__name__


def test_optional_additions_are_not_required_and_the_rest_is() -> None:
    entity = analysis_schema()["properties"]["entities"]["items"]
    assert "provisional_id" in entity["properties"] and "provisional_id" not in entity["required"]
    assert "kb_id" in entity["required"]  # a field with a default is still always written
    event = analysis_schema()["properties"]["events"]["items"]
    assert {"manner", "time_source", "repeated"} <= set(event["properties"]) - set(event["required"])
    claim = analysis_schema()["properties"]["claims"]["items"]
    assert claim["properties"]["proof"]["type"] == ["object", "null"] and "proof" not in claim["required"]


def test_field_notes_come_from_the_models_comments() -> None:
    notes = field_notes(model.Participant)
    assert notes["kin"].startswith("the words name a relative")
    event = analysis_schema()["properties"]["events"]["items"]["properties"]
    assert event["time_source"]["description"].startswith("how the date was found")


def test_type_mapping() -> None:
    assert type_schema(Annotated[int | None, model.JsonSchema(minimum=0)]) == {
        "type": ["integer", "null"],
        "minimum": 0,
    }
    assert type_schema(model.Calendar | None) == {"enum": ["julian", "gregorian", None]}
    assert type_schema(tuple[str, ...]) == {"type": "array", "items": {"type": "string"}}
    with pytest.raises(TypeError):
        type_schema(int | str)
    with pytest.raises(TypeError):
        type_schema(tuple[int, str])
    with pytest.raises(TypeError):
        type_schema(set)


def test_a_new_field_changes_the_schema_and_the_check_sees_it(monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclasses.dataclass(frozen=True)
    class Rhetoric(model.Rhetoric):  # type: ignore[misc]
        novelty: Annotated[str | None, model.ADDED] = None

    schema = type_schema(Rhetoric)
    assert "novelty" in schema["properties"] and "novelty" not in schema["required"]
    assert schema["properties"]["novelty"]["type"] == ["string", "null"]


def test_closed_sets_of_the_model_match_their_data_files() -> None:
    """Literal types that repeat a data file's keys: the ontology's manners, the verifier's kinship nouns."""
    from importlib.resources import files

    ontology = yaml.safe_load(files("cronica.events").joinpath("ontology.yaml").read_text(encoding="utf-8"))
    assert set(get_args(model.Manner)) == set(ontology["manners"])
    policy = yaml.safe_load(files("cronica.verify").joinpath("resources/policy.yaml").read_text(encoding="utf-8"))
    assert set(get_args(model.Kin)) == set(policy["kinship"])
    assert list(model.PIPELINE_STAGES) == analysis_schema()["properties"]["timings"]["propertyNames"]["enum"]


def test_the_web_apis_response_model_is_the_contracts_schema() -> None:
    pytest.importorskip("fastapi")
    from cronica.web.app import create_app

    document = create_app().openapi()
    schemas = document["components"]["schemas"]
    contract = {key: value for key, value in analysis_schema().items() if key not in ("$schema", "$id")}
    assert schemas["Analysis"] == contract
    answer = document["paths"]["/api/analyze"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/Analysis"} in answer["oneOf"]
    assert schemas["AnalysisList"]["properties"]["documents"]["items"] == {"$ref": "#/components/schemas/Analysis"}
    lang = document["paths"]["/api/analyze"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert lang["properties"]["lang"]["enum"] == ["auto", *languages().codes]

    def refs(value: Any) -> list[str]:
        if isinstance(value, dict):
            return [v for k, v in value.items() if k == "$ref"] + [r for v in value.values() for r in refs(v)]
        return [r for v in value for r in refs(v)] if isinstance(value, list) else []

    for ref in refs(document):
        assert ref.removeprefix("#/components/schemas/") in schemas, ref
