import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Beside the accessibility button while the kiosk reads aloud: repeat, stop, quieter, louder
// (ADA §707), or, where the PC has no voice for the language on show, a plain word saying so.
Row {
    id: controls

    required property SpeechBridge speech
    // The width the footer leaves beside the accessibility button: the notice wraps to it.
    property real availableWidth: 100000
    // The no-voice notice's height (it may wrap to lines): the footer makes room for it.
    readonly property real noticeHeight: speech.available ? 0 : notice.height

    objectName: "speechControls"
    visible: speech.active
    spacing: 12

    KioskButton {
        objectName: "speechRepeat"
        visible: controls.speech.available
        variant: "secondary"
        iconName: "volume_up"
        text: qsTr("Repeat")
        onClicked: controls.speech.repeat()
    }
    KioskButton {
        objectName: "speechStop"
        visible: controls.speech.available
        variant: "secondary"
        text: qsTr("Stop")
        onClicked: controls.speech.stop()
    }
    KioskButton {
        objectName: "speechQuieter"
        visible: controls.speech.available
        variant: "secondary"
        text: "−"
        Accessible.name: qsTr("Quieter")
        onClicked: controls.speech.quieter()
    }
    KioskButton {
        objectName: "speechLouder"
        visible: controls.speech.available
        variant: "secondary"
        text: "+"
        Accessible.name: qsTr("Louder")
        onClicked: controls.speech.louder()
    }
    Rectangle {
        id: notice
        visible: !controls.speech.available
        height: Math.max(Theme.touchMin, noVoice.height + 16)
        width: Math.min(noVoice.implicitWidth + 48, controls.availableWidth)
        radius: Math.min(height / 2, Theme.radiusLarge)
        color: Theme.surface
        border.color: Theme.divider
        KText {
            id: noVoice
            objectName: "speechNoVoice"
            anchors.centerIn: parent
            width: parent.width - 48
            wrapMode: Text.WordWrap
            lineHeight: 1.0
            font.pixelSize: Theme.fontSmall
            text: qsTr("No voice for this language on this PC: speech is off")
        }
    }
}
