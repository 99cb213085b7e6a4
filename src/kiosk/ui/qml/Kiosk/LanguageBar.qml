pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The language switch: each language named in itself and in its own script's font. Switching
// re-translates the screen in place; the visitor stays where they are.
Row {
    id: bar

    required property AppBridge app
    property bool onDark: false

    spacing: 8

    Repeater {
        model: bar.app.languages

        AbstractButton {
            id: button

            required property var modelData
            readonly property bool selected: bar.app.language === modelData.tag

            objectName: "languageButton_" + modelData.tag
            implicitHeight: Theme.touchMin + 8
            implicitWidth: Math.max(150, label.implicitWidth + 48)
            focusPolicy: Qt.NoFocus
            text: modelData.name
            Accessible.role: Accessible.Button
            Accessible.name: modelData.name
            Accessible.checked: selected
            onClicked: bar.app.setLanguage(modelData.tag)

            background: Rectangle {
                radius: height / 2
                color: button.selected ? (bar.onDark ? Theme.goldLight : Theme.primary)
                                       : (button.down ? (bar.onDark ? Theme.pressOnDark : Theme.surfaceAlt)
                                                      : "transparent")
                border.width: button.selected ? 0 : 2
                border.color: bar.onDark ? Theme.outlineOnDark : Theme.divider
            }
            contentItem: Text {
                id: label
                text: button.modelData.name
                font.family: button.modelData.family
                font.pixelSize: Theme.fontBody
                font.weight: button.selected ? Font.DemiBold : Font.Normal
                color: button.selected ? (bar.onDark ? Theme.primaryDeep : Theme.textOnPrimary)
                                       : (bar.onDark ? Theme.textOnPrimary : Theme.text)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
