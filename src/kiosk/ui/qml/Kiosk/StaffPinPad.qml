pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The staff PIN pad: large keys, dots for the digits typed (never the digits), and what went
// wrong (wrong PIN with the attempts left, the lockout's remaining time). While no PIN is set
// it shows only a calm notice: staff mode is set up on the PC (kiosk set-pin), never here.
Rectangle {
    id: pad

    required property StaffBridge staff

    objectName: "staffPinPad"
    color: Theme.primaryDeep

    function clock(seconds) {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
    }

    readonly property bool unset: staff.pinMode === "unset"
    readonly property string title: unset ? qsTr("Staff mode is not set up") : qsTr("Staff PIN")
    readonly property string hint: unset
        ? qsTr("Staff mode is not set up on this kiosk. Set the staff PIN on the kiosk's PC with the command: kiosk set-pin")
        : qsTr("Enter the PIN to open staff mode.")
    readonly property string message: {
        switch (staff.pinMessage) {
        case "wrong": return qsTr("Wrong PIN. Attempts left before the pad locks: %1").arg(staff.attemptsLeft)
        case "locked": return qsTr("Too many wrong PINs. Try again in %1.").arg(clock(staff.lockedSeconds))
        case "error": return qsTr("The PIN could not be checked: %1").arg(staff.pinError)
        default: return ""
        }
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: 760
        height: column.implicitHeight + 2 * 48
        radius: Theme.radiusLarge
        color: Theme.surface

        Column {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 48 }
            spacing: 22

            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 16
                StaffIcon { name: "lock"; size: 48; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
                KText {
                    objectName: "pinTitle"
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, column.width - 64)
                    text: pad.title
                    color: Theme.primary
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    wrapMode: Text.WordWrap
                }
            }
            KText {
                objectName: "pinHint"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: pad.hint
                color: Theme.textMuted
            }
            Row {
                objectName: "pinDots"
                visible: !pad.unset
                anchors.horizontalCenter: parent.horizontalCenter
                height: 40
                spacing: 18
                Repeater {
                    model: Math.max(pad.staff.minPinLength, pad.staff.pinLength)
                    Rectangle {
                        required property int index
                        anchors.verticalCenter: parent.verticalCenter
                        width: 28
                        height: 28
                        radius: 14
                        color: index < pad.staff.pinLength ? Theme.primary : "transparent"
                        border.width: 3
                        border.color: Theme.primary
                    }
                }
            }
            Item {
                visible: !pad.unset
                width: parent.width
                height: Math.max(messageText.implicitHeight, 64)
                KText {
                    id: messageText
                    objectName: "pinMessage"
                    anchors.centerIn: parent
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: pad.message
                    color: Theme.error
                    font.weight: Font.DemiBold
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    width: 64
                    height: 64
                    running: pad.staff.pinBusy
                    visible: running
                }
            }
            Grid {
                id: keys
                objectName: "pinKeys"
                visible: !pad.unset
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: 20
                enabled: !pad.staff.pinBusy && pad.staff.lockedSeconds === 0

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "enter"]
                    AbstractButton {
                        id: key
                        required property string modelData
                        readonly property bool digit: modelData !== "erase" && modelData !== "enter"

                        objectName: digit ? "pinKey_" + modelData : (modelData === "enter" ? "pinEnter" : "pinErase")
                        width: 200
                        height: 104
                        focusPolicy: Qt.NoFocus
                        opacity: enabled ? 1 : 0.4
                        Accessible.role: Accessible.Button
                        Accessible.name: digit ? modelData : (modelData === "enter" ? qsTr("OK") : qsTr("Erase"))
                        onClicked: {
                            if (digit)
                                pad.staff.pressDigit(modelData)
                            else if (modelData === "enter")
                                pad.staff.submitPin()
                            else
                                pad.staff.eraseDigit()
                        }

                        background: Rectangle {
                            radius: Theme.radius
                            color: key.modelData === "enter" ? (key.down ? Theme.primaryDark : Theme.primary)
                                                             : (key.down ? Theme.divider : Theme.surfaceAlt)
                        }
                        contentItem: Item {
                            KText {
                                anchors.centerIn: parent
                                visible: key.modelData !== "erase"
                                text: key.digit ? key.modelData : qsTr("OK")
                                color: key.modelData === "enter" ? Theme.textOnPrimary : Theme.text
                                font.pixelSize: key.digit ? Theme.fontTitle : Theme.fontButton
                                font.weight: Font.DemiBold
                                wrapMode: Text.NoWrap
                            }
                            StaffIcon {
                                anchors.centerIn: parent
                                visible: key.modelData === "erase"
                                name: "backspace"
                                size: 48
                                color: Theme.text
                            }
                        }
                    }
                }
            }
            KioskButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                variant: "secondary"
                text: pad.unset ? qsTr("Close") : qsTr("Cancel")
                onClicked: pad.staff.cancelPin()
            }
        }
    }
}
