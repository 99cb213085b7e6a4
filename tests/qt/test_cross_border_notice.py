"""The cross-border notice in the real window: the sample pack's transfer to Macao shows PIPL
Art. 39's items as a table next to its box, in the visitor's language; a lead that agreed to it
is counted on the staff Overview as a person whose data went abroad this year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import make_lead
from helpers import KioskDriver, grab
from lead_form_driver import LeadFormDriver
from staff_driver import log_in, set_pin

from kiosk.config import Settings
from kiosk.data.database import open_database
from kiosk.resources import sample_pack_dir

SAMPLE = json.loads((sample_pack_dir() / "content.json").read_text(encoding="utf-8"))
NOTICE = next(
    p["cross_border"] for p in SAMPLE["consent"]["purposes"] if p["id"] == "transfer-to-macao"
)
LABELS = {
    "en": ["Recipient", "Contact", "Purpose", "How", "Your data", "Your rights"],
    "zh-Hant": ["接收方", "聯絡方式", "目的", "處理方式", "您的資料", "您的權利"],
}


@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
def test_the_transfer_consent_shows_the_art39_table(
    kiosk_sample: KioskDriver, lang: str, tmp_path: Path
) -> None:
    form = LeadFormDriver(kiosk_sample)
    form.open(lang)
    form.scroll_to("crossBorder_rights", "consentFlick")
    kiosk = kiosk_sample
    for item, label in zip(
        ("recipient", "contact", "purpose", "method", "categories", "rights"),
        LABELS[lang],
        strict=True,
    ):
        shown = kiosk.find(f"crossBorder_{item}", visible=False)
        assert shown.isVisible() and shown.property("text") == NOTICE[item][lang]
        name = kiosk.find(f"crossBorderLabel_{item}", visible=False)
        assert name.property("text") == label
    assert len(kiosk.items("crossBorderNotice")) == 3  # one per purpose, two empty
    assert sum(i.isVisible() for i in kiosk.items("crossBorderNotice")) == 1
    grab(kiosk.window, tmp_path / f"cross-border-{lang}.png")


def test_staff_overview_counts_people_whose_data_went_abroad_this_year(
    qapp, qtbot, settings: Settings, sample_data: Path, i18n_cache: Path
) -> None:
    import shutil

    from helpers import open_kiosk

    shutil.copytree(sample_data, settings.data_dir)
    database = open_database(settings)
    set_pin(database.sessions)
    with database.sessions.begin() as session:
        for n, granted in enumerate((True, True, False)):
            make_lead(
                session,
                event_id="ciie-sample",
                email=f"v{n}@example.com",
                exhibitors=(),
                consents={"share-with-exhibitors": True, "transfer-to-macao": granted},
            )
    database.dispose()
    for kiosk in open_kiosk(qtbot, settings, i18n_cache):
        log_in(kiosk)
        assert kiosk.text("crossBorderFigureValue") == "2"
