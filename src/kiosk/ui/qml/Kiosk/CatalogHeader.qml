import QtQuick
import KioskStyle

// The title band of a catalogue screen, under the shell's top bar (which has Back and Home):
// the title, a line under it, and room on the right for the screen's own controls. On a narrow
// (portrait) canvas the controls take a row of their own under the title, which keeps the width.
Rectangle {
    id: header
    property string title: ""
    property string subtitle: ""
    // A long title (an official pavilion name) wraps onto as many lines as it needs, at
    // heading size, instead of being cut: a visitor reads it whole.
    property bool wrapTitle: false
    default property alias trailing: trailingRow.data
    readonly property bool stacked: Theme.narrow && trailingRow.implicitWidth > 0

    implicitHeight: stacked ? titles.height + trailingRow.height + 3 * Theme.spacing
                            : wrapTitle ? Math.max(112, titles.implicitHeight + 24) : 112
    color: Theme.background

    Column {
        id: titles
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.right: header.stacked ? parent.right : trailingRow.left
        anchors.rightMargin: header.stacked ? Theme.margin : Theme.spacing
        anchors.verticalCenter: header.stacked ? undefined : parent.verticalCenter
        anchors.top: header.stacked ? parent.top : undefined
        anchors.topMargin: Theme.spacing
        spacing: 2
        KText {
            objectName: "screenTitle"
            Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
            Accessible.name: text
            width: parent.width
            text: header.title
            color: Theme.primary
            font.pixelSize: header.wrapTitle ? Theme.fontHeading : Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: header.wrapTitle ? Text.WordWrap : Text.NoWrap
            elide: header.wrapTitle ? Text.ElideNone : Text.ElideRight
            // Long exhibitor names shrink a little before they are cut short.
            fontSizeMode: header.wrapTitle ? Text.FixedSize : Text.HorizontalFit
            minimumPixelSize: Theme.fontHeading - 4
        }
        KText {
            objectName: "screenSubtitle"
            width: parent.width
            visible: text.length > 0
            text: header.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.NoWrap
            elide: Text.ElideRight
        }
    }

    Row {
        id: trailingRow
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: header.stacked ? undefined : parent.verticalCenter
        anchors.top: header.stacked ? titles.bottom : undefined
        anchors.topMargin: Theme.spacing
        spacing: Theme.spacing
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 2
        color: Theme.divider
    }
}
