"""What `jus batch` shows a person: the cases it was given, its progress, and a summary."""

from __future__ import annotations

import glob
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from checker.batch import Outcome
from checker.errors import InputError, Problem

SLOWEST = 5


def expand_inputs(inputs: list[str], stdin: TextIO) -> list[Path]:
    """Paths, folders and globs as given; "-" reads one path a line from standard input."""
    out: list[Path] = []
    for item in inputs:
        if item == "-":
            out += [Path(line.strip()) for line in stdin if line.strip()]
        elif not Path(item).exists() and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError([Problem(item, "the pattern matches no file")])
            out += [Path(match) for match in matches]
        else:
            out.append(Path(item))
    return out


class Progress:
    """A bar on a terminal; a plain line every so often otherwise."""

    def __init__(self, terminal: bool, stream: TextIO = sys.stderr):
        self.terminal = terminal
        self.stream = stream
        self.shown = 0

    def update(self, done: int, total: int, outcome: Outcome) -> None:
        if self.terminal:
            width = 30
            filled = width * done // max(total, 1)
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            self.stream.flush()
        elif done == total or done - self.shown >= max(1, total // 10):
            self.stream.write(f"progress: {done}/{total} cases\n")
            self.shown = done

    def finish(self) -> None:
        if self.terminal and self.shown == 0:
            self.stream.write("\n")


def summarise(outcomes: list[Outcome]) -> str:
    """Counts per verdict and per error, and the slowest cases, as an aligned table."""
    legality = Counter(o.verdicts["legality"] for o in outcomes if o.verdicts)
    legitimacy = Counter(o.verdicts["legitimacy"] for o in outcomes if "legitimacy" in o.verdicts)
    errors = Counter(_kind(o.error) for o in outcomes if o.error)
    rows = [(f"legality: {v}", n) for v, n in sorted(legality.items())]
    rows += [(f"legitimacy: {v}", n) for v, n in sorted(legitimacy.items())]
    rows += [(f"error: {kind}", n) for kind, n in sorted(errors.items())]
    rows.append(("cases", len(outcomes)))
    width = max(len(label) for label, _ in rows)
    lines = [f"{label.ljust(width)}  {count:>7,}" for label, count in rows]
    slowest = sorted(outcomes, key=lambda o: o.seconds, reverse=True)[:SLOWEST]
    if slowest:
        lines.append("slowest:")
        lines += [f"  {o.seconds * 1000:9.1f} ms  {o.path}" for o in slowest]
    return "\n".join(lines)


def _kind(error: str | None) -> str:
    """An error's kind, for counting: the engine's, or bad input."""
    text = error or ""
    if text.startswith("engine crashed"):
        return "engine crashed"
    if text.startswith("engine error"):
        return "engine error"
    return "bad input"
