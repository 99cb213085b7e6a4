pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Business matching: the visitor leaves their contact. Left, the details and interests (a
// Flickable that keeps the focused field above the docked keyboard); right, the consent notice
// in full with one unticked box per purpose, and Send. Every value and decision is in
// LeadFormBridge; this file lays it out and passes taps and keys on.
Item {
    id: screen

    required property AppBridge app
    required property LeadFormBridge leadForm
    property MatchingPage matching: null

    objectName: "contactScreen"

    readonly property int gap: 40
    readonly property int columnGap: 32

    // The item of a field named like kiosk.domain.leads.FIELD_ORDER (or "consent.<id>").
    function fieldItem(name) {
        const items = {
            "name": nameField, "company": companyField, "job_title": jobField,
            "family_name": nameField.fieldName === "family_name" ? nameField : secondNameField,
            "given_name": nameField.fieldName === "given_name" ? nameField : secondNameField,
            "answers": questionsSection,
            "email": emailField, "phone": phoneField, "message": messageField,
            "country": countryField, "sectors": sectorsSection, "exhibitors": exhibitorsSection,
            "matching": matchingSection, "matching_day": matchingSection,
            "matching_slot": matchingSection
        }
        if (items[name])
            return items[name]
        if (name.startsWith("answer."))
            return questionsSection.itemFor(name)
        if (name.startsWith("consent"))
            return consentRepeater.boxFor(name.slice("consent.".length)) || consentIntro
        return null
    }

    // Scroll ``item`` (a field with its label and error) into view in whichever column holds it.
    function reveal(item) {
        const flick = isInside(item, consentFlick) ? consentFlick : formFlick
        const top = item.mapToItem(flick.contentItem, 0, 0).y - 24
        const bottom = top + item.height + 48
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, bottom - flick.height))
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
        onClicked: {
            screen.forceActiveFocus()
            Qt.inputMethod.hide()
        }
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
        contentHeight: formColumn.height + 2 * screen.gap
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: LeadScrollIndicator {}

        // The keyboard slides up after the focus moved, and errors appearing above the field
        // (the field just left) push it down: keep the focused field in view.
        onHeightChanged: screen.keepFocusedInView()

        MouseArea {
            objectName: "keyboardAwayArea"
            width: formFlick.contentWidth
            height: formFlick.contentHeight
            onClicked: {
                screen.forceActiveFocus()
                Qt.inputMethod.hide()
            }
        }

        Column {
            id: formColumn
            x: 16
            onHeightChanged: screen.keepFocusedInView()
            y: screen.gap - 8
            width: formFlick.width - 48
            spacing: 28

            Column {
                width: parent.width
                spacing: 10
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

            // ---- about you
            LeadSection {
                width: parent.width
                title: qsTr("About you")

                Grid {
                    id: grid
                    width: parent.width
                    columns: 2
                    columnSpacing: screen.columnGap
                    rowSpacing: 26
                    readonly property real cell: (width - columnSpacing) / 2

                    LeadNameField {
                        id: nameField
                        width: grid.cell
                        form: screen.leadForm
                        first: true
                        onFocused: item => screen.fieldFocused(item)
                    }
                    LeadNameField {
                        id: secondNameField
                        width: grid.cell
                        form: screen.leadForm
                        first: false
                        onFocused: item => screen.fieldFocused(item)
                    }
                    LeadTextField {
                        id: companyField
                        width: grid.cell
                        form: screen.leadForm
                        fieldName: "company"
                        label: qsTr("Company")
                        onFocused: item => screen.fieldFocused(item)
                    }
                    LeadTextField {
                        id: jobField
                        width: grid.cell
                        form: screen.leadForm
                        fieldName: "job_title"
                        label: qsTr("Job title")
                        onFocused: item => screen.fieldFocused(item)
                    }
                    Column {
                        id: countryField
                        width: grid.cell
                        spacing: 10
                        LeadLabel { text: qsTr("Country or region") }
                        AbstractButton {
                            id: countryButton
                            objectName: "leadField_country"
                            width: parent.width
                            height: Math.max(80, Theme.touchMin)
                            focusPolicy: Qt.NoFocus
                            text: screen.leadForm.countryName
                            Accessible.name: qsTr("Country or region")
                            onClicked: {
                                screen.forceActiveFocus()
                                countryPicker.open()
                            }
                            background: Rectangle {
                                radius: Theme.radius
                                color: countryButton.down ? Theme.surfaceAlt : Theme.surface
                                border.width: screen.leadForm.errors["country"] ? 3 : 2
                                border.color: screen.leadForm.errors["country"] ? Theme.error : Theme.fieldBorder
                            }
                            contentItem: Item {
                                KText {
                                    objectName: "leadCountryName"
                                    anchors { left: parent.left; leftMargin: 24; right: chevron.left; rightMargin: 12; verticalCenter: parent.verticalCenter }
                                    text: countryButton.text || qsTr("Choose…")
                                    color: countryButton.text ? Theme.text : Theme.textMuted
                                    font.pixelSize: 30
                                    maximumLineCount: 1
                                    elide: Text.ElideRight
                                }
                                Icon {
                                    id: chevron
                                    anchors { right: parent.right; rightMargin: 18; verticalCenter: parent.verticalCenter }
                                    name: "expand_more"
                                    size: 44
                                    color: Theme.primary
                                }
                            }
                        }
                        LeadError {
                            width: parent.width
                            name: "leadError_country"
                            error: screen.leadForm.errors["country"] ?? null
                        }
                    }
                    LeadTextField {
                        id: emailField
                        width: grid.cell
                        form: screen.leadForm
                        fieldName: "email"
                        label: qsTr("Email")
                        hints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText
                        onFocused: item => screen.fieldFocused(item)
                    }
                    LeadTextField {
                        id: phoneField
                        width: grid.cell
                        form: screen.leadForm
                        fieldName: "phone"
                        label: qsTr("Mobile phone")
                        hints: Qt.ImhDialableCharactersOnly
                        onFocused: item => screen.fieldFocused(item)
                    }
                }
                Row {
                    width: parent.width
                    spacing: 12
                    Icon { name: "info"; size: 30; color: Theme.primary }
                    KText {
                        objectName: "leadContactHint"
                        width: parent.width - 42
                        text: qsTr("Please give an email address or a mobile phone number, or both.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall + 2
                    }
                }
            }

            // ---- interests
            LeadSection {
                width: parent.width
                title: qsTr("Your interests")

                Column {
                    id: sectorsSection
                    width: parent.width
                    spacing: 14
                    visible: screen.leadForm.sectorOptions.length > 0
                    LeadLabel { text: qsTr("Sectors") }
                    Flow {
                        width: parent.width
                        spacing: 14
                        Repeater {
                            model: screen.leadForm.sectorOptions
                            LeadChip {
                                required property var modelData
                                objectName: "sector_" + modelData.id
                                text: modelData.label
                                selected: screen.leadForm.selectedSectors.indexOf(modelData.id) >= 0
                                onClicked: screen.leadForm.toggleSector(modelData.id)
                            }
                        }
                    }
                    LeadError {
                        width: parent.width
                        name: "leadError_sectors"
                        error: screen.leadForm.errors["sectors"] ?? null
                    }
                }

                Column {
                    id: exhibitorsSection
                    width: parent.width
                    spacing: 14
                    LeadLabel { text: qsTr("Exhibitors you would like to hear from") }
                    KText {
                        objectName: "leadNoExhibitors"
                        visible: screen.leadForm.exhibitors.length === 0
                        width: parent.width
                        text: qsTr("None chosen yet.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall + 2
                    }
                    Flow {
                        width: parent.width
                        spacing: 14
                        Repeater {
                            model: screen.leadForm.exhibitors
                            Rectangle {
                                id: chosen
                                required property var modelData
                                objectName: "leadExhibitor_" + modelData.id
                                width: Math.min(exhibitorsSection.width, chosenTexts.implicitWidth + removeButton.width + 44)
                                height: Math.max(Theme.touchMin + 16, chosenTexts.implicitHeight + 20)
                                radius: Theme.radius
                                color: Theme.surfaceAlt
                                border.width: 2
                                border.color: Theme.primary
                                Column {
                                    id: chosenTexts
                                    anchors { left: parent.left; leftMargin: 24; right: removeButton.left; rightMargin: 8; verticalCenter: parent.verticalCenter }
                                    KText {
                                        width: Math.min(implicitWidth, parent.width)
                                        text: chosen.modelData.name
                                        color: Theme.primary
                                        font.pixelSize: Theme.fontSmall + 4
                                        font.weight: Font.DemiBold
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    KText {
                                        visible: text !== ""
                                        text: chosen.modelData.detail
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.fontSmall
                                        wrapMode: Text.NoWrap
                                    }
                                }
                                AbstractButton {
                                    id: removeButton
                                    objectName: "removeExhibitor_" + chosen.modelData.id
                                    anchors { right: parent.right; rightMargin: 6; verticalCenter: parent.verticalCenter }
                                    width: Theme.touchMin
                                    height: Theme.touchMin
                                    focusPolicy: Qt.NoFocus
                                    Accessible.name: qsTr("Remove %1").arg(chosen.modelData.name)
                                    onClicked: screen.leadForm.removeExhibitor(chosen.modelData.id)
                                    background: Rectangle {
                                        radius: width / 2
                                        color: removeButton.down ? Theme.divider : "transparent"
                                    }
                                    contentItem: Item {
                                        Icon { anchors.centerIn: parent; name: "close"; size: 36; color: Theme.primary }
                                    }
                                }
                            }
                        }
                        KioskButton {
                            objectName: "addExhibitorButton"
                            visible: screen.leadForm.hasExhibitorChoices
                            variant: "secondary"
                            iconName: "add"
                            text: qsTr("Add an exhibitor")
                            onClicked: {
                                screen.forceActiveFocus()
                                exhibitorPicker.open()
                            }
                        }
                    }
                    LeadError {
                        width: parent.width
                        name: "leadError_exhibitors"
                        error: screen.leadForm.errors["exhibitors"] ?? null
                    }
                }

                LeadQuestions {
                    id: questionsSection
                    width: parent.width
                    form: screen.leadForm
                    onFocused: item => screen.fieldFocused(item)
                }

                MeetingSection {
                    width: parent.width
                    leadForm: screen.leadForm
                    matching: screen.matching
                    picker: meetingPicker
                }

                Column {
                    id: matchingSection
                    width: parent.width
                    spacing: 16
                    // The day/half-day wish stays for exhibitors that take no part in matching
                    // sessions; those that do are booked above (MeetingSection).
                    visible: !screen.matching || screen.matching.revision < 0
                             || screen.leadForm.exhibitors.length === 0
                             || screen.leadForm.exhibitors.some(e => !screen.matching.takesPart(e.id))
                    LeadCheckBox {
                        objectName: "leadField_matching"
                        width: parent.width
                        text: qsTr("I would like to meet these exhibitors at the expo")
                        checked: screen.leadForm.matching
                        invalid: !!screen.leadForm.errors["matching"]
                        onChangeRequested: wanted => screen.leadForm.setMatching(wanted)
                    }
                    LeadError {
                        width: parent.width
                        name: "leadError_matching"
                        error: screen.leadForm.errors["matching"] ?? null
                    }
                    Column {
                        visible: screen.leadForm.matching
                        width: parent.width
                        spacing: 14
                        LeadLabel { text: qsTr("Preferred day") }
                        Flow {
                            width: parent.width
                            spacing: 14
                            Repeater {
                                model: screen.leadForm.matchingDays
                                LeadChip {
                                    required property var modelData
                                    objectName: "matchingDay_" + modelData.value
                                    text: modelData.label
                                    selected: screen.leadForm.matchingDay === modelData.value
                                    onClicked: screen.leadForm.setMatchingDay(modelData.value)
                                }
                            }
                        }
                        LeadError {
                            width: parent.width
                            name: "leadError_matching_day"
                            error: screen.leadForm.errors["matching_day"] ?? null
                        }
                        LeadLabel { text: qsTr("Preferred time") }
                        Row {
                            spacing: 14
                            LeadChip {
                                objectName: "matchingSlot_am"
                                text: qsTr("Morning")
                                selected: screen.leadForm.matchingSlot === "am"
                                onClicked: screen.leadForm.setMatchingSlot("am")
                            }
                            LeadChip {
                                objectName: "matchingSlot_pm"
                                text: qsTr("Afternoon")
                                selected: screen.leadForm.matchingSlot === "pm"
                                onClicked: screen.leadForm.setMatchingSlot("pm")
                            }
                        }
                        LeadError {
                            width: parent.width
                            name: "leadError_matching_slot"
                            error: screen.leadForm.errors["matching_slot"] ?? null
                        }
                    }
                }
            }

            // ---- message
            LeadSection {
                width: parent.width
                title: qsTr("Message")

                Column {
                    id: messageField
                    readonly property alias input: messageArea
                    width: parent.width
                    spacing: 10
                    Item {
                        width: parent.width
                        height: messageLabel.height
                        LeadLabel {
                            id: messageLabel
                            text: qsTr("Anything the exhibitors should know? (optional)")
                        }
                        KText {
                            objectName: "messageCounter"
                            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                            text: qsTr("%1 / %2").arg(screen.leadForm.messageLength).arg(screen.leadForm.messageMax)
                            color: screen.leadForm.messageLength > screen.leadForm.messageMax ? Theme.error : Theme.textMuted
                            font.pixelSize: Theme.fontSmall + 2
                            font.weight: screen.leadForm.messageLength > screen.leadForm.messageMax ? Font.Bold : Font.Normal
                            wrapMode: Text.NoWrap
                        }
                    }
                    TextArea {
                        id: messageArea
                        objectName: "leadField_message"
                        width: parent.width
                        height: 200
                        padding: 22
                        wrapMode: TextEdit.Wrap
                        inputMethodHints: Qt.ImhSensitiveData  // never learnt by the keyboard
                        font.family: Theme.fontFamily
                        font.pixelSize: 28
                        color: Theme.text
                        selectionColor: Theme.primary
                        selectedTextColor: Theme.textOnPrimary
                        text: screen.leadForm.values["message"] ?? ""
                        Accessible.name: messageLabel.text
                        onTextChanged: {
                            if (text !== (screen.leadForm.values["message"] ?? ""))
                                screen.leadForm.setValue("message", text)
                        }
                        onActiveFocusChanged: {
                            if (activeFocus)
                                screen.fieldFocused(messageField)
                            else
                                screen.leadForm.leave("message")
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: messageArea.activeFocus || screen.leadForm.errors["message"] ? 3 : 2
                            border.color: screen.leadForm.errors["message"] ? Theme.error
                                        : messageArea.activeFocus ? Theme.primary : Theme.fieldBorder
                        }
                    }
                    LeadError {
                        width: parent.width
                        name: "leadError_message"
                        error: screen.leadForm.errors["message"] ?? null
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ right: consent and Send
    Item {
        id: consentPanel
        objectName: "consentPanel"
        visible: screen.leadForm.available && !(Theme.narrow && Qt.inputMethod.visible)
        anchors {
            left: Theme.narrow ? parent.left : formFlick.right
            leftMargin: Theme.narrow ? Theme.margin : 24
            right: parent.right
            rightMargin: Theme.margin
            top: Theme.narrow ? formFlick.bottom : parent.top
            topMargin: Theme.narrow ? 8 : 28
            bottom: parent.bottom
            bottomMargin: 28
        }

        Shadow { anchors.fill: consentCard }
        Rectangle {
            id: consentCard
            anchors.fill: parent
            radius: Theme.radiusLarge
            color: Theme.surface
        }

        Row {
            id: consentHeading
            objectName: "consentHeading"
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 32 }
            spacing: 14
            Icon { anchors.verticalCenter: parent.verticalCenter; name: "lock"; size: 40; color: Theme.primary }
            KText {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - 54
                text: qsTr("Your consent")
                color: Theme.primary
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
            }
        }

        Flickable {
            id: consentFlick
            objectName: "consentFlick"
            anchors {
                left: parent.left
                right: parent.right
                top: consentHeading.bottom
                bottom: sendArea.top
                leftMargin: 32
                rightMargin: 16
                topMargin: 16
                bottomMargin: 16
            }
            clip: true
            contentWidth: width
            contentHeight: consentColumn.height + 8
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: LeadScrollIndicator {}

            Column {
                id: consentColumn
                width: consentFlick.width - 24
                spacing: 18

                KText {
                    objectName: "consentNotice"
                    width: parent.width
                    text: screen.leadForm.consentNotice
                    font.pixelSize: Theme.fontSmall + 1
                    lineHeight: 1.25
                }
                KText {
                    objectName: "consentController"
                    width: parent.width
                    visible: screen.leadForm.consentController !== ""
                    text: qsTr("Data controller: %1").arg(screen.leadForm.consentController)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                KText {
                    id: consentIntro
                    objectName: "consentIntro"
                    width: parent.width
                    text: qsTr("Tick each box you agree to. The boxes marked \"required\" must be ticked to send the form: without them we cannot pass your details on to the exhibitors.")
                    font.pixelSize: Theme.fontSmall + 1
                    font.weight: Font.DemiBold
                }
                Repeater {
                    id: consentRepeater
                    model: screen.leadForm.consentPurposes

                    function boxFor(purpose) {
                        for (let i = 0; i < count; i++) {
                            const box = itemAt(i)
                            if (box && box.purpose === purpose)
                                return box
                        }
                        return null
                    }

                    Column {
                        id: purposeItem
                        required property var modelData
                        readonly property string purpose: modelData.id
                        readonly property var error: screen.leadForm.errors["consent." + modelData.id] ?? null
                        width: consentColumn.width
                        spacing: 8
                        LeadCheckBox {
                            objectName: "consent_" + purposeItem.modelData.id
                            width: parent.width
                            text: purposeItem.modelData.text
                            note: purposeItem.modelData.required ? qsTr("required") : ""
                            checked: screen.leadForm.consents[purposeItem.modelData.id] === true
                            invalid: purposeItem.error !== null
                            onChangeRequested: wanted => screen.leadForm.setConsent(purposeItem.modelData.id, wanted)
                        }
                        CrossBorderNotice {
                            width: parent.width
                            rows: purposeItem.modelData.crossBorder
                        }
                        LeadError {
                            width: parent.width
                            name: "leadError_consent_" + purposeItem.modelData.id
                            error: purposeItem.error
                        }
                    }
                }
            }
        }

        Column {
            id: sendArea
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 32 }
            spacing: 16

            // The purposes' boxes come after the notice: say so while they are out of sight
            // (not while the keyboard leaves the panel too short for it to help).
            KioskButton {
                objectName: "consentMoreButton"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: !consentFlick.atYEnd && consentFlick.contentHeight > consentFlick.height + 1
                         && screen.height > 700
                variant: "secondary"
                iconName: "arrow_downward"
                fontSize: Theme.fontSmall + 2
                text: qsTr("More below: the boxes to tick")
                onClicked: consentFlick.contentY = Math.min(consentFlick.contentHeight - consentFlick.height,
                                                            consentFlick.contentY + consentFlick.height * 0.8)
            }

            Rectangle {
                objectName: "leadSaveError"
                visible: screen.leadForm.saveError !== ""
                width: parent.width
                height: saveErrorText.implicitHeight + 32
                radius: Theme.radius
                color: Theme.errorWash
                border.width: 2
                border.color: Theme.error
                Row {
                    x: 16
                    y: 16
                    spacing: 12
                    Icon { name: "error"; size: 34; color: Theme.error }
                    KText {
                        id: saveErrorText
                        objectName: "leadSaveErrorText"
                        width: sendArea.width - 78
                        text: LeadMessages.saveError(screen.leadForm.saveError)
                        color: Theme.error
                        font.pixelSize: Theme.fontSmall + 1
                        font.weight: Font.DemiBold
                    }
                }
            }
            Row {
                visible: screen.leadForm.submitFailed
                width: parent.width
                spacing: 12
                Icon { name: "error"; size: 30; color: Theme.error }
                KText {
                    objectName: "leadSubmitHint"
                    width: parent.width - 42
                    text: qsTr("Please check the fields marked in red.")
                    color: Theme.error
                    font.pixelSize: Theme.fontSmall + 2
                    font.weight: Font.DemiBold
                }
            }
            KioskButton {
                objectName: "submitLeadButton"
                width: parent.width
                height: Theme.touchLarge
                variant: "accent"
                iconName: "send"
                fontSize: Theme.fontButton + 4
                text: qsTr("Send my details")
                onClicked: {
                    screen.forceActiveFocus()
                    Qt.inputMethod.hide()
                    screen.leadForm.submit()
                }
            }
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

    Rectangle {
        id: scanNotice
        objectName: "scanNotice"
        function show() {
            scanNotice.opacity = 1
            scanTimer.restart()
        }
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 40 }
        width: scanText.implicitWidth + 100
        height: 84
        radius: height / 2
        color: Theme.primaryDeep
        opacity: 0
        visible: opacity > 0
        z: 20
        Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }
        Row {
            anchors.centerIn: parent
            spacing: 14
            Icon { anchors.verticalCenter: parent.verticalCenter; name: "check_circle"; size: 40; color: Theme.goldLight }
            KText {
                id: scanText
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Card read: please check your details.")
                color: Theme.textOnPrimary
                wrapMode: Text.NoWrap
            }
        }
        Timer { id: scanTimer; interval: 3500; onTriggered: scanNotice.opacity = 0 }
    }

    // ------------------------------------------------------------------ no event loaded
    Item {
        anchors.fill: parent
        visible: !screen.leadForm.available

        Item {
            anchors.centerIn: parent
            width: 1180
            height: unavailable.implicitHeight + 2 * 72

            Shadow { anchors.fill: unavailableCard }
            Rectangle {
                id: unavailableCard
                anchors.fill: parent
                radius: Theme.radiusLarge
                color: Theme.surface

                Column {
                    id: unavailable
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 72 }
                    spacing: 28
                    KText {
                        width: parent.width
                        text: qsTr("Business matching")
                        color: Theme.primary
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                    }
                    KText {
                        objectName: "leadFormUnavailable"
                        width: parent.width
                        text: qsTr("Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion's information desk will gladly note them for you.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontHeading - 4
                    }
                    KioskButton {
                        objectName: "contactBrowseButton"
                        iconName: "store"
                        text: qsTr("Browse exhibitors")
                        onClicked: screen.app.go("directory")
                    }
                }
            }
        }
    }
}
