"""``kiosk screenshots`` renders real, distinct pictures of each screen in each language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.config import Settings
from kiosk.errors import KioskError
from kiosk.ui.screenshots import render


def test_renders_named_pngs_at_full_hd_that_differ_by_language(
    qapp, settings: Settings, event: str, tmp_path: Path
) -> None:
    out = tmp_path / "shots"
    written = render(settings, out, languages=["zh-Hant", "pt"], screens=["home", "idle"])
    assert sorted(p.name for p in written) == [
        "home-pt.png",
        "home-zh-Hant.png",
        "idle-pt.png",
        "idle-zh-Hant.png",
    ]
    images = {p.name: QImage(str(p)) for p in written}
    assert all(i.width() == 1920 and i.height() == 1080 for i in images.values())
    assert images["home-pt.png"] != images["home-zh-Hant.png"]
    assert images["home-pt.png"] != images["idle-pt.png"]


def test_unknown_screens_and_languages_are_named(qapp, settings: Settings, tmp_path) -> None:
    with pytest.raises(KioskError, match=r"unknown screen or language: lobby, fr"):
        render(settings, tmp_path, languages=["fr"], screens=["lobby"])


def test_cli_rejects_a_bad_size_in_one_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "screenshots"]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "o"), "--size", "big"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "kiosk: error: --size: 'big' is not WIDTHxHEIGHT, e.g. 1920x1080"
    )


def test_staff_screens_render_on_a_throwaway_kiosk_and_leave_the_real_one_alone(
    qapp, settings: Settings, tmp_path: Path
) -> None:
    from kiosk.data.database import open_database
    from kiosk.services.staff_pin import StaffPin

    shots = ["staff-pin", "staff-overview", "staff-content-problems", "staff-wipe-keyboard"]
    written = render(settings, tmp_path / "shots", languages=["zh-Hant"], screens=shots)
    assert sorted(p.name for p in written) == sorted(f"{name}-zh-Hant.png" for name in shots)
    assert all(p.is_file() for p in written)
    images = {p.name.removesuffix("-zh-Hant.png"): QImage(str(p)) for p in written}
    assert all(i.width() == 1920 and i.height() == 1080 for i in images.values())
    assert images["staff-overview"] != images["staff-content-problems"]
    assert images["staff-pin"] != images["staff-wipe-keyboard"]
    database = open_database(settings)
    try:  # the configured kiosk got no PIN, no leads, no staff login
        assert not StaffPin(database.sessions).is_set()
    finally:
        database.dispose()


@pytest.mark.parametrize("form", ["workbook", "pack"])
def test_content_is_previewed_without_being_imported(
    qapp, settings: Settings, tmp_path: Path, form: str
) -> None:
    from packs import valid_content, write_pack
    from sqlalchemy import func, select
    from workbooks import write_pack_workbook

    from kiosk.data import models
    from kiosk.data.database import open_database

    content = valid_content(3)
    content["exhibitors"][0]["name"] = {"en": "Preview Tea House"}
    if form == "workbook":
        source = write_pack_workbook(tmp_path / "stick", content)
    else:
        source = write_pack(tmp_path / "pack", content)
    preview = render(
        settings, tmp_path / "preview", languages=["en"], screens=["exhibitor"], content=source
    )
    sample = render(settings, tmp_path / "sample", languages=["en"], screens=["exhibitor"])
    assert [p.name for p in preview] == ["exhibitor-en.png"]
    assert QImage(str(preview[0])) != QImage(str(sample[0]))
    database = open_database(settings)
    try:  # the kiosk shows the sample pack, as before: the preview imported nothing
        with database.sessions() as session:
            assert session.scalars(select(models.Event.id)).all() == ["ciie-sample"]
            assert session.scalar(select(func.count()).select_from(models.Exhibitor)) == 46
    finally:
        database.dispose()


def test_previewing_bad_content_lists_its_problems_and_renders_nothing(
    tmp_path: Path,
) -> None:
    from packs import valid_content
    from workbooks import write_pack_workbook

    content = valid_content(3)
    content["exhibitors"][1]["country"] = "XX"
    source = write_pack_workbook(tmp_path / "stick", content)
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data"), "screenshots"]
    result = subprocess.run(
        [*command, "--out", str(tmp_path / "o"), "--content", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[1] == (
        '  Exhibitors!G3 (country): "XX" is not an ISO 3166-1 alpha-2 country code '
        "(e.g. MO, CN, PT, BR)"
    )
    assert not (tmp_path / "o").exists()
