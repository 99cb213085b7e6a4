import QtQuick
import KioskStyle

// A booth on a pavilion map: a map pin whose tip is the booth's spot, so the booth's own
// label on the map stays readable. The tap area stays Theme.touchMin square or more whatever
// the zoom. The highlighted booth's pin is red and larger, pulses on the spot and names its
// exhibitor above it. Place it with x = spotX - width / 2 and y = spotY - tipY.
//
// A pavilion may have thousands of booths, so a pin is two plain rectangles (a teardrop is a
// square with one sharp corner, turned 45°) and the highlight's extras load only when shown.
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

    Loader {
        active: marker.highlighted
        anchors.fill: parent
        sourceComponent: highlightExtras
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
        Behavior on width { NumberAnimation { duration: Theme.animationMs } }
    }
    // The pin's hole, white so the pin stands out on any map.
    Rectangle {
        anchors.centerIn: drop
        width: marker.d * 0.38
        height: width
        radius: width / 2
        color: Theme.surface
    }

    Component {
        id: highlightExtras
        Item {
            // The spot on the floor, pulsing.
            Rectangle {
                x: marker.width / 2 - width / 2
                y: marker.tipY - height / 2
                width: 28
                height: 14
                radius: 7
                color: Theme.accent
                opacity: 0.35
                SequentialAnimation on scale {
                    running: marker.visible
                    loops: Animation.Infinite
                    NumberAnimation { from: 1.0; to: 2.4; duration: 900; easing.type: Easing.OutQuad }
                    PauseAnimation { duration: 300 }
                }
            }
            // The booth and its exhibitor, above the pin.
            Rectangle {
                visible: marker.name.length > 0
                x: marker.width / 2 - width / 2
                y: marker.tipY - marker.pinHeight - height - 6
                width: Math.min(nameText.implicitWidth + 28, 440)
                height: nameText.height + 14
                radius: 10
                color: Theme.surface
                border.width: 2
                border.color: Theme.accent
                KText {
                    id: nameText
                    anchors.centerIn: parent
                    width: parent.width - 28
                    horizontalAlignment: Text.AlignHCenter
                    text: [marker.boothCode, marker.name].filter(s => s).join("  ·  ")
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
