"""The `events` pipeline stage: event frames from the parse, dated by the timex layer."""

from __future__ import annotations

import dataclasses

from cronica.errors import CronicaError
from cronica.events.extract import extract_events
from cronica.events.lexicon import available_languages, load_lexicon
from cronica.model import Analysis
from cronica.pipeline import StageContext, register_stage


@register_stage("events", requires=("nlp",))
def run_events(analysis: Analysis, ctx: StageContext) -> Analysis:
    if ctx.doc is None:
        raise CronicaError("events need the spaCy parse (the nlp stage did not run)")
    lexicon = load_lexicon(analysis.document.lang)
    if lexicon is None:
        raise CronicaError(
            f"no event lexicon for language '{analysis.document.lang}' (have: {', '.join(available_languages())})"
        )
    return dataclasses.replace(analysis, events=extract_events(analysis, ctx.doc, lexicon))
