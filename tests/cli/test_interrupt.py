"""Ctrl+C on the command line ends the comparison cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path


def test_ctrl_c_exits_130_without_a_traceback(samples_dir: Path, tmp_path: Path) -> None:
    text = (samples_dir / "decision-pdf-extract.txt").read_text("utf-8")
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("\n".join([text] * 30), "utf-8")
    right.write_text("\n".join([text.replace("国务院", "国务院办公厅")] * 30), "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "compare", str(left), str(right), "-o",
         str(tmp_path / "out.json")], stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2])
    time.sleep(4)  # well into the comparison
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "Traceback" not in errors
    assert "interrupted" in errors
