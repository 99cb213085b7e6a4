import QtQuick
import KioskStyle

// What the highlighted booth's pin shows besides the pin: the spot on the floor, pulsing, and
// the booth and its exhibitor above the pin. Made by BoothMarker for its highlighted pin only.
Item {
    id: extras
    required property BoothMarker marker
    anchors.fill: marker
    z: -1  // under the pin, as a part of it

    // Under the tip, pulsing (no larger than the gap above the code, which stays legible).
    Rectangle {
        x: extras.marker.width / 2 - width / 2
        y: extras.marker.tipY - height
        width: 28
        height: 14
        radius: 7
        color: Theme.accent
        opacity: 0.35
        transformOrigin: Item.Bottom
        SequentialAnimation on scale {
            running: extras.marker.visible
            loops: Animation.Infinite
            NumberAnimation { from: 1.0; to: 1.6; duration: 900; easing.type: Easing.OutQuad }
            PauseAnimation { duration: 300 }
        }
    }
    // The booth and its exhibitor, above the pin, kept on the map at its edges.
    Rectangle {
        visible: extras.marker.name.length > 0
        readonly property real room: extras.marker.parent ? extras.marker.parent.width : width
        x: Math.max(-extras.marker.x, Math.min(extras.marker.width / 2 - width / 2,
                                               room - extras.marker.x - width))
        y: extras.marker.tipY - extras.marker.pinHeight - height - 6
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
            text: [extras.marker.boothCode, extras.marker.name].filter(s => s).join("  ·  ")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
