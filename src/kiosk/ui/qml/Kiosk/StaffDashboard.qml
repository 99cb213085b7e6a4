pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard.Settings
import KioskStyle
import KioskBackend

// Staff mode's dashboard: a header (staff mode, language, back to visitors), a side rail of
// panels, and the chosen panel. Only the chosen panel exists; its state lives in Python.
Item {
    id: dash

    required property StaffBridge staff
    required property AppBridge app

    objectName: "staffDashboard"

    // Staff fields take ids and an English phrase, which Zhuyin and Cangjie cannot type (they
    // ignore "Latin only"): while one has focus the keyboard is English (en_GB is among every
    // language's keyboard locales); when the focus leaves, the visitor's layout comes back.
    readonly property Item focusedItem: Window.activeFocusItem
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: "en_GB"
        when: dash.focusedItem !== null && dash.focusedItem.englishKeyboard === true
        restoreMode: Binding.RestoreBindingOrValue
    }

    // On a narrow (portrait) canvas the header takes two bands, the title over the controls
    // (which wrap), and the rail is narrower: the panels keep the width they need.
    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.narrow ? titleRow.height + controls.height + 3 * 16 : Theme.topBarHeight
        color: Theme.primaryDeep

        Row {
            id: titleRow
            objectName: "staffTitle"
            anchors { left: parent.left; leftMargin: Theme.margin }
            anchors.verticalCenter: Theme.narrow ? undefined : parent.verticalCenter
            y: 16
            spacing: 20
            StaffIcon { name: "lock"; size: 48; color: Theme.goldLight; anchors.verticalCenter: parent.verticalCenter }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                KText {
                    text: qsTr("Staff mode")
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.Bold
                    wrapMode: Text.NoWrap
                }
                KText {
                    text: qsTr("Closes after %1 minutes without a touch").arg(dash.staff.sessionMinutes)
                    color: Theme.textOnPrimaryMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.NoWrap
                }
            }
        }
        Flow {
            id: controls
            objectName: "staffHeaderControls"
            anchors { right: parent.right; rightMargin: Theme.margin }
            anchors.verticalCenter: Theme.narrow ? undefined : parent.verticalCenter
            y: Theme.narrow ? titleRow.height + 2 * 16 : 0
            width: Theme.narrow ? header.width - 2 * Theme.margin : undefined
            layoutDirection: Qt.RightToLeft
            spacing: 24
            StaffButton {
                objectName: "backToVisitorButton"
                variant: "onDark"
                staffIcon: "logout"
                text: qsTr("Back to visitor mode")
                onClicked: dash.staff.backToVisitor()
            }
            LanguageBar { app: dash.app; onDark: true }
        }
    }

    Rectangle {
        id: rail
        anchors { left: parent.left; top: header.bottom; bottom: parent.bottom }
        width: Theme.narrow ? 330 : 400
        color: Theme.surface

        // With the on-screen keyboard up the rail is shorter than its buttons: it scrolls, so
        // every panel (and Quit, at the end) stays reachable above the keyboard.
        Flickable {
            id: railScroll
            objectName: "staffRail"
            anchors.fill: parent
            clip: true
            contentHeight: Math.max(height, sections.height + quitButton.height + 4 * 20)
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {
                objectName: "staffRailScroll"
                active: railScroll.contentHeight > railScroll.height
            }

            Column {
                id: sections
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 20 }
                spacing: 8
                Repeater {
                    model: [
                        { section: "overview", name: "overviewButton", icon: "bar_chart", text: qsTr("Overview") },
                        { section: "export", name: "exportButton", icon: "usb", text: qsTr("Export leads") },
                        { section: "wipe", name: "wipeButton", icon: "delete", text: qsTr("Wipe leads") },
                        { section: "content", name: "reloadContentButton", icon: "folder_open", text: qsTr("Reload content") },
                        { section: "matching", name: "matchingButton", icon: "event", text: qsTr("Meetings") },
                        { section: "settings", name: "settingsButton", icon: "settings", text: qsTr("Settings") },
                        { section: "audit", name: "auditButton", icon: "history", text: qsTr("Audit log") },
                        { section: "sync", name: "syncButton", icon: "cloud_upload", text: qsTr("Sync") }
                    ]
                    StaffNavButton {
                        required property var modelData
                        objectName: modelData.name
                        width: parent.width
                        visible: modelData.section !== "sync" || dash.staff.syncStatus.available
                        staffIcon: modelData.icon
                        text: modelData.text
                        selected: dash.staff.section === modelData.section
                        onClicked: dash.staff.showSection(modelData.section)
                    }
                }
            }
            StaffNavButton {
                id: quitButton
                objectName: "quitButton"
                x: 20
                y: railScroll.contentHeight - height - 20
                width: railScroll.width - 40
                staffIcon: "power"
                danger: true
                text: qsTr("Quit the kiosk")
                onClicked: quitDialog.open()
            }
        }
    }

    // The chosen panel. With the on-screen keyboard up it is taller than the room left above
    // the keyboard: it scrolls (as the rail does), and the focused field is kept in sight.
    Flickable {
        id: panelScroll
        objectName: "staffPanelArea"
        anchors { left: rail.right; right: parent.right; top: header.bottom; bottom: parent.bottom }
        clip: true
        contentHeight: panel.height + 2 * dash.panelMargin
        flickableDirection: Flickable.VerticalFlick
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
            objectName: "staffPanelScroll"
            active: panelScroll.interactive
        }
        onHeightChanged: dash.keepInSight()
        onContentHeightChanged: dash.keepInSight()

        Loader {
            id: panel
            x: dash.panelMargin
            y: dash.panelMargin
            width: panelScroll.width - 2 * dash.panelMargin
            // A panel that reports its height (implicitHeight) gets it when that is taller than
            // the room there is; the others fill the room.
            height: Math.max(panelScroll.height - 2 * dash.panelMargin, item ? item.implicitHeight : 0)
            // The panel that went may leave its text field with the focus (and the keyboard up).
            onLoaded: {
                panelScroll.contentY = 0
                dash.forceActiveFocus()
            }
            sourceComponent: {
                switch (dash.staff.section) {
                case "export": return exportPanel
                case "wipe": return wipePanel
                case "content": return contentPanel
                case "settings": return settingsPanel
                case "audit": return auditPanel
                case "matching": return matchingPanel
                case "sync": return syncPanel
                default: return overviewPanel
                }
            }
        }
    }

    readonly property int panelMargin: 32
    onFocusedItemChanged: keepInSight()

    // Scroll the panel so the focused field shows whole (when it is in the panel), with what it
    // is kept with (keepWith, e.g. its button), and never past the panel's end (it shrinks back
    // when the keyboard goes). The field's top wins when both do not fit.
    function keepInSight() {
        const last = Math.max(0, panelScroll.contentHeight - panelScroll.height)
        let y = Math.min(panelScroll.contentY, last)
        let node = dash.focusedItem
        while (node && node !== panelScroll.contentItem)
            node = node.parent
        if (node) {
            const field = dash.focusedItem
            const top = field.mapToItem(panelScroll.contentItem, 0, 0).y - dash.panelMargin
            const next = field.keepWith ? field.keepWith : field
            const bottom = Math.max(top + field.height + 2 * dash.panelMargin,
                                    next.mapToItem(panelScroll.contentItem, 0, next.height).y + dash.panelMargin)
            if (top < y)
                y = Math.max(0, top)
            else if (bottom > y + panelScroll.height)
                y = Math.min(last, top, bottom - panelScroll.height)
        }
        if (y !== panelScroll.contentY)
            panelScroll.contentY = y
    }

    Component { id: overviewPanel; StaffOverviewPanel { figures: dash.staff.figures } }
    Component { id: exportPanel; StaffExportPanel { exports: dash.staff.exports } }
    Component { id: wipePanel; StaffWipePanel { wipes: dash.staff.wipes } }
    Component { id: contentPanel; StaffContentPanel { packs: dash.staff.contentPacks } }
    Component { id: settingsPanel; StaffSettingsPanel { prefs: dash.staff.settings } }
    Component { id: auditPanel; StaffAuditPanel { log: dash.staff.auditLog } }
    Component { id: matchingPanel; StaffMatchingPanel { schedule: dash.staff.schedule } }
    Component { id: syncPanel; StaffSyncPanel { sync: dash.staff.syncStatus } }

    StaffDialog {
        id: quitDialog
        objectName: "quitDialog"
        anchors.fill: parent
        title: qsTr("Quit the kiosk?")
        message: qsTr("The kiosk window closes. Visitors cannot use this screen until the kiosk is started again.")
        confirmText: qsTr("Quit")
        confirmName: "confirmQuitButton"
        cancelName: "cancelQuitButton"
        onConfirmed: dash.staff.quit()
    }
}
