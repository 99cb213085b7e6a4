import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// One text field of the lead form: its label, a large input and its error in red under it.
// The value lives in LeadFormBridge (typing sends it there; a reset or a scanned card comes
// back through the binding); leaving the field asks the bridge for the field's error.
Column {
    id: field

    required property LeadFormBridge form
    required property string fieldName
    property string label: ""
    property bool required: false
    property int hints: Qt.ImhNone  // added to ImhSensitiveData, which every field has
    property string alsoShows: ""  // another field whose error shows here ("name" for both parts)
    property alias input: input
    readonly property var error: form.errors[fieldName] ?? (alsoShows ? form.errors[alsoShows] ?? null : null)

    // The form scrolls the focused field (label to error) into view above the keyboard.
    signal focused(Item item)

    spacing: 10

    LeadLabel {
        objectName: "leadFieldLabel_" + field.fieldName
        text: field.label
        required: field.required
    }

    TextField {
        id: input

        objectName: "leadField_" + field.fieldName
        width: field.width
        height: Math.max(80, Theme.touchMin)
        leftPadding: 24
        rightPadding: 24
        font.family: Theme.fontFamily
        font.pixelSize: 30
        color: Theme.text
        selectionColor: Theme.primary
        selectedTextColor: Theme.textOnPrimary
        // What a visitor types is theirs: ImhSensitiveData keeps it out of the keyboard's
        // learning (the Pinyin user dictionary), so the next visitor is never offered it.
        inputMethodHints: field.hints | Qt.ImhSensitiveData
        text: field.form.values[field.fieldName] ?? ""
        Accessible.name: field.label

        onTextEdited: field.form.setValue(field.fieldName, text)
        onActiveFocusChanged: {
            if (activeFocus)
                field.focused(field)
            else
                field.form.leave(field.fieldName)
        }
        onAccepted: {
            const next = nextItemInFocusChain(true)
            if (next && next !== input)
                next.forceActiveFocus()
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: input.activeFocus || field.error ? 3 : 2
            border.color: field.error ? Theme.error : input.activeFocus ? Theme.primary : Theme.fieldBorder
        }
    }

    LeadError {
        width: field.width
        name: "leadError_" + field.fieldName
        error: field.error
    }
}
