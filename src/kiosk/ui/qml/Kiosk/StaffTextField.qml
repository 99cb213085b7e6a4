import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard.Settings
import KioskStyle

// A large text field for staff (kiosk id, confirmation phrase); the on-screen keyboard opens
// under it. These values are ids and a fixed English phrase, so while the field has focus the
// keyboard shows its English layout (Zhuyin and Cangjie ignore ImhLatinOnly), and goes back to
// the visitor's layout afterwards. en_GB is among every language's keyboard locales.
TextField {
    id: field

    property string visitorLocale: ""

    function restoreKeyboard() {
        if (visitorLocale !== "") {
            VirtualKeyboardSettings.locale = visitorLocale
            visitorLocale = ""
        }
    }

    onActiveFocusChanged: {
        if (activeFocus) {
            visitorLocale = VirtualKeyboardSettings.locale
            VirtualKeyboardSettings.locale = "en_GB"
        } else {
            restoreKeyboard()
        }
    }
    Component.onDestruction: restoreKeyboard()

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
