import QtQuick
import QtQuick.Controls
import KioskStyle

// The kiosk's touch button: at least Theme.touchMin tall, large type, an optional icon, and a
// press that visibly answers the finger. Variants: "primary", "accent", "secondary", "ghost",
// "onDark" (outlined, for dark backgrounds).
AbstractButton {
    id: control

    property string iconName: ""
    property string variant: "primary"
    property int fontSize: Theme.fontButton

    readonly property color fillColor: {
        switch (variant) {
        case "accent": return down ? Theme.accentDark : Theme.accent
        case "secondary": return down ? Theme.divider : Theme.surface
        case "ghost": return down ? Theme.surfaceAlt : "transparent"
        case "onDark": return down ? Theme.pressOnDark : "transparent"
        default: return down ? Theme.primaryDark : Theme.primary
        }
    }
    readonly property color inkColor: {
        switch (variant) {
        case "secondary":
        case "ghost": return Theme.primary
        default: return Theme.textOnPrimary
        }
    }

    implicitHeight: Math.max(Theme.touchMin, contentRow.implicitHeight + 24)
    implicitWidth: Math.max(implicitHeight, contentRow.implicitWidth + 2 * 32)
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    scale: down ? 0.97 : 1.0
    // Pressed in the first frame after the touch; only the way back eases.
    Behavior on scale { enabled: control.scale < 1; NumberAnimation { duration: Theme.animationMs / 2 } }

    background: Rectangle {
        radius: height / 2
        color: control.fillColor
        border.width: control.variant === "secondary" || control.variant === "onDark" ? 2 : 0
        border.color: control.variant === "onDark" ? Theme.textOnPrimaryMuted : Theme.divider
    }

    contentItem: Item {
        implicitWidth: contentRow.implicitWidth
        implicitHeight: contentRow.implicitHeight

        Row {
            id: contentRow
            anchors.centerIn: parent
            spacing: 14

            Icon {
                visible: control.iconName !== ""
                anchors.verticalCenter: parent.verticalCenter
                name: control.iconName
                size: control.fontSize * 1.25
                color: control.inkColor
            }
            KText {
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                color: control.inkColor
                font.pixelSize: control.fontSize
                font.weight: Font.DemiBold
                wrapMode: Text.NoWrap
            }
        }
    }
}
