import QtQuick
import KioskStyle

// What the contact screen shows when no event with a consent notice is loaded: where to leave
// the details instead, and a way on to the exhibitors.
Item {
    id: card

    signal browseRequested()

    Item {
        anchors.centerIn: parent
        width: Math.min(card.width - 2 * Theme.margin, 1180)
        height: unavailable.implicitHeight + 2 * Theme.margin

        Shadow { anchors.fill: unavailableCard }
        Rectangle {
            id: unavailableCard
            anchors.fill: parent
            radius: Theme.radiusLarge
            color: Theme.surface

            Column {
                id: unavailable
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
                spacing: Theme.gapLarge
                KText {
                    width: parent.width
                    text: qsTr("Business matching")
                    color: Theme.primary
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                KText {
                    objectName: "leadFormUnavailable"
                    width: parent.width
                    text: qsTr("Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion's information desk will gladly note them for you.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontHeading - 4
                }
                KioskButton {
                    objectName: "contactBrowseButton"
                    iconName: "store"
                    text: qsTr("Browse exhibitors")
                    onClicked: card.browseRequested()
                }
            }
        }
    }
}
