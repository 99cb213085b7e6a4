"""QR codes too large to make: refused by the content checks, skipped by the exhibitor page,
reported by ``kiosk qr --all`` after the others are written."""

from __future__ import annotations

from pathlib import Path

import pytest
from packs import valid_content, write_pack
from qrcode.exceptions import DataOverflowError

from kiosk.cli import main
from kiosk.config import Settings
from kiosk.content.importer import import_pack as import_without_code_check
from kiosk.data.database import Database
from kiosk.services.catalog import load_catalog
from kiosk.services.qr import make_qr
from kiosk.services.qr_fit import MAX_BYTES, codes_that_fit, fits

LONG_NAMES = {
    "Chinese": {"zh-Hant": "陳" * 1000},
    "Portuguese": {"pt": "Conceição " * 100},
    "ASCII": {"en": "A" * 2400},
}


def encodes(text: str) -> bool:
    try:
        make_qr(text, module_px=1, border=0)
    except (DataOverflowError, ValueError):
        return False
    return True


@pytest.mark.parametrize("unit", ["a", "1", "é", "陳"])
@pytest.mark.parametrize("margin", [-80, -3, -1, 0, 1, 3])
def test_fits_agrees_with_the_encoder(unit: str, margin: int) -> None:
    count = (MAX_BYTES + margin) // len(unit.encode("utf-8"))
    text = unit * count
    assert fits(text) == encodes(text)


def oversized_pack(tmp_path: Path, person: dict[str, str]) -> Path:
    content = valid_content(3)
    content["exhibitors"][1]["contact"]["person"] = person
    return write_pack(tmp_path / "pack", content)


@pytest.mark.parametrize("language", LONG_NAMES)
def test_validate_content_names_the_exhibitor_whose_code_does_not_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture, language: str
) -> None:
    pack = oversized_pack(tmp_path, LONG_NAMES[language])
    assert main(["validate-content", str(pack)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{pack}: 1 problem; nothing was changed"
    assert err[1].startswith("  exhibitors[1].contact: its contact (vCard) QR code (")
    assert f"at most {MAX_BYTES:,}" in err[1] and "shorten contact.person (" in err[1]


def test_a_long_name_that_still_fits_is_accepted(tmp_path: Path) -> None:
    pack = oversized_pack(tmp_path, {"zh-Hant": "陳" * 300})  # twice in the vCard (N, FN)
    assert main(["validate-content", str(pack)]) == 0


def test_import_content_refuses_and_changes_nothing(
    tmp_path: Path, settings: Settings, database: Database, capsys: pytest.CaptureFixture
) -> None:
    pack = oversized_pack(tmp_path, LONG_NAMES["Chinese"])
    assert main(["--data-dir", str(settings.data_dir), "import-content", str(pack)]) == 2
    assert "exhibitors[1].contact" in capsys.readouterr().err
    assert load_catalog(database.sessions, settings.content_dir) is None


@pytest.fixture
def loaded_before_the_check(tmp_path: Path, settings: Settings, database: Database) -> Database:
    """Content with a too-large contact, as an older kiosk could have imported it."""
    pack = oversized_pack(tmp_path, LONG_NAMES["Chinese"])
    import_without_code_check(database.sessions, pack, settings.content_dir, actor="test")
    return database


def test_the_exhibitor_page_leaves_out_only_the_code_that_does_not_fit(
    loaded_before_the_check: Database, settings: Settings
) -> None:
    catalog = load_catalog(loaded_before_the_check.sessions, settings.content_dir)
    assert catalog is not None
    for lang in ("zh-Hant", "zh-Hans", "pt", "en"):
        big, fine = catalog.exhibitors[1], catalog.exhibitors[0]
        assert [c.kind for c in codes_that_fit(big, lang)] == ["url"]
        assert [c.kind for c in codes_that_fit(fine, lang)] == ["vcard", "url"]


def test_qr_all_goes_on_and_reports_the_code_that_does_not_fit(
    loaded_before_the_check: Database,
    settings: Settings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
) -> None:
    out = tmp_path / "qr"
    code = main(
        [
            "--data-dir",
            str(settings.data_dir),
            "qr",
            "--all",
            "--lang",
            "zh-Hant",
            "--out",
            str(out),
        ]
    )
    assert code == 1
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        "exhibitor-0000-url.png",
        "exhibitor-0000-vcard.png",
        "exhibitor-0001-url.png",
        "exhibitor-0002-url.png",
        "exhibitor-0002-vcard.png",
    ]
    captured = capsys.readouterr()
    assert "5 code(s) written" in captured.out
    assert captured.err.splitlines()[0] == "1 code(s) could not be written:"
    assert captured.err.splitlines()[1].startswith("  exhibitor-0001-vcard.png: the vcard code")


def test_qr_for_one_exhibitor_whose_code_does_not_fit_is_one_clear_line(
    loaded_before_the_check: Database,
    settings: Settings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
) -> None:
    out = tmp_path / "one.png"
    args = ["--data-dir", str(settings.data_dir), "qr", "--exhibitor", "exhibitor-0001"]
    assert main([*args, "--lang", "zh-Hant", "--out", str(out)]) == 1
    assert "more than a QR code holds" in capsys.readouterr().err
    assert not out.exists()
