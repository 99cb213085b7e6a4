import QtQuick
import KioskStyle

// The top bar of a catalogue screen: a back button, the title, and room on the right for
// the screen's own controls (search field, action button).
Rectangle {
    id: header
    property string title: ""
    property string subtitle: ""
    default property alias trailing: trailingRow.data
    signal backRequested()

    implicitHeight: 120
    color: Theme.surface

    CatalogButton {
        id: back
        objectName: "backButton"
        kind: "quiet"
        icon: "back"
        text: qsTr("Back")
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        onClicked: header.backRequested()
    }

    Column {
        anchors.left: back.right
        anchors.leftMargin: Theme.spacing
        anchors.right: trailingRow.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2
        CatalogText {
            objectName: "screenTitle"
            width: parent.width
            text: header.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.NoWrap
            maximumLineCount: 1
            // Long exhibitor names shrink a little before they are cut short.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontHeading - 4
        }
        CatalogText {
            width: parent.width
            visible: text.length > 0
            text: header.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 1
        }
    }

    Row {
        id: trailingRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
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
