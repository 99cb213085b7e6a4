"""The content panel: find content packs (a folder with ``content.json``) and content workbooks
(``.xlsx``) on USB drives and in the kiosk's folders, check one with ``kiosk.content`` and list
every problem it has, then load it and show it in the running kiosk. A pack with problems
changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.problems import PackInvalid
from kiosk.domain.ltext import localize
from kiosk.domain.messages import Message, to_data
from kiosk.services import audit
from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.folders import find_packs
from kiosk.ui.staff.jobs import error_message, error_text
from kiosk.ui.staff.panel import Panel, StaffContext
from kiosk.ui.staff.storage import DriveLister, StaffFolderBrowser

if TYPE_CHECKING:  # validation and import (Pillow) load when staff first check a pack
    from kiosk.content.importer import ImportReport
    from kiosk.content.schema import ContentPack
    from kiosk.services.catalog import Catalog

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

# States, as QML reads them.
IDLE, CHECKING, VALID, INVALID, LOADING, LOADED, FAILED = (
    "idle",
    "checking",
    "valid",
    "invalid",
    "loading",
    "loaded",
    "failed",
)


def problem_row(where: str, message: Message) -> dict[str, object]:
    """One line of the problem list: where, and what as a message the screen says in the
    staff's language (``Messages.text``); ``what`` is its English, for logs and tests."""
    return {"where": where, "what": str(message), "message": to_data(message)}


def failure_row(where: str, exc: BaseException) -> dict[str, object]:
    """A check or load that failed other than by the pack's problems (a full disk...)."""
    return problem_row(where, Message("content.load_failed", detail=error_text(exc)))


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffContent(Panel):
    changed = Signal()
    searchingChanged = Signal()

    def __init__(
        self,
        context: StaffContext,
        drives: DriveLister,
        show: Callable[[Catalog | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._show = show  # the running kiosk shows the new catalogue (window.reload_content)
        self.list_drives = drives
        self.pack_model = RowListModel(("label", "path"), self)
        self.problem_model = RowListModel(("where", "what", "message"), self)
        self.browser = StaffFolderBrowser(context.settings.data_dir, drives, self, context.language)
        self._searching = False
        self._state = IDLE
        self._path = ""
        self._pack: ContentPack | None = None
        self._summary = ""

    # -- finding packs ----------------------------------------------------------------------

    def search_roots(self) -> list[Path]:
        """Removable drives first, then the kiosk's data folder and the home folder."""
        drives = [Path(d.root) for d in self.list_drives()]
        return [*drives, self.context.settings.data_dir, Path.home()]

    @Slot()
    def search(self) -> None:
        if self._searching:
            return
        self._searching = True
        self.searchingChanged.emit()
        roots = self.search_roots()
        self.run(lambda _report: find_packs(roots), self._found, failed=self._search_failed)

    def _found(self, folders: list[Path]) -> None:
        self.pack_model.replace(
            {"label": folder.name or str(folder), "path": str(folder)} for folder in folders
        )
        self._end_search()

    def _search_failed(self, exc: BaseException) -> None:
        self.set_error(error_message(exc))
        self._end_search()

    def _end_search(self) -> None:
        self._searching = False
        self.searchingChanged.emit()

    @Property(bool, notify=searchingChanged)
    def searching(self) -> bool:
        return self._searching

    @Property(QObject, constant=True)
    def packs(self) -> RowListModel:
        return self.pack_model

    @Property(QObject, constant=True)
    def folders(self) -> StaffFolderBrowser:
        return self.browser

    # -- checking and loading -----------------------------------------------------------------

    @Slot(str)
    def check(self, path: str) -> None:
        """Validate the pack in ``path``; every problem goes to ``problems``."""
        if self._state in (CHECKING, LOADING) or not path:
            return
        self._path, self._pack, self._summary = path, None, ""
        self.problem_model.replace([])
        self._set_state(CHECKING)

        def work(_report: object) -> ContentPack:
            from kiosk.services.content_packs import check_pack

            return check_pack(Path(path))

        self.run(work, self._valid, failed=self._invalid)

    def start_over(self) -> None:
        """A new staff session starts with no pack checked and no problems listed; a check or
        an import in progress is left to finish."""
        if self._state in (CHECKING, LOADING):
            return
        self._path, self._pack, self._summary = "", None, ""
        self.problem_model.replace([])
        self.set_error("")
        self._set_state(IDLE)

    def _valid(self, pack: ContentPack) -> None:
        self._pack = pack
        name = localize(pack.event.name, self.context.language()) or pack.event.id
        self._summary = f"{name} — {pack.summary()}"
        self._set_state(VALID)

    def _invalid(self, exc: BaseException) -> None:
        if isinstance(exc, PackInvalid):
            self.problem_model.replace(problem_row(p.path, p.message) for p in exc.problems)
            self._set_state(INVALID)
        else:
            self.problem_model.replace([failure_row(self._path, exc)])
            self._set_state(FAILED)

    @Slot()
    def load(self) -> None:
        """Import the checked pack; on success the kiosk shows it at once."""
        pack = self._pack
        if self._state != VALID or pack is None:
            return
        self._set_state(LOADING)
        sessions, content_dir = self.context.sessions, self.context.settings.content_dir

        def work(_report: object) -> tuple[ImportReport, Catalog | None]:
            from kiosk.content.importer import load_pack
            from kiosk.services.catalog import load_catalog

            report = load_pack(sessions, pack, content_dir, actor=audit.ACTOR_STAFF)
            return report, load_catalog(sessions, content_dir)  # read here, shown on the UI thread

        self.run(work, self._imported, failed=self._import_failed)

    def _imported(self, loaded: tuple[ImportReport, Catalog | None]) -> None:
        report, catalog = loaded
        self._show(catalog)
        self._summary = report.summary()
        self._set_state(LOADED)

    def _import_failed(self, exc: BaseException) -> None:
        self.problem_model.replace([failure_row(self._path, exc)])
        self._set_state(FAILED)

    def _set_state(self, state: str) -> None:
        self._state = state
        self.changed.emit()

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(str, notify=changed)
    def path(self) -> str:
        return self._path

    @Property(str, notify=changed)
    def summary(self) -> str:
        return self._summary

    @Property(QObject, constant=True)
    def problems(self) -> RowListModel:
        return self.problem_model
