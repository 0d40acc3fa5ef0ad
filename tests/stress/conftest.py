"""The PDF report needs a Qt application: a widgets one, as the window tests expect to find."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> None:
    """Create pytest-qt's QApplication before a PDF report would create a bare GUI one."""
