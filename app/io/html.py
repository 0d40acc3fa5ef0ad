"""Web pages (.html): block elements become paragraphs; scripts, styles and the head are not read.

The charset comes from a byte-order mark or a ``<meta>`` declaration, else it is detected as
for plain text. White space collapses as a browser collapses it, except inside ``<pre>``;
``<br>`` is a line break and each table cell is a paragraph of its own.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

from app.io.errors import DocumentError
from app.io.text import decode_text, normalize_newlines

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
})
_HIDDEN = frozenset({"head", "script", "style", "noscript", "template", "title", "iframe",
                     "object", "embed", "svg", "math", "select", "datalist", "button"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Declared charsets that real pages mean as their supersets.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950",
              "iso-8859-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8"}
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")


def read_html(data: bytes, path: str) -> tuple[str, str]:
    """Return the text of a web page and the encoding it was decoded with."""
    markup, encoding = _decode(data, path)
    if not markup.strip():
        return "", encoding
    # Deep nesting is allowed (the walk does not recurse); the size limit bounds the rest.
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise DocumentError(path, f"damaged web page ({error})") from None
    # The parser forgives sloppy markup but gives up, dropping the rest, at its limits.
    fatal = [entry for entry in parser.error_log if entry.level_name == "FATAL"]
    if fatal:
        raise DocumentError(path, "cannot be read whole ("
                            f"{fatal[0].message.split(',')[0].lower()})")
    lines: list[str] = []
    current: list[str] = []
    for piece in _pieces(root):
        if piece is None:  # a block boundary
            _flush(current, lines)
        else:
            current.append(piece)
    _flush(current, lines)
    return "\n".join(lines), encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode by BOM or declared charset; fall back to detection when the declaration lies."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, path)
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        codec = _SUPERSETS.get(name, name)
        try:
            return normalize_newlines(data.decode(codec)), codecs.lookup(codec).name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, path)


def _pieces(root: etree._Element) -> Iterator[str | None]:
    """Text pieces in reading order, None at each block boundary.

    Walks without recursion, so that a page nested thousands of elements deep is read whole.
    """
    preformatted = 0  # how many <pre> elements are open
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        name = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if name in _HIDDEN or not name:
                walker.skip_subtree()
                continue
            if name in _BLOCKS:
                yield None
            if name == "br":
                yield "\n"
            if name in ("pre", "textarea"):
                preformatted += 1
            if element.text:
                yield _spaced(element.text, preformatted > 0)
            continue
        if name in ("pre", "textarea"):
            preformatted -= 1
        if name in _BLOCKS:
            yield None
        if element.tail and element is not root:
            yield _spaced(element.tail, preformatted > 0)


def _spaced(text: str, preformatted: bool) -> str:
    return normalize_newlines(text) if preformatted else _COLLAPSIBLE.sub(" ", text)


def _flush(pieces: list[str], lines: list[str]) -> None:
    """End a paragraph: its lines without the spaces a browser would not show at their ends."""
    text = "\n".join(line.strip(" ") for line in "".join(pieces).split("\n"))
    if text.strip():
        lines.append(text.strip("\n"))
    pieces.clear()
