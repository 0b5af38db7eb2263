"""The `timex` pipeline stage: fills `Analysis.timexes` and `Analysis.intervals`.

It tags the raw text (it does not need the spaCy parse, so it also runs with
`--skip nlp`). The document's DCT (from `--dct`, `Options.dct` or the JSONL record)
anchors deictic expressions; each expression's anchor is decided by its kind
(docs/timex.md), unless the stage config's `mode` forces "news" or "narrative".
A long text is tagged in batches of about `batch_chars` characters (0: in one piece), so
the tagger's tokens of one batch at a time are alive; the result is the same.
"""

from __future__ import annotations

import dataclasses

from cronica.model import Analysis
from cronica.registry import StageContext, register_stage
from cronica.timex.tagger import Tagger

#: the batch size of the timex tagger on a long text: the parse's segment size (`nlp.SEGMENT_CHARS`)
BATCH_CHARS = 10_000


@register_stage("timex", requires=(), default_config={"mode": None, "batch_chars": BATCH_CHARS})
def run_timex(analysis: Analysis, ctx: StageContext) -> Analysis:
    lang = analysis.document.lang
    tagger: Tagger = ctx.resources.get(f"timex.{lang}", lambda: Tagger(lang))
    batch_chars = ctx.config.get("batch_chars", BATCH_CHARS)
    result = tagger.tag(analysis.text, dct=analysis.document.dct, mode=ctx.config.get("mode"), batch_chars=batch_chars)
    return dataclasses.replace(analysis, timexes=result.timexes, intervals=result.intervals)
