"""Domain errors that pages turn into a friendly message instead of a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (or row) of one file.

    Note that `row` is the line number a person sees when opening the CSV
    (header is line 1), so that a maintainer can jump straight to it.
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class DataError(Exception):
    """The data on disk cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem], hint: str = "") -> None:
        self.problems = problems
        self.hint = hint
        super().__init__(self.summary())

    @property
    def files(self) -> list[str]:
        """The files involved, in first-seen order."""
        return list(dict.fromkeys(p.file for p in self.problems))

    def summary(self) -> str:
        lines = [str(p) for p in self.problems]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)
