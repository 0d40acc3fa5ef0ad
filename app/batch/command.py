"""``duizhao compare DIR_A DIR_B -o OUT_DIR`` and ``duizhao compare --pairs FILE -o OUT_DIR``."""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from app.batch.index import Batch, write_index
from app.batch.pairing import (
    Pair,
    Pairing,
    name_fold,
    opening_text,
    pair_folders,
    read_manifest,
    single_documents,
)
from app.batch.runner import BatchOptions, PairResult, run_batch
from app.model import CompareSettings, Conversion, Granularity

EXIT_TROUBLE = 2
_FORMATS = ("json", "txt", "html", "docx", "pdf", "csv")
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_TROUBLE, f"duizhao: {message} (see 'duizhao compare --help')\n")


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(name.strip().lower().replace("text", "txt")
                                for name in value.split(",") if name.strip()))
    unknown = [name for name in names if name not in _FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format '{','.join(unknown)}' (choose from {', '.join(_FORMATS)})")
    return names


def build_parser() -> argparse.ArgumentParser:
    from app.cli import build_parser as pair_parser

    single = pair_parser()
    parser = _Parser(
        prog="duizhao compare",
        description="Compare the documents of two folders (paired by path and name), or the "
                    "pairs listed in a manifest, writing one report per pair and an index.",
        epilog="Exit status: 0 no substantive difference anywhere, 1 some, 2 a file could "
               "not be read (the other pairs are still compared).")
    parser.add_argument("left", nargs="?", type=Path, help="folder of earlier versions")
    parser.add_argument("right", nargs="?", type=Path, help="folder of later versions")
    parser.add_argument("--pairs", type=Path,
                        help="CSV manifest of pairs: left,right[,name] (paths relative to it)")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="output folder for the reports and index.html/.csv/.json")
    parser.add_argument("--format", type=_formats, default=("html",),
                        help="comma-separated report formats per pair (default: html)")
    parser.add_argument("-j", "--jobs", type=int, default=0,
                        help="pairs compared at once (default: one per core)")
    for action in single._actions:  # the comparison's own options, as for one pair
        if action.dest in ("convert", "ignore", "granularity", "scope", "docx_style"):
            parser._add_action(action)
    return parser


def batch_command(argv: Sequence[str]) -> int:
    """Run a batch comparison; return the exit status."""
    args = build_parser().parse_args(argv)
    if args.pairs is None and (args.left is None or args.right is None):
        return _trouble("give two folders, or --pairs FILE")
    if args.jobs < 0:
        return _trouble("--jobs must be 0 (one per core) or more")
    settings = CompareSettings(convert=Conversion(args.convert), ignore=args.ignore,
                               granularity=Granularity(args.granularity))
    options = BatchOptions(out_dir=args.output, formats=args.format, settings=settings,
                           scope=args.scope, docx_style=args.docx_style, jobs=args.jobs)
    try:
        if args.pairs is not None:
            pairing = Pairing(tuple(_manifest(args.pairs)), (), ())
            left, right = str(args.pairs), ""
        else:
            for folder in (args.left, args.right):
                if not folder.is_dir():
                    return _trouble(f"{folder}: not a folder")
            pairing = pair_folders(args.left, args.right, fold=name_fold(),
                                   opening=opening_text, skip=args.output.resolve())
            left, right = str(args.left), str(args.right)
        args.output.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as error:
        return _trouble(str(error))
    return _run(pairing, options, left, right, "compare")


def _run(pairing: Pairing, options: BatchOptions, left: str, right: str, mode: str) -> int:
    """Run the batch with progress, write the index, print the summary; the exit status."""
    reporter = _Reporter.for_stderr(len(pairing.pairs),
                                    "findings" if mode == "check" else "substantive")
    interrupted = False
    try:
        results = run_batch(pairing.pairs, options, reporter.update)
    except KeyboardInterrupt:
        interrupted, results = True, reporter.results
    reporter.finish()
    batch = Batch(left, right, options, tuple(results), pairing.only_left,
                  pairing.only_right, cancelled=interrupted, mode=mode)
    try:
        index = write_index(batch)
    except OSError as error:
        return _trouble(f"{options.out_dir}: the index cannot be written ({error})")
    print(_summary(batch, index[-1]))
    return 130 if interrupted else batch.exit_status


def build_check_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="duizhao check",
        description="Check every document of a folder (recursively) alone: forms left in "
                    "the other script, other forms chosen, mixed variants and encoding "
                    "damage; one report per document and an index.",
        epilog="Exit status: 0 no finding anywhere, 1 findings, 2 a file could not be read "
               "(the other documents are still checked).")
    parser.add_argument("folder", type=Path, help="the folder of documents to check")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="output folder for the reports and index.html/.csv/.json")
    parser.add_argument("--format", type=_formats, default=("html",),
                        help="comma-separated report formats per document (default: html)")
    parser.add_argument("-j", "--jobs", type=int, default=0,
                        help="documents checked at once (default: one per core)")
    parser.add_argument("--convert", choices=[c.value for c in Conversion], default="auto",
                        help="the conversion to check against (default: auto, from each text)")
    parser.add_argument("--docx-style", choices=["table", "redline"], default="table",
                        help="Word report: a table of findings, or the document with each "
                             "suggestion as a tracked change")
    return parser


def check_folder_command(argv: Sequence[str]) -> int:
    """Run ``duizhao check DIR -o OUT_DIR``; return the exit status."""
    args = build_check_parser().parse_args(argv)
    if args.jobs < 0:
        return _trouble("--jobs must be 0 (one per core) or more")
    options = BatchOptions(out_dir=args.output, formats=args.format,
                           settings=CompareSettings(convert=Conversion(args.convert)),
                           docx_style=args.docx_style, jobs=args.jobs)
    try:
        documents = single_documents(args.folder, skip=args.output.resolve())
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _trouble(str(error))
    return _run(Pairing(tuple(documents), (), ()), options, str(args.folder), "", "check")


def _manifest(path: Path) -> list[Pair]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return read_manifest(path, list(csv.reader(handle)))
    except UnicodeDecodeError:
        raise ValueError(f"{path}: the manifest is not UTF-8 text") from None
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror or error})") from None


def _summary(batch: Batch, index: Path) -> str:
    counts = {status: sum(1 for r in batch.results if r.status == status)
              for status in ("different", "same", "error")}
    if batch.mode == "check":
        return (f"{len(batch.results)} documents: {counts['different']} with findings, "
                f"{counts['same']} without, {counts['error']} errors\nIndex: {index}")
    return (f"{len(batch.results)} pairs: {counts['different']} with differences, "
            f"{counts['same']} without, {counts['error']} errors; "
            f"{len(batch.only_left)} only left, {len(batch.only_right)} only right\n"
            f"Index: {index}")


def _trouble(message: str) -> int:
    print(f"duizhao: {message}", file=sys.stderr)
    return EXIT_TROUBLE


class _Reporter:
    """Progress on stderr: a bar with an estimate on a terminal, a line per pair otherwise."""

    def __init__(self, total: int, terminal: bool, counted: str) -> None:
        self.total, self.terminal, self.counted = total, terminal, counted
        self.results: list[PairResult] = []
        self._started = time.monotonic()

    @classmethod
    def for_stderr(cls, total: int, counted: str) -> _Reporter:
        return cls(total, sys.stderr.isatty(), counted)

    def update(self, done: int, total: int, result: PairResult) -> None:
        self.results.append(result)
        what = f"{result.status.value}" + (
            f" ({result.substantive} {self.counted})" if result.substantive else "")
        if result.error:
            what += f": {result.error}"
        if not self.terminal:
            print(f"[{done}/{total}] {result.pair.name}: {what}", file=sys.stderr, flush=True)
            return
        elapsed = time.monotonic() - self._started
        remaining = elapsed / done * (total - done)
        filled = 30 * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} done, "
                         f"about {remaining:.0f} s left ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.terminal and self.results:
            sys.stderr.write("\n")
