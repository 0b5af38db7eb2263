"""Entry point of the `cronica` command.

Commands are discovered from `cronica.cli.commands`: each module there has a
`register(app, groups)` function, so a new command is a new file. User mistakes
end as one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import sys
from dataclasses import dataclass

import typer

from cronica import __version__
from cronica.errors import CronicaError

app = typer.Typer(
    name="cronica",
    help="Narrative text about the past → a sourced, checked timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@dataclass(frozen=True)
class CliGroups:
    """Sub-command groups shared by command modules (`cronica eval timex`, `cronica kb show`...)."""

    eval: typer.Typer
    train: typer.Typer
    kb: typer.Typer


groups = CliGroups(
    eval=typer.Typer(help="Score a stage against gold data.", no_args_is_help=True),
    train=typer.Typer(help="Train the small models cronica ships.", no_args_is_help=True),
    kb=typer.Typer(help="Inspect, query and grow the knowledge base.", no_args_is_help=True),
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cronica {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what each stage does."),
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING, format="cronica: %(message)s", stream=sys.stderr
    )


def _register_commands() -> None:
    from cronica.cli import commands

    for module in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if module.name.startswith("_"):
            continue
        importlib.import_module(f"{commands.__name__}.{module.name}").register(app, groups)
    for name, group in (("eval", groups.eval), ("train", groups.train), ("kb", groups.kb)):
        if group.registered_commands or group.registered_groups:
            app.add_typer(group, name=name)


_register_commands()


def fail(message: str, code: int = 2) -> None:
    """Print one line for the user and exit."""
    typer.echo(f"cronica: error: {message}", err=True)
    raise typer.Exit(code)


def run() -> None:
    try:
        result = app(standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except CronicaError as error:
        typer.echo(f"cronica: error: {error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("cronica: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # click usage errors and anything unexpected: one line
        import click

        if isinstance(error, click.exceptions.ClickException):
            error.show()
            sys.exit(error.exit_code)
        if isinstance(error, click.exceptions.Abort):
            sys.exit(130)
        if os.environ.get("CRONICA_DEBUG"):
            raise
        typer.echo(
            f"cronica: internal error: {type(error).__name__}: {error} (set CRONICA_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(70)
    sys.exit(result if isinstance(result, int) else 0)
