"""Batch evaluation survives its engine: a crashed worker costs one case, never the batch."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.batch import run_batch
from checker.cli import app
from checker.findings import Assessment
from checker.workspace import Workspace, default_rules_dir

BASELINE = (
    Path(__file__).resolve().parent.parent
    / "features/baselines/security-council-authorisation.yaml"
)


class CrashingWorkspace(Workspace):
    """Aborts the process, as durable-rules' C core can, on the case whose id says so."""

    def assess(self, case, as_of=None) -> Assessment:  # type: ignore[no-untyped-def]
        if case.id == "crash-me":
            os.abort()
        return super().assess(case, as_of)


def make_cases(folder: Path, count: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    text = BASELINE.read_text("utf-8")
    paths = []
    for index in range(count):
        path = folder / f"case-{index:03}.yaml"
        path.write_text(text.replace("id: baseline-council", f"id: case-{index}"), "utf-8")
        paths.append(str(path))
    return paths


def test_a_crashing_case_costs_only_itself(tmp_path: Path) -> None:
    paths = make_cases(tmp_path / "cases", 12)
    crash = tmp_path / "cases" / "crash.yaml"
    crash.write_text(BASELINE.read_text("utf-8").replace("id: baseline-council", "id: crash-me"))
    paths.insert(5, str(crash))
    results = tmp_path / "results.jsonl"
    outcomes = run_batch(
        CrashingWorkspace(default_rules_dir()),
        paths,
        results,
        workers=2,
        as_of=None,
        resume=False,
        progress=lambda *_: None,
    )
    by_path = {o.path: o for o in outcomes}
    assert set(by_path) == set(paths)
    assert by_path[str(crash)].error is not None
    assert by_path[str(crash)].error.startswith("engine crashed (worker exit status")
    assert all(o.verdicts["legality"] == "lawful" for p, o in by_path.items() if p != str(crash))
    lines = [json.loads(line) for line in results.read_text("utf-8").splitlines()]
    assert sorted(line["path"] for line in lines) == sorted(paths)


def test_resume_skips_what_is_already_written(tmp_path: Path) -> None:
    paths = make_cases(tmp_path / "cases", 6)
    results = tmp_path / "results.jsonl"
    workspace = Workspace(default_rules_dir())
    run_batch(
        workspace, paths[:3], results, workers=1, as_of=None, resume=False, progress=lambda *_: None
    )
    with results.open("a", encoding="utf-8") as out:
        out.write('{"path": "cut sho')  # a run stopped mid-line
    outcomes = run_batch(
        workspace, paths, results, workers=2, as_of=None, resume=True, progress=lambda *_: None
    )
    assert sorted(o.path for o in outcomes) == paths[3:]
    written = [
        json.loads(line)["path"]
        for line in results.read_text("utf-8").splitlines()
        if line.endswith("}")
    ]
    assert sorted(written) == paths


def test_batch_command_reports_every_case_and_the_worst_exit_code(tmp_path: Path) -> None:
    make_cases(tmp_path / "cases", 3)
    (tmp_path / "cases" / "broken.yaml").write_text("case: [\n", "utf-8")
    results = tmp_path / "results.jsonl"
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path / "cases"), "--out", str(results), "--workers", "2"]
    )
    assert result.exit_code == 2, result.output
    assert "legality: lawful" in result.output and "error: bad input" in result.output
    assert len(results.read_text("utf-8").splitlines()) == 4
    again = CliRunner().invoke(app, ["batch", str(tmp_path / "cases"), "--out", str(results)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_paths_from_standard_input_and_globs(tmp_path: Path) -> None:
    paths = make_cases(tmp_path / "cases", 3)
    results = tmp_path / "results.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            "-",
            str(tmp_path / "cases" / "case-00[12].yaml"),
            "--out",
            str(results),
            "--workers",
            "1",
        ],
        input=paths[0] + "\n",
    )
    assert result.exit_code == 0, result.output
    assert len(results.read_text("utf-8").splitlines()) == 3


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_and_check_agree(tmp_path: Path, workers: int) -> None:
    cases = Path(__file__).resolve().parent.parent / "cases"
    if not any(cases.glob("*.yaml")):
        pytest.skip("no bundled cases yet")
    shutil.copytree(cases, tmp_path / "cases")
    results = tmp_path / "results.jsonl"
    CliRunner().invoke(
        app, ["batch", str(tmp_path / "cases"), "--out", str(results), "--workers", str(workers)]
    )
    for line in results.read_text("utf-8").splitlines():
        record = json.loads(line)
        checked = CliRunner().invoke(app, ["check", record["path"], "--format", "json"])
        assert json.loads(checked.output)[0]["legality"] == record["result"]["legality"]
