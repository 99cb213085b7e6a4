"""Smoke test of the built bundle, as CI and an installer would run it: ``python
packaging/smoke_bundle.py [BUNDLE]`` (default ``packaging/dist/kiosk``).

From a fresh data folder, with no Python checkout involved, the bundle's own executable must:
  1. ``run --smoke-test`` offscreen: reach the first frame, exit 0, and print no QML error, no
     traceback and no missing module;
  2. ``import-content`` the sample pack it carries;
  3. ``leads add`` a paper-card lead (Chinese name, Macao phone number) and ``export`` it: the
     exported CSV must hold it;
  4. ``doctor``: load the Basic Controls style and the virtual keyboard in QML, and point at the
     log file, which the commands above have written.
Exit status 0 when every check that ran passed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
DEFAULT_BUNDLE = PACKAGING_DIR / "dist" / "kiosk"
FORBIDDEN = re.compile(r"QML|Traceback|ModuleNotFoundError|ImportError|No module named")
TIMEOUT_S = 180


class Smoke:
    def __init__(self, bundle: Path, data_dir: Path) -> None:
        self.bundle = bundle
        self.exe = bundle / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
        self.data_dir = data_dir
        self.failures: list[str] = []
        self.env = {
            k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}
        } | {"QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(data_dir)}

    def kiosk(self, *args: str) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        result = subprocess.run(
            [str(self.exe), *args],
            cwd=self.data_dir.parent,  # not the checkout: the bundle must not need it
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            check=False,
        )
        elapsed = time.perf_counter() - started
        print(f"$ kiosk {' '.join(args)}  -> exit {result.returncode} ({elapsed:.1f} s)")
        return result

    def check(self, name: str, ok: bool, result: subprocess.CompletedProcess[str]) -> None:
        output = result.stdout + result.stderr
        bad = sorted(set(FORBIDDEN.findall(output)))
        if ok and not bad:
            print(f"PASS {name}")
            return
        why = f"forbidden output {bad}" if bad else f"exit {result.returncode}"
        print(f"FAIL {name}: {why}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}")
        self.failures.append(name)

    def run_smoke_test(self) -> None:
        result = self.kiosk("run", "--smoke-test")
        self.check("first frame", result.returncode == 0 and "first frame" in result.stdout, result)
        print(f"     {result.stdout.strip()}")

    @property
    def sample_pack(self) -> Path:
        return self.bundle / "_internal" / "kiosk" / "_assets" / "sample-pack"

    def import_sample_pack(self) -> None:
        result = self.kiosk("import-content", str(self.sample_pack))
        self.check("import-content of the bundled sample pack", result.returncode == 0, result)

    def add_and_export_a_lead(self) -> None:
        pack = json.loads((self.sample_pack / "content.json").read_text(encoding="utf-8"))
        required = [p["id"] for p in pack["consent"]["purposes"] if p.get("required")]
        name = "Ana Lopes 陳大文"
        result = self.kiosk(
            "leads", "add", "--name", name, "--email", "ana@example.com",
            "--phone", "6612 3456", "--country", "MO", "--consent", ",".join(required),
        )  # fmt: skip
        self.check("leads add (a paper card)", result.returncode == 0, result)
        out = self.data_dir.parent / "usb-stick"
        out.mkdir(exist_ok=True)
        # A folder on this machine's own disk, not a drive: an internal export (it never lets
        # 'wipe --verified-only' delete a lead).
        result = self.kiosk("export", "--out", str(out), "--internal")
        csv_files = list(out.rglob("leads.csv"))
        exported = any(name in p.read_text(encoding="utf-8-sig") for p in csv_files)
        self.check("export holds the lead", result.returncode == 0 and exported, result)
        # The workbook comes from the writer process the bundle starts by running itself.
        books = [p for p in out.rglob("leads.xlsx") if zipfile.is_zipfile(p)]
        self.check("export wrote the workbook", len(books) == 1, result)

    def doctor(self) -> None:
        result = self.kiosk("doctor")
        log_file = self.data_dir / "logs" / "kiosk.log"
        shown = re.search(rf"log file\s+{re.escape(str(log_file))}", result.stdout)
        self.check("doctor shows the log file", bool(shown) and log_file.is_file(), result)
        qml_ok = re.search(r"^ok\s+qml modules", result.stdout, re.MULTILINE)
        self.check("doctor: Basic style and virtual keyboard load", bool(qml_ok), result)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if hasattr(sys.stdout, "reconfigure"):  # Chinese test data on a cp1252 Windows console
        sys.stdout.reconfigure(errors="backslashreplace")
    bundle = Path(args[0]).resolve() if args else DEFAULT_BUNDLE
    exe = bundle / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
    if not exe.is_file():
        print(f"smoke: no bundle at {bundle}; build it with: python packaging/build.py")
        return 2
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as tmp:
        smoke = Smoke(bundle, Path(tmp) / "data")
        smoke.run_smoke_test()
        smoke.import_sample_pack()
        smoke.add_and_export_a_lead()
        smoke.doctor()
    if smoke.failures:
        print(f"smoke: {len(smoke.failures)} check(s) failed: {', '.join(smoke.failures)}")
        return 1
    print("smoke: the bundle passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
