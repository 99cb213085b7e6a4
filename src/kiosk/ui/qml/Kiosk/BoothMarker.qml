import QtQuick
import KioskStyle

// A booth on a pavilion map: a map pin whose tip is the booth's spot, so the booth's own
// label on the map stays readable. The tap area stays Theme.touchMin square whatever the
// zoom. The highlighted booth's pin is red and larger, pulses on the spot and names its
// exhibitor above it. Place it with x = spotX - width / 2 and y = spotY - tipY.
Item {
    id: marker
    property string boothCode: ""
    property string name: ""
    property bool highlighted: false
    signal tapped()

    readonly property real pinSize: highlighted ? 80 : 60
    // The pin (2/24 to 22/24 of its icon box) is centred in the tap area; its tip is here.
    readonly property real tipY: (height + pinSize * 20 / 24) / 2

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

    // The spot on the floor, pulsing while highlighted.
    Rectangle {
        x: marker.width / 2 - width / 2
        y: marker.tipY - height / 2
        width: 28
        height: 14
        radius: 7
        color: marker.highlighted ? Theme.accent : Theme.primary
        opacity: 0.35
        visible: marker.highlighted
        SequentialAnimation on scale {
            running: marker.highlighted && marker.visible
            loops: Animation.Infinite
            NumberAnimation { from: 1.0; to: 2.4; duration: 900; easing.type: Easing.OutQuad }
            PauseAnimation { duration: 300 }
        }
    }

    Icon {
        id: pin
        x: marker.width / 2 - width / 2
        y: marker.tipY - marker.pinSize * 22 / 24
        size: marker.pinSize
        name: "place"
        color: marker.highlighted ? Theme.accent : (area.pressed ? Theme.primaryDark : Theme.primary)
        Behavior on size { NumberAnimation { duration: Theme.animationMs } }
    }
    // The pin's hole, filled white so the pin stands out on any map.
    Rectangle {
        x: marker.width / 2 - width / 2
        y: pin.y + marker.pinSize * 9 / 24 - height / 2
        width: marker.pinSize * 5.5 / 24
        height: width
        radius: width / 2
        color: Theme.surface
    }

    Rectangle {
        visible: marker.highlighted && marker.name.length > 0
        anchors.bottom: pin.top
        anchors.bottomMargin: 4
        anchors.horizontalCenter: pin.horizontalCenter
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
