"""The rule pack: its files, their models, loading and linting against the case vocabulary.

Layout of a pack folder:
    pack.yaml       name, version, the instruments it cites
    facts.yaml      the fact vocabulary (the case schema)
    verdicts.yaml   how conclusions combine into the verdict of each axis
    */*.yaml        rule files, one per legal pathway
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from checker import conditions as cond
from checker.errors import InputError, Problem
from checker.expand import ConditionTooComplex, Gates, rule_outcomes
from checker.findings import LEGALITY_VERDICTS, LEGITIMACY_VERDICTS, Citation
from checker.loading import Document, load_document, validation_problems
from checker.vocabulary import ENGINE_TYPES, FactSpec, Vocabulary

RESERVED_FILES = ("pack.yaml", "facts.yaml", "verdicts.yaml", "remedies.yaml")
AXIS_VERDICTS = {"legality": LEGALITY_VERDICTS, "legitimacy": LEGITIMACY_VERDICTS}
PLACEHOLDER = re.compile(r"\{([a-z0-9_.]+)\}")
ESTABLISHED = "established"
"""Placeholder for the titles of the conclusions a message's outcome rests on."""


def _condition(raw: Any) -> cond.Condition:
    try:
        return cond.parse(raw)
    except cond.ConditionSyntaxError as exc:
        raise PydanticCustomError("condition", str(exc), {"where": exc.where}) from None


ConditionField = Annotated[cond.Condition, PlainValidator(_condition)]


class Source(BaseModel):
    """Where a rule comes from: the instrument, the provision and the principle in a sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    instrument: str = Field(min_length=1)
    provision: str = Field(min_length=1)
    principle: str = Field(min_length=1)
    references: list[str] = Field(default_factory=list)
    note: str | None = None
    """Where the law is divided or the brief is silent: whose view the rule follows."""

    def citation(self) -> Citation:
        return Citation(self.instrument, self.provision, self.principle)


class Messages(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    met: str | None = None
    breached: str | None = None
    undetermined: str
    not_applicable: str | None = None


class Rule(BaseModel):
    """One legal rule, as a lawyer reads and corrects it."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")
    name: str = Field(pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)*$")
    title: str = Field(min_length=1)
    source: Source
    in_force_from: dt.date
    in_force_until: dt.date | None = None
    retrospective: bool = False
    """A framework rather than binding law: also applied to earlier cases, which are told so."""
    applies_when: ConditionField | None = None
    met_when: ConditionField | None = None
    breached_when: ConditionField | None = None
    defeats: list[str] = Field(default_factory=list)
    concludes: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    messages: Messages
    pathway: str = ""

    def in_force(self, on: dt.date) -> bool:
        """Whether the rule is applied on ``on``: in force then, or applied retrospectively."""
        started = self.in_force_from <= on or self.retrospective
        return started and (self.in_force_until is None or on <= self.in_force_until)

    def retrospective_on(self, on: dt.date) -> bool:
        return on < self.in_force_from


class Pathway(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    order: int = 0


class Definition(BaseModel):
    """A named condition that rules use as {definition: name}, so that it is written once."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    description: str = Field(min_length=1)
    when: ConditionField


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pathway: Pathway
    definitions: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Definition] = Field(
        default_factory=dict
    )
    rules: list[Rule] = Field(min_length=1)


class VerdictOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    verdict: str
    when: ConditionField | None = None
    message: str
    source: Source | None = None


class Axis(BaseModel):
    """One verdict axis: the first outcome whose condition holds wins; if none holds and one
    is unknown, ``if_unknown``; if every one fails, ``otherwise``."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    title: str
    outcomes: list[VerdictOutcome] = Field(min_length=1)
    if_unknown: VerdictOutcome
    otherwise: VerdictOutcome

    def all_outcomes(self) -> list[VerdictOutcome]:
        return [*self.outcomes, self.if_unknown, self.otherwise]


class Reading(BaseModel):
    """A one-line reading of a pair of verdicts; "*" matches any verdict."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    legality: str
    legitimacy: str
    text: str


class VerdictsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    axes: dict[str, Axis]
    readings: list[Reading] = Field(default_factory=list)


class Lever(BaseModel):
    """Something a party could bring about: facts it sets, and items it adds to list facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    text: str = Field(min_length=1)
    sets: dict[str, Any] = Field(default_factory=dict)
    adds: dict[str, str] = Field(default_factory=dict)


class RemediesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    levers: list[Lever] = Field(default_factory=list)


class Instrument(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    citation: str
    title: str
    in_force_from: dt.date | None = None
    url: str | None = None


class PackMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9-]+$")
    version: str
    title: str
    description: str = ""
    instruments: list[Instrument] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_instruments(self) -> PackMeta:
        ids = [i.id for i in self.instruments]
        if len(ids) != len(set(ids)):
            raise ValueError("instrument ids must be unique")
        return self


@dataclass(frozen=True)
class RulePack:
    meta: PackMeta
    vocabulary: Vocabulary
    pathways: dict[str, Pathway]
    rules: tuple[Rule, ...]
    axes: dict[str, Axis]
    readings: tuple[Reading, ...]
    levers: tuple[Lever, ...]
    digest: str
    root: str

    @cached_property
    def by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    def producers(self, conclusion: str) -> list[Rule]:
        return [rule for rule in self.rules if rule.concludes == conclusion]

    @cached_property
    def _defeaters(self) -> dict[str, list[Rule]]:
        out: dict[str, list[Rule]] = {rule.id: [] for rule in self.rules}
        for other in self.rules:
            for target in other.defeats:
                out.setdefault(target, []).append(other)
        return out

    def defeaters(self, rule: Rule) -> list[Rule]:
        """The rules that state they defeat ``rule``: the exceptions to it."""
        return self._defeaters[rule.id]

    def in_force(self, on: dt.date) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.in_force(on))

    def reading(self, verdicts: dict[str, str]) -> str | None:
        """The first reading whose verdicts match, for the pair the case got."""
        for reading in self.readings:
            if all(getattr(reading, axis) in ("*", verdict) for axis, verdict in verdicts.items()):
                return reading.text
        return None


def _validate(model: type[BaseModel], doc: Document) -> Any:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, doc, model)) from None


def load_pack(root: Path) -> RulePack:
    """Load and lint the pack under ``root``; every problem found is reported at once."""
    if not (root / "pack.yaml").is_file():
        raise InputError([Problem(str(root), "not a rule pack: pack.yaml is missing")])
    docs = {name: load_document(root / name) for name in RESERVED_FILES}
    meta = _validate(PackMeta, docs["pack.yaml"])
    vocabulary = _validate(Vocabulary, docs["facts.yaml"])
    verdicts = _validate(VerdictsFile, docs["verdicts.yaml"])
    remedies = _validate(RemediesFile, docs["remedies.yaml"])
    levers = tuple(remedies.levers)

    rule_docs: list[tuple[Document, RuleFile]] = []
    problems: list[Problem] = []
    for path in sorted(p for p in root.rglob("*.yaml") if p.parent != root):
        doc = load_document(path)
        try:
            rule_docs.append((doc, _validate(RuleFile, doc)))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)

    rule_docs.sort(key=lambda item: (item[1].pathway.order, item[0].path))
    definitions, problems = _definitions(rule_docs)
    if problems:
        raise InputError(problems)
    pathways: dict[str, Pathway] = {}
    rules: list[Rule] = []
    for _, rule_file in rule_docs:
        pathways[rule_file.pathway.id] = rule_file.pathway
        rules.extend(_resolved(r, definitions, rule_file.pathway.id) for r in rule_file.rules)
    axes = {
        name: axis.model_copy(
            update={
                "outcomes": [
                    o.model_copy(update={"when": o.when and cond.resolve(o.when, definitions)})
                    for o in axis.outcomes
                ]
            }
        )
        for name, axis in verdicts.axes.items()
    }

    digest = hashlib.sha256()
    for doc in [*docs.values(), *(d for d, _ in rule_docs)]:
        digest.update(Path(doc.path).relative_to(root).as_posix().encode() + b"\0")
        digest.update(doc.text.encode() + b"\0")
    pack = RulePack(
        meta,
        vocabulary,
        pathways,
        tuple(rules),
        axes,
        tuple(verdicts.readings),
        levers,
        digest.hexdigest(),
        str(root),
    )
    problems = lint(pack, rule_docs, docs["verdicts.yaml"]) + _lint_levers(
        pack, docs["remedies.yaml"]
    )
    if problems:
        raise InputError(problems)
    return pack


def _definitions(
    rule_docs: list[tuple[Document, RuleFile]],
) -> tuple[dict[str, cond.Condition], list[Problem]]:
    """Every named condition of the pack; unknown, duplicate and circular names are problems."""
    found: dict[str, cond.Condition] = {}
    where: dict[str, str] = {}
    problems: list[Problem] = []
    for doc, rule_file in rule_docs:
        for name, definition in rule_file.definitions.items():
            if name in found:
                problems.append(
                    Problem(
                        doc.path,
                        f"definition '{name}' is also in {where[name]}",
                        doc.line_of(("definitions", name)),
                        "definitions",
                    )
                )
            found[name], where[name] = definition.when, doc.path
    for doc, rule_file in rule_docs:
        located: list[tuple[tuple[Any, ...], cond.Condition | None]] = [
            (("definitions", name, "when"), d.when) for name, d in rule_file.definitions.items()
        ]
        for index, rule in enumerate(rule_file.rules):
            located += [
                (("rules", index, field), getattr(rule, field))
                for field in ("applies_when", "met_when", "breached_when")
            ]
        for loc, condition in located:
            for ref in cond.references(condition):
                if ref.name not in found:
                    close = difflib.get_close_matches(ref.name, list(found), n=1)
                    hint = f"; did you mean '{close[0]}'?" if close else ""
                    full = (*loc, *ref.where)
                    problems.append(
                        Problem(
                            doc.path,
                            f"no definition '{ref.name}'{hint}",
                            doc.line_of(full),
                            ".".join(map(str, full)),
                        )
                    )
    for name in found:
        stack, seen = [name], set()
        while stack:
            current = stack.pop()
            for ref in cond.references(found.get(current)):
                if ref.name == name:
                    problems.append(Problem(where[name], f"definition '{name}' refers to itself"))
                    stack.clear()
                    break
                if ref.name not in seen and ref.name in found:
                    seen.add(ref.name)
                    stack.append(ref.name)
    return found, problems


def _resolved(rule: Rule, definitions: dict[str, cond.Condition], pathway: str) -> Rule:
    update: dict[str, Any] = {"pathway": pathway}
    for field in ("applies_when", "met_when", "breached_when"):
        condition = getattr(rule, field)
        if condition is not None:
            update[field] = cond.resolve(condition, definitions)
    return rule.model_copy(update=update)


def lint(
    pack: RulePack, rule_docs: list[tuple[Document, RuleFile]], verdicts_doc: Document
) -> list[Problem]:
    """Everything that would make a rule pack wrong before any case runs."""
    specs = pack.vocabulary.specs()
    produced = {rule.concludes for rule in pack.rules if rule.concludes}
    problems: list[Problem] = []

    def problem(doc: Document, loc: tuple[Any, ...], message: str) -> None:
        problems.append(Problem(doc.path, message, doc.line_of(loc), ".".join(map(str, loc))))

    seen_ids: dict[str, str] = {}
    seen_names: dict[str, str] = {}
    for doc, rule_file in rule_docs:
        for index, rule in enumerate(rule_file.rules):
            at = ("rules", index)
            for key, seen, label in ((rule.id, seen_ids, "id"), (rule.name, seen_names, "name")):
                if key in seen:
                    problem(
                        doc, (*at, label), f"duplicate rule {label} '{key}' (also in {seen[key]})"
                    )
                seen[key] = doc.path
            if rule.in_force_until and rule.in_force_until < rule.in_force_from:
                problem(doc, (*at, "in_force_until"), "ends before it enters into force")
            if rule.met_when is None and rule.breached_when is None and not pack.defeaters(rule):
                problem(
                    doc, at, "a rule needs met_when or breached_when, or a rule that defeats it"
                )
            for target in rule.defeats:
                if target not in pack.by_id:
                    problem(doc, (*at, "defeats"), f"defeats unknown rule '{target}'")
                if not rule.concludes:
                    problem(doc, (*at, "defeats"), "a rule that defeats another must conclude")
            for field in ("applies_when", "met_when", "breached_when"):
                condition = getattr(rule, field)
                for leaf in cond.leaves(condition):
                    message = _leaf_problem(leaf, specs, produced)
                    if message:
                        problem(doc, (*at, field, *leaf.where), message)
            try:
                resolved = pack.by_id[rule.id]
                outcomes = rule_outcomes(resolved, pack.defeaters(resolved), Gates())
                reachable = [o for o, terms in outcomes.items() if terms]
            except ConditionTooComplex as exc:
                problem(doc, at, f"a condition is too complex: {exc}")
                continue
            for outcome in sorted(reachable):
                text = getattr(rule.messages, outcome)
                if text is None:
                    problem(doc, (*at, "messages"), f"the '{outcome}' message is missing")
                else:
                    bad = _placeholder_problem(text, specs)
                    if bad:
                        problem(doc, (*at, "messages", outcome), bad)

    for axis_name, axis in pack.axes.items():
        allowed = AXIS_VERDICTS.get(axis_name)
        if allowed is None:
            problem(
                verdicts_doc,
                ("axes", axis_name),
                f"unknown axis; expected {', '.join(AXIS_VERDICTS)}",
            )
            continue
        for where, entry in _axis_entries(axis):
            loc = ("axes", axis_name, *where)
            if entry.verdict not in allowed:
                problem(
                    verdicts_doc,
                    (*loc, "verdict"),
                    f"'{entry.verdict}' is not a {axis_name} verdict: {', '.join(allowed)}",
                )
            for leaf in cond.leaves(entry.when):
                message = _leaf_problem(leaf, specs, produced)
                if message:
                    problem(verdicts_doc, (*loc, "when", *leaf.where), message)
            bad = _placeholder_problem(entry.message, specs)
            if bad:
                problem(verdicts_doc, (*loc, "message"), bad)
        if axis.if_unknown.when is not None or axis.otherwise.when is not None:
            problem(verdicts_doc, ("axes", axis_name), "if_unknown and otherwise take no condition")
    for axis_name in AXIS_VERDICTS:
        if axis_name == "legality" and axis_name not in pack.axes:
            problem(verdicts_doc, ("axes",), "the legality axis is missing")

    problems.extend(_overlapping_producers(pack, rule_docs))
    problems.extend(_cycles(pack, rule_docs))
    return problems


def _lint_levers(pack: RulePack, doc: Document) -> list[Problem]:
    specs = pack.vocabulary.specs()
    problems = []
    for index, lever in enumerate(pack.levers):
        changes = [("sets", path, value) for path, value in lever.sets.items()]
        changes += [("adds", path, [item]) for path, item in lever.adds.items()]
        for kind, path, value in changes:
            loc = ("levers", index, kind, path)
            spec = specs.get(path)
            message = None
            if spec is None:
                message = f"the case schema has no fact '{path}'"
            elif kind == "adds" and not spec.is_list:
                message = f"'{path}' is not a list: use sets"
            else:
                try:
                    spec.parse(value)
                except ValueError as exc:
                    message = str(exc)
            if message:
                problems.append(
                    Problem(doc.path, message, doc.line_of(loc), ".".join(map(str, loc)))
                )
    return problems


def _axis_entries(axis: Axis) -> list[tuple[tuple[Any, ...], VerdictOutcome]]:
    entries: list[tuple[tuple[Any, ...], VerdictOutcome]] = [
        (("outcomes", i), outcome) for i, outcome in enumerate(axis.outcomes)
    ]
    return [*entries, (("if_unknown",), axis.if_unknown), (("otherwise",), axis.otherwise)]


def _leaf_problem(
    leaf: cond.FactTest | cond.ConclusionTest, specs: dict[str, FactSpec], produced: set[str]
) -> str | None:
    if isinstance(leaf, cond.ConclusionTest):
        if leaf.conclusion not in produced:
            return f"no rule concludes '{leaf.conclusion}'"
        values = leaf.arg if isinstance(leaf.arg, tuple) else (leaf.arg,)
        for value in values:
            if value not in cond.STATUSES or value == cond.UNDETERMINED:
                return (
                    f"a conclusion test takes met, breached or not_applicable, not {value!r}: "
                    "an undetermined conclusion makes the test unknown"
                )
        return None
    spec = specs.get(leaf.fact)
    if spec is None:
        close = difflib.get_close_matches(leaf.fact, list(specs), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"the case schema has no fact '{leaf.fact}'{hint}"
    if spec.type not in ENGINE_TYPES or (spec.is_list and spec.of != "enum"):
        return f"'{leaf.fact}' is {spec.type} text for the memo; rules cannot test it"
    list_ops, scalar_ops = ("contains", "empty"), ("is", "in", "at_least", "at_most")
    if spec.is_list and leaf.op not in list_ops:
        return f"'{leaf.fact}' is a list: test it with contains or empty"
    if not spec.is_list and leaf.op not in scalar_ops:
        return f"'{leaf.fact}' is not a list: test it with is, in, at_least or at_most"
    if leaf.op in ("at_least", "at_most") and spec.type != "int":
        return f"{leaf.op} compares numbers; '{leaf.fact}' is {spec.type}"
    if leaf.op == "empty":
        return None if isinstance(leaf.arg, bool) else "empty takes true or false"
    values = leaf.arg if leaf.op == "in" else (leaf.arg,)
    if leaf.op == "in" and not isinstance(leaf.arg, tuple):
        return "in takes a list of values"
    for value in values:
        try:
            spec._parse_item(value) if not spec.is_list else spec.parse([value])
        except ValueError as exc:
            return f"'{leaf.fact}': {exc}"
    return None


def _placeholder_problem(text: str, specs: dict[str, FactSpec]) -> str | None:
    for name in PLACEHOLDER.findall(text):
        if name != ESTABLISHED and name not in specs:
            return f"the message names '{{{name}}}', which is not a fact of the case schema"
    return None


def _overlapping_producers(
    pack: RulePack, rule_docs: list[tuple[Document, RuleFile]]
) -> list[Problem]:
    by_conclusion: dict[str, list[Rule]] = defaultdict(list)
    for rule in pack.rules:
        if rule.concludes:
            by_conclusion[rule.concludes].append(rule)
    problems = []
    far = dt.date.max
    for conclusion, rules in by_conclusion.items():
        for i, a in enumerate(rules):
            for b in rules[i + 1 :]:
                if a.in_force_from <= (b.in_force_until or far) and b.in_force_from <= (
                    a.in_force_until or far
                ):
                    doc, loc = _locate(b, rule_docs)
                    problems.append(
                        Problem(
                            doc.path,
                            f"'{conclusion}' is concluded by {a.id} "
                            f"and {b.id} while both are in force",
                            doc.line_of(loc),
                            "concludes",
                        )
                    )
    return problems


def _cycles(pack: RulePack, rule_docs: list[tuple[Document, RuleFile]]) -> list[Problem]:
    """A rule that depends, through conclusions, on itself would never fire."""
    reads = {rule.id: _conclusions_read(pack, rule) for rule in pack.rules}
    problems = []
    for rule in pack.rules:
        stack, seen = list(reads[rule.id]), set()
        while stack:
            conclusion = stack.pop()
            for producer in pack.producers(conclusion):
                if producer.id == rule.id:
                    doc, loc = _locate(rule, rule_docs)
                    problems.append(
                        Problem(
                            doc.path,
                            f"{rule.id} depends on its own conclusion through '{conclusion}'",
                            doc.line_of(loc),
                        )
                    )
                    stack.clear()
                    break
                if producer.id not in seen:
                    seen.add(producer.id)
                    stack.extend(reads[producer.id])
    return problems


def _conclusions_read(pack: RulePack, rule: Rule) -> set[str]:
    read = {
        leaf.conclusion
        for field in (rule.applies_when, rule.met_when, rule.breached_when)
        for leaf in cond.leaves(field)
        if isinstance(leaf, cond.ConclusionTest)
    }
    return read | {d.concludes for d in pack.defeaters(rule) if d.concludes}


def _locate(rule: Rule, rule_docs: list[tuple[Document, RuleFile]]) -> tuple[Document, tuple]:
    for doc, rule_file in rule_docs:
        for index, candidate in enumerate(rule_file.rules):
            if candidate.id == rule.id:
                return doc, ("rules", index)
    raise LookupError(rule.id)
