"""The ``duizhao`` command: ``duizhao compare …`` compares headless; anything else opens the window.

Exit status of ``compare`` follows diff: 0 no substantive difference, 1 some, 2 trouble (a
one-line message on stderr naming the file and the reason).
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
    NON_SUBSTANTIVE_KINDS,
    CompareOptions,
    CompareSettings,
    Conversion,
    Granularity,
    Kind,
)

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2
_OUTPUT_FORMATS = ("json", "text", "txt", "html", "docx", "pdf", "csv")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, like the rest of the command."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_TROUBLE, f"duizhao: {message} (see 'duizhao compare --help')\n")


def _kinds(value: str) -> frozenset[Kind]:
    if value.strip().lower() in ("", "none"):
        return frozenset()
    kinds = set()
    for name in value.split(","):
        try:
            kind = Kind(name.strip().lower())
        except ValueError:
            raise argparse.ArgumentTypeError(f"unknown kind '{name}'") from None
        if kind not in NON_SUBSTANTIVE_KINDS:
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
                        help="comma-separated non-substantive kinds to hide, or 'none' "
                             "(default: punctuation,whitespace,markup,numbering)")
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
        return compare_command(args[1:])
    if args[:1] in (["--version"], ["-V"]):
        print(f"duizhao {__version__}")
        return EXIT_SAME
    if args[:1] in (["-h"], ["--help"]):
        print("usage: duizhao [--screenshot PNG] [LEFT RIGHT]   open the window\n"
              "       duizhao compare LEFT RIGHT [-o OUT] …      compare on the command line\n"
              "       duizhao compare --help                    all options")
        return EXIT_SAME
    from app.gui.application import run_gui

    return run_gui(args)


def compare_command(argv: Sequence[str]) -> int:
    """Run ``duizhao compare``; return the exit status."""
    args = build_parser().parse_args(argv)
    # A short-lived process that builds large acyclic structures: the cyclic collector
    # only costs time here (reports of long documents were superlinear with it).
    gc.disable()
    try:
        return _compare(args)
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
        sys.stdout.write(render(comparison, color=color, listed=options.listed(comparison)))
    elif fmt == "json":
        from app.report.json_report import dumps

        sys.stdout.write(dumps(comparison))
    else:
        return _trouble(f"the {fmt} format needs an output file (-o)")
    substantive = any(kind.substantive for kind in comparison.counts_by_kind())
    return EXIT_DIFFERENT if substantive else EXIT_SAME


# The shell's status for a command ended by Ctrl+C (128 + SIGINT).
EXIT_INTERRUPTED = 130


def _trouble(message: str) -> int:
    print(f"duizhao: {message}", file=sys.stderr)
    return EXIT_TROUBLE


class _ProgressBar:
    """A progress bar on stderr, shown only on a terminal and only for long comparisons."""

    DELAY = 0.5  # seconds before the bar appears

    def __init__(self, write: Callable[[str], object] | None) -> None:
        self._write = write
        self._started = time.monotonic()
        self._shown = False

    @classmethod
    def for_stderr(cls) -> _ProgressBar:
        return cls(sys.stderr.write if sys.stderr.isatty() else None)

    def update(self, done: int, total: int) -> None:
        if self._write is None or time.monotonic() - self._started < self.DELAY or not total:
            return
        filled = 30 * done // total
        self._write(f"\rComparing [{'#' * filled}{'.' * (30 - filled)}] {100 * done // total}%")
        self._shown = True

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._shown and self._write is not None:
            self._write("\r" + " " * 50 + "\r")
