"""Case files across the whole schema, valid and invalid, evaluated in one process and across
workers: every valid case gets verdicts, every invalid one a clear error, nothing crashes."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.batch import evaluate_path, run_batch
from checker.rulepack import load_pack
from checker.workspace import Workspace, default_rules_dir
from tests.conftest import random_case_data

ODD_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
EXTREMES = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    ODD_TEXT,
    st.lists(ODD_TEXT, max_size=5),
    st.dictionaries(ODD_TEXT, st.integers(), max_size=3),
    st.just("unknown"),
    st.dates(min_value=dt.date(1, 1, 1)),
)


def _mutate(data: dict[str, Any], rng: random.Random, value: Any, key: str) -> dict[str, Any]:
    """Put an odd value at a random place, or an odd key beside the others."""
    sections = [k for k, v in data.items() if isinstance(v, dict)]
    target = data[rng.choice(sections)] if sections and rng.random() < 0.7 else data
    if rng.random() < 0.25:
        target[key or "x"] = value
    elif target:
        target[rng.choice(sorted(target))] = value
    return data


def _write(path: Path, data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        path.write_text(json.dumps(data, default=str, ensure_ascii=False), "utf-8")
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rng=st.randoms(use_true_random=False),
    value=EXTREMES,
    key=ODD_TEXT,
    mutate=st.booleans(),
    as_json=st.booleans(),
)
def test_any_case_file_gets_verdicts_or_a_clear_error(
    workspace: Workspace,
    tmp_path_factory: Any,
    rng: random.Random,
    value: Any,
    key: str,
    mutate: bool,
    as_json: bool,
) -> None:
    data = random_case_data(workspace, rng, rng.randint(0, 10**6))
    if mutate:
        data = _mutate(data, rng, value, key)
    path = tmp_path_factory.mktemp("fuzz") / ("case.json" if as_json else "case.yaml")
    _write(path, data, as_json)
    outcome = evaluate_path(workspace, str(path), None)
    if outcome.assessment is None:
        assert outcome.error and outcome.error.startswith(str(path)), outcome.error
        assert "Traceback" not in outcome.error
        assert not outcome.error.startswith("engine")
    else:
        assert set(outcome.assessment.verdicts) == {"legality", "legitimacy"}
    if not mutate:
        assert outcome.assessment is not None, outcome.error


def test_thousands_of_generated_cases_across_workers(workspace: Workspace, tmp_path: Path) -> None:
    rng = random.Random(11)
    folder = tmp_path / "cases"
    folder.mkdir()
    paths = []
    for index in range(1500):
        data = random_case_data(workspace, rng, index)
        if index % 7 == 0:
            data = _mutate(
                data, rng, rng.choice([10**20, "\u202e\u0301", [None], {"a": 1}]), "unexpected"
            )
        path = folder / f"case-{index:04}.yaml"
        _write(path, data, as_json=False)
        paths.append(str(path))
    outcomes = run_batch(
        workspace,
        paths,
        tmp_path / "out.jsonl",
        workers=2,
        as_of=None,
        resume=False,
        progress=lambda *_: None,
    )
    assert sorted(o.path for o in outcomes) == paths
    assert not [o.error for o in outcomes if o.error and o.error.startswith("engine")]
    valid = [o for o in outcomes if int(Path(o.path).stem.split("-")[1]) % 7]
    assert all(o.verdicts for o in valid)


def test_a_hostile_rule_pack_gets_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from checker.errors import InputError

    def pack_with(rule_text: str) -> Path:
        root = tmp_path / f"pack{len(list(tmp_path.iterdir()))}"
        shutil.copytree(default_rules_dir(), root)
        (root / "charter" / "hostile.yaml").write_text(rule_text, "utf-8")
        return root

    deep = "pathway: {id: x, title: x}\nrules:\n- met_when: " + "{not: " * 200 + "{}" + "}" * 200
    for text, expected in [
        ("a: &x [1]\nb: *x\n", "anchors and aliases"),
        (deep, "nested more than"),
        ("!!python/object/apply:os.system ['echo pwned']\n", "unsupported YAML tag"),
        ("x" * 1_100_000, "the limit is"),
        (
            "pathway: {id: x, title: x}\nrules:\n- id: X-1\n  name: x\n  title: x\n"
            "  source: {instrument: x, provision: x, principle: x}\n  in_force_from: 2000-01-01\n"
            "  met_when: {fact: ../../etc/passwd, is: true}\n"
            "  messages: {met: a, breached: b, undetermined: c}\n",
            "the case schema has no fact '../../etc/passwd'",
        ),
    ]:
        with pytest.raises(InputError) as caught:
            load_pack(pack_with(text))
        assert expected in str(caught.value), str(caught.value)[:300]
