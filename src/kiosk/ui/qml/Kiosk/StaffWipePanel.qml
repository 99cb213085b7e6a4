pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Wipe leads from this kiosk. First the counts (nothing deleted): the leads a verified export
// holds as they are now can be wiped; without such an export only the typed phrase wipes.
Item {
    id: panel

    required property StaffWipe wipes

    objectName: "wipePanel"
    // Its height, so the dashboard can scroll it above the on-screen keyboard.
    implicitHeight: result.visible ? result.y + result.height : everything.y + everything.height

    readonly property bool running: wipes.state === "running"
    // Side by side, or on a narrow panel (a portrait screen) one under the other.
    readonly property bool stacked: width < 1100
    readonly property real column: stacked ? width : (width - 32) / 2

    StaffCard {
        id: exported
        width: panel.column
        title: qsTr("Wipe exported leads")

        BusyIndicator {
            width: 64
            height: 64
            running: panel.wipes.state === "counting"
            visible: running
        }
        KText {
            objectName: "wipePreview"
            width: parent.width
            visible: panel.wipes.state !== "counting"
            text: panel.wipes.state === "setAside"
                  ? qsTr("The central pool refused some leads, and they are set aside on this kiosk; wiped now, they would never get there. See the Sync screen for why, fix it and send them again, then wipe.")
                  : panel.wipes.state === "backlog"
                  ? qsTr("Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.")
                  : panel.wipes.uncovered < 0
                  ? qsTr("No verified export of all leads to a USB drive exists on this kiosk. Export the leads to a drive first: only then can they be wiped safely (an export to a folder on the kiosk's own disk does not count).")
                  : qsTr("%n lead(s) are in a verified export and can be wiped.", "", panel.wipes.covered) + " "
                    + qsTr("%n lead(s) are not in any export as they are now, and stay.", "", panel.wipes.uncovered)
        }
        KText {
            objectName: "wipeBacklog"
            width: parent.width
            visible: panel.wipes.state === "backlog" || panel.wipes.state === "setAside"
            text: Messages.text(panel.wipes.errorMessage)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        StaffButton {
            objectName: "wipeExportedButton"
            variant: "accent"
            staffIcon: "delete"
            text: qsTr("Wipe %n exported lead(s)", "", panel.wipes.covered)
            visible: panel.wipes.state === "ready"
            enabled: panel.wipes.covered > 0
            onClicked: {
                Qt.inputMethod.hide() // the question shows in the whole panel area
                confirm.open()
            }
        }
    }

    StaffCard {
        id: everything
        x: panel.stacked ? 0 : panel.column + 32
        y: panel.stacked ? exported.height + 32 : 0
        width: panel.column
        title: qsTr("Wipe every lead")

        KText {
            width: parent.width
            text: qsTr("This deletes every lead on this kiosk, exported or not. Leads that were not exported are lost. To confirm, type this phrase:")
        }
        KText {
            objectName: "wipePhrase"
            text: panel.wipes.phrase
            color: Theme.accent
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
        }
        StaffTextField {
            id: phrase
            objectName: "wipePhraseField"
            keepWith: wipeAll
            width: parent.width
            inputMethodHints: Qt.ImhLatinOnly | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            placeholderText: qsTr("Type the phrase here")
            enabled: !panel.running
        }
        StaffButton {
            id: wipeAll
            objectName: "wipeAllButton"
            variant: "accent"
            staffIcon: "delete"
            text: qsTr("Wipe every lead")
            enabled: phrase.text !== "" && !panel.running
            onClicked: {
                panel.wipes.wipeAll(phrase.text)
                phrase.text = ""
                Qt.inputMethod.hide()
            }
        }
    }

    StaffCard {
        id: result
        y: panel.stacked ? everything.y + everything.height + 32
                         : Math.max(exported.height, everything.height) + 32
        width: panel.width
        visible: ["running", "done", "refused", "failed"].indexOf(panel.wipes.state) >= 0
        title: qsTr("Result")

        StaffProgress {
            objectName: "wipeProgress"
            width: parent.width
            visible: panel.running
            value: panel.wipes.progress
        }
        KText {
            objectName: "wipeResult"
            width: parent.width
            text: {
                switch (panel.wipes.state) {
                case "running": return qsTr("Wiping…")
                case "done": return qsTr("%n lead(s) wiped; %1 kept.", "", panel.wipes.deleted).arg(panel.wipes.kept)
                case "refused": return qsTr("The phrase does not match. Nothing was deleted.")
                case "failed": return qsTr("The wipe failed: %1").arg(Messages.text(panel.wipes.errorMessage))
                default: return ""
                }
            }
            color: panel.wipes.state === "done" || panel.running ? Theme.primary : Theme.error
            font.weight: Font.DemiBold
        }
    }

    StaffDialog {
        id: confirm
        objectName: "wipeDialog"
        parent: panel.parent
        anchors.fill: parent
        title: qsTr("Wipe %n lead(s)?", "", panel.wipes.covered)
        message: qsTr("They are deleted from this kiosk for good. The export holds them.")
        confirmText: qsTr("Wipe")
        confirmName: "confirmWipeButton"
        cancelName: "cancelWipeButton"
        onConfirmed: panel.wipes.wipeExported()
    }
}
