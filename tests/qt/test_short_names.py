"""Short names in the real kiosk window on the bundled sample pack: chips, tabs and cards show
the pack's short names in the visitor's language, and the whole official name stays one press
away (a long press on a chip, the map's title, the exhibitor page, what screen readers hear)."""

from __future__ import annotations

import json

import pytest
from helpers import KioskDriver
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.resources import sample_pack_dir

SAMPLE = json.loads((sample_pack_dir() / "content.json").read_text(encoding="utf-8"))
FOOD = next(p for p in SAMPLE["pavilions"] if p["id"] == "food")
DOURO = next(e for e in SAMPLE["exhibitors"] if e["id"] == "vinhos-do-douro")


@pytest.mark.parametrize("lang", ["pt", "zh-Hant", "en", "zh-Hans"])
def test_a_chip_shows_the_short_name_and_a_long_press_the_whole(
    kiosk_sample: KioskDriver, lang: str
) -> None:
    kiosk = kiosk_sample
    kiosk.tap(f"startPrompt_{lang}")
    kiosk.tap("homeTile_exhibitors")
    kiosk.tap("filterGroup_pavilion")
    chip = kiosk.find("filterPavilion_food")
    assert chip.property("label") == FOOD["short_name"][lang]
    assert chip.property("fullLabel") == FOOD["name"][lang]
    assert not kiosk.exists("chipWholeName")

    point = kiosk.centre(chip)
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    kiosk.wait_until(lambda: kiosk.exists("chipWholeName"), 3000)  # held: the whole name
    assert kiosk.text("chipWholeNameText") == FOOD["name"][lang]
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    kiosk.settle()
    assert not kiosk.exists("chipWholeName")
    assert kiosk.host.bridges["directoryPage"].pavilionFilter == "", "a long press chooses nothing"


def test_cards_tabs_and_titles(kiosk_sample: KioskDriver) -> None:
    kiosk = kiosk_sample
    kiosk.tap("startPrompt_pt")
    kiosk.tap("homeTile_exhibitors")
    # The grid is sorted by name in the visitor's language: search, so the card is made.
    kiosk.find("searchField").setProperty("text", "Douro")
    kiosk.wait_until(lambda: kiosk.host.bridges["directoryPage"].searchText == "Douro")
    card = kiosk.find("exhibitorCard_vinhos-do-douro", visible=False)
    assert card.property("name") == DOURO["short_name"]["pt"]
    assert card.property("fullName") == DOURO["name"]["pt"]  # what screen readers hear
    kiosk.host.app_bridge.go("exhibitor", "vinhos-do-douro")
    kiosk.settle()
    assert kiosk.text("screenTitle") == DOURO["name"]["pt"], "the page names it in full"
    kiosk.host.app_bridge.go("map", "vinhos-do-douro")  # its "Show on the map"
    kiosk.settle()
    assert kiosk.text("screenTitle") == FOOD["name"]["pt"], "the map's title: the official name"
    tab = kiosk.find("mapTab_food")
    assert tab.property("label") == FOOD["short_name"]["pt"]
    title = kiosk.find("screenTitle")
    assert not title.property("truncated"), "wrapped, not cut"


def test_a_long_portuguese_product_name_is_whole_on_its_exhibitors_page(
    kiosk_sample: KioskDriver,
) -> None:
    kiosk = kiosk_sample
    taipa = next(e for e in SAMPLE["exhibitors"] if e["id"] == "taipa-egg-tart-workshop")
    longest = max(
        range(len(taipa["products"])), key=lambda i: len(taipa["products"][i]["name"]["pt"])
    )
    kiosk.tap("startPrompt_pt")
    kiosk.host.app_bridge.go("exhibitor", taipa["id"])
    kiosk.settle()
    name = kiosk.find(f"exhibitorProductName_{longest}", visible=False)
    assert name.property("text") == taipa["products"][longest]["name"]["pt"]
    assert not name.property("truncated") and name.property("lineCount") >= 1
    products = kiosk.host.bridges["exhibitorPage"].exhibitorProducts
    assert products.rowCount() == len(taipa["products"])
