pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// Staff mode over the visitor screens: the PIN pad, then the dashboard. Not loaded for
// visitors; while shown it takes every touch, so nothing underneath reacts.
Item {
    id: overlay

    required property StaffBridge staff
    required property AppBridge app

    objectName: "staffOverlay"
    visible: staff.shown

    Rectangle { anchors.fill: parent; color: Theme.background }
    // Keeps presses from the visitor's screens under staff mode: a press-catcher, not a control.
    MouseArea { objectName: "staffOverlayBlocker"; anchors.fill: parent; enabled: overlay.visible }

    Loader {
        anchors.fill: parent
        active: overlay.staff.stage === "pin"
        sourceComponent: StaffPinPad { staff: overlay.staff }
    }
    // Loaded by URL, so the dashboard and its charts (Qt Graphs) are compiled only when staff
    // first open it, never on the way to the visitor's first frame.
    Loader {
        id: dashboard
        anchors.fill: parent
        readonly property bool wanted: overlay.staff.stage === "dashboard"
        onWantedChanged: {
            if (wanted)
                setSource("StaffDashboard.qml", { staff: overlay.staff, app: overlay.app })
            else
                source = ""
        }
    }
}
