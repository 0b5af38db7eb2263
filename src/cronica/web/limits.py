"""Refuse request bodies that are too large or too slow, before they hold the server.

Starlette reads bodies lazily, so both limits are enforced on the stream: a declared
Content-Length over the size limit is refused at once, and a body that grows past it
(chunked uploads, or a lying header) stops being read at the first chunk beyond it. A
body that takes longer than the time limit to arrive (a client trickling bytes to hold a
connection open: "slow POST") is answered 408 and its connection closed.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ErrorResponder = Callable[[Scope, int, str], Awaitable[Any]]


def too_large_message(limit: int) -> str:
    megabytes = limit / (1024 * 1024)
    return f"request too large: the limit is {megabytes:g} MB (start the server with a larger --max-request-mb)"


def too_slow_message(seconds: float) -> str:
    return f"the request body did not arrive within {seconds:g} s"


class BodyLimits:
    """ASGI middleware: 413 for bodies over `max_bytes`, 408 for bodies slower than `timeout_seconds`."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout_seconds: float, respond: ErrorResponder) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_seconds = timeout_seconds
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            response = await self.respond(scope, 413, too_large_message(self.max_bytes))
            await response(scope, receive, send)
            return
        received = 0
        body_done = False
        deadline = time.monotonic() + self.timeout_seconds

        async def limited_receive() -> Message:
            nonlocal received, body_done
            if body_done:  # later reads only wait for the client to disconnect: no limit
                return await receive()
            with anyio.move_on_after(max(0.0, deadline - time.monotonic())):
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    body_done = not message.get("more_body", False)
                    if received > self.max_bytes:
                        # raised inside the route's body read; the app's handler renders the 413 page
                        raise HTTPException(413, too_large_message(self.max_bytes))
                return message
            raise HTTPException(408, too_slow_message(self.timeout_seconds), headers={"Connection": "close"})

        await self.app(scope, limited_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
