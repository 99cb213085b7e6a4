"""The consent policy of an event, read from the content pack's ``consent`` block.

The visitor sees the notice in full and one unticked box per purpose; ``required`` purposes must
be ticked before the form can be saved. Each answer is recorded with the policy ``version``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.errors import KioskError

LText = Mapping[str, str]


@dataclass(frozen=True)
class Purpose:
    id: str
    required: bool
    text: LText


@dataclass(frozen=True)
class ConsentPolicy:
    version: str
    purposes: tuple[Purpose, ...]
    notice: LText
    controller: LText
    retention_days: int = 365

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
            Purpose(str(p["id"]), bool(p.get("required", False)), _ltext(p.get("text")))
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
        )


def _ltext(value: Any) -> LText:
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return {}
