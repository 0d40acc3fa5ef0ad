"""OpenDocument text (.odt): content.xml read as a reader sees the document.

Paragraphs and headings in reading order (table cells one after another), spaces, tabs and
line breaks kept, list numbers rendered from the list styles (一、 （一） 1.) and heading
numbers from the outline style (第一章), tracked changes accepted (deleted text lives apart
from the body and is not read), footnotes and endnotes at the end. Drawings and text frames
are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from app.io.archive import Archive
from app.io.errors import DocumentError
from app.io.limits import TextBudget
from app.io.numbering import format_number
from app.io.xml import parse_xml

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_PARAGRAPHS = (f"{_TEXT}p", f"{_TEXT}h")
# Subtrees that hold no text of the document as read.
_SKIPPED = frozenset({
    f"{_TEXT}tracked-changes", f"{_TEXT}note-citation", f"{_TEXT}ruby-text",
    f"{_OFFICE}annotation", f"{_OFFICE}forms", f"{_TEXT}sequence-decls",
    f"{_TEXT}variable-decls", f"{_TEXT}user-field-decls", f"{_TEXT}table-of-content-source",
    f"{_TEXT}index-title-template", f"{_TABLE}table-columns", f"{_TABLE}table-column",
    f"{_TEXT}soft-page-break", "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}custom-shape",
})
# Word's names for ODF number formats (style:num-format), to share one renderer.
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman", "": "none", "①, ②, ③, ...": "decimalEnclosedCircle",
            "⑴, ⑵, ⑶, ...": "decimalEnclosedParen", "１, ２, ３, ...": "decimalFullWidth",
            "一, 二, 三, ...": "chineseCounting", "壹, 贰, 叁, ...": "chineseLegalSimplified",
            "壹, 貳, 參, ...": "ideographLegalTraditional",
            "甲, 乙, 丙, ...": "ideographTraditional", "子, 丑, 寅, ...": "ideographZodiac"}
_MAX_LEVELS = 10
OUTLINE = "\0outline"  # the heading numbering (text:outline-style), kept with the list styles
_MAX_SPACES = 1000  # one text:s element; a hostile count must not fill the memory


def read_odt(data: bytes, path: str) -> tuple[str, str]:
    """Return the text of an OpenDocument text file and its encoding."""
    archive = Archive(data, path, "OpenDocument text")
    manifest = archive.read("META-INF/manifest.xml")
    if manifest is not None and b"encryption-data" in manifest:
        raise DocumentError(path, "is password-protected (encrypted)")
    if "content.xml" not in archive:
        hint = "it is a Word document" if "word/document.xml" in archive else \
            "a zip archive without content.xml"
        raise DocumentError(path, f"not an OpenDocument text ({hint})")
    content = parse_xml(archive.read("content.xml") or b"", path, "content.xml")
    styles_data = archive.read("styles.xml")
    styles = parse_xml(styles_data, path, "styles.xml") if styles_data is not None else None
    reader = _Reader(_ListStyles([root for root in (content, styles) if root is not None]),
                     TextBudget(path))
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    paragraphs = reader.paragraphs(body) if body is not None else []
    return "\n".join(paragraphs + reader.notes).replace("\r", "\n"), "utf-8"


@dataclass(frozen=True)
class _ListLevel:
    """One level of an ODF list style: how its number or bullet is written."""

    fmt: str = "decimal"
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    shown_levels: int = 1
    bullet: str = ""
    spaced: bool = False  # label followed by a tab or space rather than nothing


class _ListStyles:
    """The list styles of a document and the list style each paragraph style names."""

    def __init__(self, roots: list[etree._Element]) -> None:
        self._levels: dict[str, dict[int, _ListLevel]] = {}
        self._paragraph_lists: dict[str, str] = {}
        for root in roots:
            for style in root.iter(f"{_TEXT}list-style", f"{_TEXT}outline-style"):
                name = OUTLINE if style.tag == f"{_TEXT}outline-style" else style.get(
                    f"{_STYLE}name", "")
                self._levels[name] = {
                    _int(level.get(f"{_TEXT}level"), 1): _list_level(level)
                    for level in style if isinstance(level.tag, str)
                    and level.get(f"{_TEXT}level") is not None}
            for style in root.iter(f"{_STYLE}style"):
                list_style = style.get(f"{_STYLE}list-style-name")
                if list_style:
                    self._paragraph_lists[style.get(f"{_STYLE}name", "")] = list_style

    def level(self, style: str | None, level: int) -> _ListLevel:
        return self._levels.get(style or "", {}).get(level, _ListLevel(fmt="none"))

    def of_paragraph(self, paragraph: etree._Element) -> str | None:
        return self._paragraph_lists.get(paragraph.get(f"{_TEXT}style-name", ""))


def _list_level(element: etree._Element) -> _ListLevel:
    alignment = element.find(f"{_STYLE}list-level-properties/{_STYLE}list-level-label-alignment")
    spaced = alignment is None or alignment.get(f"{_TEXT}label-followed-by") != "nothing"
    if element.tag == f"{_TEXT}list-level-style-bullet":
        return _ListLevel(fmt="bullet", bullet=element.get(f"{_TEXT}bullet-char", ""),
                          spaced=spaced)
    if element.tag not in (f"{_TEXT}list-level-style-number", f"{_TEXT}outline-level-style"):
        return _ListLevel(fmt="none")
    return _ListLevel(
        fmt=_FORMATS.get(element.get(f"{_STYLE}num-format", ""), "decimal"),
        prefix=element.get(f"{_STYLE}num-prefix", ""),
        suffix=element.get(f"{_STYLE}num-suffix", ""),
        start=_int(element.get(f"{_TEXT}start-value"), 1),
        shown_levels=_int(element.get(f"{_TEXT}display-levels"), 1), spaced=spaced)


@dataclass
class _ListState:
    """The counters of one list (a top-level text:list and the lists nested in it)."""

    style: str | None
    counters: list[int | None]


class _Reader:
    """Walks the body once, numbering lists and collecting notes on the way."""

    def __init__(self, styles: _ListStyles, budget: TextBudget) -> None:
        self._styles = styles
        self._budget = budget
        self.notes: list[str] = []
        self._last_list: dict[str | None, _ListState] = {}  # by list style, for continuation
        self._lists_by_id: dict[str, _ListState] = {}
        self._outline = _ListState(OUTLINE, [None] * _MAX_LEVELS)

    def paragraphs(self, container: etree._Element) -> list[str]:
        texts: list[str] = []
        for paragraph, label in self._blocks(container, None, 0):
            label = self._budget.extra(self._budget.label(label))
            texts.append(self._budget.paragraph(label + self._budget.join(
                self._inline(paragraph))))
        return texts

    def _blocks(self, container: etree._Element, state: _ListState | None,
                depth: int) -> Iterator[tuple[etree._Element, str]]:
        for child in container:
            if child.tag == f"{_TEXT}h":
                yield child, self._heading_label(child)
            elif child.tag in _PARAGRAPHS:
                yield child, ""
            elif child.tag == f"{_TEXT}list":
                yield from self._list(child, state, depth)
            elif child.tag not in _SKIPPED and isinstance(child.tag, str):
                yield from self._blocks(child, state, depth)

    def _list(self, element: etree._Element, outer: _ListState | None,
              depth: int) -> Iterator[tuple[etree._Element, str]]:
        state = outer if outer is not None else self._top_list(element)
        level = min(depth + 1, _MAX_LEVELS)
        for item in element:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            numbered = item.tag == f"{_TEXT}list-item"
            for child in item:
                if child.tag in _PARAGRAPHS:
                    label = ""
                    if numbered:
                        if state.style is None:
                            state.style = self._styles.of_paragraph(child)
                        label = self._label(state, level, item)
                        numbered = False  # later paragraphs of the item have no label
                    yield child, label
                elif child.tag == f"{_TEXT}list":
                    yield from self._list(child, state, depth + 1)
                elif child.tag not in _SKIPPED and isinstance(child.tag, str):
                    yield from self._blocks(child, state, depth + 1)

    def _top_list(self, element: etree._Element) -> _ListState:
        style = element.get(f"{_TEXT}style-name")
        continued = element.get(f"{_TEXT}continue-list")
        if continued in self._lists_by_id:
            state = self._lists_by_id[continued]
        elif element.get(f"{_TEXT}continue-numbering") == "true" and style in self._last_list:
            state = self._last_list[style]
        else:
            state = _ListState(style, [None] * _MAX_LEVELS)
        self._last_list[style] = state
        if element.get(_XML_ID):
            self._lists_by_id[element.get(_XML_ID, "")] = state
        return state

    def _heading_label(self, heading: etree._Element) -> str:
        """Number a heading by the outline style, as chapter numbering shows it."""
        if heading.get(f"{_TEXT}is-list-header") == "true":
            return ""
        level = min(max(_int(heading.get(f"{_TEXT}outline-level"), 1), 1), _MAX_LEVELS)
        if self._styles.level(OUTLINE, level).fmt == "none":
            return ""
        if heading.get(f"{_TEXT}restart-numbering") == "true":
            self._outline.counters[level - 1] = None
        return self._label(self._outline, level, heading)

    def _label(self, state: _ListState, level: int, item: etree._Element) -> str:
        definition = self._styles.level(state.style, level)
        index = level - 1
        restart = item.get(f"{_TEXT}start-value")
        if restart is not None:
            state.counters[index] = _int(restart, definition.start)
        elif state.counters[index] is None:
            state.counters[index] = definition.start
        else:
            state.counters[index] = (state.counters[index] or 0) + 1
        for deeper in range(index + 1, _MAX_LEVELS):
            state.counters[deeper] = None
        if definition.fmt == "bullet":
            bullet = definition.bullet
            return bullet + " " if bullet and not 0xE000 <= ord(bullet[0]) <= 0xF8FF else ""
        if definition.fmt == "none":
            return definition.prefix + definition.suffix
        numbers = []
        for shown in range(max(1, level - definition.shown_levels + 1), level + 1):
            source = self._styles.level(state.style, shown)
            value = state.counters[shown - 1]
            numbers.append(format_number(source.start if value is None else value, source.fmt))
        label = definition.prefix + ".".join(numbers) + definition.suffix
        return label + " " if label and definition.spaced and label[-1].isalnum() else label

    def _inline(self, element: etree._Element) -> Iterator[str]:
        if element.text:
            yield element.text
        for child in element:
            tag = child.tag
            if tag == f"{_TEXT}s":
                yield " " * min(max(_int(child.get(f"{_TEXT}c"), 1), 0), _MAX_SPACES)
            elif tag == f"{_TEXT}tab":
                yield "\t"
            elif tag == f"{_TEXT}line-break":
                yield "\n"
            elif tag == f"{_TEXT}note":
                body = child.find(f"{_TEXT}note-body")
                if body is not None:
                    self.notes.extend(text.strip() for text in self.paragraphs(body))
            elif tag not in _SKIPPED and isinstance(tag, str):
                yield from self._inline(child)
            if child.tail:
                yield child.tail


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
