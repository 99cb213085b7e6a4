import QtQuick
import KioskStyle

// One headline number of the dashboard, with what it counts.
Rectangle {
    id: figure

    property string label: ""
    property string value: ""

    implicitWidth: 300
    implicitHeight: 150
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    Column {
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 28 }
        spacing: 4
        KText {
            objectName: figure.objectName + "Value"
            text: figure.value
            color: Theme.primary
            font.pixelSize: Theme.fontHuge * 0.7
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
        }
        KText {
            width: parent.width
            text: figure.label
            color: Theme.textMuted
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
        }
    }
}
