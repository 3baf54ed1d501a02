"""Score event-type detection on sentence and snippet sets that give an event type but no actors.

Each set labels a text with an event type, or with none. The CAMEO roots a label accepts
are knowledge, read from ``data/evaluate/<set>_roots.tsv`` ("-" there: no political event):

- case2021-task2: ``test_set_final_release_with_labels.tsv``, ACLED-style SubType per snippet,
  mapped as ``../shared/data/FORMATS.md`` 3.4 suggests (its author's mapping, not the
  organisers'); NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME and OTHER are no event;
- conflibert-cameo: ``cameo_class_test.tsv`` (the FILE: the folder is the actors task's),
  PentaClass 0-4, each a range of roots; every sentence has an event;
- glocon-sample: ``sentence_Sabinet.jsonl``, protest (14) or not; it judges protest only;
- india-police-events: ``sents.jsonl``, police KILL / ARREST / FORCE / ANY_ACTION (roots
  17-20); it judges police actions only. FAIL (police inaction) is no event. 21,391
  sentences, so by default only the first ``INDIA_DEFAULT_LIMIT`` (the first documents).

Our prediction for a text is the set of roots of its events (one-sided ones too: these sets
judge what a text tells of, not between whom) that are neither negated nor
hypothetical; for a set that judges only some roots (glocon, india), only those roots.

- recall: texts with a gold type where we coded a root the type accepts;
- precision: texts where we coded an event whose roots include an acceptable one;
- false_alarm_rate: texts without a political event where we coded one;
- a per-type table: gold label -> texts, found, recall.

A text whose label has no row in the table (case2021 DISR_WEAP, glocon label 2) is left out.

Example:
    >>> report = evaluate_eventtypes(Path("../shared/data/glocon-sample"))  # doctest: +SKIP
    >>> report.figures["false_alarm_rate"]  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..coder import Coder
from ..errors import DataFileError, Errors, InputError
from ..knowledge import data_file, read_table
from ..records import CodedArticle
from ..settings import Settings
from .coding import code_texts
from .gold import first_record_keys, read_jsonl
from .report import TaskReport, prf, share

# The roots column's mark for "no political event".
NO_EVENT = "-"
# Every CAMEO root, the scope of a set that judges all event types.
ALL_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))
# india-police-events has 21,391 sentences; coding them all takes minutes.
INDIA_DEFAULT_LIMIT = 3000
# missed texts and false alarms listed in the report, enough to see what kind we miss
EXAMPLE_ROWS = 30
# characters of a text shown in those rows
EXAMPLE_CHARS = 160


@dataclass
class GoldText:
    """One gold sentence or snippet and its labels (none: no event, in india-police)."""

    id: str
    text: str
    labels: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GoldSet:
    """A gold set this task scores: where its texts are and how its labels read.

    ``pattern`` is the data file's name (a glob); ``by_folder`` whether the set's folder
    may be given for it; a file of another name is the set's when its first JSON record
    has ``keys``, or its first line is ``header``; ``narrow`` whether the set judges only
    the roots of its table.
    """

    name: str
    pattern: str
    table: str
    read: Callable[[Path], list[GoldText]]
    narrow: bool = False
    by_folder: bool = True
    keys: frozenset[str] = frozenset()
    header: str | None = None
    default_limit: int | None = None
    notes: tuple[str, ...] = ()


def matches(path: Path) -> bool:
    """Whether ``path`` is one of the sets above: its folder (not conflibert-cameo's) or
    its data file."""
    return _gold_set(path) is not None


def evaluate_eventtypes(
    path: Path, *, coder: Coder | None = None, limit: int | None = None
) -> TaskReport:
    """Event-type recall, precision and false alarms on the gold texts at ``path``.

    ``limit`` scores the first N texts; india-police-events defaults to the first
    ``INDIA_DEFAULT_LIMIT`` sentences (its first documents, in file order).

    Raises:
        InputError: ``path`` is none of the sets, or its file is not in the set's format.

    Example:
        >>> report = evaluate_eventtypes(Path("../shared/data/case2021-task2"))  # doctest: +SKIP
        >>> sorted(report.figures)[:3]  # doctest: +SKIP
        ['coded_texts', 'f1', 'false_alarm_rate']
    """
    gold_set = _gold_set(path)
    if gold_set is None:
        reason = "no case2021-task2, cameo_class_*.tsv, glocon-sample or india-police-events file"
        raise InputError(Errors.E114.format(source=path, reason=reason), source=str(path))
    file = _data_file(path, gold_set)
    texts = gold_set.read(file)
    limit = limit if limit is not None else gold_set.default_limit
    kept = texts[:limit]
    coder = coder or Coder(settings=Settings.load(one_sided=True))
    coded = code_texts(coder, [text.text for text in kept])
    report = score_event_types(
        kept, coded, roots=label_roots(gold_set.table), narrow=gold_set.narrow
    )
    report.dataset = gold_set.name if gold_set.by_folder else f"{gold_set.name}/{file.stem}"
    report.notes += list(gold_set.notes)
    if coder.settings.one_sided:
        report.notes.append("events naming one side only count (--one-sided, the default here).")
    if len(kept) < len(texts):
        default = " (this set's default)" if limit == gold_set.default_limit else ""
        report.notes.append(
            f"scored the first {len(kept)} of {len(texts)} texts in file order{default}; "
            "give --limit to score another number."
        )
    return report


def label_roots(table: str) -> dict[str, frozenset[str]]:
    """Each label of the packaged table ``table`` and the CAMEO roots it accepts (none
    for no political event).

    Raises:
        DataFileError: a roots cell is neither "-" nor two-digit CAMEO roots.
    """
    roots: dict[str, frozenset[str]] = {}
    for row in read_table(table):
        cell = row["roots"].split()
        if cell == [NO_EVENT]:
            roots[row["label"]] = frozenset()
        elif cell and set(cell) <= ALL_ROOTS:
            roots[row["label"]] = frozenset(cell)
        else:
            reason = f"roots '{row['roots']}' are neither CAMEO roots 01-20 nor '{NO_EVENT}'"
            line = _line_of(table, row["label"])
            raise DataFileError(Errors.E901.format(path=table, line=line, reason=reason))
    return roots


def _line_of(table: str, label: str) -> int:
    """The line number of the row of ``label`` in the packaged table ``table``."""
    lines = data_file(table).read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.split("\t")[0] == label)


def score_event_types(
    texts: Sequence[GoldText],
    coded: Sequence[CodedArticle | InputError],
    *,
    roots: dict[str, frozenset[str]],
    narrow: bool = False,
) -> TaskReport:
    """Recall, precision and false alarms of our event roots against the labels of
    ``texts``; ``coded[i]`` is ``texts[i]`` coded, or the InputError ingest raised for it
    (it codes nothing). ``roots`` maps each label to the roots it accepts; with
    ``narrow`` only the roots named there are predictions (the set judges no others)."""
    scope = frozenset().union(*roots.values()) if narrow else ALL_ROOTS
    tally = _Tally()
    for text, result in zip(texts, coded, strict=True):
        if isinstance(result, InputError):
            tally.refused += 1
            predicted: frozenset[str] = frozenset()
        else:
            predicted = predicted_roots(result) & scope
        tally.add(text, predicted, roots)
    figures = prf(tally.found, tally.coded, tally.typed)
    figures |= {
        "false_alarm_rate": share(tally.false_alarms, tally.no_event),
        "texts": float(tally.typed + tally.no_event),
        "typed_texts": float(tally.typed),
        "no_event_texts": float(tally.no_event),
        "coded_texts": float(tally.coded),
    }
    return TaskReport(
        task="eventtypes",
        dataset="",
        items=tally.typed + tally.no_event,
        figures=figures,
        tables={
            "types": tally.type_rows(roots),
            "no_event": tally.no_event_rows(),
            "missed": tally.missed,
            "false_alarms": tally.false_alarm_examples,
        },
        notes=_notes(tally, narrow),
    )


def predicted_roots(article: CodedArticle) -> frozenset[str]:
    """The roots of the events of ``article`` that are neither negated nor hypothetical."""
    return frozenset(
        event.root for event in article.events if not (event.negated or event.hypothetical)
    )


@dataclass
class _Tally:
    """Counts over the scored texts, overall and per gold label."""

    typed: int = 0
    found: int = 0
    coded: int = 0
    no_event: int = 0
    false_alarms: int = 0
    refused: int = 0
    label_texts: Counter[str] = field(default_factory=Counter)
    label_found: Counter[str] = field(default_factory=Counter)
    quiet_texts: Counter[str] = field(default_factory=Counter)
    quiet_alarms: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)
    missed: list[dict[str, Any]] = field(default_factory=list)
    false_alarm_examples: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self, text: GoldText, predicted: frozenset[str], roots: dict[str, frozenset[str]]
    ) -> None:
        """Count one text: typed when a label accepts roots; without a political event
        when it has no label, or only labels of no event; else left out (unmapped)."""
        typed = [label for label in text.labels if roots.get(label)]
        unknown = [label for label in text.labels if label not in roots]
        if not typed and unknown:
            self.unmapped.update(unknown)
            return
        self.coded += bool(predicted)
        if typed:
            self._add_typed(text, typed, predicted, roots)
        else:
            self._add_no_event(text, predicted)

    def _add_typed(
        self,
        text: GoldText,
        typed: list[str],
        predicted: frozenset[str],
        roots: dict[str, frozenset[str]],
    ) -> None:
        acceptable = frozenset().union(*(roots[label] for label in typed))
        self.typed += 1
        is_found = bool(predicted & acceptable)
        self.found += is_found
        for label in typed:
            self.label_texts[label] += 1
            self.label_found[label] += bool(predicted & roots[label])
        if not is_found and len(self.missed) < EXAMPLE_ROWS:
            self.missed.append(_example(text, predicted))

    def _add_no_event(self, text: GoldText, predicted: frozenset[str]) -> None:
        label = "+".join(text.labels) or "(no label)"
        self.no_event += 1
        self.quiet_texts[label] += 1
        if predicted:
            self.false_alarms += 1
            self.quiet_alarms[label] += 1
            if len(self.false_alarm_examples) < EXAMPLE_ROWS:
                self.false_alarm_examples.append(_example(text, predicted))

    def type_rows(self, roots: dict[str, frozenset[str]]) -> list[dict[str, Any]]:
        return [
            {
                "label": label,
                "roots": " ".join(sorted(roots[label])),
                "texts": texts,
                "found": self.label_found[label],
                "recall": share(self.label_found[label], texts),
            }
            for label, texts in sorted(self.label_texts.items())
        ]

    def no_event_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "label": label,
                "texts": texts,
                "false_alarms": self.quiet_alarms[label],
                "false_alarm_rate": share(self.quiet_alarms[label], texts),
            }
            for label, texts in sorted(self.quiet_texts.items())
        ]


def _example(text: GoldText, predicted: frozenset[str]) -> dict[str, Any]:
    return {
        "id": text.id,
        "labels": "+".join(text.labels) or "(no label)",
        "coded": " ".join(sorted(predicted)) or "-",
        "text": " ".join(text.text.split())[:EXAMPLE_CHARS],
    }


def _notes(tally: _Tally, narrow: bool) -> list[str]:
    notes = [
        "a text with a gold type counts as found when one of our events, neither negated "
        "nor hypothetical, has a CAMEO root its label accepts (data/evaluate/*_roots.tsv); "
        "precision is over the texts where we coded such an event.",
        "false_alarm_rate: the share of texts without a political event where we coded one.",
    ]
    if narrow:
        notes.append(
            "this set judges only the roots of its labels, so only our events with those "
            "roots count, for recall, precision and false alarms alike."
        )
    if tally.coded == 0:
        notes.append(
            "no text got a scored event: the events stage has not landed yet, so recall, "
            "precision and the false alarm rate are all 0."
        )
    if tally.unmapped:
        left_out = ", ".join(
            f"{label} ({count})" for label, count in sorted(tally.unmapped.items())
        )
        notes.append(f"texts whose label has no root mapping are left out: {left_out}.")
    if tally.refused:
        notes.append(
            f"{tally.refused} texts were refused by ingest (e.g. language identification); "
            "they code nothing."
        )
    return notes


def _read_case2021(file: Path) -> list[GoldText]:
    """``id \\t EventSnippet \\t SubType`` after a header line."""
    return [
        GoldText(id=cells[0], text=cells[1], labels=[cells[2]])
        for cells in _tsv_rows(file, columns=3, skip_header=True)
    ]


def _read_cameo_class(file: Path) -> list[GoldText]:
    """``sentence \\t PentaClass`` without a header; the id is the line number."""
    return [
        GoldText(id=str(number), text=cells[0], labels=[cells[1]])
        for number, cells in enumerate(_tsv_rows(file, columns=2, skip_header=False), start=1)
    ]


def _read_glocon(file: Path) -> list[GoldText]:
    return [
        GoldText(id=str(record["id"]), text=record["sentence"], labels=[str(record["label"])])
        for record in _records(file, ("id", "sentence", "label"))
    ]


def _read_india_police(file: Path) -> list[GoldText]:
    return [
        GoldText(
            id=f"{record['doc_id']}-{record['sent_id']}",
            text=record["sent_text"],
            labels=list(record["sent_labels"]),
        )
        for record in _records(file, ("doc_id", "sent_id", "sent_text", "sent_labels"))
    ]


def _tsv_rows(file: Path, *, columns: int, skip_header: bool) -> Iterator[list[str]]:
    """The tab-separated cells of each line, checked to number ``columns``.

    Raises:
        InputError: the file is unreadable or a line has another number of cells.
    """
    try:
        lines = file.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(Errors.E114.format(source=file, reason=err), source=str(file)) from err
    for number, line in enumerate(lines[1:] if skip_header else lines, start=1 + skip_header):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            reason = f"line {number} has {len(cells)} tab-separated cells, not {columns}"
            raise InputError(Errors.E114.format(source=file, reason=reason), source=str(file))
        yield cells


def _records(file: Path, keys: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The JSON Lines records of ``file``, each checked to hold ``keys``.

    Raises:
        InputError: a line is not a JSON object or lacks one of ``keys``.
    """
    for number, record in enumerate(read_jsonl(file), start=1):
        missing = [key for key in keys if key not in record]
        if missing:
            reason = f"record {number} lacks {', '.join(missing)}"
            raise InputError(Errors.E114.format(source=file, reason=reason), source=str(file))
        yield record


SETS = (
    GoldSet(
        name="case2021-task2",
        pattern="test_set_final_release_with_labels.tsv",
        table="evaluate/case2021_task2_roots.tsv",
        read=_read_case2021,
        header="id\tEventSnippet\tSubType",
        notes=(
            "SubType -> CAMEO roots follow the suggested mapping of ../shared/data/"
            "FORMATS.md 3.4, which is the FORMATS author's, not the CASE 2021 organisers'; "
            "DISR_WEAP has no row there and is left out.",
        ),
    ),
    GoldSet(
        name="conflibert-cameo",
        pattern="cameo_class_*.tsv",
        table="evaluate/conflibert_cameo_roots.tsv",
        read=_read_cameo_class,
        by_folder=False,  # the folder is the actors task's gold
        notes=(
            "every sentence has an event (PentaClass 0-4 = roots 01-02, 03-05, 06-08, "
            "09-13, 14-20), so there are no texts for a false alarm rate.",
        ),
    ),
    GoldSet(
        name="glocon-sample",
        pattern="sentence_Sabinet.jsonl",
        table="evaluate/glocon_sample_roots.tsv",
        read=_read_glocon,
        narrow=True,
        keys=frozenset({"sentence", "label", "sent_num"}),
        notes=(
            "the set judges protest only: recall and precision are protest (root 14) "
            "recall and precision, and a non-14 event on a label-0 sentence is not a false "
            "alarm. Label 2 is undocumented, so it has no mapping.",
        ),
    ),
    GoldSet(
        name="india-police-events",
        pattern="sents.jsonl",
        table="evaluate/india_police_events_roots.tsv",
        read=_read_india_police,
        narrow=True,
        keys=frozenset({"sent_labels", "sent_text"}),
        default_limit=INDIA_DEFAULT_LIMIT,
        notes=(
            "the set judges police actions only (KILL 18-20, ARREST 17, FORCE 17-18, "
            "ANY_ACTION 17-20), so only roots 17-20 count; who acted is not checked, and a "
            "17-20 event on an unlabelled sentence (e.g. a mob's attack) counts as a false "
            "alarm although the set does not judge it.",
            "FAIL (police failed to act) is not an event: it is left out as a type, and a "
            "sentence labelled only FAIL counts as one without an event, as upstream's "
            "ANY_ACTION says no for it.",
            "the texts are lower-cased (and often mojibake), which costs the named-entity "
            "recogniser and so actors and events.",
            "with a limit, the first sentences are the first documents: the file holds "
            "each document's sentences together (the last document may be cut).",
        ),
    ),
)


def _gold_set(path: Path) -> GoldSet | None:
    """The set ``path`` holds: a folder with the set's data file, or that file (by name,
    a TSV header, or the keys of its first JSON record)."""
    for gold_set in SETS:
        if path.is_dir():
            if gold_set.by_folder and any(path.glob(gold_set.pattern)):
                return gold_set
        elif path.is_file() and (path.match(gold_set.pattern) or _has_form(path, gold_set)):
            return gold_set
    return None


def _has_form(file: Path, gold_set: GoldSet) -> bool:
    """Whether ``file``, whatever its name, starts as the set's data file does."""
    if gold_set.keys:
        return first_record_keys(file) >= gold_set.keys
    if gold_set.header is None or file.suffix != ".tsv":
        return False
    with file.open(encoding="utf-8", errors="replace") as lines:
        return lines.readline().rstrip("\r\n") == gold_set.header


def _data_file(path: Path, gold_set: GoldSet) -> Path:
    return sorted(path.glob(gold_set.pattern))[0] if path.is_dir() else path
