"""The staff screen's encrypted export: the password typed twice on the panel, one AES ZIP on
the drive that pyzipper opens with it (and not without), and the fields emptied afterwards."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import pyzipper
from helpers import KioskDriver, type_text
from PySide6.QtGui import QGuiApplication
from staff_driver import event_with_leads, log_in, open_section, staff, wait_idle

from kiosk.config import Settings
from kiosk.data.database import Database


def problem(kiosk: KioskDriver) -> str:
    return str(kiosk.find("zipProblem", visible=False).property("text"))


def test_staff_export_an_encrypted_zip_with_a_typed_password(
    kiosk: KioskDriver, database: Database, settings: Settings
) -> None:
    event_with_leads(database.sessions, 5)
    target = settings.data_dir / "exports"
    target.mkdir()
    log_in(kiosk)
    open_section(kiosk, "exportButton")
    exporter = staff(kiosk).exports
    exporter.chooseFolder(str(target))
    kiosk.tap("zipCheck")
    assert exporter.zip
    assert not kiosk.find("startExportButton").isEnabled()
    kiosk.tap("zipPasswordField")
    type_text(kiosk.window, "booth-secret")
    assert problem(kiosk) == "The two passwords differ."
    kiosk.tap("zipPasswordAgainField")
    type_text(kiosk.window, "booth-secre")
    assert problem(kiosk) == "The two passwords differ."
    assert not kiosk.find("startExportButton", visible=False).isEnabled()
    type_text(kiosk.window, "t")
    QGuiApplication.inputMethod().hide()
    kiosk.settle(300)
    assert kiosk.find("startExportButton").isEnabled()
    kiosk.tap("startExportButton")
    wait_idle(kiosk)
    assert exporter.state == "done", exporter.error
    (archive_path,) = target.iterdir()
    assert archive_path.suffix == ".zip"
    assert Path(exporter.resultFolder) == archive_path
    with pyzipper.AESZipFile(archive_path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/leads.csv"))
        with pytest.raises(RuntimeError):
            archive.read(name)
        archive.setpassword(b"booth-secret")
        rows = list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
    assert len(rows) == 5
    assert kiosk.find("zipPasswordField").property("text") == ""
    assert kiosk.find("zipPasswordAgainField").property("text") == ""
