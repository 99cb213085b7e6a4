"""The export panel: where (a removable drive or a chosen folder), which formats, everything or
one exhibitor; then the export on a worker thread with progress and Cancel, and its verified
result or the reason it failed (``ExportFailed.reason``: full, read-only, drive gone).

Only drives on another filesystem than the kiosk's data folder are offered (a mount point with
nothing mounted is a folder on the kiosk's disk). A folder chosen on the kiosk's own disk is
exported as an internal export: recorded as such, it never lets a wipe delete a lead; a drive,
or a folder on one, is checked by the export to be another filesystem at its start and end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.messages import Message, to_data
from kiosk.domain.sizes import format_size
from kiosk.services import audit
from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.panel import Panel, StaffContext
from kiosk.ui.staff.storage import DriveLister, StaffFolderBrowser, drive_rows

if TYPE_CHECKING:  # the export (xlsxwriter, openpyxl) loads when staff first export
    from kiosk.services.dashboard import DashboardStats
    from kiosk.services.export import CancelToken, ExportResult

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

# States of the panel, as QML reads them.
IDLE, RUNNING, DONE, FAILED, CANCELLED = "idle", "running", "done", "failed", "cancelled"


# The headline of a failed export, by ExportFailed.reason (any other: "The export failed.").
FAILURES = {
    "full": Message("export.full"),
    "read_only": Message("export.read_only"),
    "gone": Message("export.gone"),
}


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffExport(Panel):
    changed = Signal()
    progressChanged = Signal()

    def __init__(
        self, context: StaffContext, drives: DriveLister, parent: QObject | None = None
    ) -> None:
        super().__init__(context, parent)
        self.list_drives = drives
        self.drive_model = RowListModel(("kind", "label", "path", "free", "readOnly"), self)
        self.exhibitor_model = RowListModel(("key", "label", "count"), self)
        self.file_model = RowListModel(("name", "rows", "size"), self)
        self.browser = StaffFolderBrowser(context.settings.data_dir, drives, self, context.language)
        self._destination = ""
        self._destination_label = ""
        self._formats: set[str] | None = None  # None: CSV and workbook (no CRM files)
        self._exhibitor = ""
        self._state = IDLE
        self._reason = ""
        self._failed_at = ""
        self._failure_detail = ""
        self._done = 0
        self._total = 0
        self._stage = ""
        self._token: CancelToken | None = None
        self._result: ExportResult | None = None
        self._zip = False  # an AES-encrypted ZIP with a password typed here
        self._zip_password = ""
        self._zip_problem = ""

    # -- choices ----------------------------------------------------------------------------

    @Slot()
    def refreshDrives(self) -> None:
        """Look for drives again (a stick may have been plugged in since)."""
        drives = [d for d in self.list_drives() if not self._on_kiosk_disk(Path(d.root))]
        rows = drive_rows(drives, self.context.language())
        if rows != self.drive_model.rows():
            self.drive_model.replace(rows)
        drive_chosen = bool(self._destination and self._destination_label)
        if drive_chosen and (
            not Path(self._destination).is_dir() or self._on_kiosk_disk(Path(self._destination))
        ):
            self._choose("", "")  # the chosen drive was pulled out

    def _kiosk_folders(self) -> tuple[Path, ...]:
        return (self.context.settings.data_dir,)

    def _on_kiosk_disk(self, path: Path) -> bool:
        from kiosk.services.export.medium import on_kiosk_disk  # the export loads when used

        return on_kiosk_disk(path, self._kiosk_folders())

    @Property(QObject, constant=True)
    def drives(self) -> RowListModel:
        return self.drive_model

    @Property(QObject, constant=True)
    def folders(self) -> StaffFolderBrowser:
        return self.browser

    def _choose(self, path: str, label: str) -> None:
        self._destination, self._destination_label = path, label
        if self._state != RUNNING:
            self._state = IDLE
        self.changed.emit()

    @Slot(str)
    def chooseDrive(self, path: str) -> None:
        for row in self.drive_model.rows():
            if row["path"] == path:
                self._choose(path, f"{row['label']} ({row['free']})")
                return

    @Slot(str)
    def chooseFolder(self, path: str) -> None:
        if path and Path(path).is_dir():
            self._choose(path, "")

    @Property(str, notify=changed)
    def destination(self) -> str:
        return self._destination

    @Property(str, notify=changed)
    def destinationLabel(self) -> str:
        """A drive's label and free space, or empty for a folder (QML shows the path)."""
        return self._destination_label

    @Slot(str, bool)
    def setFormat(self, name: str, chosen: bool) -> None:
        from kiosk.services.export import FORMATS

        if name in FORMATS:
            chosen_now = set(self.formats)
            (chosen_now.add if chosen else chosen_now.discard)(name)
            self._formats = chosen_now
            self.changed.emit()

    @Property("QVariantList", notify=changed)
    def formats(self) -> list[str]:
        from kiosk.services.export import FILE_FORMATS, FORMATS

        chosen = set(FILE_FORMATS) if self._formats is None else self._formats
        return [f for f in FORMATS if f in chosen]

    def set_exhibitors(self, stats: DashboardStats) -> None:
        """The exhibitors visitors showed interest in (from the dashboard's figures)."""
        self.exhibitor_model.replace(
            {"key": c.key, "label": c.label, "count": c.count} for c in stats.by_exhibitor
        )
        if self._exhibitor and self._exhibitor not in {c.key for c in stats.by_exhibitor}:
            self.chooseExhibitor("")

    @Property(QObject, constant=True)
    def exhibitors(self) -> RowListModel:
        return self.exhibitor_model

    @Slot(str)
    def chooseExhibitor(self, key: str) -> None:
        self._exhibitor = key
        self.changed.emit()

    @Property(str, notify=changed)
    def exhibitor(self) -> str:
        return self._exhibitor

    @Property(str, notify=changed)
    def exhibitorLabel(self) -> str:
        for row in self.exhibitor_model.rows():
            if row["key"] == self._exhibitor:
                return str(row["label"])
        return self._exhibitor

    @Property(bool, notify=changed)
    def canStart(self) -> bool:
        zip_ready = not self._zip or not self._zip_problem
        return bool(self._destination and self.formats) and zip_ready and self._state != RUNNING

    # -- an encrypted ZIP (kiosk.services.export.encrypted_zip) ----------------------------------

    @Slot(bool)
    def setZip(self, chosen: bool) -> None:
        self._zip = chosen
        self.setZipPassword("", "")

    @Slot(str, str)
    def setZipPassword(self, first: str, again: str) -> None:
        """The password typed twice; ``zipProblem`` says in one word what is wrong with it."""
        from kiosk.services.export.encrypted_zip import MIN_PASSWORD

        self._zip_password = first
        if len(first) < MIN_PASSWORD:
            self._zip_problem = "short"
        elif first != again:
            self._zip_problem = "differ"
        else:
            self._zip_problem = ""
        self.changed.emit()

    @Property(bool, notify=changed)
    def zip(self) -> bool:
        return self._zip

    @Property(str, notify=changed)
    def zipProblem(self) -> str:
        """What is wrong with the password: short, differ, or nothing (ready)."""
        return self._zip_problem if self._zip else ""

    @Property("QVariantMap", notify=changed)
    def zipMessage(self) -> dict[str, object]:
        """What the screen says under the password: what is wrong, or how to pass it on."""
        from kiosk.services.export.encrypted_zip import MIN_PASSWORD

        problem = self._zip_problem if self._zip else ""
        if problem == "short":
            return to_data(Message("export.zip_short", min=MIN_PASSWORD))
        if problem == "differ":
            return to_data(Message("export.zip_differ"))
        return to_data(Message("export.zip_hint"))

    def start_over(self) -> None:
        """A new staff session starts with nothing chosen and no earlier result or failure on
        screen (the previous session's folder may be a stick since pulled out); a running
        export is left to finish and show its result."""
        if self._state == RUNNING:
            return
        self._destination = self._destination_label = self._exhibitor = ""
        self._formats = None
        self._result = None
        self._zip, self._zip_password = False, ""  # never kept for the next staff session
        self.file_model.replace([])
        self.set_error("")
        self._set_progress(0, 0, "")
        self._set_state(IDLE)

    # -- running ----------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        from kiosk.services.export import CancelToken, ExportRequest, export_leads

        if not self.canStart:
            return
        destination = Path(self._destination)
        drive = bool(self._destination_label)  # a drive chosen from the list
        request = ExportRequest(
            destination=destination,
            formats=tuple(self.formats),
            exhibitor=self._exhibitor or None,
            actor=audit.ACTOR_STAFF,
            # A folder staff chose on the kiosk's own disk: meant, but it counts for no wipe.
            internal=not drive and self._on_kiosk_disk(destination),
            kiosk_folders=self._kiosk_folders(),
            language=self.context.language(),  # names in the files: the staff's language
        )
        password, self._zip_password = self._zip_password, ""  # before QML empties the fields
        token = self._token = CancelToken()
        sessions = self.context.sessions
        self._result = None
        self.file_model.replace([])
        self._set_progress(0, 0, "")
        self._set_state(RUNNING)
        if self._zip:
            from kiosk.services.export.encrypted_zip import export_leads_zip

            def work(report):  # type: ignore[no-untyped-def]
                return export_leads_zip(sessions, request, password, progress=report, cancel=token)
        else:

            def work(report):  # type: ignore[no-untyped-def]
                return export_leads(sessions, request, progress=report, cancel=token)

        self._zip_problem = "short"  # the next export asks for the password again
        self.run(
            work,
            self._finished,
            failed=self._failed,
            progress=self._set_progress,
        )

    @Slot()
    def cancel(self) -> None:
        if self._token is not None and self._state == RUNNING:
            self._token.cancel()

    def _finished(self, result: ExportResult) -> None:
        self._result = result
        self.file_model.replace(
            {
                "name": f.name,
                "rows": ", ".join(f"{sheet} {count}" for sheet, count in f.rows.items()),
                "size": format_size(f.size, self.context.language()),
            }
            for f in result.files
        )
        self._set_state(DONE)

    def _failed(self, exc: BaseException) -> None:
        from kiosk.services.export import ExportCancelled, ExportFailed

        if isinstance(exc, ExportCancelled):
            self._set_state(CANCELLED)
            return
        failed = isinstance(exc, ExportFailed)
        self._reason = exc.reason if failed else "other"
        if self._reason == "internal":  # the chosen drive's mount point is a bare folder now
            self._reason = "gone"
        self._failed_at = exc.destination if failed else self._destination
        self._failure_detail = exc.detail if failed else str(exc)
        self.set_error(self.error_message(exc))
        self._set_state(FAILED)

    def _set_state(self, state: str) -> None:
        if state != FAILED:
            self._reason = ""
        self._state = state
        self.changed.emit()

    def _set_progress(self, done: int, total: int, stage: str) -> None:
        self._done, self._total, self._stage = done, total, stage
        self.progressChanged.emit()

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def failure(self) -> str:
        """Why the export failed, in one word: full, read_only, gone or other."""
        return self._reason

    @Property("QVariantMap", notify=changed)
    def failureMessage(self) -> dict[str, object]:
        """The failure's headline, as a message the screen translates."""
        return to_data(FAILURES.get(self._reason, Message("export.failed")))

    @Property(str, notify=changed)
    def failedAt(self) -> str:
        """The folder the failed export was writing to (the screen names it)."""
        return self._failed_at if self._reason else ""

    @Property(str, notify=changed)
    def failureDetail(self) -> str:
        """The system's own words for an "other" failure (e.g. an OS error), or empty."""
        return self._failure_detail if self._reason else ""

    @Property(float, notify=progressChanged)
    def progress(self) -> float:
        return self._done / self._total if self._total else 0.0

    @Property(str, notify=progressChanged)
    def stage(self) -> str:
        return self._stage

    # -- result -----------------------------------------------------------------------------

    @Property(str, notify=changed)
    def resultFolder(self) -> str:
        return str(self._result.folder) if self._result else ""

    @Property(int, notify=changed)
    def resultLeads(self) -> int:
        return self._result.lead_count if self._result else 0

    @Property(bool, notify=changed)
    def resultInternal(self) -> bool:
        """The export went to a folder on the kiosk's own disk: it counts for no wipe."""
        return bool(self._result and self._result.internal)

    @Property(int, notify=changed)
    def resultCleaned(self) -> int:
        """Leftovers of earlier interrupted exports this export removed from the drive."""
        return len(self._result.cleaned) if self._result else 0

    @Property(QObject, constant=True)
    def files(self) -> RowListModel:
        return self.file_model
