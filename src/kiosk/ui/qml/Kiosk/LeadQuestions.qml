pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// The questions of the exhibitors the visitor chose (each exhibitor asks 0 to 3 in the content
// pack): one block per exhibitor that asks any, headed by its name; a choice question as pills
// (one or several), a text question as a field. Answers live in LeadFormBridge.
Column {
    id: section

    required property LeadFormBridge form
    objectName: "leadQuestions"
    spacing: 30
    visible: form.questionBlocks.length > 0

    // The form scrolls the focused text answer (label to error) into view above the keyboard.
    signal focused(Item item)

    // The item of an answer field ("answer.<exhibitor>:<question>"), for the form's focus.
    function itemFor(field) {
        for (let i = 0; i < blocks.count; ++i) {
            const found = blocks.itemAt(i).itemFor(field)
            if (found)
                return found
        }
        return section
    }

    Repeater {
        id: blocks
        model: section.form.questionBlocks

        Column {
            id: block
            required property var modelData
            objectName: "leadQuestions_" + modelData.exhibitor
            width: section.width
            spacing: 22

            function itemFor(field) {
                for (let i = 0; i < questions.count; ++i) {
                    if (questions.itemAt(i).field === field)
                        return questions.itemAt(i)
                }
                return null
            }

            KText {
                width: parent.width
                text: qsTr("Questions from %1").arg(block.modelData.name)
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }

            Repeater {
                id: questions
                model: block.modelData.questions

                Column {
                    id: question
                    required property var modelData
                    readonly property string field: modelData.field
                    readonly property string answer: section.form.answers[field] ?? ""
                    readonly property var picked: answer.length > 0 ? answer.split(",") : []
                    objectName: "leadQuestion_" + field
                    width: block.width
                    spacing: 12

                    LeadLabel {
                        width: parent.width
                        text: question.modelData.text
                        required: question.modelData.required
                    }

                    Flow {
                        width: parent.width
                        spacing: 14
                        visible: question.modelData.kind !== "text"
                        Repeater {
                            model: question.modelData.choices
                            LeadChip {
                                required property var modelData
                                objectName: "answer_" + question.field + "=" + modelData.id
                                text: modelData.label
                                selected: question.picked.indexOf(modelData.id) >= 0
                                onClicked: section.form.chooseAnswer(
                                    block.modelData.exhibitor, question.modelData.id,
                                    modelData.id, question.modelData.kind === "multiple")
                            }
                        }
                    }

                    LeadAnswerField {
                        width: parent.width
                        visible: question.modelData.kind === "text"
                        form: section.form
                        exhibitor: block.modelData.exhibitor
                        question: question.modelData.id
                        field: question.field
                        onFocused: item => section.focused(question)
                    }

                    LeadError {
                        width: parent.width
                        name: "leadError_" + question.field.replace(/\./g, "_")
                        error: section.form.errors[question.field] ?? null
                    }
                }
            }
        }
    }
}
