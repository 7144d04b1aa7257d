"""The rule pack and case model a command works with, and the case files it is given."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from checker.cases import Case, CaseEnvelope, build_case_model, load_case
from checker.errors import InputError, Problem
from checker.evaluate import evaluate
from checker.findings import Assessment
from checker.rulepack import RulePack, load_pack

CASE_SUFFIXES = (".yaml", ".yml", ".json")
MAX_CASES = 100_000


def default_rules_dir() -> Path:
    """The rules/ folder of the checkout jus is installed from."""
    return Path(__file__).resolve().parent.parent / "rules"


@dataclass
class Workspace:
    rules_dir: Path

    @cached_property
    def pack(self) -> RulePack:
        return load_pack(self.rules_dir)

    @cached_property
    def case_model(self) -> type[CaseEnvelope]:
        return build_case_model(self.pack.vocabulary)

    def load_case(self, path: Path) -> Case:
        return load_case(path, self.pack.vocabulary, self.case_model)

    def assess(self, case: Case, as_of: dt.date | None = None) -> Assessment:
        return evaluate(self.pack, case, as_of)


def case_paths(arguments: list[Path]) -> list[Path]:
    """Files named, and the case files inside folders named, in a stable order."""
    out: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found = sorted(
                p for p in argument.rglob("*") if p.suffix in CASE_SUFFIXES and p.is_file()
            )
            if not found:
                raise InputError(
                    [
                        Problem(
                            str(argument),
                            f"the folder holds no case files ({', '.join(CASE_SUFFIXES)})",
                        )
                    ]
                )
            out.extend(found)
        else:
            out.append(argument)
        if len(out) > MAX_CASES:
            raise InputError([Problem(str(argument), f"more than {MAX_CASES:,} case files")])
    return out
