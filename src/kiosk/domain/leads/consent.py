"""The consent policy of an event, read from the content pack's ``consent`` block.

The visitor sees the notice in full and one unticked box per purpose; ``required`` purposes must
be ticked before the form can be saved. Each answer is recorded with the policy ``version``.

A purpose that sends the visitor's data out of mainland China (to the organiser in Macao, say)
carries a ``cross_border`` notice: PIPL Art. 39 wants the person told the recipient's name and
contact, the purpose, the method, the categories of data and how to exercise their rights with
the recipient, and asked for that transfer separately. Visitors under ``minimum_age`` (PIPL
Art. 28/31: under-14s' data is sensitive and needs a guardian) are not asked for anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.errors import KioskError

LText = Mapping[str, str]

# PIPL Art. 39's items, in the order the form shows them.
CROSS_BORDER_ITEMS = ("recipient", "contact", "purpose", "method", "categories", "rights")
DEFAULT_MINIMUM_AGE = 14


@dataclass(frozen=True)
class Purpose:
    id: str
    required: bool
    text: LText
    cross_border: Mapping[str, LText] | None = None  # CROSS_BORDER_ITEMS, when data goes abroad


@dataclass(frozen=True)
class ConsentPolicy:
    version: str
    purposes: tuple[Purpose, ...]
    notice: LText
    controller: LText
    retention_days: int = 365
    minimum_age: int = DEFAULT_MINIMUM_AGE

    @property
    def cross_border_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.purposes if p.cross_border)

    @property
    def purpose_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.purposes)

    @property
    def required_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.purposes if p.required)

    @classmethod
    def from_block(cls, block: Mapping[str, Any] | None) -> ConsentPolicy:
        """The policy in a pack's ``consent`` block (already validated on import)."""
        if not isinstance(block, Mapping):
            raise KioskError("the event has no consent block: reload its content pack")
        purposes = tuple(
            Purpose(
                str(p["id"]),
                bool(p.get("required", False)),
                _ltext(p.get("text")),
                _cross_border(p.get("cross_border")),
            )
            for p in block.get("purposes") or ()
            if isinstance(p, Mapping) and p.get("id")
        )
        if not purposes:
            raise KioskError("the event's consent block lists no purposes: reload its content pack")
        return cls(
            version=str(block.get("version") or ""),
            purposes=purposes,
            notice=_ltext(block.get("notice")),
            controller=_ltext(block.get("controller")),
            retention_days=int(block.get("retention_days") or 365),
            minimum_age=int(block.get("minimum_age") or DEFAULT_MINIMUM_AGE),
        )


def _cross_border(value: Any) -> Mapping[str, LText] | None:
    if not isinstance(value, Mapping):
        return None
    return {key: _ltext(value.get(key)) for key in CROSS_BORDER_ITEMS}


def _ltext(value: Any) -> LText:
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return {}
