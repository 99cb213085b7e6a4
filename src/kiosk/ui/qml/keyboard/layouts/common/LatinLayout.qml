import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The kiosk's Latin keyboard (English, Portuguese, and the email field in every language).
// Accents are on long-press of their letter (á ã â à on "a", ç on "c", ...), so names from
// anywhere can be typed. Qt leaves the letter itself out of the list and opens it on the
// accent just after the letter's place: that is the one a lifted finger types, so each list
// puts the most used Portuguese accent there (ã, é, í, ó, ú). For an email field ("ImhEmailCharactersOnly") the comma becomes "@"
// and a ".com" key appears; every other key keeps its place.
KeyboardLayout {
    id: layout

    readonly property bool email: InputContext.inputMethodHints & Qt.ImhEmailCharactersOnly
    // Portuguese keyboards have their own "ç" key after "l" (then the home row is not indented).
    property bool cedillaKey: false
    readonly property real rowEdgeWidth: cedillaKey ? normalKeyWidth : functionKeyWidth
    readonly property real normalKeyWidth: normalKey.width
    readonly property real functionKeyWidth: mapFromItem(normalKey, normalKey.width / 2, 0).x

    inputMode: InputEngine.InputMode.Latin
    keyWeight: 160

    KeyboardRow {
        Key { key: Qt.Key_Q; text: "q" }
        Key { id: normalKey; key: Qt.Key_W; text: "w" }
        Key { key: Qt.Key_E; text: "e"; alternativeKeys: "èeéêë" }
        Key { key: Qt.Key_R; text: "r" }
        Key { key: Qt.Key_T; text: "t" }
        Key { key: Qt.Key_Y; text: "y"; alternativeKeys: "yý" }
        Key { key: Qt.Key_U; text: "u"; alternativeKeys: "ùuúûü" }
        Key { key: Qt.Key_I; text: "i"; alternativeKeys: "ìiíîï" }
        Key { key: Qt.Key_O; text: "o"; alternativeKeys: "òoóõôöº" }
        Key { key: Qt.Key_P; text: "p" }
    }
    KeyboardRow {
        KeyboardRow {
            Layout.preferredWidth: layout.rowEdgeWidth
            Layout.fillWidth: false
            FillerKey { visible: !layout.cedillaKey }
            Key {
                key: Qt.Key_A
                text: "a"
                alternativeKeys: "àáaãâäª"
                weight: layout.normalKeyWidth
                Layout.fillWidth: false
            }
        }
        Key { key: Qt.Key_S; text: "s" }
        Key { key: Qt.Key_D; text: "d" }
        Key { key: Qt.Key_F; text: "f" }
        Key { key: Qt.Key_G; text: "g" }
        Key { key: Qt.Key_H; text: "h" }
        Key { key: Qt.Key_J; text: "j" }
        Key { key: Qt.Key_K; text: "k" }
        KeyboardRow {
            Layout.preferredWidth: layout.rowEdgeWidth
            Layout.fillWidth: false
            Key {
                key: Qt.Key_L
                text: "l"
                weight: layout.normalKeyWidth
                Layout.fillWidth: false
            }
            FillerKey { visible: !layout.cedillaKey }
        }
        Key {
            visible: layout.cedillaKey
            key: Qt.Key_Ccedilla
            text: "ç"
        }
    }
    KeyboardRow {
        ShiftKey {
            weight: layout.functionKeyWidth
            Layout.fillWidth: false
        }
        Key { key: Qt.Key_Z; text: "z" }
        Key { key: Qt.Key_X; text: "x" }
        Key { key: Qt.Key_C; text: "c"; alternativeKeys: "cç" }
        Key { key: Qt.Key_V; text: "v" }
        Key { key: Qt.Key_B; text: "b" }
        Key { key: Qt.Key_N; text: "n"; alternativeKeys: "nñ" }
        Key { key: Qt.Key_M; text: "m" }
        BackspaceKey {
            weight: layout.functionKeyWidth
            Layout.fillWidth: false
        }
    }
    KeyboardRow {
        SymbolModeKey {
            weight: layout.functionKeyWidth
            Layout.fillWidth: false
        }
        ChangeLanguageKey {
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
        }
        Key {
            objectName: layout.email ? "atKey" : "commaKey"
            key: layout.email ? Qt.Key_At : Qt.Key_Comma
            text: layout.email ? "@" : ","
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
            highlighted: true
        }
        SpaceKey {}
        Key {
            key: Qt.Key_Period
            text: "."
            alternativeKeys: layout.email ? "-._" : "!.?"
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
            highlighted: true
        }
        Key {
            objectName: "dotComKey"
            visible: layout.email
            text: ".com"
            alternativeKeys: [".com", ".cn", ".net", ".org", ".mo", ".pt"]  // held: ".cn" first
            weight: layout.normalKeyWidth * 1.5
            Layout.fillWidth: false
            highlighted: true
        }
        HideKeyboardKey {
            weight: layout.normalKeyWidth
            Layout.fillWidth: false
        }
        EnterKey {
            weight: layout.functionKeyWidth
            Layout.fillWidth: false
        }
    }
}
