import QtQuick
import QtQuick.Controls
import KioskStyle

// A large home-screen tile: icon, title, one line of explanation and an arrow, on a brand
// colour. The whole tile is the touch target.
AbstractButton {
    id: tile

    property string tileId: ""
    property string iconName: "info"
    property string subtitle: ""
    property string figure: ""          // an optional big number (e.g. the exhibitor count)
    property color fill: Theme.primary
    property color ink: Theme.textOnPrimary
    property color inkMuted: Theme.textOnPrimaryMuted
    property int titleSize: Theme.fontHeading + 4

    objectName: "homeTile_" + tileId
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    // The least height that shows the texts whole (HomeScreen gives a tile at least this).
    readonly property real neededHeight: texts.implicitHeight + 40 + 32
    // Room for the badge and the arrow above the texts.
    readonly property bool roomy: height >= texts.implicitHeight + 32 + 36 + 76 + 12
    scale: down ? 0.98 : 1.0
    // Pressed in the first frame after the touch; only the way back eases.
    Behavior on scale { enabled: tile.scale < 1; NumberAnimation { duration: Theme.animationMs / 2; easing.type: Easing.OutQuad } }

    background: Item {
        Shadow { anchors.fill: parent; opacity: tile.down ? 0.5 : 1.0 }
        Rectangle {
            anchors.fill: parent
            radius: Theme.radiusLarge
            color: tile.fill
            border.width: tile.fill === Theme.surface ? 2 : 0
            border.color: Theme.divider
            clip: true

            // a quiet brand flourish in the corner
            Rectangle {
                width: parent.height * 0.9
                height: width
                radius: width / 2
                x: parent.width - width * 0.55
                y: -height * 0.45
                color: "transparent"
                border.width: 2
                border.color: tile.ink
                opacity: 0.12
            }
        }
    }

    contentItem: Item {
        Rectangle {
            id: badge
            x: 40
            y: 36
            width: 76
            height: 76
            radius: 38
            // Decoration: in accessibility mode the larger title takes its place; in a tile
            // too short for both (a long Portuguese title in portrait), the title takes the
            // place of the badge and the arrow.
            visible: !Theme.accessible && tile.roomy
            color: Theme.tint(tile.ink, 0.14)
            Icon {
                anchors.centerIn: parent
                name: tile.iconName
                size: 46
                color: tile.ink
            }
        }
        Rectangle {
            anchors { right: parent.right; rightMargin: 40; verticalCenter: badge.verticalCenter }
            visible: tile.roomy || Theme.accessible
            width: 68
            height: 68
            radius: 34
            color: tile.ink
            Icon {
                anchors.centerIn: parent
                name: "arrow_forward"
                size: 38
                color: tile.fill
            }
        }
        Column {
            id: texts
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 40 }
            anchors.bottomMargin: 32
            anchors.rightMargin: Theme.accessible ? 40 + 68 + 16 : 40  // clear of the arrow
            spacing: 4
            KText {
                objectName: "homeTileFigure_" + tile.tileId
                visible: tile.figure !== ""
                text: tile.figure
                color: tile.ink
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
                lineHeight: 1.0
            }
            KText {
                objectName: "homeTileTitle_" + tile.tileId
                width: parent.width
                text: tile.text
                color: tile.ink
                font.pixelSize: tile.titleSize
                font.weight: Font.Bold
                lineHeight: 1.05
                maximumLineCount: 4
                elide: Text.ElideRight
            }
            KText {
                width: parent.width
                visible: text !== ""
                text: tile.subtitle
                color: tile.inkMuted
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
    }
}
