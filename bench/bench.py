"""Benchmark: prints figures, asserts nothing (the machines are shared and noisy).

    python3 bench/bench.py [--evaluations N] [--soak N]

1. median time to evaluate one bundled case (findings and verdicts included), in one process;
2. wall time of a cold `jus check` on one case next to the import floor of its dependencies;
3. resident memory before and after many evaluations in one process.
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

from checker.workspace import Workspace, case_paths, default_rules_dir  # noqa: E402

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
    args = parser.parse_args()

    workspace = Workspace(default_rules_dir())
    case = workspace.load_case(CASE)
    workspace.assess(case)  # compile and register the ruleset once
    samples = []
    for _ in range(args.evaluations):
        start = time.perf_counter()
        workspace.assess(case)
        samples.append(time.perf_counter() - start)
    samples.sort()
    print(
        f"evaluate {CASE.name}: median {statistics.median(samples) * 1e3:.3f} ms, "
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

    before = rss_mb()
    start = time.perf_counter()
    for index in range(args.soak):
        workspace.assess(every[index % len(every)])
    after = rss_mb()
    print(
        f"resident memory: {before:.1f} MB before, {after:.1f} MB after {args.soak:,} "
        f"evaluations ({after - before:+.1f} MB) in {time.perf_counter() - start:.0f} s"
    )


if __name__ == "__main__":
    main()
