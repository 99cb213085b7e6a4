"""Only ``kiosk.ui`` may import PySide6 (docs/architecture.md): import the rest with Qt blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import kiosk

CHECK = r"""
import importlib, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"{name} imported outside kiosk.ui")
        return None

sys.meta_path.insert(0, BlockQt())
failures = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failures.append(f"{name}: {exc}")
print("\n".join(failures))
sys.exit(1 if failures else 0)
"""


def non_ui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(kiosk.__path__, prefix="kiosk."):
        if (
            info.name == "kiosk.ui"
            or info.name.startswith("kiosk.ui.")
            or info.name == "kiosk.__main__"
        ):
            continue
        names.append(info.name)
    return names


def test_every_non_ui_module_imports_without_pyside6() -> None:
    modules = non_ui_modules()
    assert "kiosk.data.models" in modules and "kiosk.cli" in modules
    result = subprocess.run(
        [sys.executable, "-c", CHECK, *modules], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_blocker_catches_a_qt_import() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK, "kiosk.ui.fonts"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "imported outside kiosk.ui" in result.stdout


def test_the_layers_import_only_downwards() -> None:
    """The import-linter contract of pyproject.toml: cli > ui > sync > services > content >
    data > domain. A module that imports from a layer above its own (as services once imported
    sync, which imports services) fails here with the import chain."""
    root = Path(kiosk.__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports;"
            " sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True))",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "layers KEPT" in result.stdout
