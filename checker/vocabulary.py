"""The fact vocabulary: which facts a case may state, with their types (rules/facts.yaml)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from checker.conditions import UNKNOWN

FactType = Literal["bool", "int", "enum", "text", "date", "list"]
ENGINE_TYPES = ("bool", "int", "enum", "list")
"""Types rules may test; text and dates are recorded for the memo only."""


class FactSpec(BaseModel):
    """One fact a case may state."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = ""
    type: FactType
    of: Literal["enum", "text"] | None = None
    values: dict[str, str] | None = None
    min: int | None = None
    max: int | None = None
    max_length: int = Field(default=4000, ge=1)
    title: str
    question: str
    default: Any = None
    """The value when a case leaves the fact out (an explicit `unknown` stays unknown)."""

    @model_validator(mode="after")
    def _consistent(self) -> FactSpec:
        enum_like = self.type == "enum" or (self.type == "list" and self.of == "enum")
        if enum_like and not self.values:
            raise ValueError("an enum fact needs 'values'")
        if not enum_like and self.values:
            raise ValueError("only enum facts and lists of enums take 'values'")
        if (self.type == "list") != (self.of is not None):
            raise ValueError("'of' is given exactly for lists")
        if (self.min is not None or self.max is not None) and self.type != "int":
            raise ValueError("only int facts take 'min' and 'max'")
        if self.default is not None:
            self.parse(self.default)
        return self

    @property
    def is_list(self) -> bool:
        return self.type == "list"

    def engine_keys(self) -> list[str]:
        """The keys under which the engine sees this fact (none for text and dates)."""
        if self.type not in ENGINE_TYPES or (self.is_list and self.of != "enum"):
            return []
        if self.is_list:
            return [f"{self.path}[{v}]" for v in self.values or {}] + [f"{self.path}#count"]
        return [self.path]

    def engine_values(self, value: Any, known: bool) -> dict[str, Any]:
        """This fact's engine keys and values, given its value in a case."""
        keys = self.engine_keys()
        if not known:
            return dict.fromkeys(keys, UNKNOWN)
        if self.is_list:
            present = set(value)
            out: dict[str, Any] = {f"{self.path}[{v}]": v in present for v in self.values or {}}
            out[f"{self.path}#count"] = len(value)
            return out
        return {self.path: value} if keys else {}

    def parse(self, raw: Any) -> Any:
        """Check one value written in a case file; raises ValueError saying what is accepted."""
        if self.is_list:
            if not isinstance(raw, list):
                raise ValueError(f"expected a list of {self._item_words()}")
            items = [self._parse_item(item) for item in raw]
            if len(set(map(repr, items))) != len(items):
                raise ValueError("the list names the same item twice")
            return items
        return self._parse_item(raw)

    def _parse_item(self, raw: Any) -> Any:
        kind = self.of if self.is_list else self.type
        if kind == "bool":
            if not isinstance(raw, bool):
                raise ValueError(f"expected true, false or unknown, got {raw!r}")
            return raw
        if kind == "int":
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise ValueError(f"expected a whole number or unknown, got {raw!r}")
            if (self.min is not None and raw < self.min) or (
                self.max is not None and raw > self.max
            ):
                raise ValueError(f"{raw} is out of range: expected {self.min} to {self.max}")
            return raw
        if kind == "enum":
            if not isinstance(raw, str) or raw not in (self.values or {}):
                raise ValueError(f"{raw!r} is not one of {self._item_words()}")
            return raw
        if kind == "date":
            if isinstance(raw, str):  # JSON has no dates; YAML may quote them
                with contextlib.suppress(ValueError):
                    raw = dt.date.fromisoformat(raw)
            if isinstance(raw, dt.datetime) or not isinstance(raw, dt.date):
                raise ValueError(f"expected a date written YYYY-MM-DD, got {raw!r}")
            return raw
        if not isinstance(raw, str):
            raise ValueError(f"expected text, got {raw!r}")
        if len(raw) > self.max_length:
            raise ValueError(f"text of {len(raw)} characters; the limit is {self.max_length}")
        return raw

    def _item_words(self) -> str:
        if self.values:
            return ", ".join(self.values)
        return {"text": "texts", "enum": "values"}.get(self.of or "", self.of or "")

    def words(self, value: Any) -> str:
        """A known value in words, for messages and memos."""
        if isinstance(value, list):
            return ", ".join(self.words(v) for v in value) if value else "none"
        if self.values and value in self.values:
            return self.values[value]
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value)


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    facts: dict[str, FactSpec]


class Vocabulary(BaseModel):
    """The whole vocabulary: top-level facts and sections of facts, in file order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: dict[str, FactSpec | Section]

    def model_post_init(self, _: Any) -> None:
        for name, node in self.facts.items():
            if isinstance(node, Section):
                for fact_name, spec in node.facts.items():
                    object.__setattr__(spec, "path", f"{name}.{fact_name}")
            else:
                object.__setattr__(node, "path", name)

    def specs(self) -> dict[str, FactSpec]:
        """Every fact by its dotted path."""
        out: dict[str, FactSpec] = {}
        for node in self.facts.values():
            for spec in node.facts.values() if isinstance(node, Section) else [node]:
                out[spec.path] = spec
        return out
