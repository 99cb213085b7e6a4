import QtQuick
import KioskStyle

// A lead-form field's label, with "required" beside it when the field must be filled in.
Row {
    id: label

    property string text: ""
    property bool required: false

    spacing: 14

    KText {
        id: main
        text: label.text
        font.pixelSize: Theme.fontSmall + 4
        font.weight: Font.DemiBold
        wrapMode: Text.NoWrap
    }
    KText {
        visible: label.required
        anchors.baseline: main.baseline
        text: qsTr("required")
        color: Theme.accent
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        wrapMode: Text.NoWrap
    }
}
