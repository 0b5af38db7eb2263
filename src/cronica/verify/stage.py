"""The `verify` pipeline stage (not built yet: it is recorded as "not run", never faked)."""

from __future__ import annotations

from cronica.errors import StageNotImplemented
from cronica.model import Analysis
from cronica.pipeline import StageContext, register_stage


@register_stage("verify", requires=("events", "link"))
def run_verify(analysis: Analysis, ctx: StageContext) -> Analysis:
    raise StageNotImplemented("claim verification is not built yet")
