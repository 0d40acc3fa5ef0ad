"""Word documents (.docx): the text as Word shows it, tracked changes accepted.

Paragraphs in reading order (table cells one after another), tabs and line breaks kept,
automatic numbering rendered into the text (一、 （一） 1.) so that clause labels line up with
a plain-text copy, insertions kept and deletions dropped, footnotes and endnotes at the end.
Hidden text, drawings and text boxes are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from app.io.archive import Archive
from app.io.errors import DocumentError
from app.io.limits import MAX_LABEL_CHARACTERS, TextBudget
from app.io.numbering import format_number
from app.io.sniff import OLE_MAGIC, is_encrypted_office
from app.io.xml import parse_xml

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word's "Strict Open XML Document" uses another namespace for the same elements.
_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_MAIN_PART = "word/document.xml"
# Elements whose text is not part of the document as read: rejected revisions, properties,
# field instructions, drawings (their text boxes repeat in fallbacks).
_SKIPPED = frozenset(
    f"{_W}{name}" for name in ("del", "moveFrom", "pPr", "rPr", "delText", "instrText",
                               "drawing", "pict", "object", "footnoteReference",
                               "endnoteReference", "footnoteRef", "endnoteRef",
                               "commentReference", "annotationRef", "sectPr", "tblPr",
                               "trPr", "tcPr", "sdtPr", "sdtEndPr", "fldData")
) | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-",
               f"{_W}ptab": "\t"}
_MAX_LEVELS = 9


def read_docx(data: bytes, path: str) -> tuple[str, str]:
    """Return the text of a Word document and its encoding."""
    if is_encrypted_office(data):  # Word wraps a password-protected package in an OLE file
        raise DocumentError(path, "is password-protected (encrypted); remove the password "
                            "in Word and save it again")
    if data.startswith(OLE_MAGIC):
        raise DocumentError(path, "is an old binary Word document (.doc), not .docx; save it "
                            "as .docx in Word or LibreOffice")
    archive = Archive(data, path, "Word document")
    if _MAIN_PART not in archive:
        hint = "it is an OpenDocument file" if "content.xml" in archive else \
            f"a zip archive without {_MAIN_PART}"
        raise DocumentError(path, f"not a Word document ({hint})")
    document = _part(archive, _MAIN_PART)
    assert document is not None  # the part exists: checked above
    numbering = _Numbering(_part(archive, "word/numbering.xml"),
                           _part(archive, "word/styles.xml"))
    body = document.find(f"{_W}body")
    budget = TextBudget(path)
    paragraphs = _paragraphs(body, numbering, budget) if body is not None else []
    for notes_part, note_tag in (("word/footnotes.xml", "footnote"),
                                 ("word/endnotes.xml", "endnote")):
        notes = _part(archive, notes_part)
        if notes is None:
            continue
        for note in notes.iter(f"{_W}{note_tag}"):
            if note.get(f"{_W}type", "normal") == "normal":
                paragraphs.extend(text.strip() for text in _paragraphs(note, numbering, budget))
    return "\n".join(paragraphs).replace("\r", "\n"), "utf-8"


def _part(archive: Archive, name: str) -> etree._Element | None:
    data = archive.read(name)
    return None if data is None else _transitional(parse_xml(data, archive.path, name))


def _transitional(root: etree._Element) -> etree._Element:
    """Rename Strict Open XML's WordprocessingML namespace to the usual one, in place."""
    if not root.tag.startswith(_STRICT):
        return root
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(_STRICT):
            element.tag = _W + element.tag[len(_STRICT):]
        for key in [key for key in element.attrib if key.startswith(_STRICT)]:
            element.attrib[_W + key[len(_STRICT):]] = element.attrib.pop(key)
    return root


def _paragraphs(container: etree._Element, numbering: _Numbering,
                budget: TextBudget) -> list[str]:
    """The text of each paragraph under ``container``, in reading order, within ``budget``."""
    texts: list[str] = []
    # Text of paragraphs whose mark was deleted: accepting the deletion joins them to the
    # next paragraph, whose mark (and so whose numbering) the joined paragraph keeps.
    pending: list[str] = []
    for paragraph in _blocks(container):
        text = budget.join(_run_text(paragraph))
        if _mark_deleted(paragraph):
            pending.append(text)
            continue
        label = budget.extra(budget.label(numbering.label(paragraph)))
        texts.append(budget.paragraph("".join((label, *pending, text))))
        pending.clear()
    if pending:
        texts.append(budget.paragraph("".join(pending)))
    return texts


def _blocks(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs in reading order, descending into tables, content controls and insertions."""
    for child in container:
        if child.tag == f"{_W}p":
            yield child
        elif child.tag not in _SKIPPED and isinstance(child.tag, str):
            yield from _blocks(child)


def _run_text(element: etree._Element) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED or not isinstance(tag, str):
            continue
        if tag == f"{_W}r" and _hidden(child):
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag in _CHARACTERS:
            yield _CHARACTERS[tag]
        elif tag == f"{_W}sym":
            yield _symbol(child.get(f"{_W}char", ""))
        else:
            yield from _run_text(child)


def _hidden(run: etree._Element) -> bool:
    """Whether a run is formatted as hidden text, which Word does not show or print."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def _symbol(code: str) -> str:
    """A w:sym character, unless it is a private-use glyph of a symbol font."""
    try:
        char = chr(int(code, 16))
    except ValueError:
        return ""
    return "" if 0xE000 <= ord(char) <= 0xF8FF else char


def _mark_deleted(paragraph: etree._Element) -> bool:
    mark = paragraph.find(f"{_W}pPr/{_W}rPr")
    return mark is not None and (mark.find(f"{_W}del") is not None
                                 or mark.find(f"{_W}moveFrom") is not None)


@dataclass(frozen=True)
class _Level:
    """One level of a Word list: its number format, label pattern and start value."""

    fmt: str = "decimal"
    pattern: str = ""
    start: int = 1
    suffix: str = "tab"
    legal: bool = False


class _Numbering:
    """Word's list numbering: definitions from numbering.xml and counters as the text is read."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        # numId -> (abstractNumId, overridden levels, whether it restarts the list)
        self._instances: dict[str, tuple[str, dict[int, _Level], bool]] = {}
        self._style_numbers: dict[str, tuple[str | None, int | None]] = {}
        # abstractNumId -> the numbering style whose list it borrows (w:numStyleLink)
        self._style_links: dict[str, str] = {}
        self._numbering_styles: dict[str, str] = {}  # numbering style id -> numId
        self._counters: dict[str, list[int | None]] = {}
        if numbering is not None:
            self._read_definitions(numbering)
        if styles is not None:
            self._read_styles(styles)

    def label(self, paragraph: etree._Element) -> str:
        """Advance the counters for ``paragraph`` and return its rendered label ("" if none)."""
        num_id, level = self._number_of(paragraph)
        if num_id is None or num_id not in self._instances:
            return ""
        abstract_id, overrides, restarted = self._instances[num_id]
        abstract_id = self._linked(abstract_id)
        levels = {**self._abstract.get(abstract_id, {}), **overrides}
        # Instances of one abstract list share counters in Word unless they restart it.
        key = f"num {num_id}" if restarted else f"abstract {abstract_id}"
        counters = self._counters.setdefault(key, [None] * _MAX_LEVELS)
        level = min(max(level, 0), _MAX_LEVELS - 1)
        current = levels.get(level, _Level())
        counters[level] = current.start if counters[level] is None else counters[level] + 1
        for deeper in range(level + 1, _MAX_LEVELS):
            counters[deeper] = None
        text = current.pattern
        if len(text) > MAX_LABEL_CHARACTERS:
            return text  # refused by the reader's budget before its numbers are spelled out
        for index in range(level + 1):
            source = levels.get(index, _Level())
            value = counters[index] if counters[index] is not None else source.start
            fmt = "decimal" if current.legal and index < level else source.fmt
            text = text.replace(f"%{index + 1}", format_number(value, fmt))
        if current.fmt == "bullet" and any(0xE000 <= ord(ch) <= 0xF8FF for ch in text):
            text = ""  # a symbol-font bullet glyph has no text to show
        if text and current.suffix != "nothing" and (text[-1].isalnum() or
                                                     current.fmt == "bullet"):
            text += " "
        return text

    def _number_of(self, paragraph: etree._Element) -> tuple[str | None, int]:
        properties = paragraph.find(f"{_W}pPr")
        num_id: str | None = None
        level: int | None = None
        style_id = None
        if properties is not None:
            number = properties.find(f"{_W}numPr")
            if number is not None:
                num_id = _value(number.find(f"{_W}numId"))
                level = _int(_value(number.find(f"{_W}ilvl")))
            style_id = _value(properties.find(f"{_W}pStyle"))
        if num_id is None or level is None:
            style_num, style_level = self._style_numbers.get(style_id or "", (None, None))
            num_id = num_id if num_id is not None else style_num
            level = level if level is not None else style_level
        if num_id == "0":  # numId 0 switches off numbering inherited from the style
            return None, 0
        return num_id, level or 0

    def _linked(self, abstract_id: str) -> str:
        """The abstract list whose levels a list style link points at (itself when none)."""
        style = self._style_links.get(abstract_id)
        num_id = self._numbering_styles.get(style or "")
        if num_id is None or num_id not in self._instances:
            return abstract_id
        target = self._instances[num_id][0]
        return target if target not in self._style_links else abstract_id

    def _read_definitions(self, root: etree._Element) -> None:
        for abstract in root.iter(f"{_W}abstractNum"):
            abstract_id = abstract.get(f"{_W}abstractNumId", "")
            link = _value(abstract.find(f"{_W}numStyleLink"))
            if link:
                self._style_links[abstract_id] = link
            self._abstract[abstract_id] = {
                _int(lvl.get(f"{_W}ilvl")) or 0: _level(lvl) for lvl in abstract.iter(f"{_W}lvl")}
        for instance in root.iter(f"{_W}num"):
            overrides: dict[int, _Level] = {}
            restarted = False
            abstract_id = _value(instance.find(f"{_W}abstractNumId")) or ""
            base = self._abstract.get(abstract_id, {})
            for override in instance.iter(f"{_W}lvlOverride"):
                index = _int(override.get(f"{_W}ilvl")) or 0
                definition = override.find(f"{_W}lvl")
                level = _level(definition) if definition is not None else base.get(index,
                                                                                   _Level())
                start = _int(_value(override.find(f"{_W}startOverride")))
                if start is not None:
                    level = _Level(level.fmt, level.pattern, start, level.suffix, level.legal)
                    restarted = True
                overrides[index] = level
            self._instances[instance.get(f"{_W}numId", "")] = (abstract_id, overrides,
                                                               restarted)

    def _read_styles(self, root: etree._Element) -> None:
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in root.iter(f"{_W}style"):
            if style.get(f"{_W}type") == "numbering":
                linked = _value(style.find(f"{_W}pPr/{_W}numPr/{_W}numId"))
                if linked is not None:
                    self._numbering_styles[style.get(f"{_W}styleId", "")] = linked
            if style.get(f"{_W}type") != "paragraph":
                continue
            number = style.find(f"{_W}pPr/{_W}numPr")
            num_id = level = None
            if number is not None:
                num_id = _value(number.find(f"{_W}numId"))
                level = _int(_value(number.find(f"{_W}ilvl")))
            style_id = style.get(f"{_W}styleId", "")
            own[style_id] = (num_id, level, _value(style.find(f"{_W}basedOn")))
            if style.get(f"{_W}default") in ("1", "true", "on"):
                own[""] = own[style_id]
        for style_id in own:
            num_id, level, parent = own[style_id]
            seen = {style_id}
            while (num_id is None or level is None) and parent in own and parent not in seen:
                seen.add(parent)
                parent_num, parent_level, grandparent = own[parent]
                num_id = num_id if num_id is not None else parent_num
                level = level if level is not None else parent_level
                parent = grandparent
            if num_id is not None:
                self._style_numbers[style_id] = (num_id, level)


def _level(element: etree._Element) -> _Level:
    pattern = element.find(f"{_W}lvlText")
    start = _int(_value(element.find(f"{_W}start")))
    return _Level(
        fmt=_value(element.find(f"{_W}numFmt")) or "decimal",
        pattern=pattern.get(f"{_W}val", "") if pattern is not None else "",
        start=1 if start is None else start,
        suffix=_value(element.find(f"{_W}suff")) or "tab",
        legal=element.find(f"{_W}isLgl") is not None)


def _value(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
