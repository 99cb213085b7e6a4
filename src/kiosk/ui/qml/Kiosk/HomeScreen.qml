import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Home: a welcome line with the event, then one tile per thing a visitor can do.
Item {
    id: screen

    required property AppBridge app
    required property EventPage eventPage

    // Where the visitor asked to go; the shell's Navigator decides (see ScreenStack.qml).
    signal navigateRequested(string screen, string argument)

    objectName: "homeScreen"
    // A narrow canvas with little height (a totem in low-reach mode, where the band above
    // already shows the event): smaller type, no big figure, so the five tiles still fit.
    readonly property bool compact: Theme.narrow && height < 1200

    Rectangle { anchors.fill: parent; color: Theme.background }

    Column {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin; topMargin: 28 }
        spacing: 8

        KText {
            objectName: "homeWelcome"
            Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
            Accessible.name: text
            width: parent.width
            text: qsTr("Welcome")
            color: Theme.primary
            // In accessibility mode the tiles' larger type needs the height more.
            font.pixelSize: screen.compact || Theme.accessible ? Theme.fontTitle : Theme.fontHuge
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
        }
        KText {
            objectName: "homeEvent"
            width: parent.width
            visible: text !== "" && !screen.compact
            text: [screen.eventPage.eventName, screen.eventPage.eventDates].filter(s => s !== "").join("  ·  ")
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
            // Wraps rather than cut: an official event name can be long (and a totem narrow).
            wrapMode: Text.WordWrap
        }
    }

    // The tiles share the room below the header; where their texts need more (accessibility
    // mode's larger type, a long title on a narrow canvas) they take it and the tiles scroll,
    // rather than cutting a title or drawing it over the tile above.
    Flickable {
        id: tilesView
        objectName: "homeTiles"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin; topMargin: 28; bottomMargin: Theme.spacing }
        contentWidth: width
        contentHeight: tiles.height
        clip: contentHeight > height + 0.5
        interactive: clip
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: tilesView.interactive }

        Item {
            id: tiles
            width: tilesView.width
            height: stacked ? gridY + rows * cellHeight + (rows - 1) * gap : heroHeight

            // Landscape: the hero tile on the left, four tiles in two rows beside it. Narrow
            // (portrait) or in accessibility mode: the hero tile across the top, the four tiles in
            // two rows below it (one column on a narrow canvas in accessibility mode).
            readonly property real gap: 32
            readonly property bool stacked: Theme.narrow || Theme.accessible
            readonly property int columns: Theme.narrow && Theme.accessible ? 1 : 2
            readonly property int rows: 4 / columns
            readonly property real room: tilesView.height
            readonly property real heroWidth: stacked ? width : Math.round(width * 0.36)
            // What the small tiles' texts need (HomeTile.neededHeight), at least their share.
            readonly property real cellNeed: Math.max(productsTile.neededHeight, mapTile.neededHeight,
                                                      contactTile.neededHeight, aboutTile.neededHeight)
            // The hero across the top (stacked) is sized on its own; beside the grid it is as
            // high as the grid's two rows. Two properties, so no binding runs in a circle
            // while the layout switches between the two.
            readonly property real topHeroHeight: Math.max(heroTile.neededHeight,
                                                           screen.compact ? Math.round((room - 2 * gap) * 0.3)
                                                           : Theme.accessible ? 0
                                                           : Math.max(600, Math.round((room - 2 * gap) * 0.36)))
            readonly property real heroHeight: stacked ? topHeroHeight
                                              : Math.max(room, 2 * cellHeight + gap, heroTile.neededHeight)
            readonly property real gridX: stacked ? 0 : heroWidth + gap
            readonly property real gridY: stacked ? topHeroHeight + gap : 0
            readonly property real cellWidth: columns === 1 ? width
                                              : ((stacked ? width : width - heroWidth - gap) - gap) / 2
            readonly property real cellHeight: Math.max(cellNeed, stacked ? (room - gridY - (rows - 1) * gap) / rows
                                                                          : (room - gap) / 2)
            // Where the n-th small tile goes (0: products, 1: map, 2: contact, 3: about).
            function cellX(n) { return columns === 1 ? 0 : gridX + (n % 2) * (cellWidth + gap) }
            function cellY(n) { return gridY + (columns === 1 ? n : Math.floor(n / 2)) * (cellHeight + gap) }

            HomeTile {
                id: heroTile
                tileId: "exhibitors"
                x: 0
                y: 0
                width: tiles.heroWidth
                height: tiles.heroHeight
                iconName: "store"
                text: qsTr("Exhibitors")
                subtitle: qsTr("Companies from Macao and the Portuguese-speaking countries")
                figure: screen.eventPage.exhibitorCount > 0 && !screen.compact && !Theme.accessible
                        ? screen.eventPage.exhibitorCount.toString() : ""
                fill: Theme.primary
                titleSize: screen.compact ? Theme.fontTitle : Theme.fontHuge
                onClicked: screen.navigateRequested("directory", "")
            }
            HomeTile {
                id: productsTile
                tileId: "products"
                x: tiles.cellX(0)
                y: tiles.cellY(0)
                width: tiles.cellWidth
                height: tiles.cellHeight
                iconName: "public"
                titleSize: screen.compact ? Theme.fontButton : Theme.fontHeading + 4
                text: qsTr("Products from Portuguese-speaking countries")
                fill: Theme.accent
                ink: Theme.textOnPrimary
                inkMuted: Theme.textOnPrimary
                onClicked: screen.navigateRequested("products", "")
            }
            HomeTile {
                id: mapTile
                tileId: "map"
                x: tiles.cellX(1)
                y: tiles.cellY(1)
                width: tiles.cellWidth
                height: tiles.cellHeight
                iconName: "place"
                titleSize: screen.compact ? Theme.fontButton : Theme.fontHeading + 4
                text: qsTr("Pavilion map")
                subtitle: qsTr("Find a booth")
                fill: Theme.surface
                ink: Theme.primary
                inkMuted: Theme.textMuted
                onClicked: screen.navigateRequested("map", "")
            }
            HomeTile {
                id: contactTile
                tileId: "contact"
                x: tiles.cellX(2)
                y: tiles.cellY(2)
                width: tiles.cellWidth
                height: tiles.cellHeight
                iconName: "person_add"
                titleSize: screen.compact ? Theme.fontButton : Theme.fontHeading + 4
                text: qsTr("Business matching")
                subtitle: qsTr("Leave your contact")
                fill: Theme.primaryDeep
                ink: Theme.goldLight
                inkMuted: Theme.textOnPrimaryMuted
                onClicked: screen.navigateRequested("contact", "")
            }
            HomeTile {
                id: aboutTile
                tileId: "about"
                x: tiles.cellX(3)
                y: tiles.cellY(3)
                width: tiles.cellWidth
                height: tiles.cellHeight
                iconName: "info"
                titleSize: screen.compact ? Theme.fontButton : Theme.fontHeading + 4
                text: qsTr("About")
                subtitle: screen.eventPage.brandName
                fill: Theme.surface
                ink: Theme.primary
                inkMuted: Theme.textMuted
                onClicked: screen.navigateRequested("about", "")
            }
        }
    }
}
