"""The web app's limits, in one place (bound to localhost, 5 MB a request, a time limit)."""

from __future__ import annotations

from dataclasses import dataclass

from cronica.errors import CronicaError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024
#: enough for a long chapter on two cores; longer texts belong to `cronica analyze` or `batch`
DEFAULT_TIME_LIMIT_SECONDS = 120.0
#: names this server answers to: anything else in a Host header is a DNS-rebinding attempt
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class WebSettings:
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    time_limit_seconds: float = DEFAULT_TIME_LIMIT_SECONDS
    #: requests waiting for the analysis worker beyond the one it runs; more get 503 at once
    max_waiting_jobs: int = 8
    #: a request body must arrive within this time (slow-POST protection)
    body_timeout_seconds: float = 60.0
    #: request headers must arrive within this time (slowloris protection, `cronica serve`)
    header_timeout_seconds: float = 10.0
    #: threads the server may use for its own small jobs (never one per waiting request)
    max_threads: int = 8
    #: connections served at once (uvicorn answers 503 beyond)
    max_connections: int = 64
    #: host names the Host header may carry (with any port)
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS

    def __post_init__(self) -> None:
        if self.max_request_bytes <= 0:
            raise CronicaError("the request size limit must be a positive number of bytes")
        if self.time_limit_seconds <= 0:
            raise CronicaError("the time limit must be a positive number of seconds")
        for name in ("body_timeout_seconds", "header_timeout_seconds"):
            if getattr(self, name) <= 0:
                raise CronicaError(f"{name.replace('_', ' ')} must be positive")
        for name in ("max_waiting_jobs", "max_threads", "max_connections"):
            if getattr(self, name) < 1:
                raise CronicaError(f"{name.replace('_', ' ')} must be at least 1")
        object.__setattr__(self, "allowed_hosts", tuple(host.lower().strip("[]") for host in self.allowed_hosts))
