"""The command line as a user runs it: exit codes, reports, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def pair(samples_dir: Path) -> tuple[str, str]:
    return str(samples_dir / "plan-simplified.md"), str(samples_dir / "plan-traditional.txt")


def test_substantive_differences_exit_1_and_are_listed(pair, capsys) -> None:
    assert main(["compare", *pair]) == 1
    out = capsys.readouterr().out
    assert "Substantive differences: 76" in out  # 61 conversion findings
    assert "[-培养-]" in out and "{+培訓+}" in out
    assert "\033[" not in out  # plain when not a terminal


def test_identical_documents_exit_0(pair, capsys) -> None:
    assert main(["compare", pair[0], pair[0]]) == 0
    assert "Substantive differences: 0" in capsys.readouterr().out


def test_json_report_follows_the_contract(pair, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert main(["compare", *pair, "-o", str(out)]) == 1
    report = json.loads(out.read_text("utf-8"))
    assert (report["format"], report["version"]) == ("duizhao-comparison", 1)
    assert report["left"]["script"] == "simplified" and report["right"]["script"] == "traditional"
    assert report["settings"]["convert"] == "tw2s"
    texts = {"left": report["left"]["text"], "right": report["right"]["text"]}
    for difference in report["differences"]:
        for side in ("left", "right"):
            span = difference[side]
            assert texts[side][span["start"]:span["end"]] == span["text"]
    assert report["summary"]["substantive"] == 76
    assert sum(report["summary"][s] for s in ("equal", "equivalent", "changed", "inserted",
                                              "deleted", "moved")) == report["summary"]["rows"]
    assert {d["kind"] for d in report["differences"]} >= {"script", "punctuation"}


def test_json_on_stdout(pair, capsys) -> None:
    main(["compare", *pair, "--format", "json"])
    assert json.loads(capsys.readouterr().out)["format"] == "duizhao-comparison"


def test_options_reach_the_engine(pair, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    main(["compare", *pair, "-o", str(out), "--convert", "none", "--ignore", "none",
          "--granularity", "char"])
    report = json.loads(out.read_text("utf-8"))
    assert report["settings"] == {"convert": "none", "ignore": [], "granularity": "char"}
    assert report["summary"]["substantive"] > 1000  # every script variant is now a change


def test_missing_file_exits_2_with_one_line(pair, capsys) -> None:
    assert main(["compare", "no-such-file.txt", pair[1]]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "duizhao: no-such-file.txt: no such file"


def test_binary_file_is_refused(pair, tmp_path: Path, capsys) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    assert main(["compare", str(binary), pair[1]]) == 2
    assert "image.txt: not a text file" in capsys.readouterr().err


def test_bad_option_exits_2(pair, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", *pair, "--ignore", "wording"])
    assert exit_info.value.code == 2
    assert "cannot be ignored" in capsys.readouterr().err


def test_unknown_report_format_exits_2(pair, tmp_path: Path, capsys) -> None:
    assert main(["compare", *pair, "-o", str(tmp_path / "x.xyz")]) == 2
    assert "unknown report format 'xyz'" in capsys.readouterr().err


def test_python_dash_m_app_runs_the_same_command(pair) -> None:
    result = subprocess.run([sys.executable, "-m", "app", "compare", *pair], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "wording" in result.stdout
