"""QR codes: decoded by a real decoder (zbar) and parsed by a real vCard parser (vobject)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
import vobject
from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.config import Settings
from kiosk.data.database import Database
from kiosk.services.catalog import Catalog, load_catalog
from kiosk.services.qr import QUIET_ZONE, exhibitor_codes, render_png, vcard_text


@pytest.fixture
def catalog(catalog_db: Database, settings: Settings) -> Catalog:
    return load_catalog(catalog_db.sessions, settings.content_dir)


def decode_png(data: bytes) -> str:
    results = decode(Image.open(io.BytesIO(data)))
    assert len(results) == 1
    return results[0].data.decode("utf-8")


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans", "pt", "en"])
def test_every_code_decodes_to_its_text(catalog: Catalog, lang: str) -> None:
    seen = 0
    for exhibitor in catalog.exhibitors:
        for code in exhibitor_codes(exhibitor, lang):
            assert decode_png(render_png(code.text)) == code.text
            seen += 1
    assert seen == 5  # 3 vCards (one exhibitor has no contact) + 2 websites


def test_vcard_round_trips_chinese_names(catalog: Catalog) -> None:
    text = decode_png(render_png(vcard_text(catalog.exhibitor("macau-tea"), "zh-Hant")))
    card = vobject.readOne(text)
    assert card.version.value == "3.0"
    assert card.fn.value == "陳大文"
    assert (card.n.value.family, card.n.value.given) == ("陳", "大文")
    assert card.org.value == ["澳門茗茶有限公司"]
    assert card.title.value == "銷售經理"
    assert card.tel.value == "+85366123456"
    assert card.email.value == "sales@example.mo"
    assert card.url.value == "https://tea.example.mo"
    assert "macautea" in card.note.value
    assert not hasattr(card, "photo")


def test_vcard_round_trips_portuguese_and_escapes(catalog: Catalog) -> None:
    card = vobject.readOne(vcard_text(catalog.exhibitor("sao-tome-cacau"), "pt"))
    assert card.fn.value == "João Conceição"
    assert (card.n.value.family, card.n.value.given) == ("Conceição", "João")
    assert card.org.value == ["São Tomé Cacau, Lda."]  # the comma survived escaping


def test_vcard_bytes_are_utf8_without_bom_and_crlf(catalog: Catalog) -> None:
    text = vcard_text(catalog.exhibitor("macau-tea"), "en")
    raw = text.encode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_no_contact_means_no_code(catalog: Catalog) -> None:
    assert exhibitor_codes(catalog.exhibitor("douro-wines"), "en") == []


def test_url_code_only_with_a_website(catalog: Catalog) -> None:
    kinds = {e.id: [c.kind for c in exhibitor_codes(e, "en")] for e in catalog.exhibitors}
    assert kinds["macau-tea"] == ["vcard", "url"]
    assert kinds["sao-tome-cacau"] == ["vcard"]


def test_modules_are_big_enough_and_quiet_zone_is_four(catalog: Catalog) -> None:
    code = exhibitor_codes(catalog.exhibitor("macau-tea"), "en")[0]
    image = Image.open(io.BytesIO(render_png(code.text, module_px=8))).convert("L")
    width, _ = image.size
    # the quiet zone is white for 4 modules = 32 px on every side
    pixels = image.load()
    border = QUIET_ZONE * 8
    assert all(pixels[x, y] == 255 for x in range(width) for y in range(border))
    assert all(pixels[x, y] == 255 for x in range(border) for y in range(width))
    # the top-left finder pattern starts right after the quiet zone and spans 7 modules
    assert pixels[border, border] == 0 and pixels[border + 7 * 8 - 1, border] == 0
    assert pixels[border + 7 * 8, border] == 255


def test_cli_writes_pngs(catalog_db: Database, settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "qr"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--data-dir",
            str(settings.data_dir),
            "qr",
            "--all",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "hengqin-law-url.png",
        "hengqin-law-vcard.png",
        "macau-tea-url.png",
        "macau-tea-vcard.png",
        "sao-tome-cacau-vcard.png",
    ]
    assert "BEGIN:VCARD" in decode_png((out / "macau-tea-vcard.png").read_bytes())
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--data-dir",
            str(settings.data_dir),
            "qr",
            "--exhibitor",
            "nope",
            "--out",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 1 and "no exhibitor with id 'nope'" in missing.stderr


def _with_contact(catalog: Catalog, **changes: object):
    from dataclasses import replace

    exhibitor = catalog.exhibitor("macau-tea")
    return replace(exhibitor, contact=replace(exhibitor.contact, **changes))


@pytest.mark.parametrize(
    ("family", "given", "person", "n", "fn"),
    [
        ({"en": "Vieira"}, {"en": "Marta"}, {}, ("Vieira", "Marta"), "Marta Vieira"),
        (
            {"en": "Vieira"},
            {"en": "Marta"},
            {"en": "Dr Marta Vieira"},
            ("Vieira", "Marta"),
            "Dr Marta Vieira",
        ),
        ({}, {}, {"en": "Marta Vieira"}, ("Vieira", "Marta"), "Marta Vieira"),
        ({}, {}, {"en": "歐陽娜娜"}, ("歐陽", "娜娜"), "歐陽娜娜"),
        ({}, {}, {"en": "Suharto"}, ("Suharto", ""), "Suharto"),
        ({"en": "陳"}, {"en": "大文"}, {}, ("陳", "大文"), "陳大文"),
    ],
)
def test_vcard_n_holds_family_and_given_apart(catalog, family, given, person, n, fn) -> None:
    exhibitor = _with_contact(catalog, family_name=family, given_name=given, person=person)
    card = vobject.readOne(decode_png(render_png(vcard_text(exhibitor, "en"))))
    assert (card.n.value.family, card.n.value.given) == n
    assert card.fn.value == fn


@pytest.mark.parametrize(
    "bad", ["F\rURL:https://evil.example", "F\nURL:x", "F\r\nURL:x", "a;b,c\\"]
)
def test_pack_text_never_adds_a_vcard_property(catalog: Catalog, bad: str) -> None:
    from dataclasses import replace

    exhibitor = replace(_with_contact(catalog, title={"en": bad}), booth_code=bad)
    card = vobject.readOne(vcard_text(exhibitor, "en"))
    assert not hasattr(card, "url") or card.url.value == "https://tea.example.mo"
    assert len(card.contents.get("url", [])) == 1
    assert card.title.value == bad.replace("\r\n", "\n").replace("\r", "\n")
