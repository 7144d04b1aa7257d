"""Case files: the envelope every case has, the facts the vocabulary allows, and loading them.

The fact fields are built from the rule pack's vocabulary, so adding a fact is editing YAML.
Every fact may be written ``unknown`` and may carry a source:

    some_fact: true
    some_fact: {value: true, source: "a document symbol, judgment and paragraph, or URL"}
    some_fact: unknown
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    WithJsonSchema,
    create_model,
)
from pydantic_core import PydanticCustomError

from checker.errors import InputError, Problem
from checker.findings import LEGALITY_VERDICTS, LEGITIMACY_VERDICTS
from checker.loading import Document, load_document, validation_problems
from checker.vocabulary import FactSpec, Section, Vocabulary

SCHEMA_VERSION = 1
UNKNOWN_WORD = "unknown"


class FactValue(BaseModel):
    """A fact as a case states it: its value, or unknown; and where it comes from."""

    model_config = ConfigDict(frozen=True)

    known: bool = False
    value: Any = None
    source: str | None = None
    note: str | None = None


NOT_STATED = FactValue()


class Expected(BaseModel):
    """The verdicts a case must get: for historical cases, the mainstream assessment."""

    model_config = ConfigDict(extra="forbid")

    legality: Literal[LEGALITY_VERDICTS] | None = None  # type: ignore[valid-type]
    legitimacy: Literal[LEGITIMACY_VERDICTS] | None = None  # type: ignore[valid-type]


class CaseEnvelope(BaseModel):
    """What every case has besides its facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = Field(description="The case-file format version; 1.")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$", description="A short slug")
    title: str = Field(min_length=1, max_length=300)
    date: dt.date = Field(description="The date of the proposal or action (YYYY-MM-DD)")
    summary: str | None = Field(default=None, max_length=20_000)
    kind: Literal["historical", "teaching", "hypothetical"] = "teaching"
    expected: Expected | None = None
    sources: list[Annotated[str, Field(max_length=2000)]] = Field(
        default_factory=list, max_length=200
    )


_SOURCED_KEYS = {"value", "source", "note"}


def _fact_validator(spec: FactSpec):  # noqa: ANN202 - a pydantic validator
    def validate(raw: Any) -> FactValue:
        if isinstance(raw, FactValue):
            return raw
        source = note = None
        if isinstance(raw, dict):
            extra = set(raw) - _SOURCED_KEYS
            if extra or "value" not in raw:
                raise PydanticCustomError(
                    "fact_form",
                    "a fact with a source is written {{value: ..., source: ..., note: ...}}; "
                    + (f"unknown key {sorted(extra)[0]!r}" if extra else "'value' is missing"),
                )
            for key in ("source", "note"):
                if raw.get(key) is not None and not isinstance(raw[key], str):
                    raise PydanticCustomError("fact_form", f"'{key}' must be text")
            source, note, raw = raw.get("source"), raw.get("note"), raw["value"]
        if raw == UNKNOWN_WORD or raw is None:
            return FactValue(known=False, source=source, note=note)
        try:
            return FactValue(known=True, value=spec.parse(raw), source=source, note=note)
        except ValueError as exc:
            raise PydanticCustomError("fact_value", str(exc)) from None

    return validate


def _fact_json_schema(spec: FactSpec) -> dict[str, Any]:
    item: dict[str, Any] = {
        "bool": {"type": "boolean"},
        "int": {
            "type": "integer",
            **({"minimum": spec.min} if spec.min is not None else {}),
            **({"maximum": spec.max} if spec.max is not None else {}),
        },
        "enum": {"enum": list(spec.values or {})},
        "text": {"type": "string", "maxLength": spec.max_length},
        "date": {"type": "string", "format": "date"},
    }
    if spec.is_list:
        base = {"type": "array", "items": item[spec.of or "text"], "uniqueItems": True}
    else:
        base = item[spec.type]
    value = {"anyOf": [base, {"const": UNKNOWN_WORD}]}
    return {
        "title": spec.title,
        "description": spec.question,
        "anyOf": [
            base,
            {"const": UNKNOWN_WORD},
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["value"],
                "properties": {
                    "value": value,
                    "source": {"type": "string"},
                    "note": {"type": "string"},
                },
            },
        ],
    }


def _fact_field(spec: FactSpec) -> Any:
    annotated = Annotated[
        FactValue, PlainValidator(_fact_validator(spec)), WithJsonSchema(_fact_json_schema(spec))
    ]
    default = NOT_STATED if spec.default is None else FactValue(known=True, value=spec.default)
    return (annotated, Field(default=default))


def build_case_model(vocabulary: Vocabulary) -> type[CaseEnvelope]:
    """The pydantic model of a case file under this vocabulary."""
    fields: dict[str, Any] = {}
    for name, node in vocabulary.facts.items():
        if isinstance(node, Section):
            section = create_model(  # type: ignore[call-overload]
                f"Section_{name}",
                __config__=ConfigDict(extra="forbid", frozen=True, title=node.title),
                **{fact: _fact_field(spec) for fact, spec in node.facts.items()},
            )
            fields[name] = (section, Field(default_factory=section, description=node.title))
        else:
            fields[name] = _fact_field(node)
    return create_model("Case", __base__=CaseEnvelope, **fields)  # type: ignore[call-overload]


class Case:
    """A loaded case: its envelope, its facts by path, and where it came from."""

    def __init__(self, model: CaseEnvelope, vocabulary: Vocabulary, path: str, text: str):
        self.model = model
        self.path = path
        self.digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self._vocabulary = vocabulary
        self._overrides: dict[str, FactValue] = {}

    def with_facts(self, overrides: dict[str, FactValue]) -> Case:
        """The same case with some facts changed: what-if evaluation, the file untouched."""
        changed = Case.__new__(Case)
        changed.__dict__.update(self.__dict__)
        changed.__dict__.pop("facts", None)
        changed._overrides = {**self._overrides, **overrides}
        return changed

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def date(self) -> dt.date:
        return self.model.date

    @cached_property
    def facts(self) -> dict[str, FactValue]:
        """Every fact of the vocabulary by path; facts the file leaves out are unknown."""
        out: dict[str, FactValue] = {}
        for path in self._vocabulary.specs():
            node: Any = self.model
            for part in path.split("."):
                node = getattr(node, part)
            out[path] = self._overrides.get(path, node)
        return out

    def engine_values(self, keys: set[str]) -> dict[str, Any]:
        """The engine's view of this case, restricted to the keys some rule reads."""
        out: dict[str, Any] = {}
        for path, spec in self._vocabulary.specs().items():
            fact = self.facts[path]
            for key, value in spec.engine_values(fact.value, fact.known).items():
                if key in keys:
                    out[key] = value
        return out


def load_case(path: Path, vocabulary: Vocabulary, model: type[CaseEnvelope]) -> Case:
    """Load and validate one case file, or raise InputError naming file, line and field."""
    return case_from_document(load_document(path), vocabulary, model)


def case_from_document(doc: Document, vocabulary: Vocabulary, model: type[CaseEnvelope]) -> Case:
    if not isinstance(doc.data, dict):
        raise InputError([Problem(doc.path, "a case file is a mapping of fields", doc.line_of(()))])
    try:
        validated = model.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation_problems(exc, doc, model)) from None
    return Case(validated, vocabulary, doc.path, doc.text)
