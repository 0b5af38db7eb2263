"""Stage registry and orchestration.

A stage is a function `(analysis, ctx) -> analysis` registered by name with the
stages it requires and a default config, as spaCy registers components. The
pipeline runs ingest and nlp itself (they make the text and the parse every other
stage reads), then the registered stages in order. A stage that is skipped, whose
requirement did not run, that is not built yet, or that fails on a document is
recorded as such in `Analysis.stages`; the document still gets every other layer.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from cronica.errors import CronicaError, InputError, StageNotImplemented
from cronica.ingest import Record, check_record, detect_language, record_from_text, sha256_of
from cronica.model import STATUS_NOT_RUN, STATUS_OK, STATUS_SKIPPED, Analysis, Document
from cronica.nlp import NlpModels, entities_of, sentences_of
from cronica.options import PIPELINE_STAGES, Options, check_dct, check_language

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger("cronica")

StageFunction = Callable[[Analysis, "StageContext"], Analysis]

#: where each stage after nlp is registered; importing the module registers it. They run in
#: the order of `PIPELINE_STAGES`.
STAGE_MODULES: Mapping[str, str] = {
    "timex": "cronica.timex.stage",
    "link": "cronica.kb.stage",
    "events": "cronica.events.stage",
    "verify": "cronica.verify.stage",
    "rhetoric": "cronica.rhetoric.stage",
}


@dataclass(frozen=True)
class StageSpec:
    name: str
    run: StageFunction
    requires: tuple[str, ...] = ()
    default_config: Mapping[str, Any] = field(default_factory=dict)


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(
    name: str, *, requires: Iterable[str] = (), default_config: Mapping[str, Any] | None = None
) -> Callable[[StageFunction], StageFunction]:
    """Register `run` as the stage `name` (a later registration replaces an earlier one)."""

    def decorator(run: StageFunction) -> StageFunction:
        _REGISTRY[name] = StageSpec(name, run, tuple(requires), dict(default_config or {}))
        return run

    return decorator


def get_stage(name: str) -> StageSpec:
    if name not in _REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        raise CronicaError(f"no stage registered under the name '{name}'") from None


class Resources:
    """Heavy shared objects (KB, classifiers) loaded once per pipeline, on first use."""

    def __init__(self) -> None:
        self._items: dict[str, Any] = {}

    def get(self, key: str, factory: Callable[[], Any]) -> Any:
        if key not in self._items:
            self._items[key] = factory()
        return self._items[key]


@dataclass(frozen=True)
class StageContext:
    """What a stage may read besides the analysis: the parse, options, its config, resources."""

    doc: Doc | None
    options: Options
    config: Mapping[str, Any]
    resources: Resources


class Pipeline:
    """Loads models once and analyzes any number of documents with them."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.models = NlpModels(self.options)
        self.resources = Resources()

    # --- public API ---------------------------------------------------------------

    def analyze_text(
        self,
        text: str,
        *,
        id: str = "text",
        lang: str | None = None,
        dct: str | None = None,
        title: str | None = None,
        source: str | None = None,
        html: bool = False,
    ) -> Analysis:
        record = record_from_text(
            text,
            id=id,
            source=source or "<text>",
            lang=check_language(lang) if lang else None,
            dct=check_dct(dct) if dct else None,
            title=title,
            html=html,
        )
        result = next(self.analyze_records([record]))
        if isinstance(result, InputError):
            raise result
        return result

    def analyze_records(
        self, records: Iterable[Record | InputError], batch_size: int = 16
    ) -> Iterator[Analysis | InputError]:
        """Analyses in input order; a bad record yields its `InputError` and the run goes on."""
        iterator = iter(records)
        while chunk := list(islice(iterator, batch_size)):
            yield from self._analyze_chunk(chunk)

    # --- orchestration --------------------------------------------------------------

    def _analyze_chunk(self, chunk: list[Record | InputError]) -> Iterator[Analysis | InputError]:
        prepared: list[Analysis | InputError] = [
            item if isinstance(item, InputError) else self._ingest(item) for item in chunk
        ]
        docs = self._parse(prepared)
        for index, item in enumerate(prepared):
            if isinstance(item, InputError):
                yield item
                continue
            yield self._run_stages(item, docs.get(index))

    def _ingest(self, record: Record) -> Analysis | InputError:
        try:
            check_record(record, self.options.max_chars)
            lang = record.lang or self.options.lang or detect_language(record.text, record.source, record.line)
            document = Document(
                id=record.id,
                lang=lang,
                dct=record.dct or self.options.dct,
                title=record.title,
                source=record.url or record.source,
                chars=len(record.text),
                sha256=sha256_of(record.text),
            )
        except InputError as error:
            return error
        stages = {name: STATUS_NOT_RUN for name in PIPELINE_STAGES}
        stages["ingest"] = STATUS_OK
        return Analysis(document=document, text=record.text, stages=stages)

    def _parse(self, prepared: list[Analysis | InputError]) -> dict[int, Doc]:
        """Parse the chunk's documents with spaCy, batched per language."""
        docs: dict[int, Doc] = {}
        if "nlp" in self.options.skip:
            return docs
        by_lang: dict[str, list[int]] = {}
        for index, item in enumerate(prepared):
            if isinstance(item, Analysis):
                by_lang.setdefault(item.document.lang, []).append(index)
        for lang, indexes in by_lang.items():
            texts = [prepared[i].text for i in indexes]  # type: ignore[union-attr]
            for index, doc in zip(indexes, self.models.parse_many(texts, lang), strict=True):
                docs[index] = doc
        return docs

    def _run_stages(self, analysis: Analysis, doc: Doc | None) -> Analysis:
        statuses = dict(analysis.stages)
        warnings_: list[str] = list(analysis.warnings)
        if doc is not None:
            analysis = dataclasses.replace(analysis, sentences=sentences_of(doc), entities=entities_of(doc))
            statuses["nlp"] = STATUS_OK
        else:
            statuses["nlp"] = STATUS_SKIPPED
        for name in (stage for stage in PIPELINE_STAGES if stage in STAGE_MODULES):
            status, analysis, note = self._run_stage(name, analysis, doc, statuses)
            statuses[name] = status
            if note:
                warnings_.append(note)
        return dataclasses.replace(analysis, stages=statuses, warnings=tuple(warnings_))

    def _run_stage(
        self, name: str, analysis: Analysis, doc: Doc | None, statuses: Mapping[str, str]
    ) -> tuple[str, Analysis, str | None]:
        if name in self.options.skip:
            return STATUS_SKIPPED, analysis, None
        spec = get_stage(name)
        missing = [req for req in spec.requires if statuses.get(req) != STATUS_OK]
        if missing:
            return STATUS_NOT_RUN, analysis, f"{name}: not run: needs {', '.join(missing)}"
        ctx = StageContext(doc, self.options, self.options.config_for(name, spec.default_config), self.resources)
        try:
            return STATUS_OK, spec.run(analysis, ctx), None
        except StageNotImplemented as reason:
            return STATUS_NOT_RUN, analysis, f"{name}: not run: {reason}"
        except CronicaError as error:
            return f"failed: {error}", analysis, f"{name}: failed: {error}"
        except Exception as error:  # a bug in one stage must not cost the user the other layers
            log.debug("stage %s failed", name, exc_info=True)
            reason = f"{type(error).__name__}: {error}"
            return f"failed: {reason}", analysis, f"{name}: failed: {reason}"
