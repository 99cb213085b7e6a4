import QtQuick
import QtQuick.Controls
import KioskStyle

// A large tick box with its text: the whole row is the target. It does not toggle itself:
// ``checked`` mirrors the bridge, and a tap asks the bridge to change it (``changeRequested``).
AbstractButton {
    id: box

    property bool invalid: false
    property string note: ""   // e.g. "required", shown under the text

    signal changeRequested(bool wanted)

    implicitHeight: Math.max(Theme.touchMin + 16, texts.implicitHeight + 36)
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.name: text
    onClicked: box.changeRequested(!box.checked)

    background: Rectangle {
        radius: Theme.radius
        color: box.checked ? Theme.surfaceAlt : Theme.surface
        border.width: box.invalid ? 3 : 2
        border.color: box.invalid ? Theme.error : box.checked ? Theme.primary : Theme.divider
    }

    contentItem: Item {
        implicitHeight: texts.implicitHeight

        Rectangle {
            id: square
            x: 20
            anchors.verticalCenter: parent.verticalCenter
            width: 52
            height: 52
            radius: 10
            color: box.checked ? Theme.primary : Theme.surface
            border.width: 3
            border.color: box.invalid ? Theme.error : Theme.primary
            Icon {
                anchors.centerIn: parent
                visible: box.checked
                name: "check"
                size: 40
                color: Theme.textOnPrimary
            }
        }
        Column {
            id: texts
            anchors {
                left: square.right
                leftMargin: 22
                right: parent.right
                rightMargin: 20
                verticalCenter: parent.verticalCenter
            }
            spacing: 4
            KText {
                width: parent.width
                text: box.text
                font.pixelSize: Theme.fontSmall + 2
            }
            KText {
                width: parent.width
                visible: box.note !== ""
                text: box.note
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
        }
    }
}
