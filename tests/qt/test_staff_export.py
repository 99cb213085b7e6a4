"""Export through the staff screen: to a folder chosen inside the kiosk or to a USB drive, with
the files verified, a Cancel that leaves nothing, and the clear reason when the drive is full or
gone."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import KioskDriver
from PySide6.QtCore import QRectF
from sqlalchemy import select
from staff_driver import count_rows, event_with_leads, log_in, open_section, staff, wait_idle

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.models import ExportRecord
from kiosk.services import export
from kiosk.services.export import run as export_run
from kiosk.ui.staff.volumes import Volume


@pytest.fixture
def leads(database: Database) -> list[str]:
    return event_with_leads(database.sessions, 12)


def exported_records(database: Database) -> int:
    return count_rows(database.sessions, ExportRecord)


def test_export_to_a_folder_chosen_in_the_kiosk(
    kiosk: KioskDriver, database: Database, settings: Settings, leads: list[str]
) -> None:
    target = settings.data_dir / "exports"
    target.mkdir()
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    assert kiosk.text("exportDestination") == "Choose where to export first."
    assert not kiosk.find("startExportButton").isEnabled()
    kiosk.tap("chooseFolderButton")
    kiosk.tap("folderRoot_data")
    kiosk.tap("folder_exports")
    assert kiosk.text("folderPath") == str(target)
    kiosk.tap("useFolderButton")
    assert kiosk.text("exportDestination") == f"To: {target}"
    kiosk.tap("startExportButton")
    wait_idle(kiosk)

    exporter = staff(kiosk).exports
    assert exporter.state == "done", exporter.error
    assert kiosk.text("exportVerified") == "Exported and checked: 12 leads"
    folder = Path(exporter.resultFolder)
    assert folder.parent == target
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert names == [
        "exhibitors/macau-tea-co.csv",
        "exhibitors/macau-tea-co.xlsx",
        "leads.csv",
        "leads.xlsx",
        "manifest.json",
    ]
    # A folder on the kiosk's own disk: recorded as internal, said so, and no wipe counts it.
    assert exporter.resultInternal and kiosk.exists("exportInternalNote")
    with database.sessions() as session:
        (record,) = session.scalars(select(ExportRecord))
        assert record.files["medium"] == "internal"
    with open(folder / "leads.csv", encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 12
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["leads"] == 12
    assert exported_records(database) == 1
    assert kiosk.exists("exportFile_0")


def test_export_one_exhibitor_as_csv_to_a_usb_drive(
    kiosk: KioskDriver, database: Database, usb: Path, leads: list[str]
) -> None:
    staff(kiosk).exports.list_drives = lambda: [
        Volume(str(usb), "KIOSK USB", 7_400_000_000, 16_000_000_000)
    ]
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    kiosk.tap("drive_0")
    assert kiosk.text("exportDestination") == "To: KIOSK USB (7.4 GB)"
    kiosk.tap("formatXlsx")
    assert staff(kiosk).exports.formats == ["csv"]
    kiosk.tap("exhibitorChoice_macau-tea-co")
    kiosk.tap("startExportButton")
    wait_idle(kiosk)
    folder = Path(staff(kiosk).exports.resultFolder)
    assert folder.parent == usb
    assert sorted(p.name for p in folder.iterdir()) == ["macau-tea-co.csv", "manifest.json"]
    assert not staff(kiosk).exports.resultInternal and not kiosk.exists("exportInternalNote")


def test_a_drive_on_the_kiosks_own_disk_is_not_offered(
    kiosk: KioskDriver, database: Database, usb: Path, tmp_path: Path, leads: list[str]
) -> None:
    """A mount point with nothing mounted (or a bind mount of the kiosk's disk) is no drive."""
    bare = tmp_path / "media" / "kiosk" / "STICK"
    bare.mkdir(parents=True)
    staff(kiosk).exports.list_drives = lambda: [
        Volume(str(bare), "STICK", 7_400_000_000, 16_000_000_000),
        Volume(str(usb), "KIOSK USB", 7_400_000_000, 16_000_000_000),
    ]
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    assert [row["path"] for row in staff(kiosk).exports.drives.rows()] == [str(usb)]


def test_export_crm_files_chosen_on_the_staff_screen(
    kiosk: KioskDriver, database: Database, settings: Settings, leads: list[str]
) -> None:
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    staff(kiosk).exports.chooseFolder(str(settings.data_dir))
    assert staff(kiosk).exports.formats == ["csv", "xlsx"], "no CRM files unless asked"
    for check in ("formatCsv", "formatXlsx", "formatSalesforce", "formatHubspot"):
        kiosk.tap(check)
    assert staff(kiosk).exports.formats == ["salesforce", "hubspot"]
    kiosk.tap("startExportButton")
    wait_idle(kiosk)
    folder = Path(staff(kiosk).exports.resultFolder)
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.csv"))
    assert names == [
        "exhibitors/macau-tea-co-hubspot.csv",
        "exhibitors/macau-tea-co-salesforce.csv",
        "leads-hubspot.csv",
        "leads-salesforce.csv",
    ]
    with open(folder / "leads-salesforce.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 12 and rows[0]["Last Name"]


def test_cancel_leaves_no_export(
    kiosk: KioskDriver,
    database: Database,
    settings: Settings,
    leads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, go_on = threading.Event(), threading.Event()
    real = export.export_leads

    def held(*args, **kwargs):  # the export waits until Cancel has been tapped
        started.set()
        go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_leads", held)  # the panel imports it when it runs
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    staff(kiosk).exports.chooseFolder(str(settings.data_dir))
    kiosk.tap("startExportButton")
    assert started.wait(5)
    assert kiosk.exists("exportProgress") and kiosk.exists("cancelExportButton")
    kiosk.tap("cancelExportButton")
    go_on.set()
    wait_idle(kiosk)
    assert staff(kiosk).exports.state == "cancelled"
    assert kiosk.text("exportFailure") == "Export cancelled. No lead counts as exported."
    assert not list(settings.data_dir.glob("leads-*")), "nothing is left behind"
    assert exported_records(database) == 0


def export_to_a_pulled_stick(kiosk: KioskDriver, stick: Path):  # -> StaffExport
    """Log in, choose ``stick`` as the folder, pull it out, tap Export: the export fails."""
    stick.mkdir()
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    exporter = staff(kiosk).exports
    exporter.chooseFolder(str(stick))
    stick.rmdir()  # pulled out after it was chosen
    kiosk.tap("startExportButton")
    wait_idle(kiosk)
    return exporter


def test_a_pulled_out_drive_and_a_full_drive_are_said_clearly(
    kiosk: KioskDriver,
    database: Database,
    tmp_path: Path,
    leads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "stick"
    exporter = export_to_a_pulled_stick(kiosk, stick)
    assert exporter.state == "failed" and exporter.failure == "gone"
    assert kiosk.text("exportFailure") == "The drive is no longer there. Was it pulled out?"
    assert kiosk.text("exportError") == (f"Folder: {stick}\nNo leads were marked as exported.")
    kiosk.tap("languageButton_zh-Hant")  # the details follow the staff's language too
    assert kiosk.text("exportFailure") == "找不到儲存裝置，是否已被拔出？"
    assert kiosk.text("exportError") == f"資料夾：{stick}\n沒有潛在客戶被標記為已匯出。"
    kiosk.tap("languageButton_en")

    stick.mkdir()
    exporter.chooseFolder(str(stick))
    full = SimpleNamespace(total=100, used=100, free=0)
    monkeypatch.setattr(export_run.shutil, "disk_usage", lambda _path: full)
    kiosk.tap("startExportButton")
    wait_idle(kiosk)
    assert exporter.failure == "full"
    assert kiosk.text("exportFailure") == "The drive is full."
    assert list(stick.iterdir()) == [] and exported_records(database) == 0


def test_the_next_staff_session_starts_without_the_last_failure(
    kiosk: KioskDriver, tmp_path: Path, leads: list[str]
) -> None:
    exporter = export_to_a_pulled_stick(kiosk, tmp_path / "stick")
    exporter.setFormat("xlsx", False)
    assert kiosk.exists("exportFailure")

    kiosk.tap("backToVisitorButton")
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    assert not kiosk.exists("exportFailure") and exporter.state == "idle"
    assert kiosk.text("exportDestination") == "Choose where to export first."
    assert not kiosk.find("startExportButton").isEnabled()
    assert sorted(exporter.formats) == ["csv", "xlsx"], "the default formats again"


def test_staff_mode_stays_open_while_an_export_runs(
    kiosk: KioskDriver,
    settings: Settings,
    leads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    go_on = threading.Event()
    real = export.export_leads

    def slow(*args, **kwargs):  # an export that outlasts the staff session's idle time
        go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_leads", slow)
    staff(kiosk).session_limit_s = 0.8
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    staff(kiosk).exports.chooseFolder(str(settings.data_dir))
    kiosk.tap("startExportButton")
    kiosk.qtbot.wait(1600)  # twice the idle time, no touch
    assert staff(kiosk).stage == "dashboard" and kiosk.exists("exportProgress")
    go_on.set()
    wait_idle(kiosk)
    assert staff(kiosk).exports.state == "done"
    kiosk.wait_until(lambda: not staff(kiosk).shown, 3000)  # then the idle time applies again


def test_the_all_leads_choice_shows_whole_in_every_language(
    kiosk: KioskDriver, leads: list[str]
) -> None:
    """Nothing clips the "All leads" choice, whatever the language. (As the exhibitor list's
    header, once wrapped to two lines in Portuguese, the list could stay scrolled into it and
    cut its first line off; the screenshots showed it, this test guards the new layout.)"""
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    for tag in ("pt", "zh-Hant", "en"):
        kiosk.tap(f"languageButton_{tag}")
        kiosk.settle(100)
        choice = kiosk.find("exhibitorChoice_all")
        rect = choice.mapRectToScene(QRectF(0, 0, choice.width(), choice.height()))
        clipper = choice.parentItem()
        while clipper is not None:
            if clipper.clip():
                area = clipper.mapRectToScene(QRectF(0, 0, clipper.width(), clipper.height()))
                assert area.contains(rect), f"{tag}: cut off by {clipper.objectName() or clipper}"
            clipper = clipper.parentItem()
