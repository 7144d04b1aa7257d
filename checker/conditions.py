"""Conditions of rules: their parsed form, and the engine keys their tests read.

A condition is a tree written in YAML:

    {all: [c, ...]}   {any: [c, ...]}   {not: c}
    {fact: path, is: v}   in: [v, ...]   at_least: n   at_most: n   contains: v   empty: bool
    {conclusion: name, is: status}   in: [status, ...]
    {definition: name}   a named condition from a rule file's `definitions`

Each test is true, false or unknown (three-valued, Kleene): a fact marked ``unknown`` or left
out makes its test unknown, and so does a conclusion whose rule was undetermined.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class TV(Enum):
    """A three-valued truth value."""

    T = "true"
    F = "false"
    U = "unknown"


UNKNOWN = "?unknown"
"""The engine value of a fact that is unknown."""
UNDETERMINED = "undetermined"
"""The engine value of a conclusion whose rule is undetermined; its tests are unknown."""

FACT_OPS = ("is", "in", "at_least", "at_most", "contains", "empty")
CONCLUSION_OPS = ("is", "in")
STATUSES = ("met", "breached", "undetermined", "not_applicable")


@dataclass(frozen=True)
class Test:
    """A test of one engine key: ``op`` is one of is, in, at_least, at_most."""

    key: str
    op: str
    arg: Any

    @property
    def unknown_value(self) -> str:
        return UNDETERMINED if self.key.startswith("@") else UNKNOWN

    def truth(self, value: Any) -> TV:
        if value == self.unknown_value:
            return TV.U
        if self.op == "is":
            hit = value == self.arg and type(value) is type(self.arg)
        elif self.op == "in":
            hit = any(value == a and type(value) is type(a) for a in self.arg)
        elif self.op == "at_least":
            hit = value >= self.arg
        else:
            hit = value <= self.arg
        return TV.T if hit else TV.F


@dataclass(frozen=True)
class FactTest:
    fact: str
    op: str
    arg: Any
    where: tuple[str | int, ...] = ()

    def test(self) -> Test:
        """The engine test this reads: list tests read a derived key per member, or the count."""
        if self.op == "contains":
            return Test(f"{self.fact}[{self.arg}]", "is", True)
        if self.op == "empty":
            return Test(
                f"{self.fact}#count", "is" if self.arg else "at_least", 0 if self.arg else 1
            )
        return Test(self.fact, self.op, self.arg)


@dataclass(frozen=True)
class ConclusionTest:
    conclusion: str
    op: str
    arg: Any
    where: tuple[str | int, ...] = ()

    def test(self) -> Test:
        return Test(f"@{self.conclusion}", self.op, self.arg)


@dataclass(frozen=True)
class GateTest:
    """Whether a compound condition compiled as a gate holds; never written in a rule file."""

    key: str

    def test(self) -> Test:
        return Test(self.key, "is", True)


@dataclass(frozen=True)
class DefinitionRef:
    """A named condition, replaced by its definition when the pack loads."""

    name: str
    where: tuple[str | int, ...] = ()


@dataclass(frozen=True)
class All:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    item: Condition


@dataclass(frozen=True)
class Constant:
    """A fixed truth value; used by the compiler, never written in a rule file."""

    value: TV


Condition = All | AnyOf | Not | FactTest | ConclusionTest | GateTest | DefinitionRef | Constant


class ConditionSyntaxError(ValueError):
    def __init__(self, where: tuple[str | int, ...], message: str):
        self.where = where
        super().__init__(message)


def parse(raw: Any, where: tuple[str | int, ...] = ()) -> Condition:
    """Parse the YAML form of a condition; ``where`` locates errors inside it."""
    if not isinstance(raw, dict) or not raw:
        raise ConditionSyntaxError(
            where,
            "a condition is a mapping: {all: [...]}, {any: [...]}, {not: ...}, "
            "{fact: ..., is: ...} or {conclusion: ..., is: ...}",
        )
    keys = set(raw)
    for combinator in ("all", "any"):
        if combinator in keys:
            items = raw[combinator]
            if keys != {combinator} or not isinstance(items, list) or not items:
                raise ConditionSyntaxError(
                    where,
                    f"'{combinator}' takes a non-empty list of conditions and nothing beside it",
                )
            parsed = tuple(parse(item, (*where, combinator, i)) for i, item in enumerate(items))
            return All(parsed) if combinator == "all" else AnyOf(parsed)
    if "definition" in keys:
        if keys != {"definition"} or not isinstance(raw["definition"], str):
            raise ConditionSyntaxError(where, "'definition' names one definition, alone")
        return DefinitionRef(raw["definition"], where)
    if "not" in keys:
        if keys != {"not"}:
            raise ConditionSyntaxError(where, "'not' takes one condition and nothing beside it")
        return Not(parse(raw["not"], (*where, "not")))
    for subject, ops, cls in (
        ("fact", FACT_OPS, FactTest),
        ("conclusion", CONCLUSION_OPS, ConclusionTest),
    ):
        if subject in keys:
            name = raw[subject]
            rest = keys - {subject}
            if not isinstance(name, str) or not name:
                raise ConditionSyntaxError((*where, subject), f"'{subject}' names a {subject}")
            if len(rest) != 1 or next(iter(rest)) not in ops:
                raise ConditionSyntaxError(
                    where,
                    f"a {subject} test takes exactly one of {', '.join(ops)}; got "
                    f"{', '.join(sorted(rest)) or 'none'}",
                )
            op = next(iter(rest))
            return cls(name, op, _frozen(raw[op]), where)  # type: ignore[operator]
    raise ConditionSyntaxError(
        where,
        f"unknown condition keys {sorted(keys)}; "
        "expected all, any, not, fact, conclusion or definition",
    )


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def canonical(condition: Condition) -> tuple[Any, ...]:
    """The structure of a condition without the file positions of its tests."""
    if isinstance(condition, FactTest | ConclusionTest):
        return (type(condition).__name__, condition.test())
    if isinstance(condition, All | AnyOf):
        return (type(condition).__name__, *(canonical(item) for item in condition.items))
    if isinstance(condition, Not):
        return ("Not", canonical(condition.item))
    return (type(condition).__name__, condition)


def references(condition: Condition | None) -> list[DefinitionRef]:
    """The definitions a condition names, in order."""
    if isinstance(condition, DefinitionRef):
        return [condition]
    if isinstance(condition, Not):
        return references(condition.item)
    if isinstance(condition, All | AnyOf):
        return [ref for item in condition.items for ref in references(item)]
    return []


def resolve(condition: Condition, definitions: dict[str, Condition]) -> Condition:
    """The condition with every named definition replaced by what it stands for."""
    if isinstance(condition, DefinitionRef):
        return resolve(definitions[condition.name], definitions)
    if isinstance(condition, Not):
        return Not(resolve(condition.item, definitions))
    if isinstance(condition, All | AnyOf):
        return type(condition)(tuple(resolve(item, definitions) for item in condition.items))
    return condition


def leaves(condition: Condition | None) -> list[FactTest | ConclusionTest]:
    """Every fact and conclusion test in a condition, in order."""
    if condition is None or isinstance(condition, Constant | GateTest | DefinitionRef):
        return []
    if isinstance(condition, FactTest | ConclusionTest):
        return [condition]
    if isinstance(condition, Not):
        return leaves(condition.item)
    return [leaf for item in condition.items for leaf in leaves(item)]


def evaluate(condition: Condition, values: dict[str, Any]) -> TV:
    """Kleene evaluation over engine values: the reference the compiled rules must agree with."""
    if isinstance(condition, Constant):
        return condition.value
    if isinstance(condition, FactTest | ConclusionTest | GateTest):
        test = condition.test()
        return test.truth(values.get(test.key, test.unknown_value))
    if isinstance(condition, DefinitionRef):
        raise ValueError(f"definition '{condition.name}' was not resolved when the pack loaded")
    if isinstance(condition, Not):
        return {TV.T: TV.F, TV.F: TV.T, TV.U: TV.U}[evaluate(condition.item, values)]
    results = [evaluate(item, values) for item in condition.items]
    decisive, other = (TV.F, TV.T) if isinstance(condition, All) else (TV.T, TV.F)
    if decisive in results:
        return decisive
    return TV.U if TV.U in results else other


def describe(condition: Condition | None, indent: int = 0) -> list[str]:
    """A readable rendering, one test a line, for `jus rules show`."""
    pad = "  " * indent
    if condition is None:
        return [f"{pad}always"]
    if isinstance(condition, Constant):
        return [f"{pad}{condition.value.value}"]
    if isinstance(condition, All | AnyOf):
        head = "all of:" if isinstance(condition, All) else "any of:"
        return [pad + head] + [
            line for item in condition.items for line in describe(item, indent + 1)
        ]
    if isinstance(condition, Not):
        return [pad + "not:"] + describe(condition.item, indent + 1)
    if isinstance(condition, GateTest):
        return [f"{pad}gate {condition.key}"]
    if isinstance(condition, DefinitionRef):
        return [f"{pad}definition {condition.name}"]
    subject = (
        condition.fact if isinstance(condition, FactTest) else f"conclusion {condition.conclusion}"
    )
    arg = condition.arg
    shown = ", ".join(map(_show, arg)) if isinstance(arg, tuple) else _show(arg)
    words = {
        "is": "is",
        "in": "is one of",
        "at_least": "is at least",
        "at_most": "is at most",
        "contains": "contains",
        "empty": "is empty:",
    }[condition.op]
    return [f"{pad}{subject} {words} {shown}"]


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
