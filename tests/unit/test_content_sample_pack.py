"""The bundled sample pack: it follows the format, imports, and ``kiosk run`` loads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.cli.run_cmd import _ensure_content
from kiosk.config import Settings
from kiosk.content.validate import validate_pack
from kiosk.data.database import open_database
from kiosk.resources import sample_pack_dir
from kiosk.services.catalog import load_catalog


def test_the_bundled_sample_pack_validates() -> None:
    pack = validate_pack(sample_pack_dir())
    assert pack.event.id == "ciie-sample"
    assert len(pack.exhibitors) >= 40
    assert {p.id for p in pack.pavilions} == {"food", "services"}


def test_import_content_of_the_sample_pack_feeds_the_catalogue(
    settings: Settings, capsys: pytest.CaptureFixture
) -> None:
    code = main(["--data-dir", str(settings.data_dir), "import-content", str(sample_pack_dir())])
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith("imported event ciie-sample: ")
    database = open_database(settings)
    try:
        catalog = load_catalog(database.sessions, settings.content_dir)
    finally:
        database.dispose()
    assert catalog is not None and catalog.event_id == "ciie-sample"
    files: list[Path | None] = [catalog.brand.logo, *catalog.brand.attract]
    files += [p.map_image for p in catalog.pavilions]
    for exhibitor in catalog.exhibitors:
        files += [exhibitor.logo, exhibitor.logo_thumb]
        files += [p for product in exhibitor.products for p in (product.image, product.thumb)]
    present = [f for f in files if f is not None]
    assert len(present) > 100
    assert all(f.is_file() and f.is_relative_to(settings.content_dir) for f in present)


def test_kiosk_run_loads_the_sample_pack_into_an_empty_database(
    settings: Settings, capsys: pytest.CaptureFixture
) -> None:
    _ensure_content(settings)
    assert "sample content pack loaded: imported event ciie-sample" in capsys.readouterr().err
    _ensure_content(settings)  # already loaded: nothing to say, nothing imported
    assert capsys.readouterr().err == ""
