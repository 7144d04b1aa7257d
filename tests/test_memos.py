"""Memos as a reader gets them: every bundled case in every format; the Word file reopened; the
HTML page opened in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.workspace import CASE_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted(p for p in (ROOT / "cases").rglob("*") if p.suffix in CASE_SUFFIXES)
BASELINE = ROOT / "features/baselines/security-council-authorisation.yaml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = (
    '<script>alert("x")</script> **bold** [link](http://evil.example) '
    '{ HYPERLINK "http://evil.example" } <w:p/> & ]]> \u202e\u0000'.replace("\u0000", "")
)


def memo(case: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(app, ["memo", str(case), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_bundled_case_renders_in_every_format(path: Path, tmp_path: Path) -> None:
    for suffix in (".md", ".html", ".docx"):
        out = tmp_path / f"memo{suffix}"
        memo(path, out)
        assert out.stat().st_size > 1000


def test_the_word_memo_holds_headings_findings_and_citations(tmp_path: Path) -> None:
    out = tmp_path / "memo.docx"
    memo(BASELINE, out, "--to", "The Minister", "--from", "Legal Adviser")
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for heading in (
        "Question presented",
        "Short answer",
        "Facts relied on",
        "Analysis",
        "Facts still needed",
        "Remedies",
        "Annex",
        "Findings",
        "Sources cited",
    ):
        assert heading in headings, headings
    assert (
        "UNSC-42: A resolution adopted under Chapter VII expressly authorises the use of force"
        in headings
    )
    head = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert ["To", "The Minister"] in head and ["From", "Legal Adviser"] in head
    findings = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in findings.rows]
    assert rows[0] == ["Rule", "Principle", "Status", "Citation"]
    assert any(
        row[0] == "UNSC-42" and row[2] == "met" and row[3].startswith("UN Charter art 42")
        for row in rows
    )
    text = "\n".join(p.text for p in document.paragraphs)
    assert "UN Charter art 42" in text and "{{" not in text and "{%" not in text


def test_hostile_case_text_stays_text_in_every_format(tmp_path: Path) -> None:
    data = yaml.safe_load(BASELINE.read_text("utf-8"))
    data["title"] = "Hostile " + HOSTILE
    data["security_council"]["resolution"] = HOSTILE
    case = tmp_path / "hostile.yaml"
    case.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    memo(case, tmp_path / "m.html")
    html = (tmp_path / "m.html").read_text("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<w:p/>" not in html
    memo(case, tmp_path / "m.md")
    md = (tmp_path / "m.md").read_text("utf-8")
    assert "<script>" not in md and "**bold**" not in md and "[link](" not in md
    memo(case, tmp_path / "m.docx")
    document = docx.Document(str(tmp_path / "m.docx"))
    texts = [p.text for p in document.paragraphs]
    assert any(HOSTILE in t for t in texts)  # shown as typed, not interpreted
    fields = document.element.body.xpath(".//w:fldSimple | .//w:instrText")
    assert not fields


def test_a_user_template_folder_is_used_and_sandboxed(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "memo.md.j2").write_text("Verdict: {{ verdicts.legality.verdict }}\n", "utf-8")
    memo(BASELINE, tmp_path / "m.md", "--template-dir", str(templates))
    assert (tmp_path / "m.md").read_text("utf-8") == "Verdict: lawful\n"
    (templates / "memo.md.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", "utf-8")
    result = CliRunner().invoke(
        app, ["memo", str(BASELINE), "-o", str(tmp_path / "x.md"), "--template-dir", str(templates)]
    )
    assert result.exit_code == 2 and "template error" in result.output
    assert not (tmp_path / "x.md").exists()


def test_a_folder_of_cases_renders_one_memo_each(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in ("a", "b"):
        shutil.copy(BASELINE, cases / f"{name}.yaml")
    result = CliRunner().invoke(
        app, ["memo", str(cases), "-o", str(tmp_path / "memos"), "--format", "html"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "memos").iterdir()) == ["a.html", "b.html"]
    assert "[2/2]" in result.output


def chromium(profile: Path) -> list[str]:
    """Headless Chromium as root on a closed network, with a fresh profile."""
    return [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (.ci/run installs "
    "Debian's chromium; it could not be installed on this machine)",
)
def test_the_html_memo_opens_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "memo.html"
    memo(BASELINE, page)
    shot = ROOT / "out" / "memo-screenshot.png"
    shot.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            *chromium(tmp_path / "profile"),
            f"--screenshot={shot}",
            "--window-size=1000,1400",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.stat().st_size > 10_000
    dom = subprocess.run(
        [
            *chromium(tmp_path / "profile2"),
            "--dump-dom",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        text=True,
    ).stdout
    assert "Justification memo" in dom and 'id="source-1"' in dom
