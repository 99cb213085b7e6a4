"""``kiosk validate-content`` / ``import-content`` and the sample pack loaded at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from packs import valid_content, write_json
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data import models
from kiosk.data.database import Database
from kiosk.services.startup import ensure_content


@pytest.fixture
def bad_pack(pack: Path) -> Path:
    content = valid_content(4)
    content["exhibitors"][3]["contact"]["email"] = "bob@"
    content["exhibitors"][1]["country"] = "XX"
    write_json(pack, content)
    return pack


def event_count(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(models.Event)) or 0)


def test_validate_content_prints_a_summary(pack: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["validate-content", str(pack)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: 3 exhibitors, 2 pavilions, 2 sectors, 3 products, 6 images")


def test_validate_content_lists_every_problem_and_exits_2(
    bad_pack: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["validate-content", str(bad_pack)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"{bad_pack}: 2 problems; nothing was changed",
        '  exhibitors[1].country: "XX" is not an ISO 3166-1 alpha-2 country code '
        "(e.g. MO, CN, PT, BR)",
        '  exhibitors[3].contact.email: "bob@" is not an email address (e.g. name@example.com)',
    ]


def test_import_content_loads_and_reports(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import-content", str(pack)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("imported event ciie-2023: 3 exhibitors, 2 pavilions, 2 sectors")
    assert any((data / "content" / "ciie-2023").iterdir())


def test_import_content_of_a_bad_pack_changes_nothing(
    bad_pack: Path, settings: Settings, database: Database, capsys: pytest.CaptureFixture
) -> None:
    code = main(["--data-dir", str(settings.data_dir), "import-content", str(bad_pack)])
    assert code == 2
    assert "exhibitors[3].contact.email" in capsys.readouterr().err
    assert event_count(database) == 0
    assert not settings.content_dir.exists() or not any(settings.content_dir.rglob("*.*"))


def test_a_real_process_exits_2_with_a_located_message(pack: Path) -> None:
    (pack / "content.json").write_text('{"format": 1,, }', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate-content", str(pack)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert (
        "content.json: line 1, column 14: a field name in double quotes is expected here"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------------- kiosk run


def test_an_empty_database_gets_the_sample_pack(
    database: Database, settings: Settings, pack: Path
) -> None:
    message = ensure_content(database, settings, pack_dir=pack)
    assert message is not None and message.startswith("sample content pack loaded: imported")
    assert event_count(database) == 1
    assert ensure_content(database, settings, pack_dir=pack) is None  # loaded once, not twice
    with database.sessions() as session:
        audit = session.scalars(select(models.AuditEntry)).all()
        assert [a.actor for a in audit] == ["startup"]


@pytest.mark.parametrize("damage", ["missing", "broken"])
def test_a_missing_or_broken_sample_pack_is_a_warning_not_a_crash(
    database: Database, settings: Settings, pack: Path, damage: str
) -> None:
    if damage == "missing":
        target = pack / "not-here"
    else:
        (pack / "content.json").write_text("{", encoding="utf-8")
        target = pack
    message = ensure_content(database, settings, pack_dir=target)
    assert message is not None and message.startswith("warning: no content loaded")
    assert "kiosk import-content PATH" in message
    assert event_count(database) == 0
