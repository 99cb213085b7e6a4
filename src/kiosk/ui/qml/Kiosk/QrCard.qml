import QtQuick
import KioskStyle

// One QR code with what it does, drawn in whole device pixels per module (QrCode) so phones
// read it from 60 cm.
Rectangle {
    id: card
    required property string kind
    required property string source
    objectName: "qrCode_" + kind

    readonly property alias code: image
    implicitWidth: Math.max(image.shownWidth, caption.implicitWidth) + 32
    implicitHeight: caption.height + image.shownHeight + 40
    width: implicitWidth
    height: implicitHeight
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.divider

    Row {
        id: caption
        anchors.top: parent.top
        anchors.topMargin: 14
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 10
        height: Math.max(captionText.implicitHeight, 32)
        Icon {
            name: card.kind === "url" ? "language" : card.kind === "wechat" ? "chat" : "person"
            color: Theme.primary
            size: 32
            anchors.verticalCenter: parent.verticalCenter
        }
        KText {
            id: captionText
            anchors.verticalCenter: parent.verticalCenter
            text: card.kind === "url" ? qsTr("Scan to open the website")
                : card.kind === "wechat" ? qsTr("Scan with WeChat to add us")
                : qsTr("Scan to save the contact")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }

    QrCode {
        id: image
        objectName: "qrImage_" + card.kind
        x: Math.round((card.width - shownWidth) / 2)
        y: caption.y + caption.height + 12
        url: card.source
        opacity: status === Image.Ready ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }
    }
}
