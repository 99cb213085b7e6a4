import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import KioskBackend

// Qt Virtual Keyboard, sliding up while a text field has focus. Its layouts follow the
// visitor's language (Zhuyin/Cangjie, Pinyin, Portuguese, English); the keyboard's own language
// key cycles through the ones AppBridge offers.
InputPanel {
    id: inputPanel

    property AppBridge app: null

    objectName: "inputPanel"
    width: parent ? parent.width : 0
    y: active ? parent.height - height : parent.height
    Behavior on y { NumberAnimation { duration: 220; easing.type: Easing.OutCubic } }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: inputPanel.app ? inputPanel.app.keyboardLocale : ""
        when: inputPanel.app !== null
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: inputPanel.app ? inputPanel.app.keyboardLocales : []
        when: inputPanel.app !== null
    }
}
