pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// A soft drop shadow made of stacked translucent rounded rectangles. Shader effects are not
// used: they vanish with Qt's software renderer (offscreen screenshots, PCs without a GPU).
// Place it before the card it shadows, with the same geometry (anchors.fill: card).
Item {
    id: shadow

    property real radius: Theme.radiusLarge
    property real offset: 8
    property real spread: 14
    property real strength: 1.0

    Repeater {
        model: 4
        Rectangle {
            required property int index
            readonly property real grow: shadow.spread * (index + 1) / 4
            x: -grow
            y: -grow + shadow.offset
            width: shadow.width + 2 * grow
            height: shadow.height + 2 * grow
            radius: shadow.radius + grow
            color: Theme.shadowInk
            opacity: shadow.strength * (0.07 - index * 0.015)
        }
    }
}
