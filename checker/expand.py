"""Expanding three-valued conditions into disjoint terms, and the outcomes of rules and axes.

A term is a conjunction of tests, each restricted to a set of truth values. ``dnf`` returns
mutually exclusive terms, so that of one rule's outcomes exactly one term holds for any case.
"""

from __future__ import annotations

import hashlib
from itertools import product
from typing import TYPE_CHECKING

from checker import conditions as cond
from checker.conditions import TV, Test

if TYPE_CHECKING:
    from checker.rulepack import Axis, Rule

Term = tuple[tuple[Test, frozenset[TV]], ...]
ALL = frozenset(TV)
T, F, U = frozenset({TV.T}), frozenset({TV.F}), frozenset({TV.U})
TU, FU = frozenset({TV.T, TV.U}), frozenset({TV.F, TV.U})
MAX_TERMS = 400
"""A condition expanding to more terms than this is refused as too complex."""
INLINE = 3
"""A rule's own condition of up to this many tests is expanded in place rather than gated."""


class ConditionTooComplex(ValueError):
    pass


def _merge(a: Term, b: Term) -> Term | None:
    merged = dict(a)
    for test, allowed in b:
        both = merged.get(test, ALL) & allowed
        if not both:
            return None
        merged[test] = both
    return tuple(
        sorted(merged.items(), key=lambda item: (item[0].key, item[0].op, repr(item[0].arg)))
    )


def _and(*parts: list[Term]) -> list[Term]:
    out: list[Term] = []
    for combo in product(*parts):
        term: Term | None = ()
        for piece in combo:
            term = _merge(term, piece) if term is not None else None
        if term is not None:
            out.append(term)
    if len(out) > MAX_TERMS:
        raise ConditionTooComplex(f"expands to {len(out)} cases (limit {MAX_TERMS})")
    return out


def dnf(condition: cond.Condition, want: frozenset[TV]) -> list[Term]:
    """Disjoint terms under which ``condition`` takes a value in ``want``."""
    if not want:
        return []
    if isinstance(condition, cond.Constant):
        return [()] if condition.value in want else []
    if isinstance(condition, cond.FactTest | cond.ConclusionTest | cond.GateTest):
        return [()] if want == ALL else [((condition.test(), want),)]
    if isinstance(condition, cond.DefinitionRef):
        raise ValueError(f"definition '{condition.name}' was not resolved when the pack loaded")
    if isinstance(condition, cond.Not):
        swapped = frozenset({TV.T: TV.F, TV.F: TV.T, TV.U: TV.U}[v] for v in want)
        return dnf(condition.item, swapped)
    items = condition.items
    # For all(...), false is decisive and true needs every item; any(...) is the dual.
    decisive, other = (F, T) if isinstance(condition, cond.All) else (T, F)
    out: list[Term] = []
    if other <= want:
        out += _and(*(dnf(item, other) for item in items))
    if decisive <= want:  # the first decisive item decides
        for i, item in enumerate(items):
            out += _and(*(dnf(prev, ALL - decisive) for prev in items[:i]), dnf(item, decisive))
    if want >= U:  # no decisive item, and a first unknown one
        for i, item in enumerate(items):
            out += _and(
                *(dnf(prev, other) for prev in items[:i]),
                dnf(item, U),
                *(dnf(rest, ALL - decisive) for rest in items[i + 1 :]),
            )
    return out


class Gates:
    """Compound conditions compiled once each, as derived facts ("gates").

    durable-rules links at most 256 joins to one alpha node, and a nested condition expanded into
    disjoint terms grows as a product. So every compound sub-condition becomes a gate of its own,
    shared by all the rules that use the same condition: a gate's terms are linear in its items,
    and a rule's outcomes test a few gates and leaves."""

    def __init__(self) -> None:
        self.definitions: dict[str, cond.Condition] = {}

    def leaf(self, condition: cond.Condition, inline: int = 0) -> cond.Condition:
        """``condition`` with its compound parts gated. A flat condition of at most ``inline``
        tests stays as it is: expanding it costs fewer firings than a gate."""
        if isinstance(condition, cond.Not):
            return cond.Not(self.leaf(condition.item, inline))
        if not isinstance(condition, cond.All | cond.AnyOf):
            return condition
        flat = type(condition)(tuple(self.leaf(item) for item in condition.items))
        if len(flat.items) <= inline and not any(
            isinstance(item, cond.GateTest) for item in flat.items
        ):
            return flat
        key = "%" + hashlib.sha256(repr(cond.canonical(flat)).encode()).hexdigest()[:12]
        self.definitions.setdefault(key, flat)
        return cond.GateTest(key)

    def outcomes(self) -> dict[str, dict[str, list[Term]]]:
        """For each gate, the terms under which it is true, false and unknown."""
        return {
            key: {v.value: dnf(definition, frozenset({v})) for v in TV}
            for key, definition in self.definitions.items()
        }


def rule_outcomes(rule: Rule, defeaters: list[Rule], gates: Gates) -> dict[str, list[Term]]:
    """The terms of each outcome of ``rule``; the exceptions that defeat it are folded in:
    it is met when any of them is, and breached only when none of them may be."""
    applies = rule.applies_when or cond.Constant(TV.T)
    met, breached = rule.met_when, rule.breached_when
    if met is None and breached is None:
        met, breached = cond.Constant(TV.F), cond.Constant(TV.T)
    met = met if met is not None else cond.Not(breached)  # type: ignore[arg-type]
    breached = breached if breached is not None else cond.Not(met)
    if defeaters:
        defeated = cond.AnyOf(
            tuple(cond.ConclusionTest(d.concludes or "", "is", "met") for d in defeaters)
        )
        met = cond.AnyOf((defeated, met))
        breached = cond.All((cond.Not(defeated), breached))
    applies, met, breached = (gates.leaf(c, INLINE) for c in (applies, met, breached))
    a_true = dnf(applies, T)
    return {
        "not_applicable": dnf(applies, F),
        "breached": _and(a_true, dnf(breached, T)),
        "met": _and(a_true, dnf(met, T), dnf(breached, F)),
        "undetermined": dnf(applies, U)
        + _and(a_true, dnf(breached, U))
        + _and(a_true, dnf(breached, F), dnf(met, FU)),
    }


def axis_outcomes(axis: Axis, gates: Gates) -> dict[str, list[Term]]:
    """Terms per outcome index: the first outcome that holds wins; failing that, unknown if one
    condition is unknown; else ``otherwise``."""
    whens = [gates.leaf(o.when or cond.Constant(TV.T), INLINE) for o in axis.outcomes]
    out: dict[str, list[Term]] = {}
    for i, when in enumerate(whens):
        out[str(i)] = _and(*(dnf(prev, FU) for prev in whens[:i]), dnf(when, T))
    unknown: list[Term] = []
    for i, when in enumerate(whens):
        unknown += _and(
            *(dnf(prev, F) for prev in whens[:i]),
            dnf(when, U),
            *(dnf(rest, FU) for rest in whens[i + 1 :]),
        )
    out["if_unknown"] = unknown
    out["otherwise"] = _and(*(dnf(when, F) for when in whens))
    return out
