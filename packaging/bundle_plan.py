"""What goes into the PyInstaller bundle, decided from the source tree rather than from file lists.

Imported by ``kiosk.spec`` and by ``hooks/hook-PySide6.QtQml.py`` (both run inside PyInstaller's
process) and by ``build.py``. Everything here is plain Python so it can be unit-tested without a
build:

* project data: what the wheel force-includes (``pyproject.toml``: the sample pack as
  ``kiosk/_assets/...``, ``db/`` as ``kiosk/_db``), every file under ``src/kiosk/ui/qml`` and
  the compiled ``.qm`` translations, found by walking the folders, so new screens, packs and
  migrations are carried without touching the spec, and the bundle matches the wheel;
* Qt's QML modules: only those the kiosk's QML imports (found by Qt's ``qmlimportscanner``, which
  follows each module's own dependencies) plus the modules Qt loads without an ``import`` line
  (the virtual keyboard, the Basic Controls style). PyInstaller's stock hook collects every QML
  module of the wheel, and with them WebEngine, 3D, Location and the rest: ~490 MB instead of
  ~200 MB;
* Qt plugins and Qt's own translations the kiosk never loads.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
SRC_DIR = ROOT / "src"
QML_SRC_DIR = SRC_DIR / "kiosk" / "ui" / "qml"
I18N_SRC_DIR = SRC_DIR / "kiosk" / "i18n"

# Bundle-relative destinations; ``kiosk.resources`` looks for exactly these next to the package
# (assets and migrations go where pyproject's wheel force-include puts them: kiosk/_assets, _db).
QML_DEST = "kiosk/ui/qml"
I18N_DEST = "kiosk/i18n"

# Never shipped from the project folders: caches, editor droppings, translation sources.
SKIPPED_DIR_NAMES = frozenset({"__pycache__", ".pytest_cache", ".ruff_cache"})
SKIPPED_SUFFIXES = frozenset({".pyc", ".pyo", ".ts", ".qmlc", ".jsc", ".orig", ".rej", ".swp"})
SKIPPED_NAMES = frozenset({".DS_Store", "Thumbs.db", ".gitignore", ".gitkeep"})

# QML modules Qt loads without an ``import`` line in our files: QT_IM_MODULE=qtvirtualkeyboard
# creates the keyboard from QtQuick.VirtualKeyboard, QT_QUICK_CONTROLS_STYLE=Basic loads the
# Basic style. They are scanned like our own QML, so their dependencies come along.
IMPLICIT_QML_IMPORTS = (
    "QtQuick.VirtualKeyboard",
    "QtQuick.VirtualKeyboard.Settings",
    "QtQuick.VirtualKeyboard.Styles",
    "QtQuick.Controls.Basic",
    "QtQuick.Window",
)

# QtQuick.Controls names every style as an optional import, so the scanner reports them all;
# ui/app.py fixes the style to Basic, the others (and their Qt libraries) are dead weight.
UNUSED_QML_DIRS = tuple(
    f"QtQuick/Controls/{style}"
    for style in (
        "Fusion",
        "Imagine",
        "Material",
        "Universal",
        "FluentWinUI3",
        "iOS",
        "macOS",
        "Windows",
    )
)

# Qt plugins the kiosk never loads, by plugin folder and file stem (``libqpdf.so`` -> ``qpdf``):
# the PDF image format drags in QtPdf, VNC / linuxfb / Vulkan-display platforms are not how a
# booth PC shows a window, and the FFmpeg media backend (with libav*) is not needed for the
# virtual keyboard's click sounds.
UNUSED_QT_PLUGINS = {
    "imageformats": frozenset({"qpdf", "qicns", "qtga", "qtiff", "qwbmp"}),
    "platforms": frozenset({"qvnc", "qlinuxfb", "qvkkhrdisplay"}),
    "platformthemes": frozenset({"qgtk3"}),
    "multimedia": None,  # None: the whole folder
    "qmltooling": None,
}

# Qt's own translations (dialog buttons, keyboard labels) for the kiosk's four languages.
QT_TRANSLATION_LOCALES = frozenset({"en", "pt", "pt_BR", "pt_PT", "zh_CN", "zh_TW", "zh_HK"})
# Babel's CLDR data is ~30 MB for 1000 locales; the kiosk formats in English, Portuguese and
# Chinese only (kiosk.domain.countries), and every CLDR locale falls back through ``root``.
BABEL_LANGUAGES = frozenset({"root", "en", "pt", "zh"})


# -- project data -----------------------------------------------------------------------------


def _shipped(path: Path, base: Path) -> bool:
    rel = path.relative_to(base)
    if any(part in SKIPPED_DIR_NAMES for part in rel.parts[:-1]):
        return False
    return path.suffix not in SKIPPED_SUFFIXES and path.name not in SKIPPED_NAMES


def tree_datas(source: Path, dest: str) -> list[tuple[str, str]]:
    """``(file, destination folder)`` for every shipped file below ``source``, layout kept."""
    if not source.is_dir():
        return []
    datas = []
    for path in sorted(p for p in source.rglob("*") if p.is_file() and _shipped(p, source)):
        rel_dir = path.parent.relative_to(source)
        datas.append((str(path), str(PurePosixPath(dest, *rel_dir.parts))))
    return datas


def wheel_force_include(root: Path = ROOT) -> dict[str, str]:
    """``[tool.hatch.build.targets.wheel.force-include]`` of ``pyproject.toml``: source path ->
    path inside the wheel. The bundle carries the same, so both layouts stay one."""
    with (root / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    wheel = config.get("tool", {}).get("hatch", {}).get("build", {}).get("targets", {})
    return dict(wheel.get("wheel", {}).get("force-include", {}))


def project_datas(
    root: Path = ROOT,
    qm_dir: Path | None = None,
    force_include: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """The wheel's force-included data (assets, migrations), our QML modules and the compiled
    translations."""
    datas: list[tuple[str, str]] = []
    mapping = wheel_force_include(root) if force_include is None else force_include
    for source, dest in mapping.items():
        path = root / source
        if path.is_file():
            datas.append((str(path), str(PurePosixPath(dest).parent)))
        else:
            datas += tree_datas(path, dest)
    datas += tree_datas(root / "src" / "kiosk" / "ui" / "qml", QML_DEST)
    if qm_dir is not None and qm_dir.is_dir():
        datas += [(str(p), I18N_DEST) for p in sorted(qm_dir.glob("*.qm"))]
    return datas


def imports_of_python_files(folder: Path) -> set[str]:
    """Modules imported by the ``.py`` files under ``folder`` (the Alembic scripts are data, so
    PyInstaller cannot see what they import; these become hidden imports)."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module == "__future__":
                    continue
                names.add(node.module)
                names.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return names


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


# -- translations -----------------------------------------------------------------------------


def qt_tool(name: str) -> Path:
    """A Qt command-line tool shipped in the PySide6 wheel (``qmlimportscanner``)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is not installed")
    pyside_dir = Path(spec.origin).parent
    if sys.platform == "win32":
        return pyside_dir / f"{name}.exe"
    libexec = pyside_dir / "Qt" / "libexec" / name
    return libexec if libexec.exists() else pyside_dir / name


def compile_translations(ts_dir: Path, out_dir: Path) -> list[Path]:
    """``lrelease`` every ``*.ts`` in ``ts_dir`` into ``out_dir``; returns the ``.qm`` files.

    Compiled by the kiosk's own ``kiosk.ui.i18n.compile_ts``, so the bundle and a kiosk run
    from source compile translations the same way."""
    from kiosk.ui.i18n import compile_ts

    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("*.qm"):
        stale.unlink()
    sources = sorted(ts_dir.glob("*.ts")) if ts_dir.is_dir() else []
    return [compile_ts(ts, out_dir / f"{ts.stem}.qm") for ts in sources]


# -- QML modules ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QmlModule:
    name: str
    rel_dir: str  # below Qt's qml folder, posix separators


def scan_qml_imports(
    qt_qml_dir: Path,
    qml_roots: Iterable[Path] = (QML_SRC_DIR,),
    implicit: Iterable[str] = IMPLICIT_QML_IMPORTS,
) -> list[QmlModule]:
    """Qt QML modules that ``qml_roots`` import, directly or through other modules."""
    qt_qml_dir = qt_qml_dir.resolve()
    with tempfile.TemporaryDirectory(prefix="kiosk-qmlscan-") as tmp:
        implicit_qml = Path(tmp) / "Implicit.qml"
        implicit_qml.write_text(
            "".join(f"import {name}\n" for name in implicit) + "Item {}\n", encoding="utf-8"
        )
        command = [str(qt_tool("qmlimportscanner"))]
        for root in [*qml_roots, Path(tmp)]:
            if root.is_dir():
                command += ["-rootPath", str(root)]
        command += ["-importPath", str(qt_qml_dir)]
        command += [arg for root in qml_roots for arg in ("-importPath", str(root))]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"qmlimportscanner failed:\n{result.stderr}")
    modules = []
    for entry in json.loads(result.stdout):
        path = entry.get("path")
        if entry.get("type") != "module" or not path:
            continue
        try:
            rel = Path(path).resolve().relative_to(qt_qml_dir)
        except ValueError:
            continue  # one of our own modules
        modules.append(QmlModule(entry["name"], rel.as_posix()))
    return modules


def kept_qml_dirs(modules: Iterable[QmlModule]) -> frozenset[str]:
    """Qt QML module folders to bundle: the scanned ones minus the unused Controls styles."""
    return frozenset(
        m.rel_dir
        for m in modules
        if not any(m.rel_dir == d or m.rel_dir.startswith(d + "/") for d in UNUSED_QML_DIRS)
    )


def filter_qml_entries(
    entries: Iterable[tuple[str, str]], qt_qml_dir: Path, keep: frozenset[str]
) -> list[tuple[str, str]]:
    """Hook entries ``(source, dest)`` whose source lies directly in (or is a plain sub-folder
    of) one of the ``keep`` module folders."""
    qt_qml_dir = qt_qml_dir.resolve()
    kept = []
    for source, dest in entries:
        module_dir = Path(source).resolve().parent.relative_to(qt_qml_dir).as_posix()
        if module_dir in keep:
            kept.append((source, dest))
    return kept


# -- Qt plugins and translations --------------------------------------------------------------


def _qt_parts(dest_name: str) -> tuple[str, ...] | None:
    """Parts of a bundle path below Qt's folder, or None for files outside PySide6. Qt's folder
    is ``PySide6/Qt`` on Linux and macOS and ``PySide6`` itself on Windows (where the Qt DLLs
    sit directly in it)."""
    parts = PurePosixPath(dest_name.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return None
    rest = parts[parts.index("PySide6") + 1 :]
    return rest[1:] if rest[:1] == ("Qt",) else rest


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def is_unused_file(dest_name: str) -> bool:
    """True for Qt plugins, Qt translations and Babel locales the kiosk never loads."""
    parts = PurePosixPath(dest_name.replace("\\", "/")).parts
    if parts[:2] == ("babel", "locale-data") and len(parts) == 3:
        return parts[2].split(".")[0].split("_")[0] not in BABEL_LANGUAGES
    parts = _qt_parts(dest_name)
    if not parts:
        return False
    if parts[0] == "plugins" and len(parts) >= 3:
        unused = UNUSED_QT_PLUGINS.get(parts[1], frozenset())
        return unused is None or _plugin_stem(parts[-1]) in unused
    if parts[0] == "translations" and len(parts) == 2 and parts[1].endswith(".qm"):
        locale = parts[1][: -len(".qm")].split("_", 1)[-1]
        return locale not in QT_TRANSLATION_LOCALES
    return False


def without_unused_files(entries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Hook-style ``(source, destination folder)`` entries minus ``is_unused_file`` ones."""
    return [
        (source, dest)
        for source, dest in entries
        if not is_unused_file(str(PurePosixPath(dest.replace("\\", "/"), Path(source).name)))
    ]


# -- reporting --------------------------------------------------------------------------------


def folder_size(folder: Path) -> int:
    """Bytes of all regular files below ``folder`` (symlinks not followed or counted)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def largest_files(folder: Path, count: int = 15) -> Iterator[tuple[int, Path]]:
    """The ``count`` largest files below ``folder``, largest first."""
    files = [(p.stat().st_size, p) for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    yield from sorted(files, reverse=True)[:count]


def _is_prunable(dest: str, typecode: str) -> bool:
    """Only Qt's own libraries (and the links to them) are ever pruned: other libraries may be
    loaded with ctypes, which no link-time scan can see."""
    name = PurePosixPath(dest.replace("\\", "/")).name
    parts = _qt_parts(dest)
    # top level (Linux links), PySide6/Qt/lib (Linux, macOS), directly in PySide6 (Windows)
    in_qt_lib = parts is None or len(parts) == 1 or parts[0] in ("lib", "bin")
    return typecode in ("BINARY", "SYMLINK") and "Qt6" in name and in_qt_lib


def orphan_qt_libraries(entries, imports_of) -> set[str]:
    """Destinations of Qt libraries nothing bundled links to any more.

    ``entries`` are PyInstaller ``(dest, source, typecode)`` binaries; ``imports_of(source)``
    gives the library file names a binary links to. Every binary that is not a Qt library is a
    root; a Qt library reached from no root (because the plugin that needed it was dropped by
    ``is_unused_file``) is an orphan.
    """
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)
    reached: set[str] = set()
    todo = [e for e in entries if not _is_prunable(e[0], e[2])]
    while todo:
        dest, source, typecode = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        if typecode == "SYMLINK":
            todo += [e for e in entries if e[0] == source]
            continue
        for name in imports_of(source):
            todo += by_name.get(name, [])
    return {e[0] for e in entries if e[0] not in reached}
