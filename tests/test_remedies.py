"""Remedies are found by the engine: re-running each suggested change gives a lawful verdict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.remedies import find_remedies
from checker.workspace import CASE_SUFFIXES, Workspace
from tests.conftest import case_from_data

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted(p for p in (ROOT / "cases").rglob("*") if p.suffix in CASE_SUFFIXES)
BASELINE = ROOT / "features/baselines/security-council-authorisation.yaml"


def _with_changes(data: dict[str, Any], changes: dict[str, Any], adds: dict[str, str]) -> dict:
    """The case data with the remedy's changes written in, as a user would edit the file."""
    for path, value in changes.items():
        *sections, name = path.split(".")
        node = data
        for section in sections:
            node = node.setdefault(section, {})
        node[name] = value
    for path, item in adds.items():
        current = data.get(path)
        items = list(current) if isinstance(current, list) else []
        data[path] = [*items, item] if item not in items else items
    return data


def _check_remedies(workspace: Workspace, data: dict[str, Any]) -> int:
    case = case_from_data(workspace, data)
    found = find_remedies(workspace.pack, case)
    for remedy in found:
        changes: dict[str, Any] = {}
        adds: dict[str, str] = {}
        for lever in remedy.levers:
            changes.update(lever.sets)
            adds.update(lever.adds)
        changed = _with_changes(yaml.safe_load(yaml.safe_dump(data)), changes, adds)
        verdict = workspace.assess(case_from_data(workspace, changed)).legality.verdict
        assert verdict == "lawful", f"{remedy.text}: {verdict}"
    return len(found)


def test_a_vetoed_resolution_is_remedied_by_a_resolution_without_a_veto(
    workspace: Workspace,
) -> None:
    data = yaml.safe_load(BASELINE.read_text("utf-8"))
    data["security_council"]["permanent_members_against"] = ["russia"]
    assert _check_remedies(workspace, data) >= 1
    texts = [r.text for r in find_remedies(workspace.pack, case_from_data(workspace, data))]
    assert any("Security Council" in t for t in texts)
    assert any("consent" in t for t in texts)


def test_remedies_come_smallest_first_and_never_as_supersets(workspace: Workspace) -> None:
    data = yaml.safe_load(BASELINE.read_text("utf-8"))
    data["claimed_bases"] = ["collective_self_defence"]
    data["self_defence"] = {
        "armed_attack": "occurred",
        "attack_scale": "grave",
        "attack_by": "target_state",
        "necessity": True,
        "proportionality": False,
        "immediacy": True,
        "reported_to_council": False,
        "council_measures_taken": False,
        "victim_declared_attack": True,
        "victim_requested_assistance": False,
    }
    found = find_remedies(workspace.pack, case_from_data(workspace, data))
    sizes = [len(r.levers) for r in found]
    assert sizes == sorted(sizes)
    singles = {r.levers[0].id for r in found if len(r.levers) == 1}
    assert {"council-authorisation", "government-consent"} <= singles
    assert any(
        {lever.id for lever in r.levers} == {"victim-request", "proportionate-force"} for r in found
    )
    for remedy in found:
        if len(remedy.levers) > 1:
            assert not singles & {lever.id for lever in remedy.levers}
    assert _check_remedies(workspace, data) == len(found)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_remedies_of_bundled_cases_make_them_lawful(workspace: Workspace, path: Path) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    _check_remedies(workspace, data)


def test_the_remedies_command(tmp_path: Path) -> None:
    data = yaml.safe_load(BASELINE.read_text("utf-8"))
    data["security_council"]["authorising_language"] = "serious_consequences"
    case = tmp_path / "case.yaml"
    case.write_text(yaml.safe_dump(data), "utf-8")
    result = CliRunner().invoke(app, ["remedies", str(case)])
    assert result.exit_code == 0, result.output
    assert "It would be lawful with:" in result.output
    assert "security_council.authorising_language" in result.output
