import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// A short text answer to an exhibitor's question: like LeadTextField, without label or error
// (the question's block shows them), and its value kept under the question in the bridge.
TextField {
    id: input

    required property LeadFormBridge form
    required property string exhibitor
    required property string question
    required property string field

    signal focused(Item item)

    objectName: "leadField_" + field
    height: Math.max(80, Theme.touchMin)
    leftPadding: 24
    rightPadding: 24
    font.family: Theme.fontFamily
    font.pixelSize: 30
    color: Theme.text
    selectionColor: Theme.primary
    selectedTextColor: Theme.textOnPrimary
    inputMethodHints: Qt.ImhSensitiveData  // never learnt by the keyboard, as every field
    maximumLength: 200
    text: form.answers[field] ?? ""

    onTextEdited: form.setAnswerText(exhibitor, question, text)
    onActiveFocusChanged: {
        if (activeFocus)
            focused(input)
        else
            form.leaveAnswer(exhibitor, question)
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: input.activeFocus || input.form.errors[input.field] ? 3 : 2
        border.color: input.form.errors[input.field] ? Theme.error
                    : input.activeFocus ? Theme.primary : Theme.fieldBorder
    }
}
