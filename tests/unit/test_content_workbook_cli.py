"""``kiosk content template|export`` and ``validate-content``/``import-content`` of a workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from packs import valid_content, write_pack
from sqlalchemy import select
from workbooks import edit, find_cell, write_pack_workbook

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.content.sources import validate_source
from kiosk.data import models
from kiosk.data.database import Database


def data_args(settings: Settings) -> list[str]:
    return ["--data-dir", str(settings.data_dir)]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_pack_workbook(tmp_path / "stick", valid_content(4))


def test_template_writes_a_workbook_to_fill_in(
    tmp_path: Path, settings: Settings, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "new" / "event.xlsx"
    assert main([*data_args(settings), "content", "template", "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:2] == ["Instructions", "Event"]


@pytest.mark.parametrize("name", ["event.csv", "folder"])
def test_template_wants_an_xlsx_file_name(
    tmp_path: Path, settings: Settings, capsys: pytest.CaptureFixture, name: str
) -> None:
    (tmp_path / "folder.xlsx").mkdir()
    out = tmp_path / ("folder.xlsx" if name == "folder" else name)
    assert main([*data_args(settings), "content", "template", "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith("kiosk: error: --out: ")


def test_validate_content_of_a_workbook(
    workbook: Path, settings: Settings, capsys: pytest.CaptureFixture
) -> None:
    assert main([*data_args(settings), "validate-content", str(workbook)]) == 0
    assert capsys.readouterr().out.startswith("ok: 4 exhibitors, 2 pavilions")


def test_a_bad_workbook_lists_every_problem_by_cell_and_exits_2(
    workbook: Path, settings: Settings, capsys: pytest.CaptureFixture
) -> None:
    def change(wb: object) -> None:
        find_cell(wb["Exhibitors"], "name (zh-Hant)", 4).value = "=A4"
        find_cell(wb["Contacts"], "email", 3).value = "bob@"

    edit(workbook, change)
    assert main([*data_args(settings), "validate-content", str(workbook)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{workbook}: 2 problems; nothing was changed",
        '  Exhibitors!D4 (name, zh-Hant): is a formula ("=A4"); the kiosk does not calculate: '
        "type the value itself (copy, then Paste Values)",
        '  Contacts!R3 (email): "bob@" is not an email address (e.g. name@example.com)',
    ]


def test_import_of_a_workbook_then_of_a_bad_one_keeps_the_first(
    workbook: Path, settings: Settings, database: Database, capsys: pytest.CaptureFixture
) -> None:
    assert main([*data_args(settings), "import-content", str(workbook)]) == 0
    assert "imported event ciie-2023: 4 exhibitors" in capsys.readouterr().out

    def change(wb: object) -> None:
        find_cell(wb["Exhibitors"], "name (en)", 2).value = "New"
        starts = find_cell(wb["Event"], "starts", 2)
        starts.value, starts.number_format = 45000, "General"

    edit(workbook, change)
    before = sorted(p.name for p in settings.content_dir.rglob("*"))
    assert main([*data_args(settings), "import-content", str(workbook)]) == 2
    with database.sessions() as session:
        names = session.scalars(select(models.Exhibitor.name).order_by(models.Exhibitor.position))
        assert next(iter(names))["en"] == "Macau Company 0"
    assert sorted(p.name for p in settings.content_dir.rglob("*")) == before


def test_export_of_a_pack_and_of_the_loaded_content(
    tmp_path: Path, settings: Settings, database: Database, capsys: pytest.CaptureFixture
) -> None:
    pack = write_pack(tmp_path / "pack")
    out = tmp_path / "out" / "from-pack.xlsx"
    assert main([*data_args(settings), "content", "export", "--out", str(out), str(pack)]) == 0
    assert capsys.readouterr().out == f"wrote {out} and 6 images beside it\n"
    assert main([*data_args(settings), "content", "export", "--out", str(tmp_path / "x.xlsx")]) == 1
    assert "the kiosk has no content loaded" in capsys.readouterr().err
    assert main([*data_args(settings), "import-content", str(out)]) == 0
    loaded = tmp_path / "loaded" / "event.xlsx"
    assert main([*data_args(settings), "content", "export", "--out", str(loaded)]) == 0
    assert validate_source(loaded).event.id == "ciie-2023"


def test_the_audit_log_names_the_workbook_imported(
    workbook: Path, settings: Settings, database: Database
) -> None:
    assert main([*data_args(settings), "import-content", str(workbook)]) == 0
    with database.sessions() as session:
        entry = session.scalars(select(models.AuditEntry)).one()
        event = session.scalars(select(models.Event)).one()
        assert entry.detail["source"] == event.source_path == str(workbook)


def test_a_workbook_is_published_to_the_fleet_as_the_pack_it_reads_as(
    workbook: Path, tmp_path: Path
) -> None:
    """``kiosk content publish event.xlsx``: the pool gets a pack (content.json and images)."""
    import io
    import zipfile

    from workbooks import comparable

    from kiosk.content.validate import validate_pack
    from kiosk.sync.content_pool import pack_archive

    data, event_id, _, summary = pack_archive(workbook)
    assert event_id == "ciie-2023" and summary.startswith("4 exhibitors")
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(io.BytesIO(data)).extractall(unpacked)
    assert comparable(validate_pack(unpacked)) == comparable(validate_source(workbook))


def test_the_kiosks_own_checks_locate_workbook_problems_by_cell(tmp_path: Path) -> None:
    """validate-content runs the kiosk's checks beyond the format (every QR code must fit)."""
    from kiosk.content.problems import PackInvalid
    from kiosk.services.content_packs import check_pack

    content = valid_content(3)
    content["exhibitors"][1]["contact"]["title"] = {"en": "Sales " * 500}
    workbook = write_pack_workbook(tmp_path / "stick", content)
    with pytest.raises(PackInvalid) as caught:
        check_pack(workbook)
    (problem,) = caught.value.problems
    assert problem.path.startswith("Contacts!"), str(problem)
