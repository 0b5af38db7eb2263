"""The `events` pipeline stage (not built yet: it is recorded as "not run", never faked)."""

from __future__ import annotations

from cronica.errors import StageNotImplemented
from cronica.model import Analysis
from cronica.pipeline import StageContext, register_stage


@register_stage("events", requires=("nlp",))
def run_events(analysis: Analysis, ctx: StageContext) -> Analysis:
    raise StageNotImplemented("event extraction is not built yet")
