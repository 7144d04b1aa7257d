"""Legal invariants that hold over generated variations of cases, whatever the other facts."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.workspace import Workspace
from tests.conftest import case_from_data, random_case_data, random_value

NO_BASIS_OF_THEIR_OWN = [
    "humanitarian_intervention",
    "implied_authorisation",
    "protection_of_nationals",
]
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _force(data: dict[str, Any], bases: list[str]) -> dict[str, Any]:
    data["measure"] = {**data.get("measure", {}), "armed_force": True, "on_target_territory": True}
    data["claimed_bases"] = bases
    return data


@SETTINGS
@given(
    rng=st.randoms(use_true_random=False),
    authorisation=st.sampled_from(["none", "ex_post_endorsement", "unknown"]),
    extra=st.lists(st.sampled_from([*NO_BASIS_OF_THEIR_OWN, "uniting_for_peace"]), unique=True),
)
def test_regional_enforcement_without_council_authorisation_is_never_lawful(
    workspace: Workspace, rng: random.Random, authorisation: str, extra: list[str]
) -> None:
    data = _force(random_case_data(workspace, rng, 1), ["regional_enforcement", *extra])
    data["regional"] = {
        **data.get("regional", {}),
        "enforcement_action": True,
        "council_authorisation": authorisation,
    }
    verdict = workspace.assess(case_from_data(workspace, data)).legality.verdict
    assert verdict != "lawful"


@SETTINGS
@given(
    rng=st.randoms(use_true_random=False),
    extra=st.lists(st.sampled_from(NO_BASIS_OF_THEIR_OWN), unique=True),
)
def test_a_general_assembly_recommendation_is_never_lawful_authority(
    workspace: Workspace, rng: random.Random, extra: list[str]
) -> None:
    data = _force(random_case_data(workspace, rng, 2), ["uniting_for_peace", *extra])
    verdict = workspace.assess(case_from_data(workspace, data)).legality.verdict
    assert verdict in ("unlawful", "contested", "undetermined")


@SETTINGS
@given(
    rng=st.randoms(use_true_random=False),
    bases=st.lists(st.sampled_from(NO_BASIS_OF_THEIR_OWN), min_size=1, unique=True),
)
def test_force_on_a_rejected_basis_alone_is_unlawful(
    workspace: Workspace, rng: random.Random, bases: list[str]
) -> None:
    data = _force(random_case_data(workspace, rng, 3), bases)
    assert workspace.assess(case_from_data(workspace, data)).legality.verdict == "unlawful"


@SETTINGS
@given(
    rng=st.randoms(use_true_random=False),
    vetoes=st.lists(
        st.sampled_from(["china", "france", "russia", "united_kingdom", "united_states"]),
        min_size=1,
        unique=True,
    ),
)
def test_a_vetoed_resolution_never_authorises_force(
    workspace: Workspace, rng: random.Random, vetoes: list[str]
) -> None:
    data = random_case_data(workspace, rng, 4)
    data["security_council"] = {
        **data.get("security_council", {}),
        "permanent_members_against": vetoes,
    }
    findings = {
        f.rule_id: f.status for f in workspace.assess(case_from_data(workspace, data)).findings
    }
    assert findings.get("UNSC-AUTH") in ("breached", "not_applicable", "undetermined")
    assert findings.get("UNSC-AUTH") != "met"


@SETTINGS
@given(rng=st.randoms(use_true_random=False))
def test_lawful_and_unlawful_are_never_overturned_by_learning_an_unknown_fact(
    workspace: Workspace, rng: random.Random
) -> None:
    """Three-valued reasoning is monotone: a settled verdict does not rest on a missing fact."""
    data = random_case_data(workspace, rng, 5)
    before = workspace.assess(case_from_data(workspace, data)).legality.verdict
    if before not in ("lawful", "unlawful"):
        return
    specs = workspace.pack.vocabulary.specs()
    filled = 0
    for path, spec in specs.items():
        *sections, name = path.split(".")
        node = data
        for section in sections:
            node = node.setdefault(section, {})
        if node.get(name, "unknown") == "unknown" and spec.engine_keys():
            value = "unknown"
            while value == "unknown":
                value = random_value(spec, rng)
            node[name] = value
            filled += 1
    after = workspace.assess(case_from_data(workspace, data)).legality.verdict
    assert after == before, f"{before} became {after} once {filled} unknown facts were known"


ACCEPTED_BASES = {"UNSC-AUTH", "ART51-SD", "CONSENT-VALID", "REG-AUTH"}


@SETTINGS
@given(rng=st.randoms(use_true_random=False))
def test_force_without_an_established_accepted_basis_is_never_lawful(
    workspace: Workspace, rng: random.Random
) -> None:
    data = _force(
        random_case_data(workspace, rng, 6),
        random_case_data(workspace, rng, 7).get("claimed_bases", []) or [],
    )
    assessment = workspace.assess(case_from_data(workspace, data))
    if assessment.legality.verdict == "lawful":
        met = {f.rule_id for f in assessment.findings if f.status == "met"}
        assert met & ACCEPTED_BASES, assessment.legality.message


@SETTINGS
@given(rng=st.randoms(use_true_random=False))
def test_a_valid_council_authorisation_within_its_mandate_is_lawful_whatever_else(
    workspace: Workspace, rng: random.Random
) -> None:
    data = random_case_data(workspace, rng, 8)
    bases = data.get("claimed_bases")
    data["claimed_bases"] = sorted(
        {*(bases if isinstance(bases, list) else []), "security_council_authorisation"}
    )
    data["security_council"] = {
        **data.get("security_council", {}),
        "determination": "threat_to_the_peace",
        "chapter_vii": True,
        "authorising_language": "all_necessary_measures",
        "actor_authorised": True,
        "votes_for": 15,
        "permanent_members_against": [],
        "within_mandate": True,
    }
    assert workspace.assess(case_from_data(workspace, data)).legality.verdict == "lawful"


@SETTINGS
@given(rng=st.randoms(use_true_random=False))
def test_forgetting_a_fact_never_turns_unlawful_into_lawful(
    workspace: Workspace, rng: random.Random
) -> None:
    data = random_case_data(workspace, rng, 9)
    if workspace.assess(case_from_data(workspace, data)).legality.verdict != "unlawful":
        return
    known = [
        (section, name)
        for section, facts in data.items()
        if isinstance(facts, dict)
        for name, value in facts.items()
        if value != "unknown"
    ]
    for section, name in rng.sample(known, min(3, len(known))):
        data[section][name] = "unknown"
        assert workspace.assess(case_from_data(workspace, data)).legality.verdict != "lawful"


@SETTINGS
@given(rng=st.randoms(use_true_random=False))
def test_non_forcible_measures_never_engage_article_2_4(
    workspace: Workspace, rng: random.Random
) -> None:
    data = random_case_data(workspace, rng, 10)
    data["measure"] = {**data.get("measure", {}), "armed_force": False}
    assessment = workspace.assess(case_from_data(workspace, data))
    prohibition = next(f for f in assessment.findings if f.rule_id == "UNC-2-4")
    assert prohibition.status == "not_applicable"
    assert assessment.legality.verdict == "lawful"
