import QtQuick
import KioskStyle

// The title band of a catalogue screen, under the shell's top bar (which has Back and Home):
// the title, a line under it, and room on the right for the screen's own controls.
Rectangle {
    id: header
    property string title: ""
    property string subtitle: ""
    // More than 1: a long title (an official pavilion name) wraps onto that many lines, at
    // heading size, instead of being cut.
    property int titleLines: 1
    default property alias trailing: trailingRow.data

    implicitHeight: Math.max(112, titleColumn.implicitHeight + 24)
    color: Theme.background

    Column {
        id: titleColumn
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.right: trailingRow.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2
        KText {
            objectName: "screenTitle"
            Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
            Accessible.name: text
            width: parent.width
            text: header.title
            color: Theme.primary
            font.pixelSize: header.titleLines > 1 ? Theme.fontHeading : Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: header.titleLines > 1 ? Text.WordWrap : Text.NoWrap
            maximumLineCount: header.titleLines
            elide: Text.ElideRight
            // Long exhibitor names shrink a little before they are cut short.
            fontSizeMode: header.titleLines > 1 ? Text.FixedSize : Text.HorizontalFit
            minimumPixelSize: Theme.fontHeading - 4
        }
        KText {
            objectName: "screenSubtitle"
            width: parent.width
            visible: text.length > 0
            text: header.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
        }
    }

    Row {
        id: trailingRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 2
        color: Theme.divider
    }
}
