pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// One exhibitor's meeting slots over the lead form: the days as chips, then that day's times.
// A full slot shows "Full", one already over or at the time of another chosen meeting cannot
// be chosen; a chosen one is ticked (tap it again to drop it). MatchingPage decides all this.
Rectangle {
    id: picker

    property MatchingPage matching: null
    property string exhibitorId: ""
    property string day: ""
    readonly property var days: matching && matching.revision >= 0 && exhibitorId
                                ? matching.days(exhibitorId) : []
    readonly property var times: matching && matching.revision >= 0 && exhibitorId && day
                                 ? matching.slots(exhibitorId, day) : []

    function open(exhibitor) {
        picker.exhibitorId = exhibitor
        const list = picker.matching.days(exhibitor)
        picker.day = list.length > 0 ? list[0].value : ""
        picker.visible = true
    }
    function close() { picker.visible = false }

    objectName: "meetingSlotPicker"
    visible: false
    color: Theme.backdrop
    z: 10

    MouseArea { anchors.fill: parent; onClicked: picker.close() }

    Rectangle {
        id: card
        anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; bottom: parent.bottom; margins: 24 }
        width: Math.min(parent.width - 2 * Theme.margin, 1240)
        radius: Theme.radiusLarge
        color: Theme.surface

        MouseArea { anchors.fill: parent }

        Column {
            anchors { fill: parent; margins: 32 }
            spacing: 24

            Item {
                width: parent.width
                height: Math.max(doneButton.height, titleText.implicitHeight)
                KText {
                    id: titleText
                    objectName: "meetingPickerTitle"
                    anchors { left: parent.left; right: doneButton.left; rightMargin: 24; verticalCenter: parent.verticalCenter }
                    text: qsTr("Book a meeting with %1").arg(picker.matching && picker.exhibitorId
                          ? picker.matching.exhibitorName(picker.exhibitorId) : "")
                    color: Theme.primary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                KioskButton {
                    id: doneButton
                    objectName: "meetingPickerDone"
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    iconName: "check"
                    text: qsTr("Done")
                    onClicked: picker.close()
                }
            }

            LeadLabel { text: qsTr("Day") }
            Flow {
                width: parent.width
                spacing: 14
                Repeater {
                    model: picker.days
                    LeadChip {
                        required property var modelData
                        objectName: "meetingDay_" + modelData.value
                        text: modelData.label
                        selected: picker.day === modelData.value
                        onClicked: picker.day = modelData.value
                    }
                }
            }

            LeadLabel { text: qsTr("Time (each meeting lasts one slot)") }
            KText {
                visible: picker.times.length > 0
                width: parent.width
                text: picker.times.length > 0 ? picker.times[0].place : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall + 2
            }
            Flow {
                width: parent.width
                spacing: 14
                Repeater {
                    model: picker.times
                    LeadChip {
                        required property var modelData
                        objectName: "meetingSlot_" + modelData.label.replace(":", "")
                        property string state_: modelData.state
                        enabled: state_ === "free" || state_ === "chosen"
                        opacity: enabled ? 1 : 0.45
                        selected: state_ === "chosen"
                        text: state_ === "full" ? qsTr("%1 · Full").arg(modelData.label)
                              : state_ === "clash" ? qsTr("%1 · You have another meeting").arg(modelData.label)
                              : state_ === "over" ? qsTr("%1 · Over").arg(modelData.label)
                              : modelData.label
                        onClicked: picker.matching.choose(picker.exhibitorId, modelData.value)
                    }
                }
            }
        }
    }
}
