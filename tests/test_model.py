"""The model classes whose initialisers are written by hand for speed."""

from __future__ import annotations

import copy
import inspect
import pickle
from dataclasses import FrozenInstanceError, fields, replace

import pytest

from app.model import Clause, Difference, Document, Row, RowSide, Span


@pytest.mark.parametrize("cls", [Span, Clause, RowSide, Row, Difference])
def test_hand_written_initialisers_set_every_field_in_order(cls: type) -> None:
    names = [field.name for field in fields(cls)]
    assert list(inspect.signature(cls).parameters) == names
    values = list(range(len(names)))
    instance = cls(*values)
    assert [getattr(instance, name) for name in names] == values
    assert instance == cls(*values) and hash(instance) == hash(cls(*values))
    assert replace(instance, **{names[0]: -1}) == cls(-1, *values[1:])
    with pytest.raises(FrozenInstanceError):
        setattr(instance, names[0], 1)


def test_a_span_of_a_document_equals_the_span_holding_its_text() -> None:
    document = Document("一、总则\n二、附则", "txt", "utf-8")
    span = Span.of(document, 2, 4)
    assert span.text == "总则" and len(span) == 2
    assert span == document.span(2, 4) == Span(2, 4, "总则")
    assert hash(span) == hash(Span(2, 4, "总则"))
    assert copy.deepcopy(span) == pickle.loads(pickle.dumps(span)) == span
    assert replace(span, end=7).text == "总则"  # replacing a field keeps the text it held
    with pytest.raises(FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
