"""CRM files end to end: the sample pack, leads entered with ``kiosk leads add --answer``, then
``kiosk export --format salesforce,hubspot``; the files read as a CRM import reads them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.services.export.crm import HUBSPOT_HEADER, SALESFORCE_HEADER

SAMPLE_PACK = Path(__file__).resolve().parents[2] / "assets" / "sample-pack"
SHARE = "share-with-exhibitors,transfer-to-macao"  # the two the notice requires


def cli(settings: Settings, *argv: str) -> int:
    return main(["--data-dir", str(settings.data_dir), *argv])


@pytest.fixture(scope="module")
def kiosk_with_leads(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A kiosk data folder with the sample pack and three leads, made by the real commands
    once for the module (the tests only read it; a second export writes a new folder)."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("crm") / "data")
    assert cli(settings, "import-content", str(SAMPLE_PACK)) == 0
    leads = [
        (  # answers two exhibitors' questions
            "--family-name", "Vieira", "--given-name", "Marta",
            "--company", "Lusa Trading", "--job-title", "Buyer",
            "--email", "marta@example.pt", "--phone", "+853 6612 3456", "--country", "MO",
            "--exhibitor", "vinhos-do-douro", "avenida-pay",
            "--answer", "vinhos-do-douro:buyer-type=importer",
            "--answer", "vinhos-do-douro:volume=1k-10k",
            "--answer", "avenida-pay:monthly-volume=large",
            "--answer", "avenida-pay:wallets=wechat-pay,mpay",
            "--answer", "avenida-pay:go-live=March",
            "--consent", f"{SHARE},organiser-news",
        ),
        (  # one name only; a company and a message that look like formulas
            "--given-name", "Suharto",
            "--company=@SUM(1+1)",
            "--email=-s@example.com", "--country", "ID",
            "--exhibitor", "vinhos-do-douro", "sao-tome-cacau",
            "--answer", "vinhos-do-douro:buyer-type=retail",
            "--answer", "sao-tome-cacau:products=beans,coffee",
            "--message=+1 call me",
            "--consent", SHARE,
        ),
        (  # Chinese, the same exhibitor as the first, no answers to optional questions
            "--family-name", "陳", "--given-name", "大文", "--phone", "+86 139 1234 5678",
            "--country", "CN", "--exhibitor", "avenida-pay",
            "--answer", "avenida-pay:monthly-volume=small",
            "--consent", SHARE, "--language", "zh-Hant",
        ),
    ]  # fmt: skip
    for options in leads:
        assert cli(settings, "leads", "add", *options) == 0
    return settings


@pytest.fixture(scope="module")
def exported(kiosk_with_leads: Settings, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The organiser's and the exhibitors' CRM files of ``kiosk_with_leads``."""
    out = tmp_path_factory.mktemp("crm-out")
    export = ["export", "--internal", "--out", str(out), "--format", "salesforce,hubspot"]
    assert cli(kiosk_with_leads, *export) == 0
    (folder,) = out.iterdir()
    return folder


def read_as_crm(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """As an import wizard reads it: plain UTF-8 (a BOM would stay in the first header)."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def test_salesforce_file_has_the_lead_import_columns(exported: Path) -> None:
    header, rows = read_as_crm(exported / "leads-salesforce.csv")
    assert header == SALESFORCE_HEADER
    assert len(rows) == 3
    marta, suharto, chan = rows
    assert (marta["First Name"], marta["Last Name"]) == ("Marta", "Vieira")
    assert (suharto["First Name"], suharto["Last Name"]) == ("", "Suharto")
    assert (chan["First Name"], chan["Last Name"]) == ("大文", "陳")
    assert marta["Phone"] == "+85366123456" and marta["Email"] == "marta@example.pt"
    assert suharto["Email"] == "-s@example.com"  # a checked address is never prefixed
    assert suharto["Company"] == "'@SUM(1+1)"  # free text is neutralised
    assert chan["Company"] == "[not provided]"
    assert marta["Country"] == "Macao" and chan["Country"] == "China"
    assert marta["Lead Source"] == suharto["Lead Source"] != ""
    assert (marta["Email Opt Out"], suharto["Email Opt Out"]) == ("0", "1")
    assert "1,000 to 10,000 bottles" in marta["Description"]
    assert "Message: +1 call me" in suharto["Description"]


def test_hubspot_file_has_the_contacts_columns_and_answers(exported: Path) -> None:
    header, rows = read_as_crm(exported / "leads-hubspot.csv")
    assert header[: len(HUBSPOT_HEADER)] == HUBSPOT_HEADER
    assert len(rows) == 3 and len(header) == len(set(header))
    marta = rows[0]
    assert marta["Phone Number"] == "+85366123456"
    assert marta["Avenida Pay: Which wallets must you accept?"] == "WeChat Pay; MPay"


def test_answers_land_under_their_exhibitor_only(exported: Path) -> None:
    folder = exported / "exhibitors"
    header, rows = read_as_crm(folder / "vinhos-do-douro-hubspot.csv")
    assert header == [
        *HUBSPOT_HEADER,
        "Which best describes your business?",
        "Yearly volume you expect",
    ]
    assert [r["Which best describes your business?"] for r in rows] == [
        "Importer or distributor",
        "Retail or e-commerce",
    ]
    _, pay = read_as_crm(folder / "avenida-pay-salesforce.csv")
    assert [r["Last Name"] for r in pay] == ["Vieira", "陳"]
    assert "Over MOP 1 million" in pay[0]["Description"]
    for row in pay:  # nothing of the other exhibitors' questions or choices
        assert "bottles" not in row["Description"] and "Vinhos" not in row["Description"]
    _, cacau = read_as_crm(folder / "sao-tome-cacau-hubspot.csv")
    assert len(cacau) == 1
    assert cacau[0]["Which products interest you?"] == "Cocoa beans; Coffee"
    assert "Importer" not in ",".join(cacau[0].values())


def test_crm_files_are_utf8_without_bom_with_one_header(exported: Path) -> None:
    files = sorted(exported.rglob("*-salesforce.csv")) + sorted(exported.rglob("*-hubspot.csv"))
    assert len(files) == 2 * 4  # the organiser's and three exhibitors'
    for path in files:
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        raw.decode("utf-8")
        lines = raw.decode("utf-8").split("\r\n")
        header = next(csv.reader(lines[:1]))
        assert header[:2] == ["First Name", "Last Name"]
        assert sum(1 for row in csv.reader(lines[1:]) if row and row[:2] == header[:2]) == 0


def test_workbooks_are_for_people(kiosk_with_leads: Settings, tmp_path: Path) -> None:
    from datetime import datetime

    import openpyxl

    out = tmp_path / "zh"
    out.mkdir()
    export = ["export", "--internal", "--out", str(out), "--format", "xlsx,csv"]
    assert cli(kiosk_with_leads, *export, "--language", "zh-Hant") == 0
    (folder,) = out.iterdir()
    book = openpyxl.load_workbook(folder / "leads.xlsx")
    for sheet in book:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
    leads = book["leads"]
    header = [c.value for c in leads[1]]
    marta = dict(zip(header, [c.value for c in leads[2]], strict=True))
    assert isinstance(marta["Created (local time)"], datetime)  # a date-time cell
    assert marta["Exhibitors"] == "大馬路支付; 杜羅河葡萄酒貿易"  # names, in the staff's language
    assert marta["Country"] == "澳門" and marta["Event"].startswith("第九屆")
    assert (marta["Family name"], marta["Given name"]) == ("Vieira", "Marta")
    widths = {k: d.width for k, d in leads.column_dimensions.items()}
    assert widths["A"] > 36  # a lead id fits
    answers = [[c.value for c in row] for row in book["answers"].iter_rows(min_row=2)]
    assert len(answers) == 8 and ["大馬路支付", "您必須接受哪些電子錢包？"] in [
        a[1:3] for a in answers
    ]
    with open(folder / "leads.csv", encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["Exhibitors"] == "avenida-pay; vinhos-do-douro"  # the CSV keeps the ids
