"""The knowledge base (Wikidata-shaped reference facts) and the link stage.

Callers use the `KnowledgeBase` interface (`cronica.kb.base`) and get the configured
one with `kb_from_context(ctx)` in a stage or `open_kb(name)` elsewhere.
"""

from cronica.kb.base import (
    Candidate,
    KnowledgeBase,
    Reference,
    Statement,
    TimeValue,
    is_item_id,
    is_pid,
    is_provisional,
    is_qid,
)
from cronica.kb.registry import KB_NAMES, kb_from_context, open_kb

__all__ = [
    "KB_NAMES",
    "Candidate",
    "KnowledgeBase",
    "Reference",
    "Statement",
    "TimeValue",
    "is_item_id",
    "is_pid",
    "is_provisional",
    "is_qid",
    "kb_from_context",
    "open_kb",
]
