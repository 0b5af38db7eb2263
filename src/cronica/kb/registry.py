"""Which knowledge base to use: `Options.kb` names it, the pipeline's resources cache it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cronica.errors import CronicaError
from cronica.options import KNOWLEDGE_BASES as KB_NAMES

if TYPE_CHECKING:
    from cronica.kb.base import KnowledgeBase
    from cronica.registry import StageContext


def open_kb(name: str = "embedded") -> KnowledgeBase:
    """The KB named `name`: "embedded" (the bundled pack, offline) or "wikidata" (online)."""
    if name == "embedded":
        from cronica.kb.embedded import EmbeddedKB

        return EmbeddedKB.open_default()
    if name == "wikidata":
        from cronica.kb.wikidata import WikidataKB

        return WikidataKB()
    raise CronicaError(f"unknown knowledge base '{name}' (choose from: {', '.join(KB_NAMES)})")


def kb_from_context(ctx: StageContext) -> KnowledgeBase:
    """The KB chosen by `ctx.options.kb`, loaded once per pipeline (shared by link and verify)."""
    return ctx.resources.get("kb", lambda: open_kb(ctx.options.kb))
