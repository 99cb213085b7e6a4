pragma Singleton
import QtQuick

// The lead form's messages in the visitor's language. Python sends error CODES (the keys of
// kiosk.domain.leads.MESSAGES, with their parameters) and save-failure reasons; the words are
// here, marked for translation, so a language switch re-translates every shown error in place.
QtObject {
    function error(code, params) {
        const p = params || {}
        switch (code) {
        case "name.required": return qsTr("Please enter your name.")
        case "name.too_long": return qsTr("Please shorten your name to %1 characters.").arg(p.max)
        case "family_name.too_long": return qsTr("Please shorten your family name to %1 characters.").arg(p.max)
        case "given_name.too_long": return qsTr("Please shorten your given name(s) to %1 characters.").arg(p.max)
        case "answer.required": return qsTr("Please answer this question.")
        case "answer.not_a_choice": return qsTr("Please choose from the answers offered.")
        case "answer.one_choice": return qsTr("Please choose one answer only.")
        case "answer.too_long": return qsTr("Please shorten your answer to %1 characters.").arg(p.max)
        case "answer.unknown": return qsTr("This question is not part of the event.")
        case "answer.not_chosen": return qsTr("Answers are only for the exhibitors you chose.")
        case "company.too_long": return qsTr("Please shorten the company name to %1 characters.").arg(p.max)
        case "job_title.too_long": return qsTr("Please shorten the job title to %1 characters.").arg(p.max)
        case "email.invalid": return qsTr("Please check the email address (for example name@example.com).")
        case "email.too_long": return qsTr("This email address is too long.")
        case "phone.invalid": return qsTr("Please check the phone number and the country or region.")
        case "phone.needs_country": return qsTr("Choose your country or region, or start the number with +.")
        case "phone.too_long": return qsTr("This phone number is too long.")
        case "contact.required": return qsTr("Please give an email address or a phone number so that we can reply.")
        case "country.unknown": return qsTr("Please choose a country or region from the list.")
        case "sectors.unknown": return qsTr("This sector is not part of the event.")
        case "sectors.too_many": return qsTr("Please choose at most %1 sectors.").arg(p.max)
        case "exhibitors.unknown": return qsTr("This exhibitor is not part of the event.")
        case "exhibitors.too_many": return qsTr("Please choose at most %1 exhibitors.").arg(p.max)
        case "matching.no_exhibitors": return qsTr("Choose at least one exhibitor you would like to meet.")
        case "matching_day.invalid": return qsTr("Please choose a day from the list.")
        case "matching_day.out_of_range": return qsTr("Please choose a day between %1 and %2.").arg(p.starts).arg(p.ends)
        case "matching_slot.invalid": return qsTr("Please choose morning or afternoon.")
        case "message.too_long": return qsTr("Please shorten your message to %1 characters (it has %2).").arg(p.max).arg(p.length)
        case "consent.required": return qsTr("This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.")
        case "consent.unknown": return qsTr("This consent is not part of the event.")
        case "field.invalid": return qsTr("This value cannot be used.")
        default: return qsTr("This value cannot be used.")
        }
    }

    function saveError(reason) {
        switch (reason) {
        case "locked": return qsTr("Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.")
        case "disk_full": return qsTr("Sorry, your details could not be saved because the kiosk's storage is full. Everything you entered is still here: please ask a member of staff for help.")
        case "booking.slot_full": return qsTr("Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.")
        case "booking.slot_over": return qsTr("Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.")
        case "read_only": return qsTr("Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.")
        default: return qsTr("Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.")
        }
    }
}
