"""The `cronica` command: a Typer app whose commands live one module each in `commands/`."""
