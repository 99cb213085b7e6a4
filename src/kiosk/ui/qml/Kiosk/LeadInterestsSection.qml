pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// "Your interests": sectors, the exhibitors to hear from, their questions, meetings to book
// (MeetingSection) and the day/half-day wish for the others (LeadMatchingWish).
LeadSection {
    id: section

    required property LeadFormBridge form
    property MatchingPage matching: null
    property MeetingSlotPicker meetingPicker: null

    signal focused(Item item)
    signal exhibitorsRequested()

    // The item of a field (kiosk.domain.leads.FIELD_ORDER or "answer.<...>"), or null.
    function itemFor(name) {
        const items = {
            "sectors": sectorsField, "exhibitors": exhibitorsField, "answers": questions,
            "matching": matchingWish, "matching_day": matchingWish, "matching_slot": matchingWish
        }
        if (items[name])
            return items[name]
        if (name.startsWith("answer."))
            return questions.itemFor(name)
        return null
    }

    title: qsTr("Your interests")

    Column {
        id: sectorsField
        width: parent.width
        spacing: Theme.gapMedium
        visible: section.form.sectorOptions.length > 0
        LeadLabel { text: qsTr("Sectors") }
        Flow {
            width: parent.width
            spacing: Theme.gapMedium
            Repeater {
                model: section.form.sectorOptions
                LeadChip {
                    required property var modelData
                    objectName: "sector_" + modelData.id
                    text: modelData.label
                    selected: section.form.selectedSectors.indexOf(modelData.id) >= 0
                    onClicked: section.form.toggleSector(modelData.id)
                }
            }
        }
        LeadError {
            width: parent.width
            name: "leadError_sectors"
            error: section.form.errors["sectors"] ?? null
        }
    }

    Column {
        id: exhibitorsField
        width: parent.width
        spacing: Theme.gapMedium
        LeadLabel { text: qsTr("Exhibitors you would like to hear from") }
        KText {
            objectName: "leadNoExhibitors"
            visible: section.form.exhibitors.length === 0
            width: parent.width
            text: qsTr("None chosen yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall + 2
        }
        Flow {
            width: parent.width
            spacing: Theme.gapMedium
            Repeater {
                model: section.form.exhibitors
                LeadExhibitorChip {
                    maximumWidth: exhibitorsField.width
                    onRemoveRequested: id => section.form.removeExhibitor(id)
                }
            }
            KioskButton {
                objectName: "addExhibitorButton"
                visible: section.form.hasExhibitorChoices
                variant: "secondary"
                iconName: "add"
                text: qsTr("Add an exhibitor")
                onClicked: section.exhibitorsRequested()
            }
        }
        LeadError {
            width: parent.width
            name: "leadError_exhibitors"
            error: section.form.errors["exhibitors"] ?? null
        }
    }

    LeadQuestions {
        id: questions
        width: parent.width
        form: section.form
        onFocused: item => section.focused(item)
    }

    MeetingSection {
        width: parent.width
        leadForm: section.form
        matching: section.matching
        picker: section.meetingPicker
    }

    LeadMatchingWish {
        id: matchingWish
        width: parent.width
        form: section.form
        matching: section.matching
    }
}
