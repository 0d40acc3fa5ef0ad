"""The batch index: ``index.json`` (format ``duizhao-batch``, version 1), ``index.csv`` and
``index.html``, written into the output folder beside the pairs' reports."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import builder as E

from app import __version__
from app.batch.runner import BatchOptions, PairResult, PairStatus
from app.model import KIND_ORDER
from app.report.common import KIND_NAMES_ZH
from app.report.csv_report import safe_cell
from app.review.store import write_atomically

FORMAT = "duizhao-batch"
VERSION = 1
STATUS_NAMES_ZH = {PairStatus.SAME: "无实质差异", PairStatus.DIFFERENT: "有差异",
                   PairStatus.ERROR: "出错"}


@dataclass(frozen=True)
class Batch:
    """A finished batch: what was compared, with what, and what came of it."""

    left: str  # the left folder, or the manifest
    right: str  # the right folder ("" for a manifest)
    options: BatchOptions
    results: tuple[PairResult, ...]
    only_left: tuple[Path, ...] = ()
    only_right: tuple[Path, ...] = ()
    cancelled: bool = False

    @property
    def exit_status(self) -> int:
        """0 no substantive difference anywhere, 1 some, 2 any file could not be read."""
        if any(r.status is PairStatus.ERROR for r in self.results):
            return 2
        return 1 if any(r.status is PairStatus.DIFFERENT for r in self.results) else 0


def to_dict(batch: Batch) -> dict[str, Any]:
    """The index as plain JSON-ready data."""
    out_dir = batch.options.out_dir
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"duizhao {__version__}",
        "left": batch.left,
        "right": batch.right,
        "settings": {"convert": batch.options.settings.convert.value,
                     "formats": list(batch.options.formats), "scope": batch.options.scope},
        "cancelled": batch.cancelled,
        "summary": {"pairs": len(batch.results),
                    **{status.value: sum(1 for r in batch.results if r.status is status)
                       for status in PairStatus},
                    "only_left": len(batch.only_left), "only_right": len(batch.only_right)},
        "pairs": [{"name": r.pair.name, "left": str(r.pair.left), "right": str(r.pair.right),
                   "paired_by": r.pair.paired_by.value, "status": r.status.value,
                   "substantive": r.substantive, "by_kind": _ordered(r.by_kind),
                   "reviewed": r.reviewed, "reports": r.reports,
                   "error": r.error or None}
                  for r in batch.results],
        "only_left": [str(p) for p in batch.only_left],
        "only_right": [str(p) for p in batch.only_right],
        "errors": [{"name": r.pair.name, "message": r.error}
                   for r in batch.results if r.status is PairStatus.ERROR],
        "out_dir": str(out_dir),
    }


def _ordered(by_kind: dict[str, int]) -> dict[str, int]:
    return {kind.value: by_kind[kind.value] for kind in KIND_ORDER if by_kind.get(kind.value)}


def write_index(batch: Batch) -> list[Path]:
    """Write the three index files into the output folder; return their paths."""
    out_dir = batch.options.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("index.json", json.dumps(to_dict(batch), ensure_ascii=False, indent=1)),
                       ("index.csv", _csv(batch)), ("index.html", _html(batch))):
        path = out_dir / name
        write_atomically(path, text)
        written.append(path)
    return written


_SHOWN_KINDS = tuple(kind for kind in KIND_ORDER if kind.substantive)


def _csv(batch: Batch) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # UTF-8 with BOM, as the CSV report: Excel reads it as UTF-8
    writer = csv.writer(buffer)
    writer.writerow(["名称", "状态", "status", "左", "右", "配对方式", "实质差异", "已审阅",
                     *(KIND_NAMES_ZH[k] for k in _SHOWN_KINDS), "报告", "错误"])
    for r in batch.results:
        writer.writerow([safe_cell(str(cell)) for cell in (
            r.pair.name, STATUS_NAMES_ZH[r.status], r.status.value, r.pair.left, r.pair.right,
            r.pair.paired_by.value, r.substantive, f"{r.reviewed}/{r.substantive}",
            *(r.by_kind.get(k.value, 0) for k in _SHOWN_KINDS),
            " ".join(r.reports.values()), r.error)])
    for side, paths in (("仅左侧", batch.only_left), ("仅右侧", batch.only_right)):
        for path in paths:
            writer.writerow([safe_cell(str(cell)) for cell in (
                Path(path).name, side, "only_left" if side == "仅左侧" else "only_right",
                path if side == "仅左侧" else "", path if side == "仅右侧" else "", "", "", "",
                *("" for _ in _SHOWN_KINDS), "", "")])
    return buffer.getvalue()


_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#212529}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ced4da;padding:.3em .6em}
th{background:#f1f3f5;cursor:pointer;user-select:none}th:after{content:" ⇅";color:#adb5bd}
td.n{text-align:right}tr.different td:first-child{border-left:4px solid #e8590c}
tr.same td:first-child{border-left:4px solid #2f9e44}tr.error td:first-child{border-left:4px
solid #c92a2a}td.message{color:#c92a2a}th,td.status{white-space:nowrap}
"""
# Sort a column by a click on its header; numbers as numbers. No outside script.
_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach(function (th, column) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0], rows = Array.from(body.rows);
    var down = th.dataset.order !== "up"; th.dataset.order = down ? "up" : "down";
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort || a.cells[column].textContent;
      var y = b.cells[column].dataset.sort || b.cells[column].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh");
      return down ? c : -c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
"""


def _html(batch: Batch) -> str:
    summary = to_dict(batch)["summary"]
    head = E.HEAD(E.META(charset="utf-8"), E.TITLE("Duizhao 批量对照索引"), E.STYLE(_STYLE))
    body = E.BODY(
        E.H1("批量对照索引"),
        E.P(f"左：{batch.left}　右：{batch.right or '（配对清单）'}"),
        E.P(f"共 {summary['pairs']} 对：有差异 {summary['different']}，"
            f"无实质差异 {summary['same']}，出错 {summary['error']}；"
            f"仅左侧 {summary['only_left']} 个文件，仅右侧 {summary['only_right']} 个文件。"
            + ("（已取消，未全部完成）" if batch.cancelled else "")))
    header = E.TR(*(E.TH(name) for name in (
        "名称", "状态", "实质差异", *(KIND_NAMES_ZH[k] for k in _SHOWN_KINDS), "已审阅",
        "报告", "说明")))
    rows = []
    for r in batch.results:
        links = [E.A(fmt.upper(), href=_href(path)) for fmt, path in r.reports.items()]
        spaced: list[Any] = []
        for link in links:
            spaced += [link, " "]
        failed = r.status is PairStatus.ERROR
        counts = [r.substantive, *(r.by_kind.get(k.value, 0) for k in _SHOWN_KINDS)]
        rows.append(E.TR(
            E.TD(r.pair.name), E.TD(STATUS_NAMES_ZH[r.status], {"class": "status"}),
            *(E.TD("—" if failed else str(n), {"class": "n", "data-sort": str(n)})
              for n in counts),
            E.TD("—" if failed else f"{r.reviewed}/{r.substantive}",
                 {"class": "n", "data-sort": str(r.reviewed)}),
            E.TD(*spaced), E.TD(r.error, {"class": "message"}),
            {"class": r.status.value}))
    body.append(E.TABLE(E.THEAD(header), E.TBODY(*rows), {"class": "sortable"}))
    for title, paths in (("仅左侧", batch.only_left), ("仅右侧", batch.only_right)):
        if paths:
            body.append(E.H2(f"{title}（未配对）"))
            body.append(E.UL(*(E.LI(str(p)) for p in paths)))
    body.append(E.SCRIPT(_SCRIPT))
    page = E.HTML(head, body, lang="zh-CN")
    return "<!DOCTYPE html>\n" + etree.tostring(page, encoding="unicode", method="html")


def _href(relative: str) -> str:
    from urllib.parse import quote

    return quote(relative.replace(os.sep, "/"))


def read_index(path: Path) -> dict[str, Any]:
    """Read an index.json back, checking its format and version."""
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} index")
    if data.get("version") != VERSION:
        raise ValueError(f"{path}: {FORMAT} version {data.get('version')} is not supported")
    return data

