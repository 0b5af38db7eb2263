"""uvicorn's HTTP/1.1 protocol with a deadline on request headers (slowloris protection).

uvicorn closes idle keep-alive connections, but a client that sends its headers a byte at
a time holds a connection for as long as it likes. Here a connection whose request
headers are not complete within the limit is closed: once when it opens, and again
after each response while it waits for the next request.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


class GuardedH11Protocol(H11Protocol):
    header_timeout_seconds = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm()  # the headers are in: the body has its own limit (limits.BodyLimits)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout_seconds, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self.transport.close()


def guarded_protocol(header_timeout_seconds: float) -> Any:
    """The protocol class to give uvicorn (`http=`), with this header deadline."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"header_timeout_seconds": header_timeout_seconds})
