"""Justification memos rendered by jinja2 from templates/, written atomically."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from checker.cases import Case
from checker.errors import InputError, Problem
from checker.findings import Assessment, FactUse, Finding
from checker.report import STATUS_WORDS, retrospective_note
from checker.rulepack import RulePack

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
TEMPLATES = {"markdown": "memo.md.j2", "html": "memo.html.j2"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def default_template_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "templates"


def markdown_escape(value: Any) -> str:
    """Text from a case, made inert in Markdown: no emphasis, links, HTML or headings."""
    text = str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


@dataclass(frozen=True)
class Section:
    """One pathway the case engages, with its findings."""

    title: str
    findings: list[Finding]


def memo_context(
    assessment: Assessment, case: Case, pack: RulePack, memo_date: dt.date
) -> dict[str, Any]:
    """Everything a memo template reads; the templates decide the wording around it."""
    engaged = [f for f in assessment.findings if f.status != "not_applicable"]
    sections = []
    for pathway in sorted(pack.pathways.values(), key=lambda p: p.order):
        findings = [f for f in engaged if f.pathway == pathway.id]
        if findings:
            sections.append(Section(pathway.title, findings))
    needed: dict[str, FactUse] = {}
    for finding in engaged:
        for use in finding.lacking:
            needed.setdefault(use.path, use)
    specs = pack.vocabulary.specs()
    facts = {
        path: FactUse(
            path,
            specs[path].title,
            specs[path].question,
            fact.known,
            fact.value,
            specs[path].words(fact.value) if fact.known else "not stated",
            fact.source,
        )
        for path, fact in case.facts.items()
    }
    citations = sorted(
        {str(f.citation) for f in assessment.findings}
        | {str(v.citation) for v in assessment.verdicts.values() if v.citation}
    )
    return {
        "case": case.model,
        "facts": facts,
        "assessment": assessment,
        "verdicts": assessment.verdicts,
        "reading": assessment.reading,
        "retrospective": retrospective_note(assessment),
        "axes": pack.axes,
        "sections": sections,
        "relied_on": [use for use in facts.values() if use.known],
        "needed": [needed[p] for p in sorted(needed)],
        "status_words": STATUS_WORDS,
        "citations": citations,
        "pack": pack.meta,
        "pack_digest": pack.digest,
        "memo_date": memo_date.isoformat(),
    }


def render_memo(context: dict[str, Any], fmt: str, template_dir: Path) -> str:
    if fmt == "markdown":
        env = SandboxedEnvironment(
            loader=FileSystemLoader(str(template_dir)),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            finalize=lambda v: v if isinstance(v, Markup) else markdown_escape(v),
        )
    else:
        env = SandboxedEnvironment(
            loader=FileSystemLoader(str(template_dir)),
            undefined=StrictUndefined,
            autoescape=True,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    env.filters["slug"] = lambda text: re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")
    env.filters["verbatim"] = lambda text: Markup(escape(text)) if fmt == "html" else Markup(text)
    name = TEMPLATES[fmt]
    try:
        return env.get_template(name).render(**context)
    except TemplateError as exc:
        raise InputError(
            [
                Problem(
                    str(template_dir / name), f"template error: {exc}", getattr(exc, "lineno", None)
                )
            ]
        ) from None


def format_for(path: Path, explicit: str | None) -> str:
    if explicit:
        if explicit not in TEMPLATES:
            raise InputError(
                [
                    Problem(
                        str(path),
                        f"unknown memo format '{explicit}'; expected {', '.join(TEMPLATES)}",
                    )
                ]
            )
        return explicit
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            [
                Problem(
                    str(path),
                    "cannot tell the memo format from the extension; "
                    f"use {', '.join(FORMATS)} or --format",
                )
            ]
        )
    return fmt


def write_atomically(path: Path, text: str, force: bool) -> None:
    """Write ``text`` to ``path`` in one step; never overwrite without ``force``."""
    if path.exists() and not force:
        raise InputError([Problem(str(path), "already exists; use --force to overwrite it")])
    if path.is_dir():
        raise InputError([Problem(str(path), "is a folder")])
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError([Problem(str(path), f"the folder {directory} does not exist")])
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
