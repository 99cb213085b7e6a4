import QtQuick
import QtQuick.Controls
import KioskStyle

// A scroll position that stays visible (a visitor must see that there is more below); it
// takes no touches, so it never competes with the fields for the finger.
ScrollIndicator {
    id: indicator
    active: true
    contentItem: Rectangle {
        implicitWidth: 8
        implicitHeight: 8
        radius: 4
        color: Theme.fieldBorder
        opacity: indicator.size < 1.0 ? 0.8 : 0.0
    }
}
