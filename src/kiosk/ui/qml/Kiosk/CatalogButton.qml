import QtQuick
import KioskStyle

// A touch button at least Theme.touchMin tall: filled (primary or accent) or quiet (outlined).
// Pressing darkens and shrinks it a little so a tap always answers at once.
Rectangle {
    id: button
    property string text: ""
    property string icon: ""
    property string kind: "primary"       // "primary" | "accent" | "quiet"
    property int fontSize: Theme.fontBody
    signal clicked()

    readonly property bool filled: kind !== "quiet"
    readonly property color baseColor: kind === "accent" ? Theme.accent : Theme.primary
    readonly property color foreground: filled ? Theme.textOnPrimary : Theme.primary

    implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 24)
    readonly property bool hasIcon: icon.length > 0
    readonly property bool hasText: text.length > 0
    readonly property real iconPart: hasIcon ? 30 + (hasText ? row.spacing : 0) : 0
    implicitWidth: Math.max(Theme.touchMin,
                            iconPart + (hasText ? label.implicitWidth + 2 * Theme.spacing : 0))
    radius: Math.min(height / 2, Theme.radius * 2)
    color: !filled ? (area.pressed ? "#E3EEED" : Theme.surface)
                   : (area.pressed ? Qt.darker(baseColor, 1.25) : baseColor)
    border.width: filled ? 0 : 2
    border.color: Theme.primary
    opacity: enabled ? 1.0 : 0.45
    scale: area.pressed ? 0.97 : 1.0
    Accessible.role: Accessible.Button
    Accessible.name: text

    Behavior on scale { NumberAnimation { duration: 90 } }
    Behavior on color { ColorAnimation { duration: 90 } }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 12
        CatalogIcon {
            visible: button.hasIcon
            name: button.icon
            color: button.foreground
            size: 30
            anchors.verticalCenter: parent.verticalCenter
        }
        CatalogText {
            id: label
            visible: button.hasText
            text: button.text
            color: button.foreground
            font.pixelSize: button.fontSize
            font.bold: true
            wrapMode: Text.NoWrap
            width: Math.min(implicitWidth, button.width - 2 * Theme.spacing - button.iconPart)
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
