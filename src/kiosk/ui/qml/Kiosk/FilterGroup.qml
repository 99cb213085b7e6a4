import QtQuick
import KioskStyle

// A titled group of filter chips over one FilterOptionModel; each chip is named
// prefix + option id so tests (and staff) can find it.
Column {
    id: group
    property string title: ""
    property var options: null
    property string prefix: ""
    property bool fillWidth: false
    signal toggled(string key)

    width: parent ? parent.width : 400
    spacing: 12
    visible: repeater.count > 0

    CatalogText {
        width: parent.width
        topPadding: 12
        text: group.title
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.bold: true
        maximumLineCount: 1
    }

    Flow {
        width: parent.width
        spacing: 12
        Repeater {
            id: repeater
            model: group.options
            delegate: FilterChip {
                // The model's label, count and selected roles fill the chip's own properties.
                required property string optionId
                required label
                required count
                required selected
                objectName: group.prefix + optionId
                fillWidth: group.fillWidth
                maxWidth: group.width
                onToggled: group.toggled(optionId)
            }
        }
    }
}
