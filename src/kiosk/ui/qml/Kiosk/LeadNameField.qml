import QtQuick
import KioskStyle
import KioskBackend

// One of the two name fields. Chinese asks the family name first (姓, then 名), Portuguese and
// English the given name(s) first; ``first`` says which of the two places this is. Either may
// stay empty for a visitor with a single name; "enter your name" shows under the first.
LeadTextField {
    id: nameField

    property bool first: true
    readonly property bool family: form.familyNameFirst === first

    fieldName: family ? "family_name" : "given_name"
    alsoShows: first ? "name" : ""
    label: family ? qsTr("Family name") : qsTr("Given name(s)")
    required: first
}
