"""Export leads to a folder or drive: write, read back, publish, record.

The destination must be a drive of its own unless the export is asked to be ``internal``
(``medium``). One consistent database snapshot feeds every file (of this kiosk's leads, or of
the merged central pool: see ``source.LeadSource``). Everything is written into a hidden
temporary folder on the drive (``staging``); each file is read back and compared with the
database (row counts and lead ids), ``manifest.json`` is written, and only then is the folder
renamed into place, the drive checked to be the same one, and the export recorded as verified,
with the version of every lead it holds, so a later wipe can prove coverage.

Any failure (drive pulled out, full, read-only, cancelled) removes what this export wrote,
forgets the export and raises a KioskError that says what happened. What an earlier,
interrupted export left on the drive is removed first and listed in the result.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.engine import database_folder, is_read_only
from kiosk.data.models import ExportRecord, new_uuid
from kiosk.data.transactions import engine_of
from kiosk.data.types import utcnow
from kiosk.errors import KioskError
from kiosk.services import audit, identity
from kiosk.services.consent_answers import Sharing, sharing_by_event
from kiosk.services.export import crm, verify
from kiosk.services.export.coverage import VersionPacker
from kiosk.services.export.digest import IdDigest
from kiosk.services.export.kiosk_source import KioskLeads
from kiosk.services.export.medium import Medium, check_start, check_still_there, on_kiosk_disk
from kiosk.services.export.outputs import (
    CrmCsvOutput,
    CsvOutput,
    ExportFailed,
    Output,
    XlsxOutput,
    io_failure,
    write_atomically,
)
from kiosk.services.export.sheets import (
    ANSWER_HEADER,
    ANSWERS,
    CONSENTS,
    EXHIBITOR,
    LEADS,
    MEETING_HEADER,
    MEETINGS,
    SheetContext,
    consent_header,
    exhibitor_header,
    lead_header,
    utc_text,
)
from kiosk.services.export.source import LeadSource, LeadSourceFactory, Scope
from kiosk.services.export.staging import Leftover, Staging, clean_leftovers
from kiosk.services.export.workbook_process import WorkbookProcess

FILE_FORMATS = ("csv", "xlsx")  # the kiosk's own files, with lead ids, read back by id
FORMATS = (*FILE_FORMATS, *crm.KINDS)
MANIFEST = "manifest.json"
EXHIBITOR_FOLDER = "exhibitors"
BYTES_PER_LEAD_ESTIMATE = 600  # a lead's share of one file, generously (Chinese is 3 B/char)

Progress = Callable[[int, int, str], None]


class ExportCancelled(KioskError):
    """Staff cancelled; nothing under a final name remains and no lead counts as exported."""


class CancelToken:
    """Set from the UI thread, checked by the export between batches."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class ExportRequest:
    destination: Path
    formats: tuple[str, ...] = FILE_FORMATS  # CRM files when asked for
    since: datetime | None = None
    exhibitor: str | None = None  # export only what this exhibitor may receive
    exhibitor_files: bool = True  # one file per exhibitor next to the organiser's files
    actor: str = audit.ACTOR_STAFF
    # A folder on the kiosk's own disk, asked for explicitly; never counts for a wipe.
    internal: bool = False
    # Folders of the kiosk (its data folder); the database's folder is always one of them.
    kiosk_folders: tuple[Path, ...] = ()
    # Create the destination's last part if only it is missing (``kiosk export --out``).
    create: bool = False
    language: str = "en"  # names in the files (exhibitors, sectors, questions): the staff's


@dataclass(frozen=True)
class FileReport:
    name: str
    rows: dict[str, int]
    sha256: str
    size: int
    exhibitor: str | None = None


@dataclass(frozen=True)
class ExportResult:
    export_id: str
    folder: Path
    files: list[FileReport]
    lead_count: int
    counts: dict[str, int] = field(default_factory=dict)
    verified: bool = True
    internal: bool = False
    cleaned: list[Leftover] = field(default_factory=list)  # earlier interrupted exports' files
    # False when the kiosk's database is read-only: the files are verified, but the export is
    # not in its records (so no wipe counts it, and none could run on that database anyway).
    recorded: bool = True


def parse_formats(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"csv,xlsx,salesforce"`` → ``("csv", "xlsx", "salesforce")``; anything else is a
    clear error."""
    items = text.split(",") if isinstance(text, str) else list(text)
    chosen = [item.strip().lower() for item in items if item.strip()]
    unknown = [item for item in chosen if item not in FORMATS]
    if unknown or not chosen:
        raise KioskError(f"export formats: choose from {', '.join(FORMATS)} (got {text!r})")
    return tuple(f for f in FORMATS if f in chosen)


def safe_name(text: str) -> str:
    """A file-name-safe form of an id (content ids already are; staff-typed ones may not be)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "unnamed"


def export_leads(
    sessions: sessionmaker[Session],
    request: ExportRequest,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    clock: Callable[[], datetime] = utcnow,
    source: LeadSourceFactory | None = None,
) -> ExportResult:
    """Run one export; returns only once every file is read back and matches the database.

    ``source``: where the leads come from (default: this kiosk's own database).
    """
    formats = parse_formats(request.formats)
    own = database_folder(engine_of(sessions))
    folders = (*request.kiosk_folders, *((own,) if own is not None else ()))
    destination = _check_destination(request, folders)
    medium = check_start(destination, folders, request.internal)
    kiosk = identity.kiosk_id(sessions)
    started = clock()
    leads_from = source or KioskLeads()
    job = _Job(sessions, request, formats, destination, kiosk, started, progress, cancel)
    job.source = leads_from
    job.medium = medium
    try:
        job.cleaned = clean_leftovers(destination)
        label = leads_from.label or kiosk
        job.staging = _make_staging(destination, label, started, request.exhibitor)
        job.folder = job.staging.path
        return job.run()
    except BaseException as exc:
        job.discard()
        error = exc
        if isinstance(exc, OSError):
            error = io_failure(exc, destination)
        action = "export.cancelled" if isinstance(exc, ExportCancelled) else "export.failed"
        if isinstance(error, KioskError):
            with contextlib.suppress(SQLAlchemyError):  # the export's own error matters more
                audit.write(
                    sessions,
                    action,
                    actor=request.actor,
                    detail={
                        "destination": str(destination),
                        "reason": str(error),
                        **_cleaned_detail(job.cleaned),
                    },
                )
        if error is exc:
            raise
        raise error from exc


def _check_destination(request: ExportRequest, kiosk_folders: tuple[Path, ...]) -> Path:
    """The destination folder; with ``create``, a missing last part is created when its parent
    is there (and is a drive, unless ``internal``: nothing lands on the kiosk's disk by
    mistake)."""
    path = Path(request.destination).expanduser()
    if request.create and not path.exists() and path.parent.is_dir():
        if not request.internal and on_kiosk_disk(path.parent, kiosk_folders):
            raise ExportFailed(
                f"export destination {path} does not exist (is the drive plugged in?); it would"
                " be a folder on the kiosk's own disk: give --internal to create it there",
                "gone",
                destination=path,
            )
        try:
            path.mkdir()
        except FileExistsError:
            pass
        except OSError as exc:
            raise io_failure(exc, path.parent) from exc
    if not path.exists():
        raise ExportFailed(
            f"export destination {path} does not exist (is the drive plugged in?)",
            "gone",
            destination=path,
        )
    if not path.is_dir():
        raise ExportFailed(f"export destination {path} is not a folder", "gone", destination=path)
    return path


def _make_staging(
    destination: Path, label: str, started: datetime, exhibitor: str | None
) -> Staging:
    """The export's temporary folder, named after the folder it will become."""
    stem = f"leads-{safe_name(label)}-{started.astimezone(UTC).strftime('%Y%m%d-%H%M%SZ')}"
    if exhibitor:
        stem += f"-{safe_name(exhibitor)}"
    for attempt in range(100):
        final = destination / (stem if attempt == 0 else f"{stem}-{attempt + 1}")
        if final.exists():
            continue
        try:
            return Staging(final)
        except FileExistsError:
            continue
    raise KioskError(f"export destination {destination}: cannot create a new folder")


def _cleaned_detail(cleaned: list[Leftover]) -> dict[str, Any]:
    if not cleaned:
        return {}
    return {"cleaned": len(cleaned), "cleaned_bytes": sum(c.size for c in cleaned)}


@dataclass
class _Planned:
    """A file and what the database says it must hold."""

    output: Output
    rows: dict[str, int]
    ids: IdDigest | None  # None: a CRM file, checked by its counts (it has no lead id column)
    exhibitor: str | None = None
    report: FileReport | None = None


class _Job:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        request: ExportRequest,
        formats: tuple[str, ...],
        destination: Path,
        kiosk: str,
        started: datetime,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> None:
        self.sessions = sessions
        self.request = request
        self.formats = formats
        self.destination = destination
        self.kiosk = kiosk
        self.started = started
        self.progress = progress
        self.cancel = cancel
        self.folder: Path | None = None  # where the files are written (the staging folder)
        self.staging: Staging | None = None
        self.medium: Medium | None = None
        self.cleaned: list[Leftover] = []
        self.source: LeadSourceFactory = KioskLeads()
        self.export_id = new_uuid()
        self.workbooks = WorkbookProcess()  # started by the first workbook
        self.versions = VersionPacker()  # every lead written, with the version written
        self.planned: list[_Planned] = []
        self.stems: set[str] = set()  # exhibitor file names in use
        self.manifest_path: Path | None = None
        self.done = 0
        self.total = 0

    # ------------------------------------------------------------------ flow

    def run(self) -> ExportResult:
        with self.workbooks, self.source.open(self.sessions) as leads:
            events = leads.events()
            scope = Scope(
                since=self.request.since,
                exhibitor=self.request.exhibitor,
                sharing=sharing_by_event({e.id: e.consent for e in events.values()}),
            )
            if self.request.exhibitor is not None:
                _check_exhibitor(leads, self.request.exhibitor, scope.sharing)
            labels = leads.labels(self.request.language)
            ctx = SheetContext.build(leads.purposes(scope), events, labels)
            lead_ids = leads.id_digest(scope)
            counts = {"leads": lead_ids.count}
            if "xlsx" in self.formats:  # the sheets only the workbook has
                counts["consent_sets"] = leads.count_answer_sets(scope)
                counts["matching_requests"] = leads.count_meetings(scope)
                counts["answers"] = leads.count_answers(scope)
            refs = self._exhibitor_refs(leads, scope)
            per_ref = {ref: leads.id_digest(replace(scope, exhibitor=ref)) for ref in refs}
            organiser = self.request.exhibitor is None
            rows = (lead_ids.count if organiser else 0) + sum(d.count for d in per_ref.values())
            self._check_space(len(self.formats) * rows)
            # Progress counts rows twice per file: once written, once read back.
            self.total = 2 * len(self.formats) * rows
            self._report("leads")
            if organiser:
                self._write_organiser_files(leads, scope, ctx, counts, lead_ids)
            names = leads.exhibitor_names(refs)
            for ref, ids in per_ref.items():
                self._write_exhibitor_files(leads, replace(scope, exhibitor=ref), ctx, ids)
            facts = self._manifest_facts(leads, scope)
        self._verify_all()
        counts["exhibitor_files"] = len(refs)
        return self._finish(counts, names, facts, lead_ids.count)

    def _exhibitor_refs(self, leads: LeadSource, scope: Scope) -> list[str]:
        if self.request.exhibitor is not None:
            return [self.request.exhibitor]
        if not self.request.exhibitor_files:
            return []
        return leads.exhibitors_with_leads(scope)

    def _write_organiser_files(
        self,
        leads: LeadSource,
        scope: Scope,
        ctx: SheetContext,
        counts: dict[str, int],
        lead_ids: IdDigest,
    ) -> None:
        assert self.folder is not None
        header = lead_header(ctx)
        outputs: list[Output] = []
        for fmt in self.formats:
            if fmt == "csv":
                outputs.append(CsvOutput(self.folder, "leads.csv", {LEADS: header}))
            elif fmt == "xlsx":
                sheets = {
                    LEADS: header,
                    CONSENTS: consent_header(ctx),
                    MEETINGS: MEETING_HEADER,
                    ANSWERS: ANSWER_HEADER,
                }
                outputs.append(
                    XlsxOutput(self.folder, "leads.xlsx", sheets, self.workbooks, ctx.labels)
                )
            else:
                continue
            expected = {LEADS: counts["leads"]}
            if fmt == "xlsx":
                expected |= {
                    CONSENTS: counts["consent_sets"],
                    MEETINGS: counts["matching_requests"],
                    ANSWERS: counts["answers"],
                }
            self.planned.append(_Planned(outputs[-1], expected, lead_ids))
        workbooks = [o for o in outputs if CONSENTS in o.headers]
        sheets = {LEADS, CONSENTS, MEETINGS, ANSWERS} if workbooks else {LEADS}
        for sheet, rows, versions in leads.sheet_rows(scope, ctx, sheets):
            self._check_cancel()
            for output in outputs if sheet == LEADS else workbooks:
                output.write_rows(sheet, rows)
            if sheet == LEADS:
                self.versions.add(versions)
                self._advance(len(rows) * len(outputs), "leads")
        for output in outputs:
            self._check_cancel()
            output.publish()
        self._write_crm_files(leads, scope, ctx, self.folder, "leads", counts["leads"])

    def _write_crm_files(
        self,
        leads: LeadSource,
        scope: Scope,
        ctx: SheetContext,
        folder: Path,
        stem: str,
        count: int,
    ) -> None:
        """``STEM-salesforce.csv`` and/or ``STEM-hubspot.csv`` from the leads' records, read
        once for both."""
        assert self.folder is not None
        exhibitor = scope.exhibitor  # None: the organiser's files, every exhibitor's answers
        outputs: dict[str, Output] = {}
        for kind in (f for f in self.formats if f in crm.KINDS):
            header = crm.header(kind, ctx, exhibitor)
            output = CrmCsvOutput(folder, f"{stem}-{kind}.csv", {LEADS: header})
            output.name = str(output.final.relative_to(self.folder).as_posix())
            self.planned.append(_Planned(output, {LEADS: count}, None, exhibitor=exhibitor))
            outputs[kind] = output
        if not outputs:
            return
        for batch in leads.records(scope):
            self._check_cancel()
            for kind, output in outputs.items():
                output.write_rows(LEADS, [crm.cells(kind, lead, ctx, exhibitor) for lead in batch])
            self._advance(len(batch) * len(outputs), "leads")
        for output in outputs.values():
            output.publish()

    def _write_exhibitor_files(
        self, leads: LeadSource, scope: Scope, ctx: SheetContext, ids: IdDigest
    ) -> None:
        assert self.folder is not None and scope.exhibitor is not None
        ref = scope.exhibitor
        folder = self.folder if self.request.exhibitor else self.folder / EXHIBITOR_FOLDER
        stem = safe_name(ref)
        while stem in self.stems:  # two staff-typed ids may make one file name
            stem += "_"
        self.stems.add(stem)
        outputs: list[Output] = []
        for fmt in (f for f in self.formats if f in FILE_FORMATS):
            name = f"{stem}.{fmt}"
            sheets = {LEADS: exhibitor_header(ctx, ref)}
            if fmt == "csv":
                outputs.append(CsvOutput(folder, name, sheets))
            else:
                outputs.append(XlsxOutput(folder, name, sheets, self.workbooks, ctx.labels))
            outputs[-1].name = str(outputs[-1].final.relative_to(self.folder).as_posix())
            self.planned.append(_Planned(outputs[-1], {LEADS: ids.count}, ids, exhibitor=ref))
        for _sheet, rows, versions in leads.sheet_rows(scope, ctx, {EXHIBITOR}):
            self._check_cancel()
            for output in outputs:
                output.write_rows(LEADS, rows)
            if self.request.exhibitor is not None:
                self.versions.add(versions)  # who received what (a wipe still needs a full one)
            self._advance(len(rows) * len(outputs), "exhibitors")
        for output in outputs:
            output.publish()
        self._write_crm_files(leads, scope, ctx, folder, stem, ids.count)

    def _verify_all(self) -> None:
        for planned in self.planned:
            self._check_cancel()
            output = planned.output
            if isinstance(output, CrmCsvOutput):
                (header,) = output.headers.values()
                got = verify.read_crm_csv(output.final, LEADS, header)
            elif isinstance(output, CsvOutput):
                got = verify.read_csv(output.final, LEADS)
            else:
                has_ids = {sheet: sheet == LEADS for sheet in output.headers}
                got = verify.read_xlsx(output.final, has_ids)
            verify.compare(output.final, got, planned.rows, planned.ids)
            self._advance(planned.rows[LEADS], "verifying")
            planned.report = FileReport(
                output.name, dict(got.rows), got.sha256, got.size, planned.exhibitor
            )

    def _finish(
        self, counts: dict[str, int], names: dict[str, str], facts: dict[str, Any], leads: int
    ) -> ExportResult:
        assert self.folder is not None
        reports = [p.report for p in self.planned if p.report is not None]
        manifest = {
            "format": 1,
            "export_id": self.export_id,
            "kiosk_id": self.kiosk,
            "created_at": utc_text(self.started),
            "verified_at": utc_text(utcnow()),
            "scope": {
                "since": utc_text(self.request.since) if self.request.since else None,
                "exhibitor": self.request.exhibitor,
            },
            **facts,
            "counts": counts,
            "files": [
                {
                    "name": r.name,
                    "sha256": r.sha256,
                    "bytes": r.size,
                    "rows": r.rows,
                    **(
                        {"exhibitor": r.exhibitor, "exhibitor_name": names.get(r.exhibitor, "")}
                        if r.exhibitor
                        else {}
                    ),
                }
                for r in reports
            ],
        }
        data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        self.manifest_path = self.folder / MANIFEST
        self._check_cancel()
        write_atomically(self.manifest_path, data)
        sha, _size = verify.sha256_of(self.manifest_path)
        if json.loads(self.manifest_path.read_bytes()).get("export_id") != self.export_id:
            raise KioskError(f"export check failed: {MANIFEST} does not read back")
        self._check_cancel()
        assert self.staging is not None and self.medium is not None
        self.staging.publish()
        self.folder = self.staging.final
        check_still_there(self.medium, self.destination, self.folder)
        recorded = not is_read_only(engine_of(self.sessions))
        if recorded:
            self._record(leads, sha, manifest["files"], facts.get("source"))
        self.done = self.total
        self._report("done")
        return ExportResult(
            self.export_id,
            self.folder,
            reports,
            leads,
            counts,
            internal=not self.medium.counts_for_wipe,
            cleaned=self.cleaned,
            recorded=recorded,
        )

    def _record(
        self, leads: int, manifest_sha: str, files: list[dict[str, Any]], origin: str | None
    ) -> None:
        """The export, the version of each lead it holds, and the audit entry: one commit."""
        assert self.folder is not None
        with self.sessions.begin() as session:
            session.add(
                ExportRecord(
                    id=self.export_id,
                    started_at=self.started,
                    finished_at=utcnow(),
                    kiosk_id=self.kiosk,
                    actor=self.request.actor,
                    destination=str(self.destination),
                    formats=",".join(self.formats),
                    since=self.request.since,
                    exhibitor_ref=self.request.exhibitor,
                    lead_count=leads,
                    manifest_sha256=manifest_sha,
                    files={
                        "folder": str(self.folder),
                        "medium": self.medium.kind if self.medium else None,
                        "files": files,
                        **({"source": origin} if origin else {}),
                    },
                    lead_versions=self.versions.finish(),
                )
            )
            audit.record(
                session,
                "export.verified",
                actor=self.request.actor,
                detail={
                    "export_id": self.export_id,
                    "folder": str(self.folder),
                    "formats": ",".join(self.formats),
                    "leads": leads,
                    "files": len(files) + 1,
                    **({"internal": True} if self.request.internal else {}),
                    **_cleaned_detail(self.cleaned),
                    **({"exhibitor": self.request.exhibitor} if self.request.exhibitor else {}),
                    **({"source": origin} if origin else {}),
                    **({"since": utc_text(self.request.since)} if self.request.since else {}),
                },
            )

    # ------------------------------------------------------------------ helpers

    def _manifest_facts(self, leads: LeadSource, scope: Scope) -> dict[str, Any]:
        events = leads.events()
        active = leads.active_event()
        active_info = events.get(active) if active else None
        return {
            **leads.facts(),
            "event_id": active,
            "consent_version": active_info.consent.get("version") if active_info else None,
            "consent_versions": leads.consent_versions(scope),
        }

    def _check_space(self, lead_files: int) -> None:
        needed = lead_files * BYTES_PER_LEAD_ESTIMATE
        try:
            free = shutil.disk_usage(self.destination).free
        except OSError as exc:
            raise io_failure(exc, self.destination) from exc
        if free < needed:
            raise ExportFailed(
                f"export failed: the destination {self.destination} is full: it has "
                f"{free // 1_000_000} MB free and this export needs about "
                f"{needed // 1_000_000 + 1} MB; no leads were marked as exported",
                "full",
                destination=self.destination,
            )

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise ExportCancelled("export cancelled; no leads were marked as exported")

    def _advance(self, count: int, stage: str) -> None:
        self.done += count
        self._report(stage)

    def _report(self, stage: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, stage)

    def discard(self) -> None:
        """Remove what this export wrote and forget it (best effort: the drive may be gone;
        then the next export to it removes the temporary folder)."""
        self.workbooks.kill()
        for planned in self.planned:
            with contextlib.suppress(OSError):
                planned.output.discard()
        if self.staging is not None:
            self.staging.discard()


def _check_exhibitor(leads: LeadSource, ref: str, sharing: Sharing = ()) -> None:
    """Refuse an exhibitor id that is neither in the loaded content nor chosen by any lead:
    a typo would otherwise give an empty, "verified" file."""
    if leads.exhibitor_names([ref]):
        return
    known = leads.exhibitors_with_leads(Scope(sharing=sharing))
    if ref in known:
        return
    shown = ", ".join(known[:10]) + (f" and {len(known) - 10} more" if len(known) > 10 else "")
    hint = (
        f"exhibitors with leads to export: {shown}"
        if known
        else "no exhibitor has leads to export yet"
    )
    raise KioskError(
        f"export: no exhibitor with the id {ref!r} in the loaded content or the leads; {hint}"
        " (ids are the exhibitors' \"id\" in the content pack's content.json)"
    )
