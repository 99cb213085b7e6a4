import QtQuick
import KioskStyle

// "You are here": the kiosk's own place on a pavilion map (chosen by staff in Settings).
// Place it with x = spotX - width / 2, y = spotY - height / 2: the dot is centred on the
// spot, the label above it.
// Drawn in the dark teal with a gold ring, unlike the booths' pins, and not a button.
Item {
    id: marker
    property real scale_: 1  // smaller on the exhibitor page's mini-map
    width: ring.width
    height: ring.height
    z: 3
    Accessible.role: Accessible.StaticText
    Accessible.name: bubbleText.text

    Rectangle {
        id: ring
        anchors.centerIn: parent
        width: 64 * marker.scale_
        height: width
        radius: width / 2
        color: "transparent"
        border.width: 6 * marker.scale_
        border.color: Theme.gold
        opacity: 0.9
    }
    Rectangle {
        id: dot
        objectName: "youAreHereDot"
        anchors.centerIn: parent
        width: 34 * marker.scale_
        height: width
        radius: width / 2
        color: Theme.primaryDeep
        border.width: 5 * marker.scale_
        border.color: Theme.surface
        antialiasing: true
    }
    Rectangle {
        id: bubble
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: ring.top
        anchors.bottomMargin: 6 * marker.scale_
        width: bubbleText.implicitWidth + 28 * marker.scale_
        height: bubbleText.implicitHeight + 12 * marker.scale_
        radius: height / 2
        color: Theme.primaryDeep
        border.width: 2
        border.color: Theme.surface
        KText {
            id: bubbleText
            anchors.centerIn: parent
            text: qsTr("You are here")
            color: Theme.textOnPrimary
            font.pixelSize: Math.round(Theme.fontSmall * Math.max(0.8, marker.scale_))
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }
}
