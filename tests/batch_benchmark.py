"""Speed and memory of ``duizhao compare DIR_A DIR_B`` on 200 pairs (``benchmark.py --batch``).

The pairs are made from the samples, each with a few edits (a word, a figure, a deleted
line, an inserted sentence) and every other one converted to traditional script. The target
(issue of folder comparison): the batch finishes within (single-pair time × pairs / cores)
× 1.3, where the single-pair time is the mean of whole ``duizhao compare`` runs over a
sample of the pairs. Peak memory is that of the largest process (the command or a worker).
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from opencc import OpenCC

ROOT = Path(__file__).resolve().parent.parent
PAIRS = 200
SINGLE_SAMPLE = 12


def make_folders(left: Path, right: Path, pairs: int = PAIRS, seed: int = 7) -> None:
    """Write ``pairs`` documents into ``left`` and an edited version of each into ``right``."""
    chance = random.Random(seed)
    sources = sorted((ROOT / "samples").glob("*.*"))
    texts = [path.read_text("utf-8") for path in sources]
    converter = OpenCC("s2t")
    for number in range(pairs):
        text = texts[number % len(texts)]
        lines = text.split("\n")
        if len(lines) > 4:
            del lines[chance.randrange(len(lines))]
            lines.insert(chance.randrange(len(lines)), "新增一句：加强统筹协调，确保任务落实。")
        edited = "\n".join(lines).replace("发展", "进步", 1).replace("2017", "2018", 1)
        if number % 2:
            edited = converter.convert(edited)
        folder = f"group-{number % 10}"
        stem = sources[number % len(sources)].stem
        (left / folder).mkdir(parents=True, exist_ok=True)
        (right / folder).mkdir(parents=True, exist_ok=True)
        (left / folder / f"{stem}-{number:03d}（征求意见稿）.txt").write_text(text, "utf-8")
        (right / folder / f"{stem}-{number:03d}.txt").write_text(edited, "utf-8")


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"failed: {result.stderr[-2000:]}")
    return time.perf_counter() - start


def batch_benchmark() -> None:
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        left, right, out = work / "A", work / "B", work / "out"
        make_folders(left, right)
        lefts = sorted(left.rglob("*.txt"))
        sample = lefts[:: len(lefts) // SINGLE_SAMPLE][:SINGLE_SAMPLE]
        single = []
        for path in sample:
            partner = right / path.parent.name / path.name.replace("（征求意见稿）", "")
            single.append(_run([sys.executable, "-m", "app", "compare", str(path),
                                str(partner), "-o", str(work / "one.html")]))
        single_time = sum(single) / len(single)
        batch_time = _run([sys.executable, "-m", "app", "compare", str(left), str(right),
                           "-o", str(out), "--format", "html"])
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        reports = len(list(out.rglob("*.html"))) - 1
    budget = single_time * PAIRS / cores * 1.3
    print(f"{PAIRS} pairs on {cores} cores: {batch_time:.1f} s "
          f"(budget {budget:.1f} s = single pair {single_time:.2f} s × {PAIRS} / {cores} × 1.3), "
          f"{reports} reports, peak memory of one process {peak} MB")
    if reports != PAIRS:
        raise SystemExit(f"expected {PAIRS} reports, found {reports}")
