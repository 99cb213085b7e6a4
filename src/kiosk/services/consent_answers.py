"""Which consent answer is in force: the latest for each lead and purpose.

A visitor may answer a purpose again on a later visit (or withdraw); the latest answer wins,
and if two answers carry the same instant a refusal wins. The SQL form (for counts and
filters) and the Python form (for rows already loaded) must agree; tests check both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, and_, exists, false, or_, true
from sqlalchemy.orm import aliased

from kiosk.content.schema import SHARE_WITH_EXHIBITORS
from kiosk.data.models import Lead, LeadConsent


def sharing_purpose(consent: Mapping[str, Any]) -> str:
    """The id of the purpose whose yes lets exhibitors receive a lead, from an event's stored
    consent block: the purpose with the role ``share-with-exhibitors``, or (a pack without
    roles) the purpose of that id."""
    for purpose in consent.get("purposes") or ():
        if isinstance(purpose, Mapping) and purpose.get("role") == SHARE_WITH_EXHIBITORS:
            return str(purpose.get("id"))
    return SHARE_WITH_EXHIBITORS


# (event id, its sharing purpose) for the events whose pack names another purpose than the
# default id; every other event (and a lead whose event is no longer loaded) uses the default.
Sharing = tuple[tuple[str, str], ...]


def sharing_by_event(consents: Mapping[str, Mapping[str, Any]]) -> Sharing:
    """``Sharing`` from each loaded event's stored consent block, by event id."""
    pairs = ((event_id, sharing_purpose(consent)) for event_id, consent in consents.items())
    return tuple(sorted((e, p) for e, p in pairs if p != SHARE_WITH_EXHIBITORS))


def is_sharing(event_id: Any, purpose: Any, sharing: Sharing = ()) -> ColumnElement[bool]:
    """SQL: ``purpose`` (a column) is the sharing purpose of the lead's event (``event_id``)."""
    default = purpose == SHARE_WITH_EXHIBITORS
    if not sharing:
        return default
    return or_(
        and_(event_id.notin_([e for e, _ in sharing]), default),
        *(and_(event_id == e, purpose == p) for e, p in sharing),
    )


class Answer(Protocol):
    @property
    def purpose(self) -> str: ...
    @property
    def granted(self) -> bool: ...
    @property
    def at(self) -> datetime: ...


A = TypeVar("A", bound=Answer)


def latest_answers(answers: Iterable[A]) -> dict[str, A]:
    """The answer in force per purpose."""
    ordered = sorted(answers, key=lambda a: (a.at, not a.granted))
    return {answer.purpose: answer for answer in ordered}


def replaces(later: Any, answer: Any) -> ColumnElement[bool]:
    """SQL: ``later`` takes precedence over ``answer`` (both answers to one purpose, as ORM
    aliases or table columns ``.c``): it is newer, or as new and a refusal."""
    return or_(
        later.at > answer.at,
        and_(later.at == answer.at, later.granted.is_(false()), answer.granted.is_(true())),
    )


def in_force(answer: Any) -> ColumnElement[bool]:
    """SQL: ``answer`` (an alias of LeadConsent) is the one in force for its lead and purpose."""
    later = aliased(LeadConsent)
    return ~exists().where(
        later.lead_id == answer.lead_id,
        later.purpose == answer.purpose,
        replaces(later, answer),
    )


def shares_with_exhibitors(sharing: Sharing = ()) -> ColumnElement[bool]:
    """SQL: the lead's answer in force to its event's sharing purpose is yes."""
    answer = aliased(LeadConsent)
    return exists().where(
        answer.lead_id == Lead.id,
        is_sharing(Lead.event_id, answer.purpose, sharing),
        answer.granted.is_(true()),
        in_force(answer),
    )
