import QtQuick
import KioskStyle
import KioskBackend

// Stands in for a screen whose QML file or bridge is not part of this build (the shell never
// shows a blank area or a load error to a visitor).
Item {
    id: screen

    required property AppBridge app
    property string screenTitle: ""

    objectName: "placeholderScreen"

    Rectangle { anchors.fill: parent; color: Theme.background }

    Column {
        anchors.centerIn: parent
        width: 1000
        spacing: 24

        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: screen.screenTitle
            color: Theme.primary
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This part of the kiosk is not available yet.")
            color: Theme.textMuted
        }
    }
}
