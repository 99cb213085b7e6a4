pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// One filter of the directory as an accordion section: a header that names the filter and
// what is chosen ("All" when nothing), and, when open, the options as chips with counts.
// Chips are named prefix + option id so tests (and staff) can find them.
Column {
    id: group
    property string key: ""
    property string title: ""
    property var options: null
    property string prefix: ""
    property bool fillWidth: false
    property bool expanded: false
    signal toggled(string optionId)
    signal expandRequested()

    width: parent ? parent.width : 400
    spacing: 12
    visible: options !== null && options.count > 0

    Rectangle {
        id: header
        objectName: "filterGroup_" + group.key
        width: parent.width
        height: Math.max(Theme.touchMin + 16, headerText.implicitHeight + 24)
        radius: Theme.radius
        color: area.pressed ? Theme.surfaceAlt : (group.expanded ? Theme.surfaceAlt : Theme.surface)
        border.width: 2
        border.color: group.options && group.options.selectedLabel ? Theme.primary : Theme.divider
        Accessible.role: Accessible.Button
        Accessible.name: group.title

        Column {
            id: headerText
            anchors.left: parent.left
            anchors.leftMargin: 20
            anchors.right: chevron.left
            anchors.rightMargin: 12
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            KText {
                width: parent.width
                text: group.title
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
            }
            KText {
                objectName: "filterValue_" + group.key
                width: parent.width
                text: group.options && group.options.selectedLabel ? group.options.selectedLabel
                                                                    : qsTr("All")
                color: group.options && group.options.selectedLabel ? Theme.primary : Theme.text
                font.weight: Font.DemiBold
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Icon {
            id: chevron
            anchors.right: parent.right
            anchors.rightMargin: 16
            anchors.verticalCenter: parent.verticalCenter
            name: "chevron_right"
            size: 40
            color: Theme.primary
            rotation: group.expanded ? 90 : 0
            Behavior on rotation { NumberAnimation { duration: Theme.animationMs } }
        }
        MouseArea {
            // Under the texts it covers, so they read as part of the button it makes.
            z: -1
            id: area
            anchors.fill: parent
            onClicked: group.expandRequested()
        }
    }

    // The chips exist only while the section is open (the directory opens faster).
    Loader {
        width: parent.width
        active: group.expanded
        visible: active
        sourceComponent: chips
    }
    Component {
        id: chips
        Flow {
            width: group.width
            spacing: 12
            bottomPadding: 12
            Repeater {
                model: group.options
                delegate: FilterChip {
                    // The model's label, count and selected roles fill the chip's own properties.
                    required property string optionId
                    required label
                    required fullLabel
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
}
