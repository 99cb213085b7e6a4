"""Every user-facing message's words, once: code → English with ``{named}`` placeholders.

Each entry is written ``QT_TRANSLATE_NOOP(code, english)`` so that Qt's ``lupdate`` (which reads
Python) puts it in the ``.ts`` files under the code as its context: translators see the code,
and ``kiosk.ui.messages`` looks the translation up by code and English. Placeholders follow
``str.format`` (``{limit:,}`` groups digits); a translation keeps the same names.

A code is ``area.what`` (``lead.``, ``content.``, ``workbook.``, ``image.``, ``export.``,
``audit.``, ``term.``); ``term.`` entries are words used as parameters of other messages.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(code: str, english: str) -> tuple[str, str]:
    """Marks ``english`` for translation under ``code``; returns the catalogue entry."""
    return code, english


TEXTS: dict[str, str] = dict(
    (
        # -- the lead form (kiosk.domain.leads.validation): the visitor reads these -------------
        QT_TRANSLATE_NOOP("lead.field.invalid", "This value cannot be used."),
        QT_TRANSLATE_NOOP("lead.name.required", "Please enter your name."),
        QT_TRANSLATE_NOOP("lead.name.too_long", "Please shorten your name to {max} characters."),
        QT_TRANSLATE_NOOP(
            "lead.family_name.too_long", "Please shorten your family name to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.given_name.too_long", "Please shorten your given name(s) to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.company.too_long", "Please shorten the company name to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.job_title.too_long", "Please shorten the job title to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.email.invalid", "Please check the email address (for example name@example.com)."
        ),
        QT_TRANSLATE_NOOP("lead.email.too_long", "This email address is too long."),
        QT_TRANSLATE_NOOP(
            "lead.phone.invalid", "Please check the phone number and the country or region."
        ),
        QT_TRANSLATE_NOOP(
            "lead.phone.needs_country", "Choose your country or region, or start the number with +."
        ),
        QT_TRANSLATE_NOOP("lead.phone.too_long", "This phone number is too long."),
        QT_TRANSLATE_NOOP(
            "lead.contact.required",
            "Please give an email address or a phone number so that we can reply.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.country.unknown", "Please choose a country or region from the list."
        ),
        QT_TRANSLATE_NOOP("lead.sectors.unknown", "This sector is not part of the event: {id}."),
        QT_TRANSLATE_NOOP("lead.sectors.too_many", "Please choose at most {max} sectors."),
        QT_TRANSLATE_NOOP(
            "lead.exhibitors.unknown", "This exhibitor is not part of the event: {id}."
        ),
        QT_TRANSLATE_NOOP("lead.exhibitors.too_many", "Please choose at most {max} exhibitors."),
        QT_TRANSLATE_NOOP("lead.answer.required", "Please answer this question."),
        QT_TRANSLATE_NOOP("lead.answer.not_a_choice", "Please choose from the answers offered."),
        QT_TRANSLATE_NOOP("lead.answer.one_choice", "Please choose one answer only."),
        QT_TRANSLATE_NOOP(
            "lead.answer.too_long", "Please shorten your answer to {max} characters."
        ),
        QT_TRANSLATE_NOOP("lead.answer.unknown", "This question is not part of the event: {id}."),
        QT_TRANSLATE_NOOP(
            "lead.answer.not_chosen",
            "Answers are only for the exhibitors you chose; {id} is not one of them.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.matching.no_exhibitors", "Choose at least one exhibitor you would like to meet."
        ),
        QT_TRANSLATE_NOOP("lead.matching_day.invalid", "Please choose a day from the list."),
        QT_TRANSLATE_NOOP(
            "lead.matching_day.out_of_range", "Please choose a day between {starts} and {ends}."
        ),
        QT_TRANSLATE_NOOP("lead.matching_slot.invalid", "Please choose morning or afternoon."),
        QT_TRANSLATE_NOOP(
            "lead.message.too_long",
            "Please shorten your message to {max} characters (it has {length}).",
        ),
        QT_TRANSLATE_NOOP(
            "lead.consent.required",
            "This consent is needed: without it we cannot pass your details on for this "
            "purpose, so the form cannot be sent.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.consent.unknown", "This consent purpose is not part of the event: {id}."
        ),
        # Why a lead was not saved (kiosk.services.leads.LeadSaveError.reason).
        QT_TRANSLATE_NOOP(
            "lead.save.locked",
            "Sorry, the kiosk is busy for a moment and could not save your details. Everything "
            "you entered is still here: please send it again.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.disk_full",
            "Sorry, your details could not be saved because the kiosk's storage is full. "
            "Everything you entered is still here: please ask a member of staff for help.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.slot_full",
            "Sorry, a meeting slot you chose has just been booked by someone else. Everything "
            "you entered is still here: please choose another time.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.slot_over",
            "Sorry, a meeting slot you chose has already started. Everything you entered is "
            "still here: please choose another time.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.read_only",
            "Sorry, the kiosk cannot save details at the moment. Everything you entered is "
            "still here: please ask a member of staff for help.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.failed",
            "Sorry, your details could not be saved just now. Everything you entered is still "
            "here: please try again in a moment, or ask a member of staff for help.",
        ),
    )
)
