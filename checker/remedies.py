"""Remedies: the smallest sets of levers that would make a use of force lawful.

Found by re-evaluating the case with the levers of the rule pack pulled, one at a time and then in
pairs; a pair is tried only if neither of its levers is a remedy alone. Nothing is written by hand:
a remedy is listed only because the engine returned the target verdict with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import combinations

from checker.cases import Case, FactValue
from checker.evaluate import evaluate
from checker.rulepack import Lever, RulePack

TARGET = "lawful"
MAX_LEVERS = 2


@dataclass(frozen=True)
class Remedy:
    levers: tuple[Lever, ...]
    changes: tuple[tuple[str, str], ...]
    """Each fact changed, with its new value in words."""

    @property
    def text(self) -> str:
        return "; and ".join(lever.text for lever in self.levers)


def apply_levers(pack: RulePack, case: Case, levers: tuple[Lever, ...]) -> Case:
    """The case as it would be with the levers pulled."""
    overrides: dict[str, FactValue] = {}
    for lever in levers:
        for path, value in lever.sets.items():
            overrides[path] = FactValue(known=True, value=value, source=f"remedy: {lever.id}")
        for path, item in lever.adds.items():
            current = overrides.get(path) or case.facts[path]
            items = list(current.value) if current.known else []
            if item not in items:
                items.append(item)
            overrides[path] = FactValue(known=True, value=items, source=f"remedy: {lever.id}")
    return case.with_facts(overrides)


def find_remedies(pack: RulePack, case: Case, as_of: dt.date | None = None) -> list[Remedy]:
    """Single levers first, then pairs, each making the legality verdict lawful."""
    if evaluate(pack, case, as_of).legality.verdict == TARGET:
        return []
    useful = [lever for lever in pack.levers if _changes(pack, case, (lever,))]
    found: list[Remedy] = []
    for size in range(1, MAX_LEVERS + 1):
        alone = {remedy.levers[0].id for remedy in found if len(remedy.levers) == 1}
        for levers in combinations(useful, size):
            if size > 1 and any(lever.id in alone for lever in levers):
                continue
            changed = apply_levers(pack, case, levers)
            if evaluate(pack, changed, as_of).legality.verdict == TARGET:
                found.append(Remedy(levers, _changes(pack, case, levers)))
    return found


def _changes(pack: RulePack, case: Case, levers: tuple[Lever, ...]) -> tuple[tuple[str, str], ...]:
    """The facts the levers would change, with their new values in words."""
    changed = apply_levers(pack, case, levers)
    specs = pack.vocabulary.specs()
    out = []
    for path, fact in changed.facts.items():
        before = case.facts[path]
        if (fact.known, fact.value) != (before.known, before.value):
            out.append((path, specs[path].words(fact.value)))
    return tuple(out)
