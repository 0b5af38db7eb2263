"""cronica: narrative text about the past → a sourced, checked timeline.

>>> from cronica import analyze
>>> result = analyze("Trotsky fue expulsado del partido en 1927.", lang="es")
>>> result.document.lang
'es'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from cronica.errors import CronicaError, InputError
from cronica.model import Analysis
from cronica.options import Options

__version__ = "0.1.0"
__all__ = ["Analysis", "CronicaError", "InputError", "Options", "Pipeline", "__version__", "analyze", "analyze_many"]


def analyze(text: str, lang: str | None = None, dct: str | None = None, **options: Any) -> Analysis:
    """Analyze one text. Options are those of `cronica.Options` (skip, models, stage_config, kb...).

    Pipelines are kept per set of options, so calling this in a loop loads models once.
    """
    opts = Options(lang=lang, **options)
    return _pipeline_for(opts).analyze_text(text, dct=opts.dct if dct is None else dct)


_PIPELINES: dict[str, Any] = {}


def _pipeline_for(options: Options) -> Any:
    from cronica.pipeline import Pipeline

    key = repr(options)
    if key not in _PIPELINES:
        if len(_PIPELINES) >= 4:  # a few option sets at most: models are large
            _PIPELINES.pop(next(iter(_PIPELINES)))
        _PIPELINES[key] = Pipeline(options)
    return _PIPELINES[key]


def analyze_many(
    texts: Iterable[str | dict[str, Any]], lang: str | None = None, dct: str | None = None, **options: Any
) -> Iterator[Analysis | InputError]:
    """Analyze many texts (strings, or dicts shaped like JSONL records) loading models once.

    Yields, in input order, an `Analysis` per document or the `InputError` of a bad one.
    """
    from cronica.ingest import record_from_mapping

    opts = Options(lang=lang, dct=dct, **options)

    def records() -> Iterator[Any]:
        for number, item in enumerate(texts, start=1):
            try:
                if isinstance(item, str):
                    item = {"text": item}
                if not isinstance(item, dict):
                    raise InputError("<input>", "a record must be a string or a dict with 'text'", line=number)
                yield record_from_mapping(item, "<input>", number, opts.max_chars, "doc")
            except InputError as error:
                yield error

    yield from _pipeline_for(opts).analyze_records(records())


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from cronica.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
