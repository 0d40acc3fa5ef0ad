"""The ``duizhao`` command: ``duizhao compare …`` compares and ``duizhao check …`` checks one
document headless; anything else opens the window.

Exit status of ``compare`` follows diff: 0 no substantive difference, 1 some, 2 trouble (a
one-line message on stderr naming the file and the reason); ``check`` likewise: 0 no
finding, 1 findings, 2 trouble.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.io import DocumentError, load_document
from app.model import (
    IGNORABLE,
    CheckSettings,
    CompareOptions,
    CompareSettings,
    Conversion,
    Granularity,
    Kind,
)

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2
# The shell's status for a command ended by Ctrl+C (128 + SIGINT).
EXIT_INTERRUPTED = 130
# The whole --help, the compare options after it: complete enough for help2man's man page.
_HELP = """\
usage: duizhao [--screenshot PNG] [LEFT [RIGHT] | DIR_A DIR_B | PROJECT.duizhao]
       duizhao compare LEFT RIGHT [-o REPORT] [options]
       duizhao compare DIR_A DIR_B -o OUT_DIR [options]   (see 'duizhao compare --help')
       duizhao check FILE [-o REPORT] [options]           (see 'duizhao check --help')
       duizhao check DIR -o OUT_DIR [options]
       duizhao --version

Compare two versions of a Chinese document clause by clause (对照): .txt .md .docx .odt
.html and .pdf files, or two folders of them; check one document's simplified/traditional
conversion. Without a command, opens the window on the two documents, the two folders or
the project; one document opens on the left and the window asks for the other.

window options:
  --screenshot PNG  open the pair, wait for the comparison, save the window as PNG and exit

"""
_OUTPUT_FORMATS = ("json", "text", "txt", "html", "docx", "pdf", "csv")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, like the rest of the command."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_TROUBLE, f"duizhao: {message} (see '{self.prog} --help')\n")


def _kinds(value: str) -> frozenset[Kind]:
    if value.strip().lower() in ("", "none"):
        return frozenset()
    kinds = set()
    for name in value.split(","):
        try:
            kind = Kind(name.strip().lower())
        except ValueError:
            raise argparse.ArgumentTypeError(f"unknown kind '{name}'") from None
        if kind not in IGNORABLE:
            raise argparse.ArgumentTypeError(f"'{name}' is substantive and cannot be ignored")
        kinds.add(kind)
    return frozenset(kinds)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="duizhao compare",
        description="Compare two versions of a Chinese document clause by clause.",
        epilog="Exit status: 0 no substantive difference, 1 some, 2 trouble.")
    parser.add_argument("left", help="the earlier or reference document")
    parser.add_argument("right", help="the later or converted document")
    parser.add_argument("-o", "--output", type=Path,
                        help="write a report; its format follows the extension "
                             "(.json .html .docx .pdf .csv .txt)")
    parser.add_argument("--format", choices=_OUTPUT_FORMATS,
                        help="report format (default: from the extension, or text on stdout)")
    parser.add_argument("--convert", choices=[c.value for c in Conversion], default="auto",
                        help="script folding before comparing (default: auto)")
    defaults = CompareSettings()
    parser.add_argument("--ignore", type=_kinds, default=defaults.ignore,
                        help="comma-separated kinds to hide: non-substantive ones, and "
                             "conversion (the release's own conversion errors); 'none' hides "
                             "nothing (default: punctuation,whitespace,markup,numbering)")
    parser.add_argument("--granularity", choices=[g.value for g in Granularity],
                        default=defaults.granularity.value,
                        help="widen inline changes to whole words or keep characters")
    parser.add_argument("--scope", choices=["substantive", "all"], default="substantive",
                        help="which differences human-facing reports list")
    parser.add_argument("--docx-style", choices=["table", "redline"], default="table",
                        help="Word report: comparison table or tracked changes")
    parser.add_argument("--review", type=Path,
                        help="apply the annotations of a review file (.duizhao-review.json) "
                             "or of a .duizhao project")
    parser.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                        help="colour the summary (default: when stdout is a terminal)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["compare"]:
        if wants_batch(args[1:]):
            from app.batch.command import batch_command

            return batch_command(args[1:])
        return compare_command(args[1:])
    if args[:1] == ["check"]:
        if wants_folder_check(args[1:]):
            from app.batch.command import check_folder_command

            return check_folder_command(args[1:])
        return check_command(args[1:])
    if args[:1] in (["--version"], ["-V"]):
        print(f"duizhao {__version__}")
        return EXIT_SAME
    if args[:1] in (["-h"], ["--help"]):
        print(_HELP + build_parser().format_help())
        return EXIT_SAME
    from app.gui.application import run_gui

    return run_gui(args)


def compare_command(argv: Sequence[str]) -> int:
    """Run ``duizhao compare``; return the exit status."""
    return _guarded(_compare, build_parser().parse_args(argv))


def _guarded(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command: every failure is one line on stderr and an exit status, never a
    traceback."""
    # A short-lived process that builds large acyclic structures: the cyclic collector
    # only costs time here (reports of long documents were superlinear with it).
    gc.disable()
    try:
        return command(args)
    except DocumentError as error:
        return _trouble(str(error))
    except KeyboardInterrupt:
        _trouble("interrupted")
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - the promise is a message, never a traceback
        return _trouble(f"internal error: {type(error).__name__}: {error}")


def _compare(args: argparse.Namespace) -> int:
    from app.engine import compare
    from app.report import DocxStyle, ReportError, ReportOptions, Scope, write_report

    review = None
    if args.review:
        from app.review import ReviewError, load_review

        try:
            review = load_review(args.review)
        except ReviewError as error:
            return _trouble(str(error))
    left = load_document(args.left)
    right = load_document(args.right)
    settings = CompareSettings(convert=Conversion(args.convert), ignore=args.ignore,
                               granularity=Granularity(args.granularity))
    with _ProgressBar.for_stderr() as bar:
        comparison = compare(left, right, CompareOptions(settings=settings, progress=bar.update))
    if review is not None:
        from app.review import apply_review

        comparison = apply_review(comparison, review)
    options = ReportOptions(scope=Scope(args.scope), docx_style=DocxStyle(args.docx_style))
    fmt = "txt" if args.format == "text" else args.format
    if args.output is not None:
        try:
            write_report(comparison, args.output, options, fmt=fmt)
        except ReportError as error:
            return _trouble(str(error))
    elif fmt in (None, "txt"):
        from app.report.text_report import render

        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                           and "NO_COLOR" not in os.environ)
        trouble = _to_stdout(render(comparison, color=color, listed=options.listed(comparison)))
        if trouble is not None:
            return trouble
    elif fmt == "json":
        from app.report.json_report import dumps

        trouble = _to_stdout(dumps(comparison))
        if trouble is not None:
            return trouble
    else:
        return _trouble(f"the {fmt} format needs an output file (-o)")
    substantive = any(kind.substantive and kind not in settings.ignore
                      for kind in comparison.counts_by_kind())
    return EXIT_DIFFERENT if substantive else EXIT_SAME


def build_check_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="duizhao check",
        description="Check one Chinese document alone: forms left unconverted, other forms "
                    "chosen, mixed variants and encoding damage, each with a suggestion.",
        epilog="Exit status: 0 no finding, 1 findings, 2 trouble.")
    parser.add_argument("file", help="the document to check")
    parser.add_argument("-o", "--output", type=Path,
                        help="write a report; its format follows the extension "
                             "(.json .html .docx .pdf .csv .txt)")
    parser.add_argument("--format", choices=_OUTPUT_FORMATS,
                        help="report format (default: from the extension, or text on stdout)")
    parser.add_argument("--convert", choices=[c.value for c in Conversion], default="auto",
                        help="the conversion to check against (default: auto, from the text; "
                             "none checks the encoding only)")
    parser.add_argument("--docx-style", choices=["table", "redline"], default="table",
                        help="Word report: a table of findings, or the document with each "
                             "suggestion as a tracked change")
    parser.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                        help="colour the summary (default: when stdout is a terminal)")
    return parser


def check_command(argv: Sequence[str]) -> int:
    """Run ``duizhao check``; return the exit status."""
    return _guarded(_check, build_check_parser().parse_args(argv))


def _check(args: argparse.Namespace) -> int:
    from app.engine import check_document
    from app.report import DocxStyle, ReportError, ReportOptions, write_report

    document = load_document(args.file)
    with _ProgressBar.for_stderr("Checking") as bar:
        result = check_document(document, CheckSettings(convert=Conversion(args.convert)),
                                progress=bar.update)
    fmt = "txt" if args.format == "text" else args.format
    if args.output is not None:
        try:
            write_report(result, args.output, ReportOptions(docx_style=DocxStyle(
                args.docx_style)), fmt=fmt)
        except ReportError as error:
            return _trouble(str(error))
    elif fmt in (None, "txt"):
        from app.report.check.text_report import render

        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                           and "NO_COLOR" not in os.environ)
        trouble = _to_stdout(render(result, color=color))
        if trouble is not None:
            return trouble
    elif fmt == "json":
        from app.report.check.json_report import dumps

        trouble = _to_stdout(dumps(result))
        if trouble is not None:
            return trouble
    else:
        return _trouble(f"the {fmt} format needs an output file (-o)")
    return EXIT_DIFFERENT if result.findings else EXIT_SAME


def _to_stdout(text: str) -> int | None:
    """Print a report; a full disk or a closed pipe is trouble (exit 2), said in one line."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except (OSError, UnicodeError) as error:
        # Nothing more can reach that output, not even at exit when Python flushes it.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        reason = error.strerror if isinstance(error, OSError) else error.reason
        return _trouble(f"standard output: cannot be written ({str(reason).lower()})")
    return None


def _trouble(message: str) -> int:
    print(f"duizhao: {message}", file=sys.stderr)
    return EXIT_TROUBLE


class _ProgressBar:
    """A progress bar on stderr, shown only on a terminal and only for long comparisons."""

    DELAY = 0.5  # seconds before the bar appears

    def __init__(self, write: Callable[[str], object] | None, title: str = "Comparing") -> None:
        self._write = write
        self._title = title
        self._started = time.monotonic()
        self._shown = False

    @classmethod
    def for_stderr(cls, title: str = "Comparing") -> _ProgressBar:
        return cls(sys.stderr.write if sys.stderr.isatty() else None, title)

    def update(self, done: int, total: int) -> None:
        if self._write is None or time.monotonic() - self._started < self.DELAY or not total:
            return
        filled = 30 * done // total
        self._write(f"\r{self._title} [{'#' * filled}{'.' * (30 - filled)}] "
                    f"{100 * done // total}%")
        self._shown = True

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._shown and self._write is not None:
            self._write("\r" + " " * 50 + "\r")


# Options of ``duizhao compare`` followed by a separate value.
_VALUED_OPTIONS = frozenset({"-o", "--output", "--format", "--convert", "--ignore",
                             "--granularity", "--scope", "--docx-style", "--review", "--color",
                             "-j", "--jobs"})


def wants_batch(argv: Sequence[str]) -> bool:
    """Whether ``duizhao compare`` was given folders or a manifest rather than two files."""
    if any(arg == "--pairs" or arg.startswith("--pairs=") for arg in argv):
        return True
    positional = _positional(argv)
    return len(positional) >= 2 and all(Path(arg).is_dir() for arg in positional[:2])


def wants_folder_check(argv: Sequence[str]) -> bool:
    """Whether ``duizhao check`` was given a folder rather than one file."""
    positional = _positional(argv)
    return bool(positional) and Path(positional[0]).is_dir()


def _positional(argv: Sequence[str]) -> list[str]:
    """The arguments that are neither options nor an option's value."""
    positional, takes_value = [], False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in _VALUED_OPTIONS:
            takes_value = True
        elif not arg.startswith("-"):
            positional.append(arg)
    return positional
