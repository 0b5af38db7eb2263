"""What the contract's typed model costs in the pipeline's hot loops, against pydantic models.

    nice .venv/bin/python benchmarks/contract_model.py

The model stays frozen, slotted dataclasses whose `Annotated` marks are read only by the
generators (schema, store, API), so building it costs what plain dataclasses cost. This
measures the alternative the issue named, the same classes as pydantic models, on what the
stages do most: build spans (a Participant, an Entity, an Event with a Trigger and two
participants) and copy an Analysis with one layer replaced. It also times `to_dict` (the
JSON export) on a real analysis, against the previous `to_dict` (which called
`dataclasses.fields` per object), and pydantic's own dump of the same data. Best of 7 runs,
ratios to the dataclass.
"""

from __future__ import annotations

import dataclasses
import subprocess
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from cronica import model

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 7


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PTrigger(_Frozen):
    text: str
    start: int
    end: int


class PParticipant(_Frozen):
    role: str
    entity: str | None
    text: str
    start: int
    end: int
    kin: str | None = None
    kin_of: str | None = None
    alternatives: tuple[str, ...] = ()


class PEntity(_Frozen):
    id: str
    text: str
    start: int
    end: int
    label: str
    kb_id: str | None = None
    canonical: str | None = None
    score: float | None = None
    provisional_id: str | None = None


class PEvent(_Frozen):
    id: str
    type: str
    trigger: PTrigger
    sentence: str
    participants: tuple[PParticipant, ...] = ()
    time: str | None = None
    time_value: str | None = None
    place: str | None = None
    modality: str = "asserted"
    manner: str | None = None
    time_source: str | None = None
    repeated: bool = False


def best(run: Any, loops: int) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(loops):
            run()
        times.append((time.perf_counter() - start) / loops)
    return min(times)


def build_dataclasses() -> Any:
    participants = (
        model.Participant("agent", "e1", "Stalin", 0, 6),
        model.Participant("patient", "e2", "Trotsky", 20, 27, alternatives=("e3",)),
    )
    model.Entity("e1", "Stalin", 0, 6, "PER", kb_id="Q855", canonical="Joseph Stalin", score=0.9)
    return model.Event("ev1", "EXPULSION", model.Trigger("expulsó", 7, 14), "s1", participants, time="t1")


def build_pydantic() -> Any:
    participants = (
        PParticipant(role="agent", entity="e1", text="Stalin", start=0, end=6),
        PParticipant(role="patient", entity="e2", text="Trotsky", start=20, end=27, alternatives=("e3",)),
    )
    PEntity(id="e1", text="Stalin", start=0, end=6, label="PER", kb_id="Q855", canonical="Joseph Stalin", score=0.9)
    return PEvent(
        id="ev1", type="EXPULSION", trigger=PTrigger(text="expulsó", start=7, end=14), sentence="s1",
        participants=participants, time="t1",
    )  # fmt: skip


def build_pydantic_unchecked() -> Any:
    """`model_construct`: pydantic without validation, its fastest way to build."""
    participants = (
        PParticipant.model_construct(role="agent", entity="e1", text="Stalin", start=0, end=6),
        PParticipant.model_construct(role="patient", entity="e2", text="Trotsky", start=20, end=27),
    )
    PEntity.model_construct(id="e1", text="Stalin", start=0, end=6, label="PER", kb_id="Q855", canonical="J", score=0.9)
    return PEvent.model_construct(
        id="ev1", type="EXPULSION", trigger=PTrigger.model_construct(text="expulsó", start=7, end=14), sentence="s1",
        participants=participants, time="t1",
    )  # fmt: skip


def old_to_dict() -> Any:
    """`to_dict` as it was before the model became the contract's one home (commit de62d02)."""
    source = subprocess.run(
        ["git", "show", "de62d02:src/cronica/export/json_export.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    namespace: dict[str, Any] = {}
    exec(compile(source.replace("@register_exporter", "# @"), "old_json_export", "exec"), namespace)
    return namespace["to_dict"]


def main() -> None:
    from cronica.export.json_export import to_dict
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    rows = []
    base = best(build_dataclasses, 20000)
    rows.append(("build an event (2 participants, trigger) + an entity", "frozen slotted dataclasses", base))
    rows.append(("", "pydantic BaseModel(frozen)", best(build_pydantic, 20000)))
    rows.append(("", "pydantic model_construct (no checks)", best(build_pydantic_unchecked, 20000)))

    analysis = Pipeline(Options(lang="en")).analyze_text((ROOT / "examples" / "trotsky_en.txt").read_text() * 5)
    event = analysis.events[0]
    rows.append(("copy an event with one field changed", "dataclasses.replace", best(lambda: dataclasses.replace(
        event, time="t2"), 50000)))  # fmt: skip
    pevent = PEvent.model_validate(dataclasses.asdict(event))
    rows.append(("", "pydantic model_copy(update=...)", best(lambda: pevent.model_copy(update={"time": "t2"}), 50000)))

    old = old_to_dict()
    assert old(analysis) == to_dict(analysis)
    layers = f"{len(analysis.entities)} entities, {len(analysis.events)} events, {len(analysis.claims)} claims"
    rows.append((f"to_dict of one analysis ({layers})", "to_dict before (dataclasses.fields per object)", best(
        lambda: old(analysis), 30)))  # fmt: skip
    rows.append(("", "to_dict now (field names cached per class)", best(lambda: to_dict(analysis), 30)))
    from cronica.export.json_export import _plain

    rows.append(("the events layer alone as plain data", "to_dict's walk over the dataclasses", best(
        lambda: _plain(analysis.events), 30)))  # fmt: skip
    events = TypeAdapter(tuple[PEvent, ...]).validate_python([dataclasses.asdict(e) for e in analysis.events])
    rows.append(("", "pydantic model_dump (Rust)", best(lambda: [e.model_dump() for e in events], 30)))

    print("| what | how | time | ratio |")
    print("|---|---|---|---|")
    reference = None
    for what, how, seconds in rows:
        if what:
            reference = seconds
        assert reference is not None
        print(f"| {what} | {how} | {seconds * 1e6:,.1f} µs | {seconds / reference:.2f}× |")


if __name__ == "__main__":
    main()
