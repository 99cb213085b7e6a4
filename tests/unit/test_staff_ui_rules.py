"""The staff screen's decisions that need no window: the tap gesture, the PIN pad (which never
sets a PIN), which drives are export destinations, the folder browser, the dashboard's axis tops and
the settings staff change on the kiosk."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.errors import KioskError
from kiosk.services import audit, kiosk_prefs
from kiosk.services.kiosk_prefs import KioskPrefs
from kiosk.ui.staff.folders import find_packs, root_of, subfolders
from kiosk.ui.staff.gesture import TapCounter
from kiosk.ui.staff.pin_entry import ENTER, UNSET, PinEntry
from kiosk.ui.staff.volumes import Volume, destinations, display_name, is_removable


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_five_taps_within_the_window_open_and_slow_taps_do_not() -> None:
    clock = Clock()
    taps = TapCounter(taps=5, window_s=4.0, clock=clock)
    results = []
    for _ in range(5):
        results.append(taps.tap())
        clock.now += 0.5
    assert results == [False, False, False, False, True]
    # Counting starts again after a success, and taps spread over too long do not count.
    for _ in range(5):
        assert taps.tap() is False
        clock.now += 1.5
    assert taps.tap() is False  # 6 taps over 9 s: never 5 within 4 s


def test_pin_entry_checks_a_pin_when_one_is_set() -> None:
    entry = PinEntry(pin_is_set=True)
    assert entry.mode == ENTER
    for digit in "24681":
        assert entry.press(digit)
    assert not entry.press("x") and not entry.press("12")
    assert entry.erase() and entry.length == 4
    entry.press("1")
    entry.press("0")
    step = entry.submit()
    assert (step.action, step.pin) == ("check", "246810")
    assert entry.length == 0
    assert entry.submit().action == "nothing"


def test_pin_entry_caps_the_length() -> None:
    entry = PinEntry(pin_is_set=True)
    assert all(entry.press("7") for _ in range(12))
    assert not entry.press("7") and entry.length == 12


def test_with_no_pin_set_the_pad_takes_no_digits_and_stores_nothing() -> None:
    """A fresh booth: whoever finds the gesture first must not get to choose the PIN."""
    entry = PinEntry(pin_is_set=False)
    assert entry.mode == UNSET
    assert not any(entry.press(digit) for digit in "246810")
    assert entry.length == 0
    assert entry.submit().action == "nothing"
    entry.restart(pin_is_set=True)  # set meanwhile with kiosk set-pin
    assert entry.mode == ENTER and entry.press("2")


@pytest.mark.parametrize(
    ("platform", "root", "removable"),
    [
        ("linux", "/media/ana/KIOSK USB", True),
        ("linux", "/run/media/ana/STICK", True),
        ("linux", "/media/", False),
        ("linux", "/", False),
        ("linux", "/home", False),
        ("linux", "/mnt/data", False),
        ("darwin", "/Volumes/USB", True),
        ("darwin", "/", False),
        ("win32", "E:/", True),
        ("win32", "C:/", False),
    ],
)
def test_which_mounts_are_removable(platform: str, root: str, removable: bool) -> None:
    volume = Volume(root=root, label="", free_bytes=1, total_bytes=2)
    assert is_removable(volume, platform=platform, system_drive="C:") is removable


def test_destinations_keep_ready_removable_drives_by_label() -> None:
    volumes = [
        Volume("/", "root", 10, 20),
        Volume("/media/ana/b", "zeta", 10, 20),
        Volume("/media/ana/a", "Alpha", 10, 20, read_only=True),
        Volume("/media/ana/c", "gone", 0, 0, ready=False),
    ]
    chosen = destinations(volumes, platform="linux")
    assert [v.label for v in chosen] == ["Alpha", "zeta"]
    assert display_name(Volume("/media/ana/NO NAME", "", 1, 1)) == "NO NAME"


def test_folder_browsing_and_pack_search(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "A").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "file.txt").write_text("x")
    assert [p.name for p in subfolders(tmp_path)] == ["A", "b"]
    assert subfolders(tmp_path / "missing") == []
    pack = tmp_path / "A" / "pack"
    pack.mkdir()
    (pack / "content.json").write_text("{}")
    deep = tmp_path / "b" / "1" / "2" / "3"
    deep.mkdir(parents=True)
    (deep / "content.json").write_text("{}")  # too deep to be found
    assert find_packs([tmp_path]) == [pack]
    assert root_of(pack, [tmp_path, tmp_path / "A"]) == tmp_path / "A"
    assert root_of(Path("/elsewhere"), [tmp_path]) is None


def test_kiosk_prefs_are_validated_stored_audited_and_applied(
    database: Database, settings: Settings
) -> None:
    sessions = database.sessions
    before = kiosk_prefs.load(sessions, settings)
    assert (before.idle_timeout_s, before.show_cursor) == (settings.idle_timeout_s, True)
    for bad, code in (
        (KioskPrefs("", 90, False), "kiosk_id_empty"),
        (KioskPrefs("hall 2", 90, False), "kiosk_id_chars"),
        (KioskPrefs("x" * 41, 90, False), "kiosk_id_long"),
        (KioskPrefs("hall-2", 5, False), "idle_range"),
    ):
        assert kiosk_prefs.problem(bad) == code
        with pytest.raises(KioskError):
            kiosk_prefs.save(sessions, bad, settings, actor=audit.ACTOR_STAFF)
    changed = kiosk_prefs.save(
        sessions, KioskPrefs("hall-2", 120, False), settings, actor=audit.ACTOR_STAFF
    )
    assert changed == ["kiosk_id", "idle_timeout_s", "show_cursor"]
    assert kiosk_prefs.load(sessions, settings) == KioskPrefs("hall-2", 120, False)
    applied = kiosk_prefs.apply(settings, sessions)
    assert (applied.idle_timeout_s, applied.hide_cursor) == (120, True)
    entry = audit.entries(sessions, limit=1)[0]
    assert entry.action == "settings.changed" and entry.detail["idle_timeout_s"] == 120
    assert entry.kiosk_id == "hall-2"
    assert (
        kiosk_prefs.save(
            sessions, KioskPrefs("hall-2", 120, False), settings, actor=audit.ACTOR_STAFF
        )
        == []
    )
