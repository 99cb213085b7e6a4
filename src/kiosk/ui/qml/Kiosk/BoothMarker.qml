import QtQuick
import KioskStyle

// A booth on a pavilion map: a pin with its code. The tap area stays Theme.touchMin square
// whatever the zoom; the highlighted booth is red, larger, pulses and shows its exhibitor.
Item {
    id: marker
    property string boothCode: ""
    property string name: ""
    property bool highlighted: false
    signal tapped()

    width: Theme.touchMin
    height: Theme.touchMin
    z: highlighted ? 2 : 1

    Rectangle {
        id: pulse
        anchors.centerIn: dot
        width: dot.width
        height: width
        radius: width / 2
        color: "transparent"
        border.width: 4
        border.color: Theme.accent
        visible: marker.highlighted
        SequentialAnimation on scale {
            running: marker.highlighted && marker.visible
            loops: Animation.Infinite
            NumberAnimation { from: 1.0; to: 1.8; duration: 900; easing.type: Easing.OutQuad }
            PauseAnimation { duration: 300 }
        }
        SequentialAnimation on opacity {
            running: marker.highlighted && marker.visible
            loops: Animation.Infinite
            NumberAnimation { from: 0.9; to: 0.0; duration: 900; easing.type: Easing.OutQuad }
            PauseAnimation { duration: 300 }
        }
    }

    Rectangle {
        id: dot
        anchors.centerIn: parent
        width: marker.highlighted ? 64 : 48
        height: width
        radius: width / 2
        color: marker.highlighted ? Theme.accent : (area.pressed ? Theme.primaryDark : Theme.primary)
        border.width: 3
        border.color: Theme.textOnPrimary
        Behavior on width { NumberAnimation { duration: Theme.animationMs } }
        KText {
            anchors.centerIn: parent
            width: parent.width - 6
            horizontalAlignment: Text.AlignHCenter
            text: marker.boothCode
            color: Theme.textOnPrimary
            font.pixelSize: marker.highlighted ? 18 : 14
            font.bold: true
            wrapMode: Text.NoWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
        }
    }

    Rectangle {
        visible: marker.highlighted && marker.name.length > 0
        anchors.top: dot.bottom
        anchors.topMargin: 8
        anchors.horizontalCenter: dot.horizontalCenter
        width: Math.min(nameText.implicitWidth + 24, 420)
        height: nameText.height + 12
        radius: 8
        color: Theme.surface
        border.width: 2
        border.color: Theme.accent
        KText {
            id: nameText
            anchors.centerIn: parent
            width: parent.width - 24
            horizontalAlignment: Text.AlignHCenter
            text: marker.name
            font.pixelSize: Theme.fontSmall
            font.bold: true
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    MouseArea {
        // Under the texts it covers, so they read as part of the button it makes.
        z: -1
        id: area
        anchors.fill: parent
        onClicked: marker.tapped()
    }
}
