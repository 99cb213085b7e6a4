import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The exhibitor directory: a kinetic grid of cards, a search field that narrows it as the
// visitor types, and combinable pavilion / country / sector filters with live counts.
Item {
    id: root
    objectName: "directoryScreen"
    required property DirectoryPage directoryPage
    signal exhibitorChosen(string exhibitorId)

    Rectangle { anchors.fill: parent; color: Theme.background }

    CatalogHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: qsTr("Exhibitors")
        subtitle: root.directoryPage.hasFilters
                  ? qsTr("Showing %1 of %2").arg(root.directoryPage.resultCount).arg(root.directoryPage.totalCount)
                  : qsTr("Showing all %1").arg(root.directoryPage.totalCount)

        TextField {
            id: search
            objectName: "searchField"
            width: Theme.narrow ? root.width - 2 * Theme.margin : Math.min(820, root.width * 0.45)
            height: Math.max(80, Theme.touchMin)
            leftPadding: 72
            rightPadding: clearText.visible ? 80 : 24
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderText: qsTr("Search names, products, sectors")
            Accessible.name: placeholderText
            placeholderTextColor: Theme.textMuted
            inputMethodHints: Qt.ImhNoAutoUppercase
            verticalAlignment: TextInput.AlignVCenter
            background: Rectangle {
                radius: 40
                color: Theme.background
                border.width: search.activeFocus ? 3 : 2
                border.color: search.activeFocus ? Theme.primary : Theme.divider
            }
            onTextChanged: root.directoryPage.setSearchText(text)

            Icon {
                anchors.left: parent.left
                anchors.leftMargin: 24
                anchors.verticalCenter: parent.verticalCenter
                name: "search"
                color: Theme.textMuted
                size: 34
            }
            KioskButton {
                id: clearText
                objectName: "clearSearchButton"
                visible: search.text.length > 0
                anchors.right: parent.right
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                variant: "ghost"
                iconName: "close"
                width: Theme.touchMin
                height: Theme.touchMin
                Accessible.name: qsTr("Clear the search")
                onClicked: search.clear()
            }
        }
    }

    // The bridge owns the text (a reset or "clear" empties it); mirror it into the field.
    Connections {
        target: root.directoryPage
        function onQueryChanged() {
            if (search.text !== root.directoryPage.searchText)
                search.text = root.directoryPage.searchText
        }
    }

    // ---------------------------------------------------------------- filters
    // Landscape: the filters in a column on the left. Narrow (portrait): across the top,
    // at most a third of the screen high (they scroll), the cards below.
    Rectangle {
        id: filterPanel
        anchors.top: header.bottom
        anchors.left: parent.left
        width: Theme.narrow ? root.width : Math.min(500, root.width * 0.28)
        height: Theme.narrow
                ? Math.min(filterTitle.height + filterColumn.height + Theme.spacing,
                           Math.max(filterTitle.height + 160, (root.height - header.height) * 0.36))
                : root.height - header.height
        color: Theme.surface

        // One filter is open at a time, so every filter's choice stays in view above the chips.
        property string openGroup: "country"
        function toggleGroup(key) { openGroup = openGroup === key ? "" : key }

        Item {
            id: filterTitle
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: 96
            KText {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: clearFilters.left
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Filters")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                maximumLineCount: 1
                elide: Text.ElideRight
            }
            KioskButton {
                id: clearFilters
                objectName: "clearFiltersButton"
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                variant: "secondary"
                iconName: "close"
                text: qsTr("Clear")
                fontSize: Theme.fontSmall
                visible: root.directoryPage.hasFilters
                onClicked: root.directoryPage.clearFilters()
            }
        }

        Flickable {
            id: filterFlick
            anchors.top: filterTitle.bottom
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            clip: true
            contentHeight: filterColumn.height + Theme.spacing
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator { active: filterFlick.contentHeight > filterFlick.height }

            Column {
                id: filterColumn
                x: Theme.spacing
                width: filterFlick.width - 2 * Theme.spacing
                spacing: 12

                FilterGroup {
                    key: "pavilion"
                    title: qsTr("Pavilion")
                    options: root.directoryPage.pavilionOptions
                    prefix: "filterPavilion_"
                    fillWidth: true
                    expanded: filterPanel.openGroup === key
                    onExpandRequested: filterPanel.toggleGroup(key)
                    onToggled: (optionId) => root.directoryPage.togglePavilion(optionId)
                }
                FilterGroup {
                    key: "country"
                    title: qsTr("Country or region")
                    options: root.directoryPage.countryOptions
                    prefix: "filterCountry_"
                    expanded: filterPanel.openGroup === key
                    onExpandRequested: filterPanel.toggleGroup(key)
                    onToggled: (optionId) => root.directoryPage.toggleCountry(optionId)
                }
                FilterGroup {
                    key: "sector"
                    title: qsTr("Sector")
                    options: root.directoryPage.sectorOptions
                    prefix: "filterSector_"
                    expanded: filterPanel.openGroup === key
                    onExpandRequested: filterPanel.toggleGroup(key)
                    onToggled: (optionId) => root.directoryPage.toggleSector(optionId)
                }
            }
        }

        // A soft fade says "there is more below" while the filters continue off screen.
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 72
            visible: !filterFlick.atYEnd
            gradient: Gradient {
                GradientStop { position: 0.0; color: Theme.surfaceClear }
                GradientStop { position: 1.0; color: Theme.surface }
            }
        }
    }

    // ---------------------------------------------------------------- results
    GridView {
        id: grid
        objectName: "exhibitorGrid"
        anchors.top: Theme.narrow ? filterPanel.bottom : header.bottom
        anchors.bottom: parent.bottom
        anchors.left: Theme.narrow ? parent.left : filterPanel.right
        anchors.right: parent.right
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        topMargin: 12
        bottomMargin: 12
        clip: true
        model: root.directoryPage.exhibitors
        readonly property int columns: Math.max(1, Math.floor(width / 440))
        cellWidth: Math.floor(width / columns)
        // A card holds a name on two lines, the country and the booth in the type of the
        // moment: accessibility mode's larger type makes the cards taller, never cuts them.
        // Lines of the bundled Noto Sans (1.45 em) at KText's 1.15, so that the height follows
        // the type's size only, not the language's font.
        readonly property real lineEm: 1.45 * 1.15
        cellHeight: Math.max(200, 20 + Math.ceil(2 * lineEm * Theme.fontBody) + 6
                                  + Math.ceil(lineEm * Theme.fontSmall) + 6
                                  + Math.max(40, Math.ceil(lineEm * Theme.fontSmall)))
        // GridView can leave the cards it has at their old rows when the cell height changes
        // (accessibility mode switched on over the directory while the cards fade in), even
        // after forceLayout(): it builds them again, from the top.
        onCellHeightChanged: Qt.callLater(grid.rebuild)
        function rebuild() {
            grid.model = null
            grid.model = Qt.binding(() => root.directoryPage.exhibitors)
        }
        cacheBuffer: 800
        // A new search result recycles the cards instead of destroying and rebuilding them.
        // The cards are there at once (no fade-in): the directory slides in with them drawn.
        reuseItems: true
        maximumFlickVelocity: 7000
        flickDeceleration: 2200
        boundsBehavior: Flickable.DragAndOvershootBounds
        ScrollIndicator.vertical: ScrollIndicator { }

        delegate: Item {
            id: cell
            required property string exhibitorId
            required property string name
            required property string fullName
            required property string countryName
            required property string boothCode
            required property string logoUrl
            width: grid.cellWidth
            height: grid.cellHeight

            ExhibitorCard {
                objectName: "exhibitorCard_" + cell.exhibitorId
                anchors.fill: parent
                anchors.margins: 10
                name: cell.name
                fullName: cell.fullName
                countryName: cell.countryName
                boothCode: cell.boothCode
                logoUrl: cell.logoUrl
                onTapped: root.exhibitorChosen(cell.exhibitorId)
            }
        }
    }

    // ---------------------------------------------------------------- nothing to show
    // Built only when needed: the directory opens faster without it.
    Loader {
        anchors.centerIn: grid
        width: Math.min(grid.width - 2 * Theme.spacing, 900)
        active: root.directoryPage.resultCount === 0
        sourceComponent: noResults
    }
    Component {
        id: noResults
        Column {
            objectName: "noResults"
            spacing: Theme.spacing

            Icon {
                anchors.horizontalCenter: parent.horizontalCenter
                name: "search"
                color: Theme.textMuted
                size: 96
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.directoryPage.ready ? qsTr("No exhibitors match your search.")
                                         : qsTr("The exhibitor list is not loaded yet.")
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: root.directoryPage.hasFilters
                text: qsTr("Try another spelling, or clear the search and filters to see every exhibitor.")
                color: Theme.textMuted
            }
            KioskButton {
                objectName: "noResultsClearButton"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: root.directoryPage.hasFilters
                iconName: "close"
                text: qsTr("Clear search and filters")
                onClicked: root.directoryPage.clearFilters()
            }
        }
    }
}
