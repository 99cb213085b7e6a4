"""The lead form's inputs and when its errors show, free of Qt so the rules can be unit-tested.

Everything the visitor typed, picked and ticked lives here rather than in QML: an idle reset wipes
it in one place, a scanned card fills it, and it survives a language switch untouched. Errors come
from :func:`kiosk.domain.leads.check_lead` and show the way a visitor expects:

- a field is checked when the visitor leaves it (or makes a choice), never while they type;
- an error already shown disappears as soon as the field is right (checked on every edit);
- "give an email or a phone" waits until both fields were left, or until submit;
- on submit, every error shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kiosk.domain.languages import language
from kiosk.domain.leads import (
    ANSWER_FIELD_PREFIX,
    CONSENT_FIELD_PREFIX,
    FieldError,
    LeadCheck,
    LeadDraft,
    LeadRules,
    check_lead,
)
from kiosk.domain.leads.questions import CHOICE_SEPARATOR
from kiosk.domain.leads.text import clean_block
from kiosk.domain.names import split_name

TEXT_FIELDS: tuple[str, ...] = (
    "family_name",
    "given_name",
    "company",
    "job_title",
    "email",
    "phone",
    "message",
)
CONTACT_FIELDS = frozenset({"email", "phone"})
NAME_FIELDS = frozenset({"family_name", "given_name"})
SLOTS = ("am", "pm")
MAX_EVENT_DAYS = 31  # a picker of more days than this would not fit; longer events list the first


def default_country(tag: str) -> str:
    """The country a visitor of this UI language most likely comes from ("" for English)."""
    return language(tag).default_country or ""


def event_days(starts: date, ends: date) -> list[date]:
    """The days a meeting can be asked for: the event's dates, first to last."""
    count = min((ends - starts).days + 1, MAX_EVENT_DAYS)
    return [starts + timedelta(days=i) for i in range(max(count, 0))]


def message_length(text: str) -> int:
    """Length of the message as the validator counts it (spaces at the ends do not count)."""
    return len(clean_block(text))


@dataclass
class FormState:
    """One visitor's half-filled form for one event."""

    rules: LeadRules
    language: str = "en"
    values: dict[str, str] = field(default_factory=dict)
    country: str = ""
    country_chosen: bool = False  # picked by the visitor: a language switch no longer changes it
    sectors: list[str] = field(default_factory=list)
    exhibitors: list[str] = field(default_factory=list)
    matching: bool = False
    matching_day: str = ""
    matching_slot: str = ""
    consents: dict[str, bool] = field(default_factory=dict)
    # exhibitor id -> question id -> the text typed, or the choice ids picked (pack order)
    answers: dict[str, dict[str, str]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    submitted: bool = False
    shown: dict[str, FieldError] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.country_chosen:
            self.country = default_country(self.language)

    # -- reading ----------------------------------------------------------------------------

    def value(self, name: str) -> str:
        return self.values.get(name, "")

    def draft(self) -> LeadDraft:
        return LeadDraft(
            family_name=self.value("family_name"),
            given_name=self.value("given_name"),
            company=self.value("company"),
            job_title=self.value("job_title"),
            email=self.value("email"),
            phone=self.value("phone"),
            country=self.country,
            sectors=tuple(self.sectors),
            exhibitors=tuple(self.exhibitors),
            matching=self.matching,
            matching_day=self.matching_day if self.matching else "",
            matching_slot=self.matching_slot if self.matching else "",
            message=self.value("message"),
            consents=dict(self.consents),
            answers={
                ident: dict(given)
                for ident, given in self.answers.items()
                if ident in self.exhibitors and given
            },
        )

    def answer(self, exhibitor: str, question: str) -> str:
        return self.answers.get(exhibitor, {}).get(question, "")

    def check(self) -> LeadCheck:
        return check_lead(self.draft(), self.rules)

    @property
    def is_empty(self) -> bool:
        """Nothing typed, picked or ticked (the language's default country does not count)."""
        return not (
            any(self.values.values())
            or self.country_chosen
            or self.sectors
            or self.exhibitors
            or self.matching
            or any(self.consents.values())
            or any(any(given.values()) for given in self.answers.values())
        )

    # -- visibility of errors ---------------------------------------------------------------

    def _visible(self, error: FieldError) -> bool:
        if self.submitted:
            return True
        if error.field not in self.touched:
            return False
        if error.code == "name.required":  # once both name fields were left
            return self.touched >= NAME_FIELDS
        return error.code != "contact.required" or self.touched >= CONTACT_FIELDS

    def _refresh(self) -> None:
        """Show the current error of every field the visitor has finished with."""
        shown: dict[str, FieldError] = {}
        for error in self.check().errors:
            if error.field not in shown and self._visible(error):
                shown[error.field] = error
        self.shown = shown

    def _prune(self) -> None:
        """Drop the errors that were put right; keep the others as they were shown."""
        if not self.shown:
            return
        wrong = {error.field for error in self.check().errors}
        self.shown = {name: error for name, error in self.shown.items() if name in wrong}

    def _touch(self, *names: str) -> None:
        self.touched.update(names)
        self._refresh()

    # -- editing ----------------------------------------------------------------------------

    def set_text(self, name: str, text: str) -> bool:
        """The visitor typed in ``name``; returns whether the value changed."""
        if name not in TEXT_FIELDS:
            raise ValueError(f"not a text field of the lead form: {name!r}")
        if self.value(name) == text:
            return False
        self.values[name] = text
        self._prune()
        return True

    def leave(self, name: str) -> None:
        """The visitor left field ``name``: its error (if any) shows now."""
        self._touch(name, *(["name"] if name in NAME_FIELDS else []))

    def choose_country(self, code: str) -> None:
        self.country = code
        self.country_chosen = True
        # The phone number's meaning depends on the country: check it again if it was left.
        self._touch("country", *(["phone"] if "phone" in self.touched else []))

    def toggle_sector(self, sector_id: str) -> None:
        if sector_id in self.sectors:
            self.sectors.remove(sector_id)
        else:
            self.sectors.append(sector_id)
        self._touch("sectors")

    def add_exhibitor(self, exhibitor_id: str) -> bool:
        if not exhibitor_id or exhibitor_id in self.exhibitors:
            return False
        self.exhibitors.append(exhibitor_id)
        self._touch("exhibitors")
        return True

    def remove_exhibitor(self, exhibitor_id: str) -> bool:
        if exhibitor_id not in self.exhibitors:
            return False
        self.exhibitors.remove(exhibitor_id)
        self._touch("exhibitors", *(["matching"] if self.matching else []))
        return True

    def set_matching(self, wanted: bool) -> None:
        self.matching = wanted
        self._touch("matching")

    def set_matching_day(self, day: str) -> None:
        self.matching_day = "" if day == self.matching_day else day  # a second tap unpicks
        self._touch("matching_day")

    def set_matching_slot(self, slot: str) -> None:
        self.matching_slot = "" if slot == self.matching_slot else slot
        self._touch("matching_slot")

    def set_consent(self, purpose: str, granted: bool) -> None:
        self.consents[purpose] = granted
        self._touch(f"{CONSENT_FIELD_PREFIX}{purpose}")

    def set_answer_text(self, exhibitor: str, question: str, text: str) -> bool:
        """The visitor typed an answer; returns whether it changed."""
        if self.answer(exhibitor, question) == text:
            return False
        self.answers.setdefault(exhibitor, {})[question] = text
        self._prune()
        return True

    def choose_answer(self, exhibitor: str, question: str, choice: str, *, several: bool) -> None:
        """A choice tapped: one answer replaces the other, several toggle; a second tap on the
        one chosen unpicks it."""
        order = next(
            (q.choices for q in self.rules.questions.get(exhibitor, ()) if q.id == question), ()
        )
        picked = [c for c in self.answer(exhibitor, question).split(CHOICE_SEPARATOR) if c]
        if choice in picked:
            picked.remove(choice)
        elif several:
            picked.append(choice)
        else:
            picked = [choice]
        joined = CHOICE_SEPARATOR.join(c for c in order if c in picked)
        self.answers.setdefault(exhibitor, {})[question] = joined
        self._touch(f"{ANSWER_FIELD_PREFIX}{exhibitor}:{question}")

    def leave_answer(self, exhibitor: str, question: str) -> None:
        self._touch(f"{ANSWER_FIELD_PREFIX}{exhibitor}:{question}")

    def fill(self, values: dict[str, str]) -> list[str]:
        """Values read from a card replace those fields; any error in them shows at once.

        A card that gives the whole name in one string fills both name fields, split as a
        phone would split it (``kiosk.domain.names.split_name``)."""
        values = dict(values)
        whole = values.pop("name", "")
        if whole and not (values.get("family_name") or values.get("given_name")):
            values["family_name"], values["given_name"] = split_name(whole)
        filled = [name for name, text in values.items() if name in TEXT_FIELDS and text]
        for name in filled:
            self.values[name] = values[name]
        if filled:
            self._touch(*filled)
        return filled

    def submit_errors(self) -> tuple[FieldError, ...]:
        """The visitor pressed Send: every error shows; returns them in form order."""
        self.submitted = True
        errors = self.check().errors
        self._refresh()
        return errors

    # -- language ---------------------------------------------------------------------------

    def set_language(self, tag: str) -> bool:
        """The UI language changed; returns whether the default country followed it."""
        self.language = tag
        if self.country_chosen:
            return False
        before, self.country = self.country, default_country(tag)
        if self.country != before and "phone" in self.touched:
            self._refresh()
        return self.country != before
