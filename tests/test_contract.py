"""Real outputs validate against the shipped JSON Schema and keep every offset honest."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from contract_checks import check_contract
from cronica import analyze
from cronica.export.json_export import to_dict
from cronica.model import ANALYSIS_KEYS
from cronica.schema import analysis_schema, validate_analysis

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("name", ["trotsky_es.txt", "trotsky_en.txt"])
def test_example_output_is_schema_valid(name: str, pipeline) -> None:
    analysis = pipeline.analyze_text((EXAMPLES / name).read_text(encoding="utf-8"), id=name)
    data = to_dict(analysis)
    check_contract(data)
    assert list(data) == [key for key in ANALYSIS_KEYS if key != "timings"]  # timings only when asked for
    assert data["document"]["lang"] == name[-6:-4]
    assert data["sentences"] and data["entities"]


def test_schema_requires_every_contract_key_but_the_optional_timings() -> None:
    required = set(analysis_schema()["required"])
    assert required == set(ANALYSIS_KEYS) - {"timings"}


def test_schema_rejects_broken_output(pipeline_es) -> None:
    data = to_dict(pipeline_es.analyze_text("Trotsky llegó a México en 1937."))
    broken = json.loads(json.dumps(data))
    del broken["summary"]
    with pytest.raises(jsonschema.ValidationError):
        validate_analysis(broken)
    broken = json.loads(json.dumps(data))
    broken["entities"][0]["label"] = "PERSON"
    with pytest.raises(jsonschema.ValidationError):
        validate_analysis(broken)


def test_unbuilt_stages_say_so_and_fake_nothing(pipeline_es) -> None:
    analysis = pipeline_es.analyze_text("Trotsky llegó a México en 1937.")
    for name, status in analysis.stages.items():
        if status == "not run":
            assert any(w.startswith(f"{name}:") for w in analysis.warnings), name


def test_skip_is_recorded(pipeline_es) -> None:
    analysis = analyze("Trotsky llegó a México en 1937.", lang="es", skip={"rhetoric"})
    assert analysis.stages["rhetoric"] == "skipped"
    assert analysis.stages["ingest"] == "ok"


def test_skipping_nlp_leaves_text_layers_only() -> None:
    analysis = analyze("Trotsky llegó a México en 1937.", lang="es", skip={"nlp"})
    assert analysis.stages["nlp"] == "skipped"
    assert analysis.sentences == () and analysis.entities == ()
    validate_analysis(to_dict(analysis))


def test_summary_counts_follow_the_layers(pipeline_en) -> None:
    analysis = pipeline_en.analyze_text("Lenin died in Gorki in January 1924.")
    summary = analysis.summary
    assert summary["events"] == len(analysis.events)
    assert summary["claims"] == len(analysis.claims)
    assert summary["flags"] == len(analysis.flags)


def test_analyze_reuses_loaded_models_and_validates_dct() -> None:
    import cronica
    from cronica.errors import CronicaError

    first = analyze("Lenin murió en 1924.", lang="es", dct="2024-01-21")
    second = analyze("Stalin murió en 1953.", lang="es")
    assert first.document.dct == "2024-01-21" and second.document.dct is None
    assert list(cronica._PIPELINES).count(repr(cronica.Options(lang="es"))) == 1
    assert cronica._pipeline_for(cronica.Options(lang="es")) is cronica._pipeline_for(cronica.Options(lang="es"))
    with pytest.raises(CronicaError, match="invalid document date"):
        analyze("Lenin murió en 1924.", lang="es", dct="ayer")


def test_analyze_many_yields_errors_in_place() -> None:
    from cronica import analyze_many
    from cronica.errors import InputError

    results = list(analyze_many(["Lenin died in 1924.", {"id": "x"}, {"id": "n1", "text": "Stalin died in 1953."}]))
    assert [type(r).__name__ for r in results] == ["Analysis", "InputError", "Analysis"]
    assert isinstance(results[1], InputError) and results[2].document.id == "n1"


def test_analyze_many_refuses_records_that_are_neither_text_nor_mapping() -> None:
    from cronica import analyze_many
    from cronica.errors import InputError

    results = list(analyze_many([42, "Lenin died in 1924."], lang="en"))
    assert isinstance(results[0], InputError) and "string or a dict" in str(results[0])
    assert results[1].document.lang == "en"
