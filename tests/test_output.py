"""What people and scripts read: exit codes, JSON, text and memos; the same bytes each time."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app

BASELINE = (
    Path(__file__).resolve().parent.parent
    / "features/baselines/security-council-authorisation.yaml"
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "case.yaml"
    shutil.copy(BASELINE, path)
    return path


def variant(tmp_path: Path, name: str, **sections: dict) -> Path:
    data = yaml.safe_load(BASELINE.read_text("utf-8"))
    for section, facts in sections.items():
        data.setdefault(section, {}).update(facts)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    return path


def test_exit_codes_follow_the_legality_verdict(tmp_path: Path, case: Path) -> None:
    assert run("check", str(case))[0] == 0
    vetoed = variant(tmp_path, "vetoed", security_council={"permanent_members_against": ["china"]})
    assert run("check", str(vetoed))[0] == 1
    unknown = variant(tmp_path, "unknown", security_council={"chapter_vii": "unknown"})
    assert run("check", str(unknown))[0] == 4
    # several cases: the worst one
    assert run("check", str(case), str(vetoed), str(unknown))[0] == 1
    assert run("check", str(case), str(unknown))[0] == 4


def test_a_folder_is_checked_case_by_case(tmp_path: Path, case: Path) -> None:
    variant(tmp_path, "vetoed", security_council={"permanent_members_against": ["china"]})
    code, output = run("check", str(tmp_path), "--format", "json")
    objects = json.loads(output)
    assert code == 1 and [o["legality"]["verdict"] for o in objects] == ["lawful", "unlawful"]


def test_json_carries_verdicts_findings_and_the_pack(case: Path) -> None:
    code, output = run("check", str(case), "--format", "json")
    (obj,) = json.loads(output)
    assert obj["legality"]["verdict"] == "lawful"
    assert obj["rule_pack"]["name"] and obj["rule_pack"]["digest"].startswith("sha256:")
    assert obj["case"]["digest"].startswith("sha256:")
    finding = next(f for f in obj["findings"] if f["rule"] == "UNSC-42")
    assert finding["status"] == "met" and finding["citation"]["provision"] == "art 42"
    assert {
        "fact": "security_council.chapter_vii",
        "known": True,
        "value": True,
        "source": None,
    } in finding["relied_on"]


def test_undetermined_findings_name_the_facts_they_lack(tmp_path: Path) -> None:
    path = variant(tmp_path, "unknown", security_council={"chapter_vii": "unknown"})
    (obj,) = json.loads(run("check", str(path), "--format", "json")[1])
    authorisation = next(f for f in obj["findings"] if f["rule"] == "UNSC-AUTH")
    assert authorisation["status"] == "undetermined"
    assert authorisation["lacking"] == ["security_council.chapter_vii"]


def test_same_input_same_bytes(case: Path, tmp_path: Path) -> None:
    assert (
        run("check", str(case), "--format", "json")[1]
        == run("check", str(case), "--format", "json")[1]
    )
    assert run("check", str(case))[1] == run("check", str(case))[1]
    for suffix in (".md", ".html"):
        first, second = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
        assert run("memo", str(case), "-o", str(first))[0] == 0
        assert run("memo", str(case), "-o", str(second))[0] == 0
        assert first.read_bytes() == second.read_bytes()


def test_text_output_is_plain_without_a_terminal(case: Path) -> None:
    code, output = run("check", str(case))
    assert "\x1b[" not in output
    assert "LAWFUL" in output and "UNSC-42" in output and "[UN Charter art 42]" in output
    code, coloured = run("check", str(case), "--color")
    assert "\x1b[" in coloured


def test_the_memo_has_every_section(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "memo.md"
    assert run("memo", str(case), "-o", str(out))[0] == 0
    text = out.read_text("utf-8")
    for heading in (
        "# Justification memo",
        "## Question presented",
        "## Short answer",
        "## Facts relied on",
        "## Analysis",
        "## Facts still needed",
        "## Annex",
        "### Authorisation by the Security Council (Chapter VII)",
        "sha256:",
    ):
        assert heading in text, heading
    # only the pathways the case engages have a section
    assert "### Self-defence (Article 51)" not in text


def test_the_memo_lists_the_facts_still_needed_as_questions(tmp_path: Path) -> None:
    path = variant(tmp_path, "unknown", security_council={"chapter_vii": "unknown"})
    out = tmp_path / "memo.html"
    assert run("memo", str(path), "-o", str(out))[0] == 0
    html = out.read_text("utf-8")
    assert "Was the resolution adopted acting under Chapter VII of the Charter?" in html
    assert "http://" not in html and "https://" not in html.split("</style>")[0]


def test_case_text_cannot_inject_markup(tmp_path: Path) -> None:
    path = variant(
        tmp_path,
        "hostile",
        security_council={"resolution": "<script>alert(1)</script> [click](http://evil) **bold**"},
    )
    html, md = tmp_path / "memo.html", tmp_path / "memo.md"
    assert run("memo", str(path), "-o", str(html))[0] == 0
    assert run("memo", str(path), "-o", str(md))[0] == 0
    assert "<script>" not in html.read_text("utf-8")
    text = md.read_text("utf-8")
    assert "<script>" not in text and "[click](" not in text and "**bold**" not in text


def test_rules_list_and_show(case: Path) -> None:
    code, output = run("rules", "list")
    assert code == 0 and "UNSC-42" in output and "[UN Charter art 42]" in output
    code, output = run("rules", "show", "UNSC-27-3")
    assert code == 0 and "votes_for is at least 9" in output and "Concludes:" in output
    assert run("rules", "show", "NO-SUCH-RULE")[0] == 2


def test_schema_is_a_json_schema_that_accepts_sourced_and_unknown_facts() -> None:
    code, output = run("schema")
    schema = json.loads(output)
    assert code == 0 and schema["$schema"].startswith("https://json-schema.org/")
    assert "security_council" in schema["properties"]
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema)
    data = yaml.safe_load(BASELINE.read_text("utf-8"))
    data["date"] = "2011-03-19"
    data["security_council"]["chapter_vii"] = {"value": True, "source": "S/RES/1973 (2011)"}
    data["security_council"]["votes_for"] = "unknown"
    assert not list(validator.iter_errors(data))
    data["security_council"]["votes_for"] = 99
    assert list(validator.iter_errors(data))
