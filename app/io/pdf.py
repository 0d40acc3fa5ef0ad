"""PDF (.pdf): the text of each page, without the running headers, footers and page numbers.

Text comes from pypdf. A line that opens or closes most pages (a running header or footer)
and a bare page number ("3", "- 3 -", "第 3 页", "第3页 共9页") at the top or bottom of a page are
removed. Hard-wrapped lines are kept as lines: the segmenter re-joins them, and the spaces
extraction puts between Chinese and digits are whitespace to the engine.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections import Counter

from app.io.errors import DocumentError
from app.io.limits import TextBudget
from app.io.sniff import describe

MAX_PAGES = 5000
TIME_BUDGET = 60.0  # seconds of extraction before a file is refused as too costly
# How many lines at each end of a page can be running headers, footers or page numbers.
_EDGE_LINES = 2
_PAGE_NUMBER = re.compile(
    r"[-—–－\s]*(?:第\s*)?(\d{1,4})\s*(?:页|頁)?(?:\s*[/／共]\s*(?:共\s*)?\d{1,4}\s*(?:页|頁)?)?"
    r"[-—–－\s]*|(?:page|Page|PAGE)\s+(\d{1,4})(?:\s+of\s+\d{1,4})?")

# pypdf reports recoverable damage through logging; the reader reports what matters itself,
# and the command line promises one line on stderr.
_PYPDF_LOG = logging.getLogger("pypdf")
_PYPDF_LOG.addHandler(logging.NullHandler())
_PYPDF_LOG.propagate = False


def read_pdf(data: bytes, path: str) -> tuple[str, str]:
    """Return the text of a PDF file; its encoding is Unicode from the fonts' maps."""
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(path, f"not a PDF file ({describe(data)})")
    # Imported here, not at the top: pypdf takes longer to import than the other readers
    # together, and most comparisons read no PDF.
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        pages = _page_texts(data, path)
    except DocumentError:
        raise
    except FileNotDecryptedError:
        raise DocumentError(path, "is password-protected (encrypted)") from None
    except DependencyError:  # AES needs a cryptography package that Duizhao does not ship
        raise DocumentError(path, "is encrypted (AES), which this reader cannot open; save "
                            "an unencrypted copy") from None
    except RecursionError:
        raise DocumentError(path, "damaged PDF (its objects refer to each other without "
                            "end)") from None
    except PdfReadError as error:
        raise DocumentError(path, f"damaged PDF ({error})") from None
    except Exception as error:  # noqa: BLE001 - pypdf's failures on broken files are open-ended
        raise DocumentError(path, f"damaged PDF ({type(error).__name__}: {error})") from None
    return "\n".join(_without_running_lines(pages)), "unicode"


def _page_texts(data: bytes, path: str) -> list[list[str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        # An owner password alone still lets anyone read; a user password does not.
        raise DocumentError(path, "is password-protected (encrypted)")
    if len(reader.pages) == 0:
        raise DocumentError(path, "has no pages (a PDF without a single page has no text "
                            "to compare)")
    if len(reader.pages) > MAX_PAGES:
        raise DocumentError(path, f"refused: {len(reader.pages)} pages (the limit is "
                            f"{MAX_PAGES})")
    started = time.monotonic()
    budget = TextBudget(path)
    pages = []
    for page in reader.pages:
        text = budget.extra(page.extract_text() or "")
        pages.append([line.rstrip() for line in text.replace("\r", "\n").split("\n")])
        if time.monotonic() - started > TIME_BUDGET:
            raise DocumentError(path, f"refused: extracting its text takes more than "
                                f"{TIME_BUDGET:.0f} seconds")
    if pages and not any(line.strip() for page in pages for line in page):
        # Compared as empty, every clause of the other side would show as deleted.
        raise DocumentError(path, "has no text to read (scanned pages? run text recognition "
                            "first)")
    return pages


def _without_running_lines(pages: list[list[str]]) -> list[str]:
    """Every page's lines, less running headers, footers and page numbers; blank lines too."""
    pages = [[line for line in page if line.strip()] for page in pages]
    running = _running_lines(pages)
    offset = _page_number_offset(pages)
    kept: list[str] = []
    for index, page in enumerate(pages):
        edge = set(range(min(_EDGE_LINES, len(page)))) | set(
            range(max(len(page) - _EDGE_LINES, 0), len(page)))
        for position, line in enumerate(page):
            if position in edge and (_shape(line) in running or (
                    offset is not None and _page_number(line) == index + offset)):
                continue
            kept.append(line)
    return kept


def _shape(line: str) -> str:
    """A line without its spaces, which extraction places differently from page to page."""
    return "".join(line.split())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Shapes of lines that stand at the top or bottom of most pages (two pages at least)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_shape(line) for line in page[:_EDGE_LINES] + page[-_EDGE_LINES:]})
    needed = max(2, (len(pages) * 3 + 4) // 5)  # on at least 60% of the pages
    return {shape for shape, count in seen.items() if count >= needed}


def _page_number(line: str) -> int | None:
    found = _PAGE_NUMBER.fullmatch(line.strip())
    if not found:
        return None
    return int(found.group(1) or found.group(2))


def _page_number_offset(pages: list[list[str]]) -> int | None:
    """The printed page number minus the page index, if bare page numbers are printed."""
    offsets: Counter[int] = Counter()
    for index, page in enumerate(pages):
        found = {number - index for line in page[:_EDGE_LINES] + page[-_EDGE_LINES:]
                 if (number := _page_number(line)) is not None}
        offsets.update(found)
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    if len(pages) == 1:
        return offset if offset == 1 else None
    return offset if count >= max(2, (len(pages) + 1) // 2) else None
