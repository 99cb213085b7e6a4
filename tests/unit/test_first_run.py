"""``kiosk doctor`` ends with the first-run checklist a technician follows on a new booth PC:
the staff PIN, the real content (not the bundled sample), every check ok."""

from __future__ import annotations

from pathlib import Path

import pytest
from packs import write_pack

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import open_database
from kiosk.resources import sample_pack_dir
from kiosk.services.staff_pin import ScryptParams, StaffPin


@pytest.mark.parametrize(
    ("pin", "content", "expected"),
    [
        (False, None, ["[ ] set the staff PIN", "[ ] import the real content"]),
        (True, "sample", ["[x] set the staff PIN", "[ ] import the real content"]),
        (True, "real", ["[x] set the staff PIN", "[x] import the real content"]),
    ],
)
def test_doctor_prints_what_is_left_of_the_first_run_checklist(
    tmp_path: Path, capsys, pin: bool, content: str | None, expected: list[str]
) -> None:
    data = tmp_path / "data"
    database = open_database(Settings(data_dir=data))
    if pin:
        StaffPin(database.sessions, params=ScryptParams(log2_n=10)).set_pin("482915", actor="cli")
    database.dispose()
    if content:
        pack = sample_pack_dir() if content == "sample" else write_pack(tmp_path / "pack")
        assert main(["import-content", str(pack), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    main(["doctor", "--no-qt", "--data-dir", str(data)])
    out = capsys.readouterr().out
    checklist = out.split("First-run checklist:\n", 1)[1].splitlines()
    shown = [line.strip() for line in checklist[: len(expected)]]
    assert [line[: len(want)] for line, want in zip(shown, expected, strict=True)] == expected
    if not content:
        assert "kiosk import-content PATH" in checklist[1]
