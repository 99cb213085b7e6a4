pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The dashboard's figures: headline counts, four charts, then the breakdowns. The figures
// are computed off the UI thread; the previous ones stay while new ones are on their way.
Flickable {
    id: panel

    required property StaffOverview figures

    objectName: "overviewPanel"
    clip: true
    contentHeight: content.height
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}  // more figures below the fold

    // On a narrow panel (a portrait screen) the figures take two columns and the cards one.
    readonly property bool stacked: width < 1100
    readonly property real half: stacked ? width : (width - 24) / 2
    readonly property real quarter: stacked ? (width - 24) / 2 : (width - 3 * 24) / 4

    Column {
        id: content
        width: panel.width
        spacing: 24

        Grid {
            columns: panel.stacked ? 2 : 4
            spacing: 24
            StaffFigure {
                objectName: "leadsTodayFigure"
                width: panel.quarter
                label: qsTr("Leads today")
                value: panel.figures.leadsToday.toLocaleString(Qt.locale(), "f", 0)
            }
            StaffFigure {
                objectName: "leadsTotalFigure"
                width: panel.quarter
                label: qsTr("Leads in total")
                value: panel.figures.leadsTotal.toLocaleString(Qt.locale(), "f", 0)
            }
            StaffFigure {
                objectName: "matchingFigure"
                width: panel.quarter
                label: qsTr("Matching requests")
                value: panel.figures.matchingRequests.toLocaleString(Qt.locale(), "f", 0)
            }
            Item {
                width: panel.quarter
                height: 150
                StaffButton {
                    objectName: "refreshFiguresButton"
                    anchors.centerIn: parent
                    variant: "secondary"
                    staffIcon: "refresh"
                    text: qsTr("Refresh")
                    enabled: !panel.figures.busy
                    onClicked: panel.figures.refresh()
                }
            }
        }

        CrossBorderFigure {
            width: parent.width
            figures: panel.figures
        }

        KText {
            objectName: "figuresError"
            visible: panel.figures.error !== ""
            width: parent.width
            text: qsTr("The figures could not be computed: %1").arg(Messages.text(panel.figures.errorMessage))
            color: Theme.error
        }

        Grid {
            columns: panel.stacked ? 1 : 2
            spacing: 24
            StaffCard {
                width: panel.half
                title: qsTr("Leads per hour today")
                // The note is the chart's sibling, not its child: Qt Graphs draws over its children.
                Item {
                    width: parent.width
                    height: 320
                    StaffChart {
                        objectName: "leadsPerHourChart"
                        anchors.fill: parent
                        categories: Array.from({ length: 24 }, (_, hour) => String(hour))
                        values: panel.figures.leadsPerHour
                        axisTop: panel.figures.hourAxisTop
                        labelEvery: 3
                    }
                    KText {
                        objectName: "noLeadsTodayNote"
                        anchors.centerIn: parent
                        visible: panel.figures.loaded && panel.figures.leadsToday === 0
                        text: qsTr("No leads yet today")
                        color: Theme.textMuted
                    }
                }
            }
            StaffCard {
                width: panel.half
                title: qsTr("Languages used on the kiosk")
                Item {
                    width: parent.width
                    height: 320
                    StaffChart {
                        objectName: "languagesChart"
                        anchors.fill: parent
                        categories: panel.figures.languageLabels
                        values: panel.figures.languageCounts
                        axisTop: panel.figures.languageAxisTop
                        barColor: Theme.gold
                    }
                    KText {
                        objectName: "noLanguagesNote"
                        anchors.centerIn: parent
                        visible: panel.figures.loaded && panel.figures.languageLabels.length === 0
                        text: qsTr("Nothing yet")
                        color: Theme.textMuted
                    }
                }
            }
            StaffCard {
                width: panel.half
                title: qsTr("Top exhibitors by interest")
                StaffBarList {
                    objectName: "topExhibitorsChart"
                    width: parent.width
                    model: panel.figures.topExhibitors
                }
            }
            StaffCard {
                width: panel.half
                title: qsTr("Taps per exhibitor")
                StaffBarList {
                    objectName: "tapsChart"
                    width: parent.width
                    model: panel.figures.tapsPerExhibitor
                    barColor: Theme.accent
                }
            }
        }

        Grid {
            columns: panel.stacked ? 1 : 4
            spacing: 24
            StaffCard {
                width: panel.stacked ? panel.width : panel.quarter
                title: qsTr("Leads per pavilion")
                StaffBarList { width: parent.width; model: panel.figures.byPavilion }
            }
            StaffCard {
                width: panel.stacked ? panel.width : panel.quarter
                title: qsTr("Visitor countries")
                StaffBarList { width: parent.width; model: panel.figures.byCountry }
            }
            StaffCard {
                width: panel.stacked ? panel.width : panel.quarter
                title: qsTr("Language of the form")
                StaffBarList { width: parent.width; model: panel.figures.byLanguage }
            }
            StaffCard {
                width: panel.stacked ? panel.width : panel.quarter
                title: qsTr("Consents granted")
                Column {
                    objectName: "consentList"
                    width: parent.width
                    spacing: 10
                    KText {
                        visible: panel.figures.consents.count === 0
                        text: qsTr("Nothing yet")
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: panel.figures.consents
                        Column {
                            id: consent
                            required property string label
                            required property int granted
                            required property int refused
                            width: parent.width
                            KText {
                                width: parent.width
                                text: consent.label
                                font.pixelSize: Theme.fontSmall
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                            KText {
                                text: qsTr("%1 yes · %2 no").arg(consent.granted).arg(consent.refused)
                                color: Theme.primary
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }
        }

        StaffCard {
            width: parent.width
            title: qsTr("Leads per exhibitor")
            StaffBarList { objectName: "exhibitorList"; width: parent.width; model: panel.figures.byExhibitor }
        }
    }

    BusyIndicator {
        objectName: "figuresBusy"
        anchors { right: parent.right; top: parent.top; margins: 8 }
        width: 72
        height: 72
        running: panel.figures.busy
        visible: running
    }
}
