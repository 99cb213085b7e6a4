import QtQuick
import QtQuick.Controls
import KioskStyle

// A large tick box with its label (formats, settings, choices): the whole row answers the
// finger. It does not tick itself: ``checked`` is bound to Python's state and a tap asks Python.
AbstractButton {
    id: control

    checkable: false
    focusPolicy: Qt.NoFocus
    // A long label (e.g. in Portuguese) wraps onto a second line instead of being cut off.
    implicitHeight: Math.max(Theme.touchMin, label.implicitHeight + 12)
    implicitWidth: box.width + 16 + label.implicitWidth + 8
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    contentItem: Item {
        Rectangle {
            id: box
            anchors.verticalCenter: parent.verticalCenter
            width: 48
            height: 48
            radius: 10
            color: control.checked ? Theme.primary : Theme.surface
            border.width: 3
            border.color: control.checked ? Theme.primary : Theme.textMuted
            StaffIcon {
                anchors.centerIn: parent
                visible: control.checked
                name: "check"
                size: 36
                color: Theme.textOnPrimary
            }
        }
        KText {
            id: label
            anchors { left: box.right; leftMargin: 16; right: parent.right; verticalCenter: parent.verticalCenter }
            text: control.text
            wrapMode: Text.Wrap
        }
    }
}
