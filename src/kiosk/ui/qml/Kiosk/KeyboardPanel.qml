import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import KioskStyle
import KioskBackend

// Qt Virtual Keyboard, sliding up while a text field has focus. Its layouts follow the
// visitor's language (Zhuyin/Cangjie, Pinyin, Portuguese, English); the keyboard's own language
// key cycles through the ones AppBridge offers.
//
// The root fills the dock (its Loader has the dock's size); the keyboard inside keeps its own
// height at the bottom. Loaded directly, the Loader would stretch the keyboard over the whole
// canvas and squeeze the screen above it to nothing.
Item {
    id: panel

    property AppBridge app: null
    // Where the keyboard's top edge is, in the dock (the dock's height when hidden).
    readonly property real keyboardTop: inputPanel.y

    InputPanel {
        id: inputPanel

        objectName: "inputPanel"
        width: parent.width
        y: panel.height
        // It slides only when it opens or closes. When the window changes size (a totem turned,
        // another monitor) the hidden keyboard moves at once: animated, it swept across the
        // screen and its keys caught the taps on the way.
        states: State {
            name: "shown"
            when: inputPanel.active
            PropertyChanges { inputPanel.y: panel.height - inputPanel.height }
        }
        transitions: Transition {
            NumberAnimation { property: "y"; duration: Theme.animationMs + 40; easing.type: Easing.OutCubic }
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.app ? panel.app.keyboardLocale : ""
        when: panel.app !== null
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: panel.app ? panel.app.keyboardLocales : []
        when: panel.app !== null
    }
}
