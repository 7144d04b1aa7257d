"""The one durable-rules host of the process, and evaluating a case on it.

Measured behaviour this module answers to (see shared/notes/durable-rules.md): the C core keeps
global state, so there is one host and each ruleset is registered once; the host's timer threads
race the caller, so they are never started and dispatch is synchronous; a ruleset holds at most
1024 live sessions, so each evaluation has its own session id and deletes its state, also on
error; exceptions inside actions are swallowed, so the result is checked for completeness.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from typing import Any

from durable import engine as durable

from checker.cases import Case
from checker.conditions import TV, UNKNOWN
from checker.compile import ANCHOR, Entry, Plan, build_plan
from checker.errors import EngineError
from checker.rulepack import RulePack


class _Host(durable.Host):
    """A host whose dispatch timers never start: every action runs inside our own assert call."""

    def _run(self) -> None:
        pass


_host: _Host | None = None
_plans: dict[tuple[str, dt.date], Plan] = {}
_registered: set[str] = set()
_records: dict[str, list[int]] = {}
_session_ids = itertools.count(1)
_lock = threading.Lock()


def _host_for(plan: Plan) -> _Host:
    global _host
    if _host is None:
        _host = _Host()
    if plan.name not in _registered:
        ruleset = {}
        for index, (name, definition) in enumerate(plan.definition().items()):
            definition["run"] = _action(plan, index)
            ruleset[name] = definition
        _host.set_rulesets({plan.name: ruleset})
        _registered.add(plan.name)
    return _host


def _action(plan: Plan, index: int):  # noqa: ANN202 - a durable-rules callback
    entry = plan.entries[index]
    derived: dict[str, Any] | None = None
    if entry.kind == "gate":
        derived = {"n": entry.owner, "v": _GATE_VALUES[entry.outcome]}
    elif entry.kind == "rule":
        rule = next(r for r in plan.rules if r.id == entry.owner)
        if rule.concludes in plan.consumed:
            derived = {"n": f"@{rule.concludes}", "v": entry.outcome}

    def run(c: Any) -> None:
        _records[c.s.sid].append(index)
        if derived is not None:
            c.assert_fact(dict(derived))

    return run


_GATE_VALUES = {TV.T.value: True, TV.F.value: False, TV.U.value: UNKNOWN}


def plan_for(pack: RulePack, on: dt.date) -> Plan:
    """The compiled plan of the rules in force on a date, compiled once per process."""
    key = (pack.digest, on)
    if key not in _plans:
        _plans[key] = build_plan(pack, on)
    return _plans[key]


def run(plan: Plan, case: Case) -> list[Entry]:
    """Assert the case's facts and return the entries that fired: one per rule and per axis."""
    with _lock:
        host = _host_for(plan)
        sid = str(next(_session_ids))
        facts: list[dict[str, Any]] = [
            {"sid": sid, "n": key, "v": value}
            for key, value in sorted(case.engine_values(set(plan.case_keys)).items())
        ]
        facts += [{"sid": sid, "n": f"@{name}", "v": "not_applicable"} for name in plan.orphans]
        if plan.needs_anchor:
            facts.append({"sid": sid, "n": ANCHOR, "v": 1})
        _records[sid] = []
        try:
            state = host.assert_facts(plan.name, facts)
            if isinstance(state, dict) and state.get("exception"):
                raise EngineError(f"a rule action failed: {state['exception']}")
            fired = [plan.entries[i] for i in _records[sid]]
        except durable.MessageNotHandledException as exc:
            raise EngineError(f"the engine matched no rule for a fact: {exc}") from None
        finally:
            del _records[sid]
            host.delete_state(plan.name, sid)
    _check_complete(plan, fired)
    return fired


def _check_complete(plan: Plan, fired: list[Entry]) -> None:
    expected = [("rule", r.id) for r in plan.rules] + sorted(
        {(e.kind, e.owner) for e in plan.entries if e.kind != "rule"})
    counts: dict[tuple[str, str], int] = {}
    for entry in fired:
        counts[(entry.kind, entry.owner)] = counts.get((entry.kind, entry.owner), 0) + 1
    wrong = [f"{owner} ({counts.get((kind, owner), 0)} outcomes)" for kind, owner in expected
             if counts.get((kind, owner), 0) != 1]
    if wrong:
        raise EngineError("the engine did not settle exactly one outcome for: " + ", ".join(wrong))
