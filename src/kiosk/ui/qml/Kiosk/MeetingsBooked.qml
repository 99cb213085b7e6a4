pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// On "Thank you": the meetings just booked with their status, and the calendar QR code(s) a
// phone camera adds to its calendar (one for all when they fit, else one per meeting).
Row {
    id: booked

    property MatchingPage matching: null

    objectName: "meetingsBooked"
    visible: matching !== null && matching.booked.length > 0
    spacing: 40

    Column {
        width: booked.width - codes.width - booked.spacing
        spacing: 10
        KText {
            text: qsTr("Your meetings")
            color: Theme.primary
            font.pixelSize: Theme.fontHeading - 4
            font.weight: Font.Bold
        }
        Repeater {
            model: booked.matching ? booked.matching.booked : []
            KText {
                required property var modelData
                required property int index
                objectName: "bookedMeeting_" + index
                width: parent.width
                text: modelData.when + "  ·  " + modelData.exhibitor + "  ·  " + modelData.place
                      + "  ·  " + (modelData.status === "confirmed" ? qsTr("Confirmed")
                                                                    : qsTr("Pending confirmation by staff"))
                font.pixelSize: Theme.fontSmall + 4
            }
        }
        KText {
            width: parent.width
            text: qsTr("Scan to add the meetings to your phone's calendar.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall + 2
        }
    }
    Row {
        id: codes
        spacing: 16
        Repeater {
            model: booked.matching ? booked.matching.calendarCodes : []
            Item {  // the code's room in the row: QrCode is laid out by its shown size
                id: slot
                required property string modelData
                required property int index
                width: code.shownWidth
                height: code.shownHeight
                QrCode {
                    id: code
                    objectName: "calendarQr_" + slot.index
                    url: slot.modelData
                }
            }
        }
    }
}
