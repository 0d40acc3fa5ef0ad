"""Web pages (.html): block elements become paragraphs; scripts, styles and the head are not read.

The charset comes from a byte-order mark or a ``<meta>`` declaration, else it is detected as
for plain text. White space collapses as a browser collapses it, except inside ``<pre>``;
``<br>`` is a line break, each table cell is a paragraph of its own, and items of ordered
lists carry the numbers a browser shows for them.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from app.io.errors import DocumentError
from app.io.limits import MAX_PARAGRAPH_CHARACTERS, TextBudget, check_xml_size
from app.io.numbering import format_number
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
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# An XHTML page's XML declaration, which the HTML parser refuses in decoded text.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Declared charsets that real pages mean as their supersets.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950",
              "iso-8859-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8"}
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
# <ol type> and CSS list-style-type values, by Word's names for the same counters.
_TYPE_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
                 "I": "upperRoman"}
_CSS_FORMATS = {
    "decimal": "decimal", "lower-alpha": "lowerLetter", "lower-latin": "lowerLetter",
    "upper-alpha": "upperLetter", "upper-latin": "upperLetter", "lower-roman": "lowerRoman",
    "upper-roman": "upperRoman", "none": "none", "cjk-decimal": "ideographDigital",
    "cjk-ideographic": "chineseCounting", "simp-chinese-informal": "chineseCounting",
    "trad-chinese-informal": "chineseCounting", "simp-chinese-formal": "chineseLegalSimplified",
    "trad-chinese-formal": "ideographLegalTraditional",
    "cjk-heavenly-stem": "ideographTraditional", "cjk-earthly-branch": "ideographZodiac",
}


def read_html(data: bytes, path: str) -> tuple[str, str]:
    """Return the text of a web page and the encoding it was decoded with."""
    markup, encoding = _decode(data, path)
    if not markup.strip():
        return "", encoding
    # Deep nesting is allowed (the walk does not recurse); the size limit bounds the rest.
    check_xml_size(markup, path, "the page")
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise DocumentError(path, f"damaged web page ({error})") from None
    # The parser forgives sloppy markup but gives up, dropping the rest, at its limits.
    fatal = [entry for entry in parser.error_log if entry.level_name == "FATAL"]
    if fatal:
        raise DocumentError(path, "cannot be read whole ("
                            f"{fatal[0].message.split(',')[0].lower()})")
    budget = TextBudget(path)
    lines: list[str] = []
    current: list[str] = []
    size = 0  # of the open paragraph
    for piece in _pieces(root, budget):
        if piece is None:  # a block boundary
            _flush(current, lines, budget)
            size = 0
        else:
            size += len(piece)
            if size > MAX_PARAGRAPH_CHARACTERS:
                raise budget.refusal(f"a paragraph of more than "
                                     f"{MAX_PARAGRAPH_CHARACTERS:,} characters",
                                     MAX_PARAGRAPH_CHARACTERS)
            current.append(budget.extra(piece))
    _flush(current, lines, budget)
    return "\n".join(lines), encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode by BOM or declared charset; fall back to detection when the declaration lies."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, path)
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii").lower()
        codec = _SUPERSETS.get(name, name)
        try:
            return normalize_newlines(data.decode(codec)), codecs.lookup(codec).name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, path)


def _pieces(root: etree._Element, budget: TextBudget) -> Iterator[str | None]:
    """Text pieces in reading order, None at each block boundary.

    Walks without recursion, so that a page nested thousands of elements deep is read whole.
    """
    preformatted = 0  # how many <pre> elements are open
    lists: list[_OrderedList | None] = []  # open <ol> (and None for each open <ul>)
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        name = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if name in _HIDDEN or not name:
                walker.skip_subtree()
                continue
            if name in _BLOCKS:
                yield None
            if name in ("ol", "ul"):
                lists.append(_OrderedList.of(element) if name == "ol" else None)
            elif name == "li" and lists and lists[-1] is not None:
                yield budget.label(lists[-1].label(element))
            if name == "br":
                yield "\n"
            if name in ("pre", "textarea"):
                preformatted += 1
            if element.text:
                yield _spaced(element.text, preformatted > 0)
            continue
        if name in ("pre", "textarea"):
            preformatted -= 1
        if name in ("ol", "ul") and lists:
            lists.pop()
        if name in _BLOCKS:
            yield None
        if element.tail and element is not root:
            yield _spaced(element.tail, preformatted > 0)


@dataclass
class _OrderedList:
    """An open ``<ol>``: the number its next item shows, and how numbers are written."""

    next_value: int
    step: int
    fmt: str
    suffix: str

    @classmethod
    def of(cls, element: etree._Element) -> _OrderedList:
        style = _LIST_STYLE.search(element.get("style", ""))
        css = style.group(1).lower() if style else ""
        fmt = _CSS_FORMATS.get(css) or _TYPE_FORMATS.get(element.get("type", ""), "decimal")
        # Browsers write Chinese counters with 、 after them and Latin ones with a full stop.
        suffix = "." if fmt in _TYPE_FORMATS.values() else "、"
        reversed_order = element.get("reversed") is not None
        items = sum(1 for child in element if child.tag == "li")
        start = _integer(element.get("start"), items if reversed_order else 1)
        return cls(start, -1 if reversed_order else 1, fmt, suffix)

    def label(self, item: etree._Element) -> str:
        """The label a browser shows before ``item``; advance to the next item."""
        value = _integer(item.get("value"), self.next_value)
        self.next_value = value + self.step
        number = format_number(value, self.fmt)
        return number + self.suffix if number else ""


def _integer(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _spaced(text: str, preformatted: bool) -> str:
    return normalize_newlines(text) if preformatted else _COLLAPSIBLE.sub(" ", text)


def _flush(pieces: list[str], lines: list[str], budget: TextBudget) -> None:
    """End a paragraph: its lines without the spaces a browser would not show at their ends."""
    text = "\n".join(line.strip(" ") for line in "".join(pieces).split("\n"))
    if text.strip():
        lines.append(budget.paragraph(text.strip("\n")))
    pieces.clear()
