import QtQuick
import KioskStyle

// A directory card: logo (or initials), name, country and booth. The whole card is the target.
Rectangle {
    id: card
    property string name: ""
    property string fullName: ""  // the whole name, when name is the short one
    property string countryName: ""
    property string boothCode: ""
    property string logoUrl: ""
    property string summary: ""
    signal tapped()

    radius: Theme.radius
    color: area.pressed ? Theme.surfaceAlt : Theme.surface
    border.width: 1
    border.color: Theme.divider
    scale: area.pressed ? 0.98 : 1.0
    Accessible.role: Accessible.Button
    Accessible.name: fullName !== "" ? fullName : name

    // Pressed in the first frame after the touch; only the way back eases.
    Behavior on scale { enabled: card.scale < 1; NumberAnimation { duration: 90 } }

    Rectangle {
        id: logoBox
        anchors.left: parent.left
        anchors.leftMargin: 20
        anchors.verticalCenter: parent.verticalCenter
        width: 128
        height: 128
        radius: 12
        color: logo.status === Image.Ready ? Theme.surface : Theme.primary
        border.width: logo.status === Image.Ready ? 1 : 0
        border.color: Theme.divider
        clip: true

        Image {
            id: logo
            anchors.fill: parent
            anchors.margins: 6
            source: card.logoUrl
            sourceSize.width: 256
            sourceSize.height: 256
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
            // Shown as soon as it is decoded, not faded in: a card is drawn whole when its
            // screen has finished sliding in.
            opacity: status === Image.Ready ? 1 : 0
        }
        KText {
            anchors.centerIn: parent
            visible: logo.status !== Image.Ready
            text: card.name.length > 0 ? card.name.charAt(0) : ""
            color: Theme.textOnPrimary
            font.pixelSize: 56
            font.bold: true
        }
    }

    Column {
        anchors.left: logoBox.right
        anchors.leftMargin: 20
        anchors.right: parent.right
        anchors.rightMargin: 20
        anchors.verticalCenter: parent.verticalCenter
        spacing: 6

        KText {
            width: parent.width
            text: card.name
            font.bold: true
            maximumLineCount: 2
            elide: Text.ElideRight
            wholeTextOn: "exhibitor"  // the card opens the exhibitor's page, full name on top
        }
        KText {
            width: parent.width
            text: card.countryName
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 1
            elide: Text.ElideRight
            wholeTextOn: "exhibitor"
        }
        Rectangle {
            visible: card.boothCode.length > 0
            width: boothText.implicitWidth + 24
            height: Math.max(40, boothText.implicitHeight)
            radius: 8
            color: Theme.surfaceAlt
            KText {
                id: boothText
                anchors.centerIn: parent
                text: qsTr("Booth %1").arg(card.boothCode)
                color: Theme.primaryDark
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }

    MouseArea {
        // Under the texts it covers, so they read as part of the button it makes.
        z: -1
        id: area
        anchors.fill: parent
        onClicked: card.tapped()
    }
}
