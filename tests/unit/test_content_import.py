"""import_pack: one transaction, bounded image copies, re-import replaces, failures change nothing,
leads are never touched."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from packs import valid_content, write_json, write_pack
from PIL import Image
from sqlalchemy import select, text

from kiosk.config import Settings
from kiosk.content import images
from kiosk.content.importer import import_pack, load_pack
from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack
from kiosk.data import models
from kiosk.data.database import Database
from kiosk.data.settings_repo import ACTIVE_EVENT, get_setting
from kiosk.errors import KioskError

CONTENT_TABLES = (
    "events",
    "pavilions",
    "sectors",
    "exhibitors",
    "exhibitor_sectors",
    "products",
    "contacts",
)


def snapshot(database: Database, content_dir: Path) -> dict[str, Any]:
    """Every content row, the active event and every file (by hash) under the content folder."""
    with database.engine.connect() as conn:
        rows = {
            t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}")))) for t in CONTENT_TABLES
        }
    with database.sessions() as session:
        rows["active"] = get_setting(session, ACTIVE_EVENT)
    rows["files"] = {
        str(p.relative_to(content_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(content_dir.rglob("*"))
        if p.is_file()
    }
    return rows


def test_import_loads_rows_files_and_makes_the_event_active(
    database: Database, settings: Settings, pack: Path
) -> None:
    report = import_pack(database.sessions, pack, settings.content_dir)
    assert (report.event_id, report.exhibitors, report.products, report.contacts) == (
        "ciie-2023",
        3,
        3,
        3,
    )
    assert report.folder.parent == settings.content_dir / "ciie-2023"
    assert report.seconds > 0
    with database.sessions() as session:
        assert get_setting(session, ACTIVE_EVENT) == "ciie-2023"
        event = session.get(models.Event, "ciie-2023")
        assert event is not None
        assert event.organizer == {
            "name": {
                "en": "Macao Trade and Investment Promotion Institute",
                "zh-Hant": "澳門貿易投資促進局",
            },
            "email": "privacy@example.org",
            "phone": "+85328710300",
            "website": "https://www.example.org",
        }
        assert event.consent["retention_days"] == 365
        assert event.consent["purposes"][1] == {
            "id": "organiser-news",
            "required": False,
            "text": {"en": "Send me news."},
        }
        assert (
            event.content_sha256 == hashlib.sha256((pack / "content.json").read_bytes()).hexdigest()
        )
        brand = event.brand or {}
        assert brand["name"] == "MICE² Macao x Hengqin"
        stored = [brand["logo"], *brand["attract"]]
        food = event.pavilions[0]
        assert (food.slug, food.map_width, food.map_height) == ("food", 100, 50)
        assert event.pavilions[1].map_path is None
        first = event.exhibitors[0]
        assert first.contact is not None and first.contact.phone == "+85366123456"
        assert [s.slug for s in first.sectors] == ["food-beverage"]
        assert first.products[0].origin == "PT"
        stored += [
            food.map_path,
            first.logo_path,
            first.logo_thumb_path,
            first.products[0].thumb_path,
        ]
        assert event.exhibitors[2].logo_path is None
        audit = session.scalars(select(models.AuditEntry)).one()
        assert (audit.actor, audit.action) == ("cli", "content.import")
        assert audit.detail is not None and audit.detail["exhibitors"] == 3
    for rel in stored:
        assert rel.startswith(f"ciie-2023/{report.folder.name}/") and "\\" not in rel
        assert (settings.content_dir / rel).is_file()


def test_big_images_are_stored_bounded(database: Database, settings: Settings, pack: Path) -> None:
    Image.effect_noise((3000, 1500), 50).convert("RGB").save(pack / "images/products/porto.jpg")
    Image.new("RGB", (1000, 2000), "white").save(pack / "images/exhibitors/exhibitor-0000.png")
    import_pack(database.sessions, pack, settings.content_dir)
    with database.sessions() as session:
        first = session.scalars(
            select(models.Exhibitor).where(models.Exhibitor.slug == "exhibitor-0000")
        ).one()
        sizes = {
            "logo": first.logo_path,
            "thumb": first.logo_thumb_path,
            "product": first.products[0].image_path,
            "product thumb": first.products[0].thumb_path,
        }
    opened = {k: Image.open(settings.content_dir / v).size for k, v in sizes.items()}
    assert opened == {
        "logo": (512, 1024),
        "thumb": (128, 256),
        "product": (1600, 800),
        "product thumb": (480, 240),
    }
    assert max(images.LOGO_BOX) == 1024


def add_lead(database: Database) -> None:
    with database.sessions.begin() as session:
        lead = models.Lead(
            event_id="ciie-2023", kiosk_id="k1", name="Ana", email="ana@example.pt", language="pt"
        )
        lead.exhibitors.append(models.LeadExhibitor(exhibitor_ref="exhibitor-0001"))
        session.add(lead)


def leads(database: Database) -> list[tuple[Any, ...]]:
    with database.engine.connect() as conn:
        return [
            *map(tuple, conn.execute(text("SELECT * FROM leads"))),
            *map(tuple, conn.execute(text("SELECT * FROM lead_exhibitors"))),
        ]


def test_reimport_replaces_the_event_and_leaves_leads_alone(
    database: Database, settings: Settings, pack: Path
) -> None:
    first = import_pack(database.sessions, pack, settings.content_dir)
    add_lead(database)
    before = leads(database)
    content = valid_content(2)
    content["exhibitors"][0]["name"] = {"en": "Renamed"}
    write_json(pack, content)
    second = import_pack(database.sessions, pack, settings.content_dir)
    assert second.exhibitors == 2
    assert not first.folder.exists() and second.folder.is_dir()
    assert [p.name for p in (settings.content_dir / "ciie-2023").iterdir()] == [second.folder.name]
    with database.sessions() as session:
        names = session.scalars(
            select(models.Exhibitor.name).order_by(models.Exhibitor.position)
        ).all()
        assert names == [{"en": "Renamed"}, {"zh-Hant": "澳門公司 1", "en": "Macau Company 1"}]
        assert session.scalar(select(text("count(*)")).select_from(models.Product.__table__)) == 2
        assert len(session.scalars(select(models.AuditEntry)).all()) == 2
    assert leads(database) == before


def test_another_event_becomes_active_and_the_first_is_kept(
    database: Database, settings: Settings, pack: Path
) -> None:
    import_pack(database.sessions, pack, settings.content_dir)
    content = valid_content(1)
    content["event"]["id"] = "ciie-2024"
    write_json(pack, content)
    import_pack(database.sessions, pack, settings.content_dir)
    with database.sessions() as session:
        assert get_setting(session, ACTIVE_EVENT) == "ciie-2024"
        assert session.get(models.Event, "ciie-2023") is not None
    assert (settings.content_dir / "ciie-2023").is_dir()


def test_a_failed_import_leaves_previous_content_and_files_untouched(
    database: Database, settings: Settings, pack: Path, tmp_path: Path
) -> None:
    import_pack(database.sessions, pack, settings.content_dir)
    add_lead(database)
    before = snapshot(database, settings.content_dir)
    content = valid_content(5)
    content["exhibitors"][4]["contact"]["email"] = "bob@"
    bad = write_pack(tmp_path / "bad", content)
    with pytest.raises(PackInvalid):
        import_pack(database.sessions, bad, settings.content_dir)
    assert snapshot(database, settings.content_dir) == before


def test_a_database_failure_removes_the_new_folder_and_keeps_the_old(
    database: Database, settings: Settings, pack: Path
) -> None:
    import_pack(database.sessions, pack, settings.content_dir)
    before = snapshot(database, settings.content_dir)
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER no_products BEFORE INSERT ON products "
                "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
            )
        )
    with pytest.raises(KioskError, match=r"disk on fire.*nothing changed"):
        import_pack(database.sessions, pack, settings.content_dir)
    assert snapshot(database, settings.content_dir) == before


def test_an_image_damaged_after_validation_stops_the_import_cleanly(
    database: Database, settings: Settings, pack: Path
) -> None:
    checked = validate_pack(pack)
    (pack / "images/maps/food.png").write_bytes(b"gone bad")
    with pytest.raises(PackInvalid) as caught:
        load_pack(database.sessions, checked, settings.content_dir)
    assert str(caught.value.problems[0]).startswith("images/maps/food.png: cannot be converted")
    assert not any(settings.content_dir.rglob("*.png"))
    with database.sessions() as session:
        assert get_setting(session, ACTIVE_EVENT) is None


def test_many_images_are_made_in_parallel(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    content = valid_content(40)
    pictures = {}
    for index, item in enumerate(content["exhibitors"]):
        item["logo"] = f"images/many/{index}.png"
        pictures[item["logo"]] = (300 + index, 100, "PNG")  # each needs a 256 px thumbnail
    pack = write_pack(tmp_path / "many", content, images=pictures)
    import_pack(database.sessions, pack, settings.content_dir)
    with database.sessions() as session:
        thumbs = session.scalars(select(models.Exhibitor.logo_thumb_path)).all()
    assert len(set(thumbs)) == 40
    for rel in thumbs:
        with Image.open(settings.content_dir / rel) as im:
            assert im.width == 256
