"""Content packs from untrusted sticks: files that are no files, ids with a trailing newline,
16-bit images, control and bidi characters in one-line fields, the sharing purpose's role."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from factories import make_event, make_lead
from packs import valid_content, write_json
from PIL import Image
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack
from kiosk.data.database import Database
from kiosk.data.models import Event
from kiosk.domain.ids import is_identifier
from kiosk.domain.leads import validation as lead_validation
from kiosk.services.content_packs import import_pack
from kiosk.services.export import ExportRequest, export_leads

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def problems(pack: Path) -> list[str]:
    with pytest.raises(PackInvalid) as caught:
        validate_pack(pack)
    return [str(p) for p in caught.value.problems]


def run_kiosk(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    """A real process: a FIFO would block it, and the timeout then fails the test."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


# --------------------------------------------------------------------------- files


@posix_only
@pytest.mark.parametrize("command", ["validate-content", "import-content"])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_content_json_that_is_no_file_is_refused_at_once(
    pack: Path, tmp_path: Path, command: str, kind: str
) -> None:
    content = pack / "content.json"
    content.unlink()
    if kind == "fifo":
        os.mkfifo(content)
        expected = "content.json: is a named pipe (FIFO), not a file"
    else:
        content.symlink_to("/dev/zero")
        expected = "content.json: is a device, not a file"
    result = run_kiosk(command, str(pack), data=tmp_path / "data")
    assert result.returncode == 2
    assert expected in result.stderr


@posix_only
def test_content_json_named_directly_as_a_fifo_is_refused(pack: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "other.json"
    os.mkfifo(fifo)
    result = run_kiosk("validate-content", str(fifo), data=tmp_path / "data")
    assert result.returncode == 2 and "is a named pipe (FIFO), not a file" in result.stderr


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_an_image_that_is_no_file_is_a_located_problem(pack: Path, kind: str) -> None:
    logo = pack / "images/exhibitors/exhibitor-0000.png"
    logo.unlink()
    if kind == "fifo":
        os.mkfifo(logo)
        expected = "is a named pipe (FIFO), not an image file"
    else:
        logo.symlink_to("/dev/zero")
        expected = "leaves the pack folder"
    (found,) = problems(pack)
    assert found.startswith('exhibitors[0].logo: "images/exhibitors/exhibitor-0000.png"')
    assert expected in found


def test_content_json_over_its_cap_is_refused_before_reading(pack: Path) -> None:
    with open(pack / "content.json", "ab") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert problems(pack) == ["content.json: is 21 MB; it may be at most 20 MB"]


# --------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("where", "path"),
    [
        ("event.id", ("event", "id")),
        ("pavilions[0].id", ("pavilions", 0, "id")),
        ("sectors[1].id", ("sectors", 1, "id")),
        ("exhibitors[2].id", ("exhibitors", 2, "id")),
        ("consent.purposes[1].id", ("consent", "purposes", 1, "id")),
    ],
)
def test_an_id_with_a_trailing_newline_is_refused(
    pack: Path, where: str, path: tuple[Any, ...]
) -> None:
    content = valid_content(3)
    node: Any = content
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] += "\n"
    write_json(pack, content)
    assert [p for p in problems(pack) if p.startswith(f"{where}: ")]


@pytest.mark.parametrize("value", ["tea\n", "tea\r", "Tea", "-tea", "", "a" * 65, "tea co"])
def test_the_one_id_rule_matches_whole_values(value: str) -> None:
    assert not is_identifier(value)
    assert is_identifier("macau-tea.co_1")


def test_a_language_tag_with_a_trailing_newline_is_refused(pack: Path) -> None:
    content = valid_content(3)
    content["exhibitors"][0]["name"] = {"en\n": "Macau Tea"}
    write_json(pack, content)
    found = problems(pack)
    assert any(p.startswith("exhibitors[0].name.en") and "not a language tag" in p for p in found)


def test_lead_validation_uses_the_same_id_rule() -> None:
    assert lead_validation.is_identifier is is_identifier


# --------------------------------------------------------------------------- 16-bit images


def sixteen_bit_png(width: int, height: int) -> bytes:
    image = Image.new("I;16", (width, height))
    image.putdata([(i * 97) % 65536 for i in range(width * height)])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("size", [(64, 48), (3000, 200)])
def test_a_16_bit_grey_png_that_validates_also_imports(
    pack: Path, settings: Settings, database: Database, size: tuple[int, int]
) -> None:
    (pack / "images/grey.png").write_bytes(sixteen_bit_png(*size))
    with Image.open(pack / "images/grey.png") as made:
        assert made.mode.startswith("I")  # really 16 bits per pixel
    content = valid_content(3)
    content["exhibitors"][1]["logo"] = "images/grey.png"
    write_json(pack, content)
    validate_pack(pack)
    report = import_pack(database.sessions, pack, settings.content_dir, actor="test")
    copies = sorted(report.folder.rglob("grey.png*"))
    assert len(copies) == 2  # the logo and its thumbnail
    for copy in copies:
        with Image.open(copy) as shown:
            assert shown.mode == "L" and max(shown.size) <= 1024
            low, high = shown.getextrema()
            assert high > low  # scaled, not clipped to one grey


# --------------------------------------------------------------------------- characters

ONE_LINE_FIELDS = [
    ("exhibitors[0].booth.code", ("exhibitors", 0, "booth", "code"), "F\rURL:https://evil.example"),
    ("exhibitors[0].name.en", ("exhibitors", 0, "name", "en"), "Macau\nTea"),
    ("exhibitors[0].contact.person.en", ("exhibitors", 0, "contact", "person", "en"), "Chan\u202e"),
    ("exhibitors[0].contact.title.en", ("exhibitors", 0, "contact", "title", "en"), "\u2066Boss"),
    ("exhibitors[0].contact.wechat", ("exhibitors", 0, "contact", "wechat"), "tea\x00"),
    ("brand.name", ("brand", "name"), "MICE\x1b[31m"),
    ("event.name.en", ("event", "name", "en"), "Expo\u2028Two"),
    ("pavilions[0].name.en", ("pavilions", 0, "name", "en"), "Food\x85"),
]


def with_value(path: tuple[Any, ...], value: str) -> dict[str, Any]:
    content = valid_content(3)
    content.setdefault("brand", {"name": "MICE² Macao x Hengqin"})
    node: Any = content
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return content


@pytest.mark.parametrize(("where", "path", "value"), ONE_LINE_FIELDS)
def test_control_and_bidi_characters_in_one_line_fields_are_refused(
    pack: Path, where: str, path: tuple[Any, ...], value: str
) -> None:
    write_json(pack, with_value(path, value))
    found = problems(pack)
    assert len(found) == 1, found
    assert found[0].startswith(f"{where}: contains a ")
    bad = next(c for c in value if c not in "FURLhtps:/evil.exampleMacauTeaChnBossMICE[31mxpTwood")
    assert f"(U+{ord(bad):04X})" in found[0]


def test_paragraph_fields_keep_line_breaks_but_not_bidi_overrides(pack: Path) -> None:
    write_json(pack, with_value(("exhibitors", 0, "description"), "One.\r\nTwo.\n\tThree."))
    validate_pack(pack)
    write_json(pack, with_value(("exhibitors", 0, "description"), "Safe \u202etxt.exe"))
    (found,) = problems(pack)
    assert found.startswith("exhibitors[0].description: contains a bidirectional control")


# --------------------------------------------------------------------------- sharing role


def purposes_with_roles(*roles: str | None) -> list[dict[str, Any]]:
    return [
        {
            "id": f"purpose-{i}",
            "required": False,
            "text": {"en": "text"},
            **({"role": r} if r else {}),
        }
        for i, r in enumerate(roles)
    ]


def test_a_pack_declares_which_purpose_shares_with_exhibitors(
    pack: Path, settings: Settings, database: Database
) -> None:
    content = valid_content(3)
    content["consent"]["purposes"] = purposes_with_roles(None, "share-with-exhibitors")
    write_json(pack, content)
    import_pack(database.sessions, pack, settings.content_dir, actor="test")
    with database.sessions() as session:
        stored = session.scalars(select(Event)).one().consent
    assert [p.get("role") for p in stored["purposes"]] == [None, "share-with-exhibitors"]


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (
            ("share-with-exhibitors", "share-with-exhibitors"),
            'consent.purposes[1].role: "share-with-exhibitors" is already the role of '
            "consent.purposes[0]; one purpose per role",
        ),
        (
            ("share-with-exhibitor",),
            'consent.purposes[0].role: "share-with-exhibitor" is not a purpose role; '
            'did you mean "share-with-exhibitors"?',
        ),
    ],
)
def test_purpose_roles_are_checked(pack: Path, roles: tuple[str, ...], expected: str) -> None:
    content = valid_content(3)
    content["consent"]["purposes"] = purposes_with_roles(*roles)
    write_json(pack, content)
    assert problems(pack) == [expected]


def exhibitor_file_names(database: Database, dest: Path) -> list[str]:
    dest.mkdir()
    result = export_leads(
        database.sessions,
        ExportRequest(dest, formats=("csv",), exhibitor="macau-tea-co", internal=True),
    )
    (name,) = [f.name for f in result.files if f.exhibitor == "macau-tea-co"]
    with open(result.folder / name, encoding="utf-8-sig") as handle:
        return sorted(row["Name"] for row in csv.DictReader(handle))


@pytest.mark.parametrize("declared", [True, False])
def test_the_exhibitor_file_follows_the_declared_sharing_purpose(
    database: Database, tmp_path: Path, declared: bool
) -> None:
    make_event(database.sessions)
    with database.sessions.begin() as session:
        event = session.scalars(select(Event)).one()
        consent = dict(event.consent)
        consent["purposes"] = [
            *consent["purposes"],
            {"id": "share-data", "required": False, "text": {"en": "share"}},
        ]
        if declared:
            consent["purposes"][-1]["role"] = "share-with-exhibitors"
        event.consent = consent
    with database.sessions.begin() as session:
        make_lead(
            session, name="new", consents={"share-data": True, "share-with-exhibitors": False}
        )
        make_lead(
            session, name="old", consents={"share-data": False, "share-with-exhibitors": True}
        )
    names = exhibitor_file_names(database, tmp_path / "usb")
    assert names == (["new"] if declared else ["old"])
