"""Limits on what a reader produces, so that no input can make the text outgrow them.

A small file can describe a huge text: a list label copied into every numbered paragraph, a
space count of thousands, a paragraph repeated by reference. Each reader therefore counts the
text as it builds it and stops at the first limit passed, refusing the file with one line
naming the limit. The limits sit far above any real document (the longest sample is
144,000 characters) and well below what would exhaust the memory of the comparison.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.io.errors import DocumentError

MAX_CHARACTERS = 10_000_000  # the whole text of one document
MAX_PARAGRAPHS = 1_000_000
MAX_PARAGRAPH_CHARACTERS = 1_000_000  # one paragraph (or one line of plain text)
MAX_LABEL_CHARACTERS = 200  # one generated list number, e.g. "第一章" or "1.2.3."
MAX_XML_ELEMENTS = 4_000_000  # one XML part, counted before it is parsed


class TextBudget:
    """Counts the text one reader produces and refuses the document past any limit."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._characters = 0
        self._paragraphs = 0

    def join(self, pieces: Iterable[str]) -> str:
        """One paragraph from its pieces, counted piece by piece as it is assembled."""
        kept: list[str] = []
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > MAX_PARAGRAPH_CHARACTERS:
                raise self.refusal(f"a paragraph of more than {MAX_PARAGRAPH_CHARACTERS:,} "
                                   "characters", MAX_PARAGRAPH_CHARACTERS)
            self._count(len(piece))
            kept.append(piece)
        return "".join(kept)

    def paragraph(self, text: str) -> str:
        """Count one finished paragraph (its characters were counted by ``join`` or ``extra``)."""
        if len(text) > MAX_PARAGRAPH_CHARACTERS:
            raise self.refusal(f"a paragraph of {len(text):,} characters",
                               MAX_PARAGRAPH_CHARACTERS)
        self._paragraphs += 1
        if self._paragraphs > MAX_PARAGRAPHS:
            raise self.refusal(f"more than {MAX_PARAGRAPHS:,} paragraphs", MAX_PARAGRAPHS)
        return text

    def extra(self, text: str) -> str:
        """Count text added to a paragraph outside ``join`` (a label, joined paragraphs)."""
        self._count(len(text))
        return text

    def label(self, text: str) -> str:
        """A generated list number, refused when absurdly long (count it with ``extra``)."""
        if len(text) > MAX_LABEL_CHARACTERS:
            raise self.refusal(f"a list number of {len(text):,} characters",
                               MAX_LABEL_CHARACTERS)
        return text

    def _count(self, characters: int) -> None:
        self._characters += characters
        if self._characters > MAX_CHARACTERS:
            raise self.refusal(f"more than {MAX_CHARACTERS:,} characters of text",
                               MAX_CHARACTERS)

    def refusal(self, what: str, limit: int) -> DocumentError:
        return DocumentError(self.path, f"refused: it produces {what} (the limit is {limit:,})")


def check_text(text: str, path: str) -> str:
    """Refuse a decoded text (plain text, PDF) that passes the limits; return it unchanged."""
    budget = TextBudget(path)
    budget.extra(text)
    lines = text.count("\n") + 1
    if lines > MAX_PARAGRAPHS:
        raise budget.refusal(f"more than {MAX_PARAGRAPHS:,} lines", MAX_PARAGRAPHS)
    if len(text) > MAX_PARAGRAPH_CHARACTERS and max(map(len, text.split("\n"))) > \
            MAX_PARAGRAPH_CHARACTERS:
        raise budget.refusal(f"a line of more than {MAX_PARAGRAPH_CHARACTERS:,} characters",
                             MAX_PARAGRAPH_CHARACTERS)
    return text


def check_xml_size(markup: bytes | str, path: str, part: str) -> None:
    """Refuse markup with more elements than a parse can hold in reasonable memory."""
    tags = markup.count(b"<" if isinstance(markup, bytes) else "<")
    if tags > 2 * MAX_XML_ELEMENTS:  # each element has at most an opening and a closing tag
        raise DocumentError(path, f"refused: {part} has about {tags // 2:,} XML elements "
                            f"(the limit is {MAX_XML_ELEMENTS:,})")
