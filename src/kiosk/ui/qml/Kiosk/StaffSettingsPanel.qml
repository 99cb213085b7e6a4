pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// Settings staff change on the kiosk: the idle time before a visit resets, the kiosk's id
// (on every lead and export) and the mouse cursor. Saved in the database, applied at once.
Item {
    id: panel

    required property StaffSettings prefs
    property int idle: prefs.idleTimeout
    property bool cursor: prefs.showCursor

    objectName: "settingsPanel"
    // Its height, so the dashboard can scroll it above the on-screen keyboard.
    implicitHeight: card.implicitHeight

    // Start from what is stored each time it is (re)read; a refused save keeps what was typed.
    Connections {
        target: panel.prefs
        function onLoaded() {
            panel.idle = panel.prefs.idleTimeout
            panel.cursor = panel.prefs.showCursor
            kioskId.text = panel.prefs.kioskId
        }
    }
    Component.onCompleted: kioskId.text = prefs.kioskId

    StaffCard {
        id: card
        width: Math.min(parent.width, 1100)
        title: qsTr("Kiosk settings")
        spacing: 28

        // The kiosk id first, with Save beside it: both stay above the on-screen keyboard.
        KText {
            id: kioskIdLabel
            width: parent.width
            text: qsTr("Kiosk id (on every lead and export)")
            color: Theme.textMuted
        }
        Row {
            spacing: 24
            StaffTextField {
                id: kioskId
                objectName: "kioskIdField"
                Accessible.name: kioskIdLabel.text
                width: Math.min(640, card.width - 2 * 28 - saveButton.width - 24)
                maximumLength: 40
            }
            StaffButton {
                id: saveButton
                objectName: "saveSettingsButton"
                staffIcon: "check"
                text: qsTr("Save")
                onClicked: {
                    Qt.inputMethod.hide()
                    panel.prefs.save(kioskId.text, panel.idle, panel.cursor)
                }
            }
        }
        KText {
            objectName: "settingsMessage"
            width: parent.width
            visible: text !== ""
            text: panel.prefs.problem !== "" ? Messages.text(panel.prefs.problemMessage)
                  : panel.prefs.error !== "" ? Messages.text(panel.prefs.errorMessage) : (panel.prefs.saved ? qsTr("Saved.") : "")
            color: panel.prefs.saved ? Theme.primary : Theme.error
            font.weight: Font.DemiBold
        }

        KText { width: parent.width; text: qsTr("Idle time before a visit ends (seconds)"); color: Theme.textMuted }
        Row {
            spacing: 24
            KioskButton {
                objectName: "idleMinus"
                variant: "secondary"
                text: "−"
                width: 96
                enabled: panel.idle > panel.prefs.minIdle
                onClicked: panel.idle = Math.max(panel.prefs.minIdle, panel.idle - 10)
            }
            KText {
                objectName: "idleValue"
                anchors.verticalCenter: parent.verticalCenter
                width: 140
                horizontalAlignment: Text.AlignHCenter
                text: panel.idle
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                wrapMode: Text.NoWrap
            }
            KioskButton {
                objectName: "idlePlus"
                variant: "secondary"
                text: "+"
                width: 96
                enabled: panel.idle < panel.prefs.maxIdle
                onClicked: panel.idle = Math.min(panel.prefs.maxIdle, panel.idle + 10)
            }
        }

        StaffCheck {
            width: parent.width
            objectName: "cursorCheck"
            text: qsTr("Show the mouse cursor")
            checked: panel.cursor
            onClicked: panel.cursor = !panel.cursor
        }

        // Burn-in protection, applied at once (no Save needed).
        StaffCheck {
            width: parent.width
            objectName: "pixelShiftCheck"
            text: qsTr("Move the picture a few pixels now and then (protects the screen from burn-in)")
            checked: panel.prefs.pixelShift
            onClicked: panel.prefs.setPixelShift(!panel.prefs.pixelShift)
        }

        // Low-reach mode, applied at once (no Save needed): everything a visitor touches
        // moves into the lower part of the screen (KIOSK_REACH sets how much; 60% without it).
        StaffCheck {
            width: parent.width
            objectName: "lowReachCheck"
            text: qsTr("Low reach: keep everything a visitor touches in the lower part of the screen")
            checked: panel.prefs.lowReach
            onClicked: panel.prefs.setLowReach(!panel.prefs.lowReach)
        }

        // Content published through the central pool: hold this kiosk at what it shows now
        // (applied at once, no Save needed); newer packs wait until it is released.
        StaffCheck {
            width: parent.width
            objectName: "holdContentCheck"
            visible: panel.prefs.fleet
            enabled: panel.prefs.contentHeld || (panel.prefs.contentRevision !== ""
                                                 && !panel.prefs.contentRevision.startsWith("local:"))
            text: panel.prefs.contentRevision === "" || panel.prefs.contentRevision.startsWith("local:")
                  ? qsTr("Hold the content at its revision (no content from the central pool yet)")
                  : qsTr("Hold the content at revision %1: newer packs wait").arg(panel.prefs.contentRevision)
            checked: panel.prefs.contentHeld
            onClicked: panel.prefs.holdContent(!panel.prefs.contentHeld)
        }

        StaffSpeechSetting {
            width: parent.width
            visible: panel.prefs.speech !== null
            speech: panel.prefs.speech
        }

        // Where this kiosk stands: the content pack's named places on its maps. The map
        // screens mark the chosen one "You are here" (applied at once, no Save needed).
        KText {
            visible: panel.prefs.here !== null && panel.prefs.here.options.length > 0
            width: parent.width
            text: qsTr("Where this kiosk stands (\"You are here\" on the map)")
            color: Theme.textMuted
        }
        Flow {
            objectName: "positionChoices"
            visible: panel.prefs.here !== null && panel.prefs.here.options.length > 0
            width: parent.width
            spacing: 16
            KioskButton {
                objectName: "positionChoice_none"
                text: qsTr("Not shown")
                variant: panel.prefs.here && panel.prefs.here.chosen === "" ? "primary" : "secondary"
                onClicked: panel.prefs.here.choose("")
            }
            Repeater {
                model: panel.prefs.here ? panel.prefs.here.options : []
                delegate: KioskButton {
                    required property var modelData
                    objectName: "positionChoice_" + modelData.key
                    text: modelData.label
                    // "Pavilion: place" in full on a portrait screen's narrow panel too.
                    fontSize: Theme.narrow ? Theme.fontSmall : Theme.fontButton
                    variant: panel.prefs.here.chosen === modelData.key ? "primary" : "secondary"
                    onClicked: panel.prefs.here.choose(modelData.key)
                }
            }
        }
        KText {
            objectName: "positionProblem"
            visible: panel.prefs.here !== null && panel.prefs.here.error !== ""
            width: parent.width
            text: panel.prefs.here ? Messages.text(panel.prefs.here.errorMessage) : ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
