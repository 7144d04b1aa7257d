"""Every case under cases/ gets the verdicts it states it must get: adding a case adds a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.workspace import CASE_SUFFIXES, Workspace

CASES = sorted(
    p
    for p in (Path(__file__).resolve().parent.parent / "cases").rglob("*")
    if p.suffix in CASE_SUFFIXES
)


def test_there_are_bundled_cases() -> None:
    assert len(CASES) >= 6


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case_gets_its_expected_verdicts(workspace: Workspace, path: Path) -> None:
    case = workspace.load_case(path)
    expected = case.model.expected
    assert expected is not None and expected.legality, f"{path.name} states no expected verdict"
    if case.model.kind == "historical":
        assert case.model.sources, f"{path.name} is historical but cites no sources"
    assessment = workspace.assess(case)
    assert assessment.legality.verdict == expected.legality, assessment.legality.message
    if expected.legitimacy is not None:
        assert assessment.verdicts["legitimacy"].verdict == expected.legitimacy
