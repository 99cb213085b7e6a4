import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

ApplicationWindow {
    id: root
    objectName: "kioskWindow"
    required property AppBridge app

    width: 1920
    height: 1080
    visible: true
    color: Theme.primaryDark
    title: root.app.brandName

    Column {
        anchors.centerIn: parent
        spacing: Theme.spacing

        Text {
            objectName: "brandName"
            anchors.horizontalCenter: parent.horizontalCenter
            text: root.app.brandName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontHuge
            font.family: Theme.fontFamily
            font.bold: true
        }
        Text {
            objectName: "exhibitorCount"
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("%n exhibitor(s)", "", root.app.exhibitorCount)
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontHeading
            font.family: Theme.fontFamily
        }
    }
}
