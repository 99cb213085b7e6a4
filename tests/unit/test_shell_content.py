"""What the attract loop, home and about screens take from the catalogue."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from kiosk.ui.shell_content import (
    DEFAULT_BRAND,
    ShellContent,
    attract_playlist,
    display_phone,
    event_dates,
    from_catalog,
    pick_highlights,
)


def exhibitor(id: str, pavilion: str = "food", *, logo: bool = True, summary: bool = True):
    return SimpleNamespace(
        id=id,
        name={"en": id.upper()},
        summary={"en": f"about {id}"} if summary else {},
        country="MO",
        pavilion_id=pavilion,
        logo=Path(f"/c/{id}.png") if logo else None,
        logo_thumb=None,
        booth_code=f"B-{id}",
    )


def test_highlights_prefer_a_logo_and_a_summary_and_alternate_pavilions() -> None:
    chosen = pick_highlights(
        [
            exhibitor("bare", logo=False, summary=False),
            exhibitor("f1"),
            exhibitor("f2"),
            exhibitor("nologo", logo=False),
            exhibitor("s1", "services"),
        ]
    )
    assert [h.id for h in chosen] == ["f1", "s1", "f2", "nologo", "bare"]
    assert chosen[0].logo == Path("/c/f1.png")


def test_highlights_carry_booth_and_pavilion_name() -> None:
    (first,) = pick_highlights([exhibitor("f1")], {"food": {"en": "Food"}})
    assert first.booth == "B-f1" and first.pavilion == {"en": "Food"}
    (alone,) = pick_highlights([exhibitor("f1", "unknown")])
    assert alone.pavilion == {}


def test_attract_playlist_alternates_pictures_and_featured_exhibitors() -> None:
    assert attract_playlist(2, 3) == [
        ("image", 0),
        ("highlight", 0),
        ("image", 1),
        ("highlight", 1),
        ("image", 0),
        ("highlight", 2),
    ]
    assert attract_playlist(3, 0) == [("image", 0), ("image", 1), ("image", 2)]
    assert attract_playlist(0, 2) == [("highlight", 0), ("highlight", 1)]
    assert attract_playlist(0, 0) == [("brand", -1)]


def test_highlights_are_capped() -> None:
    assert len(pick_highlights([exhibitor(f"e{i}") for i in range(40)], limit=12)) == 12


def test_event_dates_read_naturally_in_each_language() -> None:
    starts, ends = date(2023, 11, 5), date(2023, 11, 10)
    # CLDR's data decides the joint: Babel 2.19 writes "5 – 10" (thin spaces) in English and
    # "5日 – 10日" in Simplified Chinese where older data wrote "5–10" and "5日至10日".
    assert event_dates(starts, ends, "en").replace("\u2009", "") == "5–10 Nov 2023"
    for lang in ("zh-Hant", "zh-Hans"):
        text = event_dates(starts, ends, lang)
        assert text.startswith("2023年11月5日") and text.endswith("10日"), text
        assert text.count("2023") == 1 and text.count("11月") == 1, text
    assert "nov." in event_dates(starts, ends, "pt")
    assert event_dates(None, ends, "en") == ""


def test_phone_numbers_are_grouped_for_reading() -> None:
    assert display_phone("+85328710300") == "+853 2871 0300"
    assert display_phone("not a number") == "not a number"
    assert display_phone(None) == ""


def test_no_catalogue_means_the_default_brand_and_nothing_else() -> None:
    content = from_catalog(None)
    assert content == ShellContent()
    assert content.brand_name == DEFAULT_BRAND and content.exhibitor_count == 0


def test_from_catalog_takes_the_shells_slice() -> None:
    catalog = SimpleNamespace(
        brand=SimpleNamespace(name="", tagline={"en": "t"}, logo=None, attract=(Path("/a/1.jpg"),)),
        organizer=SimpleNamespace(
            name={"pt": "IPIM"}, email="a@b.mo", phone=None, website="https://x.mo"
        ),
        event_name={"en": "Expo"},
        venue=None,
        starts=date(2023, 11, 5),
        ends=date(2023, 11, 10),
        exhibitors=(exhibitor("a"), exhibitor("b")),
        pavilions=(
            SimpleNamespace(
                id="food",
                name={"en": "Food", "pt": "Área de Exposição de Produtos Alimentares"},
                short_name={"pt": "Alimentos", "en": ""},
            ),
        ),
    )
    content = from_catalog(catalog)
    assert content.brand_name == DEFAULT_BRAND
    assert content.attract == (Path("/a/1.jpg"),)
    assert content.organizer_name == {"pt": "IPIM"} and content.organizer_website == "https://x.mo"
    assert content.exhibitor_count == 2 and [h.id for h in content.highlights] == ["a", "b"]
    # The featured card shows the pavilion's short name where the pack gives one, by the
    # chips' rule: without a Chinese name, the short name's fallback, not the long name's.
    assert content.highlights[0].pavilion == {
        "en": "Food",
        "pt": "Alimentos",
        "zh-Hant": "Alimentos",
        "zh-Hans": "Alimentos",
    }
