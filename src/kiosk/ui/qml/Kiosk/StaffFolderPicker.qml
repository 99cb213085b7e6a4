pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Choose a folder inside the kiosk (no system file dialog, which would leave kiosk mode):
// start from the kiosk's data folder, the home folder or a USB drive, then go down or up.
Column {
    id: picker

    required property StaffFolderBrowser browser
    property string useText: qsTr("Use this folder")
    signal chosen(string path)
    signal closed()

    spacing: 16

    function rootLabel(kind, label) {
        switch (kind) {
        case "data": return qsTr("Kiosk data folder")
        case "home": return qsTr("Home folder")
        default: return label
        }
    }

    Flow {
        width: parent.width
        spacing: 12
        Repeater {
            model: picker.browser.roots
            StaffButton {
                required property string kind
                required property string label
                required property string path
                required property int index
                objectName: "folderRoot_" + kind + (kind === "drive" ? "_" + index : "")
                variant: picker.browser.path === path ? "primary" : "secondary"
                staffIcon: kind === "drive" ? "usb" : "folder"
                text: picker.rootLabel(kind, label)
                onClicked: picker.browser.open(path)
            }
        }
    }

    Row {
        width: parent.width
        spacing: 16
        StaffButton {
            objectName: "folderUpButton"
            variant: "secondary"
            staffIcon: "arrow_upward"
            text: qsTr("Up")
            enabled: picker.browser.canGoUp
            onClicked: picker.browser.up()
        }
        KText {
            objectName: "folderPath"
            width: parent.width - 200
            anchors.verticalCenter: parent.verticalCenter
            text: picker.browser.path === "" ? qsTr("Choose where to start above.") : picker.browser.path
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideLeft
        }
    }

    Rectangle {
        width: parent.width
        height: 360
        radius: Theme.radius
        color: Theme.surfaceAlt

        ListView {
            id: entries
            anchors { fill: parent; margins: 8 }
            clip: true
            spacing: 4
            model: picker.browser.entries
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: AbstractButton {
                id: entry
                required property string name
                required property string path
                required property bool hasPack
                objectName: "folder_" + name
                width: ListView.view.width
                height: Theme.touchMin
                focusPolicy: Qt.NoFocus
                onClicked: picker.browser.open(path)
                background: Rectangle { radius: 10; color: entry.down ? Theme.divider : Theme.surface }
                contentItem: Row {
                    spacing: 14
                    leftPadding: 16
                    StaffIcon { name: "folder"; size: 36; color: Theme.goldText; anchors.verticalCenter: parent.verticalCenter }
                    KText {
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.name
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                        width: entries.width - 260
                    }
                    KText {
                        visible: entry.hasPack
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("content pack")
                        color: Theme.primary
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }
        KText {
            anchors.centerIn: parent
            visible: entries.count === 0 && picker.browser.path !== ""
            text: qsTr("No folders in here")
            color: Theme.textMuted
        }
    }

    Row {
        spacing: 16
        StaffButton {
            objectName: "useFolderButton"
            staffIcon: "check"
            text: picker.useText
            enabled: picker.browser.path !== ""
            onClicked: picker.chosen(picker.browser.path)
        }
        KioskButton {
            objectName: "closeFolderButton"
            variant: "secondary"
            text: qsTr("Close")
            onClicked: picker.closed()
        }
    }
}
