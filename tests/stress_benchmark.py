"""Time and peak memory of ``duizhao compare`` on hostile and odd inputs at full size (by hand).

    .venv/bin/python tests/stress_benchmark.py            # every case but the long pairs
    .venv/bin/python tests/stress_benchmark.py --long     # also 10x and 30x the long sample

Each case runs the command in a child process and prints its exit status, wall and CPU
seconds, peak resident memory and the first line of stderr. The ceilings the issue asks for
(under 10 s and 1 GB for each case; the 30x pair near-linear and under 1.5 GB, redline
included) are checked (CPU seconds, as the machine may be shared) and marked here, never in
the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stress import hostile  # noqa: E402

PLAIN = ROOT / "samples" / "plan-2021-draft.txt"
SECONDS, MEGABYTES = 10.0, 1024


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[str]]  # writes its files into the folder; the arguments
    seconds: float = SECONDS
    megabytes: int = MEGABYTES
    stdout: str = os.devnull  # where the command's summary goes


def _file(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def _against_plain(name: str, data: Callable[[], bytes | str]) -> Callable[[Path], list[str]]:
    return lambda folder: [_file(folder, name, data()), str(PLAIN)]


def _fifo(as_review: bool) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        pipe = folder / "pipe.txt"
        os.mkfifo(pipe)
        return [str(PLAIN), str(PLAIN), "--review", str(pipe)] if as_review else \
            [str(pipe), str(PLAIN)]
    return make


def _forty_nine_megabytes(folder: Path) -> list[str]:
    line = "第一条 为了规范自由贸易试验区的管理，根据有关法律、行政法规，制定本条例。\n"
    size = 49 * 1024 * 1024
    data = (line * (size // len(line.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")
    return [_file(folder, "big.txt", data), str(PLAIN)]


def _long_pair(times: int, *options: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        left, right = hostile.long_pair(times)
        return [_file(folder, f"left{times}.txt", left), _file(folder, f"right{times}.txt", right),
                *options]
    return make


def _to(target: str, *options: str) -> Callable[[Path], list[str]]:
    return lambda folder: [str(PLAIN), str(PLAIN), "-o", target, *options]


CASES = [
    Case("numbering label x30,000 paragraphs (DOCX)",
         _against_plain("amplified.docx", lambda: hostile.numbering_amplifier_docx(30_000, 180))),
    Case("numbering label x60,000 paragraphs, stored (DOCX)", _against_plain(
        "stored.docx", lambda: hostile.stored(hostile.numbering_amplifier_docx(60_000, 190)))),
    Case("text:s c=1000 x100,000 (ODT)",
         _against_plain("spaces.odt", lambda: hostile.spaces_odt(100_000))),
    Case("4,200-digit list start (DOCX)", _against_plain("start.docx",
                                                         lambda: hostile.long_start_docx(4200))),
    Case("4,200-digit list start (ODT)", _against_plain("start.odt",
                                                        lambda: hostile.long_start_odt(4200))),
    Case("4,200-digit list start (HTML)", _against_plain("start.html",
                                                         lambda: hostile.long_start_html(4200))),
    Case("zip bomb, small parts (DOCX)",
         _against_plain("bomb.docx", lambda: hostile.bomb_zip(100 * 1024 * 1024))),
    Case("FIFO as a document", _fifo(False)),
    Case("FIFO as a review", _fifo(True)),
    Case("/dev/zero as a review", lambda folder: [str(PLAIN), str(PLAIN), "--review",
                                                  "/dev/zero"]),
    Case("escape sequences and controls (TXT)", _against_plain(
        "controls.txt", lambda: hostile.control_characters_text() + PLAIN.read_text("utf-8"))),
    Case("UTF-16 without BOM (TXT)", _against_plain(
        "utf16.txt", lambda: hostile.utf16_without_bom(PLAIN.read_text("utf-8")))),
    Case("PDF with zero pages", _against_plain("zero.pdf", hostile.zero_page_pdf)),
    Case("49 MB text", _forty_nine_megabytes, seconds=30),
    Case("text summary to /dev/full", lambda folder: [str(PLAIN), str(PLAIN)],
         stdout="/dev/full"),
    Case("PDF report to /dev/full", _to("/dev/full", "--format", "pdf")),
    Case("report into a missing folder", _to("/nonexistent/report.docx")),
]
LONG_CASES = [
    Case("10x long sample, JSON", _long_pair(10, "-o", "out10.json"), seconds=120),
    Case("10x long sample, redline --scope all",
         _long_pair(10, "-o", "out10.docx", "--docx-style", "redline", "--scope", "all"),
         seconds=240),
    Case("30x long sample, JSON", _long_pair(30, "-o", "out30.json"), seconds=360,
         megabytes=1536),
    Case("30x long sample, redline --scope all",
         _long_pair(30, "-o", "out30.docx", "--docx-style", "redline", "--scope", "all"),
         seconds=720, megabytes=1536),
]


def run(case: Case, folder: Path) -> str:
    """Run one case; its line of results."""
    arguments = case.make(folder)
    started = time.perf_counter()
    with open(case.stdout, "w") as stdout:
        child = subprocess.Popen([sys.executable, "-m", "app", "compare", *arguments],
                                 cwd=folder, stdout=stdout, stderr=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            _, stderr = child.communicate(timeout=900)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            return f"{case.name:42} TIMEOUT after 900 s"
    wall = time.perf_counter() - started
    # This runner starts one command only, so its children's usage is that command's.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024
    # CPU time, not wall time, against the ceiling: the machine is shared.
    within = "ok" if cpu <= case.seconds and peak <= case.megabytes else "OVER"
    message = (stderr.strip().splitlines() or [""])[0].replace(str(folder) + "/", "")
    return (f"{case.name:42} exit {child.returncode}  {wall:6.1f} s  cpu {cpu:6.1f} s  "
            f"{peak:5d} MB  {within}  {message[:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="also the 10x and 30x pairs")
    parser.add_argument("--case", help="run only the cases whose name contains this")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a single case, in a fresh process
    args = parser.parse_args()
    cases = CASES + (LONG_CASES if args.long else [])
    if args.one is not None:
        with tempfile.TemporaryDirectory() as folder:
            print(run(cases[int(args.one)], Path(folder)), flush=True)
        return
    print(f"{'case':42} status, wall, CPU, peak memory, within {SECONDS:.0f} s and "
          f"{MEGABYTES} MB (the long pairs: their own ceilings), message")
    for index, case in enumerate(cases):
        if args.case and args.case not in case.name:
            continue
        # A fresh process per case, so that the peak memory is that case's alone.
        subprocess.run([sys.executable, __file__, "--one", str(index),
                        *(["--long"] if args.long else [])], check=False)


if __name__ == "__main__":
    main()
