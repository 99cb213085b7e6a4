import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import KioskStyle
import KioskBackend

// Qt Virtual Keyboard, sliding up while a text field has focus, in the kiosk's own style and
// layouts (QT_VIRTUALKEYBOARD_STYLE and QT_VIRTUALKEYBOARD_LAYOUT_PATH, set in kiosk.ui.app).
// Its input methods follow the visitor's language (Cangjie/Zhuyin and Pinyin giving Traditional
// characters, Pinyin, Portuguese, English); the keyboard's own language key cycles through the
// ones AppBridge offers. An email field gets the Latin keys with "@" and ".com" in every
// language.
//
// The root fills the dock (its Loader has the dock's size); the keyboard inside keeps its own
// height at the bottom. Loaded directly, the Loader would stretch the keyboard over the whole
// canvas and squeeze the screen above it to nothing.
Item {
    id: panel

    objectName: "keyboardPanel"
    property AppBridge app: null
    // The candidate bar's room is reserved above the keys whether or not candidates show, so
    // neither the keys nor the screen above move when they appear.
    readonly property real candidateHeight: inputPanel.keyboard.style ? inputPanel.keyboard.style.selectionListHeight : 0
    readonly property real fullHeight: inputPanel.keyboard.height + candidateHeight
    // 0 hidden, 1 shown; only this slides. When the window changes size (a totem turned,
    // another monitor) the hidden keyboard moves at once: animated, it swept across the
    // screen and its keys caught the taps on the way.
    property real shown: inputPanel.active ? 1 : 0
    Behavior on shown { NumberAnimation { duration: Theme.animationMs + 40; easing.type: Easing.OutCubic } }
    // Where the keyboard's top edge (with its candidate bar) is, in the dock (the dock's
    // height when hidden).
    readonly property real keyboardTop: panel.height - panel.shown * panel.fullHeight

    InputPanel {
        id: inputPanel

        objectName: "inputPanel"
        width: parent.width
        // Down, the keys are not drawn and take no taps, wherever a resize left them.
        visible: active || panel.shown > 0
        // bottom-anchored: the candidate bar grows the panel upwards into its reserved room
        y: panel.keyboardTop + panel.fullHeight - height
    }

    // Email wants "@" and ".com": the Latin keys, also where the visitor's keyboard is Chinese.
    readonly property bool emailField: InputContext.inputMethodHints & Qt.ImhEmailCharactersOnly
    readonly property string visitorLocale: panel.app ? panel.app.keyboardLocale : ""
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.emailField && panel.visitorLocale.startsWith("zh") ? "en_GB" : panel.visitorLocale
        when: panel.app !== null
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: panel.app ? panel.app.keyboardLocales : []
        when: panel.app !== null
    }
    Component.onCompleted: VirtualKeyboardSettings.wordCandidateList.alwaysVisible = true
}
