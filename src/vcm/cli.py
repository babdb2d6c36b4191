"""The ``vcm`` command: init, validate, gaps, guide, export, rows, diff, formats, schema.

Exit codes: 0 ok; 1 the model has errors (or warnings under ``--strict``), or an export
refused a model whose structure is wrong; 2 bad input or usage. Bad input is one clear
message naming the place, never a traceback (``--debug`` shows it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from vcm._atomic import write_atomically
from vcm._version import __version__
from vcm.errors import VcmError, in_language
from vcm.model import Language

if TYPE_CHECKING:
    from vcm.model import Organisation

__all__ = ["main"]

LANGUAGES = tuple(language.value for language in Language)
"""The --language choices: every language of the table (vcm.vocabulary.words)."""

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
_LISTED = 10  # findings shown when an export is refused; vcm validate shows them all


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own exit code for usage errors is 2, as ours; keep its message short.
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"vcm: error: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vcm",
        description="The values-competence matrix: check a model, find gaps, "
        "guide a team, export to Excel and Word.",
    )
    parser.add_argument("--version", action="version", version=f"vcm {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of an error (for bug reports)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    init = commands.add_parser("init", help="write a starter model (blank, or a bundled example)")
    init.add_argument("path", nargs="?", default="vcm.yaml", help="where to write (vcm.yaml)")
    init.add_argument("--example", default=None, help="which example (see --list)")
    init.add_argument("--list", action="store_true", help="list the bundled examples")
    init.add_argument(
        "--blank", action="store_true", help="a blank starter with every section, to fill in"
    )
    init.add_argument(
        "--language", choices=LANGUAGES, help="the blank starter's language (default: en)"
    )
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(run=_init)

    validate = commands.add_parser("validate", help="check a model and print the findings")
    _model_argument(validate)
    validate.add_argument("--strict", action="store_true", help="warnings count as errors")
    validate.add_argument("--as-of", type=_date, help="judge dates as of (default: today)")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    _language_argument(validate)
    validate.set_defaults(run=_validate)

    judged = "judge people as of (default: today)"
    _analysis_command(
        commands, "gaps", "competence gaps per person (personal data)", _gaps, judged, _gaps_only
    )
    counts = "who reaches the required levels, now and projected (counts)"
    _analysis_command(commands, "coverage", counts, _coverage, judged)
    stands = "where each monitoring rule stands"
    _analysis_command(commands, "status", stands, _status, "status date (default: today)")

    explain = commands.add_parser(
        "explain", help="a monitoring rule: what it watches and who can act (personal data)"
    )
    _model_argument(explain)
    explain.add_argument("rule", help="the monitoring rule's id")
    explain.add_argument("--task-area", help="look the rule up in this task area only")
    explain.add_argument(
        "--as-of", type=_date, help="status date, people judged as of (default: today)"
    )
    _language_argument(explain)
    explain.set_defaults(run=_explain)

    guide = commands.add_parser("guide", help="what applies in a client's situation")
    _model_argument(guide)
    guide.add_argument("--task-area", required=True, help="the task area")
    guide.add_argument("--result", action="append", default=[], help="a result it touches")
    guide.add_argument("--value", action="append", default=[], help="a value it touches")
    guide.add_argument("--as-of", type=_date, help="status date of monitoring (default: today)")
    _language_argument(guide)
    guide.set_defaults(run=_guide)

    export = commands.add_parser("export", help="export to xlsx, docx or another format")
    _model_argument(export)
    export.add_argument("out", nargs="+", help="output file(s); the suffix picks the format")
    export.add_argument("--format", help="the format name (when the suffix does not say)")
    export.add_argument("--language", choices=LANGUAGES, help="label language")
    export.add_argument(
        "--include-people", action="store_true", help="include personal data (people, gaps)"
    )
    export.add_argument("--as-of", type=_date, help="date for statuses and findings")
    export.add_argument("--title", help="title of the report")
    export.add_argument(
        "--allow-errors",
        action="store_true",
        help="export a model whose structure is wrong (VCM100-VCM104) anyway",
    )
    export.add_argument(
        "--min-group-size",
        type=int,
        metavar="N",
        help="without --include-people, counts about people only for task areas of N or more"
        " members (default 5)",
    )
    export.set_defaults(run=_export)

    rows = commands.add_parser("rows", help="one table of the model as CSV or JSON rows")
    _model_argument(rows)
    rows.add_argument("table", help="the table: people, assessments, matrix, gaps, ...")
    rows.add_argument("--format", choices=("csv", "json"), default="csv")
    rows.add_argument("--as-of", type=_date, help="date for the status table (default: today)")
    _excel_argument(rows)
    _language_argument(rows)
    rows.set_defaults(run=_rows)

    update = commands.add_parser(
        "update", help="write a team's edits in a workbook into the model file"
    )
    update.add_argument("model", help="the model file to update (.yaml, .yml or .json)")
    update.add_argument("workbook", help="the workbook the team edited (made by vcm export)")
    _language_argument(update)
    update.set_defaults(run=_update)

    diff = commands.add_parser("diff", help="what changed between two versions of a model")
    diff.add_argument("old", help="the earlier model (any readable format)")
    diff.add_argument("new", help="the later model")
    diff.add_argument(
        "--include-people", action="store_true", help="also people's changes (personal data)"
    )
    diff.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    _language_argument(diff)
    diff.set_defaults(run=_diff)

    formats = commands.add_parser("formats", help="list exporters and importers")
    formats.set_defaults(run=_formats)

    schema = commands.add_parser("schema", help="print the JSON Schema of the model file")
    schema.set_defaults(run=_schema)
    return parser


def _analysis_command(
    commands: argparse._SubParsersAction[_Parser],
    name: str,
    summary: str,
    run: Callable[[argparse.Namespace, TextIO], int],
    as_of: str,
    more: Callable[[argparse.ArgumentParser], None] | None = None,
) -> None:
    """A command printing an analysis per task area as text, JSON or CSV."""
    command = commands.add_parser(name, help=summary)
    _model_argument(command)
    command.add_argument("--task-area", help="only this task area")
    if more is not None:
        more(command)
    command.add_argument("--as-of", type=_date, help=as_of)
    command.add_argument("--format", choices=("text", "json", "csv"), default="text")
    _excel_argument(command)
    _language_argument(command)
    command.set_defaults(run=run)


def _gaps_only(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", help="only this person (their id)")
    parser.add_argument("--all", action="store_true", help="also rows without a gap")


def _model_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model", help="the model file (.yaml, .yml, .json, ...); - reads stdin")


def _language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", choices=LANGUAGES, help="output language (default: the model's)"
    )


def _excel_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--excel",
        action="store_true",
        help="CSV for Excel: a byte-order mark; for Dutch, semicolons and decimal commas",
    )


def _language(args: argparse.Namespace, org: Organisation) -> str:
    return str(args.language or org.language.value)


def _load(source: str) -> Organisation:
    from vcm.io import load

    # vcm.load names the file in every error (missing, a folder, unreadable, bad content);
    # standard input is sniffed like any stream without a name (YAML or JSON).
    return load(sys.stdin.buffer if source == "-" else source)


def _init(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import examples

    if args.list:
        for name in examples.names():
            print(name, file=out)
        return EXIT_OK
    if args.blank:
        from vcm import _starter

        if args.example:
            raise VcmError("--blank and --example each choose the starter: give one of them")
        language = args.language or Language.EN.value
        text, what, kind = _starter.text(language), f"blank starter, {language}", "blank starter"
    else:
        if args.language:
            raise VcmError("--language chooses the language of a blank starter: add --blank")
        name = args.example or examples.DEFAULT
        if name not in examples.names():
            known = ", ".join(examples.names())
            raise VcmError(f"no example called {name!r}; the examples are: {known}")
        text, what = examples.text(name), f"example {name!r}"
        kind = what
    path = Path(args.path)
    data = text.encode("utf-8")
    if path.exists() and not args.force:
        if path.is_file() and path.read_bytes() == data:
            print(f"{path} is the {kind} already", file=out)
            return EXIT_OK
        raise VcmError("exists already; use --force to overwrite it", file=str(path))
    write_atomically(path, lambda stream: stream.write(data), producer="init")
    print(f"wrote {path} ({what})", file=out)
    return EXIT_OK


def _places(org: Organisation) -> Mapping[str, str]:
    """Where each element of ``org`` came from, when an importer (a workbook) knows it."""
    from vcm import plugins

    for name in plugins.importers():
        try:
            importer = plugins.get_importer(name)
        except VcmError:
            continue
        places = getattr(importer, "places", None)
        if callable(places):
            found: Mapping[str, str] = places(org)
            if found:
                return found
    return {}


def _place(path: str, places: Mapping[str, str]) -> str:
    """The workbook cell of a model path, or of the nearest element holding it."""
    trail = path
    while trail:
        if trail in places:
            return places[trail]
        cut = max(trail.rfind("."), trail.rfind("["))
        trail = trail[:cut] if cut > 0 else ""
    return path


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.checks import Report, check

    org = _load(args.model)
    as_of = args.as_of or dt.date.today()
    report = check(org, as_of=as_of)
    places = _places(org)
    if places and args.format != "json":
        # Findings of a workbook name the sheet and cell their element came from.
        report = Report(
            findings=tuple(
                attrs.evolve(finding, path=_place(finding.path, places)) for finding in report
            )
        )
    if args.format == "json":
        print(report.to_json(), file=out)
    else:
        language = args.language or org.language
        print(_render.report(report, source=args.model, as_of=as_of, language=language), file=out)
    passed = report.ok_strict if args.strict else report.ok
    return EXIT_OK if passed else EXIT_FINDINGS


def _gaps(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.analysis import GAP_COLUMNS, gaps, to_rows

    org = _load(args.model)
    found = gaps(
        org, task_area=args.task_area, person=args.person, as_of=args.as_of or dt.date.today()
    )
    if not args.all:
        found = tuple(gap for gap in found if gap.gap != 0)
    if args.format == "json":
        import json

        print(json.dumps(to_rows(found), ensure_ascii=False, indent=2), file=out)
    elif args.format == "csv":
        from vcm._csv import write_rows

        write_rows(
            out, GAP_COLUMNS, to_rows(found), excel=args.excel, language=_language(args, org)
        )
    else:
        print(_render.gaps(found, org=org, language=args.language or org.language), file=out)
    return EXIT_OK


def _rows_out(
    args: argparse.Namespace, out: TextIO, org: Organisation, found: Sequence[object]
) -> bool:
    """Write ``found`` as JSON or CSV rows when asked; False when text is wanted."""
    from vcm.analysis import to_rows

    rows = to_rows(found)  # type: ignore[arg-type]
    if args.format == "json":
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
        return True
    if args.format == "csv":
        from vcm._csv import write_rows

        columns = list(rows[0]) if rows else []
        write_rows(out, columns, rows, excel=args.excel, language=_language(args, org))
        return True
    return False


def _only_area(org: Organisation, task_area: str | None) -> None:
    if task_area is not None and task_area not in org.index.task_areas:
        from vcm.analysis import NotFoundError

        known = ", ".join(area.id for area in org.task_areas)
        raise NotFoundError(f"no task area {task_area!r}; the task areas are: {known}")


def _coverage(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.analysis import coverage

    org = _load(args.model)
    _only_area(org, args.task_area)
    as_of = args.as_of or dt.date.today()
    found = [
        area for area in coverage(org, as_of=as_of) if args.task_area in (None, area.task_area)
    ]
    if not _rows_out(args, out, org, found):
        print(_render.coverage(found, org=org, language=_language(args, org)), file=out)
    return EXIT_OK


def _status(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.analysis import status

    org = _load(args.model)
    _only_area(org, args.task_area)
    as_of = args.as_of or dt.date.today()
    found = [s for s in status(org, as_of=as_of) if args.task_area in (None, s.task_area)]
    if not _rows_out(args, out, org, found):
        print(_render.status(found, org=org, language=_language(args, org)), file=out)
    return EXIT_OK


def _explain(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.analysis import explain

    org = _load(args.model)
    found = explain(org, args.rule, as_of=args.as_of or dt.date.today(), task_area=args.task_area)
    print(_render.explanation(found, org=org, language=_language(args, org)), file=out)
    return EXIT_OK


def _guide(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.analysis import guide

    org = _load(args.model)
    card = guide(
        org,
        args.task_area,
        results=tuple(args.result),
        values=tuple(args.value),
        as_of=args.as_of or dt.date.today(),
    )
    print(_render.guide(card, org=org, language=args.language or org.language), file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from vcm.errors import InconsistentModelError
    from vcm.plugins import export

    org = _load(args.model)
    options: dict[str, object] = {"include_people": args.include_people}
    for name in ("language", "as_of", "title", "min_group_size"):
        if getattr(args, name) is not None:
            options[name] = getattr(args, name)
    for target in args.out:
        try:
            written = export(
                org, target, format=args.format, allow_errors=args.allow_errors, **options
            )
        except InconsistentModelError as error:
            # Refused, as validate fails on errors: exit 1, not the 2 of bad input.
            language = args.language or org.language
            shown = error.findings[:_LISTED]
            listed = "".join(f"\n  {f.code} at {f.path}: {f.text(language)}" for f in shown)
            if len(error.findings) > len(shown):
                listed += f"\n  and {len(error.findings) - len(shown)} more (vcm validate)"
            print(
                f"vcm: error: {target} not written: the model's structure is wrong, so the "
                f"export would show wrong data (use --allow-errors to export anyway):{listed}",
                file=sys.stderr,
            )
            return EXIT_FINDINGS
        print(f"wrote {written}", file=out)
    # Nobody should hand out a report without knowing what the check says of its model.
    from vcm import _render
    from vcm.checks import check
    from vcm.vocabulary import words

    as_of = args.as_of or dt.date.today()
    language = args.language or org.language
    checked = f"{_render.label('as_of', language)} {words(language).date(as_of)}"
    summary = _render.counts(check(org, as_of=as_of), language)
    print(f"vcm validate ({checked}): {summary}", file=out)
    return EXIT_OK


def _rows(args: argparse.Namespace, out: TextIO) -> int:
    from vcm.analysis import TABLES, rows

    org = _load(args.model)
    found = rows(org, args.table, as_of=args.as_of or dt.date.today())
    if args.format == "json":
        import json

        print(json.dumps(found, ensure_ascii=False, indent=2), file=out)
    else:
        from vcm._csv import write_rows

        # The header always, so that an empty table is a header, not an empty file.
        columns = TABLES[args.table.lower()]
        write_rows(out, columns, found, excel=args.excel, language=_language(args, org))
    return EXIT_OK


def _update(args: argparse.Namespace, out: TextIO) -> int:
    from vcm.changes import diff, to_text
    from vcm.io import dump

    target = Path(args.model)
    if target.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise VcmError("the model to update must be a .yaml, .yml or .json file", file=args.model)
    old = _load(args.model)
    new = _load(args.workbook)
    if new.id != old.id:
        raise VcmError(
            f"the workbook was made from another organisation ({new.name!r}, not "
            f"{old.name!r}); the model was left as it was",
            file=args.workbook,
        )
    if "people" not in _places(new):
        # A workbook without personal data (the usual one, for a whole team) keeps the
        # model's own people.
        new = attrs.evolve(new, people=old.people)
    changes = diff(old, new, include_people=True)
    if changes:
        dump(new, target)
    print(to_text(changes, _language(args, new)), file=out)
    return EXIT_OK


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import changes

    old, new = _load(args.old), _load(args.new)
    found = changes.diff(old, new, include_people=args.include_people)
    language = args.language or new.language
    if args.format == "json":
        print(changes.to_json(found), file=out)
    elif args.format == "markdown":
        print(
            changes.to_markdown(
                found,
                organisation=new.name,
                old_label=_label(args.old),
                new_label=_label(args.new),
                language=language,
            ),
            file=out,
        )
    else:
        print(changes.to_text(found, language), file=out)
    # Like diff(1): 0 the same, 1 changes, 2 trouble.
    return EXIT_FINDINGS if found else EXIT_OK


def _label(source: str) -> str:
    # A reader is told which versions were compared by their file names, not their paths.
    return "stdin" if source == "-" else Path(source).name


def _formats(args: argparse.Namespace, out: TextIO) -> int:
    from vcm import _render
    from vcm.plugins import formats

    print(_render.formats(formats()), file=out)
    return EXIT_OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from importlib import resources

    # The schema the package ships (tests keep it equal to the model's own).
    out.write(resources.files("vcm").joinpath("schema.json").read_text(encoding="utf-8"))
    return EXIT_OK


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the ``vcm`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    stream = out or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace, TextIO], int] = args.run
    try:
        return run(args, stream)
    except VcmError as error:
        if args.debug:
            traceback.print_exc()
        language = getattr(args, "language", None)
        if language:  # --language says the reader's language, also for errors
            error = in_language(error, language)
        print(f"vcm: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("vcm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (head, less) went away; nothing more to say.
        return EXIT_OK
    except Exception as error:  # a bug in vcm or a plugin: say so, briefly
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"vcm: internal error: {type(error).__name__}: {error}\n"
                "vcm: run again with --debug for the traceback, and please report it",
                file=sys.stderr,
            )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
