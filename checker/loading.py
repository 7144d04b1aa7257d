"""Reading YAML and JSON files safely, remembering the line of every key.

PyYAML's ``safe_load`` keeps the last of two duplicate keys and expands aliases
without limit; both are refused here, before any model sees the data.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from checker.errors import InputError, Problem

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML was built with it: the same nodes, several times faster."""
_CONSTRUCTOR = yaml.SafeLoader("")
"""Builds scalar values from nodes; it holds no state between calls that matters here."""

MAX_DEPTH = 64
"""Deepest nesting of mappings and lists accepted; real files nest a few levels."""
MAX_BYTES = 1_000_000
"""Largest input file accepted: a case or rule file is a few kilobytes."""

Loc = tuple[str | int, ...]


@dataclass
class Document:
    """Parsed data of one file, with the line of every mapping key and list item."""

    path: str
    text: str
    data: Any = None
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int | None:
        """The line of ``loc``, or of its nearest enclosing key."""
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)


def _problem(path: str, message: str, line: int | None = None) -> InputError:
    return InputError([Problem(path, message, line)])


def read_text(path: Path) -> str:
    """The file's text, refusing missing, huge and non-UTF-8 files with a clear error."""
    name = str(path)
    if not path.exists():
        raise _problem(name, "no such file")
    if path.is_dir():
        raise _problem(name, "is a folder, not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _problem(name, f"file is {size:,} bytes; the limit is {MAX_BYTES:,}")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _problem(name, f"not UTF-8 text (byte {exc.start})", line) from None
    if "\x00" in text:
        raise _problem(name, "holds NUL characters: not a text file")
    return text.removeprefix("\ufeff")


def load_document(path: Path) -> Document:
    """Parse a YAML or JSON file (JSON is YAML) into plain data with key lines."""
    return parse_document(read_text(path), str(path))


def parse_document(text: str, name: str) -> Document:
    doc = Document(name, text)
    if not text.strip():
        raise _problem(name, "the file is empty")
    try:
        nodes = list(yaml.compose_all(text, Loader=_LOADER))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise _problem(name, f"malformed YAML: {exc.problem or exc.context}", line) from None
    except yaml.YAMLError as exc:
        raise _problem(name, f"malformed YAML: {exc}") from None
    if not nodes:
        raise _problem(name, "the file is empty (it holds only comments)")
    if len(nodes) != 1 or nodes[0] is None:
        raise _problem(name, "expected exactly one YAML document")
    doc.lines[()] = nodes[0].start_mark.line + 1
    doc.data = _convert(nodes[0], (), doc, set())
    return doc


def _convert(node: yaml.Node, loc: Loc, doc: Document, seen: set[int]) -> Any:
    line = node.start_mark.line + 1
    if len(loc) > MAX_DEPTH:
        raise _problem(doc.path, f"nested more than {MAX_DEPTH} levels deep", line)
    if id(node) in seen:
        # compose() resolves an alias to the very node it names: seeing a node twice is an alias.
        raise _problem(
            doc.path,
            "YAML anchors and aliases are not accepted "
            f"(the value anchored at line {line} is reused)",
        )
    seen.add(id(node))
    if node.tag not in yaml.SafeLoader.yaml_constructors:
        raise _problem(doc.path, f"unsupported YAML tag {node.tag}", line)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _problem(doc.path, "YAML merge keys (<<) are not accepted", line)
            key = _scalar(key_node, doc, ())
            if not isinstance(key, str | int | bool) or isinstance(key, bool):
                raise _problem(doc.path, f"a key must be a name, not {key!r}", line)
            key = str(key)
            if key in out:
                first = doc.lines[(*loc, key)]
                raise _problem(
                    doc.path,
                    f"duplicate key '{key}' (first at line {first}); "
                    "one of the two values would be lost",
                    key_node.start_mark.line + 1,
                )
            doc.lines[(*loc, key)] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, (*loc, key), doc, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            doc.lines[(*loc, index)] = item.start_mark.line + 1
            items.append(_convert(item, (*loc, index), doc, seen))
        return items
    return _scalar(node, doc, loc)


def _scalar(node: yaml.Node, doc: Document, loc: Loc) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise _problem(doc.path, "a key must be a plain name", node.start_mark.line + 1)
    try:
        try:
            return _CONSTRUCTOR.construct_object(node)
        finally:
            _CONSTRUCTOR.constructed_objects.clear()  # it would keep every node alive otherwise
    except (ValueError, yaml.YAMLError) as exc:
        field = ".".join(map(str, loc)) or None
        raise InputError(
            [Problem(doc.path, f"not a valid value ({exc})", node.start_mark.line + 1, field)]
        ) from None


def validation_problems(
    exc: ValidationError, doc: Document, model: type[BaseModel]
) -> list[Problem]:
    """pydantic's errors as one Problem each, with the line and a "did you mean"."""
    problems = []
    for error in exc.errors():
        loc = tuple(error["loc"]) + tuple((error.get("ctx") or {}).get("where", ()))
        field = ".".join(str(part) for part in loc) or None
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = f"unknown field '{loc[-1]}'" + _did_you_mean(
                str(loc[-1]), _siblings(model, loc)
            )
        elif error["type"] == "missing":
            message = "this field is required"
        elif error["type"] == "literal_error" and loc == ("schema_version",):
            message = f"unsupported schema version {error.get('input')!r}; this jus reads version 1"
        problems.append(Problem(doc.path, message, doc.line_of(loc), field))
    return problems


def _siblings(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names allowed beside the last element of ``loc``."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or get_origin(current) is dict:
            args = get_args(current)
            current = args[-1] if args else None
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        current = fields[part].annotation
        if get_origin(current) in (Union, UnionType):
            options = [a for a in get_args(current) if a is not type(None)]
            current = options[0] if len(options) == 1 else None
    return list(getattr(current, "model_fields", {}))


def _did_you_mean(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; expected one of: {', '.join(choices)}" if choices else ""
