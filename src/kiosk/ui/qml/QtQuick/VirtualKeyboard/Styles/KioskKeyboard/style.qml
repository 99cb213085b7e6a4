import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import KioskStyle
import Kiosk

// The on-screen keyboard drawn from the Theme: the kiosk's typeface, white letter keys with
// rounded corners on the deep teal, function keys in teal, Enter in the accent red, icons from
// Icon.qml. The space bar names the language or input method in its own script (English,
// Português, 繁體中文, 拼音), never "British English". Chosen by QT_VIRTUALKEYBOARD_STYLE
// (kiosk.ui.app); modelled on Qt's default style, the reference for the parts left out here.
KeyboardStyle {
    id: kioskStyle

    readonly property string fontFamily: Theme.fontFamily
    readonly property real keyMargin: Math.round(7 * scaleHint)
    readonly property real letterSize: Math.round(64 * scaleHint)
    readonly property real iconSize: Math.round(92 * scaleHint)
    // Candidates (Pinyin for the Traditional visitor) are shown in Traditional characters.
    readonly property bool traditionalPinyin: InputContext.locale === "zh_MO"

    // The name on the space bar: the input method in its own script.
    function methodName() {
        switch (InputContext.inputEngine.inputMode) {
        case InputEngine.InputMode.Cangjie:
        case InputEngine.InputMode.Zhuyin: return "繁體中文"  // the mode key names 倉頡 / 注音
        case InputEngine.InputMode.Pinyin: return traditionalPinyin ? "拼音 · 繁體" : "拼音"
        case InputEngine.InputMode.Dialable:
        case InputEngine.InputMode.Numeric: return ""
        }
        // The language alone, as on the language bar: Qt's own names carry the country
        // ("British English", "português europeu").
        const names = { "en": "English", "pt": "Português" }
        const language = InputContext.locale.split("_")[0]
        return names[language] ?? Qt.locale(InputContext.locale).nativeLanguageName
    }
    function candidateText(text) {
        // keyboardScript: a context property of the kiosk's engine (kiosk.ui.keyboard_script)
        return traditionalPinyin && typeof keyboardScript !== "undefined" ? keyboardScript.traditional(text) : text
    }

    // One key face: rounded, Theme colours, darker or gold while pressed.
    component Face: Rectangle {
        property var control
        property bool function_: false
        property bool enter: false
        anchors.fill: parent
        anchors.margins: kioskStyle.keyMargin
        radius: Theme.keyRadius
        color: control && control.pressed ? Theme.keyFacePressed
             : enter ? Theme.keyEnter
             : function_ || (control && control.highlighted) ? Theme.keyFunction : Theme.keyFace
        opacity: control && !control.enabled ? 0.4 : 1
    }
    component Glyph: Icon {
        property var control
        anchors.centerIn: parent
        size: kioskStyle.iconSize
        color: control && control.pressed ? Theme.keyText : Theme.keyFunctionText
    }
    component Label: Text {
        property var control
        property bool onFunction: false
        anchors.fill: parent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: onFunction && !(control && control.pressed) ? Theme.keyFunctionText : Theme.keyText
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        font.family: kioskStyle.fontFamily
        font.pixelSize: kioskStyle.letterSize
    }

    keyboardDesignWidth: 2560
    keyboardDesignHeight: 720  // a little flatter than Qt's 800: more of the form stays in sight
    keyboardRelativeLeftMargin: 12 / keyboardDesignWidth
    keyboardRelativeRightMargin: 12 / keyboardDesignWidth
    keyboardRelativeTopMargin: 12 / keyboardDesignHeight
    keyboardRelativeBottomMargin: 12 / keyboardDesignHeight

    keyboardBackground: Rectangle { color: Theme.keyboardBackground }

    keyPanel: KeyPanel {
        id: keyPanel
        Face { id: face; control: keyPanel.control }
        Label {
            control: keyPanel.control
            onFunction: keyPanel.control.highlighted
            anchors.margins: kioskStyle.keyMargin * 2
            anchors.fill: face
            text: keyPanel.control.displayText
            font.capitalization: keyPanel.control.uppercased ? Font.AllUppercase : Font.MixedCase
        }
        Text {
            // the long-press hint in the corner (Cangjie's Latin letter, "!?" on the period)
            anchors { right: face.right; top: face.top; margins: kioskStyle.keyMargin }
            visible: keyPanel.control.smallTextVisible && keyPanel.control.smallText !== "\u2699"
            text: keyPanel.control.smallText
            color: keyPanel.control.highlighted ? Theme.keyFunctionText : Theme.textMuted
            font.family: kioskStyle.fontFamily
            font.pixelSize: Math.round(34 * kioskStyle.scaleHint)
        }
    }

    backspaceKeyPanel: KeyPanel {
        id: backspacePanel
        Face { control: backspacePanel.control; function_: true }
        Glyph { control: backspacePanel.control; name: "backspace" }
    }
    languageKeyPanel: KeyPanel {
        id: languagePanel
        Face { control: languagePanel.control; function_: true }
        Glyph { control: languagePanel.control; name: "language" }
    }
    enterKeyPanel: KeyPanel {
        id: enterPanel
        Face { control: enterPanel.control; enter: true }
        Glyph { control: enterPanel.control; name: "keyboard_return"; visible: enterText.text === "" }
        Label {
            id: enterText
            control: enterPanel.control
            onFunction: true
            anchors.margins: kioskStyle.keyMargin * 3
            text: enterPanel.control.actionId === EnterKeyAction.None ? enterPanel.control.displayText : ""
            font.pixelSize: Math.round(48 * kioskStyle.scaleHint)
        }
    }
    hideKeyPanel: KeyPanel {
        id: hidePanel
        Face { control: hidePanel.control; function_: true }
        Glyph { control: hidePanel.control; name: "keyboard_hide" }
    }
    shiftKeyPanel: KeyPanel {
        id: shiftPanel
        Face {
            control: shiftPanel.control
            function_: true
            color: InputContext.capsLockActive ? Theme.keyEnter
                 : InputContext.shiftActive || shiftPanel.control.pressed ? Theme.keyFacePressed : Theme.keyFunction
        }
        Glyph {
            control: shiftPanel.control
            name: "arrow_upward"
            color: InputContext.shiftActive && !InputContext.capsLockActive ? Theme.keyText : Theme.keyFunctionText
        }
    }
    spaceKeyPanel: KeyPanel {
        id: spacePanel
        Face { control: spacePanel.control }
        Label {
            control: spacePanel.control
            text: kioskStyle.methodName()
            color: spacePanel.control.highlighted ? Theme.textOnPrimaryMuted : Theme.textMuted
            font.pixelSize: Math.round(44 * kioskStyle.scaleHint)
        }
    }
    symbolKeyPanel: KeyPanel {
        id: symbolPanel
        Face { control: symbolPanel.control; function_: true }
        Label {
            control: symbolPanel.control
            onFunction: true
            text: symbolPanel.control.displayText
            font.pixelSize: Math.round(48 * kioskStyle.scaleHint)
        }
    }
    modeKeyPanel: KeyPanel {
        id: modePanel
        Face { control: modePanel.control; function_: true }
        Label {
            control: modePanel.control
            onFunction: true
            text: modePanel.control.displayText
            font.pixelSize: Math.round(48 * kioskStyle.scaleHint)
        }
        Rectangle {
            // the mode is on (Cangjie's "quick" mode)
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: kioskStyle.keyMargin * 3 }
            width: parent.width * 0.25
            height: Math.max(3, kioskStyle.keyMargin)
            radius: height / 2
            color: Theme.goldLight
            visible: modePanel.control.mode
        }
    }

    characterPreviewMargin: 0
    characterPreviewDelegate: Rectangle {
        property string text
        property string flickLeft
        property string flickTop
        property string flickRight
        property string flickBottom
        id: preview
        radius: Theme.keyRadius
        color: Theme.keyFunction
        Text {
            anchors.fill: parent
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: preview.text
            color: Theme.keyFunctionText
            fontSizeMode: Text.VerticalFit
            font.family: kioskStyle.fontFamily
            font.pixelSize: Math.round(82 * kioskStyle.scaleHint)
        }
    }

    alternateKeysListItemWidth: 130 * scaleHint
    alternateKeysListItemHeight: 170 * scaleHint
    alternateKeysListDelegate: Item {
        id: alternative
        width: kioskStyle.alternateKeysListItemWidth
        height: kioskStyle.alternateKeysListItemHeight
        Text {
            anchors.centerIn: parent
            text: model.text
            color: alternative.ListView.isCurrentItem ? Theme.keyText : Theme.keyFunctionText
            font.family: kioskStyle.fontFamily
            font.pixelSize: Math.round(60 * kioskStyle.scaleHint)
        }
    }
    alternateKeysListHighlight: Rectangle { color: Theme.keyFacePressed; radius: Theme.keyRadius }
    alternateKeysListBackground: Item {
        Rectangle {
            readonly property real margin: 16 * kioskStyle.scaleHint
            x: -margin
            y: -margin
            width: parent.width + 2 * margin
            height: parent.height + 2 * margin
            radius: Theme.keyRadius
            color: Theme.keyFunction
            border { width: 2; color: Theme.goldLight }
        }
    }

    // The candidate bar always keeps its place above the keys (KeyboardPanel reserves it), so
    // the keys never move under a finger when candidates appear.
    selectionListHeight: 96 * scaleHint
    selectionListDelegate: SelectionListItem {
        id: candidate
        width: Math.round(candidateLabel.width + 2 * Math.round(44 * kioskStyle.scaleHint))
        Text {
            id: candidateLabel
            anchors.centerIn: parent
            text: kioskStyle.candidateText(display)
            color: Theme.candidateText
            font.family: kioskStyle.fontFamily
            font.pixelSize: Math.round(52 * kioskStyle.scaleHint)
            font.weight: candidate.ListView.isCurrentItem ? Font.Bold : Font.Normal
        }
        Rectangle {
            anchors { right: parent.left; verticalCenter: parent.verticalCenter }
            width: 2
            height: parent.height * 0.45
            color: Theme.divider
        }
    }
    selectionListBackground: Rectangle { color: Theme.candidateBar }
    selectionListAdd: null
    selectionListRemove: null

    popupListDelegate: SelectionListItem {
        property real cursorAnchor: popupLabel.x + popupLabel.width
        id: popupItem
        width: popupLabel.width + popupLabel.height
        height: popupLabel.height * 1.6
        Text {
            id: popupLabel
            anchors { left: parent.left; leftMargin: height / 2; verticalCenter: parent.verticalCenter }
            text: kioskStyle.candidateText(display)
            color: popupItem.ListView.isCurrentItem ? Theme.keyText : Theme.keyFunctionText
            font.family: kioskStyle.fontFamily
            font.pixelSize: InputMethod.cursorRectangle.height * 0.8
        }
    }
    popupListBackground: Rectangle { color: Theme.keyFunction; radius: Theme.keyRadius }
    popupListHighlight: Rectangle { color: Theme.keyFacePressed; radius: Theme.keyRadius }

    // The language key cycles through the visitor's few input methods: no popup list.
    languagePopupListEnabled: false
    languageListDelegate: SelectionListItem {
        id: languageItem
        width: languageLabel.width + 40
        height: languageLabel.height + 20
        Text {
            id: languageLabel
            anchors.centerIn: parent
            text: displayName
            color: Theme.keyFunctionText
            font.family: kioskStyle.fontFamily
            font.pixelSize: Math.round(44 * kioskStyle.scaleHint)
        }
    }
    languageListBackground: Rectangle { color: Theme.keyFunction; radius: Theme.keyRadius }

    navigationHighlight: Rectangle {
        color: "transparent"
        border.color: Theme.goldLight
        border.width: 4
    }
    selectionHandle: Item {}
    fullScreenInputContainerBackground: Rectangle { color: Theme.surface }
    fullScreenInputBackground: Rectangle { color: Theme.surface }
}
