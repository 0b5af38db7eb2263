"""The `timex` pipeline stage: fills `Analysis.timexes` and `Analysis.intervals`.

It tags the raw text (it does not need the spaCy parse, so it also runs with
`--skip nlp`). The document's DCT (from `--dct`, `Options.dct` or the JSONL record)
anchors deictic expressions; each expression's anchor is decided by its kind
(docs/timex.md), unless the stage config's `mode` forces "news" or "narrative".
"""

from __future__ import annotations

import dataclasses

from cronica.model import Analysis
from cronica.registry import StageContext, register_stage
from cronica.timex.tagger import Tagger


@register_stage("timex", requires=(), default_config={"mode": None})
def run_timex(analysis: Analysis, ctx: StageContext) -> Analysis:
    lang = analysis.document.lang
    tagger: Tagger = ctx.resources.get(f"timex.{lang}", lambda: Tagger(lang))
    result = tagger.tag(analysis.text, dct=analysis.document.dct, mode=ctx.config.get("mode"))
    return dataclasses.replace(analysis, timexes=result.timexes, intervals=result.intervals)
