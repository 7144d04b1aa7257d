"""Every rule of the pack is exercised by the scenarios in each outcome it can reach."""

from __future__ import annotations

import re
from pathlib import Path

from checker.expand import Gates, rule_outcomes
from checker.workspace import Workspace

FEATURES = Path(__file__).resolve().parent.parent / "features"
THEN = re.compile(
    r"^\s*(?:Then|And|But)\s+([A-Z][A-Z0-9-]*) is (met|breached|undetermined|not applicable)\s*$"
)


def test_scenarios_cover_every_reachable_outcome_of_every_rule(workspace: Workspace) -> None:
    covered = set()
    for feature in FEATURES.rglob("*.feature"):
        for line in feature.read_text("utf-8").splitlines():
            match = THEN.match(line)
            if match:
                covered.add((match.group(1), match.group(2).replace(" ", "_")))
    pack = workspace.pack
    missing = []
    for rule in pack.rules:
        outcomes = rule_outcomes(rule, pack.defeaters(rule), Gates())
        for outcome, terms in outcomes.items():
            if terms and (rule.id, outcome) not in covered:
                missing.append(f"{rule.id} {outcome}")
    assert not missing, "no scenario shows: " + ", ".join(missing)
