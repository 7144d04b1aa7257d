"""Evaluating a case: run the engine, then read its outcomes as findings and verdicts."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from checker import conditions as cond
from checker import engine
from checker.cases import Case
from checker.compile import Entry, Plan
from checker.findings import Assessment, FactUse, Finding, Verdict
from checker.rulepack import ESTABLISHED, PLACEHOLDER, Rule, RulePack


def evaluate(pack: RulePack, case: Case, as_of: dt.date | None = None) -> Assessment:
    """Assess ``case`` under the law in force on ``as_of`` (by default, the case's date)."""
    on = as_of or case.date
    plan = engine.plan_for(pack, on)
    fired = engine.run(plan, case)
    reader = _Reader(pack, plan, case, fired, on)
    assessment = Assessment(case.id, case.model.title, case.path, case.digest, on.isoformat())
    by_rule = {entry.owner: entry for entry in fired if entry.kind == "rule"}
    for rule in plan.rules:
        assessment.findings.append(reader.finding(by_rule[rule.id]))
    for axis in pack.axes:
        entry = next(e for e in fired if e.kind == "axis" and e.owner == axis)
        assessment.verdicts[axis] = reader.verdict(entry)
    assessment.reading = pack.reading({a: v.verdict for a, v in assessment.verdicts.items()})
    return assessment


class _Reader:
    """Reads the engine's outcomes as findings and verdicts, with the facts behind them."""

    def __init__(self, pack: RulePack, plan: Plan, case: Case, fired: list[Entry], on: dt.date):
        self.pack = pack
        self.on = on
        self.case = case
        self.specs = pack.vocabulary.specs()
        self.in_force = {r.id: r for r in plan.rules}
        self.producer = {r.concludes: r for r in plan.rules if r.concludes}
        self.status = {e.owner: e.outcome for e in fired if e.kind == "rule"}
        self._lacking: dict[str, tuple[FactUse, ...]] = {}
        self._uses: dict[str, FactUse] = {}

    def fact_use(self, path: str) -> FactUse:
        if path not in self._uses:
            spec, fact = self.specs[path], self.case.facts[path]
            words = spec.words(fact.value) if fact.known else "not stated"
            self._uses[path] = FactUse(
                path, spec.title, spec.question, fact.known, fact.value, words, fact.source
            )
        return self._uses[path]

    def rule_conditions(self, rule: Rule, outcome: str) -> tuple[cond.Condition | None, ...]:
        if outcome == "not_applicable":
            return (rule.applies_when,)
        return (rule.applies_when, rule.met_when, rule.breached_when)

    @staticmethod
    @cache
    def facts_read(conditions: tuple[cond.Condition | None, ...]) -> tuple[str, ...]:
        return tuple(
            sorted(
                {
                    leaf.fact
                    for c in conditions
                    for leaf in cond.leaves(c)
                    if isinstance(leaf, cond.FactTest)
                }
            )
        )

    @staticmethod
    @cache
    def conclusions_read(conditions: tuple[cond.Condition | None, ...]) -> frozenset[str]:
        return frozenset(
            leaf.conclusion
            for c in conditions
            for leaf in cond.leaves(c)
            if isinstance(leaf, cond.ConclusionTest)
        )

    def rests_on(
        self, conditions: tuple[cond.Condition | None, ...], rule: Rule | None = None
    ) -> list[str]:
        """Ids of the rules in force whose conclusions the conditions (or defeaters) read."""
        ids = {self.producer[n].id for n in self.conclusions_read(conditions) if n in self.producer}
        if rule is not None:
            ids |= {d.id for d in self.pack.defeaters(rule) if d.id in self.in_force}
        return sorted(ids)

    def lacking_of(self, rule: Rule) -> tuple[FactUse, ...]:
        """Unknown facts the rule reads, and those of the undetermined conclusions it rests on."""
        if rule.id not in self._lacking:
            conditions = self.rule_conditions(rule, "undetermined")
            own = [
                self.fact_use(p)
                for p in self.facts_read(conditions)
                if not self.case.facts[p].known
            ]
            inherited = [
                use
                for rule_id in self.rests_on(conditions, rule)
                if self.status[rule_id] == "undetermined"
                for use in self.lacking_of(self.in_force[rule_id])
            ]
            unique = {use.path: use for use in [*own, *inherited]}
            self._lacking[rule.id] = tuple(unique[p] for p in sorted(unique))
        return self._lacking[rule.id]

    def message(self, template: str, rests_on: list[str]) -> str:
        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == ESTABLISHED:
                met = [
                    _lower_first(self.in_force[r].title)
                    for r in rests_on
                    if self.status[r] == "met"
                ]
                return "; ".join(met) or "none"
            return self.fact_use(name).words

        text = PLACEHOLDER.sub(fill, template)
        return text[:1].upper() + text[1:]

    def finding(self, entry: Entry) -> Finding:
        rule = self.pack.by_id[entry.owner]
        conditions = self.rule_conditions(rule, entry.outcome)
        rests_on = self.rests_on(conditions, rule)
        return Finding(
            rule_id=rule.id,
            name=rule.name,
            title=rule.title,
            pathway=rule.pathway,
            status=entry.outcome,  # type: ignore[arg-type]
            message=self.message(getattr(rule.messages, entry.outcome) or "", rests_on),
            citation=rule.source.citation(),
            conclusion=rule.concludes,
            relied_on=tuple(self.fact_use(p) for p in self.facts_read(conditions)),
            lacking=self.lacking_of(rule) if entry.outcome == "undetermined" else (),
            rests_on=tuple(rests_on),
            retrospective=(
                rule.in_force_from.isoformat() if rule.retrospective_on(self.on) else None
            ),
        )

    def verdict(self, entry: Entry) -> Verdict:
        axis = self.pack.axes[entry.owner]
        if entry.outcome.isdigit():
            outcome = axis.outcomes[int(entry.outcome)]
            conditions: tuple[cond.Condition | None, ...] = (outcome.when,)
        else:
            outcome = getattr(axis, entry.outcome)
            conditions = tuple(o.when for o in axis.outcomes)
        rests_on = self.rests_on(conditions)
        return Verdict(
            axis=entry.owner,
            verdict=outcome.verdict,
            message=self.message(outcome.message, rests_on),
            citation=outcome.source.citation() if outcome.source else None,
            rests_on=tuple(rests_on),
        )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
