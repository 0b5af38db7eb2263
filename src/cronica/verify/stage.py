"""The `verify` pipeline stage: events → claims with verdicts, evidence and corrections."""

from __future__ import annotations

import dataclasses

from cronica.errors import CronicaError
from cronica.model import Analysis
from cronica.pipeline import StageContext, register_stage
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier


@register_stage("verify", requires=("events", "link"))
def run_verify(analysis: Analysis, ctx: StageContext) -> Analysis:
    verifier = ctx.resources.get(f"verify.verifier.{ctx.options.kb}", lambda: _make_verifier(ctx))
    return dataclasses.replace(analysis, claims=verifier.claims_of(analysis))


def _make_verifier(ctx: StageContext) -> Verifier:
    """The verifier over the knowledge base the link stage uses (`--kb` picks the implementation)."""
    kb = ctx.resources.get(f"kb.{ctx.options.kb}", lambda: open_knowledge_base(ctx.options.kb))
    return Verifier(ReferenceView(kb, name=ctx.options.kb))


def open_knowledge_base(name: str):
    try:
        from cronica.kb.base import open_knowledge_base as open_kb
    except ImportError as error:
        raise CronicaError(f"knowledge base '{name}' is not available: {error}") from None
    return open_kb(name)
