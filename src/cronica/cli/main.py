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


def run() -> None:
    """The console script: every outcome is an exit code from docs/output.md, never a traceback."""
    try:
        result = app(standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        typer.echo("cronica: interrupted", err=True)
        sys.exit(130)
    except CronicaError as error:
        typer.echo(f"cronica: error: {error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("cronica: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:  # `cronica ... | head`: the reader has gone, nothing to say to it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as error:
        if _is_usage_error(error):  # an unknown option or command, a bad value: click's message in one line, exit 2
            typer.echo(f"cronica: error: {usage_message(error)}", err=True)
            sys.exit(int(error.exit_code))  # type: ignore[attr-defined]
        if os.environ.get("CRONICA_DEBUG"):
            raise
        typer.echo(
            f"cronica: internal error: {type(error).__name__}: {error} (set CRONICA_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(70)
    sys.exit(result if isinstance(result, int) else 0)


def usage_message(error: Exception) -> str:
    """A usage error as one line, with where to read the command's options."""
    message = error.format_message().replace("Value error, ", "")  # type: ignore[attr-defined]
    context = getattr(error, "ctx", None)
    if context is not None:
        message += f" (see '{context.command_path} --help')"
    return " ".join(message.split())


def _is_usage_error(error: Exception) -> bool:
    """Click's usage errors, from Typer's own copy of click (typer._click) or from click itself.

    Typer ships click under another module name, so `isinstance(error, click.ClickException)`
    misses its errors: both classes are recognized, by what they can do if neither is found."""
    classes = []
    for module in ("typer._click.exceptions", "click.exceptions"):
        try:
            classes.append(importlib.import_module(module).ClickException)
        except (ImportError, AttributeError):
            continue
    if classes:
        return isinstance(error, tuple(classes))
    return callable(getattr(error, "show", None)) and isinstance(getattr(error, "exit_code", None), int)
