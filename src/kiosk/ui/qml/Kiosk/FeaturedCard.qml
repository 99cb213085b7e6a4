import QtQuick
import KioskStyle

// A featured exhibitor on the attract loop: logo, name, where they come from, what they do
// and where to find them. ``highlight`` is one entry of AppBridge.highlights (or null).
Item {
    id: card

    property var highlight: null

    implicitHeight: content.implicitHeight + 2 * 52
    height: implicitHeight

    onHighlightChanged: fadeIn.restart()

    Shadow { anchors.fill: parent; strength: 2.0 }
    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusLarge
        color: Theme.surface
    }

    Column {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 52 }
        spacing: 22

        NumberAnimation on opacity {
            id: fadeIn
            from: 0
            to: 1
            duration: Theme.fadeMs
            easing.type: Easing.OutQuad
        }

        KText {
            width: parent.width
            text: qsTr("Featured exhibitor")
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1.5
        }
        Row {
            width: parent.width
            spacing: 28

            Rectangle {
                width: 160
                height: 160
                radius: 24
                color: Theme.surfaceAlt
                Image {
                    anchors { fill: parent; margins: 14 }
                    visible: source != ""
                    source: card.highlight ? card.highlight.logo : ""
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    sourceSize.width: 264
                    smooth: true
                }
                KText {
                    anchors.centerIn: parent
                    visible: !card.highlight || card.highlight.logo === ""
                    text: card.highlight ? card.highlight.name.substring(0, 1) : ""
                    color: Theme.primary
                    font.pixelSize: 72
                    font.weight: Font.Bold
                }
            }
            Column {
                width: parent.width - 160 - 28
                anchors.verticalCenter: parent.verticalCenter
                spacing: 8
                KText {
                    objectName: "attractHighlightName"
                    width: parent.width
                    text: card.highlight ? card.highlight.name : ""
                    font.pixelSize: Theme.fontTitle - 4
                    font.weight: Font.Bold
                    lineHeight: 1.05
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                KText {
                    width: parent.width
                    text: card.highlight ? card.highlight.country : ""
                    color: Theme.primary
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
            }
        }
        KText {
            width: parent.width
            visible: text !== ""
            text: card.highlight ? card.highlight.summary : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody + 2
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        InfoRow {
            width: parent.width
            iconName: "place"
            // Room for a pavilion's official name where the pack gives no short one: a passer-by
            // cannot open the card to read the rest.
            maximumLineCount: 6
            text: !card.highlight ? ""
                  : [card.highlight.booth !== "" ? qsTr("Booth %1").arg(card.highlight.booth) : "",
                     card.highlight.pavilion].filter(s => s !== "").join("  ·  ")
        }
    }
}
