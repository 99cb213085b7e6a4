pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// StaffChart drawn with plain items, for Qt's software renderer: a column per category, five
// whole-number grid lines up to ``axisTop``, category labels under the columns. Each column
// is called "chartColumn" and carries its ``value``, so tests can read what is drawn.
Item {
    id: chart

    property var categories: []
    property var values: []
    property int axisTop: 5
    property color barColor: Theme.primary
    property int labelEvery: 1

    readonly property int ticks: 5
    readonly property real axisWidth: 72
    readonly property real labelHeight: 40
    readonly property real plotTop: Theme.fontSmall / 2  // room for the top tick's label
    readonly property real plotHeight: Math.max(0, height - labelHeight - plotTop)
    readonly property real slot: categories.length > 0
                                 ? (width - axisWidth) / categories.length : 0

    function tickValue(tick: int): real {
        return Math.round(chart.axisTop * tick / chart.ticks)
    }

    // Grid lines and the value axis's labels, bottom (0) to top (axisTop).
    Repeater {
        model: chart.ticks + 1
        Item {
            id: tickRow
            required property int index
            readonly property real lineY: chart.plotTop
                                          + chart.plotHeight * (1 - tickRow.index / chart.ticks)
            width: chart.width
            Rectangle {
                x: chart.axisWidth
                y: tickRow.lineY
                width: chart.width - chart.axisWidth
                height: tickRow.index === 0 ? 2 : 1
                color: tickRow.index === 0 ? Theme.textMuted : Theme.divider
            }
            KText {
                x: 0
                width: chart.axisWidth - 12
                y: tickRow.lineY - height / 2
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.NoWrap
                text: chart.tickValue(tickRow.index).toLocaleString(Qt.locale(), "f", 0)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Repeater {
        model: chart.categories
        Item {
            id: slotItem
            required property int index
            required property string modelData
            readonly property real value: Number(chart.values[slotItem.index] ?? 0)
            x: chart.axisWidth + chart.slot * slotItem.index
            width: chart.slot
            height: chart.height

            Rectangle {
                objectName: "chartColumn"
                property alias value: slotItem.value
                property alias category: slotItem.modelData
                anchors.horizontalCenter: parent.horizontalCenter
                width: chart.slot * 0.7
                height: chart.axisTop > 0
                        ? chart.plotHeight * Math.min(1, slotItem.value / chart.axisTop) : 0
                y: chart.plotTop + chart.plotHeight - height
                radius: Math.min(4, width / 4)
                color: chart.barColor
            }
            KText {
                anchors.horizontalCenter: parent.horizontalCenter
                y: chart.plotTop + chart.plotHeight + 6
                wrapMode: Text.NoWrap
                text: slotItem.index % chart.labelEvery === 0 ? slotItem.modelData : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
