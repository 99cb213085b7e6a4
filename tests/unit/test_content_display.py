"""What the content pack says about display: the visitors' default language, short names,
"You are here" positions, SVG brand marks; checked, imported, migrated and read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from packs import valid_content, write_json
from sqlalchemy import inspect, text

from kiosk.config import Settings, sqlite_url
from kiosk.content.importer import import_pack
from kiosk.content.problems import PackInvalid
from kiosk.content.svg import MAX_SVG_BYTES
from kiosk.content.validate import validate_pack
from kiosk.data import migrate, models
from kiosk.data.database import Database
from kiosk.data.engine import make_engine
from kiosk.domain.ltext import localize_short
from kiosk.errors import KioskError
from kiosk.services import kiosk_position
from kiosk.services.catalog import load_catalog

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80">'
    '<defs><linearGradient id="g"><stop offset="0" stop-color="#0F8B8D"/></linearGradient></defs>'
    '<rect width="300" height="80" fill="url(#g)"/><use href="#g"/></svg>'
)


def problems(
    folder: Path, change: Any = None, files: dict[str, str | bytes] | None = None
) -> list[str]:
    document = valid_content()
    if change is not None:
        change(document)
    write_json(folder, document)
    for rel, body in (files or {}).items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body.encode() if isinstance(body, str) else body)
    try:
        validate_pack(folder)
    except PackInvalid as exc:
        return [str(p) for p in exc.problems]
    return []


# -- default language ---------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["en", "pt", "zh-Hant", "zh-Hans"])
def test_each_kiosk_language_may_be_the_default(pack: Path, tag: str) -> None:
    def change(document: dict[str, Any]) -> None:
        document["event"]["default_language"] = tag

    assert problems(pack, change) == []
    assert validate_pack(pack).event.default_language == tag


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zh_Hans", '"zh_Hans" is not a language of the kiosk; did you mean "zh-Hans"?'),
        ("es", '"es" is not a language of the kiosk (one of en, pt, zh-Hant, zh-Hans)'),
        (5, "expected text, got a number (5)"),
    ],
)
def test_a_default_language_the_kiosk_does_not_speak_is_refused(
    pack: Path, value: Any, expected: str
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["event"]["default_language"] = value

    assert problems(pack, change) == [f"event.default_language: {expected}"]


def test_without_a_default_language_the_pack_says_none(pack: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        del document["event"]["default_language"]

    assert problems(pack, change) == []
    assert validate_pack(pack).event.default_language is None


# -- short names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where", [("pavilions", 0), ("sectors", 0), ("exhibitors", 0)], ids=lambda w: w[0]
)
def test_a_short_name_is_at_most_40_characters(pack: Path, where: tuple[str, int]) -> None:
    key, index = where

    def change(document: dict[str, Any]) -> None:
        document[key][index]["short_name"] = {"en": "x" * 40, "pt": "Pavilhão " + "ã" * 32}

    assert problems(pack, change) == [
        f"{key}[{index}].short_name.pt: is 41 characters long; at most 40 are allowed"
    ]


def test_short_names_are_read_in_every_language(pack: Path) -> None:
    result = validate_pack(pack)
    assert result.pavilions[0].short_name == {"en": "Food", "pt": "Alimentos"}
    assert result.pavilions[1].short_name is None
    assert result.sectors[0].short_name == {"en": "Food"}
    assert result.exhibitors[0].short_name == {"en": "Ex 0", "zh-Hant": "展商"}


def test_a_tile_shows_the_short_name_in_the_visitors_language_or_the_full_name() -> None:
    short = {"en": "Food Pavilion"}
    name = {"en": "Food and Agricultural Products Exhibition Area", "pt": "Área de Exposição"}
    assert localize_short(short, name, "en") == "Food Pavilion"
    assert localize_short(short, name, "pt") == "Área de Exposição", "never English over pt"
    assert localize_short(short, name, "zh-Hans") == "Food Pavilion"  # neither has it
    assert localize_short(None, name, "pt") == "Área de Exposição"


# -- positions -----------------------------------------------------------------------------------


def test_positions_are_read_as_fractions_of_the_map(pack: Path) -> None:
    (position,) = validate_pack(pack).pavilions[0].positions
    assert (position.id, position.x, position.y) == ("entrance", 0.5, 0.9)
    assert position.label == {"en": "Entrance", "zh-Hans": "入口"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda p: p.update(x=1.2),
            "pavilions[0].positions[0].x: 1.2 is outside 0 to 1 (a fraction of the map's size)",
        ),
        (
            lambda p: p.pop("label"),
            "pavilions[0].positions[0].label: is missing; this field is required",
        ),
        (
            lambda p: p.update(z=1),
            "pavilions[0].positions[0].z: unknown field (allowed: id, label, x, y)",
        ),
    ],
)
def test_a_position_off_the_map_or_incomplete_is_refused(
    pack: Path, change: Any, expected: str
) -> None:
    assert problems(pack, lambda d: change(d["pavilions"][0]["positions"][0])) == [expected]


def test_position_ids_are_unique_on_a_map_and_need_a_map(pack: Path) -> None:
    def change(document: dict[str, Any]) -> None:
        food, services = document["pavilions"]
        food["positions"].append(dict(food["positions"][0]))
        services["positions"] = [{"id": "door", "label": "Door", "x": 0.1, "y": 0.1}]

    assert problems(pack, change) == [
        'pavilions[0].positions[1].id: "entrance" is already the id of pavilions[0].positions[0]',
        "pavilions[1].positions: a pavilion without a map has no positions on it",
    ]


# -- SVG -----------------------------------------------------------------------------------------


def use_svg_logo(document: dict[str, Any]) -> None:
    document["brand"]["logo"] = "images/brand/mark.svg"


def test_an_svg_brand_logo_is_accepted_with_its_size(pack: Path) -> None:
    assert problems(pack, use_svg_logo, {"images/brand/mark.svg": SVG}) == []
    logo = validate_pack(pack).brand.logo
    assert (logo.format, logo.width, logo.height) == ("SVG", 300, 80)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (SVG.replace("<rect", "<script>alert(1)</script><rect"), "holding <script>"),
        (SVG.replace("<rect", '<rect onclick="x()"'), "event handler (onclick)"),
        (SVG.replace('href="#g"', 'href="http://example.org/a.svg"'), "refers to another file"),
        (SVG.replace('fill="url(#g)"', 'fill="url(file:///etc/passwd)"'), "refers to another file"),
        (
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG,
            "a DTD or entities",
        ),
        (SVG.replace('<svg xmlns="http://www.w3.org/2000/svg"', "<svg"), "not an SVG image"),
        (SVG.replace(' viewBox="0 0 300 80"', ""), "without a size"),
        ("<svg xmlns=", "not a well-formed SVG"),
        (SVG + " " * MAX_SVG_BYTES, "it may be at most 1 MB"),
    ],
    ids=["script", "handler", "href", "url", "entity", "namespace", "size", "broken", "big"],
)
def test_an_unsafe_or_broken_svg_is_refused(pack: Path, body: str, expected: str) -> None:
    (problem,) = problems(pack, use_svg_logo, {"images/brand/mark.svg": body})
    assert problem.startswith('brand.logo: "images/brand/mark.svg" ')
    assert expected in problem


@pytest.mark.parametrize("field", ["map", "logo"])
def test_svg_is_for_the_brand_logo_only(pack: Path, field: str) -> None:
    def change(document: dict[str, Any]) -> None:
        target = document["pavilions"][0] if field == "map" else document["exhibitors"][0]
        target[field] = "images/mark.svg"

    where = "pavilions[0].map" if field == "map" else "exhibitors[0].logo"
    assert problems(pack, change, {"images/mark.svg": SVG}) == [
        f'{where}: "images/mark.svg" is an SVG image; SVG is taken for the brand logo only, '
        "use PNG, JPEG or WebP here"
    ]


# -- import and read back ------------------------------------------------------------------------


def test_the_import_keeps_all_of_it_and_the_catalogue_shows_it(
    database: Database, settings: Settings, pack: Path
) -> None:
    problems(pack, use_svg_logo, {"images/brand/mark.svg": SVG})
    report = import_pack(database.sessions, pack, settings.content_dir)
    catalog = load_catalog(database.sessions, settings.content_dir)
    assert catalog is not None
    assert catalog.default_language == "zh-Hans"
    food = catalog.pavilion("food")
    assert food is not None and food.short_name == {"en": "Food", "pt": "Alimentos"}
    entrance = food.position("entrance")
    assert entrance is not None and (entrance.x, entrance.y) == (0.5, 0.9)
    assert catalog.sector("food-beverage").short_name == {"en": "Food"}
    assert catalog.exhibitors[0].short_name == {"en": "Ex 0", "zh-Hant": "展商"}
    logo = catalog.brand.logo
    assert logo is not None and logo.read_text(encoding="utf-8") == SVG, "kept as it is"
    assert logo.is_relative_to(report.folder)
    assert catalog.brand.logo_aspect == pytest.approx(300 / 80)


def test_migration_0005_adds_the_columns_and_keeps_older_rows(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "kiosk.db"))
    migrate.upgrade(engine, "0004_crmleads")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO events (id, name, starts, ends, timezone, consent, content_sha256,"
                " source_path, imported_at) VALUES ('e', '{\"en\": \"E\"}', '2026-11-05',"
                " '2026-11-10', 'Asia/Shanghai', '{}', 'x', 'p', '2026-11-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pavilions (event_id, slug, name, position) VALUES ('e', 'p', '{}', 0)"
            )
        )
    migrate.upgrade(engine)
    columns = {
        t: {c["name"] for c in inspect(engine).get_columns(t)}
        for t in ("events", "pavilions", "sectors", "exhibitors")
    }
    assert "default_language" in columns["events"]
    assert {"short_name", "positions"} <= columns["pavilions"]
    assert "short_name" in columns["sectors"] and "short_name" in columns["exhibitors"]
    with engine.connect() as conn:
        row = conn.execute(text("SELECT short_name, positions FROM pavilions")).one()
        assert tuple(row) == (None, None)
        assert conn.execute(text("SELECT default_language FROM events")).scalar() is None

    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004_crmleads")
    assert "short_name" not in {c["name"] for c in inspect(engine).get_columns("pavilions")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT slug FROM pavilions")).scalar() == "p", "rows kept"
    engine.dispose()


# -- the kiosk's own position ---------------------------------------------------------------------


def test_staff_choose_a_position_of_the_loaded_maps(
    database: Database, settings: Settings, pack: Path
) -> None:
    import_pack(database.sessions, pack, settings.content_dir)
    assert kiosk_position.stored(database.sessions) is None
    with pytest.raises(
        KioskError, match=r'"food/door" is not a position on the maps \(known: food/entrance\)'
    ):
        kiosk_position.choose(database.sessions, "food/door", actor="staff")
    with pytest.raises(KioskError, match="write it as PAVILION/POSITION"):
        kiosk_position.choose(database.sessions, "entrance", actor="staff")
    chosen = kiosk_position.choose(database.sessions, "food/entrance", actor="staff")
    assert chosen == kiosk_position.stored(database.sessions)
    assert chosen is not None and chosen.key == "food/entrance"
    assert kiosk_position.choose(database.sessions, "", actor="staff") is None
    assert kiosk_position.stored(database.sessions) is None
    with database.sessions() as session:
        audits = session.query(models.AuditEntry).filter_by(action="settings.position").all()
        assert [a.detail for a in audits] == [{"position": "food/entrance"}, {"position": None}]


def test_kiosk_position_command_lists_chooses_and_clears(
    database: Database, settings: Settings, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli import main

    import_pack(database.sessions, pack, settings.content_dir)

    def kiosk(*argv: str) -> str:
        assert main(["--data-dir", str(settings.data_dir), "position", *argv]) == 0
        return capsys.readouterr().out

    assert kiosk() == "position: none\n  food/entrance  Entrance\n"
    assert kiosk("food/entrance") == "position: food/entrance\n"
    assert kiosk_position.stored(database.sessions) == kiosk_position.KioskPosition(
        "food", "entrance"
    )
    assert main(["--data-dir", str(settings.data_dir), "position", "food/door"]) != 0
    assert '"food/door" is not a position on the maps' in capsys.readouterr().err
    assert kiosk("--clear") == "position: none (no marker)\n"
    assert kiosk_position.stored(database.sessions) is None
