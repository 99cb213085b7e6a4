import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Products grouped by country of origin, Macao and the Portuguese-speaking countries first.
// A row of countries jumps to a group; each group scrolls sideways; a product leads to its
// exhibitor.
Item {
    id: root
    objectName: "productsScreen"
    required property CatalogBridge catalog
    signal exhibitorChosen(string exhibitorId)
    signal backRequested()

    Rectangle { anchors.fill: parent; color: Theme.background }

    CatalogHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: qsTr("Products by origin")
        subtitle: qsTr("%n country(ies) and region(s)", "", root.catalog.productGroups.count)
        onBackRequested: root.backRequested()
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
        model: root.catalog.productGroups
        boundsBehavior: Flickable.StopAtBounds
        delegate: FilterChip {
            required property int index
            required property string countryCode
            required property string countryName
            required property int productCount
            objectName: "productCountry_" + countryCode
            anchors.verticalCenter: parent ? parent.verticalCenter : undefined
            label: countryName
            count: productCount
            selected: groups.currentSection === index
            onToggled: groups.scrollTo(index)
        }
    }

    ListView {
        id: groups
        objectName: "productGroups"
        anchors.top: countries.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: root.catalog.productGroups
        spacing: Theme.spacing
        bottomMargin: Theme.spacing
        cacheBuffer: 400
        ScrollIndicator.vertical: ScrollIndicator { }

        readonly property int currentSection: Math.max(0, indexAt(10, contentY + 10))

        // Glide to a group rather than jump, so the visitor sees where they went.
        function scrollTo(index) {
            const from = contentY
            positionViewAtIndex(index, ListView.Beginning)
            const to = contentY
            contentY = from
            glide.from = from
            glide.to = to
            glide.restart()
        }
        NumberAnimation {
            id: glide
            target: groups
            property: "contentY"
            duration: 300
            easing.type: Easing.OutCubic
        }

        delegate: Column {
            id: group
            required property int index
            required property string countryCode
            required property string countryName
            required property int productCount
            required property var products
            objectName: "productGroup_" + countryCode
            width: groups.width
            spacing: 12

            Row {
                x: Theme.spacing
                spacing: 16
                CatalogText {
                    text: group.countryName
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    wrapMode: Text.NoWrap
                }
                CatalogText {
                    anchors.baseline: parent.children[0].baseline
                    text: qsTr("%n product(s)", "", group.productCount)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.NoWrap
                }
            }

            ListView {
                id: tiles
                width: parent.width
                height: 340
                orientation: ListView.Horizontal
                spacing: Theme.spacing
                leftMargin: Theme.spacing
                rightMargin: Theme.spacing
                clip: true
                model: group.products
                boundsBehavior: Flickable.StopAtBounds
                delegate: ProductTile {
                    required property int index
                    required property string exhibitorId
                    required name
                    required exhibitorName
                    required thumbUrl
                    objectName: "productTile_" + group.countryCode + "_" + index
                    onTapped: root.exhibitorChosen(exhibitorId)
                }
            }
        }
    }

    CatalogText {
        anchors.centerIn: groups
        visible: root.catalog.productGroups.count === 0
        text: qsTr("No products listed yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontHeading
    }
}
