pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The audit log, newest first: exports, wipes, erasures, content loads, settings, PIN
// lockouts, and lead saves that failed (a visitor saw an error instead of "Thank you").
Item {
    id: panel

    required property StaffAudit log
    // What each logged action is, in the staff's language (an unknown one shows its id).
    readonly property var actionNames: ({
        "content.import": qsTr("Content loaded"),
        "content.hold": qsTr("Content held at a revision (empty: released)"),
        "export.verified": qsTr("Leads exported and verified"),
        "export.failed": qsTr("Export failed"),
        "export.cancelled": qsTr("Export cancelled"),
        "lead.save_failed": qsTr("A lead could not be saved"),
        "leads.wipe": qsTr("Leads wiped"),
        "leads.erase": qsTr("A visitor's data erased"),
        "leads.erase.central": qsTr("A visitor's data erased from the central pool"),
        "leads.purge": qsTr("Leads past the retention period deleted"),
        "pin.set": qsTr("Staff PIN set"),
        "pin.locked": qsTr("PIN locked after wrong attempts"),
        "settings.changed": qsTr("Settings changed")
    })
    // What each detail the code records is, in the staff's language; the value stays as it
    // was recorded, and a key not named here shows as it is.
    readonly property var detailNames: ({
        "by": qsTr("found by"),
        "central": qsTr("central pool"),
        "content_sha256": qsTr("content checksum"),
        "deleted": qsTr("deleted"),
        "deleted_here": qsTr("deleted on this kiosk"),
        "deleted_in_pool": qsTr("deleted in the central pool"),
        "destination": qsTr("destination"),
        "error": qsTr("error"),
        "event_id": qsTr("event"),
        "exhibitor": qsTr("exhibitor"),
        "exhibitors": qsTr("exhibitors"),
        "export_id": qsTr("export"),
        "exports_holding": qsTr("exports holding them"),
        "failures": qsTr("wrong attempts"),
        "files": qsTr("files"),
        "folder": qsTr("folder"),
        "formats": qsTr("formats"),
        "idle_timeout_s": qsTr("idle time (seconds)"),
        "import_id": qsTr("import"),
        "kept": qsTr("kept"),
        "kiosk_id": qsTr("kiosk id"),
        "leads": qsTr("leads"),
        "mode": qsTr("mode"),
        "older_than_days": qsTr("older than (days)"),
        "reason": qsTr("reason"),
        "replaced": qsTr("replaced"),
        "revision": qsTr("revision"),
        "seconds": qsTr("seconds"),
        "show_cursor": qsTr("mouse cursor"),
        "since": qsTr("since"),
        "source": qsTr("source")
    })
    //: One detail of an audit entry: %1 what it is, %2 its value.
    readonly property string detailFormat: qsTr("%1: %2")

    function detailValue(d) {
        return d.yes === true ? qsTr("yes") : d.yes === false ? qsTr("no") : d.value
    }
    function detailText(details) {
        return details.map(d => panel.detailFormat.arg(panel.detailNames[d.key] || d.key).arg(panel.detailValue(d))).join("  ·  ")
    }

    objectName: "auditPanel"

    Row {
        id: tools
        spacing: 24
        StaffCheck {
            objectName: "auditOnlyFailures"
            text: qsTr("Only failed lead saves")
            checked: panel.log.onlyFailures
            onClicked: panel.log.showOnlyFailures(!checked)
        }
        StaffButton {
            objectName: "refreshAuditButton"
            variant: "secondary"
            staffIcon: "refresh"
            text: qsTr("Refresh")
            onClicked: panel.log.refresh()
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; top: tools.bottom; bottom: parent.bottom; topMargin: 24 }
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider

        KText {
            anchors.centerIn: parent
            visible: entries.count === 0 && !panel.log.busy
            text: qsTr("Nothing recorded yet")
            color: Theme.textMuted
        }
        ListView {
            id: entries
            objectName: "auditList"
            anchors { fill: parent; margins: 16 }
            clip: true
            spacing: 6
            model: panel.log.entries
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: Rectangle {
                id: entry
                required property string when
                required property string actor
                required property string action
                required property var details
                required property bool problem
                required property int index
                objectName: "auditEntry_" + index
                width: ListView.view.width - 24
                height: column.implicitHeight + 16
                radius: 8
                color: problem ? Theme.problemWash : Theme.surfaceAlt
                Column {
                    id: column
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 14 }
                    Row {
                        spacing: 18
                        KText { text: entry.when; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; wrapMode: Text.NoWrap }
                        KText {
                            objectName: "auditAction_" + entry.index
                            text: panel.actionNames[entry.action] || entry.action
                            color: entry.problem ? Theme.error : Theme.primary
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            wrapMode: Text.NoWrap
                        }
                        KText { text: entry.actor; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; wrapMode: Text.NoWrap }
                    }
                    KText {
                        objectName: "auditDetail_" + entry.index
                        width: parent.width
                        visible: entry.details.length > 0
                        text: panel.detailText(entry.details)
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
