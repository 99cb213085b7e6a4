import QtQuick
import KioskStyle

// A bar chart of counts (leads per hour, languages used). Qt Graphs draws it where the window
// renders through a GPU graphics API. Qt's software renderer (a booth PC without a working GPU
// driver, the offscreen platform) draws nothing of Qt Graphs, so there plain columns stand in:
// the same bars, axis and labels, from Rectangles and Texts.
Item {
    id: chart

    property var categories: []
    property var values: []
    property int axisTop: 5
    property color barColor: Theme.primary
    property int labelEvery: 1  // label every n-th category (24 hours do not fit one by one)

    // Unknown until the window has chosen its renderer: nothing is drawn until then.
    readonly property bool drawnByQtGraphs: GraphicsInfo.api !== GraphicsInfo.Unknown
                                            && GraphicsInfo.api !== GraphicsInfo.Software

    Loader {
        objectName: chart.objectName + "Drawing"
        anchors.fill: parent
        active: GraphicsInfo.api !== GraphicsInfo.Unknown
        sourceComponent: chart.drawnByQtGraphs ? graphs : columns
    }

    Component {
        id: graphs
        StaffGraphsChart {
            categories: chart.categories
            values: chart.values
            axisTop: chart.axisTop
            barColor: chart.barColor
            labelEvery: chart.labelEvery
        }
    }
    Component {
        id: columns
        StaffColumnChart {
            categories: chart.categories
            values: chart.values
            axisTop: chart.axisTop
            barColor: chart.barColor
            labelEvery: chart.labelEvery
        }
    }
}
