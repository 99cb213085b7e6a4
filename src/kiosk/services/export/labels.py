"""What the people reading an export see instead of ids: names in the staff's language.

Exhibitors, sectors, events and countries are names; an answer to an exhibitor's question is
the question's wording and the chosen answers' labels. Everything comes from the loaded content
(a lead keeps ids only); an id the content no longer has is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from kiosk.data.models import Event, Exhibitor, Sector
from kiosk.domain.countries import country_name
from kiosk.domain.leads.questions import CHOICE_SEPARATOR
from kiosk.domain.ltext import LText, localize


@dataclass(frozen=True)
class Labels:
    """Names for ids, in ``language`` (a visitor language tag)."""

    language: str = "en"
    exhibitors: Mapping[str, LText] = field(default_factory=dict)
    sectors: Mapping[str, LText] = field(default_factory=dict)
    events: Mapping[str, LText] = field(default_factory=dict)
    questions: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)

    def exhibitor(self, ref: str, lang: str | None = None) -> str:
        return localize(self.exhibitors.get(ref), lang or self.language) or ref

    def sector(self, ref: str) -> str:
        return localize(self.sectors.get(ref), self.language) or ref

    def event(self, ref: str, lang: str | None = None) -> str:
        return localize(self.events.get(ref), lang or self.language) or ref

    def country(self, code: str | None, lang: str | None = None) -> str:
        return country_name(code, lang or self.language) if code else ""

    def question_ids(self, exhibitor: str) -> list[str]:
        return [str(q["id"]) for q in self.questions.get(exhibitor, ())]

    def _question(self, exhibitor: str, question: str) -> Mapping[str, Any] | None:
        return next((q for q in self.questions.get(exhibitor, ()) if q["id"] == question), None)

    def question(self, exhibitor: str, question: str) -> str:
        found = self._question(exhibitor, question)
        return localize(found.get("text"), self.language) if found else question

    def answer(self, exhibitor: str, question: str, value: str) -> str:
        """A stored answer as read: the text typed, or the labels of the choices picked."""
        found = self._question(exhibitor, question)
        if not value or found is None or found.get("type") == "text":
            return value
        names = {c["id"]: localize(c.get("text"), self.language) for c in found.get("choices", ())}
        return "; ".join(names.get(v, v) for v in value.split(CHOICE_SEPARATOR) if v)


def load_labels(conn: Connection, language: str) -> Labels:
    """The loaded content's names (every event's), for an export in ``language``."""
    exhibitors, questions = {}, {}
    for slug, name, asked in conn.execute(
        select(Exhibitor.slug, Exhibitor.name, Exhibitor.questions)
    ):
        exhibitors[slug] = name
        if asked:
            questions[slug] = tuple(asked)
    sectors = {slug: name for slug, name in conn.execute(select(Sector.slug, Sector.name))}
    events = {ident: name for ident, name in conn.execute(select(Event.id, Event.name))}
    return Labels(language, exhibitors, sectors, events, questions)
