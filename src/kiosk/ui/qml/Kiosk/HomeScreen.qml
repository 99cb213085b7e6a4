import QtQuick
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
            font.pixelSize: screen.compact ? Theme.fontTitle : Theme.fontHuge
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

    Item {
        id: tiles
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin; topMargin: 28; bottomMargin: Theme.spacing }

        // Landscape: the hero tile on the left, four tiles in two rows beside it. Narrow
        // (portrait): the hero tile across the top, the four tiles in two rows below it.
        readonly property real gap: 32
        readonly property bool stacked: Theme.narrow
        readonly property real heroWidth: stacked ? width : Math.round(width * 0.36)
        readonly property real heroHeight: !stacked ? height
                                          : screen.compact ? Math.round((height - 2 * gap) * 0.3)
                                          : Math.max(600, Math.round((height - 2 * gap) * 0.36))
        readonly property real gridX: stacked ? 0 : heroWidth + gap
        readonly property real gridY: stacked ? heroHeight + gap : 0
        readonly property real cellWidth: ((stacked ? width : width - heroWidth - gap) - gap) / 2
        readonly property real cellHeight: (height - gridY - gap) / 2

        HomeTile {
            tileId: "exhibitors"
            x: 0
            y: 0
            width: tiles.heroWidth
            height: tiles.heroHeight
            iconName: "store"
            text: qsTr("Exhibitors")
            subtitle: qsTr("Companies from Macao and the Portuguese-speaking countries")
            figure: screen.eventPage.exhibitorCount > 0 && !screen.compact
                    ? screen.eventPage.exhibitorCount.toString() : ""
            fill: Theme.primary
            titleSize: screen.compact ? Theme.fontTitle : Theme.fontHuge
            onClicked: screen.navigateRequested("directory", "")
        }
        HomeTile {
            tileId: "products"
            x: tiles.gridX
            y: tiles.gridY
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
            tileId: "map"
            x: tiles.gridX + tiles.cellWidth + tiles.gap
            y: tiles.gridY
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
            tileId: "contact"
            x: tiles.gridX
            y: tiles.gridY + tiles.cellHeight + tiles.gap
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
            tileId: "about"
            x: tiles.gridX + tiles.cellWidth + tiles.gap
            y: tiles.gridY + tiles.cellHeight + tiles.gap
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
