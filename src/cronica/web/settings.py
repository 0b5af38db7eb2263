"""The web app's limits, in one place (bound to localhost, 5 MB a request, a time limit)."""

from __future__ import annotations

from dataclasses import dataclass

from cronica.errors import CronicaError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024
#: enough for a long chapter on two cores; longer texts belong to `cronica analyze` or `batch`
DEFAULT_TIME_LIMIT_SECONDS = 120.0


@dataclass(frozen=True)
class WebSettings:
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    time_limit_seconds: float = DEFAULT_TIME_LIMIT_SECONDS

    def __post_init__(self) -> None:
        if self.max_request_bytes <= 0:
            raise CronicaError("the request size limit must be a positive number of bytes")
        if self.time_limit_seconds <= 0:
            raise CronicaError("the time limit must be a positive number of seconds")
