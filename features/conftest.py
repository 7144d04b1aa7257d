"""Step definitions shared by every feature. They know facts, rules and verdicts, not the law:
each scenario starts from a baseline case in baselines/ and changes facts by their paths."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_bdd import given, parsers, then, when

from checker.findings import Assessment
from checker.workspace import Workspace, default_rules_dir

BASELINES = Path(__file__).parent / "baselines"
STATUS = {
    "met": "met",
    "breached": "breached",
    "undetermined": "undetermined",
    "not applicable": "not_applicable",
}


@pytest.fixture(scope="session")
def workspace() -> Workspace:
    return Workspace(default_rules_dir())


@pytest.fixture
def scenario_state() -> dict[str, Any]:
    return {}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@given(parsers.re(r"a proposed intervention based on (?P<baseline>.+)"))
def baseline_case(baseline: str, scenario_state: dict[str, Any]) -> None:
    path = BASELINES / f"{_slug(baseline)}.yaml"
    assert path.is_file(), f"no baseline case {path.name} for '{baseline}'"
    scenario_state["data"] = yaml.safe_load(path.read_text("utf-8"))


@given(parsers.re(r"(?P<fact>[a-z0-9_]+(?:\.[a-z0-9_]+)*) is (?P<value>.+)"))
def set_fact(fact: str, value: str, scenario_state: dict[str, Any]) -> None:
    node = scenario_state["data"]
    *sections, name = fact.split(".")
    for section in sections:
        node = node.setdefault(section, {})
    node[name] = yaml.safe_load(value)


@when("the case is assessed")
def assess(workspace: Workspace, scenario_state: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(scenario_state["data"], sort_keys=False), "utf-8")
    scenario_state["assessment"] = workspace.assess(workspace.load_case(path))


def _finding(scenario_state: dict[str, Any], rule_id: str) -> Any:
    assessment: Assessment = scenario_state["assessment"]
    matches = [f for f in assessment.findings if f.rule_id == rule_id]
    assert matches, f"no finding for {rule_id} (rules in force: "
    return matches[0]


@then(
    parsers.re(
        r"(?P<rule_id>[A-Z][A-Z0-9-]*) is (?P<status>met|breached|undetermined|not applicable)"
    )
)
def finding_status(rule_id: str, status: str, scenario_state: dict[str, Any]) -> None:
    finding = _finding(scenario_state, rule_id)
    assert finding.status == STATUS[status], f"{rule_id}: {finding.status}: {finding.message}"


@then(parsers.re(r"(?P<rule_id>[A-Z][A-Z0-9-]*) needs (?P<fact>[a-z0-9_]+(?:\.[a-z0-9_]+)*)"))
def finding_needs(rule_id: str, fact: str, scenario_state: dict[str, Any]) -> None:
    lacking = [use.path for use in _finding(scenario_state, rule_id).lacking]
    assert fact in lacking, f"{rule_id} lacks {lacking}"


@then(parsers.re(r'the reason for (?P<rule_id>[A-Z][A-Z0-9-]*) mentions "(?P<text>[^"]+)"'))
def finding_mentions(rule_id: str, text: str, scenario_state: dict[str, Any]) -> None:
    message = _finding(scenario_state, rule_id).message
    assert text in message, message


@then(parsers.re(r"the (?P<axis>legality|legitimacy) verdict is (?P<verdict>[a-z_ ]+)"))
def verdict_is(axis: str, verdict: str, scenario_state: dict[str, Any]) -> None:
    got = scenario_state["assessment"].verdicts[axis]
    assert got.verdict == verdict.replace(" ", "_"), f"{axis}: {got.verdict}: {got.message}"
