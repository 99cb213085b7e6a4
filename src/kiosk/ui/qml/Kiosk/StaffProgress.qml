import QtQuick
import KioskStyle

// A thick progress bar; value from 0 to 1.
Rectangle {
    id: bar

    property real value: 0

    implicitHeight: 24
    radius: height / 2
    color: Theme.surfaceAlt
    border.color: Theme.divider

    Rectangle {
        width: Math.max(bar.height, bar.width * Math.min(1, Math.max(0, bar.value)))
        height: parent.height
        radius: height / 2
        color: Theme.primary
        Behavior on width { NumberAnimation { duration: Theme.animationMs } }
    }
}
