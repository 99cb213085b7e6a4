pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// Next to a consent that sends the visitor's data abroad: PIPL Art. 39's items as a short
// table (recipient, contact, purpose, method, data, rights), in the visitor's language.
Rectangle {
    id: notice

    // [{item, text}] from LeadFormBridge.consentPurposes[...].crossBorder
    property var rows: []

    objectName: "crossBorderNotice"
    visible: rows.length > 0
    implicitHeight: visible ? table.height + 32 : 0
    radius: 12
    color: Theme.surfaceAlt
    border.color: Theme.divider

    function label(item) {
        switch (item) {
        case "recipient": return qsTr("Recipient")
        case "contact": return qsTr("Contact")
        case "purpose": return qsTr("Purpose")
        case "method": return qsTr("How")
        case "categories": return qsTr("Your data")
        case "rights": return qsTr("Your rights")
        default: return item
        }
    }

    Column {
        id: table
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 16 }
        spacing: 8
        KText {
            width: parent.width
            text: qsTr("This consent sends your data outside mainland China:")
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Repeater {
            model: notice.rows
            Row {
                id: row
                required property var modelData
                width: table.width
                spacing: 12
                KText {
                    objectName: "crossBorderLabel_" + row.modelData.item
                    width: Math.round(row.width * 0.28)
                    text: notice.label(row.modelData.item)
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.primary
                }
                KText {
                    objectName: "crossBorder_" + row.modelData.item
                    width: row.width - Math.round(row.width * 0.28) - 12
                    text: row.modelData.text
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
        }
    }
}
