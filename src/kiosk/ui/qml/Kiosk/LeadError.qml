import QtQuick
import KioskStyle

// A lead-form error under its field: an icon and the message in red, in the visitor's
// language. ``error`` is one entry of LeadFormBridge.errors ({code, params}: a message of
// kiosk.domain.message_texts) or null.
Row {
    id: line

    property var error: null
    property string name: ""

    visible: error !== null && error !== undefined
    spacing: 10

    Icon {
        anchors.top: parent.top
        anchors.topMargin: 2
        name: "error"
        size: 30
        color: Theme.error
    }
    KText {
        objectName: line.name
        width: line.width - 40
        text: Messages.text(line.error)
        color: Theme.error
        font.pixelSize: Theme.fontSmall + 2
        font.weight: Font.DemiBold
    }
}
