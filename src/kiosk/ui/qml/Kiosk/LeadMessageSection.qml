import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// "Message": an optional free text for the exhibitors, with a live count against the limit.
LeadSection {
    id: section

    required property LeadFormBridge form
    readonly property var error: form.errors["message"] ?? null
    readonly property bool tooLong: form.messageLength > form.messageMax

    signal focused(Item item)

    function itemFor(name) {
        return name === "message" ? messageField : null
    }

    title: qsTr("Message")

    Column {
        id: messageField
        readonly property alias input: messageArea
        width: parent.width
        spacing: Theme.gapSmall
        Item {
            width: parent.width
            height: messageLabel.height
            LeadLabel {
                id: messageLabel
                text: qsTr("Anything the exhibitors should know? (optional)")
            }
            KText {
                objectName: "messageCounter"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: qsTr("%1 / %2").arg(section.form.messageLength).arg(section.form.messageMax)
                color: section.tooLong ? Theme.error : Theme.textMuted
                font.pixelSize: Theme.fontSmall + 2
                font.weight: section.tooLong ? Font.Bold : Font.Normal
                wrapMode: Text.NoWrap
            }
        }
        TextArea {
            id: messageArea
            objectName: "leadField_message"
            width: parent.width
            height: Theme.textAreaHeight
            padding: Theme.fieldPadding
            wrapMode: TextEdit.Wrap
            inputMethodHints: Qt.ImhSensitiveData  // never learnt by the keyboard
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fieldFont - 2
            color: Theme.text
            selectionColor: Theme.primary
            selectedTextColor: Theme.textOnPrimary
            text: section.form.values["message"] ?? ""
            Accessible.name: messageLabel.text
            onTextChanged: {
                if (text !== (section.form.values["message"] ?? ""))
                    section.form.setValue("message", text)
            }
            onActiveFocusChanged: {
                if (activeFocus)
                    section.focused(messageField)
                else
                    section.form.leave("message")
            }
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: messageArea.activeFocus || section.error ? 3 : 2
                border.color: section.error ? Theme.error
                            : messageArea.activeFocus ? Theme.primary : Theme.fieldBorder
            }
        }
        LeadError {
            width: parent.width
            name: "leadError_message"
            error: section.error
        }
    }
}
