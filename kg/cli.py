"""The `kg` command line: click only.  Each subcommand lives in `kg/commands/<name>.py`
as a click command named `command`, loaded only when it is run (so `kg --help` is quick)."""
from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Any

import click

import kg.commands
from kg.errors import KgError


class KgGroup(click.Group):
    """Finds subcommands in kg.commands; turns KgError into `Error: …` and exit code 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(m.name for m in pkgutil.iter_modules(kg.commands.__path__) if not m.name.startswith("_"))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.list_commands(ctx):
            return None
        module = importlib.import_module(f"kg.commands.{cmd_name}")
        command: click.Command = module.command
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            if ctx.params.get("debug"):
                raise
            click.echo("Error: interrupted; earlier output left as it was.", err=True)
            ctx.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as exc:  # a full disk, a folder one may not write to
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {exc}; earlier output left as it was.", err=True)
            ctx.exit(1)
        except Exception as exc:  # a bug, not bad input: one line, and the traceback behind --debug
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: internal error ({type(exc).__name__}: {exc}); earlier output left as it was. "
                       "Run again with `kg --debug` for the traceback, and please report it.", err=True)
            ctx.exit(1)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
@click.version_option(package_name="kg-deals", prog_name="kg")
def cli(debug: bool) -> None:
    """Build and explore a knowledge graph of who deals with whom in Korean business news.

    Example:

        kg build seeds/ && kg centrality --top 5
    """


def main() -> None:
    # --debug must also reach errors raised while click parses options
    sys.exit(cli.main(standalone_mode=True))
