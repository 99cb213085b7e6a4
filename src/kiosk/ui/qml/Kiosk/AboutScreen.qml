import QtQuick
import KioskStyle
import KioskBackend

// About: the brand, the event and the organiser with its contact details.
Item {
    id: screen

    required property AppBridge app
    required property EventPage eventPage

    objectName: "aboutScreen"

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Left (narrow, portrait: top): the brand on deep teal
    Rectangle {
        id: brandPanel
        anchors {
            left: parent.left
            top: parent.top
            margins: Theme.margin
        }
        width: Theme.narrow ? parent.width - 2 * Theme.margin : Math.round(parent.width * 0.46)
        height: Theme.narrow ? Math.round((parent.height - 2 * Theme.margin) * 0.45)
                             : parent.height - 2 * Theme.margin
        radius: Theme.radiusLarge
        color: Theme.primaryDeep
        clip: true

        Rectangle {
            width: 700
            height: 700
            radius: 350
            x: parent.width - 360
            y: parent.height - 380
            color: "transparent"
            border.width: 3
            border.color: Theme.gold
            opacity: 0.5
        }
        Rectangle {
            width: 420
            height: 420
            radius: 210
            x: parent.width - 190
            y: parent.height - 520
            color: "transparent"
            border.width: 40
            border.color: Theme.accent
            opacity: 0.35
        }

        Column {
            anchors {
                left: parent.left
                right: parent.right
                top: parent.top
                margins: 64
            }
            spacing: 28

            Rectangle {
                width: 96
                height: 8
                radius: 4
                color: Theme.gold
            }
            // The pack's logo on a white plate (logos are drawn for light backgrounds); it
            // carries the brand's name, so the name is set in type only when there is no logo.
            Rectangle {
                visible: screen.eventPage.brandLogo !== ""
                width: logo.width + 56
                height: 140
                radius: Theme.radius
                color: Theme.surface
                Image {
                    id: logo
                    anchors.centerIn: parent
                    height: 104
                    width: implicitHeight > 0 ? Math.min(height * implicitWidth / implicitHeight, 520) : 0
                    source: screen.eventPage.brandLogo
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    sourceSize.height: 208
                }
            }
            KText {
                objectName: "aboutBrand"
                visible: screen.eventPage.brandLogo === ""
                width: parent.width
                text: screen.eventPage.brandName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontHuge
                font.weight: Font.Bold
                lineHeight: 1.0
            }
            KText {
                width: parent.width
                visible: text !== ""
                text: screen.eventPage.tagline
                color: Theme.goldLight
                font.pixelSize: screen.eventPage.brandLogo !== "" ? Theme.fontTitle : Theme.fontHeading
            }
            KText {
                objectName: "aboutKiosk"
                width: parent.width
                text: qsTr("Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.")
                color: Theme.textOnPrimaryMuted
            }
        }
    }

    // Right: event and organiser (scrolls if a pack's texts are long)
    Flickable {
        anchors {
            left: Theme.narrow ? parent.left : brandPanel.right
            right: parent.right
            top: Theme.narrow ? brandPanel.bottom : parent.top
            bottom: parent.bottom
            leftMargin: Theme.narrow ? Theme.margin : 72
        }
        contentHeight: details.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: details
            anchors {
                left: parent.left
                right: parent.right
                top: parent.top
                topMargin: Theme.margin
                rightMargin: Theme.margin
            }
            spacing: 20

            KText {
                objectName: "aboutEventHeading"
                Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
                Accessible.name: text
                width: parent.width
                text: qsTr("The event")
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1.5
            }
            KText {
                width: parent.width
                text: screen.eventPage.eventName || qsTr("No event has been loaded yet.")
                font.pixelSize: Theme.fontHeading + 4
                font.weight: Font.Bold
            }
            InfoRow {
                width: parent.width
                iconName: "event"
                text: screen.eventPage.eventDates
            }
            InfoRow {
                width: parent.width
                iconName: "place"
                text: screen.eventPage.venue
            }

            Item {
                width: 1
                height: 8
            }

            KText {
                width: parent.width
                visible: screen.eventPage.organizerName !== ""
                text: qsTr("Organiser")
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1.5
            }
            KText {
                objectName: "aboutOrganizer"
                width: parent.width
                visible: text !== ""
                text: screen.eventPage.organizerName
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
            }
            InfoRow {
                width: parent.width
                iconName: "public"
                text: screen.eventPage.organizerWebsite
                wrapMode: Text.WrapAnywhere
            }
            InfoRow {
                width: parent.width
                iconName: "mail"
                text: screen.eventPage.organizerEmail
                wrapMode: Text.WrapAnywhere
            }
            InfoRow {
                width: parent.width
                iconName: "phone"
                text: screen.eventPage.organizerPhone
            }
        }
    }
}
