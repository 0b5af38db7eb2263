"""The JSON Schema of the output contract, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any


@lru_cache(maxsize=1)
def analysis_schema() -> dict[str, Any]:
    return json.loads(files(__name__).joinpath("analysis-1.json").read_text(encoding="utf-8"))


def validate_analysis(data: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `data` breaks the contract."""
    import jsonschema

    jsonschema.Draft202012Validator(analysis_schema()).validate(data)
