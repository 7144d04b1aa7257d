"""The `jus` command: parses arguments, calls the checker, prints. No law lives here."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer

from checker import conditions as cond
from checker.batch import Pool, run_batch
from checker.errors import EngineError, InputError, Problem
from checker.findings import EXIT_BAD_INPUT, worst_exit_code
from checker.memo import (
    EXTENSIONS,
    default_template_dir,
    format_for,
    memo_context,
    render_memo,
    write_atomically,
)
from checker.progress import Progress, expand_inputs, summarise
from checker.remedies import find_remedies
from checker.report import Style, render_json, render_text, to_json_object
from checker.workspace import Workspace, case_paths, default_rules_dir

app = typer.Typer(
    name="jus",
    help="Check whether a proposed use of force has a legal basis under the UN Charter.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="Show the rule pack.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

T = TypeVar("T")


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules", envvar="JUS_RULES", help="The rule pack folder (default: the bundled rules/)."
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Apply the law in force on this date (YYYY-MM-DD) instead of the case's date.",
    ),
]


def _fail(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def _guard(work: Callable[[], T]) -> T:
    """Run ``work``; bad input ends the command with its problems and exit code 2."""
    try:
        return work()
    except InputError as exc:
        _fail(str(exc))


def _as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--as-of: '{value}' is not a date written YYYY-MM-DD")


def _colour(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Case files, or folders of them.")],
    fmt: Annotated[
        OutputFormat, typer.Option("--format", help="text or json.")
    ] = OutputFormat.text,
    as_of: AsOfOption = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list rules that do not apply.")
    ] = False,
    colour: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the output.")
    ] = None,
    rules: RulesOption = None,
) -> None:
    """Evaluate case files. Exit code: 0 lawful, 1 unlawful, 2 bad input, 3 contested,
    4 undetermined; with several cases, the worst."""
    workspace = Workspace(rules or default_rules_dir())
    date = _as_of(as_of)
    pack = _guard(lambda: workspace.pack)
    files = _guard(lambda: case_paths(paths))
    style = Style(_colour(colour))
    # Each case is evaluated in a worker process: if the engine's C core aborts on a case, that
    # case is reported as an error and the others still get their verdicts.
    pool = Pool(workspace, min(len(files), os.cpu_count() or 1), date)
    try:
        order = {str(path): index for index, path in enumerate(files)}
        outcomes = sorted(pool.run(iter(order)), key=lambda o: order[o.path])
    finally:
        pool.close()
    objects = []
    for index, outcome in enumerate(outcomes):
        if outcome.assessment is None:
            typer.echo(str(outcome.error), err=True)
        elif fmt is OutputFormat.json:
            objects.append(to_json_object(outcome.assessment, pack))
        else:
            if index:
                typer.echo("")
            text = render_text(outcome.assessment, pack, style, show_all)
            typer.echo(text, nl=False, color=style.colour)
    if fmt is OutputFormat.json:
        typer.echo(render_json(objects), nl=False)
    raise typer.Exit(worst_exit_code([o.exit_code for o in outcomes]))


@app.command()
def memo(
    path: Annotated[Path, typer.Argument(help="A case file, or a folder of them.")],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="The memo file (.md, .html or .docx); for a folder of cases, a folder.",
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="markdown, html or docx (default: from the extension; markdown for a folder).",
        ),
    ] = None,
    memo_date: Annotated[
        str | None,
        typer.Option("--date", help="The memo's date (YYYY-MM-DD); by default the case's date."),
    ] = None,
    to: Annotated[str, typer.Option("--to", help="The addressee.")] = "File",
    sender: Annotated[str, typer.Option("--from", help="The author.")] = "jus, automated analysis",
    as_of: AsOfOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            "--template-dir",
            help="Use your own memo templates (memo.md.j2, memo.html.j2, memo.docx).",
        ),
    ] = None,
    rules: RulesOption = None,
) -> None:
    """Write a justification memo for a case, or one per case of a folder."""
    workspace = Workspace(rules or default_rules_dir())
    date = _as_of(as_of)
    dated = _as_of(memo_date)
    templates = template_dir or default_template_dir()

    def write(case_path: Path, out: Path, kind: str) -> str:
        case = workspace.load_case(case_path)
        try:
            assessment = workspace.assess(case, date)
            found = (
                []
                if assessment.legality.verdict == "lawful"
                else find_remedies(workspace.pack, case, date)
            )
        except EngineError as exc:
            raise InputError(
                [Problem(str(case_path), f"the engine failed on this case: {exc}")]
            ) from None
        context = memo_context(
            assessment,
            case,
            workspace.pack,
            memo_date=dated or case.date,
            to=to,
            sender=sender,
            remedies=found,
        )
        write_atomically(out, render_memo(context, kind, templates), force)
        return f"{out}: {assessment.legality.verdict} ({kind} memo written)"

    if not path.is_dir():
        typer.echo(_guard(lambda: write(path, output, format_for(output, fmt))))
        return
    kind = _guard(lambda: format_for(output, fmt or "markdown"))
    files = _guard(lambda: case_paths([path]))
    if not output.is_dir():
        if output.exists():
            _fail(f"{output}: not a folder; a folder of cases needs an output folder")
        output.mkdir(parents=True)
    failed = False
    for number, case_path in enumerate(files, 1):
        target = output / (case_path.stem + EXTENSIONS[kind])
        try:
            done = write(case_path, target, kind)
            typer.echo(f"[{number}/{len(files)}] {done}", err=True)
        except InputError as exc:
            typer.echo(f"[{number}/{len(files)}] {exc}", err=True)
            failed = True
    raise typer.Exit(EXIT_BAD_INPUT if failed else 0)


@app.command()
def remedies(
    path: Annotated[Path, typer.Argument(help="A case file.")],
    as_of: AsOfOption = None,
    rules: RulesOption = None,
) -> None:
    """List what would make the use of force lawful: the smallest sets of changes a party could
    bring about, each found by re-evaluating the case."""
    workspace = Workspace(rules or default_rules_dir())
    date = _as_of(as_of)

    def work() -> str:
        case = workspace.load_case(path)
        verdict = workspace.assess(case, date).legality.verdict
        if verdict == "lawful":
            return f"{path}: lawful already; no remedy is needed."
        found = find_remedies(workspace.pack, case, date)
        if not found:
            return (
                f"{path}: {verdict}. No lever in the rule pack, alone or with one other, "
                "makes it lawful."
            )
        lines = [f"{path}: {verdict}. It would be lawful with:"]
        for number, remedy in enumerate(found, 1):
            lines.append(f"  {number}. {remedy.text}")
            lines += [f"       {fact}: {words}" for fact, words in remedy.changes]
        return "\n".join(lines)

    try:
        typer.echo(_guard(work))
    except EngineError as exc:
        _fail(f"{path}: the engine failed on this case: {exc}")


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Case files, folders, globs, or - to read a list of paths from standard input."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The results file (JSON lines).")],
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=0, max=256, help="Worker processes (0: the number of cores)."
        ),
    ] = 0,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="Skip cases already in the results file and append the rest."
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the results file.")] = False,
    as_of: AsOfOption = None,
    rules: RulesOption = None,
) -> None:
    """Evaluate many cases in worker processes, one JSON line per case as it completes; a
    worker that crashes costs only its case. Exit code: the worst verdict, 2 on any error."""
    workspace = Workspace(rules or default_rules_dir())
    date = _as_of(as_of)
    if out.exists() and not (resume or force):
        _fail(f"{out}: already exists; use --resume to continue it or --force to overwrite it")
    paths = _guard(lambda: [str(p) for p in case_paths(expand_inputs(inputs, sys.stdin))])
    _guard(lambda: workspace.pack)
    bar = Progress(sys.stderr.isatty())
    outcomes = run_batch(
        workspace,
        paths,
        out,
        workers=workers or os.cpu_count() or 1,
        as_of=date,
        resume=resume,
        progress=bar.update,
    )
    bar.finish()
    typer.echo(summarise(outcomes))
    raise typer.Exit(worst_exit_code([o.exit_code for o in outcomes]) if outcomes else 0)


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Case files, or folders of them.")],
    rules: RulesOption = None,
) -> None:
    """Check case files against the schema without evaluating them."""
    workspace = Workspace(rules or default_rules_dir())
    _guard(lambda: workspace.pack)
    failed = False
    for path in _guard(lambda: case_paths(paths)):
        try:
            workspace.load_case(path)
            typer.echo(f"{path}: valid")
        except InputError as exc:
            typer.echo(str(exc), err=True)
            failed = True
    raise typer.Exit(EXIT_BAD_INPUT if failed else 0)


@app.command()
def schema(rules: RulesOption = None) -> None:
    """Print the JSON Schema of case files, for editors."""
    workspace = Workspace(rules or default_rules_dir())
    model = _guard(lambda: workspace.case_model)
    document = model.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = f"jus case file ({workspace.pack.meta.name} {workspace.pack.meta.version})"
    typer.echo(json.dumps(document, indent=2, sort_keys=True))


@rules_app.command("list")
def rules_list(rules: RulesOption = None) -> None:
    """List every rule: id, title and citation."""
    pack = _guard(lambda: Workspace(rules or default_rules_dir()).pack)
    typer.echo(f"{pack.meta.name} {pack.meta.version}: {pack.meta.title}")
    width = max(len(rule.id) for rule in pack.rules)
    pathway = None
    for rule in pack.rules:
        if rule.pathway != pathway:
            pathway = rule.pathway
            typer.echo(f"\n{pack.pathways[pathway].title}")
        typer.echo(f"  {rule.id.ljust(width)}  {rule.title}  [{rule.source.citation()}]")


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[
        str, typer.Argument(metavar="ID", help="A rule id or name, as `jus rules list` shows it.")
    ],
    rules: RulesOption = None,
) -> None:
    """Show one rule: its source, conditions and conclusion."""
    pack = _guard(lambda: Workspace(rules or default_rules_dir()).pack)
    rule = pack.by_id.get(rule_id.upper()) or next(
        (r for r in pack.rules if r.name == rule_id), None
    )
    if rule is None:
        _fail(f"no rule '{rule_id}'; `jus rules list` shows them all")
    source = rule.source
    lines = [
        f"{rule.id}  {rule.name}",
        rule.title,
        "",
        f"Source:     {source.instrument} {source.provision}",
        f"Principle:  {source.principle}",
    ]
    lines += [f"Reference:  {ref}" for ref in source.references]
    if source.note:
        lines.append(f"Note:       {source.note}")
    until = f" until {rule.in_force_until}" if rule.in_force_until else ""
    lines.append(f"In force:   from {rule.in_force_from}{until}")
    for label, condition in (
        ("Applies when", rule.applies_when),
        ("Met when", rule.met_when),
        ("Breached when", rule.breached_when),
    ):
        if condition is not None or label == "Applies when":
            lines += ["", f"{label}:", *cond.describe(condition, 1)]
    if rule.met_when is None and rule.breached_when is not None:
        lines += ["", "Met when:", "  the breach condition is false"]
    if rule.breached_when is None and rule.met_when is not None:
        lines += ["", "Breached when:", "  the met condition is false"]
    defeaters = pack.defeaters(rule)
    if defeaters:
        lines += ["", "Defeated by (exceptions): " + ", ".join(d.id for d in defeaters)]
    if rule.defeats:
        lines += ["", "Defeats: " + ", ".join(rule.defeats)]
    lines += ["", f"Concludes:  {rule.concludes or '(nothing other rules read)'}"]
    typer.echo("\n".join(lines))


def main() -> None:
    """The console script: a failure jus did not foresee is reported in a line, not a traceback."""
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - the last line of defence for the user's terminal
        typer.echo(
            f"jus: internal error: {type(exc).__name__}: {exc} "
            "(this is a bug in jus; please report it with the input that caused it)",
            err=True,
        )
        raise SystemExit(EXIT_BAD_INPUT) from None
