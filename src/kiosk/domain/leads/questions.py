"""Exhibitors' qualifying questions and a visitor's answers to them.

An exhibitor asks 0 to 3 questions (content pack ``exhibitors[].questions``): one choice,
several choices or a short text, optional or required. Their wording lives in the pack; here
only what checking an answer needs: the question's id, kind, choice ids and whether it is
required. An answer is stored as its text, or its choice ids joined by ``,`` (ids never hold a
comma).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

KINDS = ("single", "multiple", "text")
MAX_QUESTIONS = 3
MAX_CHOICES = 12
ANSWER_TEXT_MAX = 200
CHOICE_SEPARATOR = ","


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # one of KINDS
    required: bool = False
    choices: tuple[str, ...] = ()  # choice ids, in the pack's order


@dataclass(frozen=True)
class Answer:
    exhibitor: str
    question: str
    value: str  # the text typed, or the choice ids joined by CHOICE_SEPARATOR

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(v for v in self.value.split(CHOICE_SEPARATOR) if v)


def questions_from_json(raw: Iterable[Mapping[str, Any]] | None) -> tuple[Question, ...]:
    """The checking view of questions as the database keeps them (the pack's JSON shape)."""
    return tuple(
        Question(
            id=str(q["id"]),
            kind=str(q.get("type", "text")),
            required=bool(q.get("required", False)),
            choices=tuple(str(c["id"]) for c in q.get("choices") or ()),
        )
        for q in raw or ()
    )
