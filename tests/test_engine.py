"""The compiled durable-rules rulesets agree with a direct three-valued reading of the rule pack,
on a stream of varied generated cases, without engine errors."""

from __future__ import annotations

import random
from typing import Any

from checker import conditions as cond
from checker.conditions import TV
from checker.engine import plan_for
from checker.rulepack import Rule, RulePack
from checker.workspace import Workspace
from tests.conftest import case_from_data, random_case_data


def _reference(pack: RulePack, rules: tuple[Rule, ...], values: dict[str, Any]) -> dict[str, str]:
    """Each rule's status by evaluating its conditions directly, in dependency order."""
    values = dict(values)
    status: dict[str, str] = {}
    pending = list(rules)
    in_force = {r.id for r in rules}
    while pending:
        for rule in list(pending):
            try:
                status[rule.id] = _rule_status(pack, rule, values, in_force)
            except KeyError:
                continue  # a conclusion it reads is not settled yet
            pending.remove(rule)
            if rule.concludes:
                values[f"@{rule.concludes}"] = status[rule.id]
    return status


def _rule_status(pack: RulePack, rule: Rule, values: dict[str, Any], in_force: set[str]) -> str:
    def ev(condition: cond.Condition) -> TV:
        for leaf in cond.leaves(condition):
            key = leaf.test().key
            if key.startswith("@") and key not in values:
                raise KeyError(key)
        return cond.evaluate(condition, values)

    applies = ev(rule.applies_when) if rule.applies_when else TV.T
    met_c, breached_c = rule.met_when, rule.breached_when
    defeaters = [d for d in pack.defeaters(rule) if d.id in in_force]
    defeated = TV.F
    if defeaters:
        defeated = ev(
            cond.AnyOf(tuple(cond.ConclusionTest(d.concludes, "is", "met") for d in defeaters))
        )
    if met_c is None and breached_c is None:
        met, breached = TV.F, TV.T
    else:
        met = ev(met_c) if met_c else _not(ev(breached_c))
        breached = ev(breached_c) if breached_c else _not(met)
    met = _or(defeated, met)
    breached = _and(_not(defeated), breached)
    if applies is TV.F:
        return "not_applicable"
    if applies is TV.U:
        return "undetermined"
    if breached is TV.T:
        return "breached"
    if met is TV.T and breached is TV.F:
        return "met"
    return "undetermined"


def _not(v: TV) -> TV:
    return {TV.T: TV.F, TV.F: TV.T, TV.U: TV.U}[v]


def _or(a: TV, b: TV) -> TV:
    return TV.T if TV.T in (a, b) else TV.U if TV.U in (a, b) else TV.F


def _and(a: TV, b: TV) -> TV:
    return TV.F if TV.F in (a, b) else TV.U if TV.U in (a, b) else TV.T


def _reference_verdict(pack: RulePack, axis_name: str, values: dict[str, Any]) -> str:
    axis = pack.axes[axis_name]
    results = [cond.evaluate(o.when, values) if o.when else TV.T for o in axis.outcomes]
    for outcome, result in zip(axis.outcomes, results, strict=True):
        if result is TV.T:
            return outcome.verdict
    return axis.if_unknown.verdict if TV.U in results else axis.otherwise.verdict


def test_engine_agrees_with_direct_three_valued_reading(workspace: Workspace) -> None:
    pack = workspace.pack
    rng = random.Random(20261125)
    seen: set[tuple[str, str]] = set()
    for index in range(400):
        case = case_from_data(workspace, random_case_data(workspace, rng, index))
        assessment = workspace.assess(case)
        plan = plan_for(pack, case.date)
        values = case.engine_values(set(plan.case_fields))
        values.update({f"@{name}": "not_applicable" for name in plan.orphans})
        expected = _reference(pack, plan.rules, values)
        got = {f.rule_id: f.status for f in assessment.findings}
        assert got == expected, f"case {index}: " + str(
            {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}
        )
        for rule in plan.rules:
            if rule.concludes:
                values[f"@{rule.concludes}"] = expected[rule.id]
        assert assessment.legality.verdict == _reference_verdict(pack, "legality", values)
        seen |= {(f.rule_id, f.status) for f in assessment.findings}
    # The stream must have exercised every rule in more than one way.
    for rule in pack.rules:
        assert len({s for r, s in seen if r == rule.id}) >= 2, rule.id


def test_a_long_run_has_no_engine_errors_and_one_outcome_per_rule(workspace: Workspace) -> None:
    """More evaluations than durable-rules' 1024 live sessions: state is deleted every time."""
    rng = random.Random(7)
    cases = [case_from_data(workspace, random_case_data(workspace, rng, i)) for i in range(40)]
    for index in range(3000):
        case = cases[index % len(cases)]
        assessment = workspace.assess(case)
        assert len(assessment.findings) == len(plan_for(workspace.pack, case.date).rules)
        assert set(assessment.verdicts) == set(workspace.pack.axes)
