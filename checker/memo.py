"""Justification memos: Markdown, HTML and Word, rendered from templates/, written atomically.

Every template renders in jinja2's sandbox and everything from a case file is escaped for the
output format, so case text cannot inject Markdown, HTML or Word markup.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from checker.cases import Case
from checker.errors import InputError, Problem
from checker.findings import Assessment, Citation, FactUse, Finding
from checker.remedies import Remedy
from checker.report import STATUS_WORDS, retrospective_note
from checker.rulepack import RulePack

FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
TEMPLATES = {"markdown": "memo.md.j2", "html": "memo.html.j2", "docx": "memo.docx"}
EXTENSIONS = {"markdown": ".md", "html": ".html", "docx": ".docx"}
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


@dataclass(frozen=True)
class Source:
    number: int
    text: str
    anchor: str


def memo_context(
    assessment: Assessment,
    case: Case,
    pack: RulePack,
    *,
    memo_date: dt.date,
    to: str,
    sender: str,
    remedies: list[Remedy],
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
    cited = [f.citation for f in assessment.findings]
    cited += [v.citation for v in assessment.verdicts.values() if v.citation]
    texts = sorted({str(c) for c in cited})
    sources = [Source(n, text, f"source-{n}") for n, text in enumerate(texts, 1)]
    number = {source.text: source.number for source in sources}

    def cite(citation: Citation) -> str:
        return f"{citation} [{number[str(citation)]}]"

    verdict = assessment.legality.verdict
    if verdict == "lawful":
        remedies_intro = "None is needed: the use of force has a legal basis."
    elif remedies:
        remedies_intro = (
            "The use of force would be lawful with any one of the following, each "
            "found by re-evaluating the case with the change made:"
        )
    else:
        remedies_intro = (
            "No change in the rule pack's list of things a party could bring about, "
            "alone or with one other, would make the use of force lawful."
        )
    short_answer = [
        {
            "title": pack.axes[axis].title,
            "verdict": v.verdict.replace("_", " "),
            "message": v.message,
            "cite": f" ({cite(v.citation)})" if v.citation else "",
        }
        for axis, v in assessment.verdicts.items()
    ]
    return {
        "case": case.model,
        "facts": facts,
        "assessment": assessment,
        "verdicts": assessment.verdicts,
        "short_answer": short_answer,
        "reading": assessment.reading,
        "retrospective": retrospective_note(assessment),
        "axes": pack.axes,
        "sections": sections,
        "relied_on": [use for use in facts.values() if use.known],
        "needed": [needed[p] for p in sorted(needed)],
        "remedies": remedies,
        "remedies_intro": remedies_intro,
        "status_words": STATUS_WORDS,
        "sources": sources,
        "source_number": number,
        "cite": cite,
        "pack": pack.meta,
        "pack_digest": pack.digest,
        "memo_date": memo_date.isoformat(),
        "to": to,
        "sender": sender,
    }


def render_memo(context: dict[str, Any], fmt: str, template_dir: Path) -> bytes:
    """The memo in ``fmt`` (markdown, html or docx), as the bytes to write."""
    path = template_dir / TEMPLATES[fmt]
    if not path.is_file():
        raise InputError([Problem(str(path), "no such template")])
    try:
        if fmt == "docx":
            return _render_docx(context, path)
        return (
            _text_environment(fmt, template_dir)
            .get_template(path.name)
            .render(**context)
            .encode("utf-8")
        )
    except TemplateError as exc:
        raise InputError(
            [Problem(str(path), f"template error: {exc}", getattr(exc, "lineno", None))]
        ) from None


def _text_environment(fmt: str, template_dir: Path) -> SandboxedEnvironment:
    options: dict[str, Any] = {
        "loader": FileSystemLoader(str(template_dir)),
        "undefined": StrictUndefined,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
    }
    if fmt == "markdown":
        options["finalize"] = lambda v: v if isinstance(v, Markup) else markdown_escape(v)
    else:
        options["autoescape"] = True
    env = SandboxedEnvironment(**options)
    env.filters["slug"] = lambda text: re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")
    return env


def _render_docx(context: dict[str, Any], path: Path) -> bytes:
    from docxtpl import DocxTemplate  # imported here: python-docx is slow to import

    template = DocxTemplate(str(path))
    env = SandboxedEnvironment(undefined=StrictUndefined)
    template.render(context, jinja_env=env, autoescape=True)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


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


def write_atomically(path: Path, data: bytes, force: bool) -> None:
    """Write ``data`` to ``path`` in one step; never overwrite without ``force``."""
    if path.is_dir():
        raise InputError([Problem(str(path), "is a folder")])
    if path.exists() and not force:
        raise InputError([Problem(str(path), "already exists; use --force to overwrite it")])
    directory = path.parent
    if not directory.is_dir():
        raise InputError([Problem(str(path), f"the folder {directory} does not exist")])
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
