"""Who may talk to the app, and the headers every answer carries.

`HostAndOrigin` refuses a request whose Host header names another site (a DNS-rebinding
page in the user's browser reaching the app on localhost through its own domain name)
and a POST whose Origin is not the app itself (a cross-site form posting to it).
`SecurityHeaders` gives every response a Content-Security-Policy and the usual
hardening: a route may set its own policy (the report allows its hashed script; /docs
allows the Swagger UI files the app serves itself); every other response gets the
default, which runs no script at all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ErrorResponder = Callable[[Scope, int, str], Awaitable[Any]]
#: methods that change nothing: any origin may ask (the answers carry no secret)
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

HARDENING = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def docs_csp() -> str:
    """Swagger UI (from the swagger-ui-bundle-v2 package, served here) sets inline styles: allowed on /docs only."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeaders:
    def __init__(self, app: ASGIApp, default_csp: str) -> None:
        self.app = app
        self.default_csp = default_csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "content-security-policy" not in headers:
                    headers["Content-Security-Policy"] = self.default_csp
                for name, value in HARDENING.items():
                    if name.lower() not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HostAndOrigin:
    """400 for a Host the app does not answer to; 403 for a cross-site POST."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str], respond: ErrorResponder) -> None:
        self.app = app
        self.allowed_hosts = frozenset(allowed_hosts)
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name: value.decode("latin-1") for name, value in scope.get("headers", ())}
        host = headers.get(b"host", "")
        problem = None
        if host_name(host) not in self.allowed_hosts:
            problem = (400, f"this server does not answer to the host name {host!r}: use http://127.0.0.1")
        elif scope.get("method", "GET") not in SAFE_METHODS and not same_origin(headers, host):
            problem = (403, "cross-site requests are refused: post from the app's own page or without an Origin")
        if problem is not None:
            response = await self.respond(scope, *problem)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def host_name(host: str) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower-cased."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def same_origin(headers: dict[bytes, str], host: str) -> bool:
    """A browser names the page a POST comes from (Sec-Fetch-Site, Origin): it must be this app.

    `Origin: null` is what a browser sends for the app's own form under `Referrer-Policy:
    no-referrer`, and also for a sandboxed page elsewhere: it passes only when Sec-Fetch-Site
    says same-origin. Clients that are not browsers (curl, scripts) send neither header."""
    site = headers.get(b"sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = headers.get(b"origin")
    if origin is None:
        return True
    if origin == "null":
        return site == "same-origin"
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host.strip().lower()
