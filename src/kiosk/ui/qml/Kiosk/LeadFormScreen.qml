pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Business matching: the visitor leaves their contact. Left, the details in their sections
// (LeadAboutSection, LeadInterestsSection, LeadMessageSection) in a Flickable that keeps the
// focused field and its error above the docked keyboard; right, LeadConsentPanel with the
// notice, one unticked box per purpose, and Send. Every value and decision is in
// LeadFormBridge; this file places the sections and passes taps and keys on.
Item {
    id: screen

    required property AppBridge app
    required property LeadFormBridge leadForm
    property MatchingPage matching: null

    objectName: "contactScreen"

    // The item of a field named like kiosk.domain.leads.FIELD_ORDER (or "consent.<id>").
    function fieldItem(name) {
        return aboutSection.itemFor(name) ?? interestsSection.itemFor(name)
            ?? messageSection.itemFor(name) ?? consentPanel.itemFor(name)
    }

    // Scroll ``item`` (a field with its label and error) into view in whichever column holds
    // it. The screen ends at the keyboard's top (Main.qml shrinks the stack), so in view is
    // above the keyboard.
    function reveal(item) {
        const flick = isInside(item, consentPanel) ? consentPanel.flick : formFlick
        const top = item.mapToItem(flick.contentItem, 0, 0).y - Theme.revealMargin
        const clearance = flick === formFlick ? Theme.floatingClearance : 0  // under the a11y button
        const bottom = item.mapToItem(flick.contentItem, 0, item.height).y + Theme.revealMargin + clearance
        const highest = Math.max(0, flick.contentHeight - flick.height)
        if (bottom - top > flick.height || top < flick.contentY)
            flick.contentY = Math.max(0, Math.min(highest, top))  // too tall: its top first
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(highest, bottom - flick.height))
    }

    function isInside(item, ancestor) {
        for (let node = item; node; node = node.parent)
            if (node === ancestor)
                return true
        return false
    }

    property Item focusedField: null
    function fieldFocused(item) {
        screen.focusedField = item
        screen.reveal(item)
    }
    function keepFocusedInView() {
        const field = screen.focusedField
        if (field && field.input && field.input.activeFocus)
            screen.reveal(field)
    }
    function putKeyboardAway() {
        screen.forceActiveFocus()
        Qt.inputMethod.hide()
    }

    Connections {
        target: screen.leadForm
        function onFocusRequested(name) {
            const item = screen.fieldItem(name)
            if (!item)
                return
            screen.reveal(item)
            if (item.input) {
                item.input.forceActiveFocus()
                Qt.inputMethod.show()
            }
        }
        // An error appearing under the focused field (or above it) moves or grows it.
        function onErrorsChanged() { Qt.callLater(screen.keepFocusedInView) }
        function onSaved() { screen.app.go("thanks") }
        function onCardRead(kind) {
            Qt.inputMethod.reset()
            scanNotice.show()
        }
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    // A tap beside the fields puts the keyboard away (and counts as leaving the field).
    MouseArea {
        objectName: "keyboardAwayArea"  // not a control: the keyboard has its own hide key
        anchors.fill: parent
        onClicked: screen.putKeyboardAway()
    }

    // ------------------------------------------------------------------ left: details
    Flickable {
        id: formFlick
        objectName: "leadFormFlick"
        anchors {
            left: parent.left
            top: parent.top
            leftMargin: Theme.margin - 16
        }
        // Landscape: the details on the left, consent beside them. Narrow (portrait): the
        // details across the top and consent below them; while the keyboard is up the details
        // take the whole screen (consent has nothing to type).
        width: Theme.narrow ? parent.width - 2 * Theme.margin + 32 : 1100
        height: Theme.narrow && !Qt.inputMethod.visible ? Math.round(parent.height * 0.56) : parent.height
        visible: screen.leadForm.available
        clip: true
        contentWidth: width
        contentHeight: formColumn.height + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: LeadScrollIndicator {}

        // The keyboard slides up after the focus moved, and errors appearing above the field
        // (the field just left) push it down: keep the focused field in view.
        onHeightChanged: screen.keepFocusedInView()

        MouseArea {
            objectName: "keyboardAwayArea"
            width: formFlick.contentWidth
            height: formFlick.contentHeight
            onClicked: screen.putKeyboardAway()
        }

        Column {
            id: formColumn
            x: 16
            y: Theme.margin - 16
            width: formFlick.width - 48
            spacing: Theme.gapLarge
            onHeightChanged: screen.keepFocusedInView()

            Column {
                width: parent.width
                spacing: Theme.gapSmall
                KText {
                    objectName: "leadFormTitle"
                    Accessible.role: Accessible.Heading  // read aloud first (kiosk.ui.speech)
                    Accessible.name: text
                    width: parent.width
                    text: qsTr("Business matching")
                    color: Theme.primary
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                KText {
                    width: parent.width
                    text: qsTr("Leave your details and the exhibitors you are interested in can contact you during and after the expo.")
                    color: Theme.textMuted
                }
            }

            LeadAboutSection {
                id: aboutSection
                width: parent.width
                form: screen.leadForm
                onFocused: item => screen.fieldFocused(item)
                onCountryRequested: {
                    screen.forceActiveFocus()
                    countryPicker.open()
                }
            }

            LeadInterestsSection {
                id: interestsSection
                width: parent.width
                form: screen.leadForm
                matching: screen.matching
                meetingPicker: meetingPicker
                onFocused: item => screen.fieldFocused(item)
                onExhibitorsRequested: {
                    screen.forceActiveFocus()
                    exhibitorPicker.open()
                }
            }

            LeadMessageSection {
                id: messageSection
                width: parent.width
                form: screen.leadForm
                onFocused: item => screen.fieldFocused(item)
            }
        }
    }

    // ------------------------------------------------------------------ right: consent and Send
    LeadConsentPanel {
        id: consentPanel
        objectName: "consentPanel"
        visible: screen.leadForm.available && !(Theme.narrow && Qt.inputMethod.visible)
        form: screen.leadForm
        roomy: screen.height > 700
        anchors {
            left: Theme.narrow ? parent.left : formFlick.right
            leftMargin: Theme.narrow ? Theme.margin : Theme.spacing
            right: parent.right
            rightMargin: Theme.margin
            top: Theme.narrow ? formFlick.bottom : parent.top
            topMargin: Theme.narrow ? Theme.gapSmall : Theme.gapLarge
            bottom: parent.bottom
            bottomMargin: Theme.gapLarge
        }
        onSendRequested: {
            screen.putKeyboardAway()
            screen.leadForm.submit()
        }
    }

    // ------------------------------------------------------------------ pickers, notices
    LeadPicker {
        id: countryPicker
        objectName: "countryPicker"
        anchors.fill: parent
        title: qsTr("Country or region")
        searchHint: qsTr("Search")
        model: screen.leadForm.countryChoices
        onPicked: code => screen.leadForm.chooseCountry(code)
    }

    LeadPicker {
        id: exhibitorPicker
        objectName: "exhibitorPicker"
        anchors.fill: parent
        title: qsTr("Exhibitors you would like to hear from")
        searchHint: qsTr("Search by name")
        multiple: true
        model: screen.leadForm.exhibitorChoices
        onPicked: id => screen.leadForm.toggleExhibitor(id)
    }

    MeetingSlotPicker {
        id: meetingPicker
        anchors.fill: parent
        matching: screen.matching
    }
    Connections {
        target: screen.matching
        function onPickerRequested(exhibitorId) { meetingPicker.open(exhibitorId) }
    }

    LeadScanNotice {
        id: scanNotice
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.margin - 16 }
        z: 20
    }

    // ------------------------------------------------------------------ no event loaded
    LeadUnavailable {
        anchors.fill: parent
        visible: !screen.leadForm.available
        onBrowseRequested: screen.app.go("directory")
    }
}
