"""Drives and folders staff can pick: ``QStorageInfo`` turned into ``volumes.Volume`` records,
and the folder browser shared by the export and content panels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, QStorageInfo, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.domain.sizes import format_size
from kiosk.ui.listmodel import RowListModel
from kiosk.ui.staff.folders import has_pack, root_of, subfolders, workbooks
from kiosk.ui.staff.volumes import Volume, destinations, display_name

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

DriveLister = Callable[[], list[Volume]]


def mounted_volumes() -> list[Volume]:
    return [
        Volume(
            root=info.rootPath(),
            label=info.name(),
            free_bytes=max(0, info.bytesAvailable()),
            total_bytes=max(0, info.bytesTotal()),
            read_only=info.isReadOnly(),
            ready=info.isValid() and info.isReady(),
        )
        for info in QStorageInfo.mountedVolumes()
    ]


def removable_drives() -> list[Volume]:
    """The removable drives mounted now (see ``volumes`` for what counts as removable)."""
    return destinations(mounted_volumes())


def drive_rows(drives: list[Volume], lang: str = "en") -> list[dict[str, object]]:
    """The drives as rows of a staff list; free space in the staff's language."""
    return [
        {
            "kind": "drive",
            "label": display_name(d),
            "path": d.root,
            "free": format_size(d.free_bytes, lang),
            "readOnly": d.read_only,
        }
        for d in drives
    ]


@QmlElement
@QmlUncreatable("Created by the staff bridge.")
class StaffFolderBrowser(QObject):
    """Browse folders below a few roots (kiosk data folder, home folder, removable drives)."""

    pathChanged = Signal()

    def __init__(
        self,
        data_dir: Path,
        drives: DriveLister,
        parent: QObject | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._drives = drives
        self._language = language
        self._path = ""
        self.root_model = RowListModel(("kind", "label", "path", "free", "readOnly"), self)
        self.entry_model = RowListModel(("name", "path", "hasPack"), self)

    def _roots(self) -> list[Path]:
        return [Path(str(row["path"])) for row in self.root_model.rows()]

    @Slot()
    def refreshRoots(self) -> None:
        home = Path.home()
        fixed: list[dict[str, object]] = [
            {
                "kind": "data",
                "label": "",
                "path": str(self._data_dir),
                "free": "",
                "readOnly": False,
            }
        ]
        if home != self._data_dir and home.is_dir():
            fixed.append(
                {"kind": "home", "label": "", "path": str(home), "free": "", "readOnly": False}
            )
        self.root_model.replace(fixed + drive_rows(self._drives(), self._language()))
        if self._path and root_of(Path(self._path), self._roots()) is None:
            self.open("")  # its drive went away

    @Property(QObject, constant=True)
    def roots(self) -> RowListModel:
        return self.root_model

    @Property(QObject, constant=True)
    def entries(self) -> RowListModel:
        return self.entry_model

    @Property(str, notify=pathChanged)
    def path(self) -> str:
        return self._path

    @Property(bool, notify=pathChanged)
    def canGoUp(self) -> bool:
        if not self._path:
            return False
        return Path(self._path) not in self._roots()

    @Property(bool, notify=pathChanged)
    def hasPack(self) -> bool:
        return bool(self._path) and _holds_content(Path(self._path))

    @Slot(str)
    def open(self, path: str) -> None:
        """Show ``path`` (one of the roots or below one); anything else shows no folder."""
        folder = Path(path) if path else None
        if folder is not None and (root_of(folder, self._roots()) is None or not folder.is_dir()):
            folder = None
        self._path = str(folder) if folder else ""
        entries = subfolders(folder) if folder else []
        self.entry_model.replace(
            {"name": p.name, "path": str(p), "hasPack": _holds_content(p)} for p in entries
        )
        self.pathChanged.emit()

    @Slot()
    def up(self) -> None:
        if self.canGoUp:
            self.open(str(Path(self._path).parent))


def _holds_content(folder: Path) -> bool:
    """A folder staff can check: a pack, or a folder with a content workbook in it."""
    return has_pack(folder) or bool(workbooks(folder))
