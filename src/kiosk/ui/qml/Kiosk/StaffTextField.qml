import QtQuick
import QtQuick.Controls
import KioskStyle

// A large text field for staff (kiosk id, confirmation phrase); the on-screen keyboard opens
// under it, in English (see englishKeyboard).
TextField {
    id: field

    // StaffDashboard switches the keyboard to English while a field marked so has focus.
    readonly property bool englishKeyboard: true
    // What the staff tap after typing (e.g. the button under the field): StaffDashboard scrolls
    // it into sight above the keyboard together with the field.
    property Item keepWith: null

    // What speech says for the field and the audit checks: the label shown above it (set by
    // the panel), else what the empty field shows.
    Accessible.role: Accessible.EditableText
    Accessible.name: placeholderText

    implicitHeight: Theme.touchMin + 8
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    leftPadding: 20
    rightPadding: 20
    inputMethodHints: Qt.ImhLatinOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    background: Rectangle {
        radius: 12
        color: Theme.surface
        border.width: field.activeFocus ? 3 : 2
        border.color: field.activeFocus ? Theme.primary : Theme.divider
    }
}
