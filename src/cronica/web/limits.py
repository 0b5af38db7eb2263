"""Refuse request bodies over the size limit before they are read into memory.

Starlette reads bodies lazily, so the limit is enforced on the stream: a declared
Content-Length over the limit is refused at once, and a body that grows past it
(chunked uploads, or a lying header) stops being read at the first chunk beyond it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ErrorResponder = Callable[[Scope, int, str], Awaitable[Any]]


def too_large_message(limit: int) -> str:
    megabytes = limit / (1024 * 1024)
    return f"request too large: the limit is {megabytes:g} MB (start the server with a larger --max-request-mb)"


class BodySizeLimit:
    """ASGI middleware: 413 for bodies over `max_bytes`."""

    def __init__(self, app: ASGIApp, max_bytes: int, respond: ErrorResponder) -> None:
        self.app = app
        self.max_bytes = max_bytes
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

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # raised inside the route's body read; the app's handler renders the 413 page
                    raise HTTPException(413, too_large_message(self.max_bytes))
            return message

        await self.app(scope, limited_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
