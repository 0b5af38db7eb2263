"""The `verify` pipeline stage: events → claims with verdicts, evidence and corrections."""

from __future__ import annotations

import dataclasses

from cronica.kb import kb_from_context
from cronica.model import Analysis
from cronica.registry import StageContext, register_stage
from cronica.verify.policy import check_overrides
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier


@register_stage("verify", requires=("events", "link"), check_config=check_overrides)
def run_verify(analysis: Analysis, ctx: StageContext) -> Analysis:
    """One claim per event (ids c1..); `--kb` picks the KB, shared with the link stage; the stage's
    config (e.g. `[stages.verify] min_link_score_to_contradict = 0.7`) overrides keys of policy.yaml."""
    verifier = ctx.resources.get(
        "verify.verifier", lambda: Verifier(ReferenceView(kb_from_context(ctx)), overrides=ctx.config)
    )
    return dataclasses.replace(analysis, claims=verifier.claims_of(analysis, ctx.batches()))
