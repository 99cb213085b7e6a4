"""Runtime settings: where data lives, which database, and kiosk behaviour.

Precedence, lowest to highest: built-in defaults, environment variables (``KIOSK_*``), command
line options. Settings that staff change on the kiosk itself (idle timeout, kiosk id, cursor)
live in the database and are applied on top by the services that use them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from platformdirs import site_data_dir, user_data_dir

APP_NAME = "PavilionKiosk"
APP_AUTHOR = "PavilionKiosk"
DATABASE_FILENAME = "kiosk.db"

DEFAULT_IDLE_TIMEOUT_S = 90
DEFAULT_IDLE_COUNTDOWN_S = 20
DEFAULT_PIXEL_SHIFT_PX = 2
DEFAULT_PIXEL_SHIFT_INTERVAL_S = 60
DEFAULT_RESTART_WINDOW = "03:00-05:00"
DEFAULT_REACH = 0.6  # low-reach mode switched on in Settings without KIOSK_REACH


def default_data_dir(platform: str | None = None) -> Path:
    """Where the kiosk keeps its data when nothing says otherwise.

    On Windows one folder for the machine, ``%ProgramData%\\PavilionKiosk\\PavilionKiosk``:
    the kiosk account, an administrator's ``kiosk export`` and the doctor all see the same
    database (the installer lets local users write there). Elsewhere the user's data folder
    (``~/.local/share/PavilionKiosk``): a Linux booth runs the kiosk as its own user.
    """
    if (platform or sys.platform) == "win32":
        return Path(site_data_dir(APP_NAME, APP_AUTHOR))
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def legacy_data_dir() -> Path | None:
    """The per-user folder earlier Windows installs used (for the doctor's
    migration note), or None elsewhere."""
    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) if sys.platform == "win32" else None


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def local_database_problem(url: str) -> str | None:
    """Why ``url`` cannot be the kiosk's own database, or None.

    The kiosk's database is SQLite: its migrations, triggers and pragmas are SQLite's, and a
    lead must be on the booth's own disk before "Thank you". A server database belongs in the
    central pool (``--central-database``). Checked without SQLAlchemy, so parsing stays quick.
    """
    scheme, separator, _rest = url.partition(":")
    if not separator or not scheme:
        return f"{url!r} is not a database URL; use sqlite:///PATH/kiosk.db"
    if scheme.split("+", 1)[0].lower() != "sqlite":
        return (
            f"the kiosk's own database must be SQLite (sqlite:///PATH/kiosk.db), not {scheme}; "
            "a shared server database is the central pool: --central-database"
        )
    return None


@dataclass(frozen=True)
class Settings:
    """Everything the composition root needs to wire the kiosk."""

    data_dir: Path = field(default_factory=default_data_dir)
    database_url: str | None = None
    central_database_url: str | None = None
    idle_timeout_s: int = DEFAULT_IDLE_TIMEOUT_S
    idle_countdown_s: int = DEFAULT_IDLE_COUNTDOWN_S
    windowed: bool = False
    hide_cursor: bool = True
    debug: bool = False
    pixel_shift_px: int = DEFAULT_PIXEL_SHIFT_PX  # burn-in protection; 0: off
    pixel_shift_interval_s: int = DEFAULT_PIXEL_SHIFT_INTERVAL_S
    # The nightly restart: (start, end) in minutes after local midnight; None: never.
    restart_window: tuple[int, int] | None = field(
        default_factory=lambda: parse_restart_window(DEFAULT_RESTART_WINDOW)
    )
    # The key that encrypts the database (SQLCipher); None: look where the OS keeps it
    # (kiosk.data.keystore). Never inside the data folder.
    db_key_file: Path | None = None
    # Low-reach mode: the lower fraction of the screen a visitor touches (1.0: the whole
    # screen), and the screen's diagonal in inches when the OS reports no or a wrong size.
    reach: float = 1.0
    screen_inches: float | None = None

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or the SQLite file inside the data folder."""
        return self.database_url or sqlite_url(self.data_dir / DATABASE_FILENAME)

    @property
    def content_dir(self) -> Path:
        """Where imported packs' images and thumbnails are copied, so a pulled USB stick is safe."""
        return self.data_dir / "content"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def with_overrides(self, **overrides: object) -> Settings:
        """A copy with the given non-None values replaced."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _env_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        from kiosk.errors import KioskError

        raise KioskError(f"{name}: {raw!r} is not a whole number of seconds") from None
    if value <= 0:
        from kiosk.errors import KioskError

        raise KioskError(f"{name}: must be greater than 0, got {value}")
    return value


def _env_bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _countdown(env: Mapping[str, str]) -> int:
    """The "Still there?" countdown: WCAG 2.2.1 gives a visitor at least 20 s to extend."""
    value = _env_int(env, "KIOSK_IDLE_COUNTDOWN", DEFAULT_IDLE_COUNTDOWN_S)
    if value < DEFAULT_IDLE_COUNTDOWN_S:
        from kiosk.errors import KioskError

        raise KioskError(
            f"KIOSK_IDLE_COUNTDOWN: {value} s is too short; visitors need at least "
            f"{DEFAULT_IDLE_COUNTDOWN_S} s to say they are still there (WCAG 2.2.1)"
        )
    return value


def parse_restart_window(raw: str, name: str = "KIOSK_RESTART_WINDOW") -> tuple[int, int] | None:
    """``"03:00-05:00"`` as minutes after midnight; ``""``/``off``: no nightly restart."""
    text = raw.strip().lower()
    if text in ("", "off", "none", "0"):
        return None
    try:
        start, end = (part.strip() for part in text.split("-"))
        minutes = []
        for part in (start, end):
            hours, mins = part.split(":")
            value = int(hours) * 60 + int(mins)
            if not (0 <= int(hours) < 24 and 0 <= int(mins) < 60):
                raise ValueError
            minutes.append(value)
    except ValueError:
        from kiosk.errors import KioskError

        raise KioskError(
            f"{name}: {raw!r} is not a time window like 03:00-05:00 (or 'off')"
        ) from None
    if minutes[0] == minutes[1]:
        from kiosk.errors import KioskError

        raise KioskError(f"{name}: {raw!r} is an empty window")
    return minutes[0], minutes[1]


def _env_pixels(env: Mapping[str, str]) -> int:
    raw = env.get("KIOSK_PIXEL_SHIFT", "").strip()
    if raw == "":
        return DEFAULT_PIXEL_SHIFT_PX
    if not raw.isdigit() or int(raw) > 20:
        from kiosk.errors import KioskError

        raise KioskError(
            f"KIOSK_PIXEL_SHIFT: {raw!r} must be a number of pixels from 0 (off) to 20"
        )
    return int(raw)


def _env_fraction(env: Mapping[str, str], name: str, low: float, high: float) -> float | None:
    """A number from ``low`` to ``high`` (a fraction or inches), None when unset."""
    raw = env.get(name, "").strip()
    if raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:
        from kiosk.errors import KioskError

        raise KioskError(f"{name}: {raw!r} must be a number from {low:g} to {high:g}")
    return value


def settings_from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Defaults overridden by ``KIOSK_*`` environment variables."""
    env = os.environ if env is None else env
    data_dir = env.get("KIOSK_DATA_DIR")
    database_url = env.get("KIOSK_DATABASE_URL") or None
    problem = local_database_problem(database_url) if database_url else None
    if problem:
        from kiosk.errors import KioskError

        raise KioskError(f"KIOSK_DATABASE_URL: {problem}")
    return Settings(
        data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir(),
        database_url=database_url,
        central_database_url=env.get("KIOSK_CENTRAL_DATABASE_URL") or None,
        idle_timeout_s=_env_int(env, "KIOSK_IDLE_TIMEOUT", DEFAULT_IDLE_TIMEOUT_S),
        idle_countdown_s=_countdown(env),
        windowed=_env_bool(env, "KIOSK_WINDOWED", False),
        hide_cursor=_env_bool(env, "KIOSK_HIDE_CURSOR", True),
        debug=_env_bool(env, "KIOSK_DEBUG", False),
        pixel_shift_px=_env_pixels(env),
        pixel_shift_interval_s=_env_int(
            env, "KIOSK_PIXEL_SHIFT_INTERVAL", DEFAULT_PIXEL_SHIFT_INTERVAL_S
        ),
        restart_window=parse_restart_window(
            env.get("KIOSK_RESTART_WINDOW", DEFAULT_RESTART_WINDOW)
        ),
        db_key_file=Path(key).expanduser() if (key := env.get("KIOSK_DB_KEY_FILE")) else None,
        reach=_env_fraction(env, "KIOSK_REACH", 0.3, 1.0) or 1.0,
        screen_inches=_env_fraction(env, "KIOSK_SCREEN_INCHES", 5.0, 200.0),
    )
