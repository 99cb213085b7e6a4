import QtQuick
import KioskStyle

// A titled white card of the lead form; its children are laid out in a column.
Item {
    id: section

    property string title: ""
    default property alias content: body.data

    implicitHeight: card.height

    Shadow { anchors.fill: card }
    Rectangle {
        id: card
        width: section.width
        height: body.y + body.height + 36
        radius: Theme.radiusLarge
        color: Theme.surface
    }
    KText {
        id: heading
        x: 40
        y: 30
        width: section.width - 80
        text: section.title
        color: Theme.goldText
        font.pixelSize: Theme.fontSmall + 2
        font.weight: Font.Bold
        font.letterSpacing: 1.2
        font.capitalization: Font.AllUppercase
    }
    Column {
        id: body
        x: 40
        y: heading.y + heading.height + 20
        width: section.width - 80
        spacing: 26
    }
}
