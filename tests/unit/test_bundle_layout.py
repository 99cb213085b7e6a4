"""The bundle layout (packaging/bundle_plan.py) is the one kiosk.resources looks for.

A PyInstaller bundle is simulated by laying the package and the project data out exactly as the
spec does, in a folder away from the checkout, and running the real CLI from it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frozen_layout(tmp_path_factory: pytest.TempPathFactory, bundle_plan) -> Path:
    """``_internal/`` as the spec builds it: the kiosk package plus every project data file."""
    internal = tmp_path_factory.mktemp("bundle") / "_internal"
    shutil.copytree(
        REPO_ROOT / "src" / "kiosk",
        internal / "kiosk",
        ignore=shutil.ignore_patterns("__pycache__", "qml", "*.ts", "*.qm"),
    )
    qm_dir = internal.parent / "qm"
    qm_dir.mkdir()
    (qm_dir / "kiosk_pt.qm").write_bytes(b"qm")
    for source, dest in bundle_plan.project_datas(REPO_ROOT, qm_dir):
        target = internal / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return internal


def _run_in_layout(internal: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(internal), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, *args],
        cwd=internal.parent,  # not the checkout: nothing may be found through the CWD
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_resources_resolve_inside_the_bundle_not_the_checkout(frozen_layout: Path) -> None:
    script = (
        "import kiosk, kiosk.resources as r\n"
        "print(kiosk.__file__)\n"
        "for f in (r.assets_dir, r.migrations_dir, r.sample_pack_dir, r.qml_dir, r.i18n_dir):\n"
        "    print(f())\n"
    )
    result = _run_in_layout(frozen_layout, "-c", script)
    assert result.returncode == 0, result.stderr
    package, assets, migrations, sample, qml, i18n = result.stdout.split("\n")[:6]
    kiosk_dir = frozen_layout / "kiosk"
    assert Path(package).parent == kiosk_dir
    assert Path(assets) == kiosk_dir / "_assets"
    assert Path(migrations) == kiosk_dir / "_db"
    assert (Path(migrations) / "env.py").is_file()
    assert Path(sample) == Path(assets) / "sample-pack"
    assert (Path(sample) / "content.json").is_file()
    assert (Path(qml) / "Kiosk" / "qmldir").is_file() and Path(qml).is_relative_to(kiosk_dir)
    assert (Path(i18n) / "kiosk_pt.qm").is_file()
    assert str(REPO_ROOT) not in result.stdout


def test_every_source_file_has_its_place_in_the_bundle(frozen_layout: Path, bundle_plan) -> None:
    folders = {**bundle_plan.wheel_force_include(), "src/kiosk/ui/qml": "kiosk/ui/qml"}
    for folder, dest in folders.items():
        source = REPO_ROOT / folder
        files = [source] if source.is_file() else source.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                rel = path.relative_to(source) if source.is_dir() else path.name
                assert (frozen_layout / dest / rel).is_file(), path


def test_the_migrations_run_from_the_bundle_layout(frozen_layout: Path, tmp_path: Path) -> None:
    result = _run_in_layout(
        frozen_layout, "-m", "kiosk", "--data-dir", str(tmp_path), "db", "upgrade"
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "kiosk.db").is_file()
