"""``kiosk export --central``: the verified export of the merged pool against a real PostgreSQL.

Files are read back with openpyxl and the csv module; people seen at several kiosks appear once
with every consent answer of every lead; exhibitors' files follow each person's answer in force
across all their leads."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from factories import T0, add_visit, make_event
from sqlalchemy import Engine, select

from kiosk.cli import main
from kiosk.data.models import ExportRecord, Lead
from kiosk.data.settings_repo import KIOSK_ID, set_setting
from kiosk.services.export import ExportRequest, export_leads
from kiosk.services.export.coverage import unpack
from kiosk.services.wipe import wipe_exported
from kiosk.sync.export_source import CentralLeads
from kiosk.sync.pusher import Pusher

SHARE = "share-with-exhibitors"
TEA, WINES = "macau-tea-co", "porto-wines"


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def xlsx_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def visit(database, kiosk: str, hours: float, **details: Any) -> str:
    with database.sessions.begin() as session:
        return add_visit(session, kiosk_id=kiosk, at=T0 + timedelta(hours=hours), **details).id


@pytest.fixture
def pool(make_kiosk, central: Engine):
    """Two kiosks' leads pushed to the pool; kiosk a (with the event's content) exports."""
    a, b = make_kiosk("a"), make_kiosk("b")
    make_event(a.sessions)
    for database, name in ((a, "kiosk-a"), (b, "kiosk-b")):
        with database.sessions.begin() as session:
            set_setting(session, KIOSK_ID, name)
    ids = {
        # Ana at both kiosks (her email typed differently), sharing each time.
        "ana-a": visit(a, "kiosk-a", 0, name="Ana", email="ana@example.com", exhibitors=[TEA],
                       consents=[(SHARE, True), ("organiser-news", False)]),
        "ana-b": visit(b, "kiosk-b", 1, name="Ana Lima", email=" ANA@example.com",
                       exhibitors=[WINES], matching=[WINES],
                       consents=[(SHARE, True), ("organiser-news", True)]),
        # Bob never shares.
        "bob": visit(a, "kiosk-a", 2, name="Bob", email="bob@example.com", exhibitors=[WINES],
                     consents=[(SHARE, False)]),
        # Carla shared at kiosk b, then withdrew at kiosk a: no exhibitor may receive her.
        "carla-b": visit(b, "kiosk-b", 3, name="Carla", email="carla@example.com",
                         exhibitors=[TEA], consents=[(SHARE, True)]),
        "carla-a": visit(a, "kiosk-a", 4, name="Carla", email="carla@example.com",
                         consents=[(SHARE, False)]),
        # Dan gave only a phone.
        "dan": visit(b, "kiosk-b", 5, name="Dan", phone="+85366123456", exhibitors=[TEA],
                     consents=[(SHARE, True)]),
    }  # fmt: skip
    for database, name in ((a, "kiosk-a"), (b, "kiosk-b")):
        assert Pusher(database.sessions, central, name).push_pending().error is None
    return a, ids


def export_pool(database, central: Engine, dest: Path, **options: Any):
    """Export the pool; to a folder of the test (on the kiosk's disk) unless told otherwise."""
    dest.mkdir(exist_ok=True)
    options.setdefault("internal", True)
    request = ExportRequest(dest, **options)
    return export_leads(database.sessions, request, source=CentralLeads(central))


def test_the_pool_export_has_one_row_per_person_with_every_consent(
    pool, central: Engine, tmp_path: Path
) -> None:
    kiosk, ids = pool
    result = export_pool(kiosk, central, tmp_path / "usb")
    assert result.verified and result.lead_count == 4  # Ana, Bob, Carla, Dan
    assert result.folder.name.startswith("leads-pool-")

    people = {row["Name"]: row for row in csv_rows(result.folder / "leads.csv")}
    assert sorted(people) == ["Ana Lima", "Bob", "Carla", "Dan"]
    ana = people["Ana Lima"]  # the details of her latest lead
    assert ana["Lead ID"] == ids["ana-a"]  # a person's id: their earliest lead's
    assert ana["Kiosk"] == "kiosk-a, kiosk-b" and ana["Visits"] == "2"
    assert ana["Exhibitors"] == f"{TEA}; {WINES}"
    assert ana[f"Consent: {SHARE}"] == "yes" and ana["Consent: organiser-news"] == "yes"
    assert people["Carla"][f"Consent: {SHARE}"] == "no"  # the latest answer counts
    assert people["Ana Lima"]["Created (local time)"] == "2026-11-05 10:00:00+08:00"

    workbook = result.folder / "leads.xlsx"
    assert len(xlsx_rows(workbook, "leads")) == 4
    consents = xlsx_rows(workbook, "consents")
    history = [row for row in consents if row["Lead ID"] == ids["ana-a"]]
    assert [row[f"Consent: {SHARE}"] for row in history] == ["yes", "yes"]
    assert [row["Consent: organiser-news"] for row in history] == ["no", "yes"]
    carla = [row[f"Consent: {SHARE}"] for row in consents if row["Lead ID"] == ids["carla-b"]]
    assert carla == ["yes", "no"]
    meetings = xlsx_rows(workbook, "matching requests")
    assert [(m["Lead ID"], m["Exhibitor"]) for m in meetings] == [(ids["ana-a"], "Porto Wines")]

    manifest = json.loads((result.folder / "manifest.json").read_text())
    assert manifest["source"] == "central pool" and "@127.0.0.1" in manifest["pool"]
    assert manifest["counts"]["leads"] == 4 and manifest["event_id"] == "ciie-2026"

    # The record lists every lead of every person: erasure reports and wipes can find them.
    with kiosk.sessions() as session:
        record = session.scalars(select(ExportRecord)).one()
    assert {lead_id for lead_id, _ in unpack(record.lead_versions)} == set(ids.values())
    assert record.files["source"] == "central pool"


def test_exhibitor_files_follow_each_persons_answer_in_force(
    pool, central: Engine, tmp_path: Path
) -> None:
    kiosk, ids = pool
    result = export_pool(kiosk, central, tmp_path / "usb", formats=("csv",))
    folder = result.folder / "exhibitors"
    tea = {row["Lead ID"] for row in csv_rows(folder / f"{TEA}.csv")}
    wines = {row["Lead ID"] for row in csv_rows(folder / f"{WINES}.csv")}
    assert tea == {ids["ana-a"], ids["dan"]}  # Carla withdrew; Bob never chose tea
    assert wines == {ids["ana-a"]}  # Bob refused
    [meeting] = [row["Meeting requested"] for row in csv_rows(folder / f"{WINES}.csv")]
    assert meeting.endswith("am")

    one = export_pool(kiosk, central, tmp_path / "one", exhibitor=TEA, formats=("xlsx",))
    assert one.lead_count == 2
    rows = xlsx_rows(one.folder / f"{TEA}.xlsx", "leads")
    assert {row["Lead ID"] for row in rows} == tea


def test_leads_pooled_since_and_a_wipe_after_a_pool_export(
    pool, central: Engine, tmp_path: Path, usb: Path
) -> None:
    kiosk, _ids = pool
    later = export_pool(kiosk, central, tmp_path / "since", since=T0 + timedelta(hours=3))
    assert later.lead_count == 2  # Carla (updated at 4 h) and Dan

    export_pool(kiosk, central, usb, internal=False)  # a drive: a wipe may rely on it
    visit(kiosk, "kiosk-a", 6, name="Eve", email="eve@example.com")  # after the export
    Pusher(kiosk.sessions, central, "kiosk-a").push_pending()
    result = wipe_exported(kiosk.sessions, actor="cli", central_configured=True)
    assert (result.deleted, result.kept) == (3, 1)  # Eve is in no export yet
    with kiosk.sessions() as session:
        assert [lead.name for lead in session.scalars(select(Lead))] == ["Eve"]


def test_export_central_cli(pool, central_url: str, tmp_path: Path, capsys) -> None:
    kiosk, _ids = pool
    data = str(Path(kiosk.engine.url.database).parent)
    out = tmp_path / "usb"
    out.mkdir()
    argv = ["export", "--central", "--data-dir", data, "--out", str(out), "--format", "csv"]
    argv.append("--internal")
    assert main([*argv, "--central-database", central_url]) == 0
    printed = capsys.readouterr().out
    assert "exported 4 people from the central pool" in printed and "verified" in printed

    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "export --central" in err and "--central-database" in err


def test_a_pool_file_on_an_office_laptop_exports_the_same(
    pool, central: Engine, tmp_path: Path, capsys
) -> None:
    """Halls with no network: USB sticks merged into a SQLite pool, exported from there."""
    kiosk, _ids = pool
    pool_file = f"sqlite:///{tmp_path / 'pool.db'}"
    sticks = [str(Path(kiosk.engine.url.database))]
    sticks.append(str(Path(kiosk.engine.url.database).parent.parent / "b" / "kiosk.db"))
    office = ["--data-dir", str(tmp_path / "office"), "--central-database", pool_file]
    assert main([*office, "merge", *sticks]) == 0
    out = tmp_path / "usb"
    out.mkdir()
    assert main([*office, "export", "--central", "--out", str(out), "--internal"]) == 0
    assert "exported 4 people from the central pool" in capsys.readouterr().out
    [folder] = out.iterdir()
    from_file = sorted(row["Name"] for row in csv_rows(folder / "leads.csv"))
    from_server = export_pool(kiosk, central, tmp_path / "server", formats=("csv",))
    assert from_file == sorted(row["Name"] for row in csv_rows(from_server.folder / "leads.csv"))
    consents = xlsx_rows(folder / "leads.xlsx", "consents")
    assert len(consents) == 6  # every answer set of every lead
