import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// One labelled button on every visitor screen, low on the left (within a seated visitor's
// reach): larger text, high contrast and larger targets, until the visit ends.
KioskButton {
    id: button

    required property AccessBridge access

    objectName: "accessibilityButton"
    iconName: "accessibility"
    variant: access.accessible ? "primary" : "secondary"
    text: access.accessible ? qsTr("Standard view") : qsTr("Accessibility")
    Accessible.name: access.accessible ? qsTr("Standard view: smaller text, standard colours")
                                       : qsTr("Accessibility: larger text, high contrast, speech")
    Accessible.checkable: true
    Accessible.checked: access.accessible
    onClicked: access.toggleAccessible()
}
