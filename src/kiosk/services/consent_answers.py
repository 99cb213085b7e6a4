"""Which consent answer is in force: the latest for each lead and purpose.

A visitor may answer a purpose again on a later visit (or withdraw); the latest answer wins,
and if two answers carry the same instant a refusal wins. The SQL form (for counts and
filters) and the Python form (for rows already loaded) must agree; tests check both.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, and_, exists, false, or_, true
from sqlalchemy.orm import aliased

from kiosk.data.models import Lead, LeadConsent

SHARE_WITH_EXHIBITORS = "share-with-exhibitors"


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


def shares_with_exhibitors() -> ColumnElement[bool]:
    """SQL: the lead's answer in force to ``share-with-exhibitors`` is yes."""
    answer = aliased(LeadConsent)
    return exists().where(
        answer.lead_id == Lead.id,
        answer.purpose == SHARE_WITH_EXHIBITORS,
        answer.granted.is_(true()),
        in_force(answer),
    )
