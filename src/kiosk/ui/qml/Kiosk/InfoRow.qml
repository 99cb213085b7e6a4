import QtQuick
import KioskStyle

// One line of contact information: an icon in a pale disc, then the text.
Row {
    id: row

    property string iconName: "info"
    property string text: ""
    property int wrapMode: Text.Wrap        // Text.WrapAnywhere for addresses and links
    property int maximumLineCount: 3

    visible: text !== ""
    spacing: 20

    Rectangle {
        width: 64
        height: 64
        radius: 32
        color: Theme.surfaceAlt
        anchors.verticalCenter: parent.verticalCenter
        Icon { anchors.centerIn: parent; name: row.iconName; size: 34; color: Theme.primary }
    }
    KText {
        anchors.verticalCenter: parent.verticalCenter
        width: row.width - 84
        text: row.text
        wrapMode: row.wrapMode
        maximumLineCount: row.maximumLineCount
        elide: Text.ElideRight
    }
}
