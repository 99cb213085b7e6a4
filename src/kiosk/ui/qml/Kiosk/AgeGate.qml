import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Before the lead form asks for anything, the visitor says which age band they are in. Under
// the event's minimum age (PIPL: under-14s' data needs a guardian) the kiosk collects nothing
// and says so kindly; the visitor can go on browsing. Covers the form until answered.
Rectangle {
    id: gate

    required property AppBridge app
    required property AccessBridge access
    required property LeadFormBridge leadForm

    readonly property bool under: access.ageAnswer === "under"

    objectName: "ageGate"
    // Only where the form can collect at all (no content pack: the screen says so itself).
    visible: app.screen === "contact" && leadForm.available && !access.mayCollect
    color: Theme.background

    // Nothing underneath (the form) takes a touch while the gate is up.
    MouseArea { objectName: "ageGateBlocker"; anchors.fill: parent }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1200)
        spacing: 40

        KText {
            objectName: "ageGateHeading"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.primary
            Accessible.role: Accessible.Heading
            text: gate.under ? qsTr("Thank you for visiting!") : qsTr("Before you leave your details")
        }
        KText {
            objectName: "ageGateText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: gate.under
                  ? qsTr("We do not collect personal details from visitors under %1, so nothing you enter here is asked for or kept. Enjoy the pavilion: you can go on exploring the exhibitors and scan their QR codes.").arg(gate.access.minimumAge)
                  : qsTr("Please tell us your age. We ask for contact details only from visitors aged %1 or older.").arg(gate.access.minimumAge)
        }
        Column {
            visible: !gate.under
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 24
            KioskButton {
                objectName: "ageOldEnough"
                width: 720
                implicitHeight: Theme.touchLarge
                text: qsTr("I am %1 or older").arg(gate.access.minimumAge)
                onClicked: gate.access.confirmAge(true)
            }
            KioskButton {
                objectName: "ageUnder"
                width: 720
                implicitHeight: Theme.touchLarge
                variant: "secondary"
                text: qsTr("I am under %1").arg(gate.access.minimumAge)
                onClicked: {
                    gate.leadForm.reset()  // an exhibitor added by "I'm interested" goes too
                    gate.access.confirmAge(false)
                }
            }
        }
        Row {
            visible: gate.under
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: 24
            KioskButton {
                objectName: "ageExplore"
                iconName: "store"
                implicitHeight: Theme.touchLarge
                text: qsTr("Explore the exhibitors")
                onClicked: gate.app.go("directory")
            }
            KioskButton {
                objectName: "ageHome"
                iconName: "home"
                variant: "secondary"
                implicitHeight: Theme.touchLarge
                text: qsTr("Home")
                onClicked: gate.app.home()
            }
        }
    }
}
