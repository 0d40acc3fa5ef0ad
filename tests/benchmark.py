"""Speed and memory of a whole ``duizhao compare`` run (run by hand; not part of the suite).

    .venv/bin/python tests/benchmark.py [--repeat N]
    .venv/bin/python tests/benchmark.py --gui [--repeat N]
    .venv/bin/python tests/benchmark.py --batch

It makes an edited traditional copy of the 144k-character sample (wording, figures, an
inserted, a deleted and a moved clause, encoding damage, punctuation), then times (wall clock,
and CPU: user + system, steadier on a shared machine):
  * the whole command ``duizhao compare LEFT RIGHT -o x.json`` (process start included);
  * the baseline: OpenCC t2s of both sides and diff-match-patch over the whole texts;
  * the same command on ten times the text, to show how cost grows;
  * checking the sample's OpenCC s2t conversion alone (check_document, in process);
and reports the peak memory of the command.

With ``--hostile`` it runs the command on inputs of hostile size and shape instead (empty
against 30 times the sample, one unpunctuated clause edited in place, a 5 MB single line,
1.8 MB of punctuation, repeated and all-changed clauses) and reports each one's time and peak
memory against its ceiling (10 s and 1 GB; 30 times the sample against itself edited, 1.5 GB).

With ``--gui`` it opens the sample against its plain traditional conversion in the window
(offscreen, 1440x900) instead, and reports the time (and CPU) to ``comparison_shown``, to the
first paint and to every row fitted, the longest pause of the event loop meanwhile, the time
per frame of scrolling through, and the peak memory: medians of N runs, each in a process of
its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from diff_match_patch import diff_match_patch
from opencc import OpenCC

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "samples" / "decision-pdf-extract.txt"


def edited_copy(text: str) -> str:
    """The text converted to traditional with one edit of every substantive kind."""
    lines = text.split("\n")
    long_lines = [n for n, line in enumerate(lines) if len(line.strip()) > 30]
    moved = lines[long_lines[40]]
    lines[long_lines[40]] = ""
    lines.insert(long_lines[300], moved)  # moved clause
    lines[long_lines[120]] = ""  # deleted clause
    lines.insert(long_lines[200], "新增条款：建立健全跨部门协调机制，定期评估实施效果。")
    edited = "\n".join(lines)
    edited = edited.replace("国务院决定", "国务院研究决定", 1)  # wording
    edited = edited.replace("2017", "2018", 2)  # figures
    edited = edited.replace("，", ",", 200)  # punctuation
    converted = OpenCC("s2t").convert(edited)
    middle = len(converted) // 2
    return converted[:middle] + "??" + converted[middle + 3:]  # encoding damage


def _timed(command: list[str], **options: Any) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **options)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if result.returncode not in (0, 1):  # the command's 1 means "differences found"
        raise SystemExit(f"failed: {result.stderr}")
    return wall, cpu


def run_command(left: Path, right: Path, out: Path,
                repeat: int) -> tuple[float, float, int]:
    """Median wall and CPU time of the CLI, and its peak resident memory in MB."""
    command = [sys.executable, "-m", "app", "compare", str(left), str(right), "-o", str(out)]
    runs = [_timed(command, cwd=ROOT) for _ in range(repeat)]
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (statistics.median(wall for wall, _ in runs),
            statistics.median(cpu for _, cpu in runs), peak_kb // 1024)


def baseline(left: str, right: str) -> float:
    """OpenCC t2s of both sides, then diff-match-patch over the whole texts (default limit)."""
    start = time.perf_counter()
    converter = OpenCC("t2s")
    diff_match_patch().diff_main(converter.convert(left), converter.convert(right))
    return time.perf_counter() - start


_BASELINE_PROCESS = """
import sys
from diff_match_patch import diff_match_patch
from opencc import OpenCC
converter = OpenCC("t2s")
left, right = (open(name, encoding="utf-8").read() for name in sys.argv[1:3])
diff_match_patch().diff_main(converter.convert(left), converter.convert(right))
"""


def baseline_process(left: Path, right: Path, repeat: int) -> tuple[float, float]:
    """Median wall and CPU time of the baseline as a whole process, like the command's."""
    command = [sys.executable, "-c", _BASELINE_PROCESS, str(left), str(right)]
    runs = [_timed(command) for _ in range(repeat)]
    return (statistics.median(wall for wall, _ in runs),
            statistics.median(cpu for _, cpu in runs))


def check_alone(text: str, repeat: int) -> tuple[float, float]:
    """Median wall and CPU time of checking the text's OpenCC s2t conversion alone, in
    process with the tables loaded (what ``duizhao check`` adds to its start-up)."""
    from app.engine import check_document
    from app.engine.conversion import converter
    from app.model import Document

    document = Document(converter("s2t").convert(text), "txt", "utf-8")
    check_document(Document("今后對于", "txt", "utf-8"))
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        check_document(document)
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return (statistics.median(wall for wall, _ in runs),
            statistics.median(cpu for _, cpu in runs))


# Han characters to make unpunctuated text from (random, reproducible).
_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于发成会可主年动同工也能下过"


def _han(count: int, seed: int) -> str:
    import random

    generator = random.Random(seed)
    return "".join(generator.choices(_HAN, k=count))


def hostile_cases(text: str, edited: str) -> list[tuple[str, str, str, float, int]]:
    """(name, left, right, ceiling in seconds, ceiling in MB) of each hostile input."""
    clause = _han(800_000, 1)
    line = _han(1_700_000, 2)  # 5 MB of UTF-8 on one line
    parties = "\n".join(f"第{n}条 甲方应当在收到货物后{_han(2, n)}日内向乙方支付{_han(3, -n)}款项。"
                         for n in range(1, 3001))
    same, others = "本条款适用于所有合同。", [f"第{n}条 甲方应当按时付款{n}。" for n in range(100)]
    return [
        ("empty vs 30x the sample", "", "\n".join([text] * 30), 10, 1024),
        ("one 800k-character clause edited in place", clause,
         clause[:400_000] + "改动" + clause[400_010:], 10, 1024),
        ("a 5 MB single line, edited", line, line[:100] + "改" + line[101:1_000_000]
         + _han(5_000, 3) + line[1_000_000:], 10, 1024),
        ("1.8 MB of punctuation", "，。；！" * 450_000, "、。" * 900_000, 10, 1024),
        ("1,000 identical clauses and 100 others", "\n".join([same] * 1000 + others),
         "\n".join([same] * 999 + others), 10, 1024),
        ("甲方 renamed 买方 in each of 3,000 clauses", parties, parties.replace("甲方", "买方"),
         10, 1024),
        ("3,000 clauses all changed", "\n".join(_han(30, n) + "。" for n in range(3000)),
         "\n".join(_han(30, n + 100_000) + "。" for n in range(3000)), 10, 1024),
        ("30x the sample against 30x its edited copy", "\n".join([text] * 30),
         "\n".join([edited] * 30), 600, 1536),
    ]


# Runs the command and reports its own peak memory (VmHWM: ru_maxrss would include the
# benchmark's, inherited across exec) and CPU seconds.
_MEASURED_RUN = """
import resource, sys
from app.cli import main
status = main(["compare", *sys.argv[1:]])
with open("/proc/self/status") as status_file:
    peak = next(int(line.split()[1]) for line in status_file if line.startswith("VmHWM"))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(peak // 1024, usage.ru_utime + usage.ru_stime, file=sys.stderr)
raise SystemExit(status)
"""


def hostile_benchmark() -> None:
    """Run the command on each hostile case; print time and peak memory against ceilings."""
    text = SOURCE.read_text("utf-8")
    edited = edited_copy(text)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        left, right, out = work / "left.txt", work / "right.txt", work / "x.json"
        for name, left_text, right_text, seconds, megabytes in hostile_cases(text, edited):
            left.write_text(left_text, "utf-8")
            right.write_text(right_text, "utf-8")
            command = [sys.executable, "-c", _MEASURED_RUN, str(left), str(right), "-o", str(out)]
            start = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
            wall = time.perf_counter() - start
            peak_text, cpu_text = result.stderr.strip().splitlines()[-1].split()
            peak, cpu = int(peak_text), float(cpu_text)
            # CPU time judges the case on a shared machine, where the wall clock also
            # counts other people's work.
            verdict = "ok" if cpu <= seconds and peak <= megabytes else "OVER"
            print(f"{name:45} {wall:6.1f} s, CPU {cpu:6.1f} s (ceiling {seconds} s), {peak:5} MB "
                  f"(ceiling {megabytes} MB), exit {result.returncode}: {verdict}")


def gui_benchmark() -> dict[str, Any]:
    """Open the sample and its traditional conversion in the window; time it and scroll."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow

    class FirstPaint(QObject):
        """Notes when the table's first paint with a comparison is done: at the next turn
        of the event loop (within a step of the row fitting), since the filter sees the
        paint event before the table paints."""

        def __init__(self, window: MainWindow) -> None:
            super().__init__()
            self.window = window
            self.started = False
            self.at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and not self.started
                    and self.window.comparison is not None):
                self.started = True
                QTimer.singleShot(0, self.painted)
            return False

        def painted(self) -> None:
            self.at = time.perf_counter()

    text = SOURCE.read_text("utf-8")
    application = QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        left, right = work / "left.txt", work / "right.txt"
        left.write_text(text, "utf-8")
        right.write_text(OpenCC("s2t").convert(text), "utf-8")
        window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1440, 900)
        window.show()
        application.processEvents()
        table = window.table
        painted = FirstPaint(window)
        table.viewport().installEventFilter(painted)
        pauses, clock = [0], QElapsedTimer()
        ticker = QTimer(interval=5)
        ticker.timeout.connect(lambda: pauses.append(clock.restart()))
        shown: list[tuple[float, float]] = []
        window.comparison_shown.connect(lambda _comparison: shown.append(
            (time.perf_counter(), time.process_time())))

        def run_until(done: Callable[[], bool]) -> None:
            while not done():
                application.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

        start, start_cpu = time.perf_counter(), time.process_time()
        window.documents.open_pair(str(left), str(right))
        run_until(lambda: bool(shown))
        clock.start()
        ticker.start()
        run_until(lambda: painted.at is not None and not table.is_fitting())
        fitted = time.perf_counter()
        ticker.stop()
        bar, frames = table.verticalScrollBar(), []
        for value in range(0, bar.maximum() + 1, 120):  # about a notch of the wheel
            frame = time.perf_counter()
            bar.setValue(value)
            table.viewport().repaint()
            frames.append(time.perf_counter() - frame)
        rows = window.table_model.rowCount()
        window.close()
    frames.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {"rows": rows, "characters": len(text), "shown": shown[0][0] - start,
            "shown_cpu": shown[0][1] - start_cpu, "painted": painted.at - start,
            "fitted": fitted - start, "pause": max(pauses),
            "frame": 1000 * statistics.mean(frames),
            "frame_95": 1000 * frames[len(frames) * 95 // 100], "frames": len(frames),
            "peak": peak}


def gui_report(repeat: int) -> None:
    """Run the window's benchmark in ``repeat`` fresh processes (a window per process, as a
    user starts it); print the median of each measure, and the range of the time to show."""
    runs = []
    for _ in range(repeat):
        result = subprocess.run([sys.executable, __file__, "--gui-once"], capture_output=True,
                                text=True, check=True)
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    shown = sorted(run["shown"] for run in runs)
    print(f"text: {runs[0]['characters']:,} characters each side, {runs[0]['rows']:,} rows, "
          f"window 1440x900, Python {sys.version.split()[0]} ({sys.executable}); "
          f"medians of {repeat} runs")
    print(f"comparison_shown:                  {median('shown'):.2f} s after open_pair "
          f"(runs from {shown[0]:.2f} to {shown[-1]:.2f} s), CPU {median('shown_cpu'):.2f} s "
          f"(both threads)")
    print(f"first paint:                       {median('painted'):.2f} s")
    print(f"every row fitted:                  {median('fitted'):.2f} s, the event loop never "
          f"paused more than {max(run['pause'] for run in runs)} ms meanwhile")
    print(f"scrolling through, 120 px a frame: {median('frame'):.1f} ms a frame "
          f"(95% under {median('frame_95'):.1f} ms), {runs[0]['frames']} frames")
    print(f"peak memory:                       {median('peak'):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gui", action="store_true", help="time the window instead")
    parser.add_argument("--gui-once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--batch", action="store_true",
                        help="time two folders of 200 pairs instead")
    parser.add_argument("--hostile", action="store_true",
                        help="time inputs of hostile size and shape instead")
    args = parser.parse_args()
    if args.batch:
        sys.path.insert(0, str(ROOT))
        from tests.batch_benchmark import batch_benchmark

        batch_benchmark()
        return
    if args.gui_once:
        print(json.dumps(gui_benchmark()))
        return
    if args.gui:
        gui_report(args.repeat)
        return
    if args.hostile:
        hostile_benchmark()
        return
    text = SOURCE.read_text("utf-8")
    edited = edited_copy(text)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        left, right = work / "left.txt", work / "right.txt"
        left.write_text(text, "utf-8")
        right.write_text(edited, "utf-8")
        one, one_cpu, memory = run_command(left, right, work / "x.json", args.repeat)
        base = baseline(text, edited)
        base_process, base_cpu = baseline_process(left, right, args.repeat)
        left.write_text("\n".join([text] * 10), "utf-8")
        right.write_text("\n".join([edited] * 10), "utf-8")
        ten, ten_cpu, memory_ten = run_command(left, right, work / "x10.json", 1)
    check, check_cpu = check_alone(text, args.repeat)
    print(f"text: {len(text):,} characters left, {len(edited):,} right")
    print(f"duizhao compare -o x.json:         {one:.2f} s, CPU {one_cpu:.2f} s "
          f"(medians of {args.repeat}), peak memory {memory} MB")
    print(f"baseline t2s + diff-match-patch:   {base:.2f} s in process, "
          f"{base_process:.2f} s, CPU {base_cpu:.2f} s as a whole process "
          f"(medians of {args.repeat})")
    print(f"ten times the text:                {ten:.2f} s ({ten / one:.1f}x), "
          f"CPU {ten_cpu:.2f} s ({ten_cpu / one_cpu:.1f}x), peak memory {memory_ten} MB")
    print(f"checking the s2t conversion alone: {check:.2f} s, CPU {check_cpu:.2f} s "
          f"(in process, medians of {args.repeat})")


if __name__ == "__main__":
    main()
