"""Whole files through ``load_document``: truncated, mutated or amplifying input gives a text
within the limits, free of control characters, or one DocumentError (hypothesis)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import DocumentError, limits, load_document
from tests.io.conftest import FIXTURES
from tests.io.test_fuzz import HTML_PAGE, TINY_PDF, mutated
from tests.stress import hostile

pytestmark = pytest.mark.stress
FUZZ = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
ORIGINALS = {
    "docx": (FIXTURES / "structure.docx").read_bytes(),
    "odt": (FIXTURES / "structure.odt").read_bytes(),
    "html": HTML_PAGE,
    "pdf": TINY_PDF,
}


def _loaded(data: bytes, extension: str) -> str | None:
    """The text read from ``data`` saved as a file, or None when it was refused."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzzed.{extension}"
        path.write_bytes(data)
        try:
            text = load_document(path).text
        except DocumentError as error:
            assert error.path == str(path) and error.reason and "\n" not in error.reason
            return None
    assert not _CONTROLS.search(text)
    assert len(text) <= limits.MAX_CHARACTERS
    assert text.count("\n") < limits.MAX_PARAGRAPHS
    return text


@pytest.fixture(autouse=True)
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CHARACTERS", 5_000)
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 200)
    monkeypatch.setattr(limits, "MAX_PARAGRAPH_CHARACTERS", 2_000)


@FUZZ
@given(st.sampled_from(sorted(ORIGINALS)).flatmap(
    lambda extension: st.tuples(st.just(extension), mutated(ORIGINALS[extension]))))
def test_mutated_and_truncated_files(case: tuple[str, bytes]) -> None:
    extension, data = case
    _loaded(data, extension)


@FUZZ
@given(st.text(st.characters(codec="utf-8"), max_size=400), st.sampled_from(["txt", "html"]))
def test_any_text_reads_without_controls(text: str, extension: str) -> None:
    _loaded(text.encode("utf-8"), extension)


@FUZZ
@given(st.integers(1, 400), st.integers(0, 250))
def test_numbering_amplification_stays_within_the_limits(paragraphs: int, label: int) -> None:
    _loaded(hostile.numbering_amplifier_docx(paragraphs, label), "docx")


@FUZZ
@given(st.integers(1, 60), st.integers(-5, 5000))
def test_space_runs_stay_within_the_limits(elements: int, count: int) -> None:
    _loaded(hostile.spaces_odt(elements, count), "odt")
