import QtQuick
import KioskStyle
import KioskBackend

// Business matching. The lead form comes with its own issue; until then this screen says
// plainly what will be here and where to go meanwhile.
Item {
    id: screen

    required property AppBridge app

    // Where the visitor asked to go; the shell's Navigator decides (see ScreenStack.qml).
    signal navigateRequested(string screen, string argument)

    objectName: "contactScreen"

    Rectangle { anchors.fill: parent; color: Theme.background }

    Item {
        anchors.centerIn: parent
        width: 1180
        height: content.implicitHeight + 2 * 72

        Shadow { anchors.fill: card }
        Rectangle {
            id: card
            anchors.fill: parent
            radius: Theme.radiusLarge
            color: Theme.surface

            Column {
                id: content
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 72 }
                spacing: 28

                Rectangle {
                    width: 120; height: 120; radius: 60
                    color: Theme.primaryDeep
                    Icon { anchors.centerIn: parent; name: "person_add"; size: 64; color: Theme.goldLight }
                }
                KText {
                    objectName: "contactTitle"
                    width: parent.width
                    text: qsTr("Business matching")
                    color: Theme.primary
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                KText {
                    objectName: "contactPlaceholder"
                    width: parent.width
                    text: qsTr("Soon you can leave your contact details here, so that exhibitors can reach you after the expo. Until then, our staff at the pavilion's information desk will gladly note them for you.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontHeading - 4
                }
                Item { width: 1; height: 8 }
                KioskButton {
                    objectName: "contactBrowseButton"
                    iconName: "store"
                    text: qsTr("Browse exhibitors")
                    onClicked: screen.navigateRequested("directory", "")
                }
            }
        }
    }
}
