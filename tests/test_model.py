"""The model classes whose initialisers are written by hand for speed."""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError, fields, replace

import pytest

from app.model import Clause, Difference, Row, RowSide, Span


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
