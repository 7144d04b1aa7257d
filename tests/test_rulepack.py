"""A wrong rule pack fails at load, naming the file, line and field; the bundled one loads clean."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.rulepack import load_pack
from checker.workspace import default_rules_dir

RULES = default_rules_dir()


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def problems_of(root: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_pack(root)
    return str(caught.value)


def test_the_bundled_pack_loads() -> None:
    pack = load_pack(RULES)
    assert pack.rules and len(pack.digest) == 64


def test_duplicate_rule_ids(pack_copy: Path) -> None:
    edit(pack_copy / "charter/consent.yaml", "id: CONSENT-FREE", "id: CONSENT-PRIOR")
    assert re.search(
        r"consent.yaml:\d+: rules\.\d+\.id: duplicate rule id 'CONSENT-PRIOR'",
        problems_of(pack_copy),
    )


def test_a_condition_naming_a_fact_the_schema_lacks(pack_copy: Path) -> None:
    edit(pack_copy / "charter/consent.yaml", "fact: consent.freely_given", "fact: consent.freely")
    message = problems_of(pack_copy)
    assert re.search(
        r"consent.yaml:\d+: rules\.\d+\.met_when: the case schema has no fact "
        r"'consent.freely'; did you mean 'consent.freely_given'\?",
        message,
    ), message


def test_a_conclusion_nobody_produces(pack_copy: Path) -> None:
    edit(
        pack_copy / "charter/consent.yaml",
        "{conclusion: consent_free, is: met}",
        "{conclusion: consent_freely, is: met}",
    )
    assert "no rule concludes 'consent_freely'" in problems_of(pack_copy)


def test_a_value_the_fact_does_not_take(pack_copy: Path) -> None:
    edit(
        pack_copy / "charter/self-defence.yaml",
        "{fact: self_defence.attack_scale, is: grave}",
        "{fact: self_defence.attack_scale, is: huge}",
    )
    assert "'huge' is not one of grave, below_threshold" in problems_of(pack_copy)


def test_a_text_fact_cannot_be_tested(pack_copy: Path) -> None:
    edit(
        pack_copy / "charter/consent.yaml",
        "{fact: consent.withdrawn, is: false}",
        "{fact: consent.scope, is: everything}",
    )
    assert "text for the memo; rules cannot test it" in problems_of(pack_copy)


def test_a_message_naming_an_unknown_fact(pack_copy: Path) -> None:
    edit(pack_copy / "charter/consent.yaml", "{consent.scope}", "{consent.range}")
    assert "names '{consent.range}', which is not a fact" in problems_of(pack_copy)


def test_a_missing_message(pack_copy: Path) -> None:
    edit(pack_copy / "charter/consent.yaml", "      met: The consent was freely given.\n", "")
    assert "the 'met' message is missing" in problems_of(pack_copy)


def test_an_unknown_key_in_a_rule(pack_copy: Path) -> None:
    edit(
        pack_copy / "charter/consent.yaml",
        "    concludes: consent_free",
        "    conclude: consent_free",
    )
    assert "unknown field 'conclude'; did you mean 'concludes'?" in problems_of(pack_copy)


def test_a_malformed_condition(pack_copy: Path) -> None:
    edit(
        pack_copy / "charter/consent.yaml",
        "met_when: {fact: consent.freely_given, is: true}",
        "met_when: {fact: consent.freely_given, equals: true}",
    )
    assert "a fact test takes exactly one of is, in" in problems_of(pack_copy)


def test_two_rules_concluding_the_same_at_the_same_time(pack_copy: Path) -> None:
    edit(pack_copy / "charter/security-council.yaml", "    in_force_until: 1965-08-30\n", "")
    assert "'council_adoption' is concluded by" in problems_of(pack_copy)


def test_a_rule_depending_on_itself(pack_copy: Path) -> None:
    edit(
        pack_copy / "charter/consent.yaml",
        "{conclusion: consent_free, is: met}",
        "{conclusion: consent, is: met}",
    )
    assert "depends on its own conclusion" in problems_of(pack_copy)


def test_not_a_rule_pack(tmp_path: Path) -> None:
    assert "pack.yaml is missing" in problems_of(tmp_path)
