import QtQuick
import KioskStyle

// A booth on a pavilion map: a map pin standing just above the booth's code, which a map
// prints centred on the booth's spot, so the code stays readable beside the pin. The marker is
// the booth's tap area: a square around the pin and the code, Theme.touchMin or more, as large
// as the closest two booths of the map allow so no two markers overlap (issue #11). The
// highlighted booth's pin is red, pulses under its tip and names its exhibitor above it.
// Place it with x = (the booth's x) - width / 2 and y = (the booth's y) - spotY.
//
// A pavilion may have thousands of booths, so a pin is two plain rectangles (a teardrop is a
// square with one sharp corner, turned 45°) and the highlight's extras are made only when shown.
Item {
    id: marker
    property string boothCode: ""
    property string name: ""
    property bool highlighted: false
    // How far apart the closest two booths of the map are drawn (px; 0: no neighbour).
    property real spacing: 0
    // The map's drawn height: the code printed on a booth is taken to fit a band codeBand of
    // it high, centred on the spot (the sample's 26-px codes on a 1000-px map take 1.8%).
    property real mapDrawnHeight: 0
    readonly property real codeBand: 0.024
    signal tapped()

    readonly property real codeHalf: codeBand * mapDrawnHeight / 2
    // The teardrop's square side; the pin is d/2 (round head) + d/√2 (to the tip) tall.
    readonly property real nominalD: highlighted ? 56 : 40
    readonly property real roomy: Math.max(Theme.touchMin + 16,
                                           2 * codeHalf + nominalD * (0.5 + Math.SQRT1_2) + 12)
    readonly property real side: Math.max(Theme.touchMin,
                                          spacing > 0 ? Math.min(spacing, roomy) : roomy)
    // The booth's spot, just above the bottom edge (under the code); the pin's tip above the code.
    readonly property real spotY: side - codeHalf - 4
    readonly property real tipY: spotY - codeHalf - 2
    readonly property real d: Math.max(8, Math.min(nominalD, (tipY - 2) / (0.5 + Math.SQRT1_2)))
    readonly property real pinHeight: d * (0.5 + Math.SQRT1_2)

    width: side
    height: side
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
