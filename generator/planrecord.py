"""The site plan a build leaves for the next one, output by output, each report in it named by
its id; the reports themselves; and which outputs hold which report.

A build whose inputs differ from the last one's only in what some reports say (a note's text
edited: the everyday edit) changes no decision of the plan: the same pages and feeds exist,
listing the same reports in the same order. Such a build takes the recorded outputs holding
the changed reports, keys them as every build keys its outputs and makes those whose key
moved: at 100,000 reports it keys a few dozen outputs instead of 107,000, and never loads,
enriches or plans the rest. Any other change (a listing, the settings, templates, code, a
note added or removed, its report, pick, date, topics, publishers or draft state) plans the
site again and records it anew: that is the only way a change reaches the plan.

The record is in the build's cache (cachedir.py), read as data: each output is pickled with
its reports as `("r", id)` and the few shared objects it holds (the taxonomies, the site's
settings and URLs, the functions feeds and search files are made by) as `("n", name)`, so
that nothing in a record names code to run but what `NAMED_FUNCTIONS` lists.

Files, under the generation's `plan/`:
- `meta.pickle`: `PlanMeta` below;
- `reports-<k>.pickle`: the reports whose id's crc32 is k modulo `SHARDS`, as {id: pickled report};
- `digests.pickle`: every report's key digest, by id;
- `outputs-<k>.pickle`: the recorded outputs numbered k modulo `SHARDS`, as {number: pickled};
- `holders-<k>.pickle`: for each report (sharded as the reports) the numbers of the outputs
  holding it.

A search shard is recorded by its reports' ids, and read back with each unchanged report a
`RecordedReport` stand-in: its postings are keyed by its reports' digests and made from the live
postings files (searchindex.move_keys), so the thousands of reports in it are never loaded
unless those files are not there.
"""

from __future__ import annotations

import io
import os
import pickle
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

from generator.cachedir import SHARDS, UNREADABLE, DataUnpickler, data_loads, read_data, shard_of, write_file
from generator.diagnostics import Diagnostic
from generator.model import Commentary, Report
from generator.plan import FileOut
from generator.render.keys import report_digest
from generator.render.searchindex import Shard
from generator.taxonomy import TAXONOMIES

FOLDER = "plan"
META = "meta.pickle"
DIGESTS = "digests.pickle"
_CODE = (FunctionType, BuiltinFunctionType, MethodType)

# The shared objects an output may hold, named: (module, attribute), looked up when a record is
# written and when it is read (a test may put its own function in the module's place).
NAMED_FUNCTIONS = (("generator.render.feeds", "render_rss"),
                   ("generator.render.feeds", "render_atom"), ("generator.render.feeds", "render_json_feed"),
                   ("generator.render.searchindex", "doc_file"), ("generator.render.searchindex", "postings_file"))


def _named(shared: dict[str, Any]) -> dict[str, Any]:
    """The objects outputs hold that a record names: the taxonomies, the functions above, and
    the build's `shared` objects (its site settings and URLs)."""
    named: dict[str, Any] = dict(shared)
    for taxonomy in TAXONOMIES:
        named[f"taxonomy:{taxonomy.key}"] = taxonomy
    for module, attribute in NAMED_FUNCTIONS:
        named[f"{module}:{attribute}"] = getattr(sys.modules[module], attribute)
    return named


class _Pickler(pickle.Pickler):
    """Pickles an output with its reports by id and the `NAMED` objects by name, gathering the
    ids of the reports it holds."""

    def __init__(self, file: io.BytesIO, names: dict[int, str]) -> None:
        super().__init__(file, protocol=5)
        self.names = names
        self.held: set[str] = set()
        self.shards: dict[int, tuple[str, str, tuple[str, ...]]] = {}

    def persistent_id(self, obj: Any) -> tuple[Any, ...] | None:
        if type(obj) is Report:
            self.held.add(obj.id)
            return "r", obj.id
        if type(obj) is Shard:  # (named again by each of its postings files: worked out once)
            pid = self.shards.get(id(obj))
            if pid is None:
                pid = self.shards[id(obj)] = ("s", obj.name, tuple(report.id for report in obj.reports))
                self.held.update(pid[2])
            return pid
        name = self.names.get(id(obj))
        if name is not None:
            return "n", name
        if isinstance(obj, _CODE):  # (pickled by its module's name, it would be no data to read)
            raise pickle.PicklingError(f"a record cannot name {obj!r}")
        return None


Recorded = tuple[bytes, tuple[str, ...]]  # an output pickled, and the ids of the reports it holds


class Recorder:
    """Pickles outputs for the record (in the render workers, each page as it is keyed)."""

    def __init__(self, shared: dict[str, Any]) -> None:
        self.names = {id(value): name for name, value in _named(shared).items()}

    def pickled(self, output: Any) -> Recorded:
        """`output` pickled; empty bytes when it holds what a record cannot name (then the
        build leaves no record: one output missing would be one never made again)."""
        buffer = io.BytesIO()
        pickler = _Pickler(buffer, self.names)
        try:
            pickler.dump(output)
        except (pickle.PicklingError, TypeError, AttributeError):
            return b"", ()
        return buffer.getvalue(), tuple(sorted(pickler.held))

    def files(self, files: Sequence[FileOut]) -> list[Recorded]:
        """The files holding reports (feeds, the search index's), in groups of those made from
        one object (a feed's formats, a search shard's postings files), each group pickled
        whole: a shard's thousands of reports are named once, not once per file."""
        groups: list[list[FileOut]] = []
        for file in files:
            if groups and groups[-1][0][1][-1] is file[1][-1]:
                groups[-1].append(file)
            else:
                groups.append([file])
        recorded = []
        for group in groups:
            # A group made by code no record names (a sitemap, a static file) fails to pickle: that
            # matters, and leaves no record, only if its key's parts hold reports.
            data, held = self.pickled(group)
            if held or (not data and self.pickled(group[0][1])[1]):
                recorded.append((data, held))
        return recorded


@dataclass(frozen=True, eq=False)
class RecordedReport:
    """A recorded report in a search shard, not loaded: its id, and its digest in the keys."""

    id: str


class _Unpickler(DataUnpickler):
    def __init__(self, data: bytes, record: PlanRecord, named: dict[str, Any]) -> None:
        super().__init__(io.BytesIO(data))
        self.record, self.named = record, named
        self.shards: dict[str, Shard] = {}

    def persistent_load(self, pid: Any) -> Any:
        match pid:
            case ("r", str(report_id)):
                return self.record.report(report_id)
            case ("s", str(name), tuple(ids)):  # (one object however many files name it)
                shard = self.shards.get(name)
                if shard is None:
                    shard = self.shards[name] = Shard(name, tuple(map(self.record.member, ids)))
                return shard
            case ("n", str(name)) if name in self.named:
                return self.named[name]
        raise pickle.UnpicklingError(f"a record names {pid!r}")


def projection(note: Commentary) -> tuple[Any, ...]:
    """What the plan reads of a note: the report it names, whether and when it is published,
    whether it is a pick, and the topics and publishers it gives its report. A note whose
    projection is unchanged changes no decision of the plan."""
    return note.report_ref, note.draft, note.date, note.pick, note.topics, note.publishers


@dataclass
class PlanMeta:
    """What a build was made from and said, beside its outputs."""

    options: str  # the build's options (base URL, strictness, code version, preview, today)
    salt: str  # the salt of every key (see build.py)
    site: Any  # the site's settings as built (config.SiteConfig)
    globals: dict[str, Any]  # the templates' globals besides the code's (content pages, term slugs...)
    notes: dict[str, tuple[str | None, tuple[Any, ...]]]  # note file -> (its report's id, its projection)
    overview: Any  # what the build's summary says (build.Overview)
    messages: list[Diagnostic] = field(default_factory=list)  # the build's warnings, said again by the next


@dataclass
class Change:
    """The reports a build changes without planning again, as they are now."""

    reports: dict[str, Report]  # id -> the report with its note as it now reads
    before: dict[str, Report]  # id -> the report as recorded
    notes: list[Path]
    outputs: list[Any] = field(default_factory=list)  # the recorded outputs holding them
    digests: list[tuple[Report | RecordedReport, str]] = field(default_factory=list)  # the others' key digests


class PlanRecord:
    """A generation's record, read as far as a build needs it."""

    def __init__(self, folder: Path, meta: PlanMeta) -> None:
        self.folder, self.meta = folder, meta
        self._reports: dict[int, dict[str, bytes]] = {}
        self._loaded: dict[str, Report] = {}
        self._members: dict[str, RecordedReport] = {}
        self._digests: dict[str, str] | None = None

    @classmethod
    def read(cls, generation: Path | None) -> PlanRecord | None:
        meta = read_data(generation / FOLDER / META) if generation else None
        return cls(generation / FOLDER, meta) if generation and isinstance(meta, PlanMeta) else None

    def report(self, report_id: str) -> Report:
        """The report as recorded (one object per id however many outputs hold it)."""
        found = self._loaded.get(report_id)
        if found is None:
            number = shard_of(report_id)
            if number not in self._reports:
                shard = read_data(self.folder / f"reports-{number}.pickle")
                self._reports[number] = shard if isinstance(shard, dict) else {}
            found = self._loaded[report_id] = data_loads(self._reports[number][report_id])
            if type(found) is not Report:  # (a report holds no other report: plain data)
                raise pickle.UnpicklingError(f"report {report_id} is recorded as a {type(found).__name__}")
        return found

    def member(self, report_id: str) -> Report | RecordedReport:
        """A search shard's report: the one loaded (changed or shown elsewhere), else a stand-in."""
        found = self._loaded.get(report_id) or self._members.get(report_id)
        if found is None:
            found = self._members[report_id] = RecordedReport(report_id)
        return found

    def digests(self) -> dict[str, str]:
        if self._digests is None:
            digests = read_data(self.folder / DIGESTS)
            self._digests = digests if isinstance(digests, dict) else {}
        return self._digests

    def holders(self, report_ids: Iterable[str]) -> list[int]:
        """The numbers of the outputs holding any of these reports, in order."""
        found: set[int] = set()
        for report_id in report_ids:
            data = read_data(self.folder / f"holders-{shard_of(report_id)}.pickle")
            found.update(data.get(report_id, ()) if isinstance(data, dict) else ())
        return sorted(found)

    def outputs(self, numbers: Iterable[int], changed: dict[str, Report], shared: dict[str, Any]) -> list[Any]:
        """The recorded outputs, each report in them the recorded one but for the `changed`, the
        objects named in them this build's (see `_named`)."""
        self._loaded.update(changed)
        named = _named(shared)
        shards: dict[int, dict[int, bytes]] = {}
        pickled = []
        for number in numbers:
            shard = shards.get(number % SHARDS)
            if shard is None:
                data = read_data(self.folder / f"outputs-{number % SHARDS}.pickle")
                shard = shards[number % SHARDS] = data if isinstance(data, dict) else {}
            pickled.append(shard[number])
        return [_Unpickler(data, self, named).load() for data in pickled]

    def unchanged(self, changed: dict[str, Report]) -> Iterator[tuple[Report | RecordedReport, str]]:
        """The recorded reports read so far that did not change (and stand-ins), with their key
        digests."""
        digests = self.digests()
        for report_id, report in [*self._loaded.items(), *self._members.items()]:
            if report_id not in changed:
                yield report, digests[report_id]

    def real(self, shard: Shard) -> Shard:
        """`shard` with its stand-ins loaded (its postings are to be made from scratch)."""
        return Shard(shard.name, tuple(self.report(report.id) for report in shard.reports))


def changed_reports(record: PlanRecord, inputs: dict[Path, str], previous: dict[str, str], options: str,
                    read_note: Callable[[Path], Commentary | None], shown: Callable[[Commentary], Commentary | None],
                    shared: dict[str, Any]) -> Change | None:
    """The reports this build changes and the recorded outputs holding them, when its inputs
    differ from the recorded build's (`previous`: hashes by path) only in the text of notes
    that plan the same (see `projection`); None when the site must be planned again, or the
    record cannot be read. `read_note(path)` reads a note (None when it has anything to say
    about it: the full build says it); `shown(note)` is the note as its report shows it, None
    when held back; `shared`, the build's objects the outputs name (see `_named`)."""
    try:
        change = _changed(record, inputs, previous, options, read_note, shown)
        if change is not None:
            change.outputs = record.outputs(record.holders(change.reports), change.reports, shared)
            change.digests = list(record.unchanged(change.reports))
        return change
    except UNREADABLE:  # (KeyError among them: a record with a part missing)
        return None


def _changed(record: PlanRecord, inputs: dict[Path, str], previous: dict[str, str], options: str,
             read_note: Callable[[Path], Commentary | None],
             shown: Callable[[Commentary], Commentary | None]) -> Change | None:
    meta = record.meta
    if meta.options != options:
        return None
    now = {str(path): sha for path, sha in inputs.items()}
    if now.keys() != previous.keys():
        return None
    changed = [path for path, sha in now.items() if previous[path] != sha]
    if not changed or any(path not in meta.notes for path in changed):
        return None
    reports: dict[str, Report] = {}
    before: dict[str, Report] = {}
    for path in changed:
        report_id, planned = meta.notes[path]
        note = read_note(Path(path))
        if note is None or projection(note) != planned:
            return None
        attached = shown(note)
        if report_id is not None and attached is not None:
            before[report_id] = record.report(report_id)
            reports[report_id] = replace(before[report_id], commentary=attached)
    return Change(reports, before, [Path(path) for path in changed])


def write_reports(folder: Path, reports: Sequence[Report]) -> list[str]:
    """Record every report, sharded, and its key digest (see the module); the digests, in order."""
    shards: defaultdict[int, dict[str, bytes]] = defaultdict(dict)
    digests = [report_digest(report) for report in reports]
    for report in reports:
        shards[shard_of(report.id)][report.id] = pickle.dumps(report, protocol=5)
    _write_shards(folder, "reports", shards)
    write_file(folder / DIGESTS, pickle.dumps({r.id: d for r, d in zip(reports, digests, strict=True)}, protocol=5))
    return digests


def write_outputs(folder: Path, pickled: Sequence[Recorded], meta: PlanMeta) -> None:
    """Record the outputs (pickled by `Recorder`), which outputs hold which report, and `meta`
    (none of it when an output could not be pickled)."""
    if any(not data for data, _held in pickled):
        return
    outputs: defaultdict[int, dict[int, bytes]] = defaultdict(dict)
    held_by: defaultdict[str, list[int]] = defaultdict(list)
    for number, (data, held) in enumerate(pickled):
        outputs[number % SHARDS][number] = data
        for report_id in held:
            held_by[report_id].append(number)
    holders: defaultdict[int, dict[str, list[int]]] = defaultdict(dict)
    for report_id, numbers in held_by.items():  # (each report's shard worked out once, not once an output)
        holders[shard_of(report_id)][report_id] = numbers
    _write_shards(folder, "outputs", outputs)
    _write_shards(folder, "holders", holders)
    write_file(folder / META, pickle.dumps(meta, protocol=5))


def _write_shards(folder: Path, name: str, shards: dict[int, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, shard in shards.items():
        write_file(folder / f"{name}-{number}.pickle", pickle.dumps(shard, protocol=5))


def carry_over(old: Path, new: Path, reports: dict[str, Report]) -> None:
    """The record of a build that changed only `reports`: the last one's, linked, with the
    shards of those reports and the digests written anew."""
    (new / FOLDER).mkdir(parents=True, exist_ok=True)
    rewritten: defaultdict[str, list[Report]] = defaultdict(list)
    for report in reports.values():
        rewritten[f"reports-{shard_of(report.id)}.pickle"].append(report)
    for name in os.listdir(old / FOLDER):
        if name in rewritten:
            shard = dict(read_data(old / FOLDER / name))
            shard.update((report.id, pickle.dumps(report, protocol=5)) for report in rewritten[name])
            write_file(new / FOLDER / name, pickle.dumps(shard, protocol=5))
        elif name == DIGESTS:
            digests = dict(read_data(old / FOLDER / name))
            digests.update((report.id, report_digest(report)) for report in reports.values())
            write_file(new / FOLDER / name, pickle.dumps(digests, protocol=5))
        else:
            os.link(old / FOLDER / name, new / FOLDER / name)
