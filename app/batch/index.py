"""The batch index: ``index.json`` (format ``duizhao-batch``, version 1), ``index.csv`` and
``index.html``, written into the output folder beside the pairs' reports."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import builder as E

from app import __version__
from app.batch.runner import BatchOptions, PairResult, PairStatus
from app.model import KIND_ORDER, Kind
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
    mode: str = "compare"  # or "check": documents checked alone, ``right`` of each is None

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
        "mode": batch.mode,
        "left": batch.left,
        "right": batch.right,
        "settings": {"convert": batch.options.settings.convert.value,
                     "formats": list(batch.options.formats), "scope": batch.options.scope},
        "cancelled": batch.cancelled,
        "summary": {"pairs": len(batch.results),
                    **{status.value: sum(1 for r in batch.results if r.status is status)
                       for status in PairStatus},
                    "only_left": len(batch.only_left), "only_right": len(batch.only_right)},
        "pairs": [{"name": r.pair.name, "left": str(r.pair.left),
                   "right": str(r.pair.right) if r.pair.right is not None else None,
                   "paired_by": r.pair.paired_by.value, "status": r.status.value,
                   "substantive": r.substantive, "by_kind": _ordered(r.by_kind),
                   **({"by_reason": r.by_reason} if batch.mode == "check" else {}),
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
_REASON_NAMES_ZH = {"leftover": "遗留旧字形", "choice": "另一写法", "variant": "异体混用"}


def _count_columns(batch: Batch) -> list[tuple[str, Callable[[PairResult], int]]]:
    """The index's columns of counts: by kind for pairs, by reason for checked documents."""
    if batch.mode == "check":
        return [("发现", lambda r: r.substantive),
                (KIND_NAMES_ZH[Kind.ENCODING], lambda r: r.by_kind.get("encoding", 0)),
                *((name, lambda r, k=key: r.by_reason.get(k, 0))
                  for key, name in _REASON_NAMES_ZH.items())]
    return [("实质差异", lambda r: r.substantive),
            *((KIND_NAMES_ZH[k], lambda r, k=k: r.by_kind.get(k.value, 0))
              for k in _SHOWN_KINDS)]


def _csv(batch: Batch) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # UTF-8 with BOM, as the CSV report: Excel reads it as UTF-8
    writer = csv.writer(buffer)
    columns = _count_columns(batch)
    writer.writerow(["名称", "状态", "status", "左", "右", "配对方式", "已审阅",
                     *(name for name, _ in columns), "报告", "错误"])
    for r in batch.results:
        writer.writerow([safe_cell(str(cell)) for cell in (
            r.pair.name, _status_name(batch, r.status), r.status.value, r.pair.left,
            r.pair.right or "", r.pair.paired_by.value, f"{r.reviewed}/{r.substantive}",
            *(count(r) for _, count in columns), " ".join(r.reports.values()), r.error)])
    for side, paths in (("仅左侧", batch.only_left), ("仅右侧", batch.only_right)):
        for path in paths:
            writer.writerow([safe_cell(str(cell)) for cell in (
                Path(path).name, side, "only_left" if side == "仅左侧" else "only_right",
                path if side == "仅左侧" else "", path if side == "仅右侧" else "", "", "",
                *("" for _ in columns), "", "")])
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


def _status_name(batch: Batch, status: PairStatus) -> str:
    if batch.mode == "check":
        return {PairStatus.SAME: "无发现", PairStatus.DIFFERENT: "有发现",
                PairStatus.ERROR: "出错"}[status]
    return STATUS_NAMES_ZH[status]


def _html(batch: Batch) -> str:
    summary = to_dict(batch)["summary"]
    checking = batch.mode == "check"
    title = "批量转换检查索引" if checking else "批量对照索引"
    head = E.HEAD(E.META(charset="utf-8"), E.TITLE(f"Duizhao {title}"), E.STYLE(_STYLE))
    if checking:
        lines = [f"文件夹：{batch.left}",
                 f"共 {summary['pairs']} 个文档：有发现 {summary['different']}，"
                 f"无发现 {summary['same']}，出错 {summary['error']}。"]
    else:
        lines = [f"左：{batch.left}　右：{batch.right or '（配对清单）'}",
                 f"共 {summary['pairs']} 对：有差异 {summary['different']}，"
                 f"无实质差异 {summary['same']}，出错 {summary['error']}；"
                 f"仅左侧 {summary['only_left']} 个文件，仅右侧 {summary['only_right']} 个文件。"]
    if batch.cancelled:
        lines[-1] += "（已取消，未全部完成）"
    body = E.BODY(E.H1(title), *(E.P(line) for line in lines))
    columns = _count_columns(batch)
    header = E.TR(*(E.TH(name) for name in (
        "名称", "状态", *(name for name, _ in columns), "已审阅", "报告", "说明")))
    rows = []
    for r in batch.results:
        links = [E.A(fmt.upper(), href=_href(path)) for fmt, path in r.reports.items()]
        spaced: list[Any] = []
        for link in links:
            spaced += [link, " "]
        failed = r.status is PairStatus.ERROR
        counts = [count(r) for _, count in columns]
        rows.append(E.TR(
            E.TD(r.pair.name), E.TD(_status_name(batch, r.status), {"class": "status"}),
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

