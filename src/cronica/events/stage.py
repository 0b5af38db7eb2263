"""The `events` pipeline stage: event frames from the parse, dated by the timex layer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from cronica.errors import CronicaError
from cronica.events.extract import extract_events
from cronica.events.lexicon import available_languages, load_lexicon
from cronica.model import Analysis, Entity
from cronica.registry import StageContext, register_stage

#: the KB's sex or gender items (P21) read as grammatical gender, for pronoun resolution
_MALE, _FEMALE = "Q6581097", "Q6581072"


@register_stage("events", requires=("nlp",))
def run_events(analysis: Analysis, ctx: StageContext) -> Analysis:
    batches = ctx.batches()
    if batches is None:
        raise CronicaError("events need the spaCy parse (the nlp stage did not run)")
    lexicon = load_lexicon(analysis.document.lang)
    if lexicon is None:
        raise CronicaError(
            f"no event lexicon for language '{analysis.document.lang}' (have: {', '.join(available_languages())})"
        )
    # the link stage runs before: when it linked anyone, the KB knows their gender
    sex_of = _sex_from_kb(ctx) if any(entity.item_id for entity in analysis.entities) else None
    return dataclasses.replace(analysis, events=extract_events(analysis, batches, lexicon, sex_of))


def _sex_from_kb(ctx: StageContext) -> Callable[[Entity], str | None]:
    """A linked person's gender from the KB (so "she" never resolves to Trotsky); None when unknown."""
    from cronica.kb import kb_from_context

    kb = kb_from_context(ctx)

    def sex_of(entity: Entity) -> str | None:
        if not entity.item_id:
            return None
        values = {str(getattr(s.value, "qid", None) or s.value) for s in kb.statements(entity.item_id, "P21")}
        return "Fem" if _FEMALE in values else "Masc" if _MALE in values else None

    return sex_of
