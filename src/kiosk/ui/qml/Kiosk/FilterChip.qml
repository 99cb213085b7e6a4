import QtQuick
import KioskStyle

// One filter option: its name and how many exhibitors choosing it would show. Selected chips
// are filled; an option that would show nothing is dimmed but still says so (0). The chip
// shows the option's short name; a long press shows the whole name over it (nothing a
// visitor reads is cut without a way to read it whole).
Rectangle {
    id: chip
    property string label: ""
    property string fullLabel: ""  // the whole name, when label is a short name or is cut
    property int count: 0
    property bool selected: false
    property bool fillWidth: false
    property real maxWidth: 400
    signal toggled()

    readonly property bool available: selected || count > 0

    implicitWidth: fillWidth ? maxWidth
                             : Math.min(maxWidth, text.implicitWidth + badge.width + 3 * 16)
    implicitHeight: Math.max(Theme.touchMin, text.implicitHeight + 20)
    radius: Math.min(height / 2, 32)
    color: selected ? Theme.primary : (area.pressed ? Theme.surfaceAlt : Theme.surface)
    border.width: selected ? 0 : 2
    border.color: available ? Theme.primary : Theme.divider
    scale: area.pressed ? 0.97 : 1.0
    // A button, not a checkbox: Qt's accessibility state-change events (Accessible.checked)
    // were seen to break later taps on pointer handlers in the same process (offscreen).
    Accessible.role: Accessible.Button
    Accessible.name: fullLabel !== "" ? fullLabel : label
    readonly property bool showsWhole: !text.truncated && (fullLabel === "" || fullLabel === label)

    // Pressed in the first frame after the touch; only the way back eases.
    Behavior on scale { enabled: chip.scale < 1; NumberAnimation { duration: 90 } }

    KText {
        id: text
        anchors.left: parent.left
        anchors.leftMargin: 20
        anchors.right: badge.left
        anchors.rightMargin: 12
        anchors.verticalCenter: parent.verticalCenter
        text: chip.label
        maximumLineCount: 2
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        font.bold: chip.selected
        color: chip.selected ? Theme.textOnPrimary : (chip.available ? Theme.text : Theme.textMuted)
    }

    Rectangle {
        id: badge
        anchors.right: parent.right
        anchors.rightMargin: 14
        anchors.verticalCenter: parent.verticalCenter
        width: Math.max(40, countText.implicitWidth + 16)
        height: 36
        radius: 18
        color: chip.selected ? Theme.textOnPrimary : (chip.available ? Theme.surfaceAlt : Theme.background)
        KText {
            id: countText
            anchors.centerIn: parent
            text: chip.count
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: chip.selected ? Theme.primary : Theme.textMuted
            wrapMode: Text.NoWrap
        }
    }

    MouseArea {
        // Under the texts it covers, so they read as part of the button it makes.
        z: -1
        id: area
        anchors.fill: parent
        enabled: chip.available || !chip.showsWhole
        onClicked: if (chip.available) chip.toggled()
        onPressAndHold: if (!chip.showsWhole) whole.shown = true
        onReleased: whole.shown = false
        onCanceled: whole.shown = false
    }

    // The whole name, over the chip while it is held.
    Rectangle {
        id: whole
        objectName: "chipWholeName"
        property bool shown: false
        visible: shown
        z: 10
        x: Math.min(0, (chip.parent ? chip.parent.width : chip.width) - chip.x - width)
        y: chip.height - height
        width: Math.min(Math.max(chip.width, wholeText.implicitWidth + 40), 900)
        height: wholeText.implicitHeight + 24
        radius: 16
        color: Theme.primaryDeep
        KText {
            id: wholeText
            objectName: "chipWholeNameText"
            x: 20
            y: 12
            width: Math.min(implicitWidth, 860)
            text: chip.fullLabel !== "" ? chip.fullLabel : chip.label
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontSmall
        }
    }
}
