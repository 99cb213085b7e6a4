"""Fixtures shared by every test: a fresh data folder and a migrated SQLite database."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to open a real display in tests, and must pick this before it loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
# Speech through Qt's mock engine (English voices only): no speech daemon is started per
# window; tests of the real engine set KIOSK_TTS_ENGINE themselves.
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")
# Qt's per-user configuration (the on-screen keyboard's Pinyin user dictionary among it) in a
# folder of this run's own: every run starts as on a new PC, whatever earlier runs left, and
# nothing is written into the developer's own ~/.config.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kiosk-tests-config-")

from data_templates import copy_template, make_template

from kiosk.config import Settings
from kiosk.data.database import Database, open_database

atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)

REPO_ROOT = Path(__file__).resolve().parents[1]

# The throwaway PostgreSQL cluster and pool databases (tests that use them start it).
pytest_plugins = ("pg_fixtures",)


# What keeps a test out of the quick loop (`pytest -m "not slow"`): the whole kiosk window
# (its fixtures, and ``sample_data``: the bundled pack is only shown in whole windows), the
# PostgreSQL pool, or anything marked slow by hand (real processes, crash loops, large
# packs). The full run (plain `pytest`) runs everything.
SLOW_FIXTURES = frozenset(
    {"kiosk", "kiosk_event", "kiosk_sample", "kiosk_matching", "sample_data", "pg_cluster"}
)
SLOW_MODULES = frozenset(
    {
        "test_curtain.py",  # real `kiosk run` processes, started twice each
        "test_export_drives.py",  # real tmpfs mounts, killed exports
        "test_screenshots.py",  # renders every screen in four languages
        "test_config_cli.py",  # a real kiosk process per command
        "test_cli_robustness.py",  # real processes with closed pipes and no terminal
        "test_import_serialised.py",  # two importing processes at once
        "test_outbox_install.py",  # factories made and dropped by the thousand
        "test_content_fuzz.py",  # hypothesis over whole packs
        "test_recovery.py",  # a kiosk process that crashes and comes back
    }
)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker more than the cores this process may use. A window test spends
    part of its time waiting for frames, timers, PostgreSQL and other processes rather than
    computing; the extra worker computes meanwhile. (A starved worker used to find the
    keyboard half-loaded, its keys over the screen; a test window now opens for its test only
    once the keyboard is whole, and half-built keys are hidden.)"""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in SLOW_MODULES or SLOW_FIXTURES.intersection(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at an empty data folder of this test's own."""
    return Settings(data_dir=tmp_path / "data", windowed=True, hide_cursor=False)


@pytest.fixture
def usb(tmp_path: Path) -> Iterator[Path]:
    """A stand-in USB drive: a folder on another filesystem than the data folder (``drives``)."""
    from drives import drive

    with drive(tmp_path) as folder:
        yield folder


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The minimal valid content pack (``valid_content()`` in tests/packs.py, with its images)
    in this test's folder, for a test to break one thing in."""
    from packs import write_pack

    return write_pack(tmp_path / "pack")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose database the real Alembic chain migrated to head, once per worker
    (tests/data_templates.py: the migrations write schema only, so a copy is the same)."""
    return make_template(tmp_path_factory.mktemp("migrated"))


@pytest.fixture
def database(settings: Settings, migrated_template: Path) -> Iterator[Database]:
    """A real SQLite file at the head of the real Alembic chain (a copy of
    ``migrated_template``), opened as the kiosk opens it."""
    copy_template(migrated_template, settings)
    db = open_database(settings)
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _kiosk_log_closed_after_test() -> Iterator[None]:
    """``kiosk.cli.main`` opens the log file of the test's data folder and installs exception
    hooks; close the file and put the hooks back so no test leaks them into the next."""
    import sys
    import threading

    from kiosk.logging_setup import stop_logging

    hooks = (sys.excepthook, threading.excepthook)
    yield
    stop_logging()
    sys.excepthook, threading.excepthook = hooks


@pytest.fixture(scope="session")
def bundle_plan():
    """``packaging/bundle_plan.py`` (what the PyInstaller bundle carries), imported by path."""
    import importlib.util
    import sys

    path = REPO_ROOT / "packaging" / "bundle_plan.py"
    spec = importlib.util.spec_from_file_location("bundle_plan", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_plan"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def catalog_db(database: Database) -> Database:
    """The migrated database holding the small test catalogue of tests/content_rows.py."""
    from content_rows import write_catalog

    write_catalog(database.sessions)
    return database
