pragma ComponentBehavior: Bound
import QtQuick
import QtGraphs
import KioskStyle

// StaffChart drawn by Qt Graphs (a GPU graphics API is in use): a bar chart of counts. Axis
// labels use the staff language's font; the value axis has five whole-number ticks up to
// ``axisTop``.
GraphsView {
    id: chart

    property var categories: []
    property var values: []
    property int axisTop: 5
    property color barColor: Theme.primary
    property int labelEvery: 1  // label every n-th category (24 hours do not fit one by one)

    marginLeft: 8
    marginRight: 8
    theme: GraphsTheme {
        colorScheme: GraphsTheme.ColorScheme.Light
        backgroundVisible: false
        plotAreaBackgroundVisible: false
        labelFont.family: Theme.fontFamily
        labelFont.pixelSize: Theme.fontSmall
        labelTextColor: Theme.textMuted
        grid.mainColor: Theme.divider
        axisX.mainColor: Theme.textMuted
        axisY.mainColor: Theme.textMuted
    }
    axisX: BarCategoryAxis {
        categories: chart.categories
        gridVisible: false
        labelDelegate: Component {
            Item {
                id: label
                property string text  // set by Qt Graphs: the category
                KText {
                    anchors.centerIn: parent
                    text: chart.categories.indexOf(label.text) % chart.labelEvery === 0 ? label.text : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
    axisY: ValueAxis {
        min: 0
        max: chart.axisTop
        tickInterval: Math.max(1, chart.axisTop / 5)
        labelDecimals: 0
        subGridVisible: false
    }
    BarSeries {
        barWidth: 0.7
        BarSet {
            values: chart.values
            color: chart.barColor
            borderWidth: 0
        }
    }
}
