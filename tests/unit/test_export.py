"""Lead export: files read back with openpyxl and the csv module, consent filtering, formula
neutralisation, safety under failures, the manifest and the export record."""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import multiprocessing
import re
import shutil
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from drives import pull_out
from factories import CONSENT_VERSION, KIOSK, T0, add_leads, answer_again, make_event, make_lead
from sqlalchemy import select

from kiosk.data.database import Database
from kiosk.data.models import AuditEntry, ExportRecord, Lead
from kiosk.errors import KioskError
from kiosk.services.export import (
    CancelToken,
    ExportCancelled,
    ExportRequest,
    ExportResult,
    export_leads,
    outputs,
    parse_formats,
    run,
    verify,
)
from kiosk.services.export.coverage import unpack
from kiosk.services.export.digest import IdDigest

OWASP_PAYLOADS = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "\tleading tab",
]


@pytest.fixture
def db(database: Database) -> Database:
    make_event(database.sessions)
    return database


@pytest.fixture
def dest(usb: Path) -> Path:
    """A stand-in USB drive (another filesystem: ``drives``)."""
    return usb


def export(db: Database, dest: Path, **options: Any) -> ExportResult:
    progress = options.pop("progress", None)
    cancel = options.pop("cancel", None)
    return export_leads(
        db.sessions, ExportRequest(dest, **options), progress=progress, cancel=cancel
    )


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def xlsx_rows(path: Path, sheet: str = "leads") -> list[dict[str, Any]]:
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as book:
        return {
            name: book.read(name).decode("utf-8")
            for name in book.namelist()
            if name.startswith("xl/worksheets/")
        }


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def records(db: Database) -> list[ExportRecord]:
    with db.sessions() as session:
        return list(session.scalars(select(ExportRecord)))


def audit_actions(db: Database) -> list[str]:
    with db.sessions() as session:
        return [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


# --------------------------------------------------------------------------- contents


def test_files_read_back_with_openpyxl_and_csv_hold_every_lead(db: Database, dest: Path) -> None:
    with db.sessions.begin() as session:
        first = make_lead(
            session,
            name="Ana Silva",
            sectors=["food-beverage"],
            meetings=[("macau-tea-co", date(2026, 11, 6), "am")],
        )
        second = make_lead(
            session,
            name="Li Wei",
            email="li@example.cn",
            at=T0 + timedelta(hours=1),
            consents={"share-with-exhibitors": True, "organiser-news": False},
        )
    result = export(db, dest)

    names = [f.name for f in result.files]
    assert names == [
        "leads.csv",
        "leads.xlsx",
        "exhibitors/macau-tea-co.csv",
        "exhibitors/macau-tea-co.xlsx",
    ]
    assert (result.folder / "manifest.json").exists()
    assert result.lead_count == 2 and result.verified

    from_csv = csv_rows(result.folder / "leads.csv")
    from_xlsx = xlsx_rows(result.folder / "leads.xlsx")
    assert [r["Lead ID"] for r in from_csv] == [first.id, second.id]
    assert [r["Lead ID"] for r in from_xlsx] == [first.id, second.id]
    ana = from_xlsx[0]
    assert ana["Name"] == "Ana Silva" and ana["Email"] == "ana@example.com"
    assert ana["Phone"] == "+85366123456"  # E.164 in the workbook, as text
    assert ana["Created (local time)"] == datetime(2026, 11, 5, 10, 0)  # a date-time cell
    assert from_csv[0]["Created (local time)"] == "2026-11-05 10:00:00+08:00"
    assert ana["Exhibitors"] == "Macau Tea Co."  # names in the workbook, ids in the CSV
    assert from_csv[0]["Exhibitors"] == "macau-tea-co"
    assert ana["Consent version"] == CONSENT_VERSION
    assert ana["Consent: organiser-news"] == "yes"
    assert from_xlsx[1]["Consent: organiser-news"] == "no"
    assert from_xlsx[1]["Consent: transfer-to-macao"] == ""  # not asked
    assert from_csv[0]["Phone"] == "+85366123456"  # a phone number stays as it is for CRMs

    book = openpyxl.load_workbook(result.folder / "leads.xlsx")
    assert book.sheetnames == ["leads", "consents", "matching requests", "answers"]
    consents = xlsx_rows(result.folder / "leads.xlsx", "consents")
    assert len(consents) == 2  # one row per set of answers given together
    assert consents[0]["Answered at (UTC)"] == datetime(2026, 11, 5, 2, 0)
    assert consents[0]["Language shown"] == "English"  # the language's own name
    meetings = xlsx_rows(result.folder / "leads.xlsx", "matching requests")
    assert meetings == [
        {
            "Lead ID": first.id,
            "Name": "Ana Silva",
            "Company": "Lusa Trading",
            "Exhibitor": "Macau Tea Co.",
            "Preferred date": "2026-11-06",
            "Half-day": "am",
            "Requested at (local time)": datetime(2026, 11, 5, 10, 0),
        }
    ]


def test_manifest_has_counts_hashes_kiosk_consent_version_and_time(
    db: Database, dest: Path
) -> None:
    add_leads(db.sessions, 3)
    result = export(db, dest)
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["export_id"] == result.export_id
    assert manifest["kiosk_id"] == KIOSK
    assert manifest["consent_version"] == CONSENT_VERSION
    assert manifest["counts"] == {
        "leads": 3,
        "consent_sets": 3,
        "matching_requests": 0,
        "answers": 0,
        "exhibitor_files": 1,
    }
    assert manifest["created_at"].endswith("Z")
    for entry in manifest["files"]:
        data = (result.folder / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
    assert manifest["files"][0]["rows"] == {"leads": 3}
    exhibitor_entry = manifest["files"][2]
    assert exhibitor_entry["exhibitor"] == "macau-tea-co"
    assert exhibitor_entry["exhibitor_name"] == "Macau Tea Co."


def test_chinese_and_portuguese_round_trip_and_the_csv_has_a_bom(db: Database, dest: Path) -> None:
    with db.sessions.begin() as session:
        make_lead(
            session,
            name="陳大文",
            company="澳門茗茶有限公司",
            job_title="Diretora de Vendas",
            message="Olá! Gostaria de provar o chá — 謝謝，简体也行",
            language="zh-Hant",
        )
    result = export(db, dest)
    for name in ("leads.csv", "exhibitors/macau-tea-co.csv"):
        assert (result.folder / name).read_bytes().startswith(b"\xef\xbb\xbf")
    for row in (
        csv_rows(result.folder / "leads.csv")[0],
        xlsx_rows(result.folder / "leads.xlsx")[0],
        xlsx_rows(result.folder / "exhibitors/macau-tea-co.xlsx")[0],
    ):
        assert row["Name"] == "陳大文"
        assert row["Company"] == "澳門茗茶有限公司"
        assert row["Job title"] == "Diretora de Vendas"
        assert row["Message"] == "Olá! Gostaria de provar o chá — 謝謝，简体也行"
        assert row["Language"] in ("zh-Hant", "繁體中文")  # the tag in the CSV, its name in a book


def test_csv_quoting_follows_rfc_4180(db: Database, dest: Path) -> None:
    message = 'He said "olá", then,\r\nleft'
    with db.sessions.begin() as session:
        make_lead(session, message=message)
    result = export(db, dest, formats=("csv",))
    raw = (result.folder / "leads.csv").read_bytes().decode("utf-8-sig")
    assert '"He said ""olá"", then,\r\nleft"' in raw
    assert raw.endswith("\r\n") and raw.count("\r\n") == 3  # header, row, the field's own
    assert csv_rows(result.folder / "leads.csv")[0]["Message"] == message


@pytest.mark.parametrize("payload", OWASP_PAYLOADS)
def test_formula_payloads_arrive_as_text(db: Database, dest: Path, payload: str) -> None:
    with db.sessions.begin() as session:
        make_lead(session, name=payload, company=payload, job_title=payload, message=payload)
    result = export(db, dest)

    for name in ("leads.csv", "exhibitors/macau-tea-co.csv"):
        row = csv_rows(result.folder / name)[0]
        assert row["Name"] == row["Company"] == row["Message"] == "'" + payload

    for name in ("leads.xlsx", "exhibitors/macau-tea-co.xlsx"):
        book = openpyxl.load_workbook(result.folder / name)
        sheet = book["leads"]
        header = [cell.value for cell in sheet[1]]
        for column in ("Name", "Company", "Job title", "Message"):
            cell = sheet.cell(row=2, column=header.index(column) + 1)
            assert cell.value == payload and cell.data_type == "s"
        for part, xml in sheet_xml(result.folder / name).items():
            assert not re.search(r"<f[\s>/]", xml), f"{name}:{part} holds a formula"


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_formula_after_a_separator_is_text_for_excel_with_either_separator(
    db: Database, dest: Path, separator: str
) -> None:
    """Excel in Portugal splits on `;`: `Ana;=1+1;` must not become a live `=1+1`."""
    with db.sessions.begin() as session:
        make_lead(session, name="Ana;=1+1;", company="Tea, =2+3", message="ok\r\n@SUM(1)")
    result = export(db, dest, formats=("csv",))
    for name in ("leads.csv", "exhibitors/macau-tea-co.csv"):
        text = (result.folder / name).read_bytes().decode("utf-8-sig")
        assert text.splitlines()[1].startswith('"') and text.endswith('"\r\n')  # all quoted
        with open(result.folder / name, encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle, delimiter=separator) for cell in row]
        bare = [c.lstrip(' \t\r\n"') for c in cells]
        live = [
            c
            for c in bare
            if c[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"[+-]?[0-9.]+", c)
        ]
        assert live == [], name


# --------------------------------------------------------------------------- exhibitors


def test_an_exhibitor_file_holds_only_its_leads_who_agreed_to_share(
    db: Database, dest: Path
) -> None:
    later = T0 + timedelta(hours=2)
    with db.sessions.begin() as session:
        agreed = make_lead(session, name="agreed", meetings=[("macau-tea-co", None, "pm")])
        refused = make_lead(session, name="refused", consents={"share-with-exhibitors": False})
        withdrew = make_lead(session, name="withdrew")
        changed_mind = make_lead(
            session, name="changed mind", consents={"share-with-exhibitors": False}
        )
        other = make_lead(session, name="other", exhibitors=["porto-wines"])
        both = make_lead(session, name="both", exhibitors=["macau-tea-co", "porto-wines"])
        tie = make_lead(session, name="tie", exhibitors=["porto-wines"])
    answer_again(db.sessions, withdrew.id, "share-with-exhibitors", False, later)
    answer_again(db.sessions, changed_mind.id, "share-with-exhibitors", True, later)
    answer_again(db.sessions, tie.id, "share-with-exhibitors", False, T0)  # same instant

    result = export(db, dest)
    tea = xlsx_rows(result.folder / "exhibitors/macau-tea-co.xlsx")
    porto = csv_rows(result.folder / "exhibitors/porto-wines.csv")
    assert {r["Lead ID"] for r in tea} == {agreed.id, changed_mind.id, both.id}
    assert {r["Lead ID"] for r in porto} == {other.id, both.id}
    assert refused.id not in {r["Lead ID"] for r in tea}
    assert not (result.folder / "exhibitors/lusofonia-law.csv").exists()

    # The exhibitor sees its own meeting request, never the visitor's other choices.
    by_name = {r["Name"]: r for r in tea}
    assert by_name["agreed"]["Meeting requested"] == "any day pm"
    assert by_name["both"]["Meeting requested"] == ""
    assert "Exhibitors" not in tea[0] and not any(k.startswith("Consent") for k in tea[0])

    # The organiser's files still hold everyone.
    assert len(csv_rows(result.folder / "leads.csv")) == 7


def test_exhibitor_ids_that_make_one_file_name_get_two_files(db: Database, dest: Path) -> None:
    with db.sessions.begin() as session:
        make_lead(session, name="slash", exhibitors=["a/b"])
        make_lead(session, name="space", exhibitors=["a b"])
    result = export(db, dest, formats=("csv",))
    files = {f.exhibitor: f.name for f in result.files if f.exhibitor}
    assert files == {"a b": "exhibitors/a_b.csv", "a/b": "exhibitors/a_b_.csv"}
    assert [r["Name"] for r in csv_rows(result.folder / files["a/b"])] == ["slash"]


def test_an_export_for_one_exhibitor_writes_only_its_files(db: Database, dest: Path) -> None:
    with db.sessions.begin() as session:
        make_lead(session, name="tea")
        make_lead(session, name="porto", exhibitors=["porto-wines"])
    result = export(db, dest, exhibitor="porto-wines")
    assert leftovers(result.folder) == ["manifest.json", "porto-wines.csv", "porto-wines.xlsx"]
    assert [r["Name"] for r in csv_rows(result.folder / "porto-wines.csv")] == ["porto"]
    (record,) = records(db)
    assert record.exhibitor_ref == "porto-wines"


# --------------------------------------------------------------------------- scope


def test_since_keeps_leads_captured_or_updated_after_it(db: Database, dest: Path) -> None:
    old, new = add_leads(db.sessions, 2)
    with db.sessions.begin() as session:
        session.get(Lead, new).created_at = T0 + timedelta(days=2)
        session.get(Lead, new).updated_at = T0 + timedelta(days=2)
    result = export(db, dest, since=T0 + timedelta(days=1), formats=("csv",))
    assert [r["Lead ID"] for r in csv_rows(result.folder / "leads.csv")] == [new]
    assert old not in {lead_id for lead_id, _ in unpack(records(db)[0].lead_versions)}


def test_formats_are_parsed_and_checked(db: Database, dest: Path) -> None:
    assert parse_formats("xlsx, CSV") == ("csv", "xlsx")
    with pytest.raises(KioskError, match="choose from csv, xlsx"):
        parse_formats("csv,pdf")
    result = export(db, dest, formats=("xlsx",), exhibitor_files=False)
    assert leftovers(result.folder) == ["leads.xlsx", "manifest.json"]


def test_an_empty_database_exports_headers_only(db: Database, dest: Path) -> None:
    result = export(db, dest)
    assert csv_rows(result.folder / "leads.csv") == []
    assert result.lead_count == 0 and [f.name for f in result.files] == [
        "leads.csv",
        "leads.xlsx",
    ]


def test_the_export_sees_one_snapshot_while_the_kiosk_keeps_capturing(
    db: Database, dest: Path
) -> None:
    add_leads(db.sessions, 3)
    added: list[str] = []

    def capture_meanwhile(done: int, total: int, stage: str) -> None:
        if not added:
            added.extend(add_leads(db.sessions, 1, at=T0 - timedelta(hours=1)))

    result = export(db, dest, progress=capture_meanwhile)
    ids = {r["Lead ID"] for r in csv_rows(result.folder / "leads.csv")}
    assert len(ids) == 3 and added[0] not in ids
    assert added[0] not in {lead_id for lead_id, _ in unpack(records(db)[0].lead_versions)}


def test_progress_rises_to_the_total(db: Database, dest: Path) -> None:
    add_leads(db.sessions, 5)
    seen: list[tuple[int, int, str]] = []
    export(db, dest, progress=lambda done, total, stage: seen.append((done, total, stage)))
    dones = [done for done, _total, _stage in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1] > 0 and seen[-1][2] == "done"
    assert {"leads", "exhibitors", "verifying"} <= {stage for _d, _t, stage in seen}


# --------------------------------------------------------------------------- record


def test_a_verified_export_is_recorded_and_audited(db: Database, dest: Path) -> None:
    ids = add_leads(db.sessions, 2)
    result = export(db, dest)
    (record,) = records(db)
    assert record.id == result.export_id and record.lead_count == 2
    assert record.exhibitor_ref is None and record.formats == "csv,xlsx"
    manifest_bytes = (result.folder / "manifest.json").read_bytes()
    assert record.manifest_sha256 == hashlib.sha256(manifest_bytes).hexdigest()
    assert {lead_id for lead_id, _ in unpack(record.lead_versions)} == set(ids)
    assert audit_actions(db)[-1] == "export.verified"


# --------------------------------------------------------------------------- failures


def assert_nothing_left(db: Database, dest: Path) -> None:
    assert leftovers(dest) == []  # no file under a final name, no temporary file
    assert records(db) == []


def test_a_failed_rename_leaves_no_file_and_no_record(
    db: Database, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_leads(db.sessions, 3)
    real_replace = outputs.os.replace

    def replace(source: Any, target: Any) -> None:
        if str(target).endswith("leads.xlsx"):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(outputs.os, "replace", replace)
    with pytest.raises(KioskError, match=r"no longer available \(was the drive removed\?\)"):
        export(db, dest)
    assert_nothing_left(db, dest)
    assert audit_actions(db)[-1] == "export.failed"


def test_a_drive_pulled_out_mid_export_is_a_clear_message(db: Database, dest: Path) -> None:
    add_leads(db.sessions, 3)

    pulled: list[bool] = []

    def pull_the_stick(done: int, total: int, stage: str) -> None:
        if done and not pulled:
            pulled.append(True)
            pull_out(dest)

    with pytest.raises(KioskError, match="no longer available") as caught:
        export(db, dest, progress=pull_the_stick)
    assert "no leads were marked as exported" in str(caught.value)
    assert records(db) == []
    assert not dest.exists() or leftovers(dest) == []


def test_a_full_drive_is_a_clear_message(
    db: Database, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_leads(db.sessions, 2)

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", fsync)
    with pytest.raises(KioskError, match="is full"):
        export(db, dest)
    assert_nothing_left(db, dest)


def test_too_little_free_space_is_refused_before_writing(
    db: Database, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_leads(db.sessions, 2)
    usage = shutil.disk_usage(dest)
    monkeypatch.setattr(run.shutil, "disk_usage", lambda _p: usage._replace(free=100))
    with pytest.raises(KioskError, match="is full: it has 0 MB free"):
        export(db, dest)
    assert_nothing_left(db, dest)


def test_a_read_only_destination_is_a_clear_message(
    db: Database, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(KioskError, match="read-only"):
        export(db, dest)
    assert records(db) == []


def test_a_missing_destination_is_a_clear_message(db: Database, tmp_path: Path) -> None:
    with pytest.raises(KioskError, match="does not exist"):
        export(db, tmp_path / "no-stick")


def test_a_file_that_does_not_read_back_fails_the_export(
    db: Database, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_leads(db.sessions, 3)
    real_publish = outputs.Output.publish

    def publish_then_lose_a_row(self: outputs.Output) -> None:
        real_publish(self)
        if self.name == "leads.csv":
            lines = self.final.read_bytes().split(b"\r\n")
            self.final.write_bytes(b"\r\n".join([*lines[:-2], b""]))

    monkeypatch.setattr(outputs.Output, "publish", publish_then_lose_a_row)
    with pytest.raises(
        KioskError, match=r"leads\.csv: sheet 'leads' has 2 rows, the database has 3"
    ):
        export(db, dest)
    assert_nothing_left(db, dest)


def test_cancel_removes_what_was_written(db: Database, dest: Path) -> None:
    add_leads(db.sessions, 3)
    token = CancelToken()

    def cancel_at_once(done: int, total: int, stage: str) -> None:
        token.cancel()

    with pytest.raises(ExportCancelled, match="cancelled"):
        export(db, dest, progress=cancel_at_once, cancel=token)
    assert_nothing_left(db, dest)
    assert audit_actions(db)[-1] == "export.cancelled"


# --------------------------------------------------------------------------- read-back


def test_read_back_refuses_a_workbook_holding_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("leads")
    sheet.write_string(0, 0, "Lead ID")
    sheet.write_string(1, 0, "id-1")
    sheet.write_formula(1, 1, '=HYPERLINK("http://x","y")')
    book.close()
    with pytest.raises(KioskError, match="holds 1 formula"):
        verify.read_xlsx(path, {"leads": True})


def test_read_back_counts_rows_and_ids_of_an_openpyxl_workbook(tmp_path: Path) -> None:
    """The reader follows the format, not one writer: shared strings, plain rows."""
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "leads"
    for row in (["Lead ID", "Name"], ["a&b", "x"], ["c", "陳"]):
        sheet.append(row)
    book.save(path)
    got = verify.read_xlsx(path, {"leads": True})
    expected = IdDigest()
    expected.add("a&b")
    expected.add("c")
    assert got.rows == {"leads": 2} and got.ids == expected


# --------------------------------------------------------------------------- workbook writer


def test_a_stick_pulled_out_while_the_workbook_is_written_is_a_clear_message(
    db: Database, dest: Path
) -> None:
    add_leads(db.sessions, 3)

    pulled: list[bool] = []

    def pull_the_stick(done: int, total: int, stage: str) -> None:
        if done and not pulled:
            pulled.append(True)
            pull_out(dest)

    with pytest.raises(KioskError, match="no longer available") as caught:
        export(db, dest, formats=("xlsx",), progress=pull_the_stick)
    assert "no leads were marked as exported" in str(caught.value)
    assert records(db) == []


def test_a_workbook_writer_that_dies_fails_the_export_and_leaves_nothing(
    db: Database, dest: Path
) -> None:
    add_leads(db.sessions, 3)

    def kill_the_writer(done: int, total: int, stage: str) -> None:
        for child in multiprocessing.active_children():
            if child.name == "kiosk-workbook-writer":
                child.kill()
                child.join()

    with pytest.raises(KioskError, match="workbook writer stopped unexpectedly"):
        export(db, dest, progress=kill_the_writer)
    assert_nothing_left(db, dest)
    assert audit_actions(db)[-1] == "export.failed"


def test_the_workbook_writer_is_gone_after_an_export(db: Database, dest: Path) -> None:
    add_leads(db.sessions, 2)
    export(db, dest)
    assert [c for c in multiprocessing.active_children() if "workbook" in c.name] == []
