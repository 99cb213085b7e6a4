pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Export leads: where to (a USB drive, or a folder chosen inside the kiosk), what (formats,
// everything or one exhibitor), then the export with progress and Cancel, and its verified
// result or why it failed.
Item {
    id: panel

    required property StaffExport exports
    property bool picking: false

    objectName: "exportPanel"
    // Reported so the dashboard scrolls the ZIP password fields above the keyboard.
    implicitHeight: stacked ? right.y + right.height : Math.max(left.height, right.height)

    // A stick may be plugged in while the panel shows.
    Timer {
        interval: 3000
        repeat: true
        running: true
        onTriggered: panel.exports.refreshDrives()
    }

    // Side by side, or on a narrow panel (a portrait screen) one under the other.
    readonly property bool stacked: width < 1100
    readonly property real column: stacked ? width : (width - 32) / 2

    // -- left: where and what ------------------------------------------------------------------
    Column {
        id: left
        width: panel.column
        spacing: 24
        visible: !panel.picking

        StaffCard {
            width: parent.width
            title: qsTr("1. Where to")

            KText {
                visible: panel.exports.drives.count === 0
                width: parent.width
                text: qsTr("No USB drive found. Plug one in, or choose a folder.")
                color: Theme.textMuted
            }
            Repeater {
                model: panel.exports.drives
                StaffButton {
                    required property string label
                    required property string path
                    required property string free
                    required property bool readOnly
                    required property int index
                    objectName: "drive_" + index
                    width: parent.width
                    variant: panel.exports.destination === path ? "primary" : "secondary"
                    staffIcon: "usb"
                    text: readOnly ? qsTr("%1 · read-only").arg(label)
                                   : qsTr("%1 · %2 free").arg(label).arg(free)
                    onClicked: panel.exports.chooseDrive(path)
                }
            }
            StaffButton {
                objectName: "chooseFolderButton"
                variant: panel.exports.destination !== "" && panel.exports.destinationLabel === "" ? "primary" : "secondary"
                staffIcon: "folder"
                text: qsTr("Choose a folder…")
                onClicked: {
                    panel.exports.folders.refreshRoots()
                    panel.picking = true
                }
            }
        }

        StaffCard {
            width: parent.width
            title: qsTr("2. What")

            Flow {
                width: parent.width
                spacing: 24
                StaffCheck {
                    objectName: "formatCsv"
                    text: qsTr("CSV (Excel, any spreadsheet)")
                    checked: panel.exports.formats.indexOf("csv") >= 0
                    onClicked: panel.exports.setFormat("csv", !checked)
                }
                StaffCheck {
                    objectName: "formatXlsx"
                    text: qsTr("Excel workbook")
                    checked: panel.exports.formats.indexOf("xlsx") >= 0
                    onClicked: panel.exports.setFormat("xlsx", !checked)
                }
                StaffCheck {
                    objectName: "formatSalesforce"
                    text: qsTr("Salesforce import file")
                    checked: panel.exports.formats.indexOf("salesforce") >= 0
                    onClicked: panel.exports.setFormat("salesforce", !checked)
                }
                StaffCheck {
                    objectName: "formatHubspot"
                    text: qsTr("HubSpot import file")
                    checked: panel.exports.formats.indexOf("hubspot") >= 0
                    onClicked: panel.exports.setFormat("hubspot", !checked)
                }
            }
            Rectangle {
                width: parent.width
                height: 300
                radius: Theme.radius
                color: Theme.surfaceAlt
                // "All leads" stays above the list, not in it as its header: a header that
                // wraps to two lines (Portuguese) after the first layout left the list scrolled
                // into it, its first line cut off.
                StaffCheck {
                    id: scopeAll
                    objectName: "exhibitorChoice_all"
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                    text: qsTr("All leads, with one file per exhibitor")
                    checked: panel.exports.exhibitor === ""
                    onClicked: panel.exports.chooseExhibitor("")
                }
                ListView {
                    id: exhibitors
                    anchors {
                        left: parent.left
                        right: parent.right
                        top: scopeAll.bottom
                        bottom: parent.bottom
                        margins: 8
                        topMargin: 4
                    }
                    clip: true
                    spacing: 4
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollIndicator.vertical: ScrollIndicator {}
                    model: panel.exports.exhibitors
                    delegate: scopeOne
                }
            }
        }
    }

    Component {
        id: scopeOne
        StaffCheck {
            required property string key
            required property string label
            required property int count
            objectName: "exhibitorChoice_" + key
            width: exhibitors.width
            text: qsTr("Only %1 (%n lead(s))", "", count).arg(label)
            checked: panel.exports.exhibitor === key
            onClicked: panel.exports.chooseExhibitor(key)
        }
    }

    StaffCard {
        id: picker
        width: panel.column
        visible: panel.picking
        title: qsTr("Choose a folder")
        StaffFolderPicker {
            width: parent.width
            browser: panel.exports.folders
            useText: qsTr("Export to this folder")
            onChosen: path => { panel.exports.chooseFolder(path); panel.picking = false }
            onClosed: panel.picking = false
        }
    }

    // -- right: run and result -----------------------------------------------------------------
    StaffCard {
        id: right
        x: panel.stacked ? 0 : panel.column + 32
        y: panel.stacked ? (panel.picking ? picker.height : left.height) + 32 : 0
        width: panel.column
        title: qsTr("3. Export")

        KText {
            objectName: "exportDestination"
            width: parent.width
            text: panel.exports.destination === "" ? qsTr("Choose where to export first.")
                  : qsTr("To: %1").arg(panel.exports.destinationLabel !== "" ? panel.exports.destinationLabel : panel.exports.destination)
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        KText {
            width: parent.width
            text: panel.exports.exhibitor === "" ? qsTr("All leads; every file is read back and checked before it counts as exported.")
                  : qsTr("Only the leads who chose %1 and agreed to share their details with exhibitors.").arg(panel.exports.exhibitorLabel)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        StaffZipPassword {
            width: parent.width
            exports: panel.exports
            visible: panel.exports.state !== "running"
        }
        Row {
            spacing: 16
            StaffButton {
                objectName: "startExportButton"
                staffIcon: "usb"
                text: qsTr("Export")
                enabled: panel.exports.canStart
                visible: panel.exports.state !== "running"
                onClicked: panel.exports.start()
            }
            KioskButton {
                objectName: "cancelExportButton"
                variant: "secondary"
                text: qsTr("Cancel")
                visible: panel.exports.state === "running"
                onClicked: panel.exports.cancel()
            }
        }

        Column {
            width: parent.width
            spacing: 12
            visible: panel.exports.state === "running"
            StaffProgress { objectName: "exportProgress"; width: parent.width; value: panel.exports.progress }
            KText {
                text: {
                    switch (panel.exports.stage) {
                    case "verifying": return qsTr("Reading the files back to check them…")
                    case "exhibitors": return qsTr("Writing one file per exhibitor…")
                    case "done": return qsTr("Finishing…")
                    default: return qsTr("Writing the leads…")
                    }
                }
                color: Theme.textMuted
            }
        }

        Column {
            objectName: "exportResult"
            width: parent.width
            spacing: 10
            visible: panel.exports.state === "done"
            Row {
                spacing: 12
                StaffIcon { name: "check"; size: 40; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
                KText {
                    objectName: "exportVerified"
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Exported and checked: %n lead(s)", "", panel.exports.resultLeads)
                    color: Theme.primary
                    font.weight: Font.DemiBold
                    wrapMode: Text.NoWrap
                }
            }
            KText {
                width: parent.width
                text: qsTr("Folder: %1").arg(panel.exports.resultFolder)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            KText {
                objectName: "exportInternalNote"
                width: parent.width
                visible: panel.exports.resultInternal
                text: qsTr("This folder is on the kiosk's own disk, not on a drive: wiping leads does not count this export.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            KText {
                objectName: "exportCleanedNote"
                width: parent.width
                visible: panel.exports.resultCleaned > 0
                text: qsTr("Unfinished exports found on the drive and removed: %1").arg(panel.exports.resultCleaned)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            ListView {
                width: parent.width
                height: Math.min(contentHeight, 320)
                clip: true
                model: panel.exports.files
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator {}
                delegate: Item {
                    id: file
                    required property string name
                    required property string rows
                    required property string size
                    required property int index
                    objectName: "exportFile_" + index
                    width: ListView.view.width
                    height: 40
                    KText {
                        width: parent.width * 0.5
                        anchors.verticalCenter: parent.verticalCenter
                        text: file.name
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.NoWrap
                        elide: Text.ElideMiddle
                    }
                    KText {
                        x: parent.width * 0.52
                        width: parent.width * 0.48
                        anchors.verticalCenter: parent.verticalCenter
                        text: file.size + " · " + file.rows
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.NoWrap
                        elide: Text.ElideRight
                    }
                }
            }
        }

        Column {
            width: parent.width
            spacing: 8
            visible: panel.exports.state === "failed" || panel.exports.state === "cancelled"
            Row {
                spacing: 12
                StaffIcon { name: "warning"; size: 40; color: Theme.error; anchors.verticalCenter: parent.verticalCenter }
                KText {
                    objectName: "exportFailure"
                    anchors.verticalCenter: parent.verticalCenter
                    width: right.width - 2 * 28 - 40 - 12  // the card's body beside the icon: wraps
                    text: panel.exports.state === "cancelled" ? qsTr("Export cancelled. No lead counts as exported.")
                          : Messages.text(panel.exports.failureMessage)
                    color: Theme.error
                    font.weight: Font.DemiBold
                }
            }
            KText {
                objectName: "exportError"
                width: parent.width
                visible: panel.exports.state === "failed"
                // In the staff's language: where, and that nothing counts as exported. Only an
                // unforeseen failure adds the system's own words, which are the precise cause.
                text: [panel.exports.failedAt !== "" ? qsTr("Folder: %1").arg(panel.exports.failedAt) : "",
                       panel.exports.failureDetail !== "" ? qsTr("System message: %1").arg(panel.exports.failureDetail) : "",
                       qsTr("No leads were marked as exported.")].filter(line => line !== "").join("\n")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
