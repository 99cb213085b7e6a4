import QtQuick
import KioskStyle

// KioskButton with a staff icon (the visitor's Icon set has none of these).
KioskButton {
    id: control

    property string staffIcon: ""

    implicitHeight: Math.max(Theme.touchMin, row.implicitHeight + 24)
    implicitWidth: Math.max(implicitHeight, row.implicitWidth + 2 * 32)

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight

        Row {
            id: row
            anchors.centerIn: parent
            spacing: 14

            StaffIcon {
                visible: control.staffIcon !== ""
                anchors.verticalCenter: parent.verticalCenter
                name: control.staffIcon
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
    opacity: enabled ? 1 : 0.45
}
