pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Several kiosks, one pool: what this kiosk still has to send, and each kiosk's last push as
// the central database saw it (read off the UI thread; the link may be down).
Item {
    id: panel

    required property StaffSync sync

    objectName: "syncPanel"

    // Side by side, or on a narrow panel (a portrait screen) one under the other.
    readonly property bool stacked: width < 1100
    readonly property real column: stacked ? width : (width - 32) / 2
    implicitHeight: stacked ? central.y + central.height : 0

    StaffCard {
        id: local
        width: panel.column
        title: qsTr("This kiosk")

        KText {
            objectName: "syncWaiting"
            width: parent.width
            text: qsTr("Leads waiting to be sent: %1").arg(panel.sync.waitingLeads)
        }
        KText {
            objectName: "syncLastSent"
            width: parent.width
            text: panel.sync.lastSent === "" ? qsTr("Nothing sent yet.")
                                             : qsTr("Last successful push: %1").arg(panel.sync.lastSent)
        }
        KText {
            objectName: "syncState"
            width: parent.width
            visible: text !== ""
            text: {
                switch (panel.sync.pusherState) {
                case "idle": return qsTr("Sending: up to date, watching for new leads.")
                case "pushing": return qsTr("Sending: in progress…")
                case "offline": return qsTr("Sending: the pool cannot be reached; the kiosk keeps every lead and tries again.")
                default: return ""
                }
            }
            color: panel.sync.pusherState === "offline" ? Theme.error : Theme.primary
        }
        KText {
            width: parent.width
            visible: panel.sync.lastError !== ""
            text: qsTr("Last error: %1").arg(panel.sync.lastError)
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        KText {
            objectName: "syncSetAside"
            width: parent.width
            visible: panel.sync.setAsideLeads > 0
            text: qsTr("Leads set aside, refused by the central pool: %1. They stay on this kiosk and cannot be wiped until they reach the pool. Fix the cause, then try again.").arg(panel.sync.setAsideLeads)
            color: Theme.error
            wrapMode: Text.Wrap
        }
        KText {
            objectName: "syncSetAsideReasons"
            width: parent.width
            visible: panel.sync.setAsideLeads > 0
            text: panel.sync.setAsideReasons
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Row {
            spacing: 16
            StaffButton {
                objectName: "retrySetAsideButton"
                variant: "secondary"
                staffIcon: "refresh"
                text: qsTr("Try again")
                visible: panel.sync.setAsideLeads > 0
                enabled: !panel.sync.busy
                onClicked: panel.sync.retrySetAside()
            }
            StaffButton {
                objectName: "refreshSyncButton"
                variant: "secondary"
                staffIcon: "refresh"
                text: qsTr("Refresh")
                enabled: !panel.sync.busy
                onClicked: panel.sync.refresh()
            }
            BusyIndicator { width: 64; height: 64; running: panel.sync.busy; visible: running }
        }
    }

    StaffCard {
        id: central
        x: panel.stacked ? 0 : panel.column + 32
        y: panel.stacked ? local.height + 32 : 0
        width: panel.column
        title: qsTr("Central pool")

        KText {
            width: parent.width
            text: panel.sync.pool
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        KText {
            objectName: "syncPoolError"
            width: parent.width
            visible: panel.sync.poolError !== ""
            text: qsTr("Not reachable now: %1").arg(panel.sync.poolError)
            color: Theme.error
            wrapMode: Text.Wrap
        }
        KText {
            objectName: "syncPoolTotals"
            width: parent.width
            visible: panel.sync.loaded && panel.sync.poolError === ""
            // People are merged by 'kiosk sync' or a central export, not by each push: until
            // then the count of people trails the leads, so it is said as of the last merge.
            text: panel.sync.poolPeople > 0
                  ? qsTr("%n lead(s)", "", panel.sync.poolLeads) + "; "
                    + qsTr("%n person(s) at the last merge", "", panel.sync.poolPeople)
                  : qsTr("%n lead(s); not merged into people yet", "", panel.sync.poolLeads)
        }
        Repeater {
            model: panel.sync.kiosks
            Rectangle {
                id: kiosk
                required property string kioskId
                required property bool thisKiosk
                required property string lastPush
                required property int waitingLeads
                required property int pooledLeads
                required property string fleetState
                required property string version
                required property string revision
                required property var flags
                required property string fleetError
                required property int index
                objectName: "syncKiosk_" + index
                width: parent.width
                height: rows.implicitHeight + 20
                radius: 8
                color: Theme.surfaceAlt
                Column {
                    id: rows
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 14 }
                    KText {
                        text: kiosk.thisKiosk ? qsTr("%1 (this kiosk)").arg(kiosk.kioskId) : kiosk.kioskId
                        font.weight: Font.DemiBold
                        wrapMode: Text.NoWrap
                    }
                    KText {
                        width: parent.width
                        text: [kiosk.lastPush === "" ? qsTr("No push yet") : qsTr("Last push: %1").arg(kiosk.lastPush),
                               qsTr("%1 waiting").arg(kiosk.waitingLeads),
                               kiosk.pooledLeads < 0 ? "" : qsTr("%n lead(s) pooled", "", kiosk.pooledLeads)]
                              .filter(part => part !== "").join(" · ")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    KText {
                        objectName: "syncKioskFleet_" + kiosk.index
                        width: parent.width
                        visible: kiosk.fleetState !== ""
                        // Online: a heartbeat within 3 minutes; late: within 10; offline: older.
                        text: [kiosk.fleetState === "online" ? qsTr("Online")
                               : kiosk.fleetState === "late" ? qsTr("Late (no heartbeat for over 3 minutes)")
                               : qsTr("Offline"),
                               qsTr("version %1").arg(kiosk.version),
                               kiosk.revision === "" ? qsTr("no content")
                               : kiosk.revision.startsWith("local:") ? qsTr("content loaded by hand")
                               : qsTr("content %1").arg(kiosk.revision)]
                              .join(" · ")
                        color: kiosk.fleetState === "online" ? Theme.primary : Theme.error
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    KText {
                        objectName: "syncKioskFlags_" + kiosk.index
                        width: parent.width
                        visible: kiosk.flags.length > 0
                        text: kiosk.flags.map(flag => flag === "version differs" ? qsTr("Its version differs from the other kiosks.")
                                                 : flag === "content held" ? qsTr("Held at another content revision by staff.")
                                                 : qsTr("Its content differs from the published pack.")).join(" ")
                        color: Theme.error
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    KText {
                        width: parent.width
                        visible: kiosk.fleetError !== ""
                        text: qsTr("Last error: %1").arg(kiosk.fleetError)
                        color: Theme.error
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
