"""Orchestration: a document through ingest, nlp and every registered stage.

Stages are found by name in the registry (`cronica.registry`). The pipeline runs
ingest and nlp itself (they make the text and the parse every other stage reads),
then the registered stages in order. A stage that is skipped, whose
requirement did not run, that is not built yet, or that fails on a document is
recorded as such in `Analysis.stages`; the document still gets every other layer.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice

from cronica.errors import CronicaError, InputError, StageNotImplemented
from cronica.ingest import Record, check_record, detect_language, record_from_text, sha256_of
from cronica.invisible import HiddenCharacters, hide_invisible
from cronica.memory import release_free_memory
from cronica.model import STATUS_NOT_RUN, STATUS_OK, STATUS_SKIPPED, Analysis, Document, StageName
from cronica.nlp import MAX_TOKEN_CHARS, NlpModels, ParsedText, long_runs
from cronica.options import PIPELINE_STAGES, Options, check_dct, check_language
from cronica.registry import STAGE_MODULES, Resources, StageContext, get_stage

log = logging.getLogger("cronica")


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """What the pipeline is doing on one document, for a progress bar (long documents).

    `stage` is the stage starting (or, for nlp, going on); for nlp `done`/`total` count the
    characters parsed so far, for the other stages the stages run so far."""

    doc_id: str
    chars: int
    stage: str
    done: int
    total: int


ProgressListener = Callable[[ProgressEvent], None]


@dataclass
class _Prepared:
    """A document between ingest and the end of its stages."""

    analysis: Analysis
    hidden: HiddenCharacters | None = None
    timings: dict[StageName, float] = field(default_factory=dict)


class Pipeline:
    """Loads models once and analyzes any number of documents with them.

    `progress`, when set, is told what happens on each document (see `ProgressEvent`)."""

    def __init__(self, options: Options | None = None, progress: ProgressListener | None = None) -> None:
        self.options = options or Options()
        self.models = NlpModels(self.options)
        self.resources = Resources()
        self.progress = progress  # (each [stages.NAME] table was checked when the options were made)
        #: keep spaCy's token vectors only when a stage that runs reads them (the span tagger)
        self.vectors = any(self._reads_vectors(name) for name in PIPELINE_STAGES if name not in self.options.skip)

    def _reads_vectors(self, name: StageName) -> bool:
        if name not in STAGE_MODULES:
            return False
        spec = get_stage(name)
        return spec.reads_vectors is not None and spec.reads_vectors(self.options.config_for(name, spec.default_config))

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
        """Analyses in input order; a bad record yields its `InputError` and the run goes on.

        A fault of one record (bad input, or a bug it triggers outside a stage) is that
        record's failure, with its reason; the other records are still analyzed."""
        iterator = iter(records)
        while chunk := list(islice(iterator, batch_size)):
            yield from self._analyze_chunk(chunk)

    # --- orchestration --------------------------------------------------------------

    def _analyze_chunk(self, chunk: list[Record | InputError]) -> Iterator[Analysis | InputError]:
        prepared: list[_Prepared | InputError] = [
            item if isinstance(item, InputError) else self._ingest(item) for item in chunk
        ]
        docs = self._parse(prepared)
        for index, item in enumerate(prepared):
            if isinstance(item, InputError):
                yield item
                continue
            doc = docs.get(index)
            if isinstance(doc, InputError):
                yield doc
                continue
            try:
                yield self._finish(item, doc)
            except Exception as error:  # a bug outside the stages: this document's failure only
                yield _failure(item.analysis.document.source or item.analysis.document.id, error)

    def _ingest(self, record: Record) -> _Prepared | InputError:
        started = time.perf_counter()
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
            text, hidden = hide_invisible(record.text)
        except InputError as error:
            return error
        except Exception as error:  # never let one record end the run
            return _failure(record.source, error, record.line)
        stages: dict[str, str] = {name: STATUS_NOT_RUN for name in PIPELINE_STAGES}
        stages["ingest"] = STATUS_OK
        warnings_ = list(record.warnings)
        if hidden is not None:
            warnings_.append(hidden.note())
        analysis = Analysis(document=document, text=text, stages=stages, warnings=tuple(warnings_))
        return _Prepared(analysis, hidden, {"ingest": time.perf_counter() - started})

    def _parse(self, prepared: list[_Prepared | InputError]) -> dict[int, ParsedText | InputError]:
        """Parse the chunk's documents with spaCy: short ones batched per language, long ones alone."""
        docs: dict[int, ParsedText | InputError] = {}
        if "nlp" in self.options.skip:
            return docs
        by_lang: dict[str, list[tuple[int, _Prepared]]] = {}
        for index, item in enumerate(prepared):
            if not isinstance(item, _Prepared):
                continue
            if len(item.analysis.text) > self.models.segment_chars:
                docs[index] = self._parse_one(item)
            else:
                by_lang.setdefault(item.analysis.document.lang, []).append((index, item))
        for lang, members in by_lang.items():
            indexes = [index for index, _ in members]
            group = [item for _, item in members]
            started = time.perf_counter()
            try:
                parsed = list(
                    self.models.parse_many((item.analysis.text for item in group), lang, vectors=self.vectors)
                )
            except CronicaError:
                raise  # a missing model is the user's to fix, for every document
            except Exception:  # one text broke the batch: parse them one by one to isolate it
                log.debug("parsing a batch failed; parsing its documents one by one", exc_info=True)
                for index, item in zip(indexes, group, strict=True):
                    docs[index] = self._parse_one(item)
                continue
            share = (time.perf_counter() - started) / max(1, sum(len(item.analysis.text) for item in group))
            for index, item, doc in zip(indexes, group, parsed, strict=True):
                docs[index] = ParsedText(doc)
                item.timings["nlp"] = share * len(item.analysis.text)
        return docs

    def _parse_one(self, item: _Prepared) -> ParsedText | InputError:
        document = item.analysis.document
        started = time.perf_counter()

        def parsed(done: int, total: int) -> None:
            self._tell(document, "nlp", done, total)

        self._tell(document, "nlp", 0, len(item.analysis.text))
        try:
            doc = self.models.parse_text(item.analysis.text, document.lang, parsed, vectors=self.vectors)
        except CronicaError:
            raise  # a missing model is the user's to fix for every document
        except Exception as error:
            return _failure(document.source or document.id, error)
        item.timings["nlp"] = time.perf_counter() - started
        if self._long(item.analysis):
            release_free_memory()  # the segments' freed activations: see cronica.memory
        return doc

    def _long(self, analysis: Analysis) -> bool:
        """A document parsed in segments: the one whose stages give freed memory back (`cronica.memory`)."""
        return len(analysis.text) > self.models.segment_chars

    def _tell(self, document: Document, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(ProgressEvent(document.id, document.chars, stage, done, total))

    def _finish(self, item: _Prepared, doc: ParsedText | None) -> Analysis:
        analysis = self._run_stages(item, doc)
        if item.hidden is not None:
            analysis = item.hidden.restore(analysis)
        if self.options.timings:
            analysis = dataclasses.replace(analysis, timings={k: round(v, 4) for k, v in item.timings.items()})
        return analysis

    def _run_stages(self, item: _Prepared, doc: ParsedText | None) -> Analysis:
        analysis = item.analysis
        statuses = dict(analysis.stages)
        warnings_: list[str] = list(analysis.warnings)
        if doc is not None:
            analysis = dataclasses.replace(analysis, sentences=doc.sentences, entities=doc.entities)
            statuses["nlp"] = STATUS_OK
            runs = long_runs(analysis.text)
            if runs:
                warnings_.append(
                    f"nlp: {runs} run(s) of more than {MAX_TOKEN_CHARS} characters without a space reached the"
                    f" parser in pieces of {MAX_TOKEN_CHARS} (the text and its offsets are unchanged)"
                )
        else:
            statuses["nlp"] = STATUS_SKIPPED
        names = [stage for stage in PIPELINE_STAGES if stage in STAGE_MODULES]
        long_text = self._long(analysis)
        for number, name in enumerate(names):
            self._tell(analysis.document, name, number, len(names))
            started = time.perf_counter()
            status, analysis, note = self._run_stage(name, analysis, doc, statuses)
            if status != STATUS_SKIPPED:
                item.timings[name] = time.perf_counter() - started
            statuses[name] = status
            if note:
                warnings_.append(note)
            if long_text and status == STATUS_OK:
                release_free_memory()  # what the stage freed, before the next one allocates
        self._tell(analysis.document, "done", len(names), len(names))
        return dataclasses.replace(analysis, stages=statuses, warnings=tuple(warnings_))

    def _run_stage(
        self, name: StageName, analysis: Analysis, doc: ParsedText | None, statuses: Mapping[str, str]
    ) -> tuple[str, Analysis, str | None]:
        if name in self.options.skip:
            return STATUS_SKIPPED, analysis, None
        spec = get_stage(name)
        missing = [req for req in spec.requires if statuses.get(req) != STATUS_OK]
        if missing:
            return STATUS_NOT_RUN, analysis, f"{name}: not run: needs {', '.join(missing)}"
        config = self.options.config_for(name, spec.default_config)
        ctx = StageContext(doc.doc if doc else None, self.options, config, self.resources, parse=doc)
        try:
            return STATUS_OK, spec.run(analysis, ctx), None
        except StageNotImplemented as not_built:
            return STATUS_NOT_RUN, analysis, f"{name}: not run: {not_built}"
        except CronicaError as error:
            return f"failed: {error}", analysis, f"{name}: failed: {error}"
        except Exception as error:  # a bug in one stage must not cost the user the other layers
            log.debug("stage %s failed", name, exc_info=True)
            reason = f"{type(error).__name__}: {error}"
            return f"failed: {reason}", analysis, f"{name}: failed: {reason}"


class StageProblems:
    """Stages that failed or did not run, counted over many documents, for one line each on stderr.

    A stage that cannot work (`--kb wikidata` offline: link fails, verify cannot run) must not
    pass unnoticed because the documents were still analyzed: the user is told once per reason."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: dict[str, int] = {}

    def add(self, warnings: Iterable[str]) -> None:
        self.documents += 1
        for warning in dict.fromkeys(warnings):
            stage, _, rest = warning.partition(": ")
            if stage in PIPELINE_STAGES and rest.startswith(("failed", "not run")):
                self.counts[warning] = self.counts.get(warning, 0) + 1

    def lines(self) -> list[str]:
        return [f"{warning} ({count} of {self.documents} documents)" for warning, count in self.counts.items()]


def _failure(source: str, error: Exception, line: int | None = None) -> InputError:
    """A fault while analyzing one record, as that record's failure (the run goes on)."""
    log.debug("analyzing %s failed", source, exc_info=True)
    return InputError(source, f"could not be analyzed: internal error: {type(error).__name__}: {error}", line=line)
