"""Bad input gets one clear line per problem naming file, line and field; exit 2; no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

GOOD = """\
schema_version: 1
id: good-case
title: A good case
date: 2011-03-19
parties: {acting: [State A], target: State B}
measure: {armed_force: true, on_target_territory: true}
claimed_bases: [security_council_authorisation]
"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    output = result.output  # stdout and stderr, as a user sees them
    assert "Traceback" not in output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, output


def write(tmp_path: Path, text: str | bytes, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    return path


CASES = {
    "malformed YAML": ("case:\n  - [unclosed\n", ":3: malformed YAML"),
    "wrong type": (
        GOOD.replace("armed_force: true", "armed_force: maybe"),
        ":6: measure.armed_force: expected true, false or unknown, got 'maybe'",
    ),
    "unknown field with a suggestion": (
        GOOD + "security_counsel: {}\n",
        ":8: security_counsel: unknown field 'security_counsel'; did you mean 'security_council'?",
    ),
    "unknown nested field": (
        GOOD + "security_council: {chapter_seven: true}\n",
        "security_council.chapter_seven: unknown field 'chapter_seven'; "
        "did you mean 'chapter_vii'?",
    ),
    "missing required field": (
        GOOD.replace("title: A good case\n", ""),
        "title: this field is required",
    ),
    "empty file": ("", "the file is empty"),
    "only a comment": ("# nothing here\n", "the file is empty"),
    "a list, not a mapping": ("- 1\n- 2\n", "a case file is a mapping of fields"),
    "duplicate key": (
        GOOD + "claimed_bases: [consent]\n",
        ":8: duplicate key 'claimed_bases' (first at line 7)",
    ),
    "absurd number": (
        GOOD + "security_council: {votes_for: 99}\n",
        "security_council.votes_for: 99 is out of range: expected 0 to 15",
    ),
    "unknown enum value": (
        GOOD + "security_council: {determination: threat}\n",
        "'threat' is not one of threat_to_the_peace",
    ),
    "a bad date": (GOOD.replace("2011-03-19", "2011-13-45"), ":4: date: not a valid value"),
    "wrong schema version": (
        GOOD.replace("schema_version: 1", "schema_version: 7"),
        "unsupported schema version 7",
    ),
    "a source with an unknown key": (
        GOOD + "security_council: {chapter_vii: {value: true, sauce: x}}\n",
        "unknown key 'sauce'",
    ),
    "YAML aliases": ("a: &x [1, 2]\nb: *x\n", "YAML anchors and aliases are not accepted"),
    "a python tag": ("!!python/object/apply:os.system ['true']\n", "unsupported YAML tag"),
    "a billion laughs": (
        "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n",
        "YAML anchors and aliases are not accepted",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_case_file_is_a_clear_error(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    path = write(tmp_path, text)
    for command in (["check"], ["validate"]):
        code, output = run(*command, str(path))
        assert code == 2, output
        assert str(path) in output and expected in output, output


def test_non_utf8_file(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.encode() + b"summary: caf\xe9\n")
    code, output = run("check", str(path))
    assert code == 2 and f"{path}:8: not UTF-8 text" in output


def test_file_of_several_megabytes(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "summary: '" + "x" * 3_000_000 + "'\n")
    code, output = run("check", str(path))
    assert code == 2 and "the limit is 1,000,000" in output


def test_missing_path(tmp_path: Path) -> None:
    code, output = run("check", str(tmp_path / "nowhere.yaml"))
    assert code == 2 and "nowhere.yaml: no such file" in output


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        GOOD.replace("armed_force: true", "armed_force: 3")
        + "security_council: {votes_for: -1, chapter_vii: yes please}\n",
    )
    code, output = run("validate", str(path))
    lines = [line for line in output.splitlines() if str(path) in line]
    assert code == 2 and len(lines) == 3, output


def test_one_bad_file_does_not_hide_the_others(tmp_path: Path) -> None:
    good = write(tmp_path, GOOD, "a.yaml")
    bad = write(tmp_path, "case: [\n", "b.yaml")
    code, output = run("check", str(good), str(bad))
    assert code == 2
    assert "good-case" in output and f"{bad}:" in output


def test_bad_as_of_date(tmp_path: Path) -> None:
    code, output = run("check", str(write(tmp_path, GOOD)), "--as-of", "yesterday")
    assert code == 2 and "--as-of" in output


def test_memo_never_overwrites_without_force(tmp_path: Path) -> None:
    case = write(tmp_path, GOOD)
    memo = tmp_path / "memo.md"
    memo.write_text("my own notes", "utf-8")
    code, output = run("memo", str(case), "-o", str(memo))
    assert code == 2 and "already exists; use --force" in output
    assert memo.read_text("utf-8") == "my own notes"
    code, _ = run("memo", str(case), "-o", str(memo), "--force")
    assert code == 0 and memo.read_text("utf-8").startswith("# Justification memo")


def test_memo_with_an_unknown_extension(tmp_path: Path) -> None:
    code, output = run("memo", str(write(tmp_path, GOOD)), "-o", str(tmp_path / "memo.pdf"))
    assert code == 2 and "cannot tell the memo format" in output
    assert not (tmp_path / "memo.pdf").exists()
