"""`cronica serve`: the web app on localhost (paste or upload a text, get the report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from cronica.errors import CronicaError
from cronica.web.settings import (
    DEFAULT_HOST,
    DEFAULT_MAX_REQUEST_BYTES,
    DEFAULT_PORT,
    DEFAULT_TIME_LIMIT_SECONDS,
    LOCAL_HOSTS,
)

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups


def serve(
    host: str = typer.Option(DEFAULT_HOST, "--host", help="Address to bind. Anything but localhost exposes the app."),
    port: int = typer.Option(DEFAULT_PORT, "--port", "-p", help="Port to listen on."),
    max_request_mb: float = typer.Option(
        DEFAULT_MAX_REQUEST_BYTES / 1048576, "--max-request-mb", help="Refuse requests larger than this."
    ),
    time_limit: float = typer.Option(
        DEFAULT_TIME_LIMIT_SECONDS, "--time-limit", help="Seconds one analysis may take before the request fails."
    ),
    allow_host: list[str] = typer.Option(
        [], "--allow-host", help="Another host name the app is reached by (repeatable); localhost always is."
    ),
) -> None:
    """Serve the report as a web app: a form, the HTML report, POST /api/analyze, API docs at /docs."""
    from cronica.extras import require

    require("web", "cronica serve")
    import uvicorn

    from cronica.web.app import create_app
    from cronica.web.protocol import guarded_protocol
    from cronica.web.settings import WebSettings

    if not 0 < port < 65536:
        raise CronicaError(f"invalid port {port}: expected 1-65535")
    if not 0 < max_request_mb < 1e6 or not 0 < time_limit < 1e7:
        raise CronicaError("--max-request-mb and --time-limit must be positive (and reasonable) numbers")
    hosts = (*LOCAL_HOSTS, *allow_host, *([host] if host not in ("0.0.0.0", "::") else []))
    settings = WebSettings(
        max_request_bytes=int(max_request_mb * 1048576), time_limit_seconds=time_limit, allowed_hosts=hosts
    )
    if host not in LOCAL_HOSTS:
        typer.echo(f"cronica: warning: listening on {host}: the app has no authentication", err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"cronica: serving on http://{shown}:{port}/ (Ctrl+C stops)", err=True)
    try:
        uvicorn.run(
            create_app(settings),
            host=host,
            port=port,
            log_level="warning",
            server_header=False,
            http=guarded_protocol(settings.header_timeout_seconds),
            limit_concurrency=settings.max_connections,
            timeout_keep_alive=5,
        )
    except OSError as error:
        raise CronicaError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.command("serve")(serve)
