"""The `link` pipeline stage (not built yet: it is recorded as "not run", never faked)."""

from __future__ import annotations

from cronica.errors import StageNotImplemented
from cronica.model import Analysis
from cronica.pipeline import StageContext, register_stage


@register_stage("link", requires=("nlp",))
def run_link(analysis: Analysis, ctx: StageContext) -> Analysis:
    raise StageNotImplemented("entity linking is not built yet")
