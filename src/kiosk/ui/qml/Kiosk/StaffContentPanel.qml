pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Reload content: pick a content pack (found on USB drives and in the kiosk's folders, or a
// folder chosen by hand), check it, read every problem, load it. A pack with problems changes
// nothing; a loaded pack shows at once.
Item {
    id: panel

    required property StaffContent packs
    property bool picking: false

    objectName: "contentPanel"

    // Side by side, or on a narrow panel (a portrait screen) one under the other; then the
    // panel reports its height so the dashboard scrolls it.
    readonly property bool stacked: width < 1100
    readonly property real column: stacked ? width : (width - 32) / 2
    implicitHeight: stacked ? checkCard.y + checkCard.height : 0

    StaffCard {
        id: foundCard
        width: panel.column
        visible: !panel.picking
        title: qsTr("Content packs found")

        Flow {  // the two buttons wrap onto two lines where their labels are long (pt)
            width: parent.width
            spacing: 16
            StaffButton {
                objectName: "searchPacksButton"
                variant: "secondary"
                staffIcon: "refresh"
                text: qsTr("Search again")
                enabled: !panel.packs.searching
                onClicked: panel.packs.search()
            }
            StaffButton {
                objectName: "choosePackFolderButton"
                variant: "secondary"
                staffIcon: "folder"
                text: qsTr("Choose a folder…")
                onClicked: {
                    panel.packs.folders.refreshRoots()
                    panel.picking = true
                }
            }
            BusyIndicator {
                width: 64
                height: 64
                running: panel.packs.searching
                visible: running
            }
        }
        KText {
            width: parent.width
            visible: !panel.packs.searching && panel.packs.packs.count === 0
            text: qsTr("No content pack or workbook found on the USB drives or in the kiosk's folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.")
            color: Theme.textMuted
        }
        ListView {
            width: parent.width
            height: Math.min(contentHeight, 560)
            clip: true
            spacing: 8
            model: panel.packs.packs
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: AbstractButton {
                id: pack
                required property string label
                required property string path
                required property int index
                objectName: "contentPack_" + index
                width: ListView.view.width
                height: 88
                focusPolicy: Qt.NoFocus
                onClicked: panel.packs.check(path)
                background: Rectangle {
                    radius: Theme.radius
                    color: panel.packs.path === pack.path ? Theme.surfaceAlt : (pack.down ? Theme.divider : Theme.surface)
                    border.color: panel.packs.path === pack.path ? Theme.primary : Theme.divider
                    border.width: 2
                }
                contentItem: Column {
                    leftPadding: 20
                    topPadding: 8
                    KText { text: pack.label; font.weight: Font.DemiBold; wrapMode: Text.NoWrap }
                    KText {
                        width: pack.width - 40
                        text: pack.path
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.NoWrap
                        elide: Text.ElideLeft
                    }
                }
            }
        }
    }

    StaffCard {
        id: pickerCard
        width: panel.column
        visible: panel.picking
        title: qsTr("Choose a content pack folder")
        StaffFolderPicker {
            width: parent.width
            browser: panel.packs.folders
            useText: qsTr("Check this folder")
            onChosen: path => { panel.packs.check(path); panel.picking = false }
            onClosed: panel.picking = false
        }
    }

    StaffCard {
        id: checkCard
        x: panel.stacked ? 0 : panel.column + 32
        y: panel.stacked ? (panel.picking ? pickerCard.height : foundCard.height) + 32 : 0
        width: panel.column
        height: panel.stacked ? implicitHeight : panel.height
        title: qsTr("Check and load")

        KText {
            objectName: "contentState"
            width: parent.width
            text: {
                switch (panel.packs.state) {
                case "checking": return qsTr("Checking the pack…")
                case "valid": return qsTr("The pack is valid: %1").arg(panel.packs.summary)
                case "invalid": return qsTr("The pack has %1 problems. Nothing was changed; the kiosk keeps its content.").arg(panel.packs.problems.count)
                case "loading": return qsTr("Loading the pack…")
                case "loaded": return qsTr("Loaded. The kiosk shows the new content. %1").arg(panel.packs.summary)
                case "failed": return qsTr("The pack could not be loaded. Nothing was changed.")
                default: return qsTr("Choose a pack to check it.")
                }
            }
            color: panel.packs.state === "invalid" || panel.packs.state === "failed" ? Theme.error : Theme.text
            font.weight: Font.DemiBold
        }
        KText {
            width: parent.width
            visible: panel.packs.path !== ""
            text: panel.packs.path
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        BusyIndicator {
            width: 64
            height: 64
            running: panel.packs.busy
            visible: running
        }
        StaffButton {
            objectName: "loadPackButton"
            staffIcon: "check"
            text: qsTr("Load this pack")
            visible: panel.packs.state === "valid"
            onClicked: panel.packs.load()
        }
        ListView {
            objectName: "contentProblems"
            width: parent.width
            height: 560
            visible: panel.packs.problems.count > 0
            clip: true
            spacing: 6
            model: panel.packs.problems
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: Rectangle {
                id: problem
                required property string where
                required property var message
                required property int index
                width: ListView.view.width - 24
                height: text.implicitHeight + 20
                radius: 8
                color: Theme.surfaceAlt
                KText {
                    id: text
                    objectName: "contentProblem_" + problem.index
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 14 }
                    //: Where a content problem is (a file, sheet, cell or field) and what it is.
                    text: qsTr("%1: %2").arg(problem.where).arg(Messages.text(problem.message))
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
