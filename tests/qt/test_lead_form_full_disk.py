"""The lead form on a really full disk: the kiosk's data folder is a small tmpfs, filled as a
booth PC's disk fills (photos, logs). The visitor reads that the kiosk's storage is full and
keeps every input; once there is room, the same input saves. (A disk that filled while no
connection held SQLite's -wal and -shm files, where SQLite says only "disk I/O error", is
covered in tests/unit/test_storage_failures.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from drives import tmpfs
from lead_form_driver import LeadFormDriver, lead_count

from kiosk.config import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Settings]:
    """The data folder on a tmpfs of its own (overrides the shared fixture in this module)."""
    data = tmp_path / "data"
    with tmpfs(data, size="48m"):
        yield Settings(data_dir=data, windowed=True, hide_cursor=False)


@pytest.fixture
def form(kiosk_event) -> LeadFormDriver:
    return LeadFormDriver(kiosk_event)


def fill(folder: Path) -> None:
    try:
        with open(folder / "photos.bin", "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * (1 << 20))
    except OSError:
        pass


def test_a_really_full_disk_is_named_to_the_visitor(
    form: LeadFormDriver, settings: Settings
) -> None:
    kiosk = form.kiosk
    form.open("en")
    form.focus("given_name")
    form.type("Maria")
    form.put_keyboard_away()
    form.fill(email="maria@example.pt")
    before = lead_count(kiosk)
    fill(settings.data_dir)
    try:
        form.submit()
        assert form.bridge.property("saveError") == "disk_full"
        assert kiosk.text("leadSaveErrorText").startswith(
            "Sorry, your details could not be saved because the kiosk's storage is full."
        )
        assert form.text("given_name") == "Maria" and form.text("email") == "maria@example.pt"
    finally:
        (settings.data_dir / "photos.bin").unlink()
    assert lead_count(kiosk) == before
    form.submit()  # with room again, the same input saves
    assert kiosk.app.screen == "thanks" and lead_count(kiosk) == before + 1
