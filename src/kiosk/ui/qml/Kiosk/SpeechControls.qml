import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Beside the accessibility button while the kiosk reads aloud: repeat, stop, quieter, louder
// (ADA §707), or, where the PC has no voice for the language on show, a plain word saying so.
Row {
    id: controls

    required property SpeechBridge speech

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
        visible: !controls.speech.available
        height: Theme.touchMin
        width: noVoice.implicitWidth + 48
        radius: height / 2
        color: Theme.surface
        border.color: Theme.divider
        KText {
            id: noVoice
            objectName: "speechNoVoice"
            anchors.centerIn: parent
            wrapMode: Text.NoWrap
            text: qsTr("No voice for this language on this PC: speech is off")
        }
    }
}
