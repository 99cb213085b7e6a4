import QtQuick
import QtQuick.Controls
import KioskStyle

// A choice as a large pill (a sector, a day, morning/afternoon): teal with a tick when chosen.
// Like LeadCheckBox it mirrors the bridge: ``selected`` is bound, a tap emits ``clicked``.
AbstractButton {
    id: chip

    property bool selected: false

    implicitHeight: Theme.touchMin
    implicitWidth: row.implicitWidth + 2 * 26
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.CheckBox
    Accessible.checked: selected
    Accessible.name: text

    background: Rectangle {
        radius: height / 2
        color: chip.selected ? (chip.down ? Theme.primaryDark : Theme.primary)
                             : (chip.down ? Theme.surfaceAlt : Theme.surface)
        border.width: chip.selected ? 0 : 2
        border.color: Theme.fieldBorder
    }

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 10
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                visible: chip.selected
                name: "check"
                size: 30
                color: Theme.textOnPrimary
            }
            KText {
                anchors.verticalCenter: parent.verticalCenter
                text: chip.text
                color: chip.selected ? Theme.textOnPrimary : Theme.text
                font.pixelSize: Theme.fontSmall + 2
                wrapMode: Text.NoWrap
            }
        }
    }
}
