"""The Windows launcher, the Inno Setup script, the kiosk and the guide agree with each other.

Neither PowerShell nor Inno Setup runs on this project's Linux CI, so what can be checked here
is that the pieces name the same things: one data folder for the machine (what the kiosk uses
on Windows, what the installer creates writable and never uninstalls, what the launcher
watches), the alive file the kiosk writes, the kiosk's "already running" status, the mark the
installer leaves while it replaces files, and the silent-install switches and task the guide
documents.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

from kiosk.config import APP_AUTHOR, APP_NAME
from kiosk.data.instance_lock import EXIT_ALREADY_RUNNING

REPO = Path(__file__).resolve().parents[2]
LAUNCHER = (REPO / "packaging/windows/kiosk-launcher.ps1").read_text()
ISS = (REPO / "packaging/windows/kiosk.iss").read_text()
GUIDE = (REPO / "packaging/README.md").read_text()


def section(name: str) -> str:
    found = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert found, f"kiosk.iss has no [{name}] section"
    return found.group(1)


def test_one_data_folder_for_the_machine() -> None:
    data = PureWindowsPath(APP_AUTHOR, APP_NAME)  # under %ProgramData% (platformdirs' site dir)
    assert f'Join-Path $env:ProgramData "{data}"' in LAUNCHER
    folder = next(line for line in section("Dirs").splitlines() if "{commonappdata}" in line)
    assert f'"{{commonappdata}}\\{data}"' in folder
    assert "Permissions: users-modify" in folder, "the kiosk account must write there"
    assert "uninsneveruninstall" in folder, "uninstalling never deletes the leads"
    assert f"%ProgramData%\\{data}\\" in GUIDE


def test_the_launcher_watches_what_the_kiosk_writes() -> None:
    assert '"KIOSK_ALIVE_FILE"' in (REPO / "src/kiosk/ui/watchdog.py").read_text()
    assert "$env:KIOSK_ALIVE_FILE = $alive" in LAUNCHER
    assert f"$alreadyRunning = {EXIT_ALREADY_RUNNING}" in LAUNCHER


def test_the_launcher_waits_while_the_installer_replaces_the_program() -> None:
    launcher_mark = re.search(r'\$installing = Join-Path \$data "([^"]+)"', LAUNCHER)
    installer_mark = re.search(r"\{commonappdata\}\\PavilionKiosk\\PavilionKiosk\\([^']+)'", ISS)
    assert launcher_mark and installer_mark
    assert launcher_mark.group(1) == installer_mark.group(1) == r"run\installing"
    assert "Wait-ForInstaller" in LAUNCHER.split("while ($true)", 1)[1]
    assert "CloseApplications=yes" in ISS
    assert re.search(r"^Type: filesandordirs; Name: \"\{app\}\\_internal\"", ISS, re.M)


def test_the_guide_documents_the_installers_silent_switches_and_task() -> None:
    tasks = re.findall(r'^Name: "(\w+)"', section("Tasks"), re.M)
    command = re.search(r"PavilionKiosk-Setup-<version>\.exe (/VERYSILENT[^\n]*)", GUIDE)
    assert command, "the guide shows a silent install"
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG="):
        assert switch in command.group(1)
    named = re.search(r'/TASKS="(\w+)"', command.group(1))
    assert named and named.group(1) in tasks
    assert "SetupIconFile=kiosk.ico" in ISS and (REPO / "packaging/windows/kiosk.ico").is_file()
    assert "InfoAfterFile=..\\FIRST-RUN.txt" in ISS
