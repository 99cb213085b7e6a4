"""Build the kiosk bundle: ``python packaging/build.py`` -> ``packaging/dist/kiosk/``.

1. compiles ``src/kiosk/i18n/*.ts`` with lrelease into ``packaging/build/i18n``;
2. runs PyInstaller on ``packaging/kiosk.spec`` (one-folder build);
3. checks the bundle carries what the kiosk needs (QML, migrations, translations, font, assets)
   and lists the system libraries it expects to find on the booth PC;
4. prints the bundle size and the build time, and writes them to
   ``packaging/dist/build-report.json`` for the benchmark;
5. optionally packs it for booth PCs: ``--archive`` (Linux: a .tar.gz with install.sh, the
   .desktop file and the systemd units) or ``--installer`` (Windows: Inno Setup's iscc on
   ``packaging/windows/kiosk.iss``).

Run it with the Python of the environment the kiosk is installed in (``.venv/bin/python``); that
environment needs the ``package`` extra (``pip install -e '.[package]'``). Exit code 0 means the
bundle was built and passed the checks.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(PACKAGING_DIR))

import bundle_plan as plan  # noqa: E402

BUILD_DIR = PACKAGING_DIR / "build"
DIST_DIR = PACKAGING_DIR / "dist"
BUNDLE_NAME = "kiosk"
# 222 MB before the second wave; since then Qt Graphs for the staff charts (+16 MB: it links Qt
# Quick 3D and the shader tools), SQLCipher with its OpenSSL (+8 MB), the bold CJK faces
# (+5 MB), zxing-cpp, Qt TextToSpeech and pyzipper. Trimming candidates are in
# packaging/README.md ("Size").
SIZE_TARGET_MB = 280


def bundle_dir(dist: Path = DIST_DIR) -> Path:
    return dist / BUNDLE_NAME


def executable(bundle: Path, name: str = "kiosk") -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def internal_dir(bundle: Path) -> Path:
    """The folder PyInstaller puts everything but the executables in (``sys._MEIPASS``)."""
    return bundle / "_internal"


def run_pyinstaller(args: argparse.Namespace, qm_dir: Path) -> None:
    env = dict(os.environ)
    src = str(plan.SRC_DIR)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    env["KIOSK_QM_DIR"] = str(qm_dir)
    env["KIOSK_ONEFILE"] = "1" if args.onefile else ""
    env["KIOSK_WINDOW_EXE"] = "1" if args.window_exe else ""
    log_path = BUILD_DIR / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(BUILD_DIR / "pyinstaller"),
        str(PACKAGING_DIR / "kiosk.spec"),
    ]
    if args.clean:
        command.insert(3, "--clean")
    with log_path.open("w", encoding="utf-8") as log:
        result = subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    output = log_path.read_text(encoding="utf-8", errors="replace")
    for line in output.splitlines():
        if line.startswith("kiosk.spec:"):
            print(f"build: {line}")
    if result.returncode != 0:
        print(output[-6000:], file=sys.stderr)
        raise SystemExit(f"build: PyInstaller failed (exit {result.returncode}); log: {log_path}")


def check_bundle(bundle: Path, qm_files: list[Path]) -> list[str]:
    """Problems found in the built bundle (empty when it carries everything)."""
    problems = []
    internal = internal_dir(bundle)
    if not executable(bundle).is_file():
        problems.append(f"missing executable {executable(bundle)}")
    for source, dest in plan.project_datas(plan.ROOT, None):
        target = internal / dest / Path(source).name
        if not target.is_file():
            problems.append(f"missing {target.relative_to(bundle)} (from {source})")
    for qm in qm_files:
        if not (internal / plan.I18N_DEST / qm.name).is_file():
            problems.append(f"missing translation {plan.I18N_DEST}/{qm.name}")
    if not list((internal / "noto_cjk_sans_otc").glob("*.ttc")):
        problems.append("missing the Noto Sans CJK font (noto_cjk_sans_otc/*.ttc)")
    qt = internal / "PySide6" / "Qt"
    qml = (qt if qt.is_dir() else qt.parent) / "qml"  # Windows wheels have no Qt folder
    for module in ("QtQuick/Controls/Basic", "QtQuick/VirtualKeyboard"):
        if not (qml / module / "qmldir").is_file():
            problems.append(f"missing the Qt QML module {module}")
    return problems


def system_libraries(bundle: Path) -> list[str]:
    """Shared libraries the bundle's binaries link to but do not carry (Linux, via ldd)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    carried = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            match = re.match(r"\s*(\S+\.so[.\d]*)\s+=>\s+(\S+)", line)
            if match and match.group(1) not in carried:
                needed.add(
                    match.group(1) if match.group(2) != "not" else f"{match.group(1)} (NOT FOUND)"
                )
    base = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1"}
    return sorted(needed - base)


def kiosk_version() -> str:
    """``__version__`` of the kiosk package, read without importing it."""
    text = (plan.SRC_DIR / "kiosk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("build: no __version__ in src/kiosk/__init__.py")
    return match.group(1)


def make_archive(bundle: Path, dist: Path) -> Path:
    """Linux: ``pavilion-kiosk-<version>-linux-<arch>.tar.gz`` with the bundle, install.sh and
    uninstall.sh, the .desktop file, the systemd units, PAM file and USB rule, the first-run
    checklist and the deployment guide."""
    name = f"pavilion-kiosk-{kiosk_version()}-linux-{platform.machine()}"
    archive = dist / f"{name}.tar.gz"
    linux = PACKAGING_DIR / "linux"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"{name}/kiosk")
        scripts = ("install.sh", "uninstall.sh")
        for script in scripts:
            tar.add(linux / script, arcname=f"{name}/{script}")
        for unit in sorted(linux.iterdir()):
            if unit.name not in scripts:
                tar.add(unit, arcname=f"{name}/linux/{unit.name}")
        tar.add(PACKAGING_DIR / "README.md", arcname=f"{name}/README.md")
        tar.add(PACKAGING_DIR / "FIRST-RUN.txt", arcname=f"{name}/FIRST-RUN.txt")
    return archive


def make_installer(bundle: Path, dist: Path) -> Path:
    """Windows: run Inno Setup's compiler on packaging/windows/kiosk.iss."""
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists() and not shutil.which(iscc):
        raise SystemExit("build: Inno Setup 6 (iscc) not found; install it from jrsoftware.org")
    version = kiosk_version()
    script = PACKAGING_DIR / "windows" / "kiosk.iss"
    command = [iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", f"/O{dist}", str(script)]
    subprocess.run(command, check=True)
    return dist / f"PavilionKiosk-Setup-{version}.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST_DIR, help="output folder")
    parser.add_argument("--onefile", action="store_true", help="also build a one-file executable")
    parser.add_argument(
        "--window-exe",
        action="store_true",
        help="also build the console-less kiosk-window launcher (always built on Windows)",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--archive", action="store_true", help="Linux: also pack a .tar.gz for booth PCs"
    )
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also build the Inno Setup installer"
    )
    parser.add_argument(
        "--max-mb",
        type=float,
        default=SIZE_TARGET_MB,
        help=f"fail when the bundle is larger (default {SIZE_TARGET_MB} MB)",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    qm_files = plan.compile_translations(plan.I18N_SRC_DIR, BUILD_DIR / "i18n")
    print(f"build: {len(qm_files)} translation(s) compiled")
    run_pyinstaller(args, BUILD_DIR / "i18n")
    build_s = time.perf_counter() - started

    bundle = bundle_dir(args.dist)
    problems = check_bundle(bundle, qm_files)
    size_mb = plan.folder_size(bundle) / 1e6
    libraries = system_libraries(bundle)
    missing = [lib for lib in libraries if lib.endswith("(NOT FOUND)")]
    if libraries:
        print(f"build: system libraries used, not carried: {' '.join(libraries)}")
    print(f"build: bundle {bundle} is {size_mb:.1f} MB (target <= {args.max_mb:.0f} MB)")
    print("build: largest files:")
    for size, path in plan.largest_files(bundle, 8):
        print(f"  {size / 1e6:6.1f} MB  {path.relative_to(bundle)}")
    print(f"build: took {build_s:.0f} s")
    report = {
        "bundle": str(bundle),
        "size_bytes": plan.folder_size(bundle),
        "build_seconds": round(build_s, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "translations": [q.name for q in qm_files],
        "system_libraries": libraries,
    }
    (args.dist / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    if missing:
        print(
            "build: warning: not installed here (the booth PC needs them; see packaging/README.md):"
            f" {' '.join(missing)}"
        )
    if size_mb > args.max_mb:
        problems.append(f"bundle is {size_mb:.1f} MB, over the {args.max_mb:.0f} MB target")
    for problem in problems:
        print(f"build: PROBLEM: {problem}", file=sys.stderr)
    if problems:
        return 1
    if args.archive:
        print(f"build: archive {make_archive(bundle, args.dist)}")
    if args.installer:
        print(f"build: installer {make_installer(bundle, args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
