"""Evaluating many cases in worker processes that may die without taking the batch with them.

durable-rules' C core can abort the process with no exception to catch. Each case is therefore
evaluated in a worker process; a worker that dies costs only the case it was on, which is reported
as "engine crashed" with the worker's exit status, and a new worker takes its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import multiprocessing
import multiprocessing.connection
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import EngineError, InputError
from checker.findings import EXIT_BAD_INPUT, EXIT_CODES, Assessment
from checker.report import to_json_object
from checker.rulepack import RulePack
from checker.workspace import Workspace


@dataclass
class Outcome:
    """One case's line in the results: its verdicts, or the error that stopped it."""

    path: str
    seconds: float
    assessment: Assessment | None = None
    error: str | None = None
    verdicts: dict[str, str] = field(default_factory=dict)
    line: str | None = None
    """The results line, made where the case was evaluated (the worker) for batches."""

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdicts["legality"]] if self.verdicts else EXIT_BAD_INPUT

    def record(self, pack: RulePack) -> str:
        """The case's JSON line: its verdicts and findings, or its error."""
        record: dict[str, Any] = {"path": self.path, "seconds": round(self.seconds, 6)}
        if self.assessment is None:
            record["error"] = self.error
        else:
            record["result"] = to_json_object(self.assessment, pack, compact=True)
        return json.dumps(record, sort_keys=True, ensure_ascii=False)


def evaluate_path(workspace: Workspace, path: str, as_of: dt.date | None) -> Outcome:
    """Evaluate one case file in this process; bad input and engine errors become the outcome."""
    start = time.perf_counter()
    try:
        assessment = workspace.assess(workspace.load_case(Path(path)), as_of)
        verdicts = {axis: v.verdict for axis, v in assessment.verdicts.items()}
        return Outcome(path, time.perf_counter() - start, assessment=assessment, verdicts=verdicts)
    except InputError as exc:
        return Outcome(path, time.perf_counter() - start, error=str(exc))
    except EngineError as exc:
        return Outcome(path, time.perf_counter() - start, error=f"engine error: {exc}")


def _worker(
    connection: multiprocessing.connection.Connection,
    workspace: Workspace,
    as_of: dt.date | None,
    lines: bool,
) -> None:
    while True:
        path = connection.recv()
        if path is None:
            return
        outcome = evaluate_path(workspace, path, as_of)
        if lines:  # send the line, not the assessment: the parent only writes it
            outcome.line = outcome.record(workspace.pack)
            outcome.assessment = None
        connection.send(outcome)


@dataclass
class _Slot:
    process: Any
    connection: multiprocessing.connection.Connection
    path: str | None = None
    started: float = 0.0


@dataclass
class Pool:
    """Worker processes fed one case at a time; dead workers are replaced."""

    workspace: Workspace
    workers: int
    as_of: dt.date | None = None
    lines: bool = False
    """Whether workers send results lines (batches) rather than assessments (jus check)."""
    _slots: list[_Slot] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._context = multiprocessing.get_context("fork")
        self._slots = [self._start() for _ in range(self.workers)]

    def _start(self) -> _Slot:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker, args=(child, self.workspace, self.as_of, self.lines), daemon=True
        )
        process.start()
        child.close()
        return _Slot(process, parent)

    def run(self, paths: Iterator[str]) -> Iterator[Outcome]:
        """Outcomes in the order cases complete."""
        pending = iter(paths)
        exhausted = False

        def feed(slot: _Slot) -> None:
            nonlocal exhausted
            if exhausted:
                return
            path = next(pending, None)
            if path is None:
                exhausted = True
                return
            slot.path, slot.started = path, time.perf_counter()
            slot.connection.send(path)

        for slot in self._slots:
            feed(slot)
        while any(slot.path is not None for slot in self._slots):
            busy = [slot for slot in self._slots if slot.path is not None]
            waitables: list[Any] = [s.connection for s in busy] + [s.process.sentinel for s in busy]
            ready = multiprocessing.connection.wait(waitables)
            for index, slot in enumerate(list(self._slots)):
                if slot.path is None:
                    continue
                outcome = None
                if slot.connection in ready or slot.process.sentinel in ready:
                    outcome = self._receive(slot)
                if outcome is not None:
                    slot.path = None
                    yield outcome
                    feed(slot)
                elif slot.process.sentinel in ready:
                    slot.process.join()
                    yield Outcome(
                        slot.path,
                        time.perf_counter() - slot.started,
                        error=f"engine crashed (worker exit status {slot.process.exitcode})",
                    )
                    slot.connection.close()
                    self._slots[index] = self._start()
                    feed(self._slots[index])

    @staticmethod
    def _receive(slot: _Slot) -> Outcome | None:
        """The worker's outcome, or None if it died before sending one."""
        try:
            if slot.connection.poll():
                outcome: Outcome = slot.connection.recv()
                return outcome
        except (EOFError, OSError):
            pass
        return None

    def close(self) -> None:
        for slot in self._slots:
            with contextlib.suppress(BrokenPipeError, OSError):
                slot.connection.send(None)
        for slot in self._slots:
            slot.process.join(timeout=5)
            if slot.process.is_alive():
                slot.process.kill()


def already_done(results: Path) -> set[str]:
    """Paths with a complete line in an existing results file (for --resume)."""
    done: set[str] = set()
    if not results.exists():
        return done
    with results.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                done.add(json.loads(line)["path"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short when a previous run was stopped
    return done


def run_batch(
    workspace: Workspace,
    paths: list[str],
    results: Path,
    *,
    workers: int,
    as_of: dt.date | None,
    resume: bool,
    progress: Callable[[int, int, Outcome], None],
) -> list[Outcome]:
    """Evaluate ``paths`` into ``results``, one flushed JSON line per case as it completes."""
    done = already_done(results) if resume else set()
    todo = [p for p in paths if p not in done]
    workspace.pack  # noqa: B018 - load and lint the pack once, before the workers fork
    outcomes: list[Outcome] = []
    mode = "a" if resume else "w"
    with results.open(mode, encoding="utf-8") as out:
        if resume and results.stat().st_size and not _ends_with_newline(results):
            out.write("\n")  # close a line cut short when a previous run was stopped
        pool = Pool(workspace, max(1, min(workers, len(todo) or 1)), as_of, lines=True)
        try:
            for outcome in pool.run(iter(todo)):
                out.write((outcome.line or outcome.record(workspace.pack)) + "\n")
                out.flush()
                outcomes.append(outcome)
                progress(len(outcomes), len(todo), outcome)
        finally:
            pool.close()
    return outcomes


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as data:
        data.seek(-1, os.SEEK_END)
        return data.read(1) == b"\n"
