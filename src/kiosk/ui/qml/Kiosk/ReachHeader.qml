import QtQuick
import KioskStyle
import KioskBackend

// Low-reach mode's upper part, out of a seated or short visitor's reach: the brand and the
// event, large, and nothing to touch. Everything touchable sits in the band below.
Rectangle {
    id: header

    required property EventPage eventPage

    objectName: "reachHeader"
    color: Theme.primaryDeep

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        BrandMark {
            anchors.horizontalCenter: parent.horizontalCenter
            name: header.eventPage.brandName
            logo: header.eventPage.brandLogo
            color: Theme.textOnPrimary
            pixelSize: Math.min(72, Math.max(30, header.height / 8))
        }
        KText {
            objectName: "reachEvent"
            width: parent.width
            visible: text !== "" && header.height > 260
            horizontalAlignment: Text.AlignHCenter
            text: header.eventPage.eventName
            color: Theme.goldLight
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
        }
    }
}
