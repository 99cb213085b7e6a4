import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import KioskStyle
import KioskBackend

// The on-screen keyboard, docked at the bottom of the canvas and shown while a text field has
// focus. Its layouts follow the visitor's language (Zhuyin/Cangjie, Pinyin, Portuguese,
// English); the keyboard's own language key cycles through the ones AppBridge offers.
Item {
    id: dock

    required property AppBridge app
    readonly property alias panel: inputPanel
    // Height the keyboard currently takes from the bottom of the canvas (0 when hidden).
    readonly property real occupied: Math.max(0, height - inputPanel.y)

    Binding { target: VirtualKeyboardSettings; property: "locale"; value: dock.app.keyboardLocale }
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: dock.app.keyboardLocales }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: dock.occupied
        color: Theme.primaryDeep
    }

    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        width: Math.min(parent.width, 1480)
        anchors.horizontalCenter: parent.horizontalCenter
        y: active ? dock.height - height : dock.height
        Behavior on y { NumberAnimation { duration: 220; easing.type: Easing.OutCubic } }
    }
}
