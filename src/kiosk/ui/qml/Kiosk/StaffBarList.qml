pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// Counts as horizontal bars with their full names (exhibitor names are long and in four
// scripts, which Qt Graphs' horizontal bar axis cuts off): rows of label, bar and number.
Column {
    id: list

    property var model: null
    property string emptyText: qsTr("Nothing yet")
    property color barColor: Theme.primary

    spacing: 10

    KText {
        visible: !list.model || list.model.count === 0
        text: list.emptyText
        color: Theme.textMuted
    }

    Repeater {
        model: list.model

        Item {
            id: row

            required property string label
            required property int count
            required property real fraction
            required property int index

            width: list.width
            height: Math.max(44, name.implicitHeight + 8)

            // Whole, on two lines or more where it is long (an exhibitor's full name).
            KText {
                id: name
                width: row.width * 0.42
                anchors.verticalCenter: parent.verticalCenter
                text: row.label
                font.pixelSize: Theme.fontSmall
                lineHeight: 1.0
            }
            Rectangle {
                id: bar
                anchors { left: name.right; leftMargin: 16; verticalCenter: parent.verticalCenter }
                readonly property real room: row.width - name.width - 16 - number.width - 12
                width: Math.max(4, room * row.fraction)
                height: 28
                radius: 6
                color: list.barColor
            }
            KText {
                id: number
                anchors { left: bar.right; leftMargin: 12; verticalCenter: parent.verticalCenter }
                width: 80
                text: row.count.toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                wrapMode: Text.NoWrap
            }
        }
    }
}
