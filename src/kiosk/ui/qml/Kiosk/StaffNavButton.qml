import QtQuick
import QtQuick.Controls
import KioskStyle

// One entry of the dashboard's side rail: an icon and a label, highlighted when selected.
AbstractButton {
    id: control

    property string staffIcon: ""
    property bool selected: false
    property bool danger: false

    focusPolicy: Qt.NoFocus
    implicitHeight: 88
    Accessible.role: Accessible.Button
    Accessible.name: text

    readonly property color ink: selected ? Theme.textOnPrimary : (danger ? Theme.accent : Theme.primary)

    background: Rectangle {
        radius: Theme.radius
        color: control.selected ? Theme.primary : (control.down ? Theme.surfaceAlt : "transparent")
    }
    contentItem: Item {
        StaffIcon {
            id: icon
            anchors { left: parent.left; leftMargin: 20; verticalCenter: parent.verticalCenter }
            name: control.staffIcon
            size: 40
            color: control.ink
        }
        KText {
            anchors { left: icon.right; leftMargin: 18; right: parent.right; rightMargin: 12; verticalCenter: parent.verticalCenter }
            text: control.text
            color: control.ink
            font.pixelSize: Theme.fontBody
            font.weight: control.selected ? Font.DemiBold : Font.Normal
            lineHeight: 1.0
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
