"""Settings changed on the staff screen are validated, stored, audited and applied at once; the
audit log shows the newest entries and, on request, only the failed lead saves; the sync panel
is not offered when the kiosk works alone."""

from __future__ import annotations

from helpers import KioskDriver
from PySide6.QtGui import QGuiApplication
from staff_driver import log_in, open_section, set_pin, staff, wait_idle
from test_idle_keyboard import press_keys

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.domain.messages import Message, to_data
from kiosk.services import audit, kiosk_prefs
from kiosk.services.kiosk_prefs import KioskPrefs


def test_settings_are_saved_and_applied_and_bad_ones_refused(
    kiosk: KioskDriver, database: Database, settings: Settings
) -> None:
    set_pin(database.sessions)
    log_in(kiosk)
    open_section(kiosk, "settingsButton")
    assert kiosk.text("idleValue") == str(settings.idle_timeout_s)
    kiosk.tap("idlePlus")
    kiosk.tap("idlePlus")
    kiosk.find("kioskIdField").setProperty("text", "hall 2")
    kiosk.tap("saveSettingsButton")
    assert kiosk.text("settingsMessage") == (
        "The kiosk id may hold only letters, digits, '.', '_' and '-'."
    )
    stored = kiosk_prefs.load(database.sessions, settings)
    assert stored.idle_timeout_s == settings.idle_timeout_s, "nothing stored"

    kiosk.find("kioskIdField").setProperty("text", "hall-2")
    kiosk.tap("cursorCheck")
    kiosk.tap("saveSettingsButton")
    assert kiosk.text("settingsMessage") == "Saved."
    expected = KioskPrefs("hall-2", settings.idle_timeout_s + 20, False)
    assert kiosk_prefs.load(database.sessions, settings) == expected
    assert kiosk.host.idle.idle_interval_ms == expected.idle_timeout_s * 1000, "applied now"
    assert kiosk.host.settings.hide_cursor is True
    assert audit.entries(database.sessions, limit=1)[0].action == "settings.changed"


def test_the_audit_log_shows_failed_lead_saves(kiosk: KioskDriver, database: Database) -> None:
    set_pin(database.sessions)
    audit.write(
        database.sessions,
        "lead.save_failed",
        actor="kiosk",
        detail={"error": "database is locked"},
    )
    exported = {"leads": 3, "files": 2, "folder": "/media/usb/leads", "formats": "xlsx,csv"}
    exported["shelf"] = "B2"  # a key the panel does not know
    audit.write(database.sessions, "export.verified", actor="staff", detail=exported)
    log_in(kiosk)
    open_section(kiosk, "auditButton")
    log = staff(kiosk).auditLog
    assert [e["action"] for e in log.entries.rows()] == [
        "export.verified",
        "lead.save_failed",
        "pin.set",
    ]
    assert kiosk.exists("auditEntry_0")
    kiosk.tap("auditOnlyFailures")
    wait_idle(kiosk)
    rows = log.entries.rows()
    assert [e["action"] for e in rows] == ["lead.save_failed"]
    assert rows[0]["problem"] and rows[0]["details"] == [
        to_data(
            Message("audit.detail", name=Message("audit_detail.error"), value="database is locked")
        )
    ]
    assert kiosk.text("auditAction_0") == "A lead could not be saved"
    assert kiosk.text("auditDetail_0") == "error: database is locked"
    kiosk.tap("languageButton_zh-Hant")  # what happened, in the staff's language
    assert kiosk.text("auditAction_0") == "有一筆潛在客戶未能儲存"
    assert kiosk.text("auditDetail_0") == "錯誤：database is locked", "the value as recorded"
    kiosk.tap("auditOnlyFailures")
    wait_idle(kiosk)
    assert kiosk.text("auditAction_0") == "潛在客戶已匯出並核對"
    assert kiosk.text("auditAction_2") == "已設定工作人員密碼"
    assert kiosk.text("auditDetail_0") == (
        "檔案：2  ·  資料夾：/media/usb/leads  ·  格式：xlsx,csv  ·  潛在客戶：3  ·  shelf：B2"
    ), "known keys named in Chinese, an unknown key as it is"
    assert kiosk.text("auditDetail_2") == "已取代：否", "a yes/no value in the staff's language"


def test_no_sync_panel_without_a_central_database(kiosk: KioskDriver, database: Database) -> None:
    set_pin(database.sessions)
    log_in(kiosk)
    assert kiosk.exists("auditButton") and not kiosk.exists("syncButton")


def test_staff_fields_get_the_english_keyboard_whatever_the_language(
    kiosk: KioskDriver, database: Database
) -> None:
    """Zhuyin and Cangjie ignore "Latin only": a kiosk id typed in Traditional Chinese would
    come out as Zhuyin. The field switches the keyboard to English while it has focus."""
    set_pin(database.sessions)
    log_in(kiosk)
    kiosk.tap("languageButton_zh-Hant")
    open_section(kiosk, "settingsButton")
    field = kiosk.find("kioskIdField")
    field.setProperty("text", "")
    kiosk.tap("kioskIdField")
    kiosk.wait_until(lambda: kiosk.find("inputPanel", visible=False).property("active"))
    kiosk.settle(300)
    assert QGuiApplication.inputMethod().locale().name() == "en_GB"
    press_keys(kiosk, "h", "a", "l", "l")
    kiosk.wait_until(lambda: field.property("text") == "hall")
    open_section(kiosk, "overviewButton")  # the field goes: the visitor's keyboard comes back
    kiosk.wait_until(lambda: QGuiApplication.inputMethod().locale().name() == "zh_TW")
