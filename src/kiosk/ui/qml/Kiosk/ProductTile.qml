import QtQuick
import KioskStyle

// A product: picture, name, who sells it. Tapping leads to the exhibitor.
Rectangle {
    id: tile
    property string name: ""
    property string exhibitorName: ""
    property string thumbUrl: ""
    signal tapped()

    // The picture's height; ProductsScreen sizes the tile for the texts below it.
    property int pictureHeight: 190

    width: 300
    height: 340
    radius: Theme.radius
    color: area.pressed ? Theme.surfaceAlt : Theme.surface
    border.width: 1
    border.color: Theme.divider
    scale: area.pressed ? 0.98 : 1.0
    clip: true
    Accessible.role: Accessible.Button
    Accessible.name: name

    // Pressed in the first frame after the touch; only the way back eases.
    Behavior on scale { enabled: tile.scale < 1; NumberAnimation { duration: 90 } }

    Rectangle {
        id: picture
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 1
        height: tile.pictureHeight
        radius: Theme.radius
        color: Theme.surfaceAlt
        Image {
            anchors.fill: parent
            source: tile.thumbUrl
            sourceSize.width: 300
            sourceSize.height: tile.pictureHeight
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            clip: true
        }
        Icon {
            anchors.centerIn: parent
            visible: tile.thumbUrl.length === 0
            name: "favorite"
            color: Theme.primary
            size: 56
        }
    }

    Column {
        anchors.top: picture.bottom
        anchors.topMargin: 12
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 4
        KText {
            width: parent.width
            text: tile.name
            font.bold: true
            maximumLineCount: 3
            elide: Text.ElideRight
            wholeTextOn: "exhibitor"  // the exhibitor's page lists its products by full name
        }
        KText {
            width: parent.width
            text: tile.exhibitorName
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
            elide: Text.ElideRight
            wholeTextOn: "exhibitor"
        }
    }

    MouseArea {
        // Under the texts it covers, so they read as part of the button it makes.
        z: -1
        id: area
        anchors.fill: parent
        onClicked: tile.tapped()
    }
}
