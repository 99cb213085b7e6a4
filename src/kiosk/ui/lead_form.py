"""The visitor's lead form: its state in Python, its commands as slots, QML only shows it.

``LeadFormBridge`` holds one :class:`~kiosk.ui.lead_form_state.FormState` for the active event,
offers the catalogue's sectors and exhibitors, the event's days and consent purposes in the
visitor's language, and submits through :func:`kiosk.services.leads.submit_lead`. Errors go to
QML as codes (``email.invalid``) that QML translates with ``qsTr``, so a language switch
re-translates them in place.

Submitting is synchronous on the UI thread: validation plus a durable SQLite commit take about
a millisecond (``tests/benchmarks/bench_lead_form.py``), well under a frame, and the commit has
returned before ``saved`` is emitted and the Thank-you screen is shown.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from functools import cache
from typing import Any

from babel.dates import format_skeleton
from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.card_scan import parse_card
from kiosk.domain.countries import country_name, sorted_countries
from kiosk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES, language
from kiosk.domain.leads import ANSWER_FIELD_PREFIX, FieldError, LeadRules, LeadValidationError
from kiosk.domain.leads.validation import MESSAGE_MAX
from kiosk.domain.ltext import localize
from kiosk.domain.matching import BookingRefused
from kiosk.domain.messages import Message, to_data
from kiosk.domain.names import family_first
from kiosk.errors import KioskError
from kiosk.services.catalog import Catalog
from kiosk.services.identity import kiosk_id
from kiosk.services.leads import LeadSaveError, active_lead_rules, failure_reason, submit_lead
from kiosk.ui.access import cross_border_rows
from kiosk.ui.card_scanner import ScannerFilter
from kiosk.ui.choice_model import Choice, ChoiceListModel, choice
from kiosk.ui.collation import sort_key
from kiosk.ui.form_guard import keeps_input
from kiosk.ui.lead_form_state import TEXT_FIELDS, FormState, event_days, message_length
from kiosk.ui.matching_page import MatchingPage
from kiosk.ui.navigation import CONTACT, THANKS

# What the visitor reads when a save fails, by LeadFormBridge.saveError's reason.
SAVE_MESSAGES = {
    "locked": Message("lead.save.locked"),
    "disk_full": Message("lead.save.disk_full"),
    "read_only": Message("lead.save.read_only"),
    "booking.slot_full": Message("lead.save.slot_full"),
    "booking.slot_over": Message("lead.save.slot_over"),
}


def save_message(reason: str) -> Message:
    """The message for a save that failed for ``reason`` (an unforeseen one: try again)."""
    return SAVE_MESSAGES.get(reason, Message("lead.save.failed"))


QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

THANKS_SECONDS = 10
SLOW_SUBMIT_MS = 40  # above this a submit is logged: it would be worth a worker thread


def _date_text(day: Any, lang: str, skeleton: str) -> str:
    return format_skeleton(skeleton, day, locale=language(lang).qt_locale)


@cache
def _country_choices() -> dict[str, Choice]:
    """Every country found by its code and its name in any language: the same for every
    catalogue, so made once (a few hundred names folded four times)."""
    tags = [lang.tag for lang in LANGUAGES]
    names = {tag: dict(sorted_countries(tag)) for tag in tags}
    return {
        code: choice(code, *(names[tag].get(code, "") for tag in tags))
        for code in names[DEFAULT_LANGUAGE.tag]
    }


@QmlElement
@QmlUncreatable("LeadFormBridge is created by the application and passed to the screens.")
class LeadFormBridge(QObject):
    """One visitor's lead form for the event on show."""

    contentChanged = Signal()  # event, catalogue or language: every label and option
    valuesChanged = Signal()
    countryChanged = Signal()
    sectorsChanged = Signal()
    exhibitorsChanged = Signal()
    matchingChanged = Signal()
    consentsChanged = Signal()
    answersChanged = Signal()
    errorsChanged = Signal()
    saveErrorChanged = Signal()
    focusRequested = Signal(str)  # a field name, or "consent.<purpose>": show it, focus it
    cardRead = Signal(str)  # "vcard", "mecard" or "email": a scanned card filled the form
    saved = Signal()  # the lead is durably stored: show Thank you

    def __init__(
        self,
        sessions: sessionmaker[Session],
        catalog: Catalog | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._catalog = catalog
        self._language = DEFAULT_LANGUAGE.tag
        self._kiosk_id: str | None = None
        self._rules: LeadRules | None = None
        self._state: FormState | None = None
        self._save_error = ""
        self._snapshot: dict[str, str] = {}
        self._countries = ChoiceListModel(self._describe_country, self)
        self._exhibitor_choices = ChoiceListModel(self._describe_exhibitor, self)
        self._country_choices: dict[str, Choice] = {}
        self.thanks_seconds = THANKS_SECONDS
        self._sent = False  # saved, still on show under "Thank you" until it covers it
        self.matching_page: MatchingPage | None = None  # the meetings chosen with this form
        self.last_submit_ms = 0.0
        # Qt keeps a raw pointer to an event filter: this attribute (and the Qt parent) keep it.
        self.scanner = ScannerFilter(self._scan_started, self._scanned, self)
        self._load_rules()
        self._fill_choices()

    # -- content ----------------------------------------------------------------------------

    def _load_rules(self) -> None:
        try:
            self._rules = active_lead_rules(self._sessions)
        except KioskError as exc:  # a pack whose consent block is unusable: no form, say why
            log.error("lead form unavailable: %s", exc)
            self._rules = None
        self._state = None if self._rules is None else FormState(self._rules, self._language)

    def reload(self, catalog: Catalog | None) -> None:
        """New content loaded (staff mode's "Reload content", ``KioskWindowHost.reload_content``):
        the form starts again with that event's consent, dates, sectors and exhibitors."""
        self._catalog = catalog
        self._load_rules()
        self._fill_choices()
        self._emit_all()

    def _fill_choices(self) -> None:
        """Search texts once per catalogue: every name in every language, codes, booths."""
        tags = [lang.tag for lang in LANGUAGES]
        self._country_choices = _country_choices()
        exhibitors = self._catalog.exhibitors if self._catalog else ()
        self._exhibitor_choices.set_choices(
            lambda: [
                choice(
                    e.id,
                    *e.name.values(),
                    *(country_name(e.country, tag) for tag in tags),
                    e.booth_code or "",
                )
                for e in exhibitors
            ]
        )
        self._relabel()

    def _relabel(self) -> None:
        """Labels in the visitor's language; countries and exhibitors in its order."""
        self._countries.set_choices(
            self._country_choices[code]
            for code, _ in sorted_countries(self._language, sort_key(self._language))
        )
        self._exhibitor_choices.relabel()
        self._exhibitor_choices.sort_by_label(self._language)
        self._sync_selection()

    def _exhibitor_detail(self, exhibitor: Any) -> str:
        parts = [country_name(exhibitor.country, self._language)]
        if exhibitor.booth_code:
            parts.append(exhibitor.booth_code)
        return "  ·  ".join(parts)

    def _describe_country(self, code: str) -> tuple[str, str]:
        return country_name(code, self._language), ""

    def _describe_exhibitor(self, exhibitor_id: str) -> tuple[str, str]:
        found = self._catalog.exhibitor(exhibitor_id) if self._catalog else None
        if found is None:
            return exhibitor_id, ""
        return localize(found.name, self._language), self._exhibitor_detail(found)

    def _sync_selection(self) -> None:
        state = self._state
        self._countries.set_selected([state.country] if state and state.country else [])
        self._exhibitor_choices.set_selected(state.exhibitors if state else [])

    def _emit_all(self) -> None:
        for signal in (
            self.contentChanged,
            self.valuesChanged,
            self.countryChanged,
            self.sectorsChanged,
            self.exhibitorsChanged,
            self.matchingChanged,
            self.consentsChanged,
            self.answersChanged,
            self.errorsChanged,
        ):
            signal.emit()

    @Property(bool, notify=contentChanged)
    def available(self) -> bool:
        """False before any content pack, or when the event's consent block is unusable."""
        return self._state is not None

    # -- language ---------------------------------------------------------------------------

    @Slot(str)
    @keeps_input()
    def set_language(self, tag: str) -> None:
        """Labels, options and the default country follow the visitor's language."""
        self._language = language(tag).tag
        if self._state is not None:
            self._state.set_language(self._language)
        self._relabel()
        self._emit_all()

    @Property(str, notify=contentChanged)
    def language(self) -> str:
        return self._language

    # -- text fields ------------------------------------------------------------------------

    @Property("QVariantMap", notify=valuesChanged)
    def values(self) -> dict[str, str]:
        state = self._state
        return {name: state.value(name) if state else "" for name in TEXT_FIELDS}

    @Property(int, notify=valuesChanged)
    def messageLength(self) -> int:
        return message_length(self._state.value("message")) if self._state else 0

    @Property(int, constant=True)
    def messageMax(self) -> int:
        return MESSAGE_MAX

    @Slot(str, str)
    @keeps_input()
    def setValue(self, name: str, text: str) -> None:
        if self._state is None or name not in TEXT_FIELDS:
            return
        shown = len(self._state.shown)
        if self._state.set_text(name, text):
            self.valuesChanged.emit()
            if len(self._state.shown) != shown:
                self.errorsChanged.emit()

    @Slot(str)
    @keeps_input()
    def leave(self, name: str) -> None:
        """The visitor left a field: show its error, if any."""
        if self._state is not None:
            self._state.leave(name)
            self.errorsChanged.emit()

    # -- country ----------------------------------------------------------------------------

    @Property(str, notify=countryChanged)
    def country(self) -> str:
        return self._state.country if self._state else ""

    @Property(str, notify=countryChanged)
    def countryName(self) -> str:
        code = self.country
        return country_name(code, self._language) if code else ""

    @Property(QObject, constant=True)
    def countryChoices(self) -> ChoiceListModel:
        return self._countries

    @Slot(str)
    @keeps_input()
    def chooseCountry(self, code: str) -> None:
        if self._state is not None:
            self._state.choose_country(code)
            self._sync_selection()
            self.countryChanged.emit()
            self.errorsChanged.emit()

    # -- interests and exhibitors -----------------------------------------------------------

    @Property("QVariantList", notify=contentChanged)
    def sectorOptions(self) -> list[dict[str, str]]:
        sectors = self._catalog.sectors if self._catalog and self._state else ()
        return [{"id": s.id, "label": localize(s.name, self._language)} for s in sectors]

    @Property("QVariantList", notify=sectorsChanged)
    def selectedSectors(self) -> list[str]:
        return list(self._state.sectors) if self._state else []

    @Slot(str)
    @keeps_input()
    def toggleSector(self, sector_id: str) -> None:
        if self._state is not None:
            self._state.toggle_sector(sector_id)
            self.sectorsChanged.emit()
            self.errorsChanged.emit()

    @Property(QObject, constant=True)
    def exhibitorChoices(self) -> ChoiceListModel:
        return self._exhibitor_choices

    @Property(bool, notify=contentChanged)
    def hasExhibitorChoices(self) -> bool:
        return bool(self._catalog and self._catalog.exhibitors)

    @Property("QVariantList", notify=exhibitorsChanged)
    def exhibitors(self) -> list[dict[str, str]]:
        """The exhibitors picked so far, in the order they were added."""
        if self._state is None:
            return []
        shown = []
        for ident in self._state.exhibitors:
            name, detail = self._describe_exhibitor(ident)
            shown.append({"id": ident, "name": name, "detail": detail})
        return shown

    def _exhibitors_changed(self) -> None:
        self._sync_selection()
        self.exhibitorsChanged.emit()
        self.answersChanged.emit()
        self.errorsChanged.emit()

    @Slot(str)
    @keeps_input()
    def addExhibitor(self, exhibitor_id: str) -> None:
        known = self._catalog is not None and self._catalog.exhibitor(exhibitor_id) is not None
        if self._state is not None and known and self._state.add_exhibitor(exhibitor_id):
            self._exhibitors_changed()

    @Slot(str)
    @keeps_input()
    def removeExhibitor(self, exhibitor_id: str) -> None:
        if self._state is not None and self._state.remove_exhibitor(exhibitor_id):
            self._exhibitors_changed()

    @Slot(str)
    @keeps_input()
    def toggleExhibitor(self, exhibitor_id: str) -> None:
        if self._state is not None and exhibitor_id in self._state.exhibitors:
            self.removeExhibitor(exhibitor_id)
        else:
            self.addExhibitor(exhibitor_id)

    @Slot(str, str)
    @keeps_input()
    def screen_entered(self, screen: str, argument: str) -> None:
        """The shell showed a screen: the form with an exhibitor ("I'm interested") adds it;
        the scanner listens only while the form is on screen."""
        self.scanner.enabled = screen == CONTACT and self._state is not None
        if self._sent and screen != THANKS:
            self._clear()  # "Thank you" is left: the sent form is wiped (if not already)
        if screen == CONTACT and argument:
            self.addExhibitor(argument)

    # -- names ------------------------------------------------------------------------------

    @Property(bool, notify=contentChanged)
    def familyNameFirst(self) -> bool:
        """Chinese asks the family name first (陳 大文); Portuguese and English the given."""
        return family_first(self._language)

    # -- exhibitors' questions --------------------------------------------------------------

    @Property("QVariantList", notify=exhibitorsChanged)
    def questionBlocks(self) -> list[dict[str, Any]]:
        """The questions of the chosen exhibitors that ask any, in the visitor's language:
        ``{exhibitor, name, questions: [{id, field, kind, required, text, choices}]}``."""
        if self._state is None or self._catalog is None:
            return []
        blocks = []
        for ident in self._state.exhibitors:
            exhibitor = self._catalog.exhibitor(ident)
            if exhibitor is None or not exhibitor.questions:
                continue
            questions = [
                {
                    "id": q["id"],
                    "field": f"{ANSWER_FIELD_PREFIX}{ident}:{q['id']}",
                    "kind": q.get("type", "text"),
                    "required": bool(q.get("required")),
                    "text": localize(q.get("text"), self._language),
                    "choices": [
                        {"id": c["id"], "label": localize(c.get("text"), self._language)}
                        for c in q.get("choices") or ()
                    ],
                }
                for q in exhibitor.questions
            ]
            name = localize(exhibitor.name, self._language)
            blocks.append({"exhibitor": ident, "name": name, "questions": questions})
        return blocks

    @Property("QVariantMap", notify=answersChanged)
    def answers(self) -> dict[str, str]:
        """Answer field (``answer.<exhibitor>:<question>``) → the text or the choice ids."""
        if self._state is None:
            return {}
        return {
            f"{ANSWER_FIELD_PREFIX}{ident}:{question}": value
            for ident, given in self._state.answers.items()
            for question, value in given.items()
        }

    @Slot(str, str, str)
    def setAnswerText(self, exhibitor: str, question: str, text: str) -> None:
        if self._state is not None and self._state.set_answer_text(exhibitor, question, text):
            self.answersChanged.emit()
            self.errorsChanged.emit()

    @Slot(str, str, str, bool)
    def chooseAnswer(self, exhibitor: str, question: str, choice_id: str, several: bool) -> None:
        if self._state is not None:
            self._state.choose_answer(exhibitor, question, choice_id, several=several)
            self.answersChanged.emit()
            self.errorsChanged.emit()

    @Slot(str, str)
    def leaveAnswer(self, exhibitor: str, question: str) -> None:
        if self._state is not None:
            self._state.leave_answer(exhibitor, question)
            self.errorsChanged.emit()

    # -- business matching ------------------------------------------------------------------

    @Property(bool, notify=matchingChanged)
    def matching(self) -> bool:
        return bool(self._state and self._state.matching)

    @Property(str, notify=matchingChanged)
    def matchingDay(self) -> str:
        return self._state.matching_day if self._state else ""

    @Property(str, notify=matchingChanged)
    def matchingSlot(self) -> str:
        return self._state.matching_slot if self._state else ""

    @Property("QVariantList", notify=contentChanged)
    def matchingDays(self) -> list[dict[str, str]]:
        if self._rules is None:
            return []
        return [
            {"value": day.isoformat(), "label": _date_text(day, self._language, "MMMEd")}
            for day in event_days(self._rules.starts, self._rules.ends)
        ]

    def _matching_changed(self) -> None:
        self.matchingChanged.emit()
        self.errorsChanged.emit()

    @Slot(bool)
    @keeps_input()
    def setMatching(self, wanted: bool) -> None:
        if self._state is not None:
            self._state.set_matching(wanted)
            self._matching_changed()

    @Slot(str)
    @keeps_input()
    def setMatchingDay(self, day: str) -> None:
        if self._state is not None:
            self._state.set_matching_day(day)
            self._matching_changed()

    @Slot(str)
    @keeps_input()
    def setMatchingSlot(self, slot: str) -> None:
        if self._state is not None:
            self._state.set_matching_slot(slot)
            self._matching_changed()

    # -- consent ----------------------------------------------------------------------------

    @Property(str, notify=contentChanged)
    def consentNotice(self) -> str:
        return localize(self._rules.consent.notice, self._language) if self._rules else ""

    @Property(str, notify=contentChanged)
    def consentController(self) -> str:
        return localize(self._rules.consent.controller, self._language) if self._rules else ""

    @Property("QVariantList", notify=contentChanged)
    def consentPurposes(self) -> list[dict[str, object]]:
        if self._state is None or self._rules is None:
            return []
        return [
            {
                "id": p.id,
                "text": localize(p.text, self._language),
                "required": p.required,
                # PIPL Art. 39's items for a transfer abroad (CrossBorderNotice.qml), or none
                "crossBorder": cross_border_rows(p, self._language),
            }
            for p in self._rules.consent.purposes
        ]

    @Property("QVariantMap", notify=consentsChanged)
    def consents(self) -> dict[str, bool]:
        return dict(self._state.consents) if self._state else {}

    @Slot(str, bool)
    @keeps_input()
    def setConsent(self, purpose: str, granted: bool) -> None:
        if self._state is not None:
            self._state.set_consent(purpose, granted)
            self.consentsChanged.emit()
            self.errorsChanged.emit()

    # -- errors -----------------------------------------------------------------------------

    def _params(self, error: FieldError) -> dict[str, str]:
        params = dict(error.params)
        for key in ("starts", "ends"):
            if key in params and self._rules is not None:
                day = getattr(self._rules, key)
                params[key] = _date_text(day, self._language, "yMMMd")
        return params

    @Property("QVariantMap", notify=errorsChanged)
    def errors(self) -> dict[str, dict[str, object]]:
        """Field name → ``{"code", "english", "params"}`` for every error shown now."""
        if self._state is None:
            return {}
        return {
            name: to_data(Message(error.message.code, **self._params(error)))
            for name, error in self._state.shown.items()
        }

    @Property(int, notify=errorsChanged)
    def errorCount(self) -> int:
        return len(self._state.shown) if self._state else 0

    @Property(bool, notify=errorsChanged)
    def submitFailed(self) -> bool:
        """Send was pressed and some fields still need the visitor's attention."""
        return bool(self._state and self._state.submitted and self._state.shown)

    @Property(str, notify=saveErrorChanged)
    def saveError(self) -> str:
        """Why the last save failed (``disk_full``, ``read_only``, ``locked``, ``storage``)."""
        return self._save_error

    @Property("QVariantMap", notify=saveErrorChanged)
    def saveMessage(self) -> dict[str, object]:
        """What the visitor reads about the failed save (``Messages.text`` translates it)."""
        return to_data(save_message(self._save_error)) if self._save_error else {}

    def _set_save_error(self, reason: str) -> None:
        if reason != self._save_error:
            self._save_error = reason
            self.saveErrorChanged.emit()

    # -- submit, reset ----------------------------------------------------------------------

    @Property(int, constant=True)
    def thanksSeconds(self) -> int:
        return self.thanks_seconds

    def set_kiosk_id(self, kiosk: str) -> None:
        """Leads saved from now on carry ``kiosk`` (staff renamed the kiosk in Settings)."""
        self._kiosk_id = kiosk

    @Slot(result=bool)
    def submit(self) -> bool:
        """Validate and store; True once the commit has returned (``saved`` is emitted)."""
        state = self._state
        if state is None or self._rules is None:
            return False
        self._set_save_error("")
        errors = state.submit_errors()
        self.errorsChanged.emit()
        if errors:
            self.focusRequested.emit(errors[0].field)
            return False
        started = time.perf_counter()
        try:
            if self._kiosk_id is None:
                self._kiosk_id = kiosk_id(self._sessions)
            page = self.matching_page
            result = submit_lead(
                self._sessions,
                state.draft(),
                rules=self._rules,
                kiosk_id=self._kiosk_id,
                language=self._language,
                source="kiosk",
                meetings=page.requests(state.exhibitors) if page is not None else (),
            )
        except BookingRefused as exc:  # a slot was taken (or ran out) since it was shown
            log.info("booking refused on submit: %s", exc.code)
            self._set_save_error(f"booking.{exc.code}")
            if self.matching_page is not None:
                self.matching_page.refresh()
            return False
        except LeadValidationError as exc:  # the rules changed under the form (content reload)
            log.warning("lead refused on submit: %s", [e.code for e in exc.errors])
            self._set_save_error("storage")
            return False
        except LeadSaveError as exc:
            self._set_save_error(exc.reason)
            return False
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:  # the kiosk id not stored
            log.error("lead not saved: the kiosk id could not be stored: %s", exc)
            self._set_save_error(failure_reason(exc, self._sessions))
            return False
        except Exception as exc:
            log.exception("lead not saved: %s", exc)
            self._set_save_error("storage")
            return False
        self.last_submit_ms = (time.perf_counter() - started) * 1000
        if self.last_submit_ms > SLOW_SUBMIT_MS:
            log.warning("lead submit took %.0f ms on the UI thread", self.last_submit_ms)
        if self.matching_page is not None:
            self.matching_page.show_booked(result.lead_id)
        # "Thank you" slides in over the filled form; the form is wiped once it is covered
        # (``thanksShown``), so the visitor never sees their details vanish before the thanks.
        self._sent = True
        self.saved.emit()
        return True

    @Slot()
    def thanksShown(self) -> None:
        """ "Thank you" covers the screen: the sent form can be wiped out of sight."""
        if self._sent:
            self._clear()

    def _clear(self) -> None:
        self._sent = False
        self._save_error = ""
        self._snapshot = {}
        if self._rules is not None:
            self._state = FormState(self._rules, self._language)
        self._sync_selection()
        self._countries.clear_query()
        self._exhibitor_choices.clear_query()
        self.saveErrorChanged.emit()
        self._emit_all()

    @Slot()
    def reset(self) -> None:
        """Wipe everything the visitor entered (the shell's idle reset, end of a visit)."""
        self._clear()

    @Property(bool, notify=valuesChanged)
    def empty(self) -> bool:
        return self._state is None or self._state.is_empty

    # -- scanner ----------------------------------------------------------------------------

    def attach_window(self, window: QObject) -> None:
        """Watch the window's key presses for scanner bursts (the composition root calls it)."""
        window.installEventFilter(self.scanner)

    @keeps_input()
    def _scan_started(self) -> None:
        if self._state is not None:
            self._snapshot = dict(self._state.values)

    @keeps_input()
    def _scanned(self, text: str) -> None:
        """A scanner's burst: a card replaces the burst's keys by its fields; anything else, or
        a failure on the way, leaves the form as the visitor has it."""
        card = parse_card(text)
        if card is None or self._state is None:
            return
        before = dict(self._state.values)
        # The burst's keys were typed into the focused field: go back to before the burst.
        self._state.values = dict(self._snapshot)
        try:
            self._state.fill(card.form_values())
        except Exception:
            self._state.values = before
            raise
        self.valuesChanged.emit()
        self.errorsChanged.emit()
        self.cardRead.emit(card.kind)
