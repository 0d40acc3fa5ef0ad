"""The window on files that cannot be used: a failed export says so; a project from elsewhere
warns; a named pipe is refused without hanging the window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def pair(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "plan-simplified.md", tmp_path / "plan-traditional.txt"
    left.write_bytes((samples_dir / "plan-simplified.md").read_bytes())
    right.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    return left, right


@pytest.mark.parametrize("fmt", ["pdf", "json"])
def test_an_export_that_cannot_be_written_says_so(qtbot, open_pair, pair, tmp_path: Path,
                                                  fmt: str) -> None:
    window = open_pair(*pair)
    target = tmp_path / "missing" / f"report.{fmt}"
    with qtbot.waitSignal(window.exporter.failed, timeout=60_000):
        window.export(str(target), fmt)
    window.exporter.wait()
    dialog = window.export_dialog
    assert isinstance(dialog, QMessageBox) and dialog.windowTitle() == "Report not written"
    assert dialog.text() == f"{target}: cannot be written (its folder does not exist)"
    assert window.statusBar().currentMessage() == "Report not written"
    dialog.close()


def test_a_project_pointing_outside_its_folder_warns(qtbot, open_pair, make_window, pair,
                                                     tmp_path: Path) -> None:
    window = open_pair(*pair)
    project = tmp_path / "projects" / "plan.duizhao"
    project.parent.mkdir()
    assert window.review.files.save_project_to(project)
    window.close()
    again = make_window()
    with qtbot.waitSignal(again.comparison_shown, timeout=60_000):
        again.documents.drop_paths([str(project)], on_left=True)
    assert again.statusBar().currentMessage() == (
        f"This project opens documents outside its own folder: {pair[0]}, {pair[1]}")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_hanging(qtbot, window, pair, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    window.documents.open_pair(str(pipe), str(pair[1]))
    qtbot.waitUntil(lambda: getattr(window, "error_dialog", None) is not None
                    and window.error_dialog.isVisible(), timeout=30_000)
    assert "pipe.txt: a named pipe (FIFO), not a regular file" in window.error_dialog.text()
    window.error_dialog.close()
