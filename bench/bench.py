"""Benchmark: prints figures, asserts nothing (the machines are shared and noisy).

    python3 bench/bench.py [--evaluations N] [--soak N] [--batch N]

1. median time to evaluate one bundled case (findings and verdicts included), in one process;
2. wall time of a cold `jus check` on one case next to the import floor of its dependencies;
3. resident memory before and after many evaluations of generated cases in one process;
4. `jus batch` throughput on generated case files with 1 and 2 workers;
5. where the time of an evaluation goes: fact encoding, the engine, actions, reading results.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cProfile  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import tempfile  # noqa: E402

import yaml  # noqa: E402

from checker.batch import run_batch  # noqa: E402
from checker.workspace import Workspace, case_paths, default_rules_dir  # noqa: E402
from tests.conftest import case_from_data, random_case_data  # noqa: E402

CASE = ROOT / "cases" / "libya-2011.yaml"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluations", type=int, default=5000)
    parser.add_argument("--soak", type=int, default=100_000)
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--case", type=Path, default=CASE, help="The case timed alone.")
    args = parser.parse_args()

    workspace = Workspace(default_rules_dir())
    case = workspace.load_case(args.case)
    workspace.assess(case)  # compile and register the ruleset once
    samples = []
    for _ in range(args.evaluations):
        start = time.perf_counter()
        workspace.assess(case)
        samples.append(time.perf_counter() - start)
    samples.sort()
    print(
        f"evaluate {args.case.name}: median {statistics.median(samples) * 1e3:.3f} ms, "
        f"p90 {samples[int(len(samples) * 0.9)] * 1e3:.3f} ms over {args.evaluations} evaluations"
    )

    every = [workspace.load_case(p) for p in case_paths([ROOT / "cases"])]
    start = time.perf_counter()
    for case_ in every:
        workspace.assess(case_)
    print(
        f"evaluate every bundled case once: {len(every)} cases, "
        f"{(time.perf_counter() - start) / len(every) * 1e3:.3f} ms each (first evaluation "
        "of a date compiles its ruleset)"
    )

    floor = wall(
        [sys.executable, "-c", "import typer, pydantic, durable.engine, jinja2, yaml"],
        args.cold_runs,
    )
    jus = Path(sys.executable).with_name("jus")
    cold = wall([str(jus), "check", str(CASE)], args.cold_runs)
    print(
        f"cold `jus check {CASE.name}`: {cold * 1e3:.0f} ms; import floor "
        f"(typer, pydantic, durable.engine, jinja2, yaml): {floor * 1e3:.0f} ms; "
        f"ratio {cold / floor:.2f}x (medians of {args.cold_runs} runs)"
    )

    rng = random.Random(2026)
    generated = [case_from_data(workspace, random_case_data(workspace, rng, i)) for i in range(500)]
    for case_ in generated:
        workspace.assess(case_)  # compile the plan of every date once
    before = rss_mb()
    start = time.perf_counter()
    for index in range(args.soak):
        workspace.assess(generated[index % len(generated)])
    after = rss_mb()
    print(f"resident memory: {before:.1f} MB before, {after:.1f} MB after {args.soak:,} "
          f"evaluations of generated cases ({after - before:+.1f} MB) in "
          f"{time.perf_counter() - start:.0f} s")

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index in range(args.batch):
            path = Path(folder) / f"case-{index:05}.yaml"
            data = random_case_data(workspace, rng, index)
            path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
            paths.append(str(path))
        rates = {}
        for workers in (1, 2):
            fresh = Workspace(default_rules_dir())
            start = time.perf_counter()
            run_batch(fresh, paths, Path(folder) / f"out-{workers}.jsonl", workers=workers,
                      as_of=None, resume=False, progress=lambda *_: None)
            seconds = time.perf_counter() - start
            rates[workers] = seconds
            print(f"batch of {args.batch:,} generated case files, {workers} worker(s): "
                  f"{seconds:.1f} s ({args.batch / seconds:,.0f} cases/s)")
        print(f"speed-up from 1 to 2 workers: {rates[1] / rates[2]:.2f}x")

    profile = cProfile.Profile()
    profile.enable()
    for index in range(2000):
        workspace.assess(generated[index % len(generated)])
    profile.disable()
    stats = pstats.Stats(profile)
    shares = {"fact encoding (case values, JSON for the engine)": 0.0,
              "engine (durable-rules C core)": 0.0,
              "actions (Python callbacks, durable-rules' Python layer)": 0.0,
              "reading results (findings, messages)": 0.0}
    total = 0.0
    for (filename, _, name), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        if "durable_rules_engine" in name:
            shares["engine (durable-rules C core)"] += tottime
        elif "json" in filename or name == "engine_values" or "vocabulary" in filename:
            shares["fact encoding (case values, JSON for the engine)"] += tottime
        elif "durable" in filename or filename.endswith("checker/engine.py"):
            shares["actions (Python callbacks, durable-rules' Python layer)"] += tottime
        elif filename.endswith(("checker/evaluate.py", "checker/conditions.py")):
            shares["reading results (findings, messages)"] += tottime
    print("where an evaluation's time goes (profiled, 2,000 evaluations):")
    for label, seconds in shares.items():
        print(f"  {label:58} {seconds / total:6.1%}")
    print(f"  {'other':58} {1 - sum(shares.values()) / total:6.1%}")


if __name__ == "__main__":
    main()
