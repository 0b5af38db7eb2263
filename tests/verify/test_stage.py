"""The verify stage over a fake KB: claims in the contract, the table and the summary."""

from __future__ import annotations

import dataclasses

from builder import analysis_with_event
from fake_kb import CPSU, TROTSKY, FakeKnowledgeBase

from contract_checks import check_contract
from cronica.export.json_export import to_dict
from cronica.export.table import render_table
from cronica.options import PIPELINE_STAGES, Options
from cronica.registry import Resources, StageContext, get_stage
from cronica.verify.policy import load_policy


def run_stage(analysis):
    resources = Resources()
    resources.get("kb", FakeKnowledgeBase)  # what the link stage would have loaded
    ctx = StageContext(None, Options(), {}, resources)
    return get_stage("verify").run(analysis, ctx)


def two_events():
    text = "En agosto de 1927 Trotsky fue expulsado del partido. Trotsky murió en 1940."
    first = analysis_with_event(text, "es", "EXPULSION", "expulsado",
                                {"patient": ("Trotsky", TROTSKY), "organization": ("partido", CPSU)},
                                time=("agosto de 1927", "1927-08"))  # fmt: skip
    second = analysis_with_event(text, "es", "DEATH", "murió", {"patient": ("Trotsky murió", None)},
                                 time=("1940", "1940"))  # fmt: skip
    # merge the two one-event analyses into one document (ids renamed so they stay unique)
    entities = [dataclasses.replace(e, id=f"e9{e.id[1:]}") for e in second.entities]
    timexes = [dataclasses.replace(t, id="t2") for t in second.timexes]
    (event,) = second.events
    event = dataclasses.replace(
        event, id="ev2", time="t2",
        participants=tuple(dataclasses.replace(p, entity=f"e9{p.entity[1:]}") for p in event.participants),
    )  # fmt: skip
    return dataclasses.replace(
        first,
        entities=first.entities + tuple(entities),
        timexes=first.timexes + tuple(timexes),
        events=(*first.events, event),
        stages={name: "ok" for name in PIPELINE_STAGES},
    )


def test_stage_fills_claims_in_text_order_with_ids():
    analysis = run_stage(two_events())
    assert [claim.id for claim in analysis.claims] == ["c1", "c2"]
    assert [claim.event for claim in analysis.claims] == ["ev1", "ev2"]
    assert [claim.verdict for claim in analysis.claims] == ["contradicted", "not_enough_info"]
    assert analysis.summary["claims"] == 2 and analysis.summary["contradicted"] == 1
    check_contract(to_dict(analysis))


def test_the_table_shows_claims_and_corrections():
    table = render_table([run_stage(two_events())])
    assert "Claims" in table and "contradicted" in table
    assert "noviembre de 1927, no en agosto de 1927." in table


def test_the_stage_config_overrides_the_policy():
    resources = Resources()
    resources.get("kb", FakeKnowledgeBase)
    ctx = StageContext(None, Options(), {"confidence": {**load_policy()["confidence"], "contradicted": {
        "day": 0.5, "month": 0.5, "year": 0.5, "place": 0.5, "entity": 0.5}}}, resources)  # fmt: skip
    analysis = get_stage("verify").run(two_events(), ctx)
    assert analysis.claims[0].confidence == 0.5
