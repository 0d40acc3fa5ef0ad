"""Undo and redo of the edits of verdicts and comments in a review session.

Edits are known by the ids of the comparison they were made on, so the history is cleared
whenever the documents are compared again or another review replaces the notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.review.merge import NoteKey
from app.review.session import HeldNote, ReviewSession


@dataclass
class _Edit:
    """One undoable step: the notes it changed, before and after."""

    changes: dict[NoteKey, tuple[HeldNote, HeldNote]]
    merge: NoteKey | None = None  # typing one comment merges into one step


class EditHistory:
    """Applies edits to a session as steps that can be taken back and made again."""

    def __init__(self, session: ReviewSession) -> None:
        self._session = session
        self._undo: list[_Edit] = []
        self._redo: list[_Edit] = []

    def edit(self, changes: Mapping[NoteKey, HeldNote],
             merge: NoteKey | None = None) -> list[NoteKey]:
        """Apply ``changes`` as one step; the keys whose note changed (none: no step).

        A step with ``merge`` set extends the last step when that has the same ``merge``
        and keys: typing a comment is one step, not one per character.
        """
        session = self._session
        step = _Edit({key: (session.note(key), note) for key, note in changes.items()
                      if session.note(key) != note}, merge)
        if not step.changes:
            return []
        top = self._undo[-1] if self._undo else None
        if merge is not None and top is not None and top.merge == merge \
                and top.changes.keys() == step.changes.keys():
            top.changes = {key: (top.changes[key][0], after)
                           for key, (_, after) in step.changes.items()}
        else:
            self._undo.append(step)
        self._redo.clear()
        for key, (_, after) in step.changes.items():
            session.put(key, after)
        return list(step.changes)

    def undo(self) -> list[NoteKey]:
        """Take back the last step; the keys it changed (none when there is no step)."""
        return self._replay(self._undo, self._redo, before=True)

    def redo(self) -> list[NoteKey]:
        """Make again the last step taken back; the keys it changed."""
        return self._replay(self._redo, self._undo, before=False)

    def _replay(self, source: list[_Edit], target: list[_Edit], before: bool) -> list[NoteKey]:
        if not source:
            return []
        step = source.pop()
        step.merge = None  # typing on after an undo starts a new step
        target.append(step)
        for key, notes in step.changes.items():
            self._session.put(key, notes[0] if before else notes[1])
        return list(step.changes)

    def clear(self) -> None:
        """Forget every step: the notes no longer sit on the comparison they were made on."""
        self._undo.clear()
        self._redo.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)
