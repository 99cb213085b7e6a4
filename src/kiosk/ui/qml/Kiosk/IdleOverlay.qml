import QtQuick
import QtQuick.Shapes
import KioskStyle
import KioskBackend

// "Still there?": shown by the idle monitor after a quiet spell. A ring counts the seconds
// down; one large button (or any touch: the monitor treats every touch as an answer) keeps the
// visit going (WCAG 2.2.1). When the ring runs out the visit is reset.
Item {
    id: overlay

    required property AppBridge app
    readonly property var idle: app.idle
    readonly property bool shown: idle.countingDown
    // Low-reach mode: the card sits in the band below this (design px from the top).
    property real bandTop: 0

    objectName: "idleOverlay"
    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity {
        NumberAnimation {
            duration: Theme.overlayMs
            easing.type: Easing.OutQuad
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }

    // The whole overlay answers a touch; nothing underneath reacts while it shows.
    MouseArea {
        anchors.fill: parent
        enabled: overlay.shown
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("I'm still here")
        onClicked: overlay.idle.stillHere()
    }

    Item {
        anchors.horizontalCenter: parent.horizontalCenter
        y: overlay.bandTop + Math.max(0, (overlay.height - overlay.bandTop - height) / 2)
        width: Math.min(980, overlay.width - 2 * Theme.margin)
        height: cardContent.implicitHeight + 2 * 56
        scale: overlay.shown ? 1.0 : 0.94
        Behavior on scale {
            NumberAnimation {
                duration: Theme.overlayMs
                easing.type: Easing.OutBack
            }
        }

        Shadow {
            anchors.fill: card
            strength: 2.0
        }
        Rectangle {
            id: card
            anchors.fill: parent
            radius: 40
            color: Theme.surface

            Column {
                id: cardContent
                anchors {
                    left: parent.left
                    right: parent.right
                    top: parent.top
                    margins: 56
                    leftMargin: 64
                    rightMargin: 64
                }
                spacing: 16

                Item {
                    id: ring
                    width: 220
                    height: 220
                    anchors.horizontalCenter: parent.horizontalCenter
                    readonly property real fraction: overlay.idle.countdownSeconds > 0 ? overlay.idle.secondsLeft / overlay.idle.countdownSeconds : 0

                    Shape {
                        anchors.fill: parent
                        preferredRendererType: Shape.CurveRenderer
                        ShapePath {
                            strokeColor: Theme.surfaceAlt
                            strokeWidth: 16
                            fillColor: "transparent"
                            PathAngleArc {
                                centerX: 110
                                centerY: 110
                                radiusX: 98
                                radiusY: 98
                                startAngle: 0
                                sweepAngle: 360
                            }
                        }
                        ShapePath {
                            strokeColor: Theme.accent
                            strokeWidth: 16
                            fillColor: "transparent"
                            capStyle: ShapePath.RoundCap
                            PathAngleArc {
                                centerX: 110
                                centerY: 110
                                radiusX: 98
                                radiusY: 98
                                startAngle: -90
                                sweepAngle: 360 * ring.fraction
                                Behavior on sweepAngle {
                                    NumberAnimation {
                                        duration: 900
                                        easing.type: Easing.Linear
                                    }
                                }
                            }
                        }
                    }
                    KText {
                        objectName: "idleSecondsLeft"
                        anchors.centerIn: parent
                        text: overlay.idle.secondsLeft
                        color: Theme.text
                        font.pixelSize: Theme.fontHuge
                        font.weight: Font.Bold
                        wrapMode: Text.NoWrap
                    }
                }

                Item {
                    width: 1
                    height: 8
                }
                KText {
                    objectName: "idleTitle"
                    Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
                    Accessible.name: text
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Still there?")
                    color: Theme.primary
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                KText {
                    objectName: "idleMessage"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("For your privacy the kiosk will start over and clear what you entered.")
                    color: Theme.textMuted
                }
                Item {
                    width: 1
                    height: 20
                }
                KioskButton {
                    objectName: "stillThereButton"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(600, parent.width)
                    height: Theme.touchLarge + 16
                    fontSize: Theme.fontHeading
                    variant: "accent"
                    iconName: "touch_app"
                    text: qsTr("I'm still here")
                    onClicked: overlay.idle.stillHere()
                }
            }
        }
    }
}
