"""One options object for `analyze()` and the CLI, typed and validated in one place (as dateparser's Settings).

`Options` is a frozen pydantic model: every setting has a type (closed sets as `Literal`s
taken from the contract's model), an unknown setting is an error rather than silently
dropped, and every error is one line a user can act on (`CronicaError`), whether the
settings come from Python (`cronica.analyze(..., skip=...)`), a TOML file (`--config`) or
the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError, field_validator

from cronica.errors import CronicaError
from cronica.model import PIPELINE_STAGES, StageName

KnowledgeBaseName = Literal["embedded", "wikidata"]


def __getattr__(name: str) -> Any:
    """`SUPPORTED_LANGUAGES` and `DEFAULT_MODELS` come from cronica/languages.yaml (docs/languages.md),
    read when first asked for, so that `cronica --version` does not pay for reading it."""
    if name == "SUPPORTED_LANGUAGES":
        return _languages().codes
    if name == "DEFAULT_MODELS":
        return _languages().models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _languages() -> Any:
    from cronica.languages import languages

    return languages()


#: `--kb`: the bundled pack offline, or the Wikidata Query Service online (cronica.kb.registry)
KNOWLEDGE_BASES: tuple[str, ...] = get_args(KnowledgeBaseName)
#: 5 million characters: far beyond a book chapter, small enough to parse in minutes.
DEFAULT_MAX_CHARS = 5_000_000

__all__ = [
    "DEFAULT_MAX_CHARS", "KNOWLEDGE_BASES", "PIPELINE_STAGES", "Options",
    "StrictConfig", "check_dct", "check_language", "describe_validation_error", "load_config",
    "parse_model_overrides",
]  # fmt: skip


class StrictConfig(BaseModel):
    """Base of cronica's settings models: frozen, unknown keys are errors, no silent coercion of
    a string into a number or a boolean."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Options(BaseModel):
    """How to analyze: language, reference time, stages to skip, models, per-stage config."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: the documents' language; None (or "auto") detects it per document
    lang: str | None = None
    #: the document creation time, YYYY-MM-DD: anchors "ayer", "last year"
    dct: str | None = None
    #: stages not to run (ingest always runs)
    skip: frozenset[StageName] = frozenset()
    #: the spaCy pipeline per language, instead of `DEFAULT_MODELS`
    models: Mapping[str, str] = Field(default_factory=dict)
    #: per-stage settings (`[stages.NAME]` in a config file), checked by each stage's config model
    stage_config: Mapping[StageName, Mapping[str, Any]] = Field(default_factory=dict, alias="stages")
    #: the knowledge base link and verify read
    kb: KnowledgeBaseName = "embedded"
    #: refuse texts longer than this
    max_chars: Annotated[StrictInt, Field(gt=0)] = DEFAULT_MAX_CHARS
    #: record the seconds each stage took in `Analysis.timings` (off by default: output stays reproducible)
    timings: StrictBool = False

    def __init__(self, **settings: Any) -> None:
        try:
            super().__init__(**settings)
        except ValidationError as error:
            raise CronicaError(describe_validation_error(error, Options)) from None

    @field_validator("lang", mode="before")
    @classmethod
    def _language(cls, value: Any) -> Any:
        if value in ("", "auto", None):
            return None
        return check_language(value)

    @field_validator("dct", mode="before")
    @classmethod
    def _dct(cls, value: Any) -> Any:
        return None if value is None else check_dct(value)

    @field_validator("skip", mode="before")
    @classmethod
    def _skip(cls, value: Any) -> Any:
        if isinstance(value, str) or not isinstance(value, Iterable):
            raise CronicaError("skip must be a list of stage names")
        names = frozenset(value)
        unknown = sorted(str(name) for name in names - set(PIPELINE_STAGES))
        if unknown:
            raise CronicaError(f"unknown stage to skip: {', '.join(unknown)} (stages: {', '.join(PIPELINE_STAGES)})")
        if "ingest" in names:
            raise CronicaError("the ingest stage cannot be skipped: every other stage reads its text")
        return names

    @field_validator("models", mode="before")
    @classmethod
    def _models(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            for lang in value:
                check_language(lang)
        return value

    @field_validator("stage_config", mode="before")
    @classmethod
    def _stage_tables(cls, value: Any) -> Any:
        """Each `[stages.NAME]` table checked by its stage now, when the config is loaded."""
        if not isinstance(value, Mapping):
            return value
        unknown = sorted(str(name) for name in value if name not in PIPELINE_STAGES)
        if unknown:
            stages = ", ".join(PIPELINE_STAGES)
            raise CronicaError(f"config for an unknown stage: {', '.join(unknown)} (stages: {stages})")
        from cronica.registry import check_stage_config  # the registry imports this module

        for name, table in value.items():
            if not isinstance(table, Mapping):
                raise CronicaError(f"stages.{name} must be a table of settings ([stages.{name}])")
            check_stage_config(name, table)
        return value

    @field_validator("kb", mode="before")
    @classmethod
    def _kb(cls, value: Any) -> Any:
        if value not in KNOWLEDGE_BASES:
            raise CronicaError(f"unknown knowledge base '{value}' (choose from: {', '.join(KNOWLEDGE_BASES)})")
        return value

    @field_validator("max_chars", mode="before")
    @classmethod
    def _max_chars(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value <= 0:
            raise CronicaError("max_chars must be a positive number of characters")
        return value

    def model_for(self, lang: str) -> str:
        return self.models.get(lang) or _languages().models[lang]

    def config_for(self, stage: StageName, defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The stage's defaults with `[stages.NAME]` laid over them (the table was checked by the
        stage when these options were made: `cronica.registry.check_stage_config`)."""
        given: Mapping[str, Any] = self.stage_config.get(stage, {})
        unknown = sorted(set(given) - set(defaults)) if defaults else []
        if unknown:
            raise CronicaError(
                f"unknown setting 'stages.{stage}.{unknown[0]}' (known: {', '.join(sorted(defaults or {}))})"
            )
        return {**(defaults or {}), **given}


def describe_validation_error(error: ValidationError, model: type[BaseModel] | None = None, within: str = "") -> str:
    """pydantic's report as one line: which setting, what is wrong (and how many more). With the
    model that refused it, an unknown setting comes with the ones known at its level. `within`
    names the table the model reads ("stages.verify"), so the setting is named as the user wrote it."""
    problems = error.errors(include_url=False)
    first = problems[0]
    path = ".".join([within] * bool(within) + [str(part) for part in first["loc"]])
    if first["type"] == "extra_forbidden":
        message = f"unknown setting '{path}'"
        known = known_settings(model, first["loc"][:-1]) if model is not None else []
        if known:
            message += f" (known: {', '.join(known)})"
    else:
        given = first.get("input")
        shown = f" (got {given!r})" if isinstance(given, (str, int, float, bool)) and len(repr(given)) < 60 else ""
        message = f"'{path}': {first['msg'][:1].lower()}{first['msg'][1:]}{shown}"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{message}{more}"


def known_settings(model: type[BaseModel], location: tuple[Any, ...]) -> list[str]:
    """The keys a model takes at a place inside it (nested models followed by field name)."""
    for part in location:
        field = model.model_fields.get(str(part))
        annotation = field.annotation if field is not None else None
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return sorted(field.alias or name for name, field in model.model_fields.items())


def check_language(lang: str) -> str:
    supported = _languages().codes
    if lang not in supported:
        raise CronicaError(f"unsupported language '{lang}': cronica supports {', '.join(supported)}")
    return lang


def check_dct(value: str) -> str:
    """Accept a document creation time as YYYY-MM-DD (the form TIMEX3 values anchor to)."""
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise CronicaError(f"invalid document date '{value}': expected YYYY-MM-DD") from None


def parse_model_overrides(values: Iterable[str]) -> dict[str, str]:
    """Parse `es=es_core_news_lg` pairs given on the command line."""
    models: dict[str, str] = {}
    for item in values:
        lang, sep, name = item.partition("=")
        if not sep or not name.strip():
            raise CronicaError(f"invalid --model '{item}': expected LANG=PIPELINE, e.g. es=es_core_news_lg")
        models[check_language(lang.strip())] = name.strip()
    return models


def load_config(path: str) -> dict[str, Any]:
    """The settings a TOML file gives (lang, dct, kb, max_chars, timings, skip = [...], [models],
    [stages.NAME]), checked by `Options`; options given on the command line override them."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as error:
        raise CronicaError(f"{path}: cannot read the config file: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise CronicaError(f"{path}: invalid TOML: {error}") from None
    try:
        options = Options(**raw)
    except CronicaError as error:
        raise CronicaError(f"{path}: {error}") from None
    return {name: getattr(options, name) for name in options.model_fields_set}
