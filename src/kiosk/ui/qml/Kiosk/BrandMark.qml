pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// The brand: the pack's logo when it has one (a logo carries its own word mark), otherwise
// the brand name set in type beside the tricolour bar (teal, red, gold) of the pavilions.
Row {
    id: mark

    property string name: ""
    property string logo: ""
    property int pixelSize: Theme.fontHeading
    property color color: Theme.primary

    spacing: Math.round(pixelSize * 0.45)
    Accessible.role: Accessible.StaticText
    Accessible.name: name

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
        height: Math.round(mark.pixelSize * 2.6)
        width: implicitHeight > 0 ? Math.min(height * implicitWidth / implicitHeight, 420) : 0
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        sourceSize.height: height * 2
    }
    KText {
        visible: mark.logo === ""
        anchors.verticalCenter: parent.verticalCenter
        text: mark.name
        color: mark.color
        font.pixelSize: mark.pixelSize
        font.weight: Font.Bold
        wrapMode: Text.NoWrap
    }
}
