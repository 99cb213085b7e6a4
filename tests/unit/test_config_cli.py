"""Settings precedence and the CLI's behaviour on bad input (no tracebacks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import settings_from_env
from kiosk.errors import KioskError
from kiosk.services.kiosk_display import pixels_per_mm


def test_env_overrides_defaults(tmp_path: Path) -> None:
    settings = settings_from_env(
        {"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_IDLE_TIMEOUT": "45", "KIOSK_WINDOWED": "yes"}
    )
    assert settings.data_dir == tmp_path
    assert settings.idle_timeout_s == 45
    assert settings.windowed is True
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'kiosk.db'}"


@pytest.mark.parametrize("value", ["5", "19"])
def test_a_countdown_under_20_seconds_is_refused(value: str) -> None:
    with pytest.raises(KioskError, match=r"KIOSK_IDLE_COUNTDOWN: .* at least 20 s"):
        settings_from_env({"KIOSK_IDLE_COUNTDOWN": value})
    assert settings_from_env({"KIOSK_IDLE_COUNTDOWN": "30"}).idle_countdown_s == 30


def test_database_url_wins_over_data_dir(tmp_path: Path) -> None:
    settings = settings_from_env(
        {"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_DATABASE_URL": "sqlite:////x/y.db"}
    )
    assert settings.effective_database_url == "sqlite:////x/y.db"


@pytest.mark.parametrize("value", ["abc", "-5", "0"])
def test_bad_idle_timeout_is_a_located_message(value: str) -> None:
    with pytest.raises(KioskError, match="KIOSK_IDLE_TIMEOUT"):
        settings_from_env({"KIOSK_IDLE_TIMEOUT": value})


def test_db_upgrade_creates_the_database(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "db", "upgrade"]) == 0
    assert (tmp_path / "d" / "kiosk.db").exists()
    assert "head" in capsys.readouterr().out


def test_options_work_after_the_command_too(tmp_path: Path) -> None:
    assert main(["db", "upgrade", "--data-dir", str(tmp_path / "e")]) == 0
    assert (tmp_path / "e" / "kiosk.db").exists()


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code = main(["--data-dir", str(blocker / "sub"), "db", "upgrade"])
    err = capsys.readouterr().err
    assert code != 0
    assert "kiosk: error:" in err and "Traceback" not in err


def test_version_and_help_on_every_command() -> None:
    for argv in (
        ["--version"],
        ["--help"],
        ["run", "--help"],
        ["db", "upgrade", "--help"],
        ["doctor", "--help"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", *argv], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, (argv, result.stderr)
        assert result.stdout.strip()


def test_run_without_display_explains_what_to_do(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    if sys.platform != "linux":
        pytest.skip("display detection is Linux-specific")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "run"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 3
    assert "no display" in result.stderr and "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("KIOSK_REACH", "0.1"),
        ("KIOSK_REACH", "1.5"),
        ("KIOSK_REACH", "lower"),
        ("KIOSK_SCREEN_INCHES", "0"),
        ("KIOSK_SCREEN_INCHES", "55in"),
    ],
)
def test_a_reach_or_screen_size_out_of_range_is_refused(name: str, value: str) -> None:
    with pytest.raises(KioskError, match=rf"{name}: '{value}' must be a number from"):
        settings_from_env({name: value})


def test_reach_and_screen_size_from_the_environment() -> None:
    unset = settings_from_env({})
    assert (unset.reach, unset.screen_inches) == (1.0, None)
    told = settings_from_env({"KIOSK_REACH": "0.6", "KIOSK_SCREEN_INCHES": "55"})
    assert (told.reach, told.screen_inches) == (0.6, 55.0)


@pytest.mark.parametrize(
    ("size", "inches", "per_mm"),
    [((1920, 1080), 55.0, 1.577), ((1080, 1920), 55.0, 1.577), ((3840, 2160), 15.6, 11.12)],
)
def test_pixels_per_mm_from_the_diagonal(size, inches: float, per_mm: float) -> None:
    assert pixels_per_mm(*size, inches) == pytest.approx(per_mm, abs=0.01)
