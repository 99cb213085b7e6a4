import QtQuick
import QtQuick.Controls
import Qt.labs.qmlmodels
import KioskStyle
import KioskBackend

// Products grouped by country of origin, Macao and the Portuguese-speaking countries first.
// A row of countries glides the list to a group; a product leads to its exhibitor.
Item {
    id: root
    objectName: "productsScreen"
    required property ProductsPage productsPage
    signal exhibitorChosen(string exhibitorId)

    // As many tiles of at least 280 px as fit across, widened to fill the row exactly.
    readonly property int columns: Math.max(1, Math.floor((rows.width - 2 * Theme.spacing + Theme.spacing)
                                                          / (280 + Theme.spacing)))
    readonly property real tileWidth: Math.floor((rows.width - 2 * Theme.spacing
                                                  - (columns - 1) * Theme.spacing) / columns)
    // Tall enough for a name on three lines and its exhibitor on two, in the type of the
    // moment (accessibility mode's is larger): a Portuguese product name reads whole.
    readonly property int tilePicture: 190
    readonly property int tileHeight: tilePicture + 12 + 4 + 20
                                      + Math.ceil(3 * 1.15 * nameMetrics.height)
                                      + Math.ceil(2 * 1.15 * makerMetrics.height)
    FontMetrics {
        id: nameMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
    FontMetrics {
        id: makerMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    onColumnsChanged: productsPage.setProductColumns(columns)
    Component.onCompleted: productsPage.setProductColumns(columns)

    Rectangle { anchors.fill: parent; color: Theme.background }

    CatalogHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: qsTr("Products by origin")
        subtitle: qsTr("Macao and the Portuguese-speaking countries first")
    }

    ListView {
        id: countries
        objectName: "productCountries"
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        height: Theme.touchMin + 8
        orientation: ListView.Horizontal
        spacing: 12
        clip: true
        model: root.productsPage.productCountries
        boundsBehavior: Flickable.StopAtBounds
        delegate: FilterChip {
            required property string countryCode
            required property string countryName
            required property int productCount
            required property int firstRow
            objectName: "productCountry_" + countryCode
            y: 4
            label: countryName
            count: productCount
            selected: rows.topCountry === countryCode
            onToggled: rows.glideTo(firstRow)
        }
    }

    ListView {
        id: rows
        objectName: "productRows"
        anchors.top: countries.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: root.productsPage.productRows
        bottomMargin: Theme.spacing
        cacheBuffer: 700
        maximumFlickVelocity: 7000
        flickDeceleration: 2200
        ScrollIndicator.vertical: ScrollIndicator { }

        // The country of the row at the top, to light its chip.
        property string topCountry: ""
        function updateTopCountry() {
            const row = itemAtIndex(indexAt(10, contentY + 10))
            topCountry = row ? row.countryCode : ""
        }
        onContentYChanged: updateTopCountry()
        onCountChanged: Qt.callLater(updateTopCountry)

        // Jump exactly to a country's header (rows have different heights, so an animated
        // scroll would aim at estimated positions) and fade the list in, so the move is calm.
        function glideTo(index) {
            positionViewAtIndex(index, ListView.Beginning)
            arrive.restart()
        }
        NumberAnimation {
            id: arrive
            target: rows
            property: "opacity"
            from: 0.3
            to: 1
            duration: 260
            easing.type: Easing.OutCubic
        }

        delegate: DelegateChooser {
            role: "kind"
            DelegateChoice {
                roleValue: "header"
                Item {
                    id: groupHeader
                    required property string countryCode
                    required property string countryName
                    required property int productCount
                    objectName: "productGroup_" + countryCode
                    width: rows.width
                    height: 88
                    KText {
                        id: groupTitle
                        x: Theme.spacing
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: 12
                        text: groupHeader.countryName
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        wrapMode: Text.NoWrap
                    }
                    Rectangle {
                        anchors.left: groupTitle.right
                        anchors.leftMargin: 16
                        anchors.verticalCenter: groupTitle.verticalCenter
                        width: Math.max(48, countText.implicitWidth + 24)
                        height: 40
                        radius: 20
                        color: Theme.surfaceAlt
                        KText {
                            id: countText
                            anchors.centerIn: parent
                            text: groupHeader.productCount
                            color: Theme.primary
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            wrapMode: Text.NoWrap
                        }
                    }
                }
            }
            DelegateChoice {
                roleValue: "tiles"
                Item {
                    id: tileRow
                    required property string countryCode
                    required property int firstIndex
                    required property var tiles
                    width: rows.width
                    height: root.tileHeight + Theme.spacing
                    Row {
                        x: Theme.spacing
                        spacing: Theme.spacing
                        Repeater {
                            model: tileRow.tiles
                            delegate: ProductTile {
                                required property int index
                                required property var modelData
                                objectName: "productTile_" + tileRow.countryCode + "_"
                                            + (tileRow.firstIndex + index)
                                width: root.tileWidth
                                height: root.tileHeight
                                pictureHeight: root.tilePicture
                                name: modelData.name
                                exhibitorName: modelData.exhibitorName
                                thumbUrl: modelData.thumbUrl
                                onTapped: root.exhibitorChosen(modelData.exhibitorId)
                            }
                        }
                    }
                }
            }
        }
    }

    KText {
        anchors.centerIn: rows
        visible: rows.count === 0
        text: qsTr("No products listed yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontHeading
    }
}
