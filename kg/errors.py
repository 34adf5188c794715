"""The errors `kg` raises.  The CLI turns each into one `Error:` line, exit 1.

    KgError                 anything the user can fix
     ├── InputError         an article file or folder that cannot be read
     ├── QueryError         a SPARQL query that cannot be parsed or run
     ├── GraphError         a graph file that cannot be read, or no graph yet
     └── RemoteError        a SPARQL store or Dask scheduler that does not answer
"""
from __future__ import annotations


class KgError(Exception):
    """An error the user can fix; `hint` says how."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  Hint: {self.hint}"


class InputError(KgError):
    """An input file or folder that cannot be read; names the file (and line)."""

    def __init__(self, path: str, problem: str, line: int | None = None, hint: str | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}", hint)
        self.path = str(path)
        self.line = line


class QueryError(KgError):
    """A SPARQL query that cannot be parsed, is refused, or ran out of time."""


class GraphError(KgError):
    """A graph that cannot be read, or an output folder with no graph in it."""


class RemoteError(KgError):
    """A remote service (SPARQL store, Dask scheduler) that refused or did not answer."""
