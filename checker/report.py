"""Assessments as a person reads them on a terminal, and as JSON for machines."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from checker.findings import Assessment, Finding
from checker.rulepack import RulePack

STATUS_WORDS = {
    "met": "met",
    "breached": "breached",
    "undetermined": "undetermined",
    "not_applicable": "not applicable",
}
_COLOURS = {
    "met": "32",
    "breached": "31",
    "undetermined": "33",
    "not_applicable": "2",
    "lawful": "1;32",
    "unlawful": "1;31",
    "contested": "1;35",
    "undetermined_v": "1;33",
    "legitimate": "1;32",
    "not_legitimate": "1;31",
}


class Style:
    """ANSI colour where the terminal has it; plain text (the same bytes) where it does not."""

    def __init__(self, colour: bool):
        self.colour = colour

    def __call__(self, text: str, key: str) -> str:
        code = _COLOURS.get(key)
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour and code else text

    def dim(self, text: str) -> str:
        return f"\x1b[2m{text}\x1b[0m" if self.colour else text


def render_text(
    assessment: Assessment, pack: RulePack, style: Style, show_all: bool = False
) -> str:
    """The verdict, then each finding on a line: id, status, reason, citation."""
    lines = [
        f"{assessment.case_id}: {assessment.case_title}",
        style.dim(f"  {assessment.case_path}  (law as of {assessment.as_of})"),
    ]
    for axis, verdict in assessment.verdicts.items():
        key = "undetermined_v" if verdict.verdict == "undetermined" else verdict.verdict
        label = f"{pack.axes[axis].title}:"
        lines.append(f"  {label} {style(verdict.verdict.upper().replace('_', ' '), key)}")
        lines.append(f"    {verdict.message}")
    if assessment.reading:
        lines.append(f"  Reading: {assessment.reading}")
    retrospective = retrospective_note(assessment)
    if retrospective:
        lines.append(style.dim(f"  Note: {retrospective}"))
    shown = [f for f in assessment.findings if show_all or f.status != "not_applicable"]
    hidden = len(assessment.findings) - len(shown)
    if shown:
        id_width = max(len(f.rule_id) for f in shown)
        status_width = max(len(STATUS_WORDS[f.status]) for f in shown)
        lines.append("")
        pathway = None
        for finding in shown:
            if finding.pathway != pathway:
                pathway = finding.pathway
                lines.append(f"  {pack.pathways[pathway].title}")
            lines.append(_finding_line(finding, id_width, status_width, style))
            if finding.lacking:
                needs = ", ".join(use.path for use in finding.lacking)
                lines.append(" " * (6 + id_width + status_width) + style.dim(f"needs: {needs}"))
    if hidden:
        lines.append(style.dim(f"  ({hidden} rules not applicable to this case; --all shows them)"))
    return "\n".join(lines) + "\n"


def retrospective_note(assessment: Assessment) -> str | None:
    """Says which applied rules postdate the case, if any: they are read anachronistically."""
    later = sorted(
        {
            (f.retrospective, f.rule_id)
            for f in assessment.findings
            if f.retrospective and f.status != "not_applicable"
        }
    )
    if not later:
        return None
    listed = ", ".join(f"{rule} ({since})" for since, rule in later)
    return (
        f"criteria adopted after {assessment.as_of} are applied retrospectively, as an "
        f"anachronistic reading: {listed}."
    )


def _finding_line(finding: Finding, id_width: int, status_width: int, style: Style) -> str:
    status = STATUS_WORDS[finding.status]
    padded = style(status.ljust(status_width), finding.status)
    return f"    {finding.rule_id.ljust(id_width)}  {padded}  {finding.message}  " + style.dim(
        f"[{finding.citation}]"
    )


def to_json_object(assessment: Assessment, pack: RulePack, compact: bool = False) -> dict[str, Any]:
    """The machine form: stable keys, everything a memo or a script needs. ``compact`` keeps of
    each finding its rule, status, reason, citation and lacking facts (for batches)."""

    def verdict(axis: str) -> dict[str, Any] | None:
        v = assessment.verdicts.get(axis)
        if v is None:
            return None
        return {
            "verdict": v.verdict,
            "message": v.message,
            "citation": asdict(v.citation) if v.citation else None,
            "rests_on": list(v.rests_on),
        }

    return {
        "case": {
            "id": assessment.case_id,
            "title": assessment.case_title,
            "path": assessment.case_path,
            "digest": f"sha256:{assessment.case_digest}",
        },
        "as_of": assessment.as_of,
        "legality": verdict("legality"),
        "legitimacy": verdict("legitimacy"),
        "reading": assessment.reading,
        "findings": [
            {
                "rule": f.rule_id,
                "status": f.status,
                "message": f.message,
                "citation": str(f.citation),
                "lacking": [u.path for u in f.lacking],
            }
            if compact
            else {
                "rule": f.rule_id,
                "name": f.name,
                "title": f.title,
                "pathway": f.pathway,
                "status": f.status,
                "message": f.message,
                "citation": asdict(f.citation),
                "conclusion": f.conclusion,
                "rests_on": list(f.rests_on),
                "relied_on": [_fact_json(u) for u in f.relied_on],
                "lacking": [u.path for u in f.lacking],
                "retrospective": f.retrospective,
            }
            for f in assessment.findings
        ],
        "rule_pack": {
            "name": pack.meta.name,
            "version": pack.meta.version,
            "digest": f"sha256:{pack.digest}",
        },
    }


def _fact_json(use: Any) -> dict[str, Any]:
    value = use.value.isoformat() if hasattr(use.value, "isoformat") else use.value
    return {
        "fact": use.path,
        "known": use.known,
        "value": value if use.known else None,
        "source": use.source,
    }


def render_json(objects: list[dict[str, Any]]) -> str:
    return json.dumps(objects, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
