pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// "I would like to meet these exhibitors", with a preferred day and half-day. It stays for
// exhibitors that take no part in matching sessions; those that do are booked in
// MeetingSection instead.
Column {
    id: wish

    required property LeadFormBridge form
    property MatchingPage matching: null

    spacing: Theme.gapMedium
    visible: !matching || matching.revision < 0
             || form.exhibitors.length === 0
             || form.exhibitors.some(e => !matching.takesPart(e.id))

    LeadCheckBox {
        objectName: "leadField_matching"
        width: parent.width
        text: qsTr("I would like to meet these exhibitors at the expo")
        checked: wish.form.matching
        invalid: !!wish.form.errors["matching"]
        onChangeRequested: wanted => wish.form.setMatching(wanted)
    }
    LeadError {
        width: parent.width
        name: "leadError_matching"
        error: wish.form.errors["matching"] ?? null
    }
    Column {
        visible: wish.form.matching
        width: parent.width
        spacing: Theme.gapMedium
        LeadLabel { text: qsTr("Preferred day") }
        Flow {
            width: parent.width
            spacing: Theme.gapMedium
            Repeater {
                model: wish.form.matchingDays
                LeadChip {
                    required property var modelData
                    objectName: "matchingDay_" + modelData.value
                    text: modelData.label
                    selected: wish.form.matchingDay === modelData.value
                    onClicked: wish.form.setMatchingDay(modelData.value)
                }
            }
        }
        LeadError {
            width: parent.width
            name: "leadError_matching_day"
            error: wish.form.errors["matching_day"] ?? null
        }
        LeadLabel { text: qsTr("Preferred time") }
        Row {
            spacing: Theme.gapMedium
            LeadChip {
                objectName: "matchingSlot_am"
                text: qsTr("Morning")
                selected: wish.form.matchingSlot === "am"
                onClicked: wish.form.setMatchingSlot("am")
            }
            LeadChip {
                objectName: "matchingSlot_pm"
                text: qsTr("Afternoon")
                selected: wish.form.matchingSlot === "pm"
                onClicked: wish.form.setMatchingSlot("pm")
            }
        }
        LeadError {
            width: parent.width
            name: "leadError_matching_slot"
            error: wish.form.errors["matching_slot"] ?? null
        }
    }
}
