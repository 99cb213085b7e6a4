pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// The brand as a word mark: the pack's logo when it has one, otherwise the brand name set in
// type beside the tricolour bar (teal, red, gold) of the Macao pavilions.
Row {
    id: mark

    property string name: ""
    property string logo: ""
    property int pixelSize: Theme.fontHeading
    property color color: Theme.primary

    spacing: Math.round(pixelSize * 0.45)

    Column {
        visible: mark.logo === ""
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.max(2, Math.round(mark.pixelSize / 12))
        Repeater {
            model: [Theme.primary, Theme.accent, Theme.gold]
            Rectangle {
                required property color modelData
                width: Math.round(mark.pixelSize * 0.22)
                height: Math.round(mark.pixelSize * 0.36)
                radius: width / 2
                color: modelData
            }
        }
    }
    Image {
        visible: mark.logo !== ""
        anchors.verticalCenter: parent.verticalCenter
        source: mark.logo
        height: Math.round(mark.pixelSize * 1.6)
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        sourceSize.height: height * 2
    }
    KText {
        anchors.verticalCenter: parent.verticalCenter
        text: mark.name
        color: mark.color
        font.pixelSize: mark.pixelSize
        font.weight: Font.Bold
        wrapMode: Text.NoWrap
    }
}
