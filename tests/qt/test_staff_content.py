"""Reload content through the staff screen: a pack with problems lists every one of them and
changes nothing; a valid pack is loaded and the running kiosk shows it at once."""

from __future__ import annotations

from helpers import KioskDriver
from packs import valid_content, write_pack
from staff_driver import log_in, open_section, set_pin, staff, wait_idle

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.catalog import summary


def test_a_bad_pack_shows_every_problem_and_keeps_the_content(
    kiosk_event: KioskDriver, database: Database, settings: Settings
) -> None:
    kiosk = kiosk_event
    content = valid_content()
    content["exhibitors"][0]["contact"]["email"] = "bob@"
    content["exhibitors"][1]["logo"] = "images/exhibitors/missing.png"
    write_pack(settings.data_dir / "packs" / "bad", content)
    set_pin(database.sessions)
    brand, count = kiosk.event.brandName, kiosk.event.exhibitorCount
    event_before = summary(database.sessions).event_id

    log_in(kiosk)
    open_section(kiosk, "reloadContentButton")
    assert staff(kiosk).contentPacks.packs.rows()[0]["label"] == "bad"
    kiosk.tap("contentPack_0")
    wait_idle(kiosk)
    assert kiosk.text("contentState") == (
        "The pack has 2 problems. Nothing was changed; the kiosk keeps its content."
    )
    problems = [kiosk.text("contentProblem_0"), kiosk.text("contentProblem_1")]
    assert any(p.startswith("exhibitors[0].contact.email:") for p in problems), problems
    assert any(p.startswith("exhibitors[1].logo:") for p in problems), problems
    assert not kiosk.exists("loadPackButton")
    assert (kiosk.event.brandName, kiosk.event.exhibitorCount) == (brand, count)
    assert summary(database.sessions).event_id == event_before

    kiosk.tap("backToVisitorButton")  # the next staff session starts without these problems
    log_in(kiosk)
    open_section(kiosk, "reloadContentButton")
    assert staff(kiosk).contentPacks.state == "idle"
    assert not kiosk.exists("contentProblem_0")


def test_a_valid_pack_chosen_by_folder_is_loaded_and_shown_at_once(
    kiosk_event: KioskDriver, database: Database, settings: Settings
) -> None:
    kiosk = kiosk_event
    write_pack(settings.data_dir / "incoming" / "ciie")
    set_pin(database.sessions)
    log_in(kiosk)
    open_section(kiosk, "reloadContentButton")
    kiosk.tap("choosePackFolderButton")
    kiosk.tap("folderRoot_data")
    kiosk.tap("folder_incoming")
    kiosk.tap("folder_ciie")
    kiosk.tap("useFolderButton")
    wait_idle(kiosk)
    assert kiosk.text("contentState").startswith("The pack is valid: 6th China International")
    kiosk.tap("loadPackButton")
    wait_idle(kiosk)
    assert kiosk.text("contentState").startswith("Loaded. The kiosk shows the new content.")
    assert summary(database.sessions).event_id == "ciie-2023"
    assert kiosk.event.exhibitorCount == 3 and kiosk.event.tagline == "Meet Macao"
    assert [h["name"] for h in kiosk.event.highlights][:2] == ["Macau Company 0", "Macau Company 1"]
    assert kiosk.host.bridges["directoryPage"].totalCount == 3, "the catalogue screens follow"
    purposes = [p["id"] for p in kiosk.host.bridges["leadForm"].consentPurposes]
    assert purposes == ["share-with-exhibitors", "organiser-news"], "so does the lead form"
    assert kiosk.host.analytics.event_id == "ciie-2023"


def test_pack_problems_read_in_the_staffs_language_with_where_and_what(
    kiosk_event: KioskDriver, database: Database, settings: Settings
) -> None:
    """The validator writes English for the organiser's command line; a staff member reading
    Traditional Chinese sees each problem in Chinese, with its place and the bad value."""
    kiosk = kiosk_event
    content = valid_content()
    content["exhibitors"][0]["contact"]["email"] = "bob@"
    content["exhibitors"][1]["logo"] = "images/exhibitors/missing.png"
    content["exhibitors"][1]["pavillion"] = "food"
    write_pack(settings.data_dir / "packs" / "bad", content)
    set_pin(database.sessions)

    log_in(kiosk)
    kiosk.tap("languageButton_zh-Hant")
    open_section(kiosk, "reloadContentButton")
    kiosk.tap("contentPack_0")
    wait_idle(kiosk)
    assert kiosk.text("contentState").startswith("內容包有 3 個問題")
    problems = sorted(kiosk.text(f"contentProblem_{i}") for i in range(3))
    assert problems == [
        'exhibitors[0].contact.email: "bob@" 不是有效的電郵地址',
        'exhibitors[1].logo: 內容包中沒有圖片檔案 "images/exhibitors/missing.png"',
        "exhibitors[1].pavillion: 未知欄位；是否指「pavilion」？",
    ]


def test_workbooks_are_found_checked_by_cell_and_loaded(
    kiosk_event: KioskDriver, database: Database, settings: Settings
) -> None:
    from workbooks import write_pack_workbook

    kiosk = kiosk_event
    bad = valid_content()
    bad["exhibitors"][1]["country"] = "XX"
    write_pack_workbook(settings.data_dir / "packs" / "a-bad", bad).rename(
        settings.data_dir / "packs" / "a-bad" / "bad.xlsx"
    )
    write_pack_workbook(settings.data_dir / "packs" / "b-good")
    set_pin(database.sessions)
    log_in(kiosk)
    open_section(kiosk, "reloadContentButton")
    assert [r["label"] for r in staff(kiosk).contentPacks.packs.rows()] == [
        "bad.xlsx",
        "event.xlsx",
    ]
    kiosk.tap("contentPack_0")
    wait_idle(kiosk)
    assert kiosk.text("contentProblem_0").startswith("Exhibitors!G3 (country):")
    assert not kiosk.exists("loadPackButton")
    kiosk.tap("contentPack_1")
    wait_idle(kiosk)
    kiosk.tap("loadPackButton")
    wait_idle(kiosk)
    assert kiosk.text("contentState").startswith("Loaded. The kiosk shows the new content.")
    assert summary(database.sessions).event_id == "ciie-2023"
    assert kiosk.event.exhibitorCount == 3
