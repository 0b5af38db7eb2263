"""Test helpers: run the CLI in-process and check the contract's invariants."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from typing import Any

from cronica.schema import validate_analysis


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(args: list[str], capsys: Any, monkeypatch: Any, stdin: bytes | None = None) -> CliResult:
    """Run `cronica ARGS` as the console script would (errors rendered, exit code kept)."""
    from cronica.cli.main import run

    monkeypatch.setattr(sys, "argv", ["cronica", *args])
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    try:
        run()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


def check_contract(data: dict[str, Any]) -> None:
    """Schema-valid, and every span's text is exactly the source slice it points to."""
    validate_analysis(data)
    text = data["text"]
    assert data["document"]["chars"] == len(text)
    for layer in ("sentences", "entities", "timexes", "intervals", "claims", "flags"):
        for item in data[layer]:
            assert 0 <= item["start"] <= item["end"] <= len(text), (layer, item)
            if "text" in item:
                assert text[item["start"] : item["end"]] == item["text"], (layer, item)
    for event in data["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]
        for participant in event["participants"]:
            assert text[participant["start"] : participant["end"]] == participant["text"]
    check_references(data)


def check_references(data: dict[str, Any]) -> None:
    """Every id one layer names exists in the layer it points to, and ids are unique."""
    ids = {}
    for layer in ("sentences", "entities", "timexes", "intervals", "events", "claims", "flags"):
        layer_ids = [item["id"] for item in data[layer]]
        assert len(layer_ids) == len(set(layer_ids)), f"duplicate ids in {layer}"
        ids[layer] = set(layer_ids)
    for timex in data["timexes"]:
        assert timex["anchor"] in (None, "dct") or timex["anchor"] in ids["timexes"], timex
    for interval in data["intervals"]:
        assert {interval["start_timex"], interval["end_timex"]} <= ids["timexes"], interval
    for event in data["events"]:
        assert event["sentence"] in ids["sentences"], event
        assert event["time"] is None or event["time"] in ids["timexes"], event
        assert event["place"] is None or event["place"] in ids["entities"], event
        for participant in event["participants"]:
            assert participant["entity"] is None or participant["entity"] in ids["entities"], participant
    for claim in data["claims"]:
        assert claim["event"] is None or claim["event"] in ids["events"], claim
        if claim["verdict"] == "contradicted":
            assert claim["correction"] and claim["evidence"], claim
    assert data["summary"]["claims"] == len(data["claims"])
