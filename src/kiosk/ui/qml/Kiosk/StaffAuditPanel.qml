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
    objectName: "auditPanel"

    Flow {  // the two wrap onto two lines on a narrow panel
        id: tools
        width: parent.width
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
                required property var actionText
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
                    Flow {  // when, what, who: wrapping on a narrow panel
                        width: parent.width
                        spacing: 18
                        KText { text: entry.when; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; wrapMode: Text.NoWrap }
                        KText {
                            objectName: "auditAction_" + entry.index
                            text: Messages.text(entry.actionText)
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
                        text: entry.details.map(d => Messages.text(d)).join("  ·  ")
                        font.pixelSize: Theme.fontSmall
                        // Whole, however long (checksums, folder paths): staff read what
                        // happened here, so the entry grows rather than cutting it.
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
