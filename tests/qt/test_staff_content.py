"""Reload content through the staff screen: a pack with problems lists every one of them and
changes nothing; a valid pack is loaded and the running kiosk shows it at once."""

from __future__ import annotations

import pytest
from helpers import KioskDriver
from packs import valid_content, write_pack
from PySide6.QtCore import Q_ARG, QMetaObject
from staff_driver import log_in, open_section, set_pin, staff, wait_idle

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.catalog import summary

# The logo a bad pack names but lacks.
MISSING = "images/exhibitors/missing.png"


def test_a_bad_pack_shows_every_problem_and_keeps_the_content(
    kiosk_event: KioskDriver, database: Database, settings: Settings
) -> None:
    kiosk = kiosk_event
    content = valid_content()
    content["exhibitors"][0]["contact"]["email"] = "bob@"
    content["exhibitors"][1]["logo"] = MISSING
    write_pack(settings.data_dir / "packs" / "bad", content, missing=[MISSING])
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
    # Staff kept their panel's language; the pack's (zh-Hans) greets the next visitor.
    assert kiosk.app.language == "en" and kiosk.app.defaultLanguage == "zh-Hans"
    kiosk.host.staff_bridge.backToVisitor()
    kiosk.settle()
    assert kiosk.app.language == "zh-Hans" and kiosk.app.screen == "attract"


# Each problem as the staff screen shows it, in Traditional Chinese and European Portuguese.
SHOWN = {
    "zh-Hant": {
        "exhibitors[0].contact.email": '"bob@" 不是電郵地址（例如 name@example.com）',
        "exhibitors[0].country": (
            '"Macau" 不是 ISO 3166-1 兩字母國家或地區代碼（例如 MO、CN、PT、BR）'
        ),
        "exhibitors[1].logo": '內容包內找不到檔案 "images/exhibitors/missing.png"',
        "exhibitors[1].pavillion": '未知欄位；您是否指 "pavilion"？',
        "exhibitors[1].sectors[0]": (
            '"food-beverages" 不是任何行業的 ID；您是否指 "food-beverage"？'
        ),
        "exhibitors[2].name": "缺少；此欄位為必填",
        "exhibitors[2].booth.code": "應為文字，卻是數字（7）",
        "exhibitors[2].summary.en": "長 20,001 個字元；最多只可 20,000 個",
    },
    "pt": {
        "exhibitors[0].contact.email": (
            '"bob@" não é um endereço de email (p. ex. nome@exemplo.pt)'
        ),
        "exhibitors[0].country": (
            '"Macau" não é um código de país ISO 3166-1 de duas letras (p. ex. MO, CN, PT, BR)'
        ),
        "exhibitors[1].logo": (
            'o ficheiro "images/exhibitors/missing.png" não foi encontrado no pacote'
        ),
        "exhibitors[1].pavillion": 'campo desconhecido; queria dizer "pavilion"?',
        "exhibitors[1].sectors[0]": (
            '"food-beverages" não corresponde a nenhum id de setor; queria dizer "food-beverage"?'
        ),
        "exhibitors[2].name": "falta; este campo é obrigatório",
        "exhibitors[2].booth.code": "esperava-se texto, mas é um número (7)",
        "exhibitors[2].summary.en": "tem 20\xa0001 caracteres; são permitidos no máximo 20\xa0000",
    },
}


def problem_text(kiosk: KioskDriver, index: int) -> str:
    """The problem at ``index``, scrolled into the list's view first (long ones take room)."""
    view = kiosk.find("contentProblems")
    QMetaObject.invokeMethod(view, "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 4))
    kiosk.settle()
    return kiosk.text(f"contentProblem_{index}")


@pytest.mark.parametrize("language", ["zh-Hant", "pt"])
def test_pack_problems_read_in_the_staffs_language_with_where_and_what(
    kiosk_event: KioskDriver, database: Database, settings: Settings, language: str
) -> None:
    """The validator's problems carry codes; a staff member reading Chinese or Portuguese sees
    every one in that language, with its place and the bad value, and nothing in English."""
    kiosk = kiosk_event
    content = valid_content()
    content["exhibitors"][0]["contact"]["email"] = "bob@"
    content["exhibitors"][0]["country"] = "Macau"
    content["exhibitors"][1]["logo"] = MISSING
    content["exhibitors"][1]["pavillion"] = "food"
    content["exhibitors"][1]["sectors"] = ["food-beverages"]
    del content["exhibitors"][2]["name"]
    content["exhibitors"][2]["booth"]["code"] = 7
    content["exhibitors"][2]["summary"] = {"en": "x" * 20_001}
    write_pack(settings.data_dir / "packs" / "bad", content, missing=[MISSING])
    set_pin(database.sessions)

    log_in(kiosk)
    kiosk.tap(f"languageButton_{language}")
    open_section(kiosk, "reloadContentButton")
    kiosk.tap("contentPack_0")
    wait_idle(kiosk)
    expected = SHOWN[language]
    separator = "：" if language == "zh-Hant" else ": "
    shown = dict(problem_text(kiosk, i).split(separator, 1) for i in range(len(expected)))
    assert shown == expected
    assert not kiosk.exists(f"contentProblem_{len(expected)}")
    rows = staff(kiosk).contentPacks.problems.rows()
    english = {row["where"]: row["what"] for row in rows}  # the CLI's words, same catalogue
    assert english["exhibitors[2].booth.code"] == "expected text, got a number (7)"
    for where, words in shown.items():
        assert words != english[where]

    kiosk.tap("languageButton_en")  # switching language re-translates the list in place
    assert kiosk.text("contentProblem_0") == f"{rows[0]['where']}: {rows[0]['what']}"


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
