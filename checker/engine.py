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
import json
import threading
from dataclasses import dataclass
from typing import Any

import durable_rules_engine as rules_engine
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
_registered: dict[str, _Compiled] = {}
_session_ids = itertools.count(1)
_lock = threading.Lock()


@dataclass(frozen=True)
class _Compiled:
    """A plan registered with the host: its ruleset handle and, per durable-rules rule, the
    entries it settles and the derived facts it asserts (as JSON with the session id left open)."""

    handle: int
    groups: dict[str, tuple[int, ...]]
    derived: dict[str, tuple[str, ...]]


def _compiled(plan: Plan) -> _Compiled:
    global _host
    if _host is None:
        _host = _Host()
    if plan.name not in _registered:
        ruleset = {}
        for name, definition in plan.definition().items():
            definition["run"] = _never_called
            ruleset[name] = definition
        _host.set_rulesets({plan.name: ruleset})
        groups = {f"g{number}": group for number, group in enumerate(plan.groups)}
        derived = {
            name: tuple(
                json.dumps(fact)[:-1] + ', "sid": "'
                for index in group
                if (fact := _derived(plan, plan.entries[index]))
            )
            for name, group in groups.items()
        }
        _registered[plan.name] = _Compiled(_host.get_ruleset(plan.name)._handle, groups, derived)
    return _registered[plan.name]


def _derived(plan: Plan, entry: Entry) -> dict[str, Any] | None:
    """The fact an entry asserts for others: a gate's value, or a conclusion some rule reads."""
    if entry.kind == "gate":
        return {"n": entry.owner, "v": _GATE_VALUES[entry.outcome]}
    if entry.kind == "rule":
        rule = next(r for r in plan.rules if r.id == entry.owner)
        if rule.concludes in plan.consumed:
            return {"n": f"@{rule.concludes}", "v": entry.outcome}
    return None


def _never_called(_: Any) -> None:
    raise EngineError("durable-rules dispatched an action itself; jus dispatches them")


_NOT_HANDLED, _ALREADY_OBSERVED = 1, 2
"""durable-rules' result codes for an assert that no rule matched, or that repeated a fact."""

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
        compiled = _compiled(plan)
        sid = str(next(_session_ids))
        values = case.engine_values(set(plan.case_fields))
        case_fact = {"sid": sid, CASE_TYPE: 1}
        case_fact.update((plan.case_fields[key], value) for key, value in sorted(values.items()))
        facts = [case_fact] + [
            {"sid": sid, "n": f"@{name}", "v": "not_applicable"} for name in plan.orphans
        ]
        try:
            fired = [plan.entries[i] for i in _dispatch(compiled, sid, json.dumps(facts))]
        finally:
            rules_engine.delete_state(compiled.handle, sid)
    _check_complete(plan, fired)
    return fired


def _dispatch(compiled: _Compiled, sid: str, facts: str) -> list[int]:
    """Assert the facts, then run each action the engine schedules until none is left.

    This is durable-rules' own loop (Ruleset._flush_actions) without its Python layer: an action
    here only records its entries and asserts its derived facts, so there is no state to update
    and no exception to swallow."""
    handle = compiled.handle
    state = _checked(rules_engine.assert_facts(handle, facts), facts)
    recorded: list[int] = []
    started = rules_engine.start_action_for_state(handle, state)
    message = started[1] if started else None
    while message:
        name = message[2 : message.index('"', 2)]  # {"g12": {...}}: the rule that fired
        recorded.extend(compiled.groups[name])
        for fact in compiled.derived[name]:
            derived = fact + sid + '"}'
            _checked(rules_engine.assert_fact(handle, derived), derived)
        message = rules_engine.complete_and_start_action(handle, state)
    return recorded


def _checked(result: tuple[int, int], facts: str) -> int:
    """The session's state handle from an assert, or an error if the engine refused the facts."""
    code, state = result
    if code == _NOT_HANDLED:
        raise EngineError(f"the engine matched no rule for a fact: {facts[:200]}")
    if code == _ALREADY_OBSERVED:
        raise EngineError(f"the engine saw a fact twice: {facts[:200]}")
    return state


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
