import QtQuick
import KioskStyle

// "Card read": a pill at the bottom for a few seconds after a business card was scanned.
Rectangle {
    id: notice

    function show() {
        notice.opacity = 1
        hideTimer.restart()
    }

    objectName: "scanNotice"
    width: scanText.implicitWidth + 2 * Theme.margin
    height: Theme.touchLarge - 12
    radius: height / 2
    color: Theme.primaryDeep
    opacity: 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }
    Row {
        anchors.centerIn: parent
        spacing: Theme.gapMedium
        Icon { anchors.verticalCenter: parent.verticalCenter; name: "check_circle"; size: Theme.iconMedium; color: Theme.goldLight }
        KText {
            id: scanText
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Card read: please check your details.")
            color: Theme.textOnPrimary
            wrapMode: Text.NoWrap
        }
    }
    Timer { id: hideTimer; interval: 3500; onTriggered: notice.opacity = 0 }
}
