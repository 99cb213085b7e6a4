pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The consent card beside (or under) the details: the notice in full, one unticked box per
// purpose with its cross-border note, and at the bottom Send with the form's own errors.
Item {
    id: panel

    required property LeadFormBridge form
    // The panel is short (the keyboard is up on a small screen): the "more below" hint would
    // only take the room it points to.
    property bool roomy: true

    signal sendRequested()

    // The box of a consent purpose, or the intro above the boxes.
    function itemFor(name) {
        if (!name.startsWith("consent"))
            return null
        return consentRepeater.boxFor(name.slice("consent.".length)) || consentIntro
    }
    readonly property alias flick: consentFlick

    objectName: "consentPanel"

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
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.cardPadding }
        spacing: Theme.gapMedium
        Icon { id: lockIcon; anchors.verticalCenter: parent.verticalCenter; name: "lock"; size: Theme.iconMedium; color: Theme.primary }
        KText {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - lockIcon.width - parent.spacing
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
            leftMargin: Theme.cardPadding
            rightMargin: Theme.cardPadding / 2
            topMargin: Theme.cardPadding / 2
            bottomMargin: Theme.cardPadding / 2
        }
        clip: true
        contentWidth: width
        contentHeight: consentColumn.height + 8
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: LeadScrollIndicator {}

        Column {
            id: consentColumn
            width: consentFlick.width - Theme.spacing
            spacing: Theme.gapLarge - Theme.gapSmall

            KText {
                objectName: "consentNotice"
                width: parent.width
                text: panel.form.consentNotice
                font.pixelSize: Theme.fontSmall + 1
                lineHeight: 1.25
            }
            KText {
                objectName: "consentController"
                width: parent.width
                visible: panel.form.consentController !== ""
                text: qsTr("Data controller: %1").arg(panel.form.consentController)
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
                model: panel.form.consentPurposes

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
                    readonly property var error: panel.form.errors["consent." + modelData.id] ?? null
                    width: consentColumn.width
                    spacing: Theme.gapSmall - 2
                    LeadCheckBox {
                        objectName: "consent_" + purposeItem.modelData.id
                        width: parent.width
                        text: purposeItem.modelData.text
                        note: purposeItem.modelData.required ? qsTr("required") : ""
                        checked: panel.form.consents[purposeItem.modelData.id] === true
                        invalid: purposeItem.error !== null
                        onChangeRequested: wanted => panel.form.setConsent(purposeItem.modelData.id, wanted)
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
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.cardPadding }
        spacing: Theme.gapMedium + 2

        // The purposes' boxes come after the notice: say so while they are out of sight.
        KioskButton {
            objectName: "consentMoreButton"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: !consentFlick.atYEnd && consentFlick.contentHeight > consentFlick.height + 1
                     && panel.roomy
            variant: "secondary"
            iconName: "arrow_downward"
            fontSize: Theme.fontSmall + 2
            text: qsTr("More below: the boxes to tick")
            onClicked: consentFlick.contentY = Math.min(consentFlick.contentHeight - consentFlick.height,
                                                        consentFlick.contentY + consentFlick.height * 0.8)
        }

        Rectangle {
            objectName: "leadSaveError"
            visible: panel.form.saveError !== ""
            width: parent.width
            height: saveErrorText.implicitHeight + 2 * Theme.gapMedium
            radius: Theme.radius
            color: Theme.errorWash
            border.width: 2
            border.color: Theme.error
            Row {
                x: Theme.gapMedium
                y: Theme.gapMedium
                spacing: Theme.gapSmall
                Icon { id: saveErrorIcon; name: "error"; size: Theme.iconSmall + 4; color: Theme.error }
                KText {
                    id: saveErrorText
                    objectName: "leadSaveErrorText"
                    width: sendArea.width - saveErrorIcon.width - 3 * Theme.gapMedium
                    text: Messages.text(panel.form.saveMessage)
                    color: Theme.error
                    font.pixelSize: Theme.fontSmall + 1
                    font.weight: Font.DemiBold
                }
            }
        }
        Row {
            visible: panel.form.submitFailed
            width: parent.width
            spacing: Theme.gapSmall
            Icon { id: submitIcon; name: "error"; size: Theme.iconSmall; color: Theme.error }
            KText {
                objectName: "leadSubmitHint"
                width: parent.width - submitIcon.width - parent.spacing
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
            onClicked: panel.sendRequested()
        }
    }
}
