import QtQuick
import KioskStyle

// A white panel with a heading; what it holds goes in its body column.
Rectangle {
    id: card

    property string title: ""
    default property alias body: column.data
    property alias spacing: column.spacing

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    border.width: 1
    implicitHeight: column.implicitHeight + 2 * 28
    implicitWidth: 400

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 28 }
        spacing: 16

        KText {
            visible: card.title !== ""
            width: parent.width
            text: card.title
            color: Theme.primary
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap  // whole, on a narrow panel too
        }
    }
}
