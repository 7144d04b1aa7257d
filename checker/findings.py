"""What an evaluation produces: findings, verdicts and the assessment of one case."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["met", "breached", "undetermined", "not_applicable"]

LEGALITY_VERDICTS = ("lawful", "unlawful", "contested", "undetermined")
LEGITIMACY_VERDICTS = ("legitimate", "not_legitimate", "undetermined", "not_applicable")

EXIT_CODES = {"lawful": 0, "unlawful": 1, "contested": 3, "undetermined": 4}
"""Exit codes of `jus check` by legality verdict; 2 is bad input or usage."""
EXIT_BAD_INPUT = 2
_SEVERITY = [0, 3, 4, 1, 2]
"""Exit codes from best to worst, for several cases: the worst one wins."""


def worst_exit_code(codes: list[int]) -> int:
    return max(codes, key=_SEVERITY.index) if codes else EXIT_BAD_INPUT


_PINPOINTS = {"art", "arts", "para", "paras", "p", "pp", "ch", "s", "ss", "rule", "principle"}


@dataclass(frozen=True)
class Citation:
    instrument: str
    provision: str
    principle: str

    def __str__(self) -> str:
        """A pinpoint provision follows its instrument with a space; any other, with a comma."""
        pinpoint = self.provision.split(" ", 1)[0] in _PINPOINTS
        return f"{self.instrument}{' ' if pinpoint else ', '}{self.provision}"


@dataclass(frozen=True)
class FactUse:
    """A fact a finding relied on or lacks, with its value in the case and its source."""

    path: str
    title: str
    question: str
    known: bool
    value: Any = None
    words: str = ""
    source: str | None = None


@dataclass(frozen=True)
class Finding:
    rule_id: str
    name: str
    title: str
    pathway: str
    status: Status
    message: str
    citation: Citation
    conclusion: str | None
    relied_on: tuple[FactUse, ...] = ()
    lacking: tuple[FactUse, ...] = ()
    rests_on: tuple[str, ...] = ()
    """Rule ids of the conclusions this finding rests on."""
    retrospective: str | None = None
    """When the rule's source postdates the case: the date from which it is in force."""


@dataclass(frozen=True)
class Verdict:
    axis: str
    verdict: str
    message: str
    citation: Citation | None
    rests_on: tuple[str, ...] = ()


@dataclass
class Assessment:
    case_id: str
    case_title: str
    case_path: str
    case_digest: str
    as_of: str
    findings: list[Finding] = field(default_factory=list)
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    reading: str | None = None
    """A one-line reading of the verdicts side by side."""

    @property
    def legality(self) -> Verdict:
        return self.verdicts["legality"]
