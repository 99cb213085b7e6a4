import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The country or region: a button showing the chosen one that opens the searchable picker
// (no typing, so no keyboard), with its error under it like a text field's.
Column {
    id: field

    required property LeadFormBridge form
    readonly property var error: form.errors["country"] ?? null

    signal pickRequested()

    spacing: Theme.gapSmall

    LeadLabel { text: qsTr("Country or region") }
    AbstractButton {
        id: countryButton
        objectName: "leadField_country"
        width: parent.width
        height: Theme.fieldHeight
        focusPolicy: Qt.NoFocus
        text: field.form.countryName
        Accessible.name: qsTr("Country or region")
        onClicked: field.pickRequested()
        background: Rectangle {
            radius: Theme.radius
            color: countryButton.down ? Theme.surfaceAlt : Theme.surface
            border.width: field.error ? 3 : 2
            border.color: field.error ? Theme.error : Theme.fieldBorder
        }
        contentItem: Item {
            KText {
                objectName: "leadCountryName"
                anchors {
                    left: parent.left
                    leftMargin: Theme.fieldPadding
                    right: chevron.left
                    rightMargin: Theme.gapSmall
                    verticalCenter: parent.verticalCenter
                }
                text: countryButton.text || qsTr("Choose…")
                color: countryButton.text ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fieldFont
                maximumLineCount: 1
                elide: Text.ElideRight
            }
            Icon {
                id: chevron
                anchors { right: parent.right; rightMargin: Theme.fieldPadding - 6; verticalCenter: parent.verticalCenter }
                name: "expand_more"
                size: Theme.iconLarge
                color: Theme.primary
            }
        }
    }
    LeadError {
        width: parent.width
        name: "leadError_country"
        error: field.error
    }
}
