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
from checker.compile import CASE_TYPE, Entry, Plan, build_plan
from checker.conditions import TV, UNKNOWN
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
        for (name, definition), group in zip(plan.definition().items(), plan.groups, strict=True):
            definition["run"] = _action(plan, group)
            ruleset[name] = definition
        _host.set_rulesets({plan.name: ruleset})
        _registered.add(plan.name)
    return _host


def _action(plan: Plan, group: tuple[int, ...]):  # noqa: ANN202 - a durable-rules callback
    """Record the group's outcomes, and assert the conclusions and gate values they derive."""
    derived = [fact for index in group if (fact := _derived(plan, plan.entries[index]))]

    def run(c: Any) -> None:
        _records[c.s.sid].extend(group)
        for fact in derived:
            c.assert_fact(dict(fact))

    return run


def _derived(plan: Plan, entry: Entry) -> dict[str, Any] | None:
    if entry.kind == "gate":
        return {"n": entry.owner, "v": _GATE_VALUES[entry.outcome]}
    if entry.kind == "rule":
        rule = next(r for r in plan.rules if r.id == entry.owner)
        if rule.concludes in plan.consumed:
            return {"n": f"@{rule.concludes}", "v": entry.outcome}
    return None


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
        values = case.engine_values(set(plan.case_fields))
        case_fact = {"sid": sid, CASE_TYPE: 1}
        case_fact.update((plan.case_fields[key], value) for key, value in sorted(values.items()))
        facts = [case_fact] + [
            {"sid": sid, "n": f"@{name}", "v": "not_applicable"} for name in plan.orphans
        ]
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
        {(e.kind, e.owner) for e in plan.entries if e.kind != "rule"}
    )
    counts: dict[tuple[str, str], int] = {}
    for entry in fired:
        counts[(entry.kind, entry.owner)] = counts.get((entry.kind, entry.owner), 0) + 1
    wrong = [
        f"{owner} ({counts.get((kind, owner), 0)} outcomes)"
        for kind, owner in expected
        if counts.get((kind, owner), 0) != 1
    ]
    if wrong:
        raise EngineError("the engine did not settle exactly one outcome for: " + ", ".join(wrong))
