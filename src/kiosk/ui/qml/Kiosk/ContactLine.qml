import QtQuick
import KioskStyle

// One line of contact details with its icon; hidden when the exhibitor did not give it.
Row {
    id: line
    property string icon: ""
    property string text: ""
    width: parent ? parent.width : 400
    spacing: 16
    visible: text.length > 0
    CatalogIcon {
        name: line.icon
        color: Theme.primary
        size: 32
        anchors.verticalCenter: parent.verticalCenter
    }
    CatalogText {
        width: line.width - 48
        text: line.text
        maximumLineCount: 2
        anchors.verticalCenter: parent.verticalCenter
    }
}
