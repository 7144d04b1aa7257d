from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.cases import Case, case_from_document
from checker.loading import parse_document
from checker.vocabulary import FactSpec
from checker.workspace import Workspace, default_rules_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def workspace() -> Workspace:
    return Workspace(default_rules_dir())


def case_from_data(
    workspace: Workspace, data: dict[str, Any], name: str = "generated.yaml"
) -> Case:
    text = yaml.safe_dump(data, sort_keys=False)
    return case_from_document(
        parse_document(text, name), workspace.pack.vocabulary, workspace.case_model
    )


def random_value(spec: FactSpec, rng: random.Random) -> Any:
    """A value of the fact's type, or unknown, chosen so rules see every outcome."""
    if rng.random() < 0.2:
        return "unknown"
    kind = spec.of if spec.is_list else spec.type
    if spec.is_list and kind == "enum":
        values = list(spec.values or {})
        return rng.sample(values, rng.randint(0, min(3, len(values))))
    if spec.is_list:
        return [f"item {rng.randint(1, 9)}"]
    if kind == "bool":
        return rng.random() < 0.6
    if kind == "enum":
        return rng.choice(list(spec.values or {}))
    if kind == "int":
        return rng.randint(spec.min or 0, spec.max if spec.max is not None else 20)
    if kind == "date":
        return dt.date(rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))
    return f"text {rng.randint(1, 99)}"


def random_case_data(workspace: Workspace, rng: random.Random, index: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": f"fuzz-{index}",
        "title": f"Generated case {index}",
        "date": dt.date(rng.choice([1950, 1990, 2011, 2022]), 6, 1),
    }
    for path, spec in workspace.pack.vocabulary.specs().items():
        if rng.random() < 0.1:
            continue  # left out: unknown
        node = data
        *sections, name = path.split(".")
        for section in sections:
            node = node.setdefault(section, {})
        node[name] = random_value(spec, rng)
    return data
