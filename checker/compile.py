"""Compiling rules and verdict axes into durable-rules rulesets.

Each outcome of a rule (met, breached, undetermined, not applicable) and each outcome of a verdict
axis becomes a three-valued condition over engine keys. It is expanded into a disjunction of
mutually exclusive conjunctions ("terms"); each term is one durable-rules rule that joins one fact
per key it tests. A case is asserted as one fact with a property per key (unknowns as a
sentinel value); conclusions and gates are facts of their own, asserted by actions. No rule needs
negation and the result does not depend on the order of assertion; the terms of one rule's
outcomes are exhaustive and disjoint, so exactly one fires for each rule and each axis.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from checker.conditions import STATUSES, TV, UNDETERMINED, Test
from checker.expand import Gates, Term, axis_outcomes, rule_outcomes
from checker.rulepack import Rule, RulePack

CASE_TYPE = "case$"
"""The property that marks the one fact holding a case's values, one property per key."""


@dataclass(frozen=True)
class Entry:
    """One durable-rules rule: an outcome of a pack rule or a verdict axis, under one term."""

    kind: str  # "rule", "axis" or "gate"
    owner: str  # rule id, axis name or gate key
    outcome: str  # a finding status, the index of an axis outcome, or a gate's truth value
    term: Term

    @property
    def keys(self) -> list[str]:
        return sorted({test.key for test, _ in self.term})


@dataclass(frozen=True)
class Plan:
    """Everything the engine needs to evaluate cases under the rules in force on one date."""

    name: str
    rules: tuple[Rule, ...]
    entries: tuple[Entry, ...]
    case_fields: dict[str, str]
    """The case's keys that rules read, each with its property name in the case fact."""
    consumed: frozenset[str]
    """Conclusions some entry reads: only these are asserted back into the engine."""
    orphans: tuple[str, ...]
    """Conclusions read but concluded by no rule in force: asserted as not applicable."""
    domains: dict[str, tuple[Any, ...] | None]
    """The values each key can take besides unknown; None for integers."""
    groups: tuple[tuple[int, ...], ...]
    """Entries with the same term fire together: each group is one durable-rules rule."""

    def definition(self) -> dict[str, dict[str, Any]]:
        """The durable-rules ruleset, without actions: rule name -> {"all": [...]}."""
        return {
            f"g{number}": {"all": _joins(self.entries[group[0]], self)}
            for number, group in enumerate(self.groups)
        }


def _joins(entry: Entry, plan: Plan) -> list[dict[str, Any]]:
    """One alias on the case fact for the case's tests, and one per derived fact tested."""
    case: list[dict[str, Any]] = []
    derived: dict[str, list[dict[str, Any]]] = {}
    for test, allowed in entry.term:
        if test.key in plan.case_fields:
            case += _conjuncts(test, allowed, plan.domains[test.key], plan.case_fields[test.key])
        else:
            derived.setdefault(test.key, []).extend(
                _conjuncts(test, allowed, plan.domains[test.key], "v")
            )
    joins = [
        {f"d{i}": {"$and": [{"n": key}, *conjuncts]}}
        for i, (key, conjuncts) in enumerate(sorted(derived.items()))
    ]
    if case or not joins:
        joins.insert(0, {"case": {"$and": [{CASE_TYPE: 1}, *case]}})
    return joins


def _conjuncts(
    test: Test, allowed: frozenset[TV], domain: tuple[Any, ...] | None, prop: str
) -> list[dict[str, Any]]:
    """The test of property ``prop``, restricted to ``allowed``, as a conjunction of comparisons.

    durable-rules links every ``$or`` into a list of at most 128 entries per alpha node, so none is
    used: over a finite domain, a set of values is the conjunction of ``$neq`` on the others; an
    integer test must hold a single truth value (see ``_atomic``)."""
    unknown = test.unknown_value
    if domain is not None:
        values = [v for v in (*domain, unknown) if test.truth(v) in allowed]
        if len(values) == 1:
            return [{prop: values[0]}]
        return [{"$neq": {prop: v}} for v in (*domain, unknown) if v not in values]
    (value,) = allowed
    if value is TV.U:
        return [{prop: unknown}]
    op = {
        ("at_least", True): "$gte",
        ("at_least", False): "$lt",
        ("at_most", True): "$lte",
        ("at_most", False): "$gt",
        ("is", True): "",
        ("is", False): "$neq",
    }[(test.op, value is TV.T)]
    compare = {op: {prop: test.arg}} if op else {prop: test.arg}
    return [{"$neq": {prop: unknown}}, compare]


def _atomic(term: Term, domains: dict[str, tuple[Any, ...] | None]) -> list[Term]:
    """Split a term so that every test of an integer fact holds a single truth value."""
    out: list[Term] = [()]
    for test, allowed in term:
        choices = [allowed] if domains[test.key] is not None else [frozenset({v}) for v in allowed]
        out = [(*done, (test, choice)) for done in out for choice in choices]
    return out


def build_plan(pack: RulePack, on: dt.date) -> Plan:
    """Compile the rules in force on ``on`` and the verdict axes into one plan."""
    rules = pack.in_force(on)
    gates = Gates()
    outcomes: list[tuple[str, str, str, list[Term]]] = []
    for rule in rules:
        defeaters = [d for d in pack.defeaters(rule) if d.in_force(on)]
        for outcome, terms in rule_outcomes(rule, defeaters, gates).items():
            outcomes.append(("rule", rule.id, outcome, terms))
    for axis_name, axis in pack.axes.items():
        for outcome, terms in axis_outcomes(axis, gates).items():
            outcomes.append(("axis", axis_name, outcome, terms))
    for key, by_value in gates.outcomes().items():
        for outcome, terms in by_value.items():
            outcomes.append(("gate", key, outcome, terms))
    keys = {test.key for *_, terms in outcomes for term in terms for test, _ in term}
    domains = {key: _domain(pack, key) for key in keys}
    entries = [
        Entry(kind, owner, outcome, atom)
        for kind, owner, outcome, terms in outcomes
        for term in terms
        for atom in _atomic(term, domains)
    ]
    by_term: dict[Term, list[int]] = {}
    for index, entry in enumerate(entries):
        by_term.setdefault(entry.term, []).append(index)
    consumed = frozenset(k[1:] for k in keys if k.startswith("@"))
    gate_keys = frozenset(k for k in keys if k.startswith("%"))
    produced = {rule.concludes for rule in rules if rule.concludes}
    signature = json.dumps([pack.digest, [r.id for r in rules]]).encode()
    return Plan(
        name="jus_" + hashlib.sha256(signature).hexdigest()[:16],
        rules=rules,
        entries=tuple(entries),
        case_fields={
            key: f"f{i}"
            for i, key in enumerate(sorted(keys - gate_keys - {f"@{c}" for c in consumed}))
        },
        consumed=consumed,
        orphans=tuple(sorted(consumed - produced)),
        domains=domains,
        groups=tuple(tuple(group) for group in by_term.values()),
    )


def _domain(pack: RulePack, key: str) -> tuple[Any, ...] | None:
    if key.startswith("@"):
        return tuple(s for s in STATUSES if s != UNDETERMINED)
    if key.startswith("%"):
        return (True, False)
    if key.endswith("#count"):
        return None
    if key.endswith("]"):
        return (True, False)
    spec = pack.vocabulary.specs()[key]
    if spec.type == "bool":
        return (True, False)
    if spec.type == "enum":
        return tuple(spec.values or ())
    return None
