"""Where an export goes, on real filesystems: a drive (a tmpfs, another ``st_dev``) or a folder
on the kiosk's own disk (only with ``internal``, and never counted by a wipe); a stick pulled
out or replaced mid-export; the temporary folder on the drive, renamed into place only once
verified, and the leftovers of interrupted runs; full and read-only drives; exhibitor ids and
``--out`` folders."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from drives import pull_out, remount_read_only, tmpfs
from factories import add_leads, make_event
from sqlalchemy import select

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.data.models import AuditEntry, ExportRecord, Lead
from kiosk.errors import KioskError
from kiosk.services.export import ExportRequest, ExportResult, export_leads, staging
from kiosk.services.export.outputs import ExportFailed
from kiosk.services.wipe import NoVerifiedExport, wipe_exported

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(database: Database) -> Database:
    make_event(database.sessions)
    return database


def export(db: Database, dest: Path, **options: Any) -> ExportResult:
    progress = options.pop("progress", None)
    return export_leads(db.sessions, ExportRequest(dest, **options), progress=progress)


def records(db: Database) -> list[ExportRecord]:
    with db.sessions() as session:
        return list(session.scalars(select(ExportRecord)))


def lead_count(db: Database) -> int:
    with db.sessions() as session:
        return len(session.scalars(select(Lead.id)).all())


def entries(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def kiosk(settings: Settings, *argv: str) -> int:
    return main(["--data-dir", str(settings.data_dir), *argv])


# --------------------------------------------------------------------------- drive or not


def test_a_mount_point_with_no_stick_is_refused_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    add_leads(db.sessions, 3)
    bare = tmp_path / "mnt" / "usbstick"  # mkdir -p /mnt/usbstick, nothing mounted
    bare.mkdir(parents=True)
    with pytest.raises(ExportFailed, match="on the kiosk's own disk, not a drive") as caught:
        export(db, bare)
    assert caught.value.reason == "internal" and "--internal" in str(caught.value)
    assert entries(bare) == [] and records(db) == []


@pytest.mark.parametrize("where", ["drive", "internal"])
def test_only_an_export_to_a_drive_lets_a_wipe_delete_leads(
    db: Database, usb: Path, tmp_path: Path, where: str
) -> None:
    add_leads(db.sessions, 4)
    internal = where == "internal"
    dest = tmp_path / "kiosk-folder" if internal else usb
    dest.mkdir(exist_ok=True)
    result = export(db, dest, formats=("csv",), internal=internal)
    assert result.internal is internal
    (record,) = records(db)
    assert record.files["medium"] == where
    if internal:
        with pytest.raises(NoVerifiedExport, match=r"--internal\), of one exhibitor"):
            wipe_exported(db.sessions, actor="cli")
        assert lead_count(db) == 4
    else:
        assert wipe_exported(db.sessions, actor="cli").deleted == 4


def test_an_export_recorded_before_drives_were_checked_does_not_count(
    db: Database, usb: Path
) -> None:
    add_leads(db.sessions, 2)
    export(db, usb, formats=("csv",))
    with db.sessions.begin() as session:  # as an older version recorded it
        (record,) = session.scalars(select(ExportRecord))
        record.files = {k: v for k, v in record.files.items() if k != "medium"}
    with pytest.raises(NoVerifiedExport):
        wipe_exported(db.sessions, actor="cli")
    assert lead_count(db) == 2


@pytest.mark.parametrize("stage", ["leads", "verifying"])
def test_a_stick_pulled_out_mid_export_is_not_verified(
    db: Database, tmp_path: Path, stage: str
) -> None:
    add_leads(db.sessions, 5)
    with tmpfs(tmp_path / "stick") as stick:
        pulled: list[str] = []

        def pull(done: int, total: int, at: str) -> None:
            if at == stage and not pulled:
                pulled.append(at)
                pull_out(stick)  # umount -l: the mount point is a bare folder again

        with pytest.raises(ExportFailed, match="no longer available") as caught:
            export(db, stick, progress=pull)
        assert pulled and caught.value.reason == "gone"
        assert records(db) == [] and entries(stick) == []
    with pytest.raises(NoVerifiedExport):
        wipe_exported(db.sessions, actor="cli")


def test_a_stick_replaced_after_the_files_were_checked_is_not_verified(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The device is checked again at the end: the folder must still be on the same drive."""
    add_leads(db.sessions, 2)
    with tmpfs(tmp_path / "stick") as stick:
        real_publish = staging.Staging.publish

        def publish_then_pull(self: staging.Staging) -> None:
            real_publish(self)
            pull_out(stick)

        monkeypatch.setattr(staging.Staging, "publish", publish_then_pull)
        with pytest.raises(ExportFailed, match="removed or replaced during the export"):
            export(db, stick)
        assert records(db) == []
        assert [a for a in audit_actions(db) if a.startswith("export.")] == ["export.failed"]


def audit_actions(db: Database) -> list[str]:
    with db.sessions() as session:
        return [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_cli_export_to_a_bare_mount_point_then_wipe(
    db: Database, settings: Settings, tmp_path: Path, capsys
) -> None:
    add_leads(db.sessions, 3)
    bare = tmp_path / "mnt" / "usbstick"
    bare.mkdir(parents=True)
    assert kiosk(settings, "export", "--out", str(bare), "--format", "csv") == 1
    err = capsys.readouterr().err
    assert "not a drive" in err and "Traceback" not in err and entries(bare) == []

    assert kiosk(settings, "export", "--out", str(bare), "--format", "csv", "--internal") == 0
    out = capsys.readouterr().out
    assert "verified" in out and "internal: this folder is on the kiosk's own disk" in out
    assert kiosk(settings, "wipe", "--verified-only") == 1
    assert "no verified export of the leads to a drive" in capsys.readouterr().err
    assert lead_count(db) == 3


# --------------------------------------------------------------------------- --out


@pytest.mark.parametrize("where", ["drive", "internal"])
def test_out_whose_last_part_is_missing_is_created(
    db: Database, usb: Path, tmp_path: Path, where: str
) -> None:
    add_leads(db.sessions, 1)
    parent = usb if where == "drive" else tmp_path
    out = parent / "exports"
    result = export(db, out, formats=("csv",), internal=where == "internal", create=True)
    assert result.folder.parent == out


def test_out_missing_on_the_kiosks_disk_is_not_created_without_internal(
    db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "usbstick"
    with pytest.raises(KioskError, match=r"does not exist .*give --internal to create it"):
        export(db, out, create=True)
    assert not out.exists()
    with pytest.raises(KioskError, match="does not exist"):  # only the last part is created
        export(db, tmp_path / "no" / "such" / "folder", internal=True, create=True)
    with pytest.raises(KioskError, match="does not exist"):  # the staff screen creates nothing
        export(db, out, internal=True)


# --------------------------------------------------------------------------- staging


EXPORT_IN_A_CHILD = """
import sys
from pathlib import Path
from kiosk.config import Settings
from kiosk.data.database import open_database
from kiosk.services.export import ExportRequest, export_leads

database = open_database(Settings(data_dir=Path(sys.argv[1])))

def progress(done, total, stage):
    if stage == sys.argv[3]:
        print("holding", flush=True)
        sys.stdin.readline()  # never answered: the parent kills this process here

export_leads(database.sessions, ExportRequest(Path(sys.argv[2])), progress=progress)
"""


def kill_an_export(settings: Settings, dest: Path, stage: str) -> None:
    """Run an export in a child process and SIGKILL it when it reaches ``stage``."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    argv = [sys.executable, "-c", EXPORT_IN_A_CHILD, str(settings.data_dir), str(dest), stage]
    child = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "holding\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


@pytest.mark.parametrize("stage", ["exhibitors", "verifying"])
def test_a_killed_export_leaves_no_file_under_a_final_name_and_the_next_one_cleans_up(
    db: Database, settings: Settings, usb: Path, stage: str
) -> None:
    add_leads(db.sessions, 20)
    kill_an_export(settings, usb, stage)
    (left,) = entries(usb)[:1]
    assert re.fullmatch(r"\.leads-.+\.partial", left), entries(usb)
    assert not [name for name in entries(usb) if name.startswith("leads-")]
    assert records(db) == []

    result = export(db, usb)
    assert [c.name for c in result.cleaned] == [left] and result.cleaned[0].size > 0
    assert [p.name for p in usb.iterdir()] == [result.folder.name]
    (entry,) = [e for e in entries_of(db) if e.action == "export.verified"]
    assert entry.detail["cleaned"] == 1


def entries_of(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_the_cli_says_what_it_cleaned(db: Database, settings: Settings, usb: Path, capsys) -> None:
    add_leads(db.sessions, 2)
    kill_an_export(settings, usb, "verifying")
    assert kiosk(settings, "export", "--out", str(usb), "--format", "csv") == 0
    out = capsys.readouterr().out
    assert re.search(r"removed \.leads-\S+\.partial \([\d.]+ kB\), left on the drive by an", out)


def test_leftovers_count_as_free_space(db: Database, tmp_path: Path) -> None:
    """An export that fits only once an interrupted run's files are gone succeeds."""
    add_leads(db.sessions, 300)  # ~720 kB by the estimate (600 rows x 2 formats)
    with tmpfs(tmp_path / "stick", size="1m") as stick:
        old = stick / ".leads-kiosk-20261105-100000Z.partial"
        old.mkdir()
        (old / "leads.xlsx").write_bytes(b"x" * 700_000)
        (stick / "leads-kiosk-20261104-100000Z").mkdir()  # an old export of an older version
        legacy = stick / "leads-kiosk-20261104-100000Z" / ".leads.csv.0123abcd.part"
        legacy.write_bytes(b"y" * 1000)
        result = export(db, stick)
        assert {c.name for c in result.cleaned} == {
            old.name,
            "leads-kiosk-20261104-100000Z/.leads.csv.0123abcd.part",
        }
        assert not old.exists() and not legacy.exists()
        assert lead_count(db) == result.lead_count == 300


def test_a_running_exports_folder_is_not_taken_for_a_leftover(usb: Path) -> None:
    running = staging.Staging(usb / "leads-other-20261105-100000Z")
    (running.path / "leads.csv").write_text("half", encoding="utf-8")
    assert staging.clean_leftovers(usb) == [] and running.path.exists()
    running.discard()
    assert entries(usb) == []


def test_the_folder_appears_only_once_verified(db: Database, usb: Path) -> None:
    add_leads(db.sessions, 3)
    seen: list[list[str]] = []
    export(db, usb, progress=lambda *_: seen.append([p.name for p in usb.iterdir()]))
    assert all(not name.startswith("leads-") for names in seen[:-1] for name in names)
    (final,) = [p for p in usb.iterdir()]
    assert not (final / staging.LOCK_NAME).exists()
    manifest = json.loads((final / "manifest.json").read_text(encoding="utf-8"))
    assert "manifest.json" not in {f["name"] for f in manifest["files"]}
    assert [*sorted(f["name"] for f in manifest["files"]), "manifest.json"] == sorted(
        str(p.relative_to(final)) for p in final.rglob("*") if p.is_file()
    )


# --------------------------------------------------------------------------- full, read-only


@pytest.mark.parametrize("trouble", ["full", "read_only"])
def test_a_full_or_read_only_drive_is_one_clear_message(
    db: Database, tmp_path: Path, trouble: str
) -> None:
    add_leads(db.sessions, 200)
    with tmpfs(tmp_path / "stick", size="1m") as stick:
        if trouble == "full":
            (stick / "photos.bin").write_bytes(b"z" * 900_000)
        else:
            remount_read_only(stick)
        with pytest.raises(ExportFailed) as caught:
            export(db, stick)
        assert caught.value.reason == trouble
        assert "\n" not in str(caught.value) and "no leads were marked" in str(caught.value)
        left = sorted(p.name for p in stick.iterdir())
        assert left == (["photos.bin"] if trouble == "full" else [])
    assert records(db) == []


# --------------------------------------------------------------------------- exhibitors


def test_an_unknown_exhibitor_is_refused_with_the_ids_that_exist(
    db: Database, settings: Settings, usb: Path, capsys
) -> None:
    add_leads(db.sessions, 2)
    assert kiosk(settings, "export", "--out", str(usb), "--exhibitor", "nope") == 1
    err = capsys.readouterr().err
    assert "no exhibitor with the id 'nope'" in err
    assert "exhibitors with leads to export: macau-tea-co" in err
    assert entries(usb) == [] and records(db) == []


def test_the_readme_example_names_an_exhibitor_of_the_sample_pack() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    pack = json.loads((REPO / "assets/sample-pack/content.json").read_text(encoding="utf-8"))
    ids = {exhibitor["id"] for exhibitor in pack["exhibitors"]}
    examples = re.findall(r"kiosk export .*--exhibitor (\S+)", readme)
    assert examples and set(examples) <= ids


def test_cli_out_on_a_drive_is_created(db: Database, settings: Settings, usb: Path, capsys) -> None:
    add_leads(db.sessions, 1)
    assert kiosk(settings, "export", "--out", str(usb / "booth-7"), "--format", "csv") == 0
    assert f"to {usb / 'booth-7'}/leads-" in capsys.readouterr().out
