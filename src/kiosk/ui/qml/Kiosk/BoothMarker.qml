import QtQuick
import KioskStyle

// A booth on a pavilion map: a map pin whose tip is the booth's spot, so the booth's own
// label on the map stays readable. The tap area stays Theme.touchMin square or more whatever
// the zoom. The highlighted booth's pin is red and larger, pulses on the spot and names its
// exhibitor above it. Place it with x = spotX - width / 2 and y = spotY - tipY.
//
// A pavilion may have thousands of booths, so a pin is two plain rectangles (a teardrop is a
// square with one sharp corner, turned 45°) and the highlight's extras are made only when shown.
Item {
    id: marker
    property string boothCode: ""
    property string name: ""
    property bool highlighted: false
    signal tapped()

    // The teardrop's square side; the pin is d/2 (round head) + d/√2 (to the tip) tall.
    readonly property real d: highlighted ? 56 : 40
    readonly property real pinHeight: d * (0.5 + Math.SQRT1_2)
    readonly property real tipY: (height + pinHeight) / 2

    width: Theme.touchMin + 16
    height: Theme.touchMin + 16
    z: highlighted ? 2 : 1
    Accessible.role: Accessible.Button
    Accessible.name: boothCode + " " + name

    MouseArea {
        // Under the pin it covers, so the pin reads as part of the button it makes.
        z: -1
        id: area
        anchors.fill: parent
        onClicked: marker.tapped()
    }

    Rectangle {
        id: drop
        width: marker.d
        height: marker.d
        x: marker.width / 2 - width / 2
        y: marker.tipY - marker.d * Math.SQRT1_2 - height / 2
        rotation: 45
        radius: width / 2
        bottomRightRadius: 0
        antialiasing: true
        color: marker.highlighted ? Theme.accent : (area.pressed ? Theme.primaryDark : Theme.primary)
        border.width: 2
        border.color: Theme.surface
    }
    // The pin's hole, white so the pin stands out on any map.
    Rectangle {
        anchors.centerIn: drop
        width: marker.d * 0.38
        height: width
        radius: width / 2
        color: Theme.surface
    }

    // The highlight's extras (a pulsing spot, the exhibitor's name) are made for the one pin
    // that is highlighted, never for the others: a Loader in each of hundreds of pins was a
    // good part of the map's build time, which the visitor waits through.
    property Item extras: null
    function updateExtras() {
        if (highlighted && extras === null)
            extras = Qt.createComponent("BoothMarkerExtras.qml").createObject(marker, { marker: marker })
        else if (!highlighted && extras !== null) {
            extras.destroy()
            extras = null
        }
    }
    onHighlightedChanged: updateExtras()
    Component.onCompleted: updateExtras()
}
