"""Checking a lead form: per-field errors as codes (for the UI to translate) plus English text.

:func:`check_lead` never raises for anything a visitor (or a scanner) can type; it returns either
a :class:`ValidLead` (normalised, ready to store) or the errors in form order, so the UI can show
each next to its field and put the focus on the first. :func:`validate_lead` is the same check for
callers that want an exception: :class:`LeadValidationError` is the only one that comes out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from kiosk.domain.countries import known_codes
from kiosk.domain.ids import is_identifier
from kiosk.domain.leads.consent import ConsentPolicy
from kiosk.domain.leads.contact import (
    ContactInvalid,
    Email,
    Phone,
    normalize_email,
    normalize_phone,
)
from kiosk.domain.leads.questions import (
    ANSWER_TEXT_MAX,
    CHOICE_SEPARATOR,
    Answer,
    Question,
)
from kiosk.domain.leads.text import clean_block, clean_line, nfkc_trim
from kiosk.domain.messages import Message
from kiosk.domain.names import compose_name
from kiosk.errors import KioskError

T = TypeVar("T")

NAME_MAX = 200
COMPANY_MAX = 200
JOB_TITLE_MAX = 200
MESSAGE_MAX = 500
CHOICES_MAX = 100  # exhibitors or sectors picked on one visit
SLOTS = ("am", "pm")

# Form order: errors are sorted by it, so the first error is the first field to focus.
FIELD_ORDER: tuple[str, ...] = (
    "family_name",
    "given_name",
    "name",
    "company",
    "job_title",
    "email",
    "phone",
    "country",
    "sectors",
    "exhibitors",
    "answers",
    "matching",
    "matching_day",
    "matching_slot",
    "message",
    "consents",
)
CONSENT_FIELD_PREFIX = "consent."  # one field per purpose: "consent.share-with-exhibitors"
ANSWER_FIELD_PREFIX = "answer."  # one field per question: "answer.<exhibitor>:<question>"

LEAD_CODE_PREFIX = "lead."  # a FieldError code is its message's code less this prefix


class LeadValidationError(KioskError):
    """The form has errors; ``errors`` lists them in form order."""

    exit_code = 2

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))


@dataclass(frozen=True)
class FieldError:
    field: str  # a FIELD_ORDER name or "consent.<purpose id>"
    message: Message  # what is wrong: "lead.email.invalid" and its parameters

    @property
    def code(self) -> str:
        """The short code the form's rules use, e.g. ``email.invalid``."""
        return self.message.code.removeprefix(LEAD_CODE_PREFIX)

    @property
    def params(self) -> Mapping[str, object]:
        return self.message.params


@dataclass(frozen=True)
class LeadDraft:
    """The form as typed: every text field raw, lists as picked, consents as ticked."""

    name: str = ""  # the whole name in one string (a scanned card, an older caller)
    family_name: str = ""
    given_name: str = ""
    company: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, or "" for none
    sectors: Sequence[str] = ()
    exhibitors: Sequence[str] = ()
    matching: bool = False  # "I would like to meet these exhibitors"
    matching_day: str | date = ""  # ISO date or ""
    matching_slot: str = ""  # "am", "pm" or ""
    message: str = ""
    consents: Mapping[str, bool] = field(default_factory=dict)  # purpose id -> ticked
    # exhibitor id -> question id -> the text, or the choice id(s) picked
    answers: Mapping[str, Mapping[str, str | Sequence[str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class LeadRules:
    """What a draft is checked against: the event's dates, consent policy and content ids."""

    event_id: str
    starts: date
    ends: date
    consent: ConsentPolicy
    exhibitor_ids: frozenset[str] | None = None  # None: any well-formed id
    sector_ids: frozenset[str] | None = None
    questions: Mapping[str, tuple[Question, ...]] = field(default_factory=dict)  # by exhibitor


@dataclass(frozen=True)
class Matching:
    day: date | None
    slot: str | None


@dataclass(frozen=True)
class ConsentAnswer:
    purpose: str
    granted: bool


@dataclass(frozen=True)
class ValidLead:
    """A checked, normalised lead; every purpose of the policy has an answer.

    ``name`` is the whole name for display; a single name is kept as the family name (a CRM's
    required Last Name) unless only a given name was typed.
    """

    name: str
    company: str | None
    job_title: str | None
    email: Email | None
    phone: Phone | None
    country: str | None
    sectors: tuple[str, ...]
    exhibitors: tuple[str, ...]
    matching: Matching | None
    message: str | None
    consents: tuple[ConsentAnswer, ...]
    family_name: str | None = None
    given_name: str | None = None
    answers: tuple[Answer, ...] = ()


@dataclass(frozen=True)
class LeadCheck:
    lead: ValidLead | None
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


def error(field_name: str, code: str, **params: object) -> FieldError:
    text = {k: str(v) for k, v in params.items()}
    return FieldError(field_name, Message(LEAD_CODE_PREFIX + code, **text))


def _text(value: Any) -> str:
    """Text for optional choices, where anything else simply counts as not chosen."""
    return value if isinstance(value, str) else ""


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, code: str, **params: object) -> None:
        self.errors.append(error(field_name, code, **params))

    def text(self, field_name: str, value: Any) -> str | None:
        """``value`` if it is text (None counts as empty); otherwise an error and None."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        self.add(field_name, "field.invalid")
        return None

    def line(self, field_name: str, value: Any, limit: int) -> str | None:
        text = self.text(field_name, value)
        if text is None:
            return None
        text = clean_line(text)
        if len(text) > limit:
            self.add(field_name, f"{field_name}.too_long", max=limit, length=len(text))
            return None
        return text or None

    def ids(self, field_name: str, values: Any, known: frozenset[str] | None) -> tuple[str, ...]:
        if values is None:
            return ()
        if isinstance(values, str):
            values = (values,)
        if not isinstance(values, Iterable):
            self.add(field_name, "field.invalid")
            return ()
        picked: list[str] = []
        for value in values:
            ident = nfkc_trim(_text(value))
            if not ident:
                continue
            if not is_identifier(ident) or (known is not None and ident not in known):
                self.add(field_name, f"{field_name}.unknown", id=ident[:64])
                return ()
            if ident not in picked:
                picked.append(ident)
        if len(picked) > CHOICES_MAX:
            self.add(field_name, f"{field_name}.too_many", max=CHOICES_MAX)
            return ()
        return tuple(picked)


def check_lead(draft: LeadDraft, rules: LeadRules) -> LeadCheck:
    """All errors of ``draft`` in form order, or the normalised lead when there are none."""
    c = _Collector()
    family, given, name = _names(c, draft)
    company = c.line("company", draft.company, COMPANY_MAX)
    job_title = c.line("job_title", draft.job_title, JOB_TITLE_MAX)
    country = _country(c, draft.country)
    email = _contact(c, "email", draft.email, normalize_email)
    phone = _contact(c, "phone", draft.phone, lambda text: normalize_phone(text, country))
    sectors = c.ids("sectors", draft.sectors, rules.sector_ids)
    exhibitors = c.ids("exhibitors", draft.exhibitors, rules.exhibitor_ids)
    answers = _answers(c, draft.answers, exhibitors, rules)
    matching = _matching(c, draft, rules, exhibitors)
    message = _message(c, draft.message)
    consents = _consents(c, draft.consents, rules.consent)
    if email is None and phone is None and not _has_error(c, "email", "phone"):
        c.add("email", "contact.required")
        c.add("phone", "contact.required")

    errors = tuple(sorted(c.errors, key=_form_position(rules.consent)))
    if errors:
        return LeadCheck(None, errors)
    assert name is not None
    lead = ValidLead(
        name=name,
        company=company,
        job_title=job_title,
        email=email,
        phone=phone,
        country=country,
        sectors=sectors,
        exhibitors=exhibitors,
        matching=matching,
        message=message,
        consents=consents,
        family_name=family,
        given_name=given,
        answers=answers,
    )
    return LeadCheck(lead, ())


def validate_lead(draft: LeadDraft, rules: LeadRules) -> ValidLead:
    """The normalised lead, or :class:`LeadValidationError` listing every error."""
    result = check_lead(draft, rules)
    if result.lead is None:
        raise LeadValidationError(result.errors)
    return result.lead


def _has_error(c: _Collector, *fields: str) -> bool:
    return any(e.field in fields for e in c.errors)


def _form_position(policy: ConsentPolicy):
    purposes = {f"{CONSENT_FIELD_PREFIX}{pid}": i for i, pid in enumerate(policy.purpose_ids)}

    def position(e: FieldError) -> tuple[int, int]:
        if e.field in purposes:
            return (len(FIELD_ORDER), purposes[e.field])
        if e.field.startswith(ANSWER_FIELD_PREFIX):
            return (FIELD_ORDER.index("answers"), 0)
        return (FIELD_ORDER.index(e.field), 0)

    return position


def _country(c: _Collector, value: Any) -> str | None:
    text = c.text("country", value)
    if text is None:
        return None
    code = nfkc_trim(text).upper()
    if not code:
        return None
    if code not in known_codes():
        c.add("country", "country.unknown")
        return None
    return code


def _contact(c: _Collector, field_name: str, value: Any, normalize: Callable[[str], T]) -> T | None:
    """An email or phone: absent when blank, else normalised or an error with its code."""
    text = c.text(field_name, value)
    if not text or not text.strip():
        return None
    try:
        return normalize(text)
    except ContactInvalid as exc:
        c.add(field_name, exc.code)
        return None


def _matching(
    c: _Collector, draft: LeadDraft, rules: LeadRules, exhibitors: tuple[str, ...]
) -> Matching | None:
    if draft.matching is not True:
        return None
    if not exhibitors and not _has_error(c, "exhibitors"):
        c.add("matching", "matching.no_exhibitors")
    day = _day(c, draft.matching_day, rules)
    slot = nfkc_trim(_text(draft.matching_slot)).lower()
    if slot and slot not in SLOTS:
        c.add("matching_slot", "matching_slot.invalid")
    return Matching(day, slot or None)


def _day(c: _Collector, value: Any, rules: LeadRules) -> date | None:
    if isinstance(value, date):
        day = value
    else:
        text = nfkc_trim(_text(value))
        if not text:
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:
            c.add("matching_day", "matching_day.invalid")
            return None
    if not rules.starts <= day <= rules.ends:
        c.add("matching_day", "matching_day.out_of_range", starts=rules.starts, ends=rules.ends)
        return None
    return day


def _message(c: _Collector, value: Any) -> str | None:
    text = c.text("message", value)
    if text is None:
        return None
    text = clean_block(text)
    if len(text) > MESSAGE_MAX:
        c.add("message", "message.too_long", max=MESSAGE_MAX, length=len(text))
        return None
    return text or None


def _consents(c: _Collector, ticked: Any, policy: ConsentPolicy) -> tuple[ConsentAnswer, ...]:
    if ticked is None:
        ticked = {}
    if not isinstance(ticked, Mapping):
        c.add("consents", "field.invalid")
        return ()
    for purpose in ticked:
        if purpose not in policy.purpose_ids:
            c.add("consents", "consent.unknown", id=str(purpose)[:64])
    answers = tuple(ConsentAnswer(p.id, ticked.get(p.id) is True) for p in policy.purposes)
    for purpose, answer in zip(policy.purposes, answers, strict=True):
        if purpose.required and not answer.granted:
            c.add(f"{CONSENT_FIELD_PREFIX}{purpose.id}", "consent.required")
    return answers


def _names(c: _Collector, draft: LeadDraft) -> tuple[str | None, str | None, str | None]:
    """``(family, given, whole)``: at least one part is needed; ``name`` alone is one name."""
    family = c.line("family_name", draft.family_name, NAME_MAX)
    given = c.line("given_name", draft.given_name, NAME_MAX)
    whole = c.line("name", draft.name, NAME_MAX)
    if family or given:
        composed = compose_name(family, given)
        if len(composed) > NAME_MAX:
            c.add("family_name", "name.too_long", max=NAME_MAX)
            return None, None, None
        if not family:  # a single name is the family name: the CRM's required Last Name
            family, given = given, None
        return family, given, composed
    if whole:
        return whole, None, whole
    if not _has_error(c, "family_name", "given_name", "name"):
        c.add("name", "name.required")  # the form shows it under its first name field
    return None, None, None


def _answers(
    c: _Collector,
    given: Any,
    exhibitors: tuple[str, ...],
    rules: LeadRules,
) -> tuple[Answer, ...]:
    """The answers to the chosen exhibitors' questions, in the pack's order."""
    if given is None:
        given = {}
    if not isinstance(given, Mapping):
        c.add("answers", "field.invalid")
        return ()
    for exhibitor in given:
        if exhibitor not in exhibitors:
            c.add("answers", "answer.not_chosen", id=str(exhibitor)[:64])
    answers: list[Answer] = []
    for exhibitor in exhibitors:
        typed = given.get(exhibitor) or {}
        if not isinstance(typed, Mapping):
            c.add("answers", "field.invalid")
            continue
        questions = rules.questions.get(exhibitor, ())
        known = {q.id for q in questions}
        for question_id in typed:
            if question_id not in known:
                c.add("answers", "answer.unknown", id=f"{exhibitor}:{question_id}"[:130])
        for question in questions:
            field_name = f"{ANSWER_FIELD_PREFIX}{exhibitor}:{question.id}"
            value = _answer(c, field_name, question, typed.get(question.id))
            if value:
                answers.append(Answer(exhibitor, question.id, value))
    return tuple(answers)


def _answer(c: _Collector, field_name: str, question: Question, value: Any) -> str | None:
    """One answer as stored (text, or choice ids joined), or None when not answered."""
    if question.kind == "text":
        text = clean_line(value) if isinstance(value, str) else ""
        if len(text) > ANSWER_TEXT_MAX:
            c.add(field_name, "answer.too_long", max=ANSWER_TEXT_MAX)
            return None
    else:
        if isinstance(value, str):
            value = value.split(CHOICE_SEPARATOR)
        picked = [nfkc_trim(_text(v)) for v in value or ()] if isinstance(value, Iterable) else []
        picked = list(dict.fromkeys(p for p in picked if p))
        wrong = [p for p in picked if p not in question.choices]
        if wrong:
            c.add(field_name, "answer.not_a_choice", choices=", ".join(question.choices))
            return None
        if question.kind == "single" and len(picked) > 1:
            c.add(field_name, "answer.one_choice")
            return None
        text = CHOICE_SEPARATOR.join(p for p in question.choices if p in picked)
    if not text and question.required:
        c.add(field_name, "answer.required")
    return text or None
