"""``duizhao --screenshot PNG LEFT RIGHT`` renders the window and exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_of_the_sample_pair(tmp_path: Path, samples_dir: Path) -> None:
    png = tmp_path / "window.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(png),
         str(samples_dir / "plan-simplified.md"), str(samples_dir / "plan-traditional.txt")],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() >= 1200 and image.height() >= 800


def test_screenshot_of_a_missing_file_exits_2(tmp_path: Path, samples_dir: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(tmp_path / "x.png"),
         str(tmp_path / "nope.txt"), str(samples_dir / "plan-traditional.txt")],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "nope.txt: no such file" in result.stderr


def _project(tmp_path: Path, samples_dir: Path) -> Path:
    project = tmp_path / "plan.duizhao"
    project.write_text(json.dumps({
        "format": "duizhao-project", "version": 1,
        "left": str(samples_dir / "plan-simplified.md"),
        "right": str(samples_dir / "plan-traditional.txt"),
        "settings": {"convert": "auto"},
        "review": {"format": "duizhao-review", "version": 1, "annotations": []}}), "utf-8")
    return project


def test_screenshot_of_a_project(tmp_path: Path, samples_dir: Path) -> None:
    png = tmp_path / "project.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(png),
         str(_project(tmp_path, samples_dir))],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert QImage(str(png)).width() >= 1200


def test_a_bad_project_or_a_screenshot_of_one_document_exits_2(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path)}
    broken = tmp_path / "broken.duizhao"
    broken.write_text("{}", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(tmp_path / "x.png"), str(broken)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("broken.duizhao: not a Duizhao project "
                                          "(format is not 'duizhao-project')")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(tmp_path / "x.png"),
         str(tmp_path / "one.txt")],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "needs two documents" in result.stderr
