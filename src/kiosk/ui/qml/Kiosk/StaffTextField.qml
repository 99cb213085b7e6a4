import QtQuick
import QtQuick.Controls
import KioskStyle

// A large text field for staff (kiosk id, confirmation phrase); the on-screen keyboard opens
// under it. Latin letters only: these values are ids and a fixed English phrase.
TextField {
    id: field

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
