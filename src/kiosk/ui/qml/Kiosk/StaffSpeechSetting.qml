import QtQuick
import KioskStyle
import KioskBackend

// Staff Settings: read every screen aloud for every visitor, not only in accessibility mode.
// Applied and stored at once (kiosk.ui.speech.SpeechBridge.setAlways).
Column {
    id: setting

    required property SpeechBridge speech

    spacing: 8

    StaffCheck {
        objectName: "speechAlwaysCheck"
        width: parent.width
        text: qsTr("Read aloud for every visitor (not only in accessibility mode)")
        checked: setting.speech.always
        onClicked: setting.speech.setAlways(!checked)
    }
    KText {
        objectName: "speechVoice"
        width: parent.width
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: setting.speech.available ? qsTr("Voice for the language on show: %1").arg(setting.speech.voiceName)
                                       : qsTr("This PC has no voice for the language on show.")
    }
}
