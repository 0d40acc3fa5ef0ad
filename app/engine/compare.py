"""Build the ``Comparison`` that the GUI, the reports and the JSON all read."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from operator import attrgetter, itemgetter, lt

from app.engine.align import MATCH_THRESHOLD, Alignment, Cancelled, Pair, align, similarity
from app.engine.classify import classify_between
from app.engine.inline import RawDifference, diff_sides, make_side
from app.engine.moved_text import (
    MovedRun,
    Piece,
    changed_pieces,
    joined_runs,
    leftover,
    moved_runs,
)
from app.engine.normalize import NormalizedDocument, is_content, normalize_document
from app.engine.proofread import PairCheck, add_variant_findings, pair_check
from app.engine.script import detect_script, effective_conversion, translation_table
from app.engine.segment import in_sequence, segment
from app.model import (
    KIND_ORDER,
    SUBSTANTIVE_KINDS,
    CompareOptions,
    Comparison,
    Difference,
    Document,
    DocumentInfo,
    Granularity,
    Kind,
    Outcome,
    Row,
    RowSide,
    RowStatus,
    Span,
)

# How many aligned pairs are diffed between two progress reports / cancellation checks.
_PROGRESS_STEP = 64


@dataclass(slots=True)  # slots: a long comparison has tens of thousands of rows
class _RowDraft:
    status: RowStatus
    left: list[int]  # lists while rows grow clause by clause (tuples would copy each time)
    right: list[int]
    similarity: float
    differences: list[RawDifference] = field(default_factory=list)
    partner: int | None = None  # index of the other half of a moved clause
    linked: int | None = None  # index of a row holding the other half of a moved run of text
    # Moved runs of text in a deleted row (left spans) or an inserted row (right spans);
    # most rows have none, and share the empty tuple.
    moved_out: Sequence[tuple[int, int]] = ()
    moved_in: Sequence[tuple[int, int]] = ()


def compare(left: Document, right: Document, options: CompareOptions | None = None) -> Comparison:
    """Compare two documents clause by clause; deterministic for the same inputs and settings.

    >>> left = Document("一、人才培养。\\n二、附则。", "txt", "utf-8")
    >>> right = Document("一、人才培訓。\\n二、附則。", "txt", "utf-8")
    >>> result = compare(left, right)
    >>> [(d.kind.value, d.left.text, d.right.text) for d in result.differences]
    [('wording', '培养', '培訓'), ('script', '则', '則')]
    """
    with _collector_paused():
        return _compare(left, right, options or CompareOptions())


def prepare() -> None:
    """Load what comparing a simplified and a traditional document reads (OpenCC's tables,
    a tenth of a second) by comparing two short ones: a window does it while it opens, so
    that its first comparison does not wait for them."""
    compare(Document("国家发展旅游业", "txt", "utf-8"), Document("國家發展旅遊業", "txt", "utf-8"))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the engine makes hundreds of thousands of small
    objects and no cycles, and repeated full collections made long documents superlinear."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _compare(left: Document, right: Document, options: CompareOptions) -> Comparison:
    settings = options.settings
    left_script, right_script = detect_script(left.text), detect_script(right.text)
    conversion = effective_conversion(settings.convert, left_script, right_script)
    # Conversion findings: only between a simplified and a traditional document. Prepared
    # first: its scan of the texts needs much memory for a while, best before the clauses'
    # keys are held.
    check = pair_check(left.text, right.text, left_script, right_script, settings.convert)
    table = translation_table(conversion)
    left_clauses, right_clauses = segment(left.text, table), segment(right.text, table)
    left_info = DocumentInfo(left, *left_script, tuple(left_clauses))
    right_info = DocumentInfo(right, *right_script, tuple(right_clauses))
    left_norm = normalize_document(left.text, left_clauses, table)
    right_norm = normalize_document(right.text, right_clauses, table)
    try:
        alignment = align([k.key for k in left_norm.keys], [k.key for k in right_norm.keys],
                          options.should_cancel,
                          (list(left_norm.whole_keys), list(right_norm.whole_keys)))
        drafts = _row_drafts(alignment, left_norm, right_norm,
                             settings.granularity is Granularity.WORD, options, check)
    except Cancelled:
        return Comparison(left_info, right_info, settings, (), (), conversion,
                          Outcome.CANCELLED)
    _moved_text(drafts, left_norm, right_norm, settings.granularity is Granularity.WORD, check)
    _label_changes(drafts, left_norm, right_norm)
    if check:
        add_variant_findings(check, drafts, [(c.start, c.end) for c in right_clauses])
    # The keys, the folded texts and the conversion check are done with: free them before
    # the rows are made.
    del alignment, left_norm, right_norm, check
    rows, differences = _finish(drafts, left_info, right_info)
    return Comparison(left_info, right_info, settings, rows, differences, conversion)


def _row_drafts(alignment: Alignment, left: NormalizedDocument, right: NormalizedDocument,
                word_granularity: bool, options: CompareOptions,
                check: PairCheck | None = None) -> list[_RowDraft]:
    moved_to = alignment.moves
    moved_from = {j: i for i, j in moved_to.items()}
    block = _move_blocks(moved_to)
    drafts: list[_RowDraft] = []
    source_row: dict[int, int] = {}  # move block -> row index at its old place
    target_row: dict[int, int] = {}  # move block -> row index at its new place
    total = len(alignment.pairs)
    for number, pair in enumerate(alignment.pairs):
        if number % _PROGRESS_STEP == 0:
            if options.should_cancel and options.should_cancel():
                raise Cancelled
            if options.progress:
                options.progress(number, total)
        if pair.left and pair.right:
            drafts.append(_matched(pair, left, right, word_granularity, check))
        elif pair.left and pair.left[0] in moved_to:
            head = block[pair.left[0]]
            if head in source_row and source_row[head] == len(drafts) - 1:
                drafts[-1].left += pair.left
            else:
                source_row[head] = len(drafts)
                drafts.append(_RowDraft(RowStatus.MOVED, list(pair.left), [], 0.0))
        elif pair.right and pair.right[0] in moved_from:
            head = block[moved_from[pair.right[0]]]
            if head in target_row and target_row[head] == len(drafts) - 1:
                drafts[-1].right += pair.right
            else:
                target_row[head] = len(drafts)
                drafts.append(_RowDraft(RowStatus.MOVED, [], list(pair.right), 0.0))
        elif _extends(drafts, pair):
            previous = drafts[-1]
            previous.left += pair.left
            previous.right += pair.right
        else:
            status = RowStatus.DELETED if pair.left else RowStatus.INSERTED
            drafts.append(_RowDraft(status, list(pair.left), list(pair.right), 0.0))
    for head, source in source_row.items():
        target = target_row[head]
        drafts[source].partner, drafts[target].partner = target, source
        left_side = make_side(left, drafts[source].left)
        right_side = make_side(right, drafts[target].right)
        drafts[source].similarity = drafts[target].similarity = round(similarity(
            left_side.key, right_side.key), 4)
        drafts[source].differences = [
            RawDifference(Kind.MOVED, left_side.start, left_side.end, right_side.start,
                          right_side.end),
            *diff_sides(left_side, right_side, word_granularity, check)]
    if options.progress:
        options.progress(total, total)
    return drafts


def _moved_text(drafts: list[_RowDraft], left: NormalizedDocument, right: NormalizedDocument,
                word_granularity: bool, check: PairCheck | None) -> None:
    """Find runs of text deleted in one row and inserted in another (moved_text.py) and
    make each half a ``moved`` difference in its own row, the rows naming each other."""
    handles: list[int] = []  # owner -> its row
    deleted: list[Piece] = []
    inserted: list[Piece] = []
    for number, draft in enumerate(drafts):
        if draft.status is RowStatus.DELETED:
            deleted.append(Piece(len(handles), *_span(left, draft.left)))
            handles.append(number)
        elif draft.status is RowStatus.INSERTED:
            inserted.append(Piece(len(handles), *_span(right, draft.right)))
            handles.append(number)
        elif draft.status is RowStatus.CHANGED or draft.partner is not None and draft.left:
            # A changed row, or the old place of a moved clause, which holds the differences
            # with its new place.
            right_clauses = drafts[draft.partner].right if draft.partner is not None \
                else draft.right
            for pieces, side, document, clauses in ((deleted, 0, left, draft.left),
                                                    (inserted, 2, right, right_clauses)):
                for owner, piece in changed_pieces(draft.differences, side,
                                                    _span(document, clauses)):
                    pieces.append(Piece(len(handles) + owner, *piece))
            handles += [number] * len(draft.differences)
    out: dict[int, list[tuple[int, int]]] = {}  # row -> moved runs, left spans
    into: dict[int, list[tuple[int, int]]] = {}  # row -> moved runs, right spans
    runs = [run._replace(source=handles[run.source], target=handles[run.target])
            for run in moved_runs(deleted, inserted, left, right) if run.source != run.target]
    # Runs between a deleted and an inserted row side by side went nowhere: if the rows are
    # alike but for other moves, they are one changed row (_pair_leftovers).
    in_place: dict[int, list[MovedRun]] = {}  # the first of the two rows -> its runs
    for run in joined_runs(runs, left, right):
        source_row, target_row = run.source, run.target
        if abs(source_row - target_row) == 1 and {drafts[source_row].status, drafts[
                target_row].status} == {RowStatus.DELETED, RowStatus.INSERTED}:
            in_place.setdefault(min(source_row, target_row), []).append(run)
            continue
        _link(drafts, run, out, into)
    for row in out.keys() | into.keys():
        draft = drafts[row]
        moved_out, moved_in = out.get(row, []), into.get(row, [])
        if draft.status in (RowStatus.DELETED, RowStatus.INSERTED):
            draft.moved_out = [*draft.moved_out, *moved_out]
            draft.moved_in = [*draft.moved_in, *moved_in]
            continue
        # Diffed again without the moved text: the first diff may have cut it anywhere.
        _rediff(drafts, draft, moved_out, moved_in, left, right, word_granularity, check)
    _pair_leftovers(drafts, in_place, left, right, word_granularity, check)
    for draft in drafts:
        whole = (left, draft.left, draft.moved_out) if draft.status is RowStatus.DELETED else (
            right, draft.right, draft.moved_in)
        if draft.status in (RowStatus.DELETED, RowStatus.INSERTED) and whole[2]:
            start, end = _span(whole[0], whole[1])
            if all(piece[0] is not Kind.DELETED and piece[0] is not Kind.INSERTED
                   for piece in _pieces(Kind.DELETED, start, end, whole[2], whole[0].text,
                                        left=True)):
                draft.status = RowStatus.MOVED  # all of its text went elsewhere


def _rediff(drafts: list[_RowDraft], draft: _RowDraft, moved_out: list[tuple[int, int]],
            moved_in: list[tuple[int, int]], left: NormalizedDocument,
            right: NormalizedDocument, word_granularity: bool, check: PairCheck | None) -> None:
    """A row's differences made again with the moved text a change of its own (a moved
    clause's old place: with the text of its new place, after the move itself)."""
    left_side = make_side(left, draft.left)
    right_side = make_side(right, draft.right if draft.partner is None else
                           drafts[draft.partner].right)
    differences = diff_sides(left_side, right_side, word_granularity, check,
                             (moved_out, moved_in))
    draft.differences = [part for difference in differences
                         for part in _split_change(difference, moved_out, moved_in, left, right)]
    if draft.partner is not None:
        draft.differences.insert(0, RawDifference(Kind.MOVED, left_side.start, left_side.end,
                                                  right_side.start, right_side.end))


def _link(drafts: list[_RowDraft], run: MovedRun, out: dict[int, list[tuple[int, int]]],
          into: dict[int, list[tuple[int, int]]]) -> None:
    """Record a moved run's halves by row, the rows naming each other."""
    out.setdefault(run.source, []).append((run.left_start, run.left_end))
    into.setdefault(run.target, []).append((run.right_start, run.right_end))
    for row, other in ((run.source, run.target), (run.target, run.source)):
        if drafts[row].linked is None:
            drafts[row].linked = other


def _pair_leftovers(drafts: list[_RowDraft], in_place: dict[int, list[MovedRun]],
                    left: NormalizedDocument, right: NormalizedDocument,
                    word_granularity: bool, check: PairCheck | None) -> None:
    """Make one changed row of a deleted and an inserted row side by side whose texts, but
    for what moved out of or into them, are alike: the aligner could not pair them while the
    moved text was in (实到外资保持稳中有进。 against 有进。). Runs between two such rows are
    then no move; between two rows left apart, they are."""
    removed: dict[int, int] = {}  # inserted row made part of a changed one -> that row
    for number in range(len(drafts) - 1):
        first, second = drafts[number], drafts[number + 1]
        if number in removed or {first.status, second.status} != {RowStatus.DELETED,
                                                                 RowStatus.INSERTED}:
            continue
        gone, came = (first, second) if first.status is RowStatus.DELETED else (second, first)
        if not (gone.moved_out or came.moved_in) or similarity(
                leftover(left, *_span(left, gone.left), gone.moved_out),
                leftover(right, *_span(right, came.right), came.moved_in)) < MATCH_THRESHOLD:
            for run in in_place.get(number, []):
                out: dict[int, list[tuple[int, int]]] = {}
                into: dict[int, list[tuple[int, int]]] = {}
                _link(drafts, run, out, into)
                source, target = drafts[run.source], drafts[run.target]
                source.moved_out = [*source.moved_out, *out[run.source]]
                target.moved_in = [*target.moved_in, *into[run.target]]
            continue
        first.status, first.left, first.right = RowStatus.CHANGED, gone.left, came.right
        first.linked = first.linked if first.linked is not None else second.linked
        first.similarity = round(similarity(make_side(left, gone.left).key,
                                            make_side(right, came.right).key), 4)
        _rediff(drafts, first, gone.moved_out, came.moved_in, left, right, word_granularity,
                check)
        first.moved_out = first.moved_in = ()
        removed[number + 1] = number
    if not removed:
        return
    drafts[:] = [draft for number, draft in enumerate(drafts) if number not in removed]
    shift = [0] * (len(drafts) + len(removed))
    for number in range(1, len(shift)):
        shift[number] = shift[number - 1] + ((number - 1) in removed)
    for draft in drafts:  # rows named by index follow the rows that merged or moved up
        for name in ("partner", "linked"):
            index = getattr(draft, name)
            if index is not None:
                index = removed.get(index, index)
                setattr(draft, name, index - shift[index])


def _span(document: NormalizedDocument, clauses: Sequence[int]) -> tuple[int, int]:
    return document.clauses[clauses[0]].start, document.clauses[clauses[-1]].end


def _split_change(change: RawDifference, moved_out: Sequence[tuple[int, int]],
                  moved_in: Sequence[tuple[int, int]], left: NormalizedDocument,
                  right: NormalizedDocument) -> list[RawDifference]:
    """A change cut around the moved runs in it: the left pieces (deleted words and moved
    runs) against its insertion point, then the right pieces, so that undoing every piece
    still gives the left text and applying them the right."""
    kind, left_start, left_end, right_start, right_end = change[:5]
    moved_out = [run for run in moved_out if left_start <= run[0] and run[1] <= left_end]
    moved_in = [run for run in moved_in if right_start <= run[0] and run[1] <= right_end]
    if not (moved_out or moved_in):
        return [change]
    parts = [RawDifference(piece_kind, start, end, right_start, right_start)
             for piece_kind, start, end in _pieces(kind, left_start, left_end, moved_out,
                                                   left.text, left=True) if start < end]
    parts += [RawDifference(piece_kind, left_end, left_end, start, end)
              for piece_kind, start, end in _pieces(kind, right_start, right_end, moved_in,
                                                    right.text, left=False) if start < end]
    return parts


def _pieces(kind: Kind, start: int, end: int, moved: Sequence[tuple[int, int]], text: str,
            left: bool) -> list[tuple[Kind, int, int]]:
    """``[start, end)`` cut into the moved runs and what lies around them; the rest keeps
    ``kind`` where it holds content and is punctuation or whitespace otherwise."""
    if not moved:
        return [(kind, start, end)]
    pieces = []
    cursor = start
    for moved_start, moved_end in _joined(moved, text):
        if moved_start > cursor:
            pieces.append((_rest_kind(kind, text[cursor:moved_start], left), cursor,
                           moved_start))
        pieces.append((Kind.MOVED, moved_start, moved_end))
        cursor = moved_end
    if end > cursor:
        pieces.append((_rest_kind(kind, text[cursor:end], left), cursor, end))
    return [piece for piece in pieces if piece[0] is not None]


def _joined(moved: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Moved runs in order, those with only punctuation or space between them made one (the
    parts of a run that came from two clauses)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(moved):
        if joined and not any(map(is_content, text[joined[-1][1]:start])):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _rest_kind(kind: Kind, text: str, left: bool) -> Kind | None:
    if any(map(is_content, text)):
        return kind
    return classify_between(text, "") if left else classify_between("", text)


def _label_changes(drafts: list[_RowDraft], left: NormalizedDocument,
                   right: NormalizedDocument) -> None:
    """A changed label is ``numbering`` only where both lists still count on (the clauses
    before it were inserted, deleted or moved); a label changed on its own is a ``number``."""
    # Looked for in C: a long document has tens of thousands of differences and no list.
    if Kind.NUMBERING not in map(_KIND_OF, chain.from_iterable(map(_DIFFERENCES_OF, drafts))):
        return
    in_order: list[dict[int, bool]] = []
    for document in (left, right):
        flags = in_sequence(document.clauses)
        in_order.append({clause.marker_start: flag
                         for clause, flag in zip(document.clauses, flags, strict=True)
                         if clause.marker})
    for draft in drafts:
        for number, difference in enumerate(draft.differences):
            if difference.kind is not Kind.NUMBERING:
                continue
            if not (in_order[0].get(difference.left_start)
                    and in_order[1].get(difference.right_start)):
                draft.differences[number] = difference._replace(kind=Kind.NUMBER)
                draft.status = RowStatus.CHANGED if draft.status in (
                    RowStatus.EQUAL, RowStatus.EQUIVALENT) else draft.status


_KIND_OF, _DIFFERENCES_OF = attrgetter("kind"), attrgetter("differences")


def _move_blocks(moves: dict[int, int]) -> dict[int, int]:
    """Map each moved left clause to the first clause of its block.

    Consecutive clauses that moved together to consecutive places (an item of several
    sentences) are one move.
    """
    block: dict[int, int] = {}
    for i in sorted(moves):
        previous = i - 1
        together = previous in moves and moves[previous] + 1 == moves[i]
        block[i] = block[previous] if together else i
    return block


def _extends(drafts: list[_RowDraft], pair: Pair) -> bool:
    """Whether an unpaired clause continues the block of the previous inserted/deleted row."""
    if not drafts:
        return False
    previous = drafts[-1]
    if pair.left:
        return previous.status is RowStatus.DELETED and previous.left[-1] + 1 == pair.left[0]
    return previous.status is RowStatus.INSERTED and previous.right[-1] + 1 == pair.right[0]


def _matched(pair: Pair, left: NormalizedDocument, right: NormalizedDocument,
             word_granularity: bool, check: PairCheck | None = None) -> _RowDraft:
    differences = diff_sides(make_side(left, pair.left), make_side(right, pair.right),
                             word_granularity, check)
    if not SUBSTANTIVE_KINDS.isdisjoint(map(attrgetter("kind"), differences)):
        status = RowStatus.CHANGED
    elif differences:
        status = RowStatus.EQUIVALENT
    else:
        status = RowStatus.EQUAL
    return _RowDraft(status, list(pair.left), list(pair.right), round(pair.similarity, 4),
                     differences)


def _finish(drafts: list[_RowDraft], left: DocumentInfo,
            right: DocumentInfo) -> tuple[tuple[Row, ...], tuple[Difference, ...]]:
    """Give rows and differences their ids, spans and cross references, in reading order."""
    row_ids = [f"r{number + 1}" for number in range(len(drafts))]
    sides = [(_row_side(left, draft.left), _row_side(right, draft.right)) for draft in drafts]
    kind_rank = {kind: rank for rank, kind in enumerate(KIND_ORDER)}

    def reading_order(d: RawDifference) -> tuple[int, int, int]:
        return d.left_start, d.right_start, kind_rank[d.kind]

    differences: list[Difference] = []
    per_row: list[list[str]] = [[] for _ in drafts]
    left_point = right_point = 0
    left_document, right_document = left.document, right.document
    left_text, right_text = left_document.text, right_document.text
    span = Span.of
    for number, draft in enumerate(drafts):
        raw, draft.differences = draft.differences, []  # freed as rows are made
        left_side, right_side = sides[number]
        if not draft.right and draft.partner is None:  # deleted, or its text moved
            raw = [*raw, *(RawDifference(kind, start, end, right_point, right_point)
                           for kind, start, end in _pieces(
                               Kind.DELETED, left_side.start, left_side.end, draft.moved_out,
                               left_text, left=True))]
        elif not draft.left and draft.partner is None:
            raw = [*raw, *(RawDifference(kind, left_point, left_point, start, end)
                           for kind, start, end in _pieces(
                               Kind.INSERTED, right_side.start, right_side.end,
                               draft.moved_in, right_text, left=False))]
        left_point = left_side.end if left_side else left_point
        right_point = right_side.end if right_side else right_point
        if len(raw) > 1:
            starts = list(map(_STARTS, raw))
            # Most rows come in order from the inline diff: sorting them would only cost.
            if not all(map(lt, starts, islice(starts, 1, None))):
                raw = sorted(raw, key=reading_order)
        row_id, row_differences = row_ids[number], per_row[number]
        for kind, left_start, left_end, right_start, right_end, reason, suggestion in raw:
            difference_id = f"d{len(differences) + 1}"
            differences.append(Difference(
                difference_id, row_id, kind,
                span(left_document, left_start, left_end),
                span(right_document, right_start, right_end), None, reason, suggestion))
            row_differences.append(difference_id)
            if kind is Kind.MOVED and draft.partner is not None:
                per_row[draft.partner].append(difference_id)
    rows = tuple(
        Row(id=row_ids[number], status=draft.status, left=sides[number][0],
            right=sides[number][1], similarity=draft.similarity,
            differences=tuple(per_row[number]),
            moved_to=row_ids[partner] if (partner := _partner(draft)) is not None else None)
        for number, draft in enumerate(drafts))
    return rows, tuple(differences)


# Where a raw difference starts on the left and on the right.
_STARTS = itemgetter(1, 3)


def _partner(draft: _RowDraft) -> int | None:
    return draft.partner if draft.partner is not None else draft.linked


def _row_side(document: DocumentInfo, clauses: Sequence[int]) -> RowSide | None:
    if not clauses:
        return None
    first, last = document.clauses[clauses[0]], document.clauses[clauses[-1]]
    return RowSide(tuple(clauses), first.label, first.start, last.end)
