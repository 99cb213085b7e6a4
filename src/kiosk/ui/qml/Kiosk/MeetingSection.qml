pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// In the lead form: for each chosen exhibitor that takes part in business matching, its
// meeting (the chosen day and time, or "Book a meeting", which opens MeetingSlotPicker).
Column {
    id: section

    property LeadFormBridge leadForm: null
    property MatchingPage matching: null
    property MeetingSlotPicker picker: null
    readonly property var taking: matching && leadForm && matching.revision >= 0
                                  ? leadForm.exhibitors.filter(e => matching.takesPart(e.id)) : []

    objectName: "meetingSection"
    visible: taking.length > 0
    spacing: 14

    LeadLabel { text: qsTr("Meetings at the business matching area") }
    Repeater {
        model: section.taking
        Row {
            id: row
            required property var modelData
            readonly property string chosen: section.matching.revision >= 0
                                             ? section.matching.chosenLabel(modelData.id) : ""
            spacing: 18
            KText {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, section.width * 0.45)
                text: row.modelData.name
                font.weight: Font.DemiBold
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            KioskButton {
                objectName: "bookMeeting_" + row.modelData.id
                variant: row.chosen ? "primary" : "secondary"
                iconName: row.chosen ? "check" : "add"
                text: row.chosen ? row.chosen : qsTr("Book a meeting")
                onClicked: section.picker.open(row.modelData.id)
            }
        }
    }
}
