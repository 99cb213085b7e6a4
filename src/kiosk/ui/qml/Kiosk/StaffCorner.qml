import QtQuick
import KioskBackend

// Staff mode's hidden way in, over the brand at the top left: press and hold (3 s), or tap
// five times within a few seconds. Nothing shows. A PointHandler only watches the finger (a
// TapHandler would take the press), so the taps also reach what lies underneath: the attract
// loop still starts a visit as usual.
Item {
    id: corner

    required property StaffBridge staff

    objectName: "staffCorner"
    width: 120
    height: 120

    PointHandler {
        enabled: !corner.staff.shown
        onActiveChanged: {
            if (active) {
                hold.restart()
            } else if (hold.running) {  // let go before the hold time: a tap
                hold.stop()
                corner.staff.cornerTapped()
            }
        }
    }
    Timer {
        id: hold
        interval: corner.staff.holdMs
        onTriggered: corner.staff.openAccess()
    }
}
