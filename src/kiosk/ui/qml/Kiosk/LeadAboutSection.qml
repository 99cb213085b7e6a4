import QtQuick
import KioskStyle
import KioskBackend

// "About you": the two name fields (in the language's order), company, job title, country,
// email and mobile phone in two columns, and the hint that one way of contact is enough.
LeadSection {
    id: section

    required property LeadFormBridge form
    // Two columns where the form is wide enough, one where it is not (a portrait totem).
    property int columns: 2

    // A text field took the focus (the form scrolls it into view above the keyboard).
    signal focused(Item item)
    signal countryRequested()

    // The item of a field named like kiosk.domain.leads.FIELD_ORDER, or null.
    function itemFor(name) {
        const items = {
            "name": nameField, "company": companyField, "job_title": jobField,
            "family_name": nameField.fieldName === "family_name" ? nameField : secondNameField,
            "given_name": nameField.fieldName === "given_name" ? nameField : secondNameField,
            "email": emailField, "phone": phoneField, "country": countryField
        }
        return items[name] ?? null
    }

    title: qsTr("About you")

    Grid {
        id: grid
        width: parent.width
        columns: section.columns
        columnSpacing: Theme.cardPadding
        rowSpacing: Theme.gapLarge
        readonly property real cell: (width - (columns - 1) * columnSpacing) / columns

        LeadNameField {
            id: nameField
            width: grid.cell
            form: section.form
            first: true
            onFocused: item => section.focused(item)
        }
        LeadNameField {
            id: secondNameField
            width: grid.cell
            form: section.form
            first: false
            onFocused: item => section.focused(item)
        }
        LeadTextField {
            id: companyField
            width: grid.cell
            form: section.form
            fieldName: "company"
            label: qsTr("Company")
            onFocused: item => section.focused(item)
        }
        LeadTextField {
            id: jobField
            width: grid.cell
            form: section.form
            fieldName: "job_title"
            label: qsTr("Job title")
            onFocused: item => section.focused(item)
        }
        LeadCountryField {
            id: countryField
            width: grid.cell
            form: section.form
            onPickRequested: section.countryRequested()
        }
        LeadTextField {
            id: emailField
            width: grid.cell
            form: section.form
            fieldName: "email"
            label: qsTr("Email")
            // The keyboard shows its email keys ("@", ".com") for these hints.
            hints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase | Qt.ImhNoPredictiveText
            onFocused: item => section.focused(item)
        }
        LeadTextField {
            id: phoneField
            width: grid.cell
            form: section.form
            fieldName: "phone"
            label: qsTr("Mobile phone")
            // The keyboard's dial pad, with "+" for the country code.
            hints: Qt.ImhDialableCharactersOnly
            onFocused: item => section.focused(item)
        }
    }
    Row {
        width: parent.width
        spacing: Theme.gapSmall
        Icon { id: hintIcon; name: "info"; size: Theme.iconSmall; color: Theme.primary }
        KText {
            objectName: "leadContactHint"
            width: parent.width - hintIcon.width - parent.spacing
            text: qsTr("Please give an email address or a mobile phone number, or both.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall + 2
        }
    }
}
