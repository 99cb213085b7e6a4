import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Shown once the lead is durably stored: thanks, the organiser's contact and how to withdraw
// consent. After LeadFormBridge.thanksSeconds, or at once on a tap, a fresh visit starts at
// Home: nothing the visitor chose or typed is left for the next person.
Item {
    id: screen

    required property AppBridge app
    required property EventPage eventPage
    required property LeadFormBridge leadForm
    property MatchingPage matching: null

    property int secondsLeft: leadForm.thanksSeconds

    objectName: "thanksScreen"

    // Slid in over the filled form: now it is covered, the form may be wiped.
    StackView.onActivated: screen.leadForm.thanksShown()

    Rectangle { anchors.fill: parent; color: Theme.background }

    Timer {
        running: screen.visible && screen.secondsLeft > 0
        interval: 1000
        repeat: true
        onTriggered: {
            screen.secondsLeft -= 1
            if (screen.secondsLeft <= 0)
                screen.app.finishVisit()
        }
    }

    MouseArea {
        objectName: "thanksTapArea"
        anchors.fill: parent
        // A tap anywhere does what the "Back to Home" button does, and is named so.
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Back to Home")
        onClicked: screen.app.finishVisit()
    }

    Item {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1560)
        height: Math.min(parent.height - 48, content.implicitHeight + 2 * 56)

        Shadow { anchors.fill: card }
        Rectangle {
            id: card
            anchors.fill: parent
            radius: Theme.radiusLarge
            color: Theme.surface
            clip: true

            Column {
                id: content
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 56 }
                spacing: 24

                Row {
                    spacing: 28
                    Rectangle {
                        width: 112; height: 112; radius: 56
                        color: Theme.primary
                        Icon { anchors.centerIn: parent; name: "check"; size: 76; color: Theme.textOnPrimary }
                    }
                    KText {
                        objectName: "thanksTitle"
                        Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
                        Accessible.name: text
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Thank you!")
                        color: Theme.primary
                        font.pixelSize: Theme.fontHuge
                        font.weight: Font.Bold
                        wrapMode: Text.NoWrap
                    }
                }
                KText {
                    objectName: "thanksMessage"
                    width: parent.width
                    text: qsTr("Your details have been saved. They will be passed on only as you agreed, and the exhibitors you chose can contact you.")
                    font.pixelSize: Theme.fontHeading - 4
                }

                MeetingsBooked {
                    width: parent.width
                    matching: screen.matching
                }

                Rectangle { width: parent.width; height: 2; color: Theme.divider }

                Row {
                    width: parent.width
                    spacing: 56

                    // The organiser and how to reach them
                    Column {
                        width: (parent.width - parent.spacing) / 2
                        spacing: 18
                        KText {
                            width: parent.width
                            visible: screen.eventPage.organizerName !== ""
                            text: qsTr("Organiser")
                            color: Theme.goldText
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.Bold
                            font.capitalization: Font.AllUppercase
                            font.letterSpacing: 1.5
                        }
                        KText {
                            objectName: "thanksOrganizer"
                            width: parent.width
                            visible: text !== ""
                            text: screen.eventPage.organizerName
                            font.pixelSize: Theme.fontBody + 2
                            font.weight: Font.DemiBold
                        }
                        InfoRow { width: parent.width; iconName: "mail"; text: screen.eventPage.organizerEmail }
                        InfoRow { width: parent.width; iconName: "phone"; text: screen.eventPage.organizerPhone }
                        InfoRow { width: parent.width; iconName: "public"; text: screen.eventPage.organizerWebsite }
                    }

                    // Withdrawing consent, and the way back
                    Column {
                        width: (parent.width - parent.spacing) / 2
                        spacing: 28
                        KText {
                            objectName: "thanksWithdraw"
                            width: parent.width
                            text: screen.leadForm.consentController !== ""
                                  ? qsTr("You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the contact details on the left.").arg(screen.leadForm.consentController)
                                  : qsTr("You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the contact details on the left.")
                            color: Theme.textMuted
                        }
                        KioskButton {
                            objectName: "thanksHomeButton"
                            iconName: "home"
                            text: qsTr("Back to Home")
                            onClicked: screen.app.finishVisit()
                        }
                        KText {
                            objectName: "thanksCountdown"
                            width: parent.width
                            text: qsTr("Returning to Home in %1 s").arg(screen.secondsLeft)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall + 2
                        }
                    }
                }
            }
        }
    }
}
