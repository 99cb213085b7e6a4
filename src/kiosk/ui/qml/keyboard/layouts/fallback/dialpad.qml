import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

// The phone keypad ("ImhDialableCharactersOnly"): digits as on a phone, "+" for the country
// code on its own key, a space and "-" to group the number.
KeyboardLayout {
    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Dialable

    KeyboardColumn {
        Layout.fillWidth: false
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: height * 1.3
        KeyboardRow {
            Key { key: Qt.Key_1; text: "1" }
            Key { key: Qt.Key_2; text: "2" }
            Key { key: Qt.Key_3; text: "3" }
            BackspaceKey {}
        }
        KeyboardRow {
            Key { key: Qt.Key_4; text: "4" }
            Key { key: Qt.Key_5; text: "5" }
            Key { key: Qt.Key_6; text: "6" }
            Key {
                key: Qt.Key_Space
                text: " "
                displayText: "\u2423"
                repeat: true
                showPreview: false
                highlighted: true
            }
        }
        KeyboardRow {
            Key { key: Qt.Key_7; text: "7" }
            Key { key: Qt.Key_8; text: "8" }
            Key { key: Qt.Key_9; text: "9" }
            HideKeyboardKey {}
        }
        KeyboardRow {
            Key { objectName: "plusKey"; key: Qt.Key_Plus; text: "+"; highlighted: true }
            Key { key: Qt.Key_0; text: "0" }
            Key { key: Qt.Key_Minus; text: "-"; alternativeKeys: "-()"; highlighted: true }
            EnterKey {}
        }
    }
}
