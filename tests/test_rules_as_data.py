"""The law lives in rules/: checker/ names no fact, conclusion, rule id or article of the pack."""

from __future__ import annotations

import re
from pathlib import Path

from checker import conditions as cond
from checker.rulepack import load_pack
from checker.workspace import default_rules_dir

CHECKER = Path(__file__).resolve().parent.parent / "checker"


def _python_sources() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in CHECKER.glob("*.py")}


def test_checker_names_no_fact_conclusion_or_rule_of_the_pack() -> None:
    pack = load_pack(default_rules_dir())
    names = set(pack.vocabulary.specs())
    names |= set(pack.vocabulary.facts)
    names |= {part for path in pack.vocabulary.specs() for part in path.split(".") if "_" in part}
    names |= {rule.concludes for rule in pack.rules if rule.concludes}
    names |= {rule.id for rule in pack.rules} | set(pack.pathways)
    for leaf_values in (spec.values or {} for spec in pack.vocabulary.specs().values()):
        names |= {value for value in leaf_values if len(value) > 6}
    for filename, source in _python_sources().items():
        for name in names:
            assert not re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", source), (
                f"checker/{filename} names '{name}' from the rule pack"
            )


def test_checker_cites_no_article_or_instrument() -> None:
    pattern = re.compile(r"\b(?:[Aa]rt(?:icle)?s?\.? ?\d+|Chapter [IVX]+|S/RES|A/RES|ICJ)\b")
    for filename, source in _python_sources().items():
        assert not pattern.search(source), f"checker/{filename}: {pattern.search(source)}"


def test_every_rule_cites_a_source_and_a_date() -> None:
    for rule in load_pack(default_rules_dir()).rules:
        assert rule.source.instrument and rule.source.provision and rule.source.principle
        assert rule.in_force_from


def test_statuses_are_the_design_vocabulary() -> None:
    assert cond.STATUSES == ("met", "breached", "undetermined", "not_applicable")
