pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Business matching for staff: the schedule board of a day (exhibitors down, slot times
// across; each cell free, pending, confirmed or full), a slot's meetings with confirm, cancel,
// move and no-show, and every exhibitor's agenda written to the data folder.
Item {
    id: panel

    required property StaffMatching schedule

    objectName: "matchingPanel"

    readonly property int nameWidth: 300
    readonly property int cellWidth: 96
    readonly property var stateColours: ({
        "none": "transparent", "free": Theme.surface, "pending": Theme.pendingWash,
        "confirmed": Theme.confirmedWash, "full": Theme.primary
    })

    KText {
        anchors.centerIn: parent
        visible: !panel.schedule.available
        text: qsTr("This event has no business matching sessions.")
        color: Theme.textMuted
    }

    Column {
        visible: panel.schedule.available
        anchors.fill: parent
        spacing: 18

        Flow {
            id: tools
            width: parent.width
            spacing: 14
            Repeater {
                model: panel.schedule.days
                StaffButton {
                    required property var modelData
                    objectName: "boardDay_" + modelData.value
                    variant: panel.schedule.day === modelData.value ? "primary" : "secondary"
                    text: modelData.label
                    onClicked: panel.schedule.showDay(modelData.value)
                }
            }
            StaffButton {
                objectName: "exportAgendasButton"
                variant: "secondary"
                staffIcon: "folder"
                text: qsTr("Write agendas")
                enabled: !panel.schedule.busy
                onClicked: panel.schedule.exportAgendas()
            }
        }
        KText {
            objectName: "agendaFolder"
            visible: panel.schedule.agendaFolder !== ""
            width: parent.width
            text: qsTr("Agendas (XLSX and printable pages, one per exhibitor) written to %1").arg(panel.schedule.agendaFolder)
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }
        KText {
            visible: panel.schedule.error !== ""
            width: parent.width
            text: Messages.text(panel.schedule.errorMessage)
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Flickable {
            id: boardView
            objectName: "scheduleBoard"
            width: parent.width
            height: Math.min(boardColumn.implicitHeight, 520)
            contentWidth: boardColumn.implicitWidth
            contentHeight: boardColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            ScrollIndicator.horizontal: ScrollIndicator {}

            Column {
                id: boardColumn
                spacing: 4
                Row {
                    spacing: 4
                    Item { width: panel.nameWidth; height: 40 }
                    Repeater {
                        model: panel.schedule.times
                        KText {
                            required property string modelData
                            width: panel.cellWidth
                            text: modelData
                            font.pixelSize: Theme.fontSmall
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
                Repeater {
                    model: panel.schedule.rows
                    Row {
                        id: boardRow
                        required property var modelData
                        spacing: 4
                        KText {
                            width: panel.nameWidth
                            height: 56
                            text: boardRow.modelData.name
                            font.pixelSize: Theme.fontSmall
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                            maximumLineCount: 2
                        }
                        Repeater {
                            model: boardRow.modelData.cells
                            AbstractButton {
                                id: cell
                                required property var modelData
                                required property int index
                                readonly property string time: panel.schedule.times[index]
                                objectName: "boardCell_" + boardRow.modelData.id + "_" + time.replace(":", "")
                                width: panel.cellWidth
                                height: 56
                                enabled: modelData.state !== "none"
                                text: modelData.state === "none" ? "" : modelData.booked + "/" + modelData.capacity
                                focusPolicy: Qt.NoFocus
                                onClicked: panel.schedule.select(boardRow.modelData.id, time)
                                background: Rectangle {
                                    radius: 6
                                    color: panel.stateColours[cell.modelData.state]
                                    border.width: cell.modelData.state === "none" ? 0 : 1
                                    border.color: Theme.divider
                                }
                                contentItem: KText {
                                    text: cell.text
                                    color: cell.modelData.state === "full" ? Theme.textOnPrimary : Theme.text
                                    font.pixelSize: Theme.fontSmall
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                }
                            }
                        }
                    }
                }
            }
        }

        StaffCard {
            objectName: "slotDetail"
            visible: panel.schedule.selectedTitle !== ""
            width: parent.width
            title: panel.schedule.selectedTitle

            KText {
                visible: panel.schedule.selectedMeetings.length === 0
                text: qsTr("No meetings booked in this slot.")
                color: Theme.textMuted
            }
            Repeater {
                model: panel.schedule.selectedMeetings
                Column {
                    id: meeting
                    required property var modelData
                    required property int index
                    width: parent.width
                    spacing: 8
                    KText {
                        objectName: "slotMeeting_" + meeting.index
                        width: parent.width
                        text: qsTr("Table %1").arg(meeting.modelData.table) + "  ·  " + meeting.modelData.visitor
                              + (meeting.modelData.company ? "  ·  " + meeting.modelData.company : "")
                              + "  ·  " + meeting.modelData.contact + "  ·  " + Messages.text(meeting.modelData.statusText)
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        width: parent.width
                        spacing: 10
                        StaffButton {
                            objectName: "confirmMeeting_" + meeting.index
                            visible: meeting.modelData.status === "pending"
                            staffIcon: "check"
                            text: qsTr("Confirm")
                            onClicked: panel.schedule.confirm(meeting.modelData.id)
                        }
                        StaffButton {
                            objectName: "noShowMeeting_" + meeting.index
                            visible: meeting.modelData.status === "confirmed"
                            variant: "secondary"
                            text: qsTr("No-show")
                            onClicked: panel.schedule.noShow(meeting.modelData.id)
                        }
                        StaffButton {
                            objectName: "cancelMeeting_" + meeting.index
                            visible: meeting.modelData.status === "pending" || meeting.modelData.status === "confirmed"
                            variant: "secondary"
                            staffIcon: "close"
                            text: qsTr("Cancel meeting")
                            onClicked: panel.schedule.cancel(meeting.modelData.id)
                        }
                        Repeater {
                            model: meeting.modelData.status === "pending" || meeting.modelData.status === "confirmed"
                                   ? panel.schedule.moveTimes : []
                            StaffButton {
                                required property string modelData
                                objectName: "moveMeeting_" + meeting.index + "_" + modelData.replace(":", "")
                                variant: "secondary"
                                text: qsTr("Move to %1").arg(modelData)
                                onClicked: panel.schedule.moveTo(meeting.modelData.id, modelData)
                            }
                        }
                    }
                }
            }
        }
    }

}
