"""PIPL in the content pack and the staff figures: a purpose that sends data abroad must carry
every Art. 39 item in all four languages (a pack lacking one is refused, the item and language
named); ``minimum_age`` is checked; the people whose data went abroad this calendar year are
counted once each."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from factories import make_event, make_lead
from packs import valid_content, write_json
from sqlalchemy import update

from kiosk.content.problems import PackInvalid
from kiosk.content.validate import validate_pack
from kiosk.data.database import Database
from kiosk.data.models import Event
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.leads.consent import CROSS_BORDER_ITEMS, ConsentPolicy
from kiosk.resources import sample_pack_dir
from kiosk.services.cross_border import transfers_this_year

SAMPLE = json.loads((sample_pack_dir() / "content.json").read_text(encoding="utf-8"))
NOTICE = next(
    p["cross_border"] for p in SAMPLE["consent"]["purposes"] if p["id"] == "transfer-to-macao"
)


def with_transfer(content: dict[str, Any], notice: dict[str, Any] | None = None) -> int:
    """Give the pack's second purpose the sample's Art. 39 notice; returns its index."""
    content["consent"]["purposes"][1]["cross_border"] = copy.deepcopy(notice or NOTICE)
    return 1


def problems_of(folder: Path, content: dict[str, Any]) -> list[str]:
    write_json(folder, content)
    with pytest.raises(PackInvalid) as caught:
        validate_pack(folder)
    return [str(p) for p in caught.value.problems]


def test_the_sample_pack_tells_every_art39_item_in_four_languages() -> None:
    pack = validate_pack(sample_pack_dir())
    transfers = [p for p in pack.consent.purposes if p.cross_border]
    assert [p.id for p in transfers] == ["transfer-to-macao"]
    notice = transfers[0].cross_border
    assert tuple(notice) == CROSS_BORDER_ITEMS
    assert all(notice[item].get(lang.tag) for item in notice for lang in LANGUAGES)
    assert pack.consent.minimum_age == 14
    policy = ConsentPolicy.from_block(pack.consent.to_json())  # as stored on import
    assert policy.cross_border_ids == ("transfer-to-macao",)


def test_a_complete_notice_is_accepted(pack: Path) -> None:
    content = valid_content()
    index = with_transfer(content)
    write_json(pack, content)
    purpose = validate_pack(pack).consent.purposes[index]
    assert purpose.cross_border is not None
    assert purpose.cross_border["recipient"]["pt"].startswith("Gabinete")


@pytest.mark.parametrize("item", CROSS_BORDER_ITEMS)
def test_a_notice_lacking_an_item_is_refused_and_located(pack: Path, item: str) -> None:
    content = valid_content()
    index = with_transfer(content)
    del content["consent"]["purposes"][index]["cross_border"][item]
    assert problems_of(pack, content) == [
        f"consent.purposes[{index}].cross_border.{item}: is missing; this field is required"
    ]


@pytest.mark.parametrize("tag", [lang.tag for lang in LANGUAGES])
def test_a_notice_lacking_a_language_is_refused_and_located(pack: Path, tag: str) -> None:
    content = valid_content()
    index = with_transfer(content)
    del content["consent"]["purposes"][index]["cross_border"]["rights"][tag]
    [problem] = problems_of(pack, content)
    assert problem.startswith(f"consent.purposes[{index}].cross_border.rights.{tag}: is missing")
    assert "how to exercise one's rights with the recipient" in problem


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "0 is outside 1 to 21 years"),
        ("14", "expected a whole number of years"),
        (True, "expected a whole number of years"),
    ],
)
def test_minimum_age_is_checked(pack: Path, value: object, message: str) -> None:
    content = valid_content()
    content["consent"]["minimum_age"] = value
    [problem] = problems_of(pack, content)
    assert problem.startswith("consent.minimum_age: ") and message in problem


def test_people_transferred_this_calendar_year_are_counted_once(database: Database) -> None:
    make_event(database.sessions)  # purposes: share-with-exhibitors, transfer-to-macao, news
    now = datetime(2026, 11, 6, tzinfo=UTC)
    assert transfers_this_year(database.sessions, now=now).purposes == 0
    with database.sessions.begin() as session:
        event = session.get(Event, "ciie-2026")
        consent = copy.deepcopy(event.consent)
        consent["purposes"][1]["cross_border"] = NOTICE
        session.execute(update(Event).where(Event.id == event.id).values(consent=consent))
        this_year = datetime(2026, 11, 5, 3, tzinfo=UTC)
        make_lead(session, email="ana@example.com", at=this_year)
        make_lead(session, email="ANA@example.com ", at=this_year)  # the same person again
        make_lead(session, email="bo@example.com", phone=None, at=this_year)
        make_lead(
            session,
            email="no@example.com",
            at=this_year,
            consents={"share-with-exhibitors": True, "transfer-to-macao": False},
        )
        make_lead(session, email="old@example.com", at=datetime(2025, 11, 5, tzinfo=UTC))
    transfers = transfers_this_year(database.sessions, now=now)
    assert (transfers.year, transfers.people, transfers.purposes) == (2026, 2, 1)
    assert transfers.exempt_from_assessment
    assert (
        transfers_this_year(database.sessions, now=datetime(2025, 12, 31, tzinfo=UTC)).people == 1
    )
