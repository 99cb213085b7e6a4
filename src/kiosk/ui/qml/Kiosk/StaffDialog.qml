import QtQuick
import KioskStyle

// A question over the dashboard with two answers; nothing underneath reacts while it shows.
Item {
    id: dialog

    property string title: ""
    property string message: ""
    property string confirmText: qsTr("Confirm")
    property string confirmName: "confirmButton"
    property string cancelName: "cancelButton"
    signal confirmed()

    function open() { visible = true }
    function close() { visible = false }

    visible: false
    z: 100

    Rectangle { anchors.fill: parent; color: Theme.scrim }
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: 980
        height: content.implicitHeight + 2 * 56
        radius: Theme.radiusLarge
        color: Theme.surface

        Column {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 56 }
            spacing: 28
            KText {
                width: parent.width
                text: dialog.title
                color: Theme.primary
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            KText {
                width: parent.width
                text: dialog.message
                color: Theme.textMuted
            }
            Row {
                spacing: 24
                KioskButton {
                    objectName: dialog.confirmName
                    variant: "accent"
                    text: dialog.confirmText
                    onClicked: { dialog.close(); dialog.confirmed() }
                }
                KioskButton {
                    objectName: dialog.cancelName
                    variant: "secondary"
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
            }
        }
    }
}
